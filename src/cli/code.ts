/**
 * `dateline code --jsonl [--dictionaries DIR]`: sentences or short stories in
 * (`{"id", "text", "date"?}` per line), their coded events out.
 */
import { z } from 'zod';
import { reportDataIssues } from '../knowledge/index.js';
import { codeLine, loadEventDictionaries } from '../stages/events/index.js';
import { validLines } from './lines.js';
import { UsageError, writeOut } from './output.js';

const Line = z.object({ id: z.union([z.string(), z.number()]), text: z.string(), date: z.string().optional() });

export async function runCode(opts: { jsonl?: boolean; dictionaries?: string }): Promise<number> {
  if (!opts.jsonl) throw new UsageError('code needs --jsonl (the only input format it reads)');
  const { dicts, issues } = loadEventDictionaries({ dictionaries: opts.dictionaries, actors: 'dictionary' });
  reportDataIssues(issues);
  const counts = { failed: 0 };
  for await (const v of validLines(Line, counts)) {
    const coded = codeLine({ id: String(v.id), text: v.text, ...(v.date ? { date: v.date } : {}) }, dicts);
    await writeOut(JSON.stringify({ id: v.id, events: coded.events }) + '\n');
  }
  return counts.failed ? 1 : 0;
}
