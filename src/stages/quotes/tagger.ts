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
  /** Transition weights, (NTAGS + 1) × NTAGS: row NTAGS is the sequence start. */
  readonly trans: Float32Array;
  /**
   * Open-addressing table of SLOT-wide slots over one buffer: the feature hash (as
   * int32, 0 = empty) followed by its NTAGS weights (as float32), so that a lookup
   * touches one cache line.
   */
  readonly keys: Int32Array;
  readonly weights: Float32Array;
  /** Number of features. */
  readonly size: number;
}

const SLOT = 8;

function slot(h: number, mask: number): number {
  return (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
}

/** Offset of a feature's slot (its weights follow at +1 … +NTAGS), or -1. */
export function slotOf(model: TaggerModel, h: number): number {
  const keys = model.keys;
  const mask = keys.length / SLOT - 1;
  for (let i = slot(h, mask); ; i = (i + 1) & mask) {
    const k = keys[i * SLOT]!;
    if (k === h) return i * SLOT;
    if (k === 0) return -1;
  }
}

/** Build a model from feature hashes and their weight rows (NTAGS per hash). */
export function buildModel(hashes: ArrayLike<number>, weights: ArrayLike<number>, trans: ArrayLike<number>): TaggerModel {
  let size = 1;
  // Load factor at most 2/3.
  while (size * 2 < hashes.length * 3 + 2) size *= 2;
  const buf = new ArrayBuffer(size * SLOT * 4);
  const keys = new Int32Array(buf);
  const w = new Float32Array(buf);
  const mask = size - 1;
  for (let r = 0; r < hashes.length; r++) {
    const h = hashes[r]!;
    let i = slot(h, mask);
    while (keys[i * SLOT] !== 0 && keys[i * SLOT] !== h) i = (i + 1) & mask;
    keys[i * SLOT] = h;
    for (let b = 0; b < NTAGS; b++) w[i * SLOT + 1 + b] = weights[r * NTAGS + b]!;
  }
  return { trans: Float32Array.from(trans), keys, weights: w, size: hashes.length };
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
    for (let b = 0; b < NTAGS; b++) {
      let best = -Infinity;
      let arg = 0;
      for (let a = 0; a < NTAGS; a++) {
        if (!ALLOWED[(a + 1) * NTAGS + b]) continue;
        const s = score[(i - 1) * NTAGS + a]! + trans[a * NTAGS + b]!;
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
  const W = model.weights;
  for (let i = 0; i < n; i++) {
    const e = i * NTAGS;
    for (let j = off[start + i]!; j < off[start + i + 1]!; j++) {
      const r = slotOf(model, hashes[j]!);
      if (r < 0) continue;
      for (let b = 0; b < NTAGS; b++) emit[e + b]! += W[r + 1 + b]!;
    }
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
