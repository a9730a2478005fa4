/**
 * `dateline explain ID`: for each event of a stored article, the pattern that fired, the
 * actors and the evidence; for each quote, what made it and how its speaker was named.
 */
import { loadCameoTables } from '../knowledge/cameo/index.js';
import { explainEvents, formatExplanations } from '../stages/events/index.js';
import { explainQuotes, formatQuoteExplanations } from '../stages/quotes/explain.js';
import { openStore } from '../store/open.js';
import { UsageError, writeOut } from './output.js';

export async function runExplain(id: string, opts: { db?: string; format?: string }): Promise<number> {
  const format = opts.format ?? (process.stdout.isTTY ? 'text' : 'json');
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown --format ${format} (text or json)`);
  const store = await openStore(opts.db ?? './dateline.db');
  try {
    const r = await store.get(id);
    if (!r) {
      process.stderr.write(`dateline: ${id}: no such article in ${opts.db ?? './dateline.db'}\n`);
      return 1;
    }
    const xs = explainEvents(r, loadCameoTables().tables);
    const qs = explainQuotes(r);
    if (format === 'json') await writeOut(JSON.stringify({ id: r.id, title: r.title, events: xs, quotes: qs }, null, 2) + '\n');
    else await writeOut(`${r.title ?? r.id}\n${xs.length} events\n\n${formatExplanations(xs)}\n\n${qs.length} quotes\n\n${formatQuoteExplanations(qs)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
