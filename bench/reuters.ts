/**
 * Reuters-21578 throughput: read all 21,578 stories from SGML, analyse them with the
 * default pipeline, store them in a fresh SQLite file. Peer, same run, same texts:
 * wink-nlp's own readDoc (tokens, sentences, POS) with nothing else.
 * usage: npx tsx bench/reuters.ts [--limit N]
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createAnalyzer } from '../src/analyzer.js';
import type { ArticleRecord } from '../src/document/schema.js';
import { readSgml } from '../src/readers/sgml/index.js';
import type { RawArticle } from '../src/readers/types.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { SHARED } from '../test/shared.js';

const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

export interface BenchResult { name: string; [k: string]: number | string }

export async function run(limit = Infinity): Promise<BenchResult[]> {
  const dir = join(SHARED, 'corpora/reuters21578');
  const t0 = performance.now();
  const raws: RawArticle[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.sgm')).sort()) {
    const path = join(dir, f);
    for (const r of readSgml({ name: path, path, bytes: readFileSync(path) })) if (r.kind === 'article' && raws.length < limit) raws.push(r);
  }
  const tRead = performance.now() - t0;

  const analyzer = await createAnalyzer();
  const c1 = process.cpuUsage();
  const tmp = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  const store = openSqliteStore(join(tmp, 'bench.db'));
  const t1 = performance.now();
  let tokens = 0;
  let batch: ArticleRecord[] = [];
  for (const raw of raws) {
    const rec = analyzer.analyzeRaw(raw);
    tokens += rec.tokens ?? 0;
    batch.push(rec);
    if (batch.length >= 500) { await store.put(batch); batch = []; }
  }
  await store.put(batch);
  const tAnalyze = performance.now() - t1;
  const cpuAnalyze = cpuSeconds(process.cpuUsage(c1));
  await store.close();
  rmSync(tmp, { recursive: true, force: true });
  const rss = process.resourceUsage().maxRSS / 1024;

  // Peer: wink-nlp alone over the same texts.
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const t2 = performance.now();
  const c2 = process.cpuUsage();
  let peerTokens = 0;
  for (const raw of raws) {
    const d = nlp.readDoc(raw.text);
    d.tokens().out(nlp.its.pos);
    d.sentences().out();
    peerTokens += d.tokens().length();
  }
  const tPeer = performance.now() - t2;
  const cpuPeer = cpuSeconds(process.cpuUsage(c2));

  const total = tRead + tAnalyze;
  // Rates per CPU-second of this process: one core's throughput, robust to other load on the machine.
  const ours = raws.length / (tRead / 1000 + cpuAnalyze);
  const peer = raws.length / cpuPeer;
  const res: BenchResult = {
    name: 'reuters21578',
    articles: raws.length,
    tokens,
    read_s: +(tRead / 1000).toFixed(2),
    analyze_store_s: +(tAnalyze / 1000).toFixed(2),
    articles_per_cpu_s: Math.round(ours),
    tokens_per_cpu_s: Math.round(tokens / (tRead / 1000 + cpuAnalyze)),
    articles_per_wall_s: Math.round(raws.length / (total / 1000)),
    peak_rss_mb: Math.round(rss),
    peer: 'wink-nlp readDoc+POS only',
    peer_articles_per_cpu_s: Math.round(peer),
    peer_tokens: peerTokens,
    ratio_vs_peer: +(ours / peer).toFixed(2),
  };
  console.log(`reuters21578: ${res.articles} articles, ${res.tokens} tokens; read ${res.read_s}s, analyse+store ${res.analyze_store_s}s; ` +
    `${res.articles_per_cpu_s} articles/s and ${res.tokens_per_cpu_s} tokens/s per CPU-second (${res.articles_per_wall_s}/s wall), peak RSS ${res.peak_rss_mb} MB; ` +
    `peer (${res.peer}) ${res.peer_articles_per_cpu_s} articles/CPU-s; ratio ${res.ratio_vs_peer}`);
  return [res];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--limit');
  await run(i > 0 ? Number(process.argv[i + 1]) : Infinity);
}
