/**
 * The work queue for scaling out: inputs are queued in PostgreSQL (pg-boss, in a schema of
 * its own), and any number of `dateline queue work` processes, on one machine or many,
 * take them one at a time, analyse them and store the articles in the same database.
 * A queued input is a file path (which must be readable where the workers run) or a URL.
 * An input already waiting in the queue is not queued twice; re-analysing one stores
 * nothing twice (article ids are content hashes).
 */
import PgBoss from 'pg-boss';
import type { JobData, JobResult } from './job.js';
import { Leases, type LostJob } from './leases.js';

export const QUEUE_NAME = 'dateline-analyze';
export const QUEUE_SCHEMA = 'dateline_queue';

export interface QueueStatus {
  /** Jobs by state: created (waiting), retry, active, completed, failed, cancelled. */
  readonly states: Readonly<Record<string, number>>;
  /** The latest failures: an input that failed as a whole, or an item of an input that failed. */
  readonly failures: readonly { readonly input: string; readonly error: string; readonly at: string }[];
  /** Articles stored by the completed jobs. */
  readonly articles: number;
}

export interface EnqueueOptions {
  readonly published?: string | null;
  readonly encoding?: string | null;
  readonly maxChars?: number;
  /** Retries of a URL whose fetch fails (files are not retried: their failures do not pass). */
  readonly urlRetries?: number;
}

export interface WorkOptions {
  /** Jobs taken at once by this process (more only helps inputs that wait on the network). */
  readonly concurrency?: number;
  readonly pollingSeconds?: number;
  /** Jobs fetched at a time by each loop (default 4). */
  readonly batchSize?: number;
  readonly handle: (data: JobData) => Promise<JobResult>;
  readonly onDone?: (data: JobData, result: JobResult | Error) => void;
  /**
   * A worker not heard from for this long has stopped: the jobs it held go back to the queue
   * (default 60). Workers say they are alive six times as often.
   */
  readonly staleSeconds?: number;
  /** Times an input may lose its worker and be queued again; then it fails (default 2). */
  readonly maxLost?: number;
  /** Called with each job taken back from a stopped worker. */
  readonly onLost?: (job: LostJob) => void;
}

export class WorkQueue {
  private stopping = false;
  private readonly loops: Promise<unknown>[] = [];

  private leases: Leases | null = null;
  private lastReclaim = 0;

  private constructor(private readonly boss: PgBoss) {}

  /** Connect, creating the queue's schema and tables on first use. */
  static async open(url: string): Promise<WorkQueue> {
    const boss = new PgBoss({ connectionString: url, schema: QUEUE_SCHEMA, max: 4, application_name: 'dateline-queue' });
    boss.on('error', (e: Error) => process.stderr.write(`dateline: queue: ${e.message}\n`));
    await boss.start();
    // "short": one waiting job per key (the input), any number running.
    if (!(await boss.getQueue(QUEUE_NAME))) await boss.createQueue(QUEUE_NAME, { name: QUEUE_NAME, policy: 'short' });
    await Leases.prepare(boss.getDb(), QUEUE_SCHEMA);
    return new WorkQueue(boss);
  }

  /** Queue inputs; returns how many were queued and how many were already waiting. */
  async add(inputs: readonly { input: string; kind: 'path' | 'url' }[], opts: EnqueueOptions = {}): Promise<{ queued: number; waiting: number }> {
    let queued = 0;
    for (const { input, kind } of inputs) {
      const data: JobData = { input, kind, published: opts.published ?? null, encoding: opts.encoding ?? null, ...(opts.maxChars ? { maxChars: opts.maxChars } : {}) };
      const id = await this.boss.send(QUEUE_NAME, data, {
        singletonKey: input,
        retryLimit: kind === 'url' ? opts.urlRetries ?? 2 : 0,
        retryDelay: 30,
        retryBackoff: true,
        expireInSeconds: 3600,
      });
      if (id) queued++;
    }
    return { queued, waiting: inputs.length - queued };
  }

  /**
   * Take jobs until close(): each loop fetches a few, handles them one by one, completes each
   * with its result or fails it with its reason (a failed URL goes back for a retry while it
   * has retries), and fetches again at once; it waits the polling interval only when the
   * queue had nothing. (pg-boss's own work() waits that interval after every batch.) Every
   * job taken is leased to this process until its outcome is recorded; now and then a loop
   * takes back the jobs of workers that stopped (leases.ts).
   */
  async work(opts: WorkOptions): Promise<void> {
    const poll = (opts.pollingSeconds ?? 2) * 1000;
    const stale = opts.staleSeconds ?? 60;
    if (!this.leases) {
      this.leases = new Leases(this.boss.getDb(), QUEUE_SCHEMA);
      await this.leases.start(Math.max(0.5, stale / 6));
    }
    const leases = this.leases;
    const loop = async () => {
      while (!this.stopping) {
        let jobs: PgBoss.Job<JobData>[];
        try {
          if (Date.now() - this.lastReclaim > (stale * 1000) / 2) {
            this.lastReclaim = Date.now();
            for (const lost of await this.takeBack(stale, opts.maxLost ?? 2)) opts.onLost?.(lost);
          }
          jobs = await this.boss.fetch<JobData>(QUEUE_NAME, { batchSize: opts.batchSize ?? 4 });
        } catch (e) {
          // The database away for a moment: say so and try again, rather than stop taking jobs.
          process.stderr.write(`dateline: queue: ${e instanceof Error ? e.message : String(e)}; trying again\n`);
          jobs = [];
        }
        if (jobs.length === 0) {
          await new Promise((r) => setTimeout(r, poll));
          continue;
        }
        // Unleased, the jobs are still taken back if this process stops, only later (leases.ts).
        await leases.take(jobs.map((j) => j.id)).catch((e: unknown) => process.stderr.write(`dateline: queue: ${e instanceof Error ? e.message : String(e)}\n`));
        for (const job of jobs) {
          let outcome: JobResult | Error;
          try {
            outcome = await opts.handle(job.data);
          } catch (e) {
            outcome = e instanceof Error ? e : new Error(String(e));
          }
          try {
            if (outcome instanceof Error) await this.boss.fail(QUEUE_NAME, job.id, { message: outcome.message });
            else await this.boss.complete(QUEUE_NAME, job.id, outcome);
            await leases.release(job.id);
          } catch (e) {
            // Not recorded: the job stays active until it expires, then goes back (URLs) or fails.
            process.stderr.write(`dateline: queue: ${job.data.input}: could not record the outcome: ${e instanceof Error ? e.message : String(e)}\n`);
          }
          opts.onDone?.(job.data, outcome);
        }
      }
    };
    for (let i = 0; i < (opts.concurrency ?? 1); i++) {
      this.loops.push(loop().catch((e: unknown) => process.stderr.write(`dateline: queue: ${e instanceof Error ? e.message : String(e)}\n`)));
    }
  }

  /**
   * The jobs of workers not heard from for staleSeconds, back in the queue (or failed, with
   * the reason, when their input has now lost its worker more than maxLost times).
   */
  private async takeBack(staleSeconds: number, maxLost: number): Promise<LostJob[]> {
    const lost = await this.leases!.reclaim(staleSeconds, maxLost, QUEUE_NAME);
    const db = this.boss.getDb();
    for (const j of lost) {
      if (j.requeued) {
        // Back to waiting, as pg-boss's retry() does with a failed job: the next fetch counts a
        // retry, which the higher limit pays for, so that a URL keeps its fetch retries.
        await db.executeSql(`UPDATE ${QUEUE_SCHEMA}.job SET state = 'retry', retry_limit = retry_limit + 1 WHERE name = $1 AND id = $2 AND state = 'active'`, [QUEUE_NAME, j.id]);
      } else {
        // Failed for good, whatever retries of its fetch a URL had left.
        await db.executeSql(`UPDATE ${QUEUE_SCHEMA}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2`, [QUEUE_NAME, j.id]);
        await this.boss.fail(QUEUE_NAME, j.id, { message: `the workers analysing it stopped ${j.times} times (the last: ${j.worker}); it may need more memory or time than a worker has` });
      }
    }
    return lost;
  }

  /** Put every failed job back in the queue (after a fix: a file made readable, a site back up); how many. */
  async retryFailed(): Promise<number> {
    const r = await this.boss.getDb().executeSql(`SELECT id FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state = 'failed'`, [QUEUE_NAME]);
    const ids = r.rows.map((x: { id: string }) => x.id);
    if (ids.length) await this.boss.retry(QUEUE_NAME, ids);
    return ids.length;
  }

  /** Jobs waiting (created or due for retry) and running. */
  async pending(): Promise<{ waiting: number; active: number }> {
    const r = await this.boss.getDb().executeSql(
      `SELECT count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS waiting, count(*) FILTER (WHERE state = 'active')::int AS active
       FROM ${QUEUE_SCHEMA}.job WHERE name = $1`, [QUEUE_NAME]);
    return r.rows[0] as { waiting: number; active: number };
  }

  async status(limit = 10): Promise<QueueStatus> {
    const db = this.boss.getDb();
    const jobs = `(SELECT state::text, data, output, completed_on FROM ${QUEUE_SCHEMA}.job WHERE name = $1
      UNION ALL SELECT state::text, data, output, completed_on FROM ${QUEUE_SCHEMA}.archive WHERE name = $1) j`;
    const states = Object.fromEntries((await db.executeSql(`SELECT state, count(*)::int AS n FROM ${jobs} GROUP BY state ORDER BY state`, [QUEUE_NAME])).rows
      .map((r: { state: string; n: number }) => [r.state, r.n]));
    const articles = (await db.executeSql(`SELECT coalesce(sum((output->>'articles')::int), 0)::int AS n FROM ${jobs} WHERE state = 'completed'`, [QUEUE_NAME])).rows[0].n as number;
    // Whole inputs that failed, and single items of completed inputs, newest first.
    const failures = (await db.executeSql(
      `SELECT input, error, at FROM (
         SELECT data->>'input' AS input, output->>'message' AS error, completed_on AS at FROM ${jobs} WHERE state = 'failed'
         UNION ALL
         SELECT j.data->>'input' || CASE WHEN f->>'item' = j.data->>'input' THEN '' ELSE '#' || (f->>'item') END, f->>'error', j.completed_on
         FROM ${jobs}, jsonb_array_elements(coalesce(j.output->'failures', '[]'::jsonb)) f WHERE j.state = 'completed'
       ) x ORDER BY at DESC NULLS LAST LIMIT ${Math.max(1, Math.floor(limit))}`, [QUEUE_NAME])).rows
      .map((r: { input: string; error: string; at: Date | string | null }) => ({ input: r.input, error: r.error, at: r.at ? new Date(r.at).toISOString() : '' }));
    return { states, failures, articles };
  }

  /** Stop taking jobs; the jobs this process has taken are finished first. */
  async close(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.loops);
    await this.leases?.stop().catch(() => undefined);
    await this.boss.stop({ graceful: true, wait: true, timeout: 60_000 });
  }
}
