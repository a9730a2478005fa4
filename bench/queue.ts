/**
 * Scale-out: 2,000 Reuters-21578 articles, one file each, analysed into PostgreSQL by
 * `dateline queue work` (1 process, one per core, and 1 process with a thread per core) taking jobs from the queue, against
 * the peer in the same run: one `dateline analyze` of the same folder into PostgreSQL, which
 * uses worker threads on every core. Wall time from start to the last process's exit, each
 * run into a fresh database. (The files are written to a temporary folder and removed.)
 * usage: npx tsx bench/queue.ts [--articles N]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { readAll, type BenchResult } from './reuters.js';

const ADMIN_URL = process.env.DATELINE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const CLI = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));

async function freshDb(name: string): Promise<string> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  return ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
}

function cli(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (code) => (code === 0 ? resolve(code) : reject(new Error(`dateline ${args.join(' ')}: exit ${code}: ${err.slice(-500)}`))));
  });
}

async function articlesIn(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const n = Number((await c.query('SELECT count(*) AS n FROM dl_articles')).rows[0].n);
  await c.end();
  return n;
}

export async function run(articles = 2000): Promise<BenchResult[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'dateline-bench-queue-'));
  const dir = join(tmp, 'articles');
  mkdirSync(dir);
  try {
    const raws = readAll(Infinity).raws.filter((r) => r.text.trim().length >= 200).slice(0, articles);
    raws.forEach((r, k) => writeFileSync(join(dir, `${String(k).padStart(5, '0')}.txt`), (r.meta.title ? r.meta.title + '\n\n' : '') + r.text));
    const n = raws.length;
    const cores = cpus().length;
    const out: BenchResult[] = [];

    const peerUrl = await freshDb('dateline_bench_peer');
    let t = performance.now();
    await cli(['analyze', dir, '--db', peerUrl, '--format', 'summary', '--no-progress']);
    const peerSecs = (performance.now() - t) / 1000;
    const peerStored = await articlesIn(peerUrl);
    const peerRate = peerStored / peerSecs;
    console.log(`${n} files (${peerStored} distinct articles)`);
    console.log(`peer: dateline analyze (threads on ${cores} cores) → PostgreSQL: ${peerStored} articles in ${peerSecs.toFixed(1)}s, ${peerRate.toFixed(1)} articles/s`);

    // Processes of one thread each (1, then one per core), and one process with a thread per core.
    const runs = [...new Set([1, cores])].map((p) => ({ processes: p, threads: 0 })).concat(cores > 1 ? [{ processes: 1, threads: cores }] : []);
    for (const { processes, threads } of runs) {
      const url = await freshDb(`dateline_bench_queue_${processes}_${threads}`);
      await cli(['queue', 'add', dir, '--db', url]);
      t = performance.now();
      await Promise.all(Array.from({ length: processes }, () => cli(['queue', 'work', '--db', url, '--until-empty', '--no-progress', '--workers', String(threads)])));
      const secs = (performance.now() - t) / 1000;
      const stored = await articlesIn(url);
      const rate = stored / secs;
      const label = `${processes} process${processes > 1 ? 'es' : ''} × ${threads || 1} thread${threads > 1 ? 's' : ''}`;
      console.log(`queue work, ${label}: ${stored} articles in ${secs.toFixed(1)}s, ${rate.toFixed(1)} articles/s (${(rate / peerRate).toFixed(2)}x the peer)`);
      out.push({ name: `queue ${label}`, articles: stored, seconds: Number(secs.toFixed(2)), articlesPerSecond: Number(rate.toFixed(1)), peerArticlesPerSecond: Number(peerRate.toFixed(1)), ratio: Number((rate / peerRate).toFixed(3)) });
    }
    return out;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const i = process.argv.indexOf('--articles');
  await run(i >= 0 ? Number(process.argv[i + 1]) : undefined);
}
