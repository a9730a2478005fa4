/**
 * The dashboard and API over a large store: 20,000 articles (Wikinews texts, CC BY 2.5,
 * in variants with country names permuted and dates spread over two years, layers marked
 * by the test fixture annotator) in a fresh SQLite file, served on loopback.
 * Measures: time to first paint and first contentful paint of the dashboard in headless
 * Chromium (Performance Paint Timing), the time until its event table is filled, and the
 * latency of filtered event queries (a bounded request count, sequential, over HTTP).
 * Targets: first paint < 1 s, API p95 < 100 ms.
 * usage: npx tsx bench/server.ts [--articles N] [--requests N] [--keep PATH.db]
 * (--keep writes the store to PATH.db, a new file, and leaves it for `dateline serve --db`.)
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWeb } from '../scripts/build-web.js';
import type { ArticleRecord } from '../src/document/schema.js';
import { startServer } from '../src/server/index.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { hasChromium, launch } from '../test/e2e/browser.js';
import { annotate, shiftCountries, wikinewsArticles } from '../test/e2e/records.js';

export interface BenchResult { name: string; [k: string]: number | string }

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
}
const r1 = (x: number) => Math.round(x * 10) / 10;

function addDays(iso: string, d: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + d);
  return t.toISOString().slice(0, 10);
}

/** The filtered event queries a dashboard user makes (each cycled through). */
const QUERIES = [
  'actor=RUS', 'actor=USAGOV', 'actor=IRN&cameo=04', 'cameo=19', 'cameo=057', 'plover=CONSULT', 'plover=ASSAULT&since=2019-06-01',
  'since=2019-03-01&until=2019-03-31', 'place=SYR', 'place=Iran&until=2019-12-31', 'actor=CHN&since=2020-01-01', 'quadClass=4&actor=SYR',
  'actor=TUR&expand=evidence&limit=100', 'expand=evidence&limit=100', 'cameo=1&plover=ACCUSE&expand=evidence&limit=100',
];

export async function run(opts: { articles?: number; requests?: number; keepDb?: string } = {}): Promise<BenchResult[]> {
  const nArticles = opts.articles ?? 20_000;
  const nRequests = opts.requests ?? 600;
  const results: BenchResult[] = [];
  const tmp = mkdtempSync(join(tmpdir(), 'dateline-bench-server-'));
  if (opts.keepDb && existsSync(opts.keepDb)) throw new Error(`${opts.keepDb} exists: --keep writes a new store`);
  const dbPath = opts.keepDb ?? join(tmp, 'bench.db');
  const store = openSqliteStore(dbPath);
  try {
    // 1. Fill the store.
    const texts = wikinewsArticles();
    const t0 = performance.now();
    let batch: ArticleRecord[] = [];
    let events = 0;
    for (let i = 0; i < nArticles; i++) {
      const a = texts[i % texts.length]!;
      const variant = Math.floor(i / texts.length);
      const rec = annotate({
        text: shiftCountries(a.text, variant), title: variant ? `${a.title} [variant ${variant}]` : a.title,
        published: addDays(a.date, (variant * 37) % 365), source: { format: 'text', url: `${a.url}#v${variant}` },
        idSalt: String(variant), dense: true,
      });
      events += rec.events.length;
      batch.push(rec);
      if (batch.length === 500) { await store.put(batch); batch = []; }
    }
    await store.put(batch);
    const fillMs = performance.now() - t0;
    results.push({ name: 'store', articles: nArticles, events, fill_s: r1(fillMs / 1000), db_mb: r1(statSync(dbPath).size / 1048576) });

    await buildWeb();
    const t1 = performance.now();
    const server = await startServer({ store, port: 0 });
    results.push({ name: 'server_start', ms: r1(performance.now() - t1), note: 'includes warming stats, actors and the unfiltered event summary' });
    try {
      // 2. API latency over loopback, sequential, bounded.
      const base = server.url.replace(/\/$/, '');
      for (let i = 0; i < QUERIES.length; i++) await (await fetch(`${base}/api/events?${QUERIES[i]}`)).arrayBuffer(); // warm-up
      const times: number[] = [];
      const byQuery = new Map<string, number[]>();
      let bad = 0;
      for (let i = 0; i < nRequests; i++) {
        const q = QUERIES[i % QUERIES.length]!;
        const t = performance.now();
        const res = await fetch(`${base}/api/events?${q}`);
        await res.arrayBuffer();
        const ms = performance.now() - t;
        if (res.status !== 200) bad++;
        times.push(ms);
        byQuery.set(q, [...(byQuery.get(q) ?? []), ms]);
      }
      results.push({ name: 'api_events', requests: nRequests, non_200: bad, p50_ms: r1(percentile(times, 50)), p95_ms: r1(percentile(times, 95)), max_ms: r1(Math.max(...times)) });
      for (const [q, ts] of byQuery) results.push({ name: `api_events?${q}`, p50_ms: r1(percentile(ts, 50)), p95_ms: r1(percentile(ts, 95)) });
      // Chart aggregates: first call of a filter computes (pages through every matching event), repeats are cached.
      for (const q of ['', 'actor=RUS', 'cameo=19', 'since=2019-06-01&until=2019-12-31', 'actor=IRN&cameo=04']) {
        const t = performance.now();
        const body = await (await fetch(`${base}/api/events/summary${q ? '?' + q : ''}`)).json() as { events: number };
        const first = performance.now() - t;
        const t2 = performance.now();
        await (await fetch(`${base}/api/events/summary${q ? '?' + q : ''}`)).arrayBuffer();
        results.push({ name: `api_events_summary?${q}`, events: body.events, first_ms: r1(first), cached_ms: r1(performance.now() - t2) });
      }
      for (const path of ['/api/stats', '/api/actors?limit=200', '/api/articles?q=earthquake', '/api/articles?limit=50']) {
        const ts: number[] = [];
        for (let i = 0; i < 20; i++) { const t = performance.now(); await (await fetch(base + path)).arrayBuffer(); ts.push(performance.now() - t); }
        results.push({ name: `api${path.slice(4)}`, p50_ms: r1(percentile(ts, 50)), p95_ms: r1(percentile(ts, 95)) });
      }

      // 3. Dashboard paint timing in headless Chromium.
      if (!hasChromium()) {
        results.push({ name: 'dashboard', skipped: 'no chromium' });
      } else {
        const browser = await launch();
        try {
          const loads: { fp: number; fcp: number; table: number }[] = [];
          for (let i = 0; i < 10; i++) {
            const page = await browser.context.newPage();
            await page.goto(server.url);
            await page.waitForFunction(() => performance.getEntriesByName('dateline:events-rendered').length > 0, null, { timeout: 30_000 });
            // A string, not a function: tsx would wrap a function with helpers the page lacks.
            loads.push(await page.evaluate(`({
              fp: performance.getEntriesByName('first-paint', 'paint')[0]?.startTime ?? NaN,
              fcp: performance.getEntriesByName('first-contentful-paint', 'paint')[0]?.startTime ?? NaN,
              table: performance.getEntriesByName('dateline:events-rendered')[0].startTime,
            })`) as { fp: number; fcp: number; table: number });
            await page.close();
          }
          const col = (k: 'fp' | 'fcp' | 'table') => loads.map((l) => l[k]);
          results.push({
            name: 'dashboard', loads: loads.length,
            first_paint_cold_ms: r1(loads[0]!.fp), first_paint_median_ms: r1(percentile(col('fp'), 50)), first_paint_max_ms: r1(Math.max(...col('fp'))),
            fcp_median_ms: r1(percentile(col('fcp'), 50)),
            table_cold_ms: r1(loads[0]!.table), table_median_ms: r1(percentile(col('table'), 50)), table_max_ms: r1(Math.max(...col('table'))),
          });
        } finally {
          await browser.close();
        }
      }
    } finally {
      await server.close();
    }
  } finally {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const r of results) {
    const { name, ...rest } = r;
    console.log(`${name.padEnd(60)} ${Object.entries(rest).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  }
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : undefined; };
  const keep = process.argv.indexOf('--keep');
  await run({ articles: arg('--articles'), requests: arg('--requests'), keepDb: keep > 0 ? process.argv[keep + 1] : undefined });
}
