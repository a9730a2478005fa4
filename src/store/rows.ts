/**
 * The flat rows both stores write for each article: one shape for the layers that
 * are queried (entities, quotes, events), computed once from the record.
 */
import type { ArticleRecord } from '../document/schema.js';
import type { StoredQuote } from './types.js';
import { saidWords } from '../stages/quotes/parts.js';

export interface EntityRow {
  idx: number; start: number; end: number; text: string; type: string;
  actor: string | null; name: string | null;
}
export interface QuoteRow {
  idx: number; speaker_name: string | null; speaker_actor: string | null; direct: number; content: string;
  content_start: number; content_end: number; cue: string | null; source: string | null;
  confidence: number | null; step: string | null; speaker_via: string | null; speaker_from: string | null; cue_kind: string | null;
}
export interface EventRow {
  idx: number; source_code: string | null; source_name: string | null;
  target_code: string | null; target_name: string | null; cameo: string; cameo_root: string;
  plover_type: string | null; plover_mode: string | null; goldstein: number; quad_class: number;
  date: string | null; location_name: string | null; lat: number | null; lon: number | null; country: string | null;
  confidence: number; json: string;
}

export function entityRows(r: ArticleRecord): EntityRow[] {
  return r.entities.map((e, idx) => ({ idx, start: e.start, end: e.end, text: e.text, type: e.type, actor: e.actor ?? null, name: e.name ?? null }));
}

/** A quote's row: its words, cue and source as text, and what its explanation says (how it was made and its speaker named). */
export function quoteRows(r: ArticleRecord): QuoteRow[] {
  const words = (s: { start: number; end: number } | null | undefined) => (s ? r.text.slice(s.start, s.end) : null);
  return r.quotes.map((q, idx) => ({
    idx, speaker_name: q.speakerName, speaker_actor: q.speakerActor ?? null, direct: q.direct ? 1 : 0,
    content: saidWords(r.text, q), content_start: q.content.start, content_end: q.content.end,
    cue: words(q.cue), source: words(q.speaker), confidence: q.explanation?.confidence ?? null, step: q.explanation?.step ?? null,
    speaker_via: q.explanation?.speakerVia ?? null, speaker_from: words(q.explanation?.speakerFrom), cue_kind: q.explanation?.cueKind ?? null,
  }));
}

/** A stored quote from its row joined with its article's date and title (SQLite gives direct as 1 or 0, PostgreSQL as a boolean). */
export function quoteFromRow(r: Record<string, unknown>): StoredQuote {
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    articleId: r.article_id as string, index: r.idx as number, speakerName: str(r.speaker_name), speakerActor: str(r.speaker_actor),
    direct: r.direct === 1 || r.direct === true, content: r.content as string,
    start: r.content_start as number, end: r.content_end as number, cue: str(r.cue), source: str(r.source),
    confidence: r.confidence === null || r.confidence === undefined ? null : Number(r.confidence),
    step: str(r.step), speakerVia: str(r.speaker_via), speakerFrom: str(r.speaker_from), cueKind: str(r.cue_kind),
    published: (r.published as string) || null, title: str(r.title),
  };
}

export function eventRows(r: ArticleRecord): EventRow[] {
  return r.events.map((e, idx) => ({
    idx,
    source_code: e.source?.code ?? null, source_name: e.source?.name ?? null,
    target_code: e.target?.code ?? null, target_name: e.target?.name ?? null,
    cameo: e.cameo, cameo_root: e.cameo.slice(0, 2),
    plover_type: e.plover?.type ?? null, plover_mode: e.plover?.mode ?? null,
    goldstein: e.goldstein, quad_class: e.quadClass,
    date: e.date ?? r.published, location_name: e.location?.name ?? null,
    lat: e.location?.lat ?? null, lon: e.location?.lon ?? null, country: e.location?.country ?? null,
    confidence: e.confidence, json: JSON.stringify(e),
  }));
}

/** A fingerprint of the record, to tell an unchanged re-analysis from an updated one. */
export function recordJson(r: ArticleRecord): string {
  return JSON.stringify(r);
}

/**
 * A prefix as an index range: `code >= lo AND code < hi` finds every code starting
 * with the prefix and uses the index, where LIKE would read every row.
 */
export function prefixRange(prefix: string): [string, string] {
  const last = prefix.charCodeAt(prefix.length - 1);
  return [prefix, prefix.slice(0, -1) + String.fromCharCode(last + 1)];
}

/** Escape LIKE wildcards in a user-given prefix. */
export function likePrefix(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
}
