/**
 * Training: an averaged structured perceptron over the hashed features, decoded with
 * the same constrained Viterbi the tagger uses. Sentences are visited in an order
 * shuffled by a seeded generator, so a run is reproducible; the epoch with the best F1
 * on the tuning set is kept.
 */
import { docContext, type Featurizer, type SentenceFeatures } from './features.js';
import { constrain, emissions, viterbi, L } from './decode.js';
import { LABELS, LABEL_INDEX } from './labels.js';
import { evaluate, type Evaluation } from './conlleval.js';
import { mulberry32 } from './rng.js';
import type { ConllDoc } from './conll.js';
import { aggregate, concatFeatures, stackedFeatures } from './stack.js';

export interface Example {
  readonly f: SentenceFeatures;
  readonly gold: Int32Array;
  /** Index of the document the sentence belongs to. */
  readonly doc: number;
  readonly keys: string[];
  readonly upper: boolean[];
}

export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
  readonly log?: (m: string) => void;
}

export interface TrainResult {
  readonly weights: Float32Array;
  readonly trans: Float64Array;
  readonly epoch: number;
  readonly dev: Evaluation;
  readonly history: { epoch: number; f1: number }[];
}

export function featurizeDocs(docs: readonly ConllDoc[], fz: Featurizer, docIds: readonly number[] = docs.map((_, i) => i)): Example[] {
  const out: Example[] = [];
  for (let di = 0; di < docs.length; di++) {
    const d = docs[di]!;
    const ctx = docContext(d.map((s) => s.words));
    for (const s of d) {
      const gold = Int32Array.from(s.tags, (t) => {
        const y = LABEL_INDEX.get(t);
        if (y === undefined) throw new Error(`unknown tag ${t}`);
        return y;
      });
      out.push({ f: fz.sentence(s.words, ctx), gold, doc: docIds[di]!, ...fz.keysOf(s.words) });
    }
  }
  return out;
}

export function decodeAll(ex: readonly Example[], w: Float32Array, trans: Float64Array): Int32Array[] {
  const t = constrain(trans);
  return ex.map((e) => viterbi(emissions(e.f, w), e.gold.length, t));
}

export function evaluateExamples(ex: readonly Example[], w: Float32Array, trans: Float64Array): Evaluation {
  const preds = decodeAll(ex, w, trans);
  return evaluate(ex.map((e, i) => ({ gold: Array.from(e.gold, (y) => LABELS[y]!), pred: Array.from(preds[i]!, (y) => LABELS[y]!) })));
}

export function trainPerceptron(train: readonly Example[], dev: readonly Example[], bits: number, opt: TrainOptions): TrainResult {
  const log = opt.log ?? (() => {});
  const size = (1 << bits) * L;
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  const T = (L + 1) * L;
  const tw = new Float64Array(T);
  const tu = new Float64Array(T);
  const rand = mulberry32(opt.seed);
  const order = Array.from(train.keys());
  let c = 1;
  let best: TrainResult | null = null;
  const history: { epoch: number; f1: number }[] = [];
  const avg = new Float32Array(size);
  const ebuf = new Float32Array(512 * L);
  const tavg = new Float64Array(T);
  for (let epoch = 1; epoch <= opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    let mistakes = 0;
    for (const idx of order) {
      const ex = train[idx]!;
      const n = ex.gold.length;
      const pred = viterbi(emissions(ex.f, w, ebuf), n, constrain(tw));
      for (let i = 0; i < n; i++) {
        const g = ex.gold[i]!, p = pred[i]!;
        if (g !== p) {
          mistakes++;
          for (let k = ex.f.offs[i]!, end = ex.f.offs[i + 1]!; k < end; k++) {
            const o = ex.f.feats[k]! * L;
            w[o + g]! += 1; u[o + g]! += c;
            w[o + p]! -= 1; u[o + p]! -= c;
          }
        }
        const gp = i ? ex.gold[i - 1]! : L, pp = i ? pred[i - 1]! : L;
        if (g !== p || gp !== pp) {
          tw[gp * L + g]! += 1; tu[gp * L + g]! += c;
          tw[pp * L + p]! -= 1; tu[pp * L + p]! -= c;
        }
      }
      c++;
    }
    for (let i = 0; i < size; i++) avg[i] = w[i]! - u[i]! / c;
    for (let i = 0; i < T; i++) tavg[i] = tw[i]! - tu[i]! / c;
    if (!dev.length) {
      // No tuning set: a fixed number of epochs, the last one kept.
      log(`epoch ${epoch}: ${mistakes} token mistakes`);
      if (epoch === opt.epochs) best = { weights: avg, trans: tavg, epoch, dev: evaluate([]), history };
      continue;
    }
    const ev = evaluateExamples(dev, avg, tavg);
    history.push({ epoch, f1: ev.overall.f1 });
    log(`epoch ${epoch}: ${mistakes} token mistakes, dev F1 ${ev.overall.f1.toFixed(4)}`);
    if (!best || ev.overall.f1 > best.dev.overall.f1) best = { weights: avg.slice(), trans: tavg.slice(), epoch, dev: ev, history };
  }
  return { ...best!, history };
}

/** Examples with stage-2 features from stage-1 predictions (preds aligned with ex), aggregated per document. */
export function stackExamples(ex: readonly Example[], preds: readonly Int32Array[], bits: number): Example[] {
  const byDoc = new Map<number, number[]>();
  ex.forEach((e, i) => { const a = byDoc.get(e.doc); if (a) a.push(i); else byDoc.set(e.doc, [i]); });
  const out: Example[] = new Array(ex.length);
  for (const idx of byDoc.values()) {
    const agg = aggregate(idx.map((i) => ex[i]!.keys), idx.map((i) => preds[i]!));
    for (const i of idx) { const e = ex[i]!; out[i] = { ...e, f: concatFeatures(e.f, stackedFeatures(e.keys, e.upper, preds[i]!, agg, bits)) }; }
  }
  return out;
}
