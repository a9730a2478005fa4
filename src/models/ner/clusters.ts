/**
 * Distributional word clusters and capitalisation statistics computed from raw text.
 * Each frequent word gets a vector of positive PMI with its neighbours (±1, ±2, over the
 * most frequent lower-cased words and a few word classes), randomly projected to a dense
 * vector; spherical k-means then groups the vectors at several granularities. A cheap,
 * deterministic stand-in for Brown clusters.
 */
import { gaussian, mulberry32 } from './rng.js';

export interface ClusterOptions {
  readonly vocabSize: number;
  readonly minCount: number;
  readonly contextWords: number;
  readonly dims: number;
  readonly ks: readonly number[];
  readonly iterations: number;
  readonly seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  vocabSize: 50000, minCount: 3, contextWords: 800, dims: 160, ks: [64, 256, 1024], iterations: 15, seed: 20031,
};

export interface WordStats {
  /** Case-sensitive word → cluster id at each granularity of options.ks. */
  readonly clusters: Map<string, number[]>;
  /** Lower-cased word → [capitalised mid-sentence count, lower-case count]. */
  readonly caps: Map<string, [number, number]>;
  readonly ks: readonly number[];
}

function isAllCaps(s: string[]): boolean {
  let letters = 0;
  for (const t of s) { if (/[a-z]/.test(t)) return false; if (/[A-Z]/.test(t)) letters++; }
  return letters > 1;
}

export function computeWordStats(sentences: () => Iterable<string[]>, opt: ClusterOptions = DEFAULT_CLUSTER_OPTIONS, log: (m: string) => void = () => {}): WordStats {
  const freq = new Map<string, number>();
  const lowFreq = new Map<string, number>();
  const caps = new Map<string, [number, number]>();
  for (const s of sentences()) {
    const upper = isAllCaps(s);
    for (let i = 0; i < s.length; i++) {
      const w = s[i]!;
      freq.set(w, (freq.get(w) ?? 0) + 1);
      const lw = w.toLowerCase();
      lowFreq.set(lw, (lowFreq.get(lw) ?? 0) + 1);
      if (!upper && i > 0 && /^\p{L}/u.test(w) && !/^["'`(:“‘-]/.test(s[i - 1]!)) {
        const e = caps.get(lw) ?? [0, 0];
        if (/^\p{Lu}/u.test(w)) e[0]++; else if (/^\p{Ll}/u.test(w)) e[1]++;
        caps.set(lw, e);
      }
    }
  }
  const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const vocab = [...freq].filter(([, c]) => c >= opt.minCount).sort(byCount).slice(0, opt.vocabSize).map(([w]) => w);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const ctxWords = [...lowFreq].sort(byCount).slice(0, opt.contextWords).map(([w]) => w);
  const cid = new Map(ctxWords.map((w, i) => [w, i]));
  const K = opt.contextWords + 4;
  const C = 4 * K;
  const V = vocab.length;
  log(`vocab ${V}, contexts ${C}`);
  const ctxClass = (w: string | undefined): number => {
    if (w === undefined) return opt.contextWords + 3;
    const c = cid.get(w.toLowerCase());
    if (c !== undefined) return c;
    if (/^\p{Lu}/u.test(w)) return opt.contextWords;
    if (/\p{N}/u.test(w)) return opt.contextWords + 1;
    return opt.contextWords + 2;
  };
  const counts = new Uint16Array(V * C);
  const offs = [-2, -1, 1, 2];
  for (const s of sentences()) {
    for (let i = 0; i < s.length; i++) {
      const v = vid.get(s[i]!);
      if (v === undefined) continue;
      for (let p = 0; p < 4; p++) {
        const j = i + offs[p]!;
        const c = p * K + ctxClass(j < 0 || j >= s.length ? undefined : s[j]);
        const at = v * C + c;
        if (counts[at]! < 65535) counts[at]!++;
      }
    }
  }
  // PPMI with context-distribution smoothing (alpha 0.75).
  const rowSum = new Float64Array(V);
  const colSum = new Float64Array(C);
  for (let v = 0; v < V; v++) for (let c = 0; c < C; c++) { const n = counts[v * C + c]!; if (n) { rowSum[v]! += n; colSum[c]! += n; } }
  let colTot = 0;
  const colP = new Float64Array(C);
  for (let c = 0; c < C; c++) { colP[c] = Math.pow(colSum[c]!, 0.75); colTot += colP[c]!; }
  const rand = mulberry32(opt.seed);
  const D = opt.dims;
  const R = new Float32Array(C * D);
  for (let i = 0; i < R.length; i++) R[i] = gaussian(rand);
  const X = new Float32Array(V * D);
  for (let v = 0; v < V; v++) {
    const base = v * D;
    for (let c = 0; c < C; c++) {
      const n = counts[v * C + c]!;
      if (!n) continue;
      const pmi = Math.log((n / rowSum[v]!) / (colP[c]! / colTot));
      if (pmi <= 0) continue;
      const r = c * D;
      for (let d = 0; d < D; d++) X[base + d]! += pmi * R[r + d]!;
    }
    let norm = 0;
    for (let d = 0; d < D; d++) norm += X[base + d]! * X[base + d]!;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) X[base + d]! /= norm;
  }
  log('vectors done');
  // Hierarchical: the first granularity is a flat k-means; each later one splits every
  // cluster of the one before into ks[i]/ks[i-1] parts (Brown-like nested clusters).
  const assignments: Int32Array[] = [];
  for (let level = 0; level < opt.ks.length; level++) {
    const k = opt.ks[level]!;
    if (level === 0) assignments.push(sphericalKMeans(X, V, D, k, opt.iterations, mulberry32(opt.seed + k)));
    else {
      const parent = assignments[level - 1]!;
      const parts = Math.round(k / opt.ks[level - 1]!);
      const child = new Int32Array(V);
      for (let pc = 0; pc < opt.ks[level - 1]!; pc++) {
        const members: number[] = [];
        for (let v = 0; v < V; v++) if (parent[v] === pc) members.push(v);
        if (!members.length) continue;
        const sub = new Float32Array(members.length * D);
        members.forEach((v, i) => sub.set(X.subarray(v * D, v * D + D), i * D));
        const a = sphericalKMeans(sub, members.length, D, Math.min(parts, members.length), opt.iterations, mulberry32(opt.seed + k + pc));
        members.forEach((v, i) => { child[v] = pc * parts + a[i]!; });
      }
      assignments.push(child);
    }
    log(`k=${k} done`);
  }
  const clusters = new Map<string, number[]>();
  for (let v = 0; v < V; v++) clusters.set(vocab[v]!, assignments.map((a) => a[v]!));
  const capsOut = new Map<string, [number, number]>();
  for (const [w, e] of caps) if (e[0] + e[1] >= 2) capsOut.set(w, e);
  return { clusters, caps: capsOut, ks: opt.ks };
}

/** Spherical k-means on unit rows of X (V × D); rows seeded from the first 4k words in a fixed shuffle. */
function sphericalKMeans(X: Float32Array, V: number, D: number, k: number, iterations: number, rand: () => number): Int32Array {
  const cent = new Float32Array(k * D);
  // Seed centroids among the more frequent words (rows are frequency-ordered).
  const pool = Math.min(V, Math.max(k * 4, 4000));
  if (pool < k) throw new Error(`k-means: ${k} clusters for ${V} rows`);
  const order = Array.from({ length: pool }, (_, i) => i);
  for (let i = pool - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
  for (let c = 0; c < k; c++) cent.set(X.subarray(order[c]! * D, order[c]! * D + D), c * D);
  const assign = new Int32Array(V);
  for (let it = 0; it < iterations; it++) {
    for (let v = 0; v < V; v++) {
      const b = v * D;
      let best = 0, bestS = -Infinity;
      for (let c = 0; c < k; c++) {
        const cb = c * D;
        let s = 0;
        for (let d = 0; d < D; d++) s += X[b + d]! * cent[cb + d]!;
        if (s > bestS) { bestS = s; best = c; }
      }
      assign[v] = best;
    }
    cent.fill(0);
    for (let v = 0; v < V; v++) { const cb = assign[v]! * D, b = v * D; for (let d = 0; d < D; d++) cent[cb + d]! += X[b + d]!; }
    for (let c = 0; c < k; c++) {
      const cb = c * D;
      let n = 0;
      for (let d = 0; d < D; d++) n += cent[cb + d]! * cent[cb + d]!;
      n = Math.sqrt(n);
      if (n === 0) { const r = Math.floor(rand() * V); cent.set(X.subarray(r * D, r * D + D), cb); continue; }
      for (let d = 0; d < D; d++) cent[cb + d]! /= n;
    }
  }
  return assign;
}
