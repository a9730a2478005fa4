import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from '../analyzer.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import { SHARED } from '../../test/shared.js';
import { runJob, WorkQueue, type JobData, type JobResult } from './index.js';

// A database of its own: the store's tests use "test" and drop its tables as they start.
const ADMIN_URL = process.env.DATELINE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const DB = 'dateline_queue_test';
const URL_ = ADMIN_URL.replace(/\/[^/]*$/, `/${DB}`);

async function pgAvailable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try { await c.connect(); await c.end(); return true; } catch { return false; }
}
const havePg = await pgAvailable();
if (!havePg && process.env.CI) throw new Error(`PostgreSQL is not reachable at ${ADMIN_URL}; CI must start it`);

describe.skipIf(!havePg)('the work queue', () => {
  let dir: string;
  let analyzer: Analyzer;
  let store: Store;
  const files: string[] = [];

  beforeAll(async () => {
    const c = new pg.Client({ connectionString: ADMIN_URL });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${DB}`);
    await c.end();
    dir = mkdtempSync(join(tmpdir(), 'dateline-queue-'));
    // Two Wikinews samples (CC BY 2.5), the seed article, and an empty file.
    for (const f of ['Escape_room_fire_kills_five_teen_girls_in_Koszalin__Poland.txt', 'Mokha__Yemen_bomb_kills_photojournalist__at_least_five_other.txt']) {
      copyFileSync(resolve('samples/text', f), join(dir, f));
      files.push(join(dir, f));
    }
    copyFileSync(`${SHARED}/seed/sana-putin-rouhani.txt`, join(dir, 'seed.txt'));
    files.push(join(dir, 'seed.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    files.push(join(dir, 'empty.txt'));
    analyzer = await createAnalyzer();
    store = await openStore(URL_);
  }, 120_000);

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function statusOf() {
    const q = await WorkQueue.open(URL_);
    try { return await q.status(); } finally { await q.close(); }
  }

  /** Two workers take jobs until none waits; what each job gave. */
  async function drain(): Promise<Map<string, JobResult | Error>> {
    const done = new Map<string, JobResult | Error>();
    const workers = await Promise.all([WorkQueue.open(URL_), WorkQueue.open(URL_)]);
    let running = 0;
    for (const q of workers) {
      await q.work({
        pollingSeconds: 0.5,
        handle: async (d: JobData) => { running++; try { return await runJob(d, { analyze: (raw) => analyzer.analyzeRaw(raw), store }); } finally { running--; } },
        onDone: (d, r) => done.set(d.input, r),
      });
    }
    for (let i = 0; i < 240; i++) {
      await new Promise((r) => setTimeout(r, 250));
      const p = await workers[0]!.pending();
      if (p.waiting === 0 && p.active === 0 && running === 0) break;
    }
    await Promise.all(workers.map((q) => q.close()));
    return done;
  }

  it('queues each input once while it waits, and two workers analyse them all into the store', async () => {
    const q = await WorkQueue.open(URL_);
    const inputs = files.map((input) => ({ input, kind: 'path' as const }));
    expect(await q.add(inputs, { published: '2017-03-29' })).toEqual({ queued: 4, waiting: 0 });
    expect(await q.add(inputs.slice(0, 2))).toEqual({ queued: 0, waiting: 2 });
    expect((await q.status()).states).toEqual({ created: 4 });
    await q.close();

    const done = await drain();
    expect(done.size).toBe(4);
    const seed = done.get(join(dir, 'seed.txt')) as JobResult;
    expect(seed).toMatchObject({ articles: 1, inserted: 1, failures: [] });
    expect(seed.events).toBeGreaterThan(5);
    expect((done.get(join(dir, 'empty.txt')) as Error).message).toBe('empty input');
    expect((await store.stats()).articles).toBe(3);
    // The seed's quotes, with Putin among the speakers, are in the shared store.
    expect((await store.quotes({ speaker: 'Putin' })).items.length).toBeGreaterThan(0);

    const s = await statusOf();
    expect(s.states).toEqual({ completed: 3, failed: 1 });
    expect(s.articles).toBe(3);
    expect(s.failures).toEqual([expect.objectContaining({ input: join(dir, 'empty.txt'), error: 'empty input' })]);
  }, 120_000);

  it('stores nothing twice when an input is queued and analysed again', async () => {
    const q = await WorkQueue.open(URL_);
    expect(await q.add([{ input: files[2]!, kind: 'path' }], { published: '2017-03-29' })).toEqual({ queued: 1, waiting: 0 });
    await q.close();
    const done = await drain();
    expect(done.get(files[2]!)).toMatchObject({ articles: 1, inserted: 0, unchanged: 1 });
    expect((await store.stats()).articles).toBe(3);
  }, 120_000);

  it('fails a URL it may not fetch with the reason, without retrying when told not to', async () => {
    const q = await WorkQueue.open(URL_);
    await q.add([{ input: 'http://127.0.0.1:9/story', kind: 'url' }], { urlRetries: 0 });
    await q.close();
    const done = await drain();
    expect((done.get('http://127.0.0.1:9/story') as Error).message).toMatch(/private|loopback/);
    const s = await statusOf();
    expect(s.states.failed).toBe(2);
    expect(s.failures[0]).toMatchObject({ input: 'http://127.0.0.1:9/story' });
  }, 120_000);

  it('puts failed inputs back in the queue when asked, and they are tried again', async () => {
    // The empty file has been written to since: tried again, it is stored.
    writeFileSync(join(dir, 'empty.txt'), 'Russia and Iran held talks in Moscow on Tuesday, the Kremlin said.\n');
    const q = await WorkQueue.open(URL_);
    expect(await q.retryFailed()).toBe(2);
    expect((await q.pending()).waiting).toBe(2);
    await q.close();
    const done = await drain();
    expect(done.get(join(dir, 'empty.txt'))).toMatchObject({ articles: 1, inserted: 1 });
    expect(done.get('http://127.0.0.1:9/story')).toBeInstanceOf(Error);
    expect((await statusOf()).states).toMatchObject({ completed: 5, failed: 1 });
  }, 120_000);

  /**
   * A worker process that takes one job and hangs on it, killed outright (SIGKILL) once it
   * has: as a worker dies when it runs out of memory or its machine goes away.
   */
  async function killedHoldingAJob(): Promise<void> {
    const script = join(dir, 'hang.mts');
    writeFileSync(script, `import { WorkQueue } from ${JSON.stringify(resolve('src/queue/index.ts'))};
const q = await WorkQueue.open(process.argv[2]);
await q.work({ staleSeconds: 2, pollingSeconds: 0.2, handle: () => { process.stdout.write('taken\\n'); return new Promise(() => {}); } });
`);
    const child = spawn(process.execPath, ['--import', 'tsx', script, URL_], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((ok, fail) => {
      child.stdout.on('data', (b: Buffer) => { if (b.toString().includes('taken')) ok(); });
      child.on('exit', (code) => fail(new Error(`the hanging worker exited (${code}) before taking a job`)));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
  }

  /** A worker that takes back the jobs of workers silent for 2 s, until the queue is idle; what it took back and did. */
  async function recover(maxLost: number) {
    const q = await WorkQueue.open(URL_);
    const lost: { input: string; requeued: boolean; times: number }[] = [];
    const done = new Map<string, JobResult | Error>();
    await q.work({
      staleSeconds: 2, maxLost, pollingSeconds: 0.2,
      handle: (d: JobData) => runJob(d, { analyze: (raw) => analyzer.analyzeRaw(raw), store }),
      onDone: (d, r) => done.set(d.input, r),
      onLost: (j) => lost.push({ input: j.input, requeued: j.requeued, times: j.times }),
    });
    for (let i = 0; i < 120; i++) {
      await new Promise((r) => setTimeout(r, 250));
      const p = await q.pending();
      if (lost.length > 0 && p.waiting === 0 && p.active === 0) break;
    }
    await q.close();
    return { lost, done };
  }

  it('takes back the job of a worker killed while holding it, and analyses it', async () => {
    const input = join(dir, 'killed.txt');
    copyFileSync(resolve('samples/text', 'Escape_room_fire_kills_five_teen_girls_in_Koszalin__Poland.txt'), input);
    writeFileSync(input, 'Edited again. ', { flag: 'a' });
    const q = await WorkQueue.open(URL_);
    await q.add([{ input, kind: 'path' }]);
    await q.close();
    await killedHoldingAJob();
    // The dead worker's job is still "running" as far as pg-boss knows.
    expect((await statusOf()).states.active).toBe(1);
    const { lost, done } = await recover(2);
    expect(lost).toEqual([{ input, requeued: true, times: 1 }]);
    expect(done.get(input)).toMatchObject({ articles: 1, inserted: 1 });
    expect((await statusOf()).states).toMatchObject({ completed: 6, failed: 1 });
    expect((await statusOf()).states.active).toBeUndefined();
  }, 120_000);

  it('fails an input whose workers keep dying, with the reason, instead of queueing it forever', async () => {
    const input = join(dir, 'deadly.txt');
    writeFileSync(input, 'Iran and Turkey signed a trade accord in Ankara on Monday, officials said.\n');
    const q = await WorkQueue.open(URL_);
    await q.add([{ input, kind: 'path' }]);
    await q.close();
    await killedHoldingAJob();
    const { lost, done } = await recover(0);
    expect(lost).toEqual([{ input, requeued: false, times: 1 }]);
    expect(done.has(input)).toBe(false);
    const s = await statusOf();
    expect(s.states.failed).toBe(2);
    expect(s.failures[0]).toMatchObject({ input, error: expect.stringMatching(/workers analysing it stopped 1 times/) });
  }, 120_000);
});
