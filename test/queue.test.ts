import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { dateline } from './cli.js';
import { SHARED } from './shared.js';

const ADMIN_URL = process.env.DATELINE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const DB = 'dateline_queue_cli_test';
const URL_ = ADMIN_URL.replace(/\/[^/]*$/, `/${DB}`);

async function freshDatabase(): Promise<boolean> {
  const c = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try { await c.connect(); } catch { if (process.env.CI) throw new Error(`PostgreSQL is not reachable at ${ADMIN_URL}`); return false; }
  await c.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await c.query(`CREATE DATABASE ${DB}`);
  await c.end();
  return true;
}
const havePg = await freshDatabase();

describe('dateline queue', () => {
  it('needs PostgreSQL, and says so', () => {
    const r = dateline(['queue', 'status', '--db', './dateline.db']);
    expect([r.status, r.stderr]).toEqual([2, 'dateline: the queue lives in PostgreSQL: give --db postgres://… (the database the articles are stored in)\n']);
  }, 30_000);

  it.skipIf(!havePg)('queues the seed, works until the queue is empty, and reports the run', () => {
    const add = dateline(['queue', 'add', `${SHARED}/seed/sana-putin-rouhani.txt`, '--db', URL_, '--published', '2017-03-29']);
    expect([add.status, add.stderr]).toEqual([0, 'dateline: queued 1 input\n']);
    const work = dateline(['queue', 'work', '--db', URL_, '--until-empty', '--no-progress']);
    expect(work.status).toBe(0);
    expect(work.stderr).toMatch(/^dateline: queue work: taking jobs until the queue is empty\ndateline: 1 jobs \(0 failed\) in [\d.]+s; 1 articles, \d+ events; stored 1 new, 0 updated, 0 unchanged\n$/);
    const status = dateline(['queue', 'status', '--db', URL_]);
    expect(status.stdout).toBe('waiting    0\nrunning    0\ncompleted  1 (1 articles)\nfailed     0\n');
    const quotes = dateline(['quotes', '--speaker', 'Putin', '--db', URL_, '--format', 'jsonl']);
    expect(quotes.stdout.trim().split('\n').length).toBeGreaterThan(0);
  }, 120_000);
});
