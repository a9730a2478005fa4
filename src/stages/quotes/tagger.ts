/**
 * The attribution tagger: a first-order linear-chain model over BIO tags for source, cue
 * and content, decoded with Viterbi under BIO constraints. Its weights are a CRF's, trained
 * with a softmax-margin loss on PolNeAR train by scripts/train-quotes.ts (which can train
 * the averaged perceptron of earlier versions too, into the same file format), and ship as
 * data/quotes/model.json (feature hashes and numbers only, no text).
 */
import { readFileSync } from 'node:fs';
import { DATA_DIR } from './lexicon.js';
import { strHash, type Features } from './features.js';

export const TAGS = ['O', 'B-SRC', 'I-SRC', 'B-CUE', 'I-CUE', 'B-CON', 'I-CON'] as const;
export type Tag = (typeof TAGS)[number];
export const NTAGS = TAGS.length;
export const MODEL_FORMAT = 'dateline-quotes-linear-chain/3';

export interface TaggerModel {
  /** Fingerprint of the segmenter (tokens, POS, lemmas) it was trained over, if recorded. */
  readonly segmenter?: number;
  /** Transition weights, (NTAGS + 1) × NTAGS: row NTAGS is the sequence start, in the units of the tables. */
  readonly trans: Float32Array;
  /**
   * Open-addressing tables of 16-byte slots, each one cache-line-aligned read: the feature
   * hash (one 32-bit word; 0 marks an empty slot) and its weights for tags 1 … NTAGS - 1
   * relative to tag 0 (O), as six 16-bit integers (the file's weights × `scale`). Relative
   * weights tag the same as the file's: Viterbi is blind to a constant added to all tags of
   * a token. `hot` holds the HOT_ROWS features the file lists first (the most frequent,
   * which most lookups find: small enough to stay in cache), `cold` the rest.
   */
  readonly hot: Int32Array;
  readonly cold: Int32Array;
  /** Weights in the file × scale = weights in the tables. */
  readonly scale: number;
  /** Number of features. */
  readonly size: number;
  /** The feature hashes in file order (most frequent first). */
  readonly hashes: Int32Array;
}

// The tables and tagSequence hold six weights per feature: tags 1 … 6 relative to O.
if (NTAGS !== 7) throw new Error('tagger: the weight tables assume 7 tags');

/** Features in the hot table. */
export const HOT_ROWS = 2048;
/** Slot size in 32-bit words (hash + six 16-bit weights). */
const SLOT = 4;

function slot(h: number, mask: number): number {
  return (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
}

/** The slot mask of a table. */
function maskOf(table: Int32Array): number {
  return table.length / SLOT - 1;
}

/** Slot of a feature in a table (mask: maskOf(table)), or -1. */
function probe(table: Int32Array, mask: number, h: number): number {
  for (let i = slot(h, mask); ; i = (i + 1) & mask) {
    const k = table[i * SLOT]!;
    if (k === h) return i;
    if (k === 0) return -1;
  }
}

/** A feature's six table weights (tags 1 … 6 relative to O, scaled), or null when the model lacks it. */
export function rowOf(model: TaggerModel, h: number): Int16Array | null {
  for (const table of [model.hot, model.cold]) {
    const i = probe(table, maskOf(table), h);
    if (i >= 0) return new Int16Array(table.buffer, table.byteOffset + i * SLOT * 4 + 4, NTAGS - 1);
  }
  return null;
}

/** A feature's weights (tag 0 first, always 0), unscaled, or null when the model lacks it. */
export function weightsOf(model: TaggerModel, h: number): number[] | null {
  for (const table of [model.hot, model.cold]) {
    const i = probe(table, maskOf(table), h);
    if (i < 0) continue;
    const w16 = new Int16Array(table.buffer, table.byteOffset, table.length * 2);
    return [0, ...Array.from(w16.subarray(i * 2 * SLOT + 2, i * 2 * SLOT + 8), (x) => x / model.scale)];
  }
  return null;
}

function table(rows: number): Int32Array {
  let size = 1;
  // Load factor at most 1/2, so that a miss ends at an empty slot within a probe or two.
  while (size < rows * 2 + 2) size *= 2;
  return new Int32Array(size * SLOT);
}

/** Build a model from feature hashes and their weight rows (NTAGS per hash, in file order). */
export function buildModel(hashes: ArrayLike<number>, weights: ArrayLike<number>, trans: ArrayLike<number>): TaggerModel {
  const n = hashes.length;
  let max = 1e-9;
  for (let r = 0; r < n; r++) for (let b = 1; b < NTAGS; b++) max = Math.max(max, Math.abs(weights[r * NTAGS + b]! - weights[r * NTAGS]!));
  const scale = 32767 / max;
  const hot = table(Math.min(n, HOT_ROWS));
  const cold = table(Math.max(0, n - HOT_ROWS));
  const hot16 = new Int16Array(hot.buffer);
  const cold16 = new Int16Array(cold.buffer);
  for (let r = 0; r < n; r++) {
    const h = hashes[r]!;
    const t = r < HOT_ROWS ? hot : cold;
    const w16 = r < HOT_ROWS ? hot16 : cold16;
    const mask = t.length / SLOT - 1;
    let i = slot(h, mask);
    while (t[i * SLOT] !== 0 && t[i * SLOT] !== h) i = (i + 1) & mask;
    t[i * SLOT] = h;
    for (let b = 1; b < NTAGS; b++) w16[i * 2 * SLOT + 1 + b] = Math.round((weights[r * NTAGS + b]! - weights[r * NTAGS]!) * scale);
  }
  return { trans: Float32Array.from(trans, (x) => x * scale), hot, cold, scale, size: n, hashes: Int32Array.from(hashes) };
}

/** May tag b follow tag a (a = -1 at the start)? I-X only after B-X or I-X. */
export function allowed(a: number, b: number): boolean {
  const tb = TAGS[b]!;
  if (!tb.startsWith('I-')) return true;
  if (a < 0) return false;
  const ta = TAGS[a]!;
  return ta !== 'O' && ta.slice(2) === tb.slice(2);
}

/** ALLOWED[(a + 1) * NTAGS + b]: may b follow a (a = -1 at the start). */
const ALLOWED = Uint8Array.from({ length: (NTAGS + 1) * NTAGS }, (_, k) => (allowed(Math.floor(k / NTAGS) - 1, k % NTAGS) ? 1 : 0));

/** The tags that may precede each tag b (PRED[PRED_OFF[b] … PRED_OFF[b + 1]), in increasing order. */
const PRED_OFF = new Int32Array(NTAGS + 1);
const PRED = Int8Array.from(Array.from({ length: NTAGS }, (_, b) => Array.from({ length: NTAGS }, (_, a) => a).filter((a) => ALLOWED[(a + 1) * NTAGS + b])).flatMap((as, b) => {
  PRED_OFF[b + 1] = PRED_OFF[b]! + as.length;
  return as;
}));

/**
 * Viterbi over emission scores (n × NTAGS, row-major) and transition scores.
 * Returns the best tag index per position.
 */
export function viterbi(emit: Float64Array | Float32Array, n: number, trans: ArrayLike<number>): Int8Array {
  const out = new Int8Array(n);
  if (n === 0) return out;
  const score = new Float64Array(n * NTAGS);
  const back = new Int8Array(n * NTAGS);
  for (let b = 0; b < NTAGS; b++) {
    score[b] = ALLOWED[b] ? emit[b]! + trans[NTAGS * NTAGS + b]! : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const p = (i - 1) * NTAGS;
    for (let b = 0; b < NTAGS; b++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = PRED_OFF[b]!; k < PRED_OFF[b + 1]!; k++) {
        const a = PRED[k]!;
        const s = score[p + a]! + trans[a * NTAGS + b]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[i * NTAGS + b] = best + emit[i * NTAGS + b]!;
      back[i * NTAGS + b] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let b = 0; b < NTAGS; b++) {
    if (score[(n - 1) * NTAGS + b]! > best) {
      best = score[(n - 1) * NTAGS + b]!;
      arg = b;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * NTAGS + arg]!;
  }
  return out;
}

/**
 * viterbi() for the seven BIO tags, unrolled: the scores of the previous position stay in
 * local variables. The same arithmetic in the same order (the first best predecessor wins
 * a tie), so the same tags; written into out[at …].
 */
export function viterbiInto(emit: Float64Array, n: number, trans: Float32Array, out: Int8Array, at: number): void {
  if (n === 0) return;
  if (backBuf.length < n * NTAGS) backBuf = new Int8Array(Math.max(n * NTAGS, backBuf.length * 2));
  const back = backBuf;
  const S = NTAGS * NTAGS;
  let s0 = emit[0]! + trans[S + 0]!;
  let s1 = emit[1]! + trans[S + 1]!;
  let s2 = -Infinity;
  let s3 = emit[3]! + trans[S + 3]!;
  let s4 = -Infinity;
  let s5 = emit[5]! + trans[S + 5]!;
  let s6 = -Infinity;
  for (let i = 1; i < n; i++) {
    const e = i * NTAGS;
    let best = -Infinity;
    let arg = 0;
    let x = 0;
    x = s0 + trans[0]!;
    if (x > best) { best = x; arg = 0; }
    x = s1 + trans[7]!;
    if (x > best) { best = x; arg = 1; }
    x = s2 + trans[14]!;
    if (x > best) { best = x; arg = 2; }
    x = s3 + trans[21]!;
    if (x > best) { best = x; arg = 3; }
    x = s4 + trans[28]!;
    if (x > best) { best = x; arg = 4; }
    x = s5 + trans[35]!;
    if (x > best) { best = x; arg = 5; }
    x = s6 + trans[42]!;
    if (x > best) { best = x; arg = 6; }
    const n0 = best + emit[e + 0]!;
    back[e + 0] = arg;
    best = -Infinity;
    arg = 0;
    x = s0 + trans[1]!;
    if (x > best) { best = x; arg = 0; }
    x = s1 + trans[8]!;
    if (x > best) { best = x; arg = 1; }
    x = s2 + trans[15]!;
    if (x > best) { best = x; arg = 2; }
    x = s3 + trans[22]!;
    if (x > best) { best = x; arg = 3; }
    x = s4 + trans[29]!;
    if (x > best) { best = x; arg = 4; }
    x = s5 + trans[36]!;
    if (x > best) { best = x; arg = 5; }
    x = s6 + trans[43]!;
    if (x > best) { best = x; arg = 6; }
    const n1 = best + emit[e + 1]!;
    back[e + 1] = arg;
    best = -Infinity;
    arg = 0;
    x = s1 + trans[9]!;
    if (x > best) { best = x; arg = 1; }
    x = s2 + trans[16]!;
    if (x > best) { best = x; arg = 2; }
    const n2 = best + emit[e + 2]!;
    back[e + 2] = arg;
    best = -Infinity;
    arg = 0;
    x = s0 + trans[3]!;
    if (x > best) { best = x; arg = 0; }
    x = s1 + trans[10]!;
    if (x > best) { best = x; arg = 1; }
    x = s2 + trans[17]!;
    if (x > best) { best = x; arg = 2; }
    x = s3 + trans[24]!;
    if (x > best) { best = x; arg = 3; }
    x = s4 + trans[31]!;
    if (x > best) { best = x; arg = 4; }
    x = s5 + trans[38]!;
    if (x > best) { best = x; arg = 5; }
    x = s6 + trans[45]!;
    if (x > best) { best = x; arg = 6; }
    const n3 = best + emit[e + 3]!;
    back[e + 3] = arg;
    best = -Infinity;
    arg = 0;
    x = s3 + trans[25]!;
    if (x > best) { best = x; arg = 3; }
    x = s4 + trans[32]!;
    if (x > best) { best = x; arg = 4; }
    const n4 = best + emit[e + 4]!;
    back[e + 4] = arg;
    best = -Infinity;
    arg = 0;
    x = s0 + trans[5]!;
    if (x > best) { best = x; arg = 0; }
    x = s1 + trans[12]!;
    if (x > best) { best = x; arg = 1; }
    x = s2 + trans[19]!;
    if (x > best) { best = x; arg = 2; }
    x = s3 + trans[26]!;
    if (x > best) { best = x; arg = 3; }
    x = s4 + trans[33]!;
    if (x > best) { best = x; arg = 4; }
    x = s5 + trans[40]!;
    if (x > best) { best = x; arg = 5; }
    x = s6 + trans[47]!;
    if (x > best) { best = x; arg = 6; }
    const n5 = best + emit[e + 5]!;
    back[e + 5] = arg;
    best = -Infinity;
    arg = 0;
    x = s5 + trans[41]!;
    if (x > best) { best = x; arg = 5; }
    x = s6 + trans[48]!;
    if (x > best) { best = x; arg = 6; }
    const n6 = best + emit[e + 6]!;
    back[e + 6] = arg;
    s0 = n0; s1 = n1; s2 = n2; s3 = n3; s4 = n4; s5 = n5; s6 = n6;
  }
  let best = -Infinity;
  let arg = 0;
  if (s0 > best) { best = s0; arg = 0; }
  if (s1 > best) { best = s1; arg = 1; }
  if (s2 > best) { best = s2; arg = 2; }
  if (s3 > best) { best = s3; arg = 3; }
  if (s4 > best) { best = s4; arg = 4; }
  if (s5 > best) { best = s5; arg = 5; }
  if (s6 > best) { best = s6; arg = 6; }
  for (let i = n - 1; i >= 0; i--) {
    out[at + i] = arg;
    arg = back[i * NTAGS + arg]!;
  }
}
let backBuf = new Int8Array(1024);

/** Tag tokens [start, end) given the document's feature hashes. */
export function tagSequence(model: TaggerModel, feats: Features, start: number, end: number): Int8Array {
  const n = end - start;
  const emit = new Float64Array(n * NTAGS);
  const { hashes, off } = feats;
  const { hot, cold } = model;
  const hot16 = new Int16Array(hot.buffer, hot.byteOffset, hot.length * 2);
  const cold16 = new Int16Array(cold.buffer, cold.byteOffset, cold.length * 2);
  const hotMask = maskOf(hot), coldMask = maskOf(cold);
  for (let i = 0; i < n; i++) {
    const e = i * NTAGS;
    let e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0;
    for (let j = off[start + i]!; j < off[start + i + 1]!; j++) {
      const h = hashes[j]!;
      // Most features are found in the small hot table; the rest in the cold one, or nowhere.
      let w16 = hot16;
      let at = probe(hot, hotMask, h);
      if (at < 0) {
        w16 = cold16;
        at = probe(cold, coldMask, h);
        if (at < 0) continue;
      }
      const w = at * 2 * SLOT;
      e1 += w16[w + 2]!;
      e2 += w16[w + 3]!;
      e3 += w16[w + 4]!;
      e4 += w16[w + 5]!;
      e5 += w16[w + 6]!;
      e6 += w16[w + 7]!;
    }
    emit[e + 1] = e1;
    emit[e + 2] = e2;
    emit[e + 3] = e3;
    emit[e + 4] = e4;
    emit[e + 5] = e5;
    emit[e + 6] = e6;
  }
  return viterbi(emit, n, model.trans);
}

/** The model file: hashes and weights (one row of NTAGS per hash), rounded. */
export interface ModelFile {
  readonly format: string;
  /** Fingerprint of the segmenter the model was trained over (see segmenterFingerprint). */
  readonly segmenter?: number;
  readonly tags: readonly string[];
  readonly trans: readonly number[];
  readonly hashes: readonly number[];
  readonly weights: readonly number[];
}

export class ModelError extends Error {
  readonly code = 'bad_model' as const;
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
  }
}

export function parseModel(json: unknown, file = 'model.json'): TaggerModel {
  const m = json as ModelFile;
  if (!m || m.format !== MODEL_FORMAT) throw new ModelError(file, `format must be ${MODEL_FORMAT}`);
  if (JSON.stringify(m.tags) !== JSON.stringify(TAGS)) throw new ModelError(file, `tags must be ${TAGS.join(',')}`);
  if (!Array.isArray(m.trans) || m.trans.length !== (NTAGS + 1) * NTAGS) throw new ModelError(file, 'bad transition table');
  if (!Array.isArray(m.hashes) || !Array.isArray(m.weights) || m.weights.length !== m.hashes.length * NTAGS) {
    throw new ModelError(file, `expected ${NTAGS} weights per feature hash`);
  }
  m.hashes.forEach((h, i) => {
    if (!Number.isInteger(h) || h === 0 || h !== (h | 0)) throw new ModelError(file, `hash #${i} is not a non-zero 32-bit integer`);
  });
  const model = buildModel(m.hashes, m.weights, m.trans);
  return m.segmenter === undefined ? model : { ...model, segmenter: m.segmenter };
}

/** A fixed probe whose tokens, POS tags and lemmas fingerprint a segmenter. */
export const SEGMENTER_PROBE = 'The minister said on Monday that the talks, which began in Geneva, were “very useful,” adding: "We will meet again." According to officials, she denied it.';

/** Hash of the probe's segmentation: changes whenever tokens, tags or lemmas change. */
export function segmenterFingerprint(tokens: readonly { start: number; end: number; pos: string; lemma?: string }[]): number {
  return strHash(tokens.map((t) => `${t.start}:${t.end}:${t.pos}:${t.lemma ?? ''}`).join('|'));
}

export function loadModel(path = DATA_DIR + 'model.json'): TaggerModel {
  return parseModel(JSON.parse(readFileSync(path, 'utf8')), path);
}
