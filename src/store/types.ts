/**
 * The store: where analysed articles and their layers live. One interface, with
 * SQLite (embedded, the default) and PostgreSQL behind it. Writes are transactional
 * and idempotent: an article is keyed by its content-hash id.
 */
import type { ArticleRecord, EventRecord } from '../document/schema.js';
import type { CueKind } from '../document/layers.js';

export interface ArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: ArticleRecord['source'];
}

export interface StoredEvent extends EventRecord {
  readonly articleId: string;
  /** Position of the event in its article's event list. */
  readonly index: number;
  /** When its article was first stored (ISO 8601, UTC). */
  readonly addedAt: string;
}

export interface StoredQuote {
  readonly articleId: string;
  readonly index: number;
  readonly speakerName: string | null;
  readonly speakerActor: string | null;
  readonly direct: boolean;
  readonly content: string;
  /** Where the content lies in the article's text (offsets as in the record). */
  readonly start: number;
  readonly end: number;
  /** The words of the cue ("said", "according to") and of the source span, as written. */
  readonly cue: string | null;
  readonly source: string | null;
  /** The confidence filter's probability; null for a quote a rule made without it (a transcript's speaker labels). */
  readonly confidence: number | null;
  /** What made the quote (the tagger or a rule: explanation.step of the record). */
  readonly step: string | null;
  /** How the speaker was named (explanation.speakerVia) and the words the name came from. */
  readonly speakerVia: string | null;
  readonly speakerFrom: string | null;
  /** What the cue says the source did (explanation.cueKind): speech, thought, evidence or other; null in the rows of older records. */
  readonly cueKind: string | null;
  readonly published: string | null;
  readonly title: string | null;
}

export interface QuoteQuery {
  /** Part of the speaker's name, or the speaker's actor code. */
  readonly speaker?: string;
  /** Quotes whose confidence is at least this (0 to 1); quotes without one are left out. */
  readonly minConfidence?: number;
  /** Only direct (true) or only indirect (false) quotes. */
  readonly direct?: boolean;
  /** Only quotes whose speaker has a name (true), or only those whose speaker has none (false). */
  readonly named?: boolean;
  /** Only quotes whose cue says the source did this (explanation.cueKind): "speech" keeps what was said or written. */
  readonly cueKind?: CueKind;
  /** Quotes of articles published on or after / on or before this date (YYYY-MM-DD); undated articles' are left out. */
  readonly since?: string;
  readonly until?: string;
  readonly limit?: number;
  readonly cursor?: string | null;
}

export interface Page<T> {
  readonly items: T[];
  readonly next: string | null;
}

export interface ArticleQuery {
  readonly q?: string;
  readonly since?: string;
  readonly until?: string;
  /** Matches source path, URL or format. */
  readonly source?: string;
  readonly limit?: number;
  readonly cursor?: string | null;
}

export interface EventQuery {
  /** Actor code prefix, matching source or target (RUS matches RUSGOV). */
  readonly actor?: string;
  readonly sourceActor?: string;
  readonly targetActor?: string;
  /** CAMEO code prefix (04 matches 042). */
  readonly cameo?: string;
  readonly plover?: string;
  readonly quadClass?: number;
  /** Events whose confidence is at least this (0 to 1). */
  readonly minConfidence?: number;
  readonly since?: string;
  readonly until?: string;
  /** Location name or country code. */
  readonly place?: string;
  readonly articleId?: string;
  readonly limit?: number;
  readonly cursor?: string | null;
}

/** One speaker's quotes in the store: how many, how many direct, in how many articles, and over which dates. */
export interface SpeakerCount {
  readonly speakerName: string;
  readonly speakerActor: string | null;
  readonly quotes: number;
  readonly direct: number;
  readonly articles: number;
  readonly first: string | null;
  readonly last: string | null;
}

export interface ActorCount {
  readonly code: string;
  readonly name: string;
  readonly events: number;
}

export interface StoreStats {
  readonly articles: number;
  readonly entities: number;
  readonly quotes: number;
  readonly events: number;
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly topCameoRoots: { code: string; count: number }[];
  readonly topActors: ActorCount[];
  readonly formats: { format: string; count: number }[];
}

export interface PutResult {
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Store a batch in one transaction: all or nothing. */
  put(records: readonly ArticleRecord[]): Promise<PutResult>;
  has(id: string): Promise<boolean>;
  get(id: string): Promise<ArticleRecord | null>;
  articles(q: ArticleQuery): Promise<Page<ArticleSummary>>;
  events(q: EventQuery): Promise<Page<StoredEvent>>;
  actors(q?: string, limit?: number): Promise<ActorCount[]>;
  quotes(q: QuoteQuery): Promise<Page<StoredQuote>>;
  /** The speakers of the quotes that match, most quoted first (quotes without a speaker are not counted). */
  speakers(q: Omit<QuoteQuery, 'cursor'>): Promise<SpeakerCount[]>;
  stats(): Promise<StoreStats>;
  /** Keys (URLs, content hashes) seen by `watch`, so a restart skips them. */
  seen(key: string): Promise<boolean>;
  markSeen(keys: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

export function clampLimit(n: number | undefined): number {
  if (n === undefined || !Number.isFinite(n)) return DEFAULT_LIMIT;
  return Math.max(1, Math.min(MAX_LIMIT, Math.floor(n)));
}

/** Cursors are opaque to callers: base64url of a JSON key. */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | null | undefined): T | null {
  if (!cursor) return null;
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as T;
  } catch {
    throw new StoreQueryError(`bad cursor: ${cursor.slice(0, 40)}`);
  }
}

export class StoreQueryError extends Error {
  readonly code = 'bad_query' as const;
}
