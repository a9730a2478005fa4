/**
 * The attribution tagger: a first-order averaged perceptron over BIO tags for
 * source, cue and content, decoded with Viterbi under BIO constraints. Weights
 * are trained on PolNeAR train by scripts/train-quotes.ts and ship as
 * data/quotes/model.json (feature hashes and numbers only, no text).
 */
import { readFileSync } from 'node:fs';
import { DATA_DIR } from './lexicon.js';
import { strHash, type Features } from './features.js';

export const TAGS = ['O', 'B-SRC', 'I-SRC', 'B-CUE', 'I-CUE', 'B-CON', 'I-CON'] as const;
export type Tag = (typeof TAGS)[number];
export const NTAGS = TAGS.length;
export const MODEL_FORMAT = 'dateline-quotes-perceptron/2';

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
  return { trans: Float32Array.from(trans, (x) => x * scale), hot, cold, scale, size: n };
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
