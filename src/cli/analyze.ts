/**
 * `dateline analyze [options] INPUT...`: read every input, analyse every article,
 * print one JSON record per article, store them (one transaction per batch).
 */
import { createAnalyzer, MAX_ARTICLE_CHARS, readInput, type Analyzer } from '../analyzer.js';
import type { RawArticle, ReadFailure } from '../readers/types.js';
import { createAnalyzerPool, defaultWorkers, type AnalyzerPool } from '../workers/pool.js';
import type { ArticleRecord } from '../document/schema.js';
import { loadInput, locateInputs, type InputNotice, type InputRef } from '../readers/index.js';
import { fetchUrl } from '../readers/url/index.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import { createProgress, formatBytes } from './progress.js';
import { publishedOption, wholeOption } from './options.js';
import { UsageError, warn, writeOut } from './output.js';

export interface AnalyzeCommandOptions {
  format?: string;
  published?: string;
  db?: string;
  store?: boolean;
  dictionaries?: string;
  summary?: boolean;
  progress?: boolean;
  batch?: string;
  encoding?: string;
  workers?: string;
  /** Fetch URLs on private, loopback or link-local addresses too (--allow-private). */
  allowPrivate?: boolean;
  /** The longest text analysed as one article (--max-chars; default MAX_ARTICLE_CHARS). */
  maxChars?: string;
}

/** Articles analysed in-process before a run is big enough to be worth worker threads. */
const POOL_AFTER = 64;
/** Articles in flight per worker: enough to keep workers busy, little enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 32;

export interface AnalyzeSummary {
  inputs: number;
  articles: number;
  failed: number;
  inserted: number;
  updated: number;
  unchanged: number;
  entities: number;
  quotes: number;
  events: number;
  seconds: number;
}

export async function runAnalyze(inputs: string[], opts: AnalyzeCommandOptions, analyzerArg?: Analyzer): Promise<number> {
  if (inputs.length === 0) throw new UsageError('analyze needs at least one INPUT (a file, directory, URL or -)');
  const format = opts.format ?? (process.stdout.isTTY ? 'summary' : 'jsonl');
  if (format !== 'jsonl' && format !== 'summary') throw new UsageError(`unknown --format ${format} (jsonl or summary)`);
  const published = publishedOption(opts.published);
  const batchSize = wholeOption('batch', opts.batch, 500);
  const maxChars = wholeOption('max-chars', opts.maxChars, MAX_ARTICLE_CHARS);
  const workers = wholeOption('workers', opts.workers, defaultWorkers(), 0);

  const started = Date.now();
  const analyzer = analyzerArg ?? (await createAnalyzer({ published, dictionaries: opts.dictionaries ?? null }));
  const store: Store | null = opts.store === false ? null : await openStore(opts.db ?? './dateline.db');
  const sum: AnalyzeSummary = { inputs: 0, articles: 0, failed: 0, inserted: 0, updated: 0, unchanged: 0, entities: 0, quotes: 0, events: 0, seconds: 0 };
  // The inputs are found first: their bytes are the run's work, from which the ETA comes.
  const refs: (InputRef | ReadFailure | InputNotice)[] = [];
  for await (const ref of locateInputs(inputs)) refs.push(ref);
  const totalBytes = refs.reduce((n, r) => n + ('size' in r && r.size ? r.size : 0), 0);
  let doneBytes = 0;
  const progress = createProgress('analyze', { enabled: opts.progress !== false, work: { total: totalBytes, format: formatBytes } });
  let batch: ArticleRecord[] = [];
  const flush = async () => {
    if (!store || batch.length === 0) return;
    const r = await store.put(batch);
    sum.inserted += r.inserted; sum.updated += r.updated; sum.unchanged += r.unchanged;
    batch = [];
  };
  let pool: AnalyzerPool | null = null;
  let seen = 0;
  /** Results in input order: analysed records may finish out of order in the pool. */
  const queue: { name: string; source: RawArticle['meta']['source']; result: Promise<ArticleRecord> | ArticleRecord }[] = [];
  const emit = async (name: string, source: RawArticle['meta']['source'], result: Promise<ArticleRecord> | ArticleRecord) => {
    let r: ArticleRecord;
    try {
      r = await result;
    } catch (e) {
      sum.failed++;
      const error = `analysis failed: ${(e as Error).message}`;
      warn(source.item ? `${name}#${source.item}` : name, error);
      if (format === 'jsonl') await writeOut(JSON.stringify({ source, error }) + '\n');
      return;
    }
    sum.articles++;
    sum.entities += r.entities.length; sum.quotes += r.quotes.length; sum.events += r.events.length;
    if (format === 'jsonl') await writeOut(JSON.stringify(r) + '\n');
    else await writeOut(describe(r));
    batch.push(r);
    if (batch.length >= batchSize) await flush();
    progress.tick();
  };
  const drain = async (keep: number) => {
    while (queue.length > keep) { const q = queue.shift()!; await emit(q.name, q.source, q.result); }
  };
  const analyzeOne = (raw: RawArticle): Promise<ArticleRecord> | ArticleRecord => {
    seen++;
    if (!pool && workers > 1 && seen > POOL_AFTER && !analyzerArg) pool = createAnalyzerPool(analyzer.options, workers);
    if (pool) {
      // Awaited later, in input order (emit reports its failure as the article's error record): marked
      // handled now, so that one article's failure in a worker does not end the run as an unhandled rejection.
      const p = pool.analyze(raw);
      p.catch(() => {});
      return p;
    }
    try {
      return analyzer.analyzeRaw(raw);
    } catch (e) {
      return Promise.reject(e);
    }
  };
  try {
    for (const ref of refs) {
      if ('kind' in ref && ref.kind === 'notice') { warn(ref.name, ref.message); continue; }
      // The files before this one are read (and their articles analysed, or in the workers).
      progress.worked(doneBytes);
      if ('size' in ref && ref.size) doneBytes += ref.size;
      sum.inputs++;
      if ('kind' in ref) {
        await drain(0);
        sum.failed++;
        warn(ref.source.path ?? ref.source.url ?? '?', ref.error);
        if (format === 'jsonl') await writeOut(JSON.stringify({ source: ref.source, error: ref.error }) + '\n');
        continue;
      }
      const loaded = await loadInput(ref, (url) => fetchUrl(url, { allowPrivate: Boolean(opts.allowPrivate) }));
      const input = 'kind' in loaded || !opts.encoding ? loaded : { ...loaded, charset: opts.encoding };
      if ('kind' in input) {
        await drain(0);
        sum.failed++;
        warn(ref.name, input.error);
        if (format === 'jsonl') await writeOut(JSON.stringify({ source: input.source, error: input.error }) + '\n');
        progress.tick();
        continue;
      }
      for await (const item of readInput(input, maxChars)) {
        if (item.kind === 'notice') { warn(ref.name, item.message); continue; }
        if (item.kind === 'failure') {
          await drain(0);
          sum.failed++;
          const where = item.record.source.item ? `${ref.name}#${item.record.source.item}` : ref.name;
          warn(where, item.record.error);
          if (format === 'jsonl') await writeOut(JSON.stringify(item.record) + '\n');
          continue;
        }
        queue.push({ name: ref.name, source: item.raw.meta.source, result: analyzeOne(item.raw) });
        await drain(pool ? (pool as AnalyzerPool).size * IN_FLIGHT_PER_WORKER : 0);
      }
    }
    await drain(0);
    await flush();
  } finally {
    progress.done();
    await (pool as AnalyzerPool | null)?.close();
    await store?.close();
  }
  sum.seconds = (Date.now() - started) / 1000;
  if (opts.summary || format === 'summary' || inputs.length > 1 || sum.inputs > 1) {
    process.stderr.write(summaryLine(sum, store !== null) + '\n');
  }
  return sum.failed > 0 ? 1 : 0;
}

export function summaryLine(s: AnalyzeSummary, stored: boolean): string {
  const rate = s.seconds > 0 ? (s.articles / s.seconds).toFixed(1) : '-';
  let line = `dateline: ${s.articles} articles from ${s.inputs} inputs in ${s.seconds.toFixed(1)}s (${rate}/s); ` +
    `${s.entities} entities, ${s.quotes} quotes, ${s.events} events; ${s.failed} failed`;
  if (stored) line += `; stored ${s.inserted} new, ${s.updated} updated, ${s.unchanged} unchanged`;
  return line;
}

function describe(r: ArticleRecord): string {
  const where = r.source.path ?? r.source.url ?? '-';
  const dl = r.dateline ? `${r.dateline.place ?? ''}${r.dateline.agency ? ` (${r.dateline.agency})` : ''}` : '-';
  return `${r.id}  ${r.published ?? '----------'}  ${dl}  ${r.title ?? '(untitled)'}\n` +
    `    ${where}${r.source.item ? '#' + r.source.item : ''}: ${r.entities.length} entities, ${r.quotes.length} quotes, ${r.events.length} events\n`;
}
