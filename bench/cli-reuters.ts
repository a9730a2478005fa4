/**
 * The installed command end to end on all of Reuters-21578, as a user runs it:
 * `dateline analyze reuters21578/ --db FILE`, with worker threads on every core,
 * wall-clock time. Needs `npm run build` first (uses dist/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED } from '../test/shared.js';
import type { BenchResult } from './reuters.js';

export async function run(): Promise<BenchResult[]> {
  const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
  if (!existsSync(main)) throw new Error('dist/ is missing: run npm run build first');
  const tmp = mkdtempSync(join(tmpdir(), 'dateline-clibench-'));
  const out: BenchResult[] = [];
  for (const workers of [1, availableParallelism()]) {
    const db = join(tmp, `w${workers}.db`);
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, main, 'analyze', join(SHARED, 'corpora/reuters21578'), '--db', db, '--workers', String(workers), '--no-progress', '--format', 'jsonl'],
      { encoding: 'utf8', maxBuffer: 1 << 30 });
    const secs = (performance.now() - t0) / 1000;
    const summary = r.stderr.split('\n').find((l) => l.startsWith('dateline: 2')) ?? '';
    const articles = Number(/(\d+) articles/.exec(summary)?.[1] ?? 0);
    const rssKb = Number(r.stderr.trim().split('\n').pop());
    const res: BenchResult = { name: `cli-reuters-${workers}w`, workers, articles, seconds: +secs.toFixed(1), articles_per_s: Math.round(articles / secs), peak_rss_mb_main: Math.round(rssKb / 1024) };
    console.log(`dateline analyze reuters21578 --workers ${workers}: ${articles} articles in ${res.seconds}s wall = ${res.articles_per_s} articles/s (${availableParallelism()} cores), peak RSS of the main process ${res.peak_rss_mb_main} MB`);
    out.push(res);
  }
  rmSync(tmp, { recursive: true, force: true });
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
