/**
 * `dateline code --jsonl [--dictionaries DIR]`: sentences or short stories in
 * (`{"id", "text", "date"?}` per line), their coded events out.
 */
import { z } from 'zod';
import { reportDataIssues } from '../knowledge/index.js';
import { codeLine, loadEventDictionaries } from '../stages/events/index.js';
import { jsonLines } from './lines.js';
import { UsageError, warn, writeOut } from './output.js';

const Line = z.object({ id: z.union([z.string(), z.number()]), text: z.string(), date: z.string().optional() });

export async function runCode(opts: { jsonl?: boolean; dictionaries?: string }): Promise<number> {
  if (!opts.jsonl) throw new UsageError('code needs --jsonl (the only input format it reads)');
  const { dicts, issues } = loadEventDictionaries({ dictionaries: opts.dictionaries, actors: 'dictionary' });
  reportDataIssues(issues);
  let failed = 0;
  for await (const l of jsonLines()) {
    const parsed = l.error ? null : Line.safeParse(l.value);
    if (!parsed?.success) {
      failed++;
      const reason = l.error ?? `line ${l.line}: ${parsed!.error.issues[0]!.path.join('.') || 'value'}: ${parsed!.error.issues[0]!.message}`;
      warn('stdin', reason);
      await writeOut(JSON.stringify({ id: (l.value as { id?: unknown } | undefined)?.id ?? null, error: reason }) + '\n');
      continue;
    }
    const v = parsed.data;
    const coded = codeLine({ id: String(v.id), text: v.text, ...(v.date ? { date: v.date } : {}) }, dicts);
    await writeOut(JSON.stringify({ id: v.id, events: coded.events }) + '\n');
  }
  return failed ? 1 : 0;
}
