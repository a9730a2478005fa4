/** `dateline events`: query the stored events and export them (jsonl, csv, tsv, GDELT 2.0 rows, or text). */
import { csvLine, exportEvents, tsvLine, type ExportFormat } from '../export/index.js';
import { COUNT_BY, countTable, summarizeEvents, type CountBy } from '../export/summary.js';
import type { EventQuery } from '../store/types.js';

type EventFilters = Omit<EventQuery, 'limit' | 'cursor'>;
import { ExportParams, parseQuery } from '../server/params.js';
import { openStore } from '../store/open.js';
import { UsageError, writeOut } from './output.js';
import { createProgress } from './progress.js';

export interface EventsOptions {
  readonly db?: string;
  readonly actor?: string;
  readonly sourceActor?: string;
  readonly targetActor?: string;
  readonly cameo?: string;
  readonly plover?: string;
  readonly quadClass?: string;
  readonly minConfidence?: string;
  readonly since?: string;
  readonly until?: string;
  readonly place?: string;
  readonly article?: string;
  readonly format?: string;
  readonly limit?: string;
  readonly header?: boolean;
  readonly evidence?: boolean;
  readonly progress?: boolean;
  /** Counts instead of events: by day, month, dyad or place. */
  readonly count?: string;
}

export async function runEvents(opts: EventsOptions): Promise<number> {
  // The same checks as the API's export route, so both refuse the same things for the same reasons.
  const raw: Record<string, string> = {};
  const set = (k: string, v: string | boolean | undefined) => { if (v !== undefined) raw[k] = String(v); };
  set('actor', opts.actor); set('sourceActor', opts.sourceActor); set('targetActor', opts.targetActor);
  set('cameo', opts.cameo); set('plover', opts.plover); set('quadClass', opts.quadClass); set('minConfidence', opts.minConfidence);
  set('since', opts.since); set('until', opts.until); set('place', opts.place); set('articleId', opts.article);
  set('format', opts.format ?? (process.stdout.isTTY ? 'text' : 'jsonl')); set('limit', opts.limit); set('header', opts.header);
  const p = parseQuery(ExportParams, raw);
  // The schema names parameters as the API does; say them as this command's options.
  const option = (m: string) => (m === 'articleId' ? '--article' : `--${m.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`);
  if (!p.ok) throw new UsageError(p.error.replace(/^(\w+)(?= must| is )/, option).replace(/ after until$/, ' after --until'));
  const { format, limit, header, ...query } = p.value;
  if (opts.count !== undefined) return counts(opts, query, format, limit, header);
  const store = await openStore(opts.db ?? './dateline.db');
  const progress = createProgress('events', { enabled: opts.progress !== false && Boolean(process.stderr.isTTY) });
  try {
    let shown = 0;
    const r = await exportEvents(store, query, {
      format: format as ExportFormat, limit, header, withArticle: opts.evidence === true,
      onProgress: (n) => { progress.tick(n - shown); shown = n; },
    }, writeOut);
    progress.done();
    if (r.events === 0) process.stderr.write('dateline: no stored events match\n');
    else if (!process.stdout.isTTY) process.stderr.write(`dateline: exported ${r.events} events from ${r.articles} articles\n`);
    return 0;
  } finally {
    await store.close();
  }
}

/** `--count BY`: the matching events counted by day, month, dyad or place and quad class, as a table. */
async function counts(opts: EventsOptions, query: EventFilters, format: string | undefined, limit: number | undefined, header: boolean | undefined): Promise<number> {
  const by = opts.count!;
  if (!(COUNT_BY as readonly string[]).includes(by)) throw new UsageError(`--count must be one of ${COUNT_BY.join(', ')}`);
  if (limit !== undefined) throw new UsageError('--limit does not apply to --count (every matching event is counted)');
  const f = opts.format ?? 'csv';
  if (f !== 'csv' && f !== 'tsv' && f !== 'jsonl') throw new UsageError('--count writes csv, tsv or jsonl');
  const store = await openStore(opts.db ?? './dateline.db');
  try {
    const s = await summarizeEvents(store, query, Infinity, undefined, { dyads: Infinity, places: Infinity });
    const t = countTable(s, by as CountBy);
    if (f === 'jsonl') for (const r of t.rows) await writeOut(JSON.stringify(Object.fromEntries(t.columns.map((c, k) => [c, r[k]]))) + '\n');
    else {
      const line = f === 'csv' ? csvLine : tsvLine;
      if (header !== false) await writeOut(line(t.columns));
      for (const r of t.rows) await writeOut(line(r));
    }
    const undated = (by === 'day' || by === 'month') && s.undated ? `; ${s.undated} without a date not counted` : '';
    process.stderr.write(`dateline: ${s.events} events in ${t.rows.length} ${by}s${undated}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
