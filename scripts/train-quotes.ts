/**
 * Train the attribution tagger on PolNeAR train and write:
 *   data/quotes/cues.tsv   lemma statistics: how often each lemma opens a cue
 *   data/quotes/model.json averaged-perceptron weights (feature names, numbers)
 * Usage: npx tsx scripts/train-quotes.ts [--epochs N] [--train DIR] [--out DIR/] [--min-count N] [--prune W] [--all-annotators] [--cache FILE]
 * Only the train split is read. Nothing of the text is written out.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadSplit, type GoldArticle } from '../eval/polnear/load.js';
import { segment } from '../src/stages/segment/index.js';
import { findQuoteRegions } from '../src/stages/quotes/marks.js';
import { allFeatures, buildContext } from '../src/stages/quotes/features.js';
import { DATA_DIR, loadCategories, loadCues } from '../src/stages/quotes/lexicon.js';
import { MODEL_FORMAT, NTAGS, SEGMENTER_PROBE, segmenterFingerprint, TAGS, viterbi } from '../src/stages/quotes/tagger.js';
import type { Token } from '../src/document/layers.js';
import { SHARED } from '../test/shared.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : dflt;
};
const EPOCHS = Number(opt('--epochs', '25'));
const TRAIN = opt('--train', `${SHARED}/corpora/polnear/train`);
const OUT = opt('--out', DATA_DIR);
const ALL = args.includes('--all-annotators');
const MIN_COUNT = Number(opt('--min-count', '2'));
/** Rows whose largest weight (in absolute value) is below this are dropped from the shipped model. */
const PRUNE = Number(opt('--prune', '16'));

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

// 3. Averaged perceptron (lazy averaging: avg = w - u / c).
const F = featCount.length;
const w = new Float64Array(F * NTAGS);
const u = new Float64Array(F * NTAGS);
const tw = new Float64Array((NTAGS + 1) * NTAGS);
const tu = new Float64Array((NTAGS + 1) * NTAGS);
let c = 1;
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
for (let ep = 0; ep < EPOCHS; ep++) {
  const order = seqs.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let errors = 0;
  let count = 0;
  for (const si of order) {
    const { ids, gold } = seqs[si]!;
    const n = ids.length;
    const emit = new Float64Array(n * NTAGS);
    for (let i = 0; i < n; i++) {
      for (const f of ids[i]!) {
        if (!keep[f]) continue;
        for (let b = 0; b < NTAGS; b++) emit[i * NTAGS + b]! += w[f * NTAGS + b]!;
      }
    }
    const pred = viterbi(emit, n, tw);
    let wrong = false;
    for (let i = 0; i < n; i++) {
      count++;
      const g = gold[i]!;
      const y = pred[i]!;
      const gp = i === 0 ? NTAGS : gold[i - 1]!;
      const yp = i === 0 ? NTAGS : pred[i - 1]!;
      if (g !== y) {
        errors++;
        wrong = true;
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
    void wrong;
    c++;
  }
  console.log(`epoch ${ep + 1}: token error ${(errors / count).toFixed(4)} (${Date.now() - t0} ms)`);
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
