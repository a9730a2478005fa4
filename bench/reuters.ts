/**
 * Reuters-21578 throughput, per CPU-second of one thread (robust to other load):
 *  foundation  read SGML + segment, layout, dates + store in SQLite (issue 2's budget)
 *  full        read SGML + every stage + store (issue 6's budget)
 *  quotes      the quote stage's own CPU time against the other stages' in the full pipeline (on dist/, as
 *              installed, when built; also on the sources under tsx). It leaves out how much the stage slows
 *              the others: what the layer adds to analyze is bench/quote-layer.ts's
 *  peer        wink-nlp's readDoc (tokens, sentences, POS) alone on the same texts
 * usage: npx tsx bench/reuters.ts [--limit N]
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createAnalyzer, defaultStages, type Analyzer } from '../src/analyzer.js';
import type { ArticleRecord } from '../src/document/schema.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import { readSgml } from '../src/readers/sgml/index.js';
import type { RawArticle } from '../src/readers/types.js';
import type { Stage } from '../src/pipeline.js';
import { datesStage } from '../src/stages/dates/index.js';
import { layoutStage } from '../src/stages/layout/index.js';
import { segmentStage } from '../src/stages/segment/index.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { SHARED } from '../test/shared.js';

export interface BenchResult { name: string; [k: string]: number | string }

export const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

/** The first `limit` Reuters-21578 articles, in file order, and the CPU time reading them took. */
export function readAll(limit: number): { raws: RawArticle[]; cpu: number } {
  const dir = join(SHARED, 'corpora/reuters21578');
  const c = process.cpuUsage();
  const raws: RawArticle[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.sgm')).sort()) {
    const path = join(dir, f);
    for (const r of readSgml({ name: path, path, bytes: readFileSync(path) })) if (r.kind === 'article' && raws.length < limit) raws.push(r);
  }
  return { raws, cpu: cpuSeconds(process.cpuUsage(c)) };
}

/** Is a source file newer than the built dist/analyzer.js (then dist/ is not what the sources say)? */
function staleDist(built: string): boolean {
  const at = statSync(built).mtimeMs;
  const newer = (dir: string): boolean => readdirSync(dir, { withFileTypes: true }).some((d) =>
    d.isDirectory() ? newer(join(dir, d.name)) : d.name.endsWith('.ts') && statSync(join(dir, d.name)).mtimeMs > at);
  const stale = newer(fileURLToPath(new URL('../src/', import.meta.url)));
  if (stale) console.error('bench: dist/ is older than src/, so the quote stage is measured on the sources only (npm run build to measure dist/)');
  return stale;
}

/** The library as installed (dist/), when it is built and not older than the sources. */
export async function installedLib(): Promise<Lib | null> {
  const distUrl = new URL('../dist/analyzer.js', import.meta.url);
  if (!existsSync(fileURLToPath(distUrl)) || staleDist(fileURLToPath(distUrl))) return null;
  return {
    ...(await import(distUrl.href) as Pick<Lib, 'createAnalyzer' | 'defaultStages'>),
    ...(await import(new URL('../dist/knowledge/index.js', import.meta.url).href) as Pick<Lib, 'loadKnowledge'>),
  };
}

export interface Lib {
  createAnalyzer: typeof createAnalyzer;
  defaultStages: typeof defaultStages;
  loadKnowledge: typeof loadKnowledge;
}

/**
 * Per-stage CPU time over passes of the full pipeline (storing in SQLite, as analyze does by
 * default, when store): the quote stage's share of the rest (median) and the ms per article of
 * each stage (that pass).
 */
async function stageShares(lib: Lib, sample: readonly RawArticle[], store = false, passes = 3): Promise<{ quoteShare: number; byStage: string }> {
  const spent = new Map<string, number>();
  const analyzer = await lib.createAnalyzer({}, timedStages(lib.defaultStages(lib.loadKnowledge()), spent));
  const runs: { quoteShare: number; byStage: string }[] = [];
  for (let k = 0; k < passes; k++) {
    spent.clear();
    const whole = await pass(analyzer, sample, store);
    const quoteCpu = spent.get('quotes') ?? 0;
    const byStage = [...spent].sort((x, y) => y[1] - x[1]).map(([n, c]) => `${n} ${(1000 * c / sample.length).toFixed(2)}ms`).join(', ');
    runs.push({ quoteShare: quoteCpu / (whole.cpu - quoteCpu), byStage });
  }
  runs.sort((x, y) => x.quoteShare - y.quoteShare);
  return runs[Math.floor(runs.length / 2)]!;
}

/** The stages, each adding its CPU time to `spent` under its name. */
export function timedStages(stages: readonly Stage[], spent: Map<string, number>): Stage[] {
  return stages.map((st) => ({
    ...st,
    run(doc: Parameters<typeof st.run>[0], o: Parameters<typeof st.run>[1]) {
      const c = process.cpuUsage();
      const out = st.run(doc, o);
      spent.set(st.name, (spent.get(st.name) ?? 0) + cpuSeconds(process.cpuUsage(c)));
      return out;
    },
  }));
}

/** Analyse (and optionally store) every article; CPU seconds and token count. */
async function pass(analyzer: Analyzer, raws: readonly RawArticle[], store: boolean): Promise<{ cpu: number; tokens: number }> {
  const tmp = store ? mkdtempSync(join(tmpdir(), 'dateline-bench-')) : null;
  const db = tmp ? openSqliteStore(join(tmp, 'bench.db')) : null;
  const c = process.cpuUsage();
  let tokens = 0;
  let batch: ArticleRecord[] = [];
  for (const raw of raws) {
    const rec = analyzer.analyzeRaw(raw);
    tokens += rec.tokens ?? 0;
    if (db) {
      batch.push(rec);
      if (batch.length >= 500) { await db.put(batch); batch = []; }
    }
  }
  if (db) await db.put(batch);
  const cpu = cpuSeconds(process.cpuUsage(c));
  await db?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  return { cpu, tokens };
}

export async function run(limit = Infinity, quoteSample = 3000): Promise<BenchResult[]> {
  const { raws, cpu: readCpu } = readAll(limit);
  const perArticle = (cpu: number) => raws.length / cpu;

  const foundation = await createAnalyzer({}, [segmentStage, layoutStage, datesStage]);
  const f = await pass(foundation, raws, true);

  const kc = process.cpuUsage();
  const knowledge = loadKnowledge();
  const loadCpu = cpuSeconds(process.cpuUsage(kc));
  const stages = defaultStages(knowledge);
  const full = await createAnalyzer({}, stages);
  const a = await pass(full, raws, true);
  const rss = process.resourceUsage().maxRSS / 1024;

  // Per-stage CPU time inside passes of the full pipeline: each stage's share, and the quote
  // stage's own time against the rest of analyze (everything else it runs), the median of three
  // passes (what it adds to analyze, slowing the others too, is bench/quote-layer.ts's). Measured on the sources as tsx runs them, and on dist/ (what the installed
  // command runs) when it is built: tsx keeps function names by wrapping every closure, a
  // cost the compiled code does not pay.
  const sample = raws.slice(0, quoteSample);
  const src = await stageShares({ createAnalyzer, defaultStages, loadKnowledge }, sample);
  const distLib = await installedLib();
  const dist = distLib ? await stageShares(distLib, sample) : null;
  const stored = await stageShares(distLib ?? { createAnalyzer, defaultStages, loadKnowledge }, sample, true);
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const pc = process.cpuUsage();
  for (const raw of raws) {
    const d = nlp.readDoc(raw.text);
    d.tokens().out(nlp.its.pos);
    d.sentences().out();
  }
  const peerCpu = cpuSeconds(process.cpuUsage(pc));

  const res: BenchResult = {
    name: 'reuters21578',
    articles: raws.length,
    tokens: a.tokens,
    read_cpu_s: +readCpu.toFixed(2),
    foundation_articles_per_cpu_s: Math.round(perArticle(readCpu + f.cpu)),
    foundation_tokens_per_cpu_s: Math.round(f.tokens / (readCpu + f.cpu)),
    knowledge_load_cpu_s: +loadCpu.toFixed(2),
    full_articles_per_cpu_s: Math.round(perArticle(readCpu + a.cpu)),
    full_tokens_per_cpu_s: Math.round(a.tokens / (readCpu + a.cpu)),
    peak_rss_mb: Math.round(rss),
    quote_stage_own_share: +(dist ?? src).quoteShare.toFixed(3),
    quote_stage_measured_on: dist ? 'dist' : 'src (tsx)',
    quote_stage_own_share_src: +src.quoteShare.toFixed(3),
    quote_stage_own_share_with_store: +stored.quoteShare.toFixed(3),
    per_stage_ms: (dist ?? src).byStage,
    peer: 'wink-nlp readDoc + POS, nothing else',
    peer_articles_per_cpu_s: Math.round(perArticle(peerCpu)),
    foundation_vs_peer: +((readCpu + f.cpu > 0 ? perArticle(readCpu + f.cpu) : 0) / perArticle(peerCpu)).toFixed(2),
    full_vs_peer: +(perArticle(readCpu + a.cpu) / perArticle(peerCpu)).toFixed(2),
  };
  console.log(`reuters21578: ${res.articles} articles, ${res.tokens} tokens, per CPU-second of one thread:
  foundation (read, segment, layout, dates, store): ${res.foundation_articles_per_cpu_s} articles/s, ${res.foundation_tokens_per_cpu_s} tokens/s
  full pipeline (+ entities, actors, coref, places, quotes, events, store): ${res.full_articles_per_cpu_s} articles/s, ${res.full_tokens_per_cpu_s} tokens/s; knowledge loads in ${res.knowledge_load_cpu_s}s
  per article by stage (${sample.length} articles): ${res.per_stage_ms}
  the quote stage's own time is ${(100 * (res.quote_stage_own_share as number)).toFixed(1)}% of the rest of analyze, ${(100 * stored.quoteShare).toFixed(1)}% with analyze's default SQLite store (${dist ? `compiled dist/, as installed; ${(100 * src.quoteShare).toFixed(1)}% on the sources under tsx` : 'sources under tsx: npm run build to measure dist/'}; median of 3 passes)
  peer (${res.peer}): ${res.peer_articles_per_cpu_s} articles/s; foundation ${res.foundation_vs_peer}x, full ${res.full_vs_peer}x the peer
  peak RSS ${res.peak_rss_mb} MB`);
  return [res];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--limit');
  await run(i > 0 ? Number(process.argv[i + 1]) : Infinity);
}
