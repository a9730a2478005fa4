/**
 * dateline's own flat event table: one row per event, the columns of the analyze record
 * flattened, with the words of its evidence and where its article came from.
 */
import type { StoredEvent } from '../store/types.js';
import type { ArticleContext } from './context.js';

export const EVENT_COLUMNS = [
  'articleId', 'index', 'date', 'sourceCode', 'sourceName', 'targetCode', 'targetName', 'cameo', 'ploverType', 'ploverMode',
  'goldstein', 'quadClass', 'placeName', 'placeKind', 'lat', 'lon', 'placeCountry', 'confidence', 'evidenceStart', 'evidenceEnd',
  'evidence', 'pattern', 'published', 'title', 'source', 'addedAt',
] as const;

export function eventRow(e: StoredEvent, a: ArticleContext | null): (string | number | null)[] {
  const l = e.location;
  return [
    e.articleId, e.index, e.date, e.source?.code ?? null, e.source?.name ?? null, e.target?.code ?? null, e.target?.name ?? null,
    e.cameo, e.plover?.type ?? null, e.plover?.mode ?? null, e.goldstein, e.quadClass,
    l?.name ?? null, l?.kind ?? null, l?.lat ?? null, l?.lon ?? null, l?.country ?? null, e.confidence,
    e.evidence.start, e.evidence.end, a ? a.text.slice(e.evidence.start, e.evidence.end).replace(/\s+/g, ' ').trim() : null,
    e.explanation?.pattern ?? null, a?.published ?? null, a?.title ?? null, a?.source ?? null, e.addedAt,
  ];
}
