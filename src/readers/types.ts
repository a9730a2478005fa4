/**
 * Readers turn bytes into articles. One input (a file, a URL, stdin) may hold many
 * articles (a feed, a WARC, a JSONL file, a Reuters SGML file); a reader yields each,
 * or a failure for the input or for one item inside it, and never throws for bad input.
 */
import type { DocMeta, SourceRef } from '../document/document.js';

/** An article as read: its text and what the input says about it. */
export interface RawArticle {
  readonly kind: 'article';
  readonly text: string;
  readonly meta: DocMeta;
}

/** A failure to read an input or one item of it. `error` is one plain line. */
export interface ReadFailure {
  readonly kind: 'failure';
  readonly source: SourceRef;
  readonly error: string;
}

/** A note about an input that is not a failure (skipped WARC records, say). */
export interface ReadNotice {
  readonly kind: 'notice';
  readonly source: SourceRef;
  readonly message: string;
}

export type ReadResult = RawArticle | ReadFailure | ReadNotice;

/** An input located and loaded: its bytes and where they came from. */
export interface Input {
  /** How to name the input in messages: the path, URL or "-". */
  readonly name: string;
  readonly path?: string;
  readonly url?: string;
  readonly bytes: Uint8Array;
  /** Content-Type header, for URL inputs. */
  readonly contentType?: string;
  /** Fetch time (ISO UTC timestamp, see fetchTime) for URL inputs. */
  readonly fetched?: string;
  /** Charset the user states for plain-text inputs (--encoding). */
  readonly charset?: string;
}

export type Reader = (input: Input) => AsyncIterable<ReadResult> | Iterable<ReadResult>;

/**
 * A fetch time as the record carries it: an ISO UTC timestamp to the second
 * (`2019-11-20T10:15:30Z`), from a WARC-Date, an HTTP date or a Date. Undefined if unreadable.
 */
export function fetchTime(t: string | Date | undefined | null): string | undefined {
  if (!t) return undefined;
  const d = t instanceof Date ? t : new Date(t.trim());
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return undefined;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const failure = (source: SourceRef, error: string): ReadFailure => ({ kind: 'failure', source, error });
