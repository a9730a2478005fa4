/**
 * Export stored events: page through the store with a query and write each event as a
 * JSON line, a CSV or TSV row of dateline's flat table, a GDELT 2.0 event-table row, or
 * two lines of text for a reader.
 * The CLI's `events` command and the server's export route both call this.
 */
import { countryCodes } from '../knowledge/gazetteer/codes.js';
import { REGION_CODES } from '../knowledge/actors/codes.js';
import { actorCodeSets } from '../knowledge/actors/load.js';
import type { EventQuery, Store, StoredEvent } from '../store/types.js';
import { articleContext, type ArticleContext } from './context.js';
import { EVENT_COLUMNS, eventRow } from './columns.js';
import { csvLine, tsvLine } from './csv.js';
import { GDELT_COLUMNS, gdeltRow, type GdeltTables } from './gdelt.js';

export { EVENT_COLUMNS, eventRow } from './columns.js';
export { GDELT_COLUMNS, gdeltRow, globalEventId, fractionDate } from './gdelt.js';
export { articleContext, leadOf, type ArticleContext } from './context.js';
export { csvField, csvLine, tsvField, tsvLine } from './csv.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'tsv', 'gdelt', 'text'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  gdelt: 'text/tab-separated-values; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};

export function isExportFormat(f: string): f is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(f);
}

export interface ExportOptions {
  readonly format: ExportFormat;
  /** At most this many events (default: all that match). */
  readonly limit?: number;
  /** A header line first (csv and tsv; GDELT's files have none, so gdelt only when asked). */
  readonly header?: boolean;
  /** With jsonl: add the evidence's words and the article's title and source to each event. */
  readonly withArticle?: boolean;
  /** Called after each page with the number of events written so far. */
  readonly onProgress?: (events: number) => void;
}

export interface ExportResult {
  readonly events: number;
  readonly articles: number;
}

let tables: GdeltTables | null = null;

/** The code tables GDELT rows need (read once, from the shipped data). */
export function gdeltTables(): GdeltTables {
  if (tables) return tables;
  const countries = countryCodes();
  const actors = actorCodeSets();
  return (tables = {
    countries,
    isCountry: (p) => actors.countries.has(p) || countries.has(p) || REGION_CODES.has(p),
    isEthnic: (p) => actors.ethnic.has(p),
  });
}

/** Write the events matching `query`, in pages; `write` may return a promise (back-pressure). */
export async function exportEvents(store: Store, query: Omit<EventQuery, 'limit' | 'cursor'>, opts: ExportOptions, write: (chunk: string) => unknown): Promise<ExportResult> {
  const { format } = opts;
  const limit = opts.limit ?? Infinity;
  const needsArticle = format !== 'jsonl' || opts.withArticle === true;
  const t = format === 'gdelt' ? gdeltTables() : null;
  const articles = new Map<string, ArticleContext | null>();
  const context = async (id: string): Promise<ArticleContext | null> => {
    if (!articles.has(id)) {
      const r = await store.get(id);
      if (articles.size >= 256) articles.delete(articles.keys().next().value!);
      articles.set(id, r ? articleContext(r) : null);
    }
    return articles.get(id)!;
  };
  const seen = new Set<string>();
  const header = opts.header ?? (format === 'csv' || format === 'tsv');
  if (header && format !== 'jsonl') {
    const cols = format === 'gdelt' ? GDELT_COLUMNS : EVENT_COLUMNS;
    await write(format === 'csv' ? csvLine(cols) : tsvLine(cols));
  }
  let n = 0;
  let cursor: string | null = null;
  do {
    const page = await store.events({ ...query, limit: Math.min(1000, limit - n), cursor });
    let out = '';
    for (const e of page.items) {
      seen.add(e.articleId);
      const a = needsArticle ? await context(e.articleId) : null;
      out += line(e, a, format, t);
      n++;
    }
    if (out) await write(out);
    opts.onProgress?.(n);
    cursor = page.next;
  } while (cursor && n < limit);
  return { events: n, articles: seen.size };
}

function line(e: StoredEvent, a: ArticleContext | null, format: ExportFormat, t: GdeltTables | null): string {
  switch (format) {
    case 'jsonl':
      return JSON.stringify(a ? { ...e, evidenceText: a.text.slice(e.evidence.start, e.evidence.end), articleTitle: a.title, articleSource: a.source } : e) + '\n';
    case 'csv':
      return csvLine(eventRow(e, a));
    case 'tsv':
      return tsvLine(eventRow(e, a));
    case 'gdelt':
      return tsvLine(gdeltRow(e, a, t!));
    case 'text':
      return textLine(e, a);
  }
}

/** For a terminal: date, who, what, to whom, where; then the evidence's words and the article. */
function textLine(e: StoredEvent, a: ArticleContext | null): string {
  const actor = (r: StoredEvent['source']) => (r ? `${r.name} (${r.code})` : '—');
  const what = `${e.cameo}${e.plover ? ` ${e.plover.type}${e.plover.mode ? `/${e.plover.mode}` : ''}` : ''}`;
  const where = e.location ? ` in ${e.location.name}` : '';
  const words = a ? a.text.slice(e.evidence.start, e.evidence.end).replace(/\s+/g, ' ').trim() : '';
  return `${e.date ?? '----------'}  ${actor(e.source)} → ${what} → ${actor(e.target)}${where}\n    "${words.length > 160 ? words.slice(0, 157) + '…' : words}"  ${a?.title ?? e.articleId}\n`;
}
