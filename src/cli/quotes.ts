/** `dateline quotes --speaker NAME`: what someone said, across the store, with what made each quote and how its speaker was named. */
import { openStore } from '../store/open.js';
import { csvLine, tsvLine } from '../export/index.js';
import { parseQuery, QuotesParams } from '../server/params.js';
import { howParts } from '../stages/quotes/explain.js';
import type { QuoteQuery, SpeakerCount, Store, StoredQuote } from '../store/types.js';
import { wholeOption } from './options.js';
import { UsageError, writeOut } from './output.js';

const QUOTE_COLUMNS = ['articleId', 'index', 'published', 'speakerName', 'speakerActor', 'direct', 'content', 'start', 'end', 'cue', 'source',
  'confidence', 'step', 'speakerVia', 'speakerFrom', 'cueKind', 'title'] as const satisfies readonly (keyof StoredQuote)[];

export interface QuotesOptions {
  readonly db?: string;
  readonly speaker?: string;
  readonly minConfidence?: string;
  readonly direct?: boolean;
  readonly indirect?: boolean;
  readonly named?: boolean;
  readonly unnamed?: boolean;
  readonly cueKind?: string;
  readonly since?: string;
  readonly until?: string;
  readonly limit?: string;
  readonly format?: string;
  /** Counts instead of quotes: by speaker. */
  readonly count?: string;
}

const SPEAKER_COLUMNS = ['speakerName', 'speakerActor', 'quotes', 'direct', 'articles', 'first', 'last'] as const satisfies readonly (keyof SpeakerCount)[];

/** `--count speaker`: the speakers of the matching quotes, most quoted first, as CSV (or TSV, JSON lines). */
async function speakerCounts(store: Store, query: Omit<QuoteQuery, 'cursor'>, format: string | undefined, limit: number): Promise<void> {
  const f = format ?? 'csv';
  if (f !== 'csv' && f !== 'tsv' && f !== 'jsonl') throw new UsageError('--count writes csv, tsv or jsonl');
  const rows = await store.speakers({ ...query, limit });
  if (f === 'jsonl') for (const r of rows) await writeOut(JSON.stringify(r) + '\n');
  else {
    const line = f === 'csv' ? csvLine : tsvLine;
    await writeOut(line(SPEAKER_COLUMNS));
    for (const r of rows) await writeOut(line(SPEAKER_COLUMNS.map((c) => r[c])));
  }
  process.stderr.write(`dateline: ${rows.reduce((n, r) => n + r.quotes, 0)} quotes by ${rows.length} speakers${rows.length === limit ? ` (the first ${limit}; --limit for more)` : ''}\n`);
}

/** A quote in plain text: date, speaker and words, then its cue, confidence, what made it and how its speaker was named. */
function textBlock(q: StoredQuote): string {
  return `${q.published ?? '----------'}  ${q.speakerName ?? '?'}${q.speakerActor ? ` [${q.speakerActor}]` : ''}${q.direct ? '' : ' (indirect)'}: ${q.content.replace(/\s+/g, ' ')}\n`
    + `    ${howParts(q, ['"', '"'], true).join('; ')}\n    in ${q.title ?? q.articleId} (characters ${q.start}–${q.end})\n`;
}

export async function runQuotes(opts: QuotesOptions): Promise<number> {
  const limit = wholeOption('limit', opts.limit, 100);
  if (opts.count !== undefined && opts.count !== 'speaker') throw new UsageError('--count must be speaker');
  const format = opts.format ?? (process.stdout.isTTY && opts.count === undefined ? 'text' : 'jsonl');
  if (opts.count === undefined && format !== 'text' && format !== 'jsonl' && format !== 'csv') throw new UsageError(`unknown --format ${format} (text, jsonl or csv)`);
  if (opts.direct && opts.indirect) throw new UsageError('--direct and --indirect exclude each other');
  if (opts.named && opts.unnamed) throw new UsageError('--named and --unnamed exclude each other');
  // The same checks as the API's /api/quotes, so both refuse the same things for the same reasons.
  const raw: Record<string, string> = {};
  if (opts.speaker !== undefined) raw.speaker = opts.speaker;
  if (opts.minConfidence !== undefined) raw.minConfidence = opts.minConfidence;
  if (opts.direct || opts.indirect) raw.direct = String(Boolean(opts.direct));
  if (opts.named || opts.unnamed) raw.named = String(Boolean(opts.named));
  if (opts.cueKind !== undefined) raw.cueKind = opts.cueKind;
  if (opts.since !== undefined) raw.since = opts.since;
  if (opts.until !== undefined) raw.until = opts.until;
  const p = parseQuery(QuotesParams, raw);
  if (!p.ok) throw new UsageError(p.error.replace(/^(minConfidence|cueKind|since|until)\b/, (m) => (m === 'minConfidence' ? '--min-confidence' : m === 'cueKind' ? '--cue-kind' : `--${m}`)).replace(/ after until$/, ' after --until'));
  const store = await openStore(opts.db ?? './dateline.db');
  try {
    if (opts.count !== undefined) {
      const { cursor: _none, ...query } = p.value;
      await speakerCounts(store, query, opts.format, limit);
      return 0;
    }
    let cursor: string | null = null;
    let n = 0;
    if (format === 'csv') await writeOut(csvLine(QUOTE_COLUMNS));
    do {
      const page = await store.quotes({ ...p.value, limit: Math.min(500, limit - n), cursor });
      for (const q of page.items) {
        n++;
        if (format === 'jsonl') await writeOut(JSON.stringify(q) + '\n');
        else if (format === 'csv') await writeOut(csvLine(QUOTE_COLUMNS.map((c) => (q[c] === null ? null : String(q[c])))));
        else await writeOut(textBlock(q));
      }
      cursor = page.next;
    } while (cursor && n < limit);
    const filtered = Object.keys(raw).some((k) => k !== 'speaker');
    if (n === 0) process.stderr.write(`dateline: no quotes${opts.speaker ? ` by ${opts.speaker}` : ''}${filtered ? ' that match' : ''} in the store\n`);
    return 0;
  } finally {
    await store.close();
  }
}
