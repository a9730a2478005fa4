/**
 * `dateline watch FEED... --every 15m`: poll feeds, analyse and store what is new,
 * skip what was seen before (by URL and content hash, remembered in the store), and
 * keep going through network errors with backoff. Stops on Ctrl-C.
 */
import { createAnalyzer } from '../analyzer.js';
import { openStore } from '../store/open.js';
import { watchFeeds } from '../watch/index.js';
import { UsageError, warn, writeOut } from './output.js';

/** "15m", "90s", "2h", "1d" or plain seconds, in ms. */
export function parseInterval(s: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/.exec(s.trim());
  if (!m) return null;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(m[2] ?? 's') as 'ms'];
  const ms = Number(m[1]) * unit;
  return ms >= 1000 ? ms : null;
}

export async function runWatch(feeds: string[], opts: { every?: string; db?: string; format?: string; once?: boolean; allowPrivate?: boolean }): Promise<number> {
  if (feeds.length === 0) throw new UsageError('watch needs at least one feed URL');
  for (const f of feeds) if (!/^https?:\/\//i.test(f)) throw new UsageError(`not a feed URL: ${f}`);
  const everyMs = parseInterval(opts.every ?? '15m');
  if (everyMs === null) throw new UsageError(`--every must be an interval such as 15m, 90s or 1h, not ${opts.every}`);
  const format = opts.format ?? 'summary';
  if (format !== 'jsonl' && format !== 'summary') throw new UsageError(`unknown --format ${format} (jsonl or summary)`);
  const analyzer = await createAnalyzer();
  const store = await openStore(opts.db ?? './dateline.db');
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  process.once('SIGTERM', () => stop.abort());
  let stored = 0;
  const polled = new Set<string>();
  try {
    await watchFeeds({
      feeds,
      everyMs,
      signal: stop.signal,
      fetchOptions: { allowPrivate: Boolean(opts.allowPrivate) },
      seen: { has: (k) => store.seen(k), add: (k) => store.markSeen([k]) },
      async onArticle(raw, feed) {
        let record;
        try {
          record = analyzer.analyzeRaw(raw);
        } catch (e) {
          warn(`${feed}#${raw.meta.source.item ?? raw.meta.source.url ?? '?'}`, `analysis failed: ${(e as Error).message}`);
          return;
        }
        const r = await store.put([record]);
        stored += r.inserted;
        if (format === 'jsonl') await writeOut(JSON.stringify(record) + '\n');
        else await writeOut(`${record.published ?? '----------'}  ${record.title ?? '(untitled)'}  [${record.events.length} events]  ${raw.meta.source.url ?? ''}\n`);
      },
      onError(feed, error, retryInMs) {
        warn(feed, opts.once ? error : `${error}; retrying in ${Math.round(retryInMs / 1000)}s`);
        if (opts.once) { polled.add(feed); if (polled.size === feeds.length) stop.abort(); }
      },
      onPoll(feed, fresh) {
        process.stderr.write(`dateline: ${feed}: ${fresh} new\n`);
        polled.add(feed);
        if (opts.once && polled.size === feeds.length) stop.abort();
      },
    });
  } finally {
    await store.close();
    process.stderr.write(`dateline: watch stopped; ${stored} new articles stored\n`);
  }
  return 0;
}
