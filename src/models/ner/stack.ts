/**
 * Second-stage (stacked) features: what the first-stage tagger predicted for the same
 * word elsewhere in the document. A name written in full once ("Vladimir Putin") and
 * alone later ("Putin"), or in a headline in capitals, gets the evidence of its other
 * mentions (Ratinov & Roth 2009, prediction aggregation).
 */
import { mix1, mix2 } from './hash.js';
import type { SentenceFeatures } from './features.js';

/** Entity type index of a label index: O → 0, PER → 1, ORG → 2, LOC → 3, MISC → 4. */
const typeOf = (y: number) => (y + 1) >> 1;

interface WordStats {
  /** Predicted type counts over the document (a plain array: one is made per word, and typed arrays are slow to make). */
  readonly counts: number[];
  /** Bits (type * 4 + position) of multi-token entities this word is part of. */
  members: number;
}

/** Stage-1 predictions aggregated over a document, by word key. */
export function aggregate(keys: readonly (readonly string[])[], preds: readonly Int32Array[]): Map<string, WordStats> {
  const m = new Map<string, WordStats>();
  for (let s = 0; s < keys.length; s++) {
    const ks = keys[s]!, ys = preds[s]!;
    let chunkStart = -1;
    for (let i = 0; i <= ks.length; i++) {
      const y = i < ks.length ? ys[i]! : 0;
      const begins = y !== 0 && (y & 1) === 1; // B-X labels are odd
      if (chunkStart >= 0 && (y === 0 || begins)) {
        const len = i - chunkStart;
        if (len > 1) {
          const t = typeOf(ys[chunkStart]!);
          for (let j = chunkStart; j < i; j++) {
            const pos = j === chunkStart ? 0 : j === i - 1 ? 2 : 1;
            m.get(ks[j]!)!.members |= 1 << (t * 4 + pos);
          }
        }
        chunkStart = -1;
      }
      if (i === ks.length) break;
      let st = m.get(ks[i]!);
      if (!st) { st = { counts: [0, 0, 0, 0, 0], members: 0 }; m.set(ks[i]!, st); }
      st.counts[typeOf(y)]!++;
      if (begins) chunkStart = i;
    }
  }
  return m;
}

/**
 * Stacked features of one sentence, handed to sink(token, feature index). `upper[i]` says
 * whether token i has a capital letter (only those get the document-level evidence;
 * every token gets its own stage-1 label).
 */
export function eachStackedFeature(keys: readonly string[], upper: readonly boolean[], pred: Int32Array, agg: Map<string, WordStats>, bits: number, sink: (i: number, f: number) => void): void {
  const mask = (1 << bits) - 1;
  const n = keys.length;
  for (let i = 0; i < n; i++) {
    const y = pred[i]!;
    sink(i, mix2(63, y, i > 0 ? pred[i - 1]! : 15) & mask);
    sink(i, mix1(64, y) & mask);
    if (!upper[i]) continue;
    const st = agg.get(keys[i]!)!;
    const own = typeOf(y);
    let others = -1;
    for (let t = 0; t < 5; t++) others += st.counts[t]!;
    if (others <= 0) sink(i, mix1(65, 0) & mask);
    else {
      for (let t = 1; t < 5; t++) {
        const c = st.counts[t]! - (t === own ? 1 : 0);
        if (c <= 0) continue;
        const frac = c / others;
        sink(i, mix2(66, t, frac < 0.34 ? 0 : frac < 0.67 ? 1 : 2) & mask);
      }
      const o = st.counts[0]! - (own === 0 ? 1 : 0);
      if (o > 0 && o === others) sink(i, mix1(67, 1) & mask);
    }
    for (let b = st.members, k = 0; b; b >>>= 1, k++) if (b & 1) sink(i, mix1(68, k) & mask);
  }
}

/** Stacked features of one sentence as a feature list (for training). */
export function stackedFeatures(keys: readonly string[], upper: readonly boolean[], pred: Int32Array, agg: Map<string, WordStats>, bits: number): SentenceFeatures {
  const n = keys.length;
  const out: number[] = [];
  const offs = new Int32Array(n + 1);
  let last = -1;
  eachStackedFeature(keys, upper, pred, agg, bits, (i, f) => {
    while (last < i) offs[++last] = out.length;
    out.push(f);
  });
  while (last < n) offs[++last] = out.length;
  return { feats: Int32Array.from(out), offs };
}

/** Token by token, the features of a followed by those of b (same sentence). */
export function concatFeatures(a: SentenceFeatures, b: SentenceFeatures): SentenceFeatures {
  const n = a.offs.length - 1;
  const feats = new Int32Array(a.feats.length + b.feats.length);
  const offs = new Int32Array(n + 1);
  let p = 0;
  for (let i = 0; i < n; i++) {
    offs[i] = p;
    feats.set(a.feats.subarray(a.offs[i]!, a.offs[i + 1]!), p); p += a.offs[i + 1]! - a.offs[i]!;
    feats.set(b.feats.subarray(b.offs[i]!, b.offs[i + 1]!), p); p += b.offs[i + 1]! - b.offs[i]!;
  }
  offs[n] = p;
  return { feats, offs };
}
