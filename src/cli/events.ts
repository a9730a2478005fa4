/** `dateline events`: query the stored events and export them (jsonl, csv, tsv, GDELT 2.0 rows, or text). */
import { exportEvents, type ExportFormat } from '../export/index.js';
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
