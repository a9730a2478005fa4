/**
 * Train the attribution tagger on PolNeAR train and write:
 *   data/quotes/cues.tsv   lemma statistics: how often each lemma opens a cue
 *   data/quotes/model.json the tagger's weights (feature hashes, numbers)
 * The tagger is a linear-chain CRF trained with a softmax-margin loss (Gimpel & Smith 2010):
 * the log-likelihood with a cost added to each wrong tag of each token, more for a token of
 * an attribution (--cost-a) than for one outside (--cost-o), so that the model learns to
 * find attributions, not only to be sure of them; AdaGrad, an L2 penalty, features seen at
 * least --min-count times. --trainer perceptron trains the averaged structured perceptron
 * that came before it, the same features and decoding, for comparison.
 * Usage: npx tsx scripts/train-quotes.ts [--trainer crf|perceptron] [--epochs N] [--train DIR] [--out DIR/] [--min-count N]
 *          [--prune W] [--l2 X] [--lr X] [--cost-o X] [--cost-a X] [--all-annotators] [--cache FILE]
 * Only the train split is read. Nothing of the text is written out.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadSplit, type GoldArticle } from '../eval/polnear/load.js';
import { segment } from '../src/stages/segment/index.js';
import { findQuoteRegions } from '../src/stages/quotes/marks.js';
import { allFeatures, buildContext } from '../src/stages/quotes/features.js';
import { DATA_DIR, loadCategories, loadCues } from '../src/stages/quotes/lexicon.js';
import { allowed, MODEL_FORMAT, NTAGS, SEGMENTER_PROBE, segmenterFingerprint, TAGS, viterbi } from '../src/stages/quotes/tagger.js';
import type { Token } from '../src/document/layers.js';
import { SHARED } from '../test/shared.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : dflt;
};
const TRAINER = opt('--trainer', 'crf');
if (TRAINER !== 'crf' && TRAINER !== 'perceptron') throw new Error(`--trainer must be crf or perceptron, not ${TRAINER}`);
const CRF = TRAINER === 'crf';
// Defaults chosen by 3-fold cross-validation on PolNeAR train (dev unseen): the CRF's
// figures were flat for cost-a 2 … 6, L2 0.003 … 0.03, 4 … 6 epochs and a minimum count of 2 … 25.
const EPOCHS = Number(opt('--epochs', CRF ? '5' : '25'));
const TRAIN = opt('--train', `${SHARED}/corpora/polnear/train`);
const OUT = opt('--out', DATA_DIR);
const ALL = args.includes('--all-annotators');
const MIN_COUNT = Number(opt('--min-count', CRF ? '10' : '2'));
/** Rows whose largest weight (in absolute value) is below this are dropped from the shipped model. */
const PRUNE = Number(opt('--prune', CRF ? '0' : '16'));
const LR = Number(opt('--lr', '0.1'));
const L2 = Number(opt('--l2', '0.01'));
const COST_O = Number(opt('--cost-o', '1'));
const COST_A = Number(opt('--cost-a', '3'));

interface Prepared {
  tokens: Token[];
  sentences: { start: number; end: number }[];
  paragraphs: { start: number; end: number }[];
  gold: Int8Array;
}

const TAG = Object.fromEntries(TAGS.map((t, i) => [t, i])) as Record<string, number>;

function goldTags(a: GoldArticle, tokens: readonly Token[]): Int8Array {
  const g = new Int8Array(tokens.length);
  const mark = (frags: readonly { start: number; end: number }[], role: string) => {
    for (const f of frags) {
      let first = true;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.end <= f.start || t.start >= f.end) continue;
        g[i] = TAG[(first ? 'B-' : 'I-') + role]!;
        first = false;
      }
    }
  };
  for (const at of a.attributions) {
    mark(at.content, 'CON');
    mark(at.cue, 'CUE');
    mark(at.source, 'SRC');
  }
  return g;
}

const t0 = Date.now();
const arts = loadSplit(TRAIN, ALL);
const segmenter = segmenterFingerprint(segment(SEGMENTER_PROBE).tokens);
// --cache FILE keeps the segmentation between runs (re-made when the segmenter changes).
const CACHE = opt('--cache', '');
const cached = CACHE && existsSync(CACHE) ? (JSON.parse(readFileSync(CACHE, 'utf8')) as { segmenter: number; all: boolean; segs: ReturnType<typeof segment>[] }) : null;
const segs = cached && cached.segmenter === segmenter && cached.all === ALL && cached.segs.length === arts.length ? cached.segs : arts.map((a) => segment(a.text));
if (CACHE && segs !== cached?.segs) writeFileSync(CACHE, JSON.stringify({ segmenter, all: ALL, segs }));
const prepared: Prepared[] = arts.map((a, i) => ({ ...segs[i]!, gold: goldTags(a, segs[i]!.tokens) }));
console.log(`segmented ${arts.length} articles in ${Date.now() - t0} ms`);

// 1. Cue lexicon from counts: share of each lemma's occurrences that open a cue fragment.
const cueCount = new Map<string, number>();
const total = new Map<string, number>();
for (const p of prepared) {
  p.tokens.forEach((t, i) => {
    const l = (t.lemma ?? t.norm).toLowerCase();
    total.set(l, (total.get(l) ?? 0) + 1);
    if (TAGS[p.gold[i]!] === 'B-CUE') cueCount.set(l, (cueCount.get(l) ?? 0) + 1);
  });
}
const lines = ['# Derived from PolNeAR v1.0.0 train (github.com/networkdynamics/PolNeAR): per lemma (wink-nlp),',
  '# occurrences opening an annotated attribution cue, all occurrences, and their ratio. Counts only, no text.',
  'lemma\tcue\ttotal\tratio'];
for (const [l, c] of [...cueCount].sort((a, b) => b[1] - a[1])) {
  const n = total.get(l)!;
  if (c < 3 || /[\t\n]/.test(l)) continue;
  lines.push(`${l}\t${c}\t${n}\t${(c / n).toFixed(4)}`);
}
writeFileSync(OUT + 'cues.tsv', lines.join('\n') + '\n');
const lexicon = loadCues(OUT + 'cues.tsv');
// Hand-written word categories (data/quotes/categories.tsv), features of their own.
const categories = loadCategories();
console.log(`cues.tsv: ${lexicon.size} lemmas`);

// 2. Features (hashes), interned to rows; rare features dropped.
const featIndex = new Map<number, number>();
const featCount: number[] = [];
const featHash: number[] = [];
const seqs: { ids: Int32Array[]; gold: Int8Array }[] = [];
for (let ai = 0; ai < prepared.length; ai++) {
  const p = prepared[ai]!;
  const regions = findQuoteRegions(arts[ai]!.text, p.paragraphs);
  const ctx = buildContext(arts[ai]!.text, p.tokens, p.sentences, p.paragraphs, regions, lexicon, categories);
  const feats = allFeatures(ctx);
  const ids: Int32Array[] = [];
  for (let i = 0; i < p.tokens.length; i++) {
    ids.push(Int32Array.from(feats.hashes.subarray(feats.off[i]!, feats.off[i + 1]!), (h) => {
      let id = featIndex.get(h);
      if (id === undefined) {
        id = featCount.length;
        featIndex.set(h, id);
        featCount.push(0);
        featHash.push(h);
      }
      featCount[id]!++;
      return id;
    }));
  }
  for (const s of ctx.sequences) seqs.push({ ids: ids.slice(s.start, s.end), gold: p.gold.slice(s.start, s.end) });
}
const keep = featCount.map((c) => c >= MIN_COUNT);
console.log(`${featCount.length} features, ${keep.filter(Boolean).length} kept; ${seqs.length} sequences; ${Date.now() - t0} ms`);

// 3. The averaged perceptron (lazy averaging: avg = w - u / c), or the CRF (trainCrf, below).
const F = featCount.length;
const w = new Float64Array(F * NTAGS);
const u = new Float64Array(F * NTAGS);
const tw = new Float64Array((NTAGS + 1) * NTAGS);
const tu = new Float64Array((NTAGS + 1) * NTAGS);
let c = 1;
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

/** The sequences' indices in a new random order. */
function shuffled(): number[] {
  const order = seqs.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Emission scores of a sequence's tokens (n × NTAGS) under the current weights w. */
function emissions(ids: readonly Int32Array[]): Float64Array {
  const emit = new Float64Array(ids.length * NTAGS);
  for (let i = 0; i < ids.length; i++) {
    for (const f of ids[i]!) {
      if (!keep[f]) continue;
      for (let b = 0; b < NTAGS; b++) emit[i * NTAGS + b]! += w[f * NTAGS + b]!;
    }
  }
  return emit;
}

if (CRF) trainCrf();
else trainPerceptron();

function trainPerceptron(): void {
  for (let ep = 0; ep < EPOCHS; ep++) {
    let errors = 0;
    let count = 0;
    for (const si of shuffled()) {
      const { ids, gold } = seqs[si]!;
      const n = ids.length;
      const pred = viterbi(emissions(ids), n, tw);
      for (let i = 0; i < n; i++) {
        count++;
        const g = gold[i]!;
        const y = pred[i]!;
        const gp = i === 0 ? NTAGS : gold[i - 1]!;
        const yp = i === 0 ? NTAGS : pred[i - 1]!;
        if (g !== y) {
          errors++;
          for (const f of ids[i]!) {
            if (!keep[f]) continue;
            w[f * NTAGS + g]! += 1;
            u[f * NTAGS + g]! += c;
            w[f * NTAGS + y]! -= 1;
            u[f * NTAGS + y]! -= c;
          }
        }
        if (g !== y || gp !== yp) {
          tw[gp * NTAGS + g]! += 1;
          tu[gp * NTAGS + g]! += c;
          tw[yp * NTAGS + y]! -= 1;
          tu[yp * NTAGS + y]! -= c;
        }
      }
      c++;
    }
    console.log(`epoch ${ep + 1}: token error ${(errors / count).toFixed(4)} (${Date.now() - t0} ms)`);
  }
}

/**
 * The CRF over the same features and BIO constraints, fitted by AdaGrad on the softmax-margin
 * log-likelihood (forward-backward over cost-augmented scores), with an L2 penalty on the
 * weights a token reads. Its weights take the place of the perceptron's in w.
 */
function trainCrf(): void {
  // OK[a][b]: may tag b follow tag a (row NTAGS: the start of the sequence).
  const OK = Array.from({ length: NTAGS + 1 }, (_, a) => Array.from({ length: NTAGS }, (_, b) => allowed(a === NTAGS ? -1 : a, b)));
  const gr = new Float64Array(NTAGS);
  const G = new Float64Array(F * NTAGS);
  const tG = new Float64Array((NTAGS + 1) * NTAGS);
  const tg = new Float64Array((NTAGS + 1) * NTAGS);
  const lse = (xs: number[]) => {
    let m = -Infinity;
    for (const x of xs) if (x > m) m = x;
    if (m === -Infinity) return m;
    let t = 0;
    for (const x of xs) t += Math.exp(x - m);
    return m + Math.log(t);
  };
  for (let ep = 0; ep < EPOCHS; ep++) {
    let nll = 0;
    for (const si of shuffled()) {
      const { ids, gold } = seqs[si]!;
      const n = ids.length;
      const emit = emissions(ids);
      // Softmax-margin: wrong tags get a cost added (more for missing an attribution's token).
      for (let i = 0; i < n; i++) for (let b = 0; b < NTAGS; b++) if (b !== gold[i]) emit[i * NTAGS + b]! += gold[i] === 0 ? COST_O : COST_A;
      const alpha = new Float64Array(n * NTAGS).fill(-Infinity);
      const beta = new Float64Array(n * NTAGS).fill(-Infinity);
      for (let b = 0; b < NTAGS; b++) if (OK[NTAGS]![b]) alpha[b] = emit[b]! + tw[NTAGS * NTAGS + b]!;
      const tmp: number[] = [];
      for (let i = 1; i < n; i++) for (let b = 0; b < NTAGS; b++) {
        tmp.length = 0;
        for (let a = 0; a < NTAGS; a++) if (OK[a]![b]) tmp.push(alpha[(i - 1) * NTAGS + a]! + tw[a * NTAGS + b]!);
        alpha[i * NTAGS + b] = lse(tmp) + emit[i * NTAGS + b]!;
      }
      for (let b = 0; b < NTAGS; b++) beta[(n - 1) * NTAGS + b] = 0;
      for (let i = n - 2; i >= 0; i--) for (let a = 0; a < NTAGS; a++) {
        tmp.length = 0;
        for (let b = 0; b < NTAGS; b++) if (OK[a]![b]) tmp.push(tw[a * NTAGS + b]! + emit[(i + 1) * NTAGS + b]! + beta[(i + 1) * NTAGS + b]!);
        beta[i * NTAGS + a] = lse(tmp);
      }
      const logZ = lse(Array.from(alpha.subarray((n - 1) * NTAGS, n * NTAGS)));
      let goldScore = 0;
      tg.fill(0);
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const gp = i === 0 ? NTAGS : gold[i - 1]!;
        goldScore += emit[i * NTAGS + g]! + tw[gp * NTAGS + g]!;
        tg[gp * NTAGS + g]! -= 1;
        // Emission gradient: marginal minus gold, for every feature of the token.
        for (let b = 0; b < NTAGS; b++) gr[b] = Math.exp(alpha[i * NTAGS + b]! + beta[i * NTAGS + b]! - logZ) - (b === g ? 1 : 0);
        for (const f of ids[i]!) {
          if (!keep[f]) continue;
          for (let b = 0; b < NTAGS; b++) {
            const k = f * NTAGS + b;
            const d = gr[b]! + L2 * w[k]!;
            if (d === 0) continue;
            G[k]! += d * d;
            w[k]! -= (LR * d) / Math.sqrt(G[k]! + 1e-8);
          }
        }
        // Transition marginals.
        if (i === 0) {
          for (let b = 0; b < NTAGS; b++) tg[NTAGS * NTAGS + b]! += Math.exp(alpha[b]! + beta[b]! - logZ);
        } else {
          for (let a = 0; a < NTAGS; a++) for (let b = 0; b < NTAGS; b++) {
            if (!OK[a]![b]) continue;
            tg[a * NTAGS + b]! += Math.exp(alpha[(i - 1) * NTAGS + a]! + tw[a * NTAGS + b]! + emit[i * NTAGS + b]! + beta[i * NTAGS + b]! - logZ);
          }
        }
      }
      for (let k = 0; k < tg.length; k++) {
        const d = tg[k]!;
        if (d === 0) continue;
        tG[k]! += d * d;
        tw[k]! -= (LR * d) / Math.sqrt(tG[k]! + 1e-8);
      }
      nll += logZ - goldScore;
    }
    console.log(`crf epoch ${ep + 1}: negative log-likelihood ${nll.toFixed(0)} (${Date.now() - t0} ms)`);
  }
  // Written below as the perceptron's averages are, w - u / c: u stays 0 and c 1, so w as it is.
  // Transitions BIO forbids stay 0; Viterbi never takes them.
}

// 4. Write averaged weights, rounded, zero rows dropped (--also-prune W1,W2 writes
// model.pW.json at other pruning levels too, to weigh size against accuracy).
const round = (x: number) => Math.round(x * 1000) / 1000;
const trans = Array.from(tw, (x, i) => round(x - tu[i]! / c));
// The most frequent features first: the tagger stores rows in file order, so those that
// nearly every token reads share a few cache lines.
const byCount = Array.from({ length: F }, (_, id) => id).sort((a, b) => featCount[b]! - featCount[a]! || a - b);
for (const prune of [PRUNE, ...opt('--also-prune', '').split(',').filter(Boolean).map(Number)]) {
  const hashes: number[] = [];
  const weights: number[] = [];
  for (const id of byCount) {
    if (!keep[id]) continue;
    const row: number[] = [];
    let nz = false;
    for (let b = 0; b < NTAGS; b++) {
      const v = round(w[id * NTAGS + b]! - u[id * NTAGS + b]! / c);
      row.push(v);
      if (v !== 0) nz = true;
    }
    if (!nz || Math.max(...row.map(Math.abs)) < prune) continue;
    hashes.push(featHash[id]!);
    weights.push(...row);
  }
  const model = { format: MODEL_FORMAT, segmenter, tags: TAGS, trans, hashes, weights };
  const file = prune === PRUNE ? 'model.json' : `model.p${prune}.json`;
  writeFileSync(OUT + file, JSON.stringify(model));
  console.log(`${file}: ${hashes.length} features, ${Date.now() - t0} ms`);
}
