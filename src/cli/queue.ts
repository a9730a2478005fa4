/**
 * `dateline queue add|work|status`: analysis spread over many processes and machines
 * through a work queue in PostgreSQL, the same database the articles are stored in.
 */
import { resolve } from 'node:path';
import { createAnalyzer, MAX_ARTICLE_CHARS } from '../analyzer.js';
import { locateInputs } from '../readers/index.js';
import type { RawArticle } from '../readers/types.js';
import { createAnalyzerPool, defaultWorkers } from '../workers/pool.js';
import { runJob, WorkQueue, type JobData, type JobResult } from '../queue/index.js';
import { openStore } from '../store/open.js';
import { publishedOption, wholeOption } from './options.js';
import { UsageError, warn, writeOut } from './output.js';
import { createProgress } from './progress.js';

function postgresUrl(db: string | undefined): string {
  if (!db || !/^postgres(ql)?:\/\//i.test(db)) throw new UsageError('the queue lives in PostgreSQL: give --db postgres://… (the database the articles are stored in)');
  return db;
}

export async function runQueueAdd(inputs: string[], opts: { db?: string; published?: string; encoding?: string; maxChars?: string; retries?: string }): Promise<number> {
  if (inputs.length === 0) throw new UsageError('queue add needs at least one INPUT (a file, directory or URL)');
  const url = postgresUrl(opts.db);
  const published = publishedOption(opts.published);
  const maxChars = wholeOption('max-chars', opts.maxChars, MAX_ARTICLE_CHARS);
  const retries = wholeOption('retries', opts.retries, 2, 0);
  if (inputs.includes('-')) throw new UsageError('standard input cannot be queued: save it to a file and queue the file');
  // Directories are walked here, so each file is a job of its own; paths are made absolute
  // for workers started elsewhere (they must see the same files).
  const jobs: { input: string; kind: 'path' | 'url' }[] = [];
  let failed = 0;
  for await (const ref of locateInputs(inputs)) {
    if ('kind' in ref && ref.kind === 'notice') { warn(ref.name, ref.message); continue; }
    if ('kind' in ref) { failed++; warn(ref.source.path ?? ref.source.url ?? '?', ref.error); continue; }
    jobs.push(ref.url ? { input: ref.url, kind: 'url' } : { input: resolve(ref.path!), kind: 'path' });
  }
  const queue = await WorkQueue.open(url);
  try {
    const r = await queue.add(jobs, { published, encoding: opts.encoding ?? null, maxChars, urlRetries: retries });
    process.stderr.write(`dateline: queued ${r.queued} input${r.queued === 1 ? '' : 's'}${r.waiting ? `; ${r.waiting} already waiting` : ''}${failed ? `; ${failed} not found` : ''}\n`);
  } finally {
    await queue.close();
  }
  return failed > 0 ? 1 : 0;
}

export async function runQueueWork(opts: { db?: string; concurrency?: string; workers?: string; untilEmpty?: boolean; allowPrivate?: boolean; dictionaries?: string; progress?: boolean; staleAfter?: string }): Promise<number> {
  const url = postgresUrl(opts.db);
  const workers = wholeOption('workers', opts.workers, defaultWorkers(), 0);
  // At least as long as the slowest single article takes (a worker analysing on its own thread
  // cannot say it is alive meanwhile): 2,000,000 characters take about 15 s.
  const staleSeconds = wholeOption('stale-after', opts.staleAfter, 60, 30);
  // Enough jobs in hand to keep every thread busy while others wait on the database.
  const concurrency = wholeOption('concurrency', opts.concurrency, Math.max(2, 2 * workers));
  const started = Date.now();
  const analyzer = await createAnalyzer({ dictionaries: opts.dictionaries ?? null });
  const pool = workers > 1 ? createAnalyzerPool(analyzer.options, workers) : null;
  const analyze = pool ? (raw: RawArticle) => pool.analyze(raw) : (raw: RawArticle) => analyzer.analyzeRaw(raw);
  const store = await openStore(url);
  const queue = await WorkQueue.open(url);
  const progress = createProgress('queue', { enabled: opts.progress !== false });
  const sum = { jobs: 0, failed: 0, articles: 0, inserted: 0, updated: 0, unchanged: 0, events: 0 };
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let running = 0;
  try {
    await queue.work({
      concurrency,
      staleSeconds,
      onLost: (j) => warn(j.input, j.requeued ? `${j.worker} stopped while analysing it; queued again` : `failed: the workers analysing it stopped ${j.times} times`),
      pollingSeconds: opts.untilEmpty ? 0.5 : 2,
      handle: async (data: JobData) => {
        running++;
        try {
          return await runJob(data, { analyze, store, allowPrivate: Boolean(opts.allowPrivate) });
        } finally {
          running--;
        }
      },
      onDone: (data, r) => {
        sum.jobs++;
        if (r instanceof Error) { sum.failed++; warn(data.input, r.message); } else {
          sum.articles += r.articles; sum.inserted += r.inserted; sum.updated += r.updated; sum.unchanged += r.unchanged; sum.events += r.events;
          for (const f of r.failures) warn(f.item === data.input ? data.input : `${data.input}#${f.item}`, f.error);
        }
        progress.tick();
      },
    });
    process.stderr.write(`dateline: queue work: taking jobs${opts.untilEmpty ? ' until the queue is empty' : '; Ctrl-C stops'}\n`);
    // Until a signal, or (with --until-empty) until nothing waits and this process runs nothing.
    while (!stop.signal.aborted) {
      await new Promise((r) => setTimeout(r, 500));
      // running is read again after the query: a job may have been taken while it ran.
      if (opts.untilEmpty && running === 0 && (await queue.pending()).waiting === 0 && running === 0) break;
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await queue.close();
    progress.done();
    await pool?.close();
    await store.close();
  }
  const secs = (Date.now() - started) / 1000;
  process.stderr.write(`dateline: ${sum.jobs} jobs (${sum.failed} failed) in ${secs.toFixed(1)}s; ${sum.articles} articles, ${sum.events} events; stored ${sum.inserted} new, ${sum.updated} updated, ${sum.unchanged} unchanged\n`);
  return sum.failed > 0 ? 1 : 0;
}

export async function runQueueStatus(opts: { db?: string; json?: boolean }): Promise<number> {
  const queue = await WorkQueue.open(postgresUrl(opts.db));
  try {
    const s = await queue.status();
    if (opts.json) { await writeOut(JSON.stringify(s) + '\n'); return 0; }
    const n = (k: string) => s.states[k] ?? 0;
    await writeOut(`waiting    ${n('created') + n('retry')}${n('retry') ? ` (${n('retry')} to retry)` : ''}\nrunning    ${n('active')}\ncompleted  ${n('completed')} (${s.articles} articles)\nfailed     ${n('failed')}\n`);
    if (s.failures.length) await writeOut(`latest failures:\n${s.failures.map((f) => `  ${f.at.slice(0, 19).replace('T', ' ')}  ${f.input}: ${f.error}`).join('\n')}\n`);
    return 0;
  } finally {
    await queue.close();
  }
}

export async function runQueueRetry(opts: { db?: string }): Promise<number> {
  const queue = await WorkQueue.open(postgresUrl(opts.db));
  try {
    const n = await queue.retryFailed();
    process.stderr.write(`dateline: ${n} failed input${n === 1 ? '' : 's'} queued again\n`);
    return 0;
  } finally {
    await queue.close();
  }
}
