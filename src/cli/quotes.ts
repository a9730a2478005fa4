/** `dateline quotes --speaker NAME`: what someone said, across the store. */
import { openStore } from '../store/open.js';
import { csvLine } from '../export/index.js';
import type { StoredQuote } from '../store/types.js';
import { wholeOption } from './options.js';
import { UsageError, writeOut } from './output.js';

const QUOTE_COLUMNS = ['articleId', 'index', 'published', 'speakerName', 'speakerActor', 'direct', 'content', 'title'] as const satisfies readonly (keyof StoredQuote)[];

export async function runQuotes(opts: { db?: string; speaker?: string; limit?: string; format?: string }): Promise<number> {
  const limit = wholeOption('limit', opts.limit, 100);
  const format = opts.format ?? (process.stdout.isTTY ? 'text' : 'jsonl');
  if (format !== 'text' && format !== 'jsonl' && format !== 'csv') throw new UsageError(`unknown --format ${format} (text, jsonl or csv)`);
  const store = await openStore(opts.db ?? './dateline.db');
  try {
    let cursor: string | null = null;
    let n = 0;
    if (format === 'csv') await writeOut(csvLine(QUOTE_COLUMNS));
    do {
      const page = await store.quotes({ speaker: opts.speaker, limit: Math.min(500, limit - n), cursor });
      for (const q of page.items) {
        n++;
        if (format === 'jsonl') await writeOut(JSON.stringify(q) + '\n');
        else if (format === 'csv') await writeOut(csvLine(QUOTE_COLUMNS.map((c) => (c === 'direct' ? String(q.direct) : q[c]))));
        else await writeOut(`${q.published ?? '----------'}  ${q.speakerName ?? '?'}${q.direct ? '' : ' (indirect)'}: ${q.content.replace(/\s+/g, ' ')}\n    in ${q.title ?? q.articleId}\n`);
      }
      cursor = page.next;
    } while (cursor && n < limit);
    if (n === 0) process.stderr.write(`dateline: no quotes${opts.speaker ? ` by ${opts.speaker}` : ''} in the store\n`);
    return 0;
  } finally {
    await store.close();
  }
}
