/**
 * `dateline watch FEED... --every 15m`: poll feeds, hand on each item not seen before
 * (by URL and by content hash), and keep going through network errors with exponential
 * backoff per feed. The caller supplies the "seen" set (the store) and the handlers.
 */
import { createHash } from 'node:crypto';
import type { RawArticle, ReadResult } from '../readers/types.js';
import { readFeed } from '../readers/feed/index.js';
import { FetchError, fetchUrl, type FetchOptions } from '../readers/url/index.js';
import type { Input } from '../readers/types.js';

export interface SeenSet {
  has(key: string): boolean | Promise<boolean>;
  add(key: string): void | Promise<void>;
}

export interface WatchOptions {
  readonly feeds: readonly string[];
  /** Interval between polls of a feed, in ms. */
  readonly everyMs: number;
  readonly seen: SeenSet;
  onArticle(article: RawArticle, feed: string): void | Promise<void>;
  onError(feed: string, error: string, retryInMs: number): void;
  readonly signal?: AbortSignal;
  /** First retry delay after a network error (default 30 s); doubles up to maxBackoffMs. */
  readonly backoffMs?: number;
  /** Longest retry delay (default: 4 × everyMs, at most 1 hour). */
  readonly maxBackoffMs?: number;
  /** How a feed is fetched (default fetchUrl); tests pass a fake. */
  readonly fetch?: (url: string, opts: FetchOptions) => Promise<Input>;
  readonly fetchOptions?: FetchOptions;
  /** Called after each poll with how many new articles it found. */
  onPoll?(feed: string, fresh: number): void;
}

/** Keys under which an article counts as seen: its URL (or item id) and its content hash. */
export function seenKeys(a: RawArticle): string[] {
  const keys: string[] = [];
  const url = a.meta.source.url ?? a.meta.source.item;
  if (url) keys.push(`url:${url}`);
  const norm = `${a.meta.title ?? ''}\n${a.text}`.replace(/\s+/g, ' ').trim().toLowerCase();
  keys.push(`sha256:${createHash('sha256').update(norm).digest('hex')}`);
  return keys;
}

/** Poll one feed once: returns the number of new articles. Throws FetchError on network trouble. */
export async function pollFeed(feed: string, opts: Pick<WatchOptions, 'seen' | 'onArticle' | 'fetch' | 'fetchOptions' | 'signal'>): Promise<number> {
  const input = await (opts.fetch ?? fetchUrl)(feed, { ...opts.fetchOptions, signal: opts.signal });
  let fresh = 0;
  const results: ReadResult[] = [...(readFeed(input) as Iterable<ReadResult>)];
  for (const r of results) {
    if (r.kind === 'failure') throw new FetchError(r.error, feed, false);
    if (r.kind !== 'article') continue;
    const keys = seenKeys(r);
    let known = false;
    for (const k of keys) if (await opts.seen.has(k)) { known = true; break; }
    if (known) continue;
    await opts.onArticle(r, feed);
    for (const k of keys) await opts.seen.add(k);
    fresh++;
  }
  return fresh;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() { clearTimeout(t); signal?.removeEventListener('abort', done); resolve(); }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Watch feeds until the signal aborts. Each feed runs its own schedule and backoff. */
export async function watchFeeds(opts: WatchOptions): Promise<void> {
  const base = opts.backoffMs ?? 30_000;
  const max = opts.maxBackoffMs ?? Math.min(4 * opts.everyMs, 3_600_000);
  const one = async (feed: string) => {
    let delay = 0;
    while (!opts.signal?.aborted) {
      try {
        const fresh = await pollFeed(feed, opts);
        opts.onPoll?.(feed, fresh);
        delay = 0;
        await sleep(opts.everyMs, opts.signal);
      } catch (e) {
        if (opts.signal?.aborted) return;
        const transient = !(e instanceof FetchError) || e.transient;
        delay = transient ? (delay === 0 ? base : Math.min(delay * 2, max)) : opts.everyMs;
        opts.onError(feed, e instanceof Error ? e.message : String(e), delay);
        await sleep(delay, opts.signal);
      }
    }
  };
  await Promise.all(opts.feeds.map(one));
}
