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
  /** Transition weights, (NTAGS + 1) × NTAGS: row NTAGS is the sequence start, in the units of `weights`. */
  readonly trans: Float32Array;
  /**
   * Open-addressing table of (feature hash, row) pairs; hash 0 marks an empty slot.
   * The probe reads hash and row from one cache line.
   */
  readonly keys: Int32Array;
  /**
   * NTAGS weights per row, as 16-bit integers (the file's weights × `scale`), in the
   * order of the file, which puts the most frequent features first: the rows that
   * nearly every token reads share a few cache lines.
   */
  readonly weights: Int16Array;
  /** Weights in the file × scale = weights here. */
  readonly scale: number;
  /**
   * One bit per hash value modulo its size, set for the model's features: a text has
   * many features the model lacks, and this small filter turns most of them away
   * before the table.
   */
  readonly filter: Uint32Array;
  /** Number of features. */
  readonly size: number;
}

function slot(h: number, mask: number): number {
  return (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
}

/** Filter size in bits: 2^19 (64 KB). */
const FILTER_BITS = 19;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/** Row of a feature (its weights start at row × NTAGS), or -1. */
export function rowOf(model: TaggerModel, h: number): number {
  const f = h & FILTER_MASK;
  if ((model.filter[f >>> 5]! & (1 << (f & 31))) === 0) return -1;
  const keys = model.keys;
  const mask = (keys.length >>> 1) - 1;
  for (let i = slot(h, mask); ; i = (i + 1) & mask) {
    const k = keys[2 * i]!;
    if (k === h) return keys[2 * i + 1]!;
    if (k === 0) return -1;
  }
}

/** Build a model from feature hashes and their weight rows (NTAGS per hash). */
export function buildModel(hashes: ArrayLike<number>, weights: ArrayLike<number>, trans: ArrayLike<number>): TaggerModel {
  let size = 1;
  // Load factor at most 1/2, so that a miss ends at an empty slot within a probe or two.
  while (size < hashes.length * 2 + 2) size *= 2;
  const keys = new Int32Array(2 * size);
  const filter = new Uint32Array(1 << (FILTER_BITS - 5));
  let max = 1e-9;
  for (let k = 0; k < weights.length; k++) max = Math.max(max, Math.abs(weights[k]!));
  const scale = 32767 / max;
  const w = new Int16Array(hashes.length * NTAGS);
  const mask = size - 1;
  for (let r = 0; r < hashes.length; r++) {
    const h = hashes[r]!;
    const f = h & FILTER_MASK;
    filter[f >>> 5]! |= 1 << (f & 31);
    let i = slot(h, mask);
    while (keys[2 * i] !== 0 && keys[2 * i] !== h) i = (i + 1) & mask;
    keys[2 * i] = h;
    keys[2 * i + 1] = r;
    for (let b = 0; b < NTAGS; b++) w[r * NTAGS + b] = Math.round(weights[r * NTAGS + b]! * scale);
  }
  return { trans: Float32Array.from(trans, (x) => x * scale), keys, weights: w, scale, filter, size: hashes.length };
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
      const r = rowOf(model, hashes[j]!);
      if (r < 0) continue;
      const w = r * NTAGS;
      for (let b = 0; b < NTAGS; b++) emit[e + b]! += W[w + b]!;
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
