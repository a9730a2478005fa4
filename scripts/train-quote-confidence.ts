/**
 * Train the quote stage's confidence filter (src/stages/quotes/confidence.ts) and write
 * data/quotes/confidence.json: feature names, logistic-regression weights, threshold.
 *
 * The tagger was fitted on PolNeAR train, so its output there is better than on new text.
 * The filter learns from out-of-fold output instead: train is cut into K folds (by article),
 * a tagger is trained on the other folds (scripts/train-quotes.ts) and the quote stage run
 * on each held-out fold; each predicted attribution is labelled right or wrong as
 * eval/quotes.ts scores it, and as content or not (its content overlaps an annotated one).
 * The regression predicts the latter (--target). The threshold is the one that maximises attribution F1 on the
 * held-out folds, with the regression itself fitted without the fold it scores.
 * Only the train split is read (and dev with --report, which prints but chooses nothing).
 * Usage: npx tsx scripts/train-quote-confidence.ts [--work DIR] [--folds K] [--train DIR] [--out FILE] [--l2 X] [--target content|attribution] [--report DIR]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc, layer } from '../src/document/document.js';
import { segmentStage } from '../src/stages/segment/index.js';
import { extractQuotes, type QuoteResources, type QuoteTrace } from '../src/stages/quotes/index.js';
import { confidenceFeatures, FEATURE_NAMES, KEPT, NFEATURES, perSentence } from '../src/stages/quotes/confidence.js';
import { DATA_DIR, loadCategories, loadCues, loadTitles } from '../src/stages/quotes/lexicon.js';
import { loadModel } from '../src/stages/quotes/tagger.js';
import { loadSplit } from '../eval/polnear/load.js';
import { matchAttributions } from '../eval/quotes.js';
import { SHARED } from '../test/shared.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : dflt;
};
const TRAIN = resolve(opt('--train', `${SHARED}/corpora/polnear/train`));
const WORK = resolve(opt('--work', '/tmp/quote-confidence'));
const K = Number(opt('--folds', '5'));
const OUT = opt('--out', DATA_DIR + 'confidence.json');
const L2 = Number(opt('--l2', '1'));
const REPORT = opt('--report', '');
/**
 * What the regression predicts: that the content overlaps some annotated content (the
 * default), or that the attribution is right (content and source; dev showed that dropping
 * by it costs content recall more than it brings attribution precision).
 */
const TARGET = opt('--target', 'content');
const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Rows {
  x: Float64Array[];
  y: number[];
  /** 1 when the content overlaps some gold content (right or wrong source). */
  c: number[];
  fold: number[];
  gold: number;
  /** Attributions of the KEPT steps (never dropped), and how many of them are right. */
  keptN: number;
  kept: number;
}

/** Fold k: symlinks to the other folds' articles (k/train) and to its own (k/held). */
function makeFolds(): void {
  const names = readdirSync(join(TRAIN, 'text')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  const foldOf = new Map(names.map((n, i) => [n, i % K]));
  const anns = readdirSync(join(TRAIN, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  for (let k = 0; k < K; k++) {
    if (existsSync(join(WORK, String(k), 'held'))) continue;
    for (const part of ['train', 'held']) for (const sub of ['text', 'attributions']) mkdirSync(join(WORK, String(k), part, sub), { recursive: true });
    for (const n of names) symlinkSync(join(TRAIN, 'text', `${n}.txt`), join(WORK, String(k), foldOf.get(n) === k ? 'held' : 'train', 'text', `${n}.txt`));
    for (const a of anns) {
      const m = /^(.*)_[0-9a-f]+\.ann$/.exec(a);
      if (!m || !foldOf.has(m[1]!)) continue;
      symlinkSync(join(TRAIN, 'attributions', a), join(WORK, String(k), foldOf.get(m[1]!) === k ? 'held' : 'train', 'attributions', a));
    }
  }
}

/** Features and labels of every attribution the quote stage predicts on dir's articles. */
function collect(dir: string, res: QuoteResources, fold: number, rows: Rows): void {
  for (const art of loadSplit(dir)) {
    const doc = segmentStage.run(createDoc(art.text, { source: { format: 'text' }, headlineInText: true }), {});
    const trace: QuoteTrace = { atts: [] };
    const quotes = extractQuotes(doc, res, trace);
    const right = new Set<number>();
    matchAttributions(quotes, art.attributions, right);
    rows.gold += art.attributions.length;
    const ctx = trace.ctx!;
    const same = perSentence(ctx, trace.raws!);
    trace.atts.forEach((a, i) => {
      const step = trace.steps!.get(a) ?? 'tagger';
      if (KEPT.has(step)) {
        // Never dropped: counted right or wrong in the F1 the threshold is chosen by, not fitted.
        rows.kept += right.has(i) ? 1 : 0;
        rows.keptN++;
        return;
      }
      rows.x.push(confidenceFeatures(ctx, a, step, same.get(ctx.sent[a.content.first]!)!));
      rows.y.push(right.has(i) ? 1 : 0);
      const q = quotes[i]!.content;
      rows.c.push(art.attributions.some((g) => g.content.some((f) => f.start < q.end && q.start < f.end)) ? 1 : 0);
      rows.fold.push(fold);
    });
  }
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (w: Float64Array, x: Float64Array) => {
  let z = 0;
  for (let k = 0; k < x.length; k++) z += w[k]! * x[k]!;
  return z;
};

/** L2-regularised logistic regression by Newton's method (the bias unpenalised). */
function fit(x: readonly Float64Array[], y: readonly number[]): Float64Array {
  const d = NFEATURES;
  const w = new Float64Array(d);
  for (let it = 0; it < 25; it++) {
    const g = new Float64Array(d);
    const h = new Float64Array(d * d);
    for (let n = 0; n < x.length; n++) {
      const xn = x[n]!;
      const p = sigmoid(dot(w, xn));
      const r = p * (1 - p);
      for (let a = 0; a < d; a++) {
        if (xn[a] === 0) continue;
        g[a]! += (p - y[n]!) * xn[a]!;
        for (let b = 0; b < d; b++) if (xn[b] !== 0) h[a * d + b]! += r * xn[a]! * xn[b]!;
      }
    }
    for (let a = 1; a < d; a++) {
      g[a]! += L2 * w[a]!;
      h[a * d + a]! += L2;
    }
    h[0]! += 1e-6;
    const step = solve(h, g, d);
    let change = 0;
    for (let a = 0; a < d; a++) {
      w[a]! -= step[a]!;
      change = Math.max(change, Math.abs(step[a]!));
    }
    if (change < 1e-6) break;
  }
  return w;
}

/** Solve h·s = g (h symmetric positive definite) by Gaussian elimination with pivoting. */
function solve(h: Float64Array, g: Float64Array, d: number): Float64Array {
  const m = Float64Array.from(h);
  const v = Float64Array.from(g);
  for (let c = 0; c < d; c++) {
    let piv = c;
    for (let r = c + 1; r < d; r++) if (Math.abs(m[r * d + c]!) > Math.abs(m[piv * d + c]!)) piv = r;
    if (piv !== c) {
      for (let k = 0; k < d; k++) [m[c * d + k], m[piv * d + k]] = [m[piv * d + k]!, m[c * d + k]!];
      [v[c], v[piv]] = [v[piv]!, v[c]!];
    }
    const p = m[c * d + c]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = c + 1; r < d; r++) {
      const f = m[r * d + c]! / p;
      if (f === 0) continue;
      for (let k = c; k < d; k++) m[r * d + k]! -= f * m[c * d + k]!;
      v[r]! -= f * v[c]!;
    }
  }
  const s = new Float64Array(d);
  for (let c = d - 1; c >= 0; c--) {
    let t = v[c]!;
    for (let k = c + 1; k < d; k++) t -= m[c * d + k]! * s[k]!;
    s[c] = Math.abs(m[c * d + c]!) < 1e-12 ? 0 : t / m[c * d + c]!;
  }
  return s;
}

const THRESHOLDS = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);

/** Attribution P/R/F1 after dropping those with p below t, and the precision of the dropped slice. */
function table(label: string, p: readonly number[], rows: Rows): Map<number, number> {
  const { y, c, gold } = rows;
  const tp = y.reduce((s, v) => s + v, 0) + rows.kept;
  const all = p.length + rows.keptN;
  const f1 = (t: number, n: number) => (2 * t) / (n + gold);
  console.log(`${label}: ${all} predicted (${rows.keptN} never dropped), ${tp} right, ${gold} gold; F1 ${f1(tp, all).toFixed(4)}`);
  console.log('threshold  dropped  right-in-dropped  P(dropped)  P      R      F1      content-hit(dropped)');
  const out = new Map<number, number>();
  for (const t of THRESHOLDS) {
    let n = 0;
    let r = 0;
    let h = 0;
    p.forEach((q, i) => {
      if (q < t) {
        n++;
        r += y[i]!;
        h += c[i]!;
      }
    });
    const f = f1(tp - r, all - n);
    out.set(t, f);
    console.log(`${t.toFixed(2).padStart(9)}  ${String(n).padStart(7)}  ${String(r).padStart(16)}  ${(n ? r / n : 0).toFixed(3).padStart(10)}  ${((tp - r) / (all - n)).toFixed(3)}  ${((tp - r) / gold).toFixed(3)}  ${f.toFixed(4)}  ${(n ? h / n : 0).toFixed(3)}`);
  }
  return out;
}

const t0 = Date.now();
mkdirSync(WORK, { recursive: true });
makeFolds();
for (let k = 0; k < K; k++) {
  const dir = join(WORK, String(k));
  if (existsSync(join(dir, 'model.json'))) continue;
  const r = spawnSync('npx', ['tsx', 'scripts/train-quotes.ts', '--train', join(dir, 'train'), '--out', dir + '/', '--cache', join(dir, 'segments.json')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`training the tagger of fold ${k} failed`);
}
// (Not the shipped confidence.json, which this replaces: its features may be another version's.)
const base: QuoteResources = { model: loadModel(), lexicon: loadCues(), categories: loadCategories(), titles: loadTitles() };
const rows: Rows = { x: [], y: [], c: [], fold: [], gold: 0, keptN: 0, kept: 0 };
for (let k = 0; k < K; k++) {
  const dir = join(WORK, String(k));
  collect(join(dir, 'held'), { ...base, model: loadModel(join(dir, 'model.json')), lexicon: loadCues(join(dir, 'cues.tsv')), confidence: undefined }, k, rows);
}
console.log(`${rows.x.length} out-of-fold attributions (${Date.now() - t0} ms)`);

const target = TARGET === 'content' ? rows.c : rows.y;
// Threshold: F1 on each fold's attributions scored by weights fitted on the other folds.
const oof = new Array<number>(rows.x.length);
for (let k = 0; k < K; k++) {
  const idx = rows.x.map((_, i) => i).filter((i) => rows.fold[i] !== k);
  const w = fit(idx.map((i) => rows.x[i]!), idx.map((i) => target[i]!));
  rows.x.forEach((x, i) => {
    if (rows.fold[i] === k) oof[i] = sigmoid(dot(w, x));
  });
}
const f1s = table('train, out of fold', oof, rows);
const baseF1 = (2 * (rows.y.reduce((s, v) => s + v, 0) + rows.kept)) / (rows.x.length + rows.keptN + rows.gold);
let threshold = 0;
let best = baseF1;
for (const [t, f] of f1s) {
  if (f > best) {
    best = f;
    threshold = t;
  }
}
const weights = fit(rows.x, target);
console.log(`threshold ${threshold} (out-of-fold F1 ${baseF1.toFixed(4)} → ${best.toFixed(4)})`);
const order = FEATURE_NAMES.map((n, k) => [n, weights[k]!] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
console.log(order.slice(0, 20).map(([n, v]) => `${n} ${v.toFixed(2)}`).join(', '));
const r4 = (v: number) => Math.round(v * 1e4) / 1e4;
writeFileSync(OUT, JSON.stringify({
  features: FEATURE_NAMES,
  weights: Array.from(weights, r4),
  threshold,
}, null, 1) + '\n');
console.log(`${OUT} written (${Date.now() - t0} ms)`);

if (REPORT) {
  const dev: Rows = { x: [], y: [], c: [], fold: [], gold: 0, keptN: 0, kept: 0 };
  collect(REPORT, { ...base, confidence: undefined }, 0, dev);
  table(`${REPORT} (shipped tagger)`, dev.x.map((x) => sigmoid(dot(weights, x))), dev);
}

