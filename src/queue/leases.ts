/**
 * Who holds which job: every worker process registers itself and says it is alive every few
 * seconds; every job it takes is leased to it until it records the outcome. A worker that
 * stops saying so (killed, out of memory, its machine gone) leaves leases that another
 * worker takes back, so that its jobs go back to the queue within a minute instead of
 * staying "running" until pg-boss expires them an hour later. An input whose workers died
 * more than `maxLost` times fails with that reason instead of killing worker after worker.
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';

/** What the leases need of the database: pg-boss's executeSql. */
export interface Sql {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

/** A job taken back from a worker that stopped: requeued, or failed after too many losses. */
export interface LostJob {
  readonly id: string;
  readonly input: string;
  /** host:pid of the worker that held it. */
  readonly worker: string;
  /** How many workers have now died holding it. */
  readonly times: number;
  readonly requeued: boolean;
}

const NOBODY = '00000000-0000-0000-0000-000000000000';

export class Leases {
  readonly id = randomUUID();
  readonly name = `${hostname()}:${process.pid}`;
  private beat: NodeJS.Timeout | null = null;

  constructor(private readonly db: Sql, private readonly schema: string) {}

  /** The tables, on first use (beside pg-boss's own, in its schema). */
  static async prepare(db: Sql, schema: string): Promise<void> {
    await db.executeSql(`
      CREATE TABLE IF NOT EXISTS ${schema}.worker (id uuid PRIMARY KEY, name text NOT NULL, seen_on timestamptz NOT NULL DEFAULT now());
      CREATE TABLE IF NOT EXISTS ${schema}.lease (job_id uuid PRIMARY KEY, worker_id uuid NOT NULL);
      CREATE TABLE IF NOT EXISTS ${schema}.lost (job_id uuid PRIMARY KEY, times int NOT NULL)`);
  }

  /** Register this process and say it is alive every `everySeconds` until stop(). */
  async start(everySeconds: number): Promise<void> {
    await this.db.executeSql(`INSERT INTO ${this.schema}.worker (id, name) VALUES ($1, $2)`, [this.id, this.name]);
    this.beat = setInterval(() => {
      this.db.executeSql(`UPDATE ${this.schema}.worker SET seen_on = now() WHERE id = $1`, [this.id])
        .catch((e: unknown) => process.stderr.write(`dateline: queue: ${e instanceof Error ? e.message : String(e)}\n`));
    }, everySeconds * 1000);
    this.beat.unref();
  }

  /** Stop saying this process is alive and unregister it (its jobs are all recorded by then). */
  async stop(): Promise<void> {
    if (this.beat) clearInterval(this.beat);
    this.beat = null;
    await this.db.executeSql(`DELETE FROM ${this.schema}.worker WHERE id = $1`, [this.id]);
  }

  async take(jobIds: readonly string[]): Promise<void> {
    if (jobIds.length === 0) return;
    await this.db.executeSql(
      `INSERT INTO ${this.schema}.lease (job_id, worker_id) SELECT unnest($1::uuid[]), $2 ON CONFLICT (job_id) DO UPDATE SET worker_id = excluded.worker_id`,
      [jobIds, this.id]);
  }

  async release(jobId: string): Promise<void> {
    await this.db.executeSql(`DELETE FROM ${this.schema}.lease WHERE job_id = $1`, [jobId]);
  }

  /**
   * Take back the running jobs of workers not seen for `staleSeconds` (or gone): each lease is
   * deleted by exactly one worker, which counts the loss; the caller then requeues or fails
   * the job. Workers not seen for ten times as long are unregistered.
   */
  async reclaim(staleSeconds: number, maxLost: number, queueName: string): Promise<LostJob[]> {
    const jobTable = `${this.schema}.job`;
    // Jobs running for that long without a lease (their worker died between taking them and
    // leasing them, or predates leases) are leased to nobody, and so taken back below.
    await this.db.executeSql(
      `INSERT INTO ${this.schema}.lease (job_id, worker_id)
       SELECT j.id, '${NOBODY}' FROM ${jobTable} j
       WHERE j.name = $2 AND j.state = 'active' AND j.started_on < now() - $1 * interval '1 second'
         AND NOT EXISTS (SELECT 1 FROM ${this.schema}.lease l WHERE l.job_id = j.id)
       ON CONFLICT (job_id) DO NOTHING`,
      [staleSeconds, queueName]);
    const { rows } = await this.db.executeSql(
      `WITH gone AS (
         DELETE FROM ${this.schema}.lease l
         USING ${jobTable} j
         WHERE j.id = l.job_id AND j.name = $2 AND j.state = 'active'
           AND NOT EXISTS (SELECT 1 FROM ${this.schema}.worker w WHERE w.id = l.worker_id AND w.seen_on >= now() - $1 * interval '1 second')
         RETURNING l.job_id, l.worker_id, j.data->>'input' AS input
       ), counted AS (
         INSERT INTO ${this.schema}.lost (job_id, times) SELECT job_id, 1 FROM gone
         ON CONFLICT (job_id) DO UPDATE SET times = ${this.schema}.lost.times + 1
         RETURNING job_id, times
       )
       SELECT g.job_id AS id, g.input, coalesce(w.name, 'a worker') AS worker, c.times
       FROM gone g JOIN counted c ON c.job_id = g.job_id LEFT JOIN ${this.schema}.worker w ON w.id = g.worker_id`,
      [staleSeconds, queueName]);
    await this.db.executeSql(`DELETE FROM ${this.schema}.worker WHERE seen_on < now() - $1 * interval '1 second'`, [10 * staleSeconds]);
    return rows.map((r: { id: string; input: string; worker: string; times: number }) => ({ ...r, requeued: r.times <= maxLost }));
  }
}
