/**
 * Export: events read out of a SQLite store and written as CSV, GDELT 2.0 rows and JSON
 * lines (`exportEvents`, what `dateline events` and /api/events/export run), per CPU-second,
 * against a peer in the same run: the same rows read straight from the events table with
 * better-sqlite3 and joined into CSV lines by hand, the floor any export of this store pays.
 * The store holds the first 3,000 Reuters-21578 articles, analysed in this run (not timed).
 * usage: npx tsx bench/export.ts [--articles N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createAnalyzer } from '../src/analyzer.js';
import type { ArticleRecord } from '../src/document/schema.js';
import { exportEvents, type ExportFormat } from '../src/export/index.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { readAll, type BenchResult } from './reuters.js';

const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;
/** Each export is timed over this many passes (after a warm one): one pass takes a few hundredths of a second. */
const ROUNDS = 10;

export async function run(articles = 3000): Promise<BenchResult[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'dateline-bench-export-'));
  const path = join(tmp, 'export.db');
  const store = openSqliteStore(path);
  try {
    const analyzer = await createAnalyzer();
    let batch: ArticleRecord[] = [];
    for (const r of readAll(articles).raws) {
      batch.push(analyzer.analyzeRaw(r));
      if (batch.length >= 500) { await store.put(batch); batch = []; }
    }
    await store.put(batch);
    const out: BenchResult[] = [];

    // Peer: the events table straight through better-sqlite3, each row joined into a CSV line.
    const db = new Database(path, { readonly: true });
    const peer = () => {
      let bytes = 0;
      let rows = 0;
      for (const r of db.prepare('SELECT * FROM events ORDER BY seq').iterate() as Iterable<Record<string, unknown>>) {
        bytes += Object.values(r).map((v) => (v === null ? '' : /[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(',').length + 2;
        rows++;
      }
      return { rows, bytes };
    };
    peer(); // warm
    let c = process.cpuUsage();
    let p = peer();
    for (let i = 1; i < ROUNDS; i++) p = peer();
    const peerCpu = cpuSeconds(process.cpuUsage(c)) / ROUNDS;
    const peerRate = p.rows / peerCpu;
    console.log(`peer (better-sqlite3 SELECT * → CSV lines): ${p.rows} events in ${peerCpu.toFixed(3)} CPU-s, ${Math.round(peerRate)} events/s`);
    db.close();

    for (const format of ['csv', 'gdelt', 'jsonl'] as ExportFormat[]) {
      const once = async () => {
        let bytes = 0;
        const r = await exportEvents(store, {}, { format }, (s) => { bytes += s.length; });
        return { ...r, bytes };
      };
      await once(); // warm
      c = process.cpuUsage();
      let r = await once();
      for (let i = 1; i < ROUNDS; i++) r = await once();
      const cpu = cpuSeconds(process.cpuUsage(c)) / ROUNDS;
      const rate = r.events / cpu;
      console.log(`export ${format}: ${r.events} events of ${r.articles} articles in ${cpu.toFixed(3)} CPU-s, ${Math.round(rate)} events/s (${(rate / peerRate).toFixed(2)}x the peer), ${(r.bytes / 1e6).toFixed(1)} MB`);
      out.push({ name: `export ${format}`, events: r.events, articles: r.articles, eventsPerSecond: Math.round(rate), peerEventsPerSecond: Math.round(peerRate), ratio: Number((rate / peerRate).toFixed(3)) });
    }
    return out;
  } finally {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const i = process.argv.indexOf('--articles');
  await run(i >= 0 ? Number(process.argv[i + 1]) : undefined);
}
