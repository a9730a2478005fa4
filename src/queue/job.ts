/**
 * One queued input, analysed: read it (a file path or URL), analyse every article in it,
 * store them in one transaction. An input that yields no article fails as a whole (the
 * queue then retries it or records the reason); single bad items of an input that holds
 * many (a WARC record, a JSONL line) are reported in the result and the rest is stored.
 */
import { MAX_ARTICLE_CHARS, readInput } from '../analyzer.js';
import type { ArticleRecord } from '../document/schema.js';
import { loadInput, type InputRef } from '../readers/index.js';
import type { RawArticle } from '../readers/types.js';
import { fetchUrl } from '../readers/url/index.js';
import type { Store } from '../store/types.js';

/** What a job carries: enough to read its input anywhere the path or URL reaches. */
export interface JobData {
  readonly input: string;
  readonly kind: 'path' | 'url';
  /** Publication date to assume where the input carries none. */
  readonly published?: string | null;
  /** Charset of a plain-text input that is not UTF-8. */
  readonly encoding?: string | null;
  readonly maxChars?: number;
}

export interface JobResult {
  readonly articles: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly events: number;
  /** Items of the input that failed, each with its reason. */
  readonly failures: readonly { readonly item: string; readonly error: string }[];
}

export interface JobContext {
  /** Analyse one article: in this thread (analyzer.analyzeRaw) or in a worker pool (pool.analyze). */
  readonly analyze: (raw: RawArticle) => ArticleRecord | Promise<ArticleRecord>;
  readonly store: Store;
  readonly allowPrivate?: boolean;
}

/** The whole input failed: no article could be read from it. */
export class InputFailed extends Error {}

export async function runJob(data: JobData, ctx: JobContext): Promise<JobResult> {
  const ref: InputRef = data.kind === 'url' ? { name: data.input, url: data.input } : { name: data.input, path: data.input };
  const loaded = await loadInput(ref, (url) => fetchUrl(url, { allowPrivate: Boolean(ctx.allowPrivate) }));
  if ('kind' in loaded) throw new InputFailed(loaded.error);
  const input = data.encoding ? { ...loaded, charset: data.encoding } : loaded;
  const analysed: { item: string; record: Promise<ArticleRecord> }[] = [];
  const failures: { item: string; error: string }[] = [];
  for await (const item of readInput(input, data.maxChars ?? MAX_ARTICLE_CHARS)) {
    if (item.kind === 'notice') continue;
    if (item.kind === 'failure') {
      failures.push({ item: item.record.source.item ?? data.input, error: item.record.error });
      continue;
    }
    const raw = data.published && !item.raw.meta.published ? { ...item.raw, meta: { ...item.raw.meta, published: data.published } } : item.raw;
    // All of an input's articles at once: a pool spreads them over its threads.
    analysed.push({ item: raw.meta.source.item ?? data.input, record: (async () => ctx.analyze(raw))() });
  }
  const records: ArticleRecord[] = [];
  for (const a of analysed) {
    try {
      records.push(await a.record);
    } catch (e) {
      failures.push({ item: a.item, error: `analysis failed: ${(e as Error).message}` });
    }
  }
  if (records.length === 0) throw new InputFailed(failures[0]?.error ?? 'no articles in the input');
  const put = await ctx.store.put(records);
  return { articles: records.length, ...put, events: records.reduce((n, r) => n + r.events.length, 0), failures };
}
