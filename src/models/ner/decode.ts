/**
 * First-order Viterbi decoding over IOB2 labels with hard constraints (I-X only after
 * B-X or I-X). Emission scores are sums of per-feature, per-label weights.
 */
import { LABELS } from './labels.js';
import type { SentenceFeatures } from './features.js';

export const L = LABELS.length;

/** allowed[prev * L + cur]; prev = L is the sentence start. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let c = 0; c < L; c++) {
      const cur = LABELS[c]!;
      if (!cur.startsWith('I-')) { a[p * L + c] = 1; continue; }
      const prev = p < L ? LABELS[p]! : 'O';
      a[p * L + c] = prev !== 'O' && prev.slice(2) === cur.slice(2) ? 1 : 0;
    }
  }
  return a;
})();

export type WeightTable = Float32Array | Int16Array;

export function emissions(f: SentenceFeatures, w: WeightTable, out?: Float32Array): Float32Array {
  const n = f.offs.length - 1;
  const e = out && out.length >= n * L ? out : new Float32Array(n * L);
  const feats = f.feats;
  for (let i = 0; i < n; i++) {
    const b = i * L;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let k = f.offs[i]!, end = f.offs[i + 1]!; k < end; k++) {
      const o = feats[k]! * 9;
      s0 += w[o]!; s1 += w[o + 1]!; s2 += w[o + 2]!; s3 += w[o + 3]!; s4 += w[o + 4]!;
      s5 += w[o + 5]!; s6 += w[o + 6]!; s7 += w[o + 7]!; s8 += w[o + 8]!;
    }
    e[b] = s0; e[b + 1] = s1; e[b + 2] = s2; e[b + 3] = s3; e[b + 4] = s4; e[b + 5] = s5; e[b + 6] = s6; e[b + 7] = s7; e[b + 8] = s8;
  }
  return e;
}

/**
 * Add the scores of more features (same sentence) to emissions. The table may hold
 * rows of `stride` cells with this stage's L weights at `offset` (see emissionsPair).
 */
export function addEmissions(f: SentenceFeatures, w: WeightTable, e: Float32Array, stride = L, offset = 0): Float32Array {
  const n = f.offs.length - 1;
  for (let i = 0; i < n; i++) {
    const b = i * L;
    for (let k = f.offs[i]!, end = f.offs[i + 1]!; k < end; k++) {
      const o = f.feats[k]! * stride + offset;
      for (let c = 0; c < L; c++) e[b + c]! += w[o + c]!;
    }
  }
  return e;
}

/**
 * Emissions of two stages at once from an interleaved table (row = L weights of stage 1,
 * then L of stage 2): one memory access per feature serves both.
 */
export function emissionsPair(f: SentenceFeatures, w: Int16Array, e1: Float32Array, e2: Float32Array): void {
  const n = f.offs.length - 1;
  const feats = f.feats;
  for (let i = 0; i < n; i++) {
    const b = i * L;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    let r0 = 0, r1 = 0, r2 = 0, r3 = 0, r4 = 0, r5 = 0, r6 = 0, r7 = 0, r8 = 0;
    for (let k = f.offs[i]!, end = f.offs[i + 1]!; k < end; k++) {
      const o = feats[k]! * 18;
      s0 += w[o]!; s1 += w[o + 1]!; s2 += w[o + 2]!; s3 += w[o + 3]!; s4 += w[o + 4]!;
      s5 += w[o + 5]!; s6 += w[o + 6]!; s7 += w[o + 7]!; s8 += w[o + 8]!;
      r0 += w[o + 9]!; r1 += w[o + 10]!; r2 += w[o + 11]!; r3 += w[o + 12]!; r4 += w[o + 13]!;
      r5 += w[o + 14]!; r6 += w[o + 15]!; r7 += w[o + 16]!; r8 += w[o + 17]!;
    }
    e1[b] = s0; e1[b + 1] = s1; e1[b + 2] = s2; e1[b + 3] = s3; e1[b + 4] = s4; e1[b + 5] = s5; e1[b + 6] = s6; e1[b + 7] = s7; e1[b + 8] = s8;
    e2[b] = r0; e2[b + 1] = r1; e2[b + 2] = r2; e2[b + 3] = r3; e2[b + 4] = r4; e2[b + 5] = r5; e2[b + 6] = r6; e2[b + 7] = r7; e2[b + 8] = r8;
  }
}

/** Transitions with disallowed moves set to -Infinity, for viterbi(). */
export function constrain(trans: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: (L + 1) * L }, (_, i) => (ALLOWED[i] ? trans[i]! : -Infinity));
}

let scoreBuf = new Float64Array(256 * L);
let backBuf = new Int32Array(256 * L);

/**
 * Best label sequence given emissions (n × L) and transitions ((L+1) × L, last row =
 * start) already passed through constrain().
 */
export function viterbi(e: Float32Array, n: number, trans: Float64Array): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  if (scoreBuf.length < n * L) { scoreBuf = new Float64Array(n * L * 2); backBuf = new Int32Array(n * L * 2); }
  const score = scoreBuf, back = backBuf;
  for (let c = 0; c < L; c++) score[c] = e[c]! + trans[L * L + c]!;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    for (let c = 0; c < L; c++) {
      let best = -Infinity, arg = 0;
      if (c !== 0 && (c & 1) === 0) {
        // I-X (even index): only B-X (c - 1) or I-X (c) may precede it.
        const a = score[prev + c - 1]! + trans[(c - 1) * L + c]!, b = score[prev + c]! + trans[c * L + c]!;
        if (a >= b) { best = a; arg = c - 1; } else { best = b; arg = c; }
        score[i * L + c] = best + e[i * L + c]!;
        back[i * L + c] = arg;
        continue;
      }
      for (let p = 0; p < L; p++) {
        const s = score[prev + p]! + trans[p * L + c]!;
        if (s > best) { best = s; arg = p; }
      }
      score[i * L + c] = best + e[i * L + c]!;
      back[i * L + c] = arg;
    }
  }
  let best = -Infinity, arg = 0;
  for (let c = 0; c < L; c++) if (score[(n - 1) * L + c]! > best) { best = score[(n - 1) * L + c]!; arg = c; }
  for (let i = n - 1; i >= 0; i--) { out[i] = arg; arg = back[i * L + arg]!; }
  return out;
}
