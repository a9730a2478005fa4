/** Typed calls to the dateline API. Errors carry the server's plain reason. */
import type { ArticleRecord, EventRecord } from '../../src/document/schema.js';
import type { EventSummary } from '../../src/export/summary.js';
import type { ActorCount, ArticleSummary, Page, SpeakerCount, StoreStats, StoredQuote } from '../../src/store/types.js';

export type { ArticleRecord, EventRecord, ArticleSummary, ActorCount, StoreStats, EventSummary, StoredQuote, SpeakerCount, Page };
export interface ApiEvent extends EventRecord { articleId: string; index: number; evidenceText?: string; articleTitle?: string | null }

export interface Filters {
  actor?: string; cameo?: string; plover?: string; since?: string; until?: string; place?: string; minConfidence?: string;
}
export const FILTER_KEYS: (keyof Filters)[] = ['actor', 'cameo', 'plover', 'since', 'until', 'place', 'minConfidence'];

/** The filters of the quotes view, as /api/quotes takes them. */
export type QuoteFilters = { speaker?: string; direct?: string; named?: string; cueKind?: string; minConfidence?: string; since?: string; until?: string };

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const type = res.headers.get('Content-Type') ?? '';
  const body: unknown = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const reason = typeof body === 'object' && body && 'error' in body ? String((body as { error: unknown }).error) : `HTTP ${res.status}`;
    throw new ApiError(res.status, reason);
  }
  return body as T;
}

function qs(params: Record<string, string | number | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

/** The export route's address for the current filters: every matching event as a file. */
export function exportUrl(f: Filters, format: 'csv' | 'gdelt' | 'jsonl'): string {
  return `/api/events/export${qs({ ...f, format })}`;
}

export const api = {
  stats: () => call<StoreStats>('/api/stats'),
  meta: () => call<{ allowIngest: boolean; analyzer: boolean }>('/api/meta'),
  article: (id: string) => call<ArticleRecord>(`/api/articles/${encodeURIComponent(id)}`),
  articles: (p: { q?: string; since?: string; until?: string; cursor?: string | null; limit?: number }) =>
    call<Page<ArticleSummary>>(`/api/articles${qs(p)}`),
  events: (f: Filters & { cursor?: string | null; limit?: number; expand?: 'evidence'; articleId?: string }) =>
    call<Page<ApiEvent>>(`/api/events${qs({ ...f })}`),
  summary: (f: Filters) => call<EventSummary>(`/api/events/summary${qs({ ...f })}`),
  quotes: (p: QuoteFilters & { cursor?: string | null; limit?: number }) => call<Page<StoredQuote>>(`/api/quotes${qs(p)}`),
  speakers: (p: QuoteFilters & { limit?: number }) => call<{ items: SpeakerCount[] }>(`/api/quotes/speakers${qs(p)}`),
  actors: (q?: string, limit = 200) => call<{ items: ActorCount[] }>(`/api/actors${qs({ q, limit })}`),
  analyze: (body: { text: string; title?: string | null; published?: string | null } | { url: string }) =>
    call<ArticleRecord>('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
};
