/**
 * Universal POS tagging with a greedy, left-to-right averaged perceptron (the classic
 * tagger of Honnibal 2013): features of the word, its suffixes, prefix and shape, the two
 * previous tags and the words around it, hashed to 32-bit keys. The weights
 * (data/pos/weights.bin.gz) are trained by scripts/train-pos.ts; no text is stored.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dataDir, dataLines, DataFileError } from './data.js';

/** The 17 UD UPOS tags, in the order of the weight columns. */
export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;
export type Upos = (typeof UPOS)[number];
export const NCLASS = UPOS.length;
/** Pseudo-tags for the positions before the sentence. */
const START1 = NCLASS;
const START2 = NCLASS + 1;

/** Version of the feature set: weights trained for another version are refused. */
export const FEATURE_VERSION = 'upos-v3';
export const NFEATURES = 18;

/** FNV-1a over s[from, to). */
export function fnv(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Mix a template id and a value into a non-zero 32-bit feature key. */
export function mix(t: number, v: number): number {
  let h = Math.imul(t + 0x27d4eb2f, 0x9e3779b1) ^ v;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h | 0;
}

const H_START1 = fnv('-START-');
const H_START2 = fnv('-START2-');
const H_END1 = fnv('-END-');
const H_END2 = fnv('-END2-');

/** Hash of the lower-cased word with every digit read as 9 ("1,000.50" → "9,999.99"). */
function wordHash(lower: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < lower.length; i++) {
    let c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57) c = 57;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Hash of the word's shape: X x d or the character itself, runs cut at two ("Putin" → Xxx). */
function shapeHash(w: string): number {
  let h = 0x811c9dc5;
  let prev = -1;
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let s: number;
    if (c >= 65 && c <= 90) s = 88;
    else if (c >= 97 && c <= 122) s = 120;
    else if (c >= 48 && c <= 57) s = 100;
    else if (c > 127) {
      const l = w[i]!.toLowerCase();
      s = l !== w[i] ? 88 : l.toUpperCase() !== l ? 120 : c;
    } else s = c;
    if (s === prev) {
      if (++run >= 2) continue;
    } else run = 0;
    prev = s;
    h ^= s;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

const CAPS_SALT = 0x5bd1e995;

/** True when words[from, to) hold at least two words with letters and no lower-case letter. */
export function isCapitals(words: readonly string[], lowers: readonly string[], from: number, to: number): boolean {
  let lettered = 0;
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (w === lowers[k]) {
      if (w.toUpperCase() !== w) return false; // has a lower-case letter
      continue; // no letters at all
    }
    if (w.toUpperCase() !== w) return false;
    lettered++;
  }
  return lettered >= 2;
}

/**
 * The static (tag-independent) parts of the features of one sentence, padded with two
 * positions each side. Reused across sentences to avoid allocation.
 */
export class SentenceContext {
  n = 0;
  w = new Int32Array(64);
  s3 = new Int32Array(64);
  s2 = new Int32Array(64);
  s1 = new Int32Array(64);
  sh = new Int32Array(64);
  pre = new Int32Array(64);

  /** words: the tokens as written; lowers: the same lower-cased. */
  prepare(words: readonly string[], lowers: readonly string[], from = 0, to = words.length): void {
    const n = to - from;
    this.n = n;
    if (this.w.length < n + 4) {
      const cap = Math.max(n + 4, this.w.length * 2);
      this.w = new Int32Array(cap); this.s3 = new Int32Array(cap); this.s2 = new Int32Array(cap);
      this.s1 = new Int32Array(cap); this.sh = new Int32Array(cap); this.pre = new Int32Array(cap);
    }
    const { w, s3, s2, s1, sh, pre } = this;
    w[0] = H_START2; w[1] = H_START1; w[n + 2] = H_END1; w[n + 3] = H_END2;
    s3[0] = s3[1] = s3[n + 2] = s3[n + 3] = 0;
    // The shape after the last word is read too (feature 17): it must not be an earlier sentence's.
    sh[n + 2] = sh[n + 3] = 0;
    // A sentence in capitals (a headline): its shapes say nothing of names, so they get their own features.
    const caps = isCapitals(words, lowers, from, to);
    const salt = caps ? CAPS_SALT : 0;
    for (let k = 0; k < n; k++) {
      const word = words[from + k]!;
      const low = lowers[from + k]!;
      const L = low.length;
      w[k + 2] = wordHash(low);
      s3[k + 2] = fnv(low, Math.max(0, L - 3), L);
      s2[k + 2] = fnv(low, Math.max(0, L - 2), L);
      s1[k + 2] = fnv(low, Math.max(0, L - 1), L);
      sh[k + 2] = shapeHash(word) ^ salt;
      pre[k + 2] = word.charCodeAt(0) ^ salt;
    }
  }

  /** Feature keys of word k (0-based) given the two previous tags, written to out. */
  features(k: number, p1: number, p2: number, out: Int32Array): void {
    const i = k + 2;
    const { w, s3, s2, s1, sh, pre } = this;
    out[0] = mix(0, 0);
    out[1] = mix(1, w[i]!);
    out[2] = mix(2, s3[i]!);
    out[3] = mix(3, s2[i]!);
    out[4] = mix(4, pre[i]!);
    out[5] = mix(5, sh[i]!);
    out[6] = mix(6, p1);
    out[7] = mix(7, p2);
    out[8] = mix(8, p1 * 32 + p2);
    out[9] = mix(mix(9, p1), w[i]!);
    out[10] = mix(10, w[i - 1]!);
    out[11] = mix(11, s3[i - 1]!);
    out[12] = mix(12, w[i - 2]!);
    out[13] = mix(13, w[i + 1]!);
    out[14] = mix(14, s3[i + 1]!);
    out[15] = mix(15, w[i + 2]!);
    out[16] = mix(mix(16, k === 0 ? 1 : 0), sh[i]!);
    out[17] = mix(mix(17, s1[i]!), sh[i + 1]!);
  }

  /**
   * The features of word k other than the bias and the previous-tag features (0, 6, 7, 8),
   * whose weights the tagger adds from a precomputed table: the same sum, fewer lookups.
   */
  lexicalFeatures(k: number, p1: number, out: Int32Array): void {
    const i = k + 2;
    const { w, s3, s2, s1, sh, pre } = this;
    out[0] = mix(1, w[i]!);
    out[1] = mix(2, s3[i]!);
    out[2] = mix(3, s2[i]!);
    out[3] = mix(4, pre[i]!);
    out[4] = mix(5, sh[i]!);
    out[5] = mix(mix(9, p1), w[i]!);
    out[6] = mix(10, w[i - 1]!);
    out[7] = mix(11, s3[i - 1]!);
    out[8] = mix(12, w[i - 2]!);
    out[9] = mix(13, w[i + 1]!);
    out[10] = mix(14, s3[i + 1]!);
    out[11] = mix(15, w[i + 2]!);
    out[12] = mix(mix(16, k === 0 ? 1 : 0), sh[i]!);
    out[13] = mix(mix(17, s1[i]!), sh[i + 1]!);
  }
}

/** Keys of the features that depend only on the two previous tags (with the bias). */
export function tagContextFeatures(p1: number, p2: number, out: Int32Array): void {
  out[0] = mix(0, 0);
  out[1] = mix(6, p1);
  out[2] = mix(7, p2);
  out[3] = mix(8, p1 * 32 + p2);
}
const NLEXICAL = NFEATURES - 4;
const NTAGCTX = NCLASS + 2;

export { START1, START2 };

/**
 * Averaged weights, int16 (value × scale), in an open-addressing table whose entries hold
 * the feature key and its NCLASS weights side by side (40 bytes: one cache line a probe).
 */
const STRIDE32 = 10; // int32 words per entry: the key, then 17 int16 weights and padding
const STRIDE16 = STRIDE32 * 2;

export class PosModel {
  private readonly mask: number;
  private readonly keyTable: Int32Array;
  private readonly wTable: Int16Array;

  constructor(readonly keys: Int32Array, readonly weights: Int16Array, readonly scale: number) {
    if (weights.length !== keys.length * NCLASS) throw new Error('weights do not match keys');
    let cap = 1;
    while (cap < keys.length * 1.5) cap <<= 1;
    this.mask = cap - 1;
    const buf = new ArrayBuffer(cap * STRIDE32 * 4);
    this.keyTable = new Int32Array(buf);
    this.wTable = new Int16Array(buf);
    for (let r = 0; r < keys.length; r++) {
      let s = keys[r]! & this.mask;
      while (this.keyTable[s * STRIDE32] !== 0) s = (s + 1) & this.mask;
      this.keyTable[s * STRIDE32] = keys[r]!;
      this.wTable.set(weights.subarray(r * NCLASS, (r + 1) * NCLASS), s * STRIDE16 + 2);
    }
  }

  /** Add the weights of the features to scores (length NCLASS, zeroed by the caller). */
  score(feats: Int32Array, scores: Int32Array): void {
    const K = this.keyTable;
    const W = this.wTable;
    const mask = this.mask;
    for (let f = 0; f < feats.length; f++) {
      const key = feats[f]!;
      let s = key & mask;
      for (;;) {
        const k = K[s * STRIDE32]!;
        if (k === key) {
          const b = s * STRIDE16 + 2;
          for (let c = 0; c < NCLASS; c++) scores[c] += W[b + c]!;
          break;
        }
        if (k === 0) break;
        s = (s + 1) & mask;
      }
    }
  }
}

/** Index of the highest score; ties go to the lower index. */
export function argmax(scores: Float64Array | Int32Array): number {
  let best = 0;
  for (let c = 1; c < NCLASS; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}

export class PosTagger {
  private readonly ctx = new SentenceContext();
  private readonly feats = new Int32Array(NLEXICAL);
  private readonly scores = new Int32Array(NCLASS);
  /** (p1, p2) → summed weights of the bias and previous-tag features. */
  private readonly tagContext: Int32Array;

  /** tagdict: words (as written) that are tagged without scoring: frequent and unambiguous in training. */
  constructor(readonly model: PosModel, readonly tagdict: ReadonlyMap<string, number> = new Map()) {
    this.tagContext = new Int32Array(NTAGCTX * NTAGCTX * NCLASS);
    const f = new Int32Array(4);
    for (let p1 = 0; p1 < NTAGCTX; p1++) {
      for (let p2 = 0; p2 < NTAGCTX; p2++) {
        tagContextFeatures(p1, p2, f);
        model.score(f, this.tagContext.subarray((p1 * NTAGCTX + p2) * NCLASS, (p1 * NTAGCTX + p2 + 1) * NCLASS));
      }
    }
  }

  /** Tag indices (into UPOS) of words[from, to), one sentence; written to out[from, to). */
  tagInto(words: readonly string[], lowers: readonly string[], from: number, to: number, out: Uint8Array | number[]): void {
    const { ctx, feats, scores, tagContext } = this;
    ctx.prepare(words, lowers, from, to);
    let p1: number = START1;
    let p2: number = START2;
    const dict = this.tagdict;
    for (let k = 0; k < to - from; k++) {
      let t = dict.get(words[from + k]!) ?? (ARTICLE_NAME.test(words[from + k]!) ? PROPN_INDEX : undefined);
      if (t === undefined) {
        ctx.lexicalFeatures(k, p1, feats);
        const base = (p1 * NTAGCTX + p2) * NCLASS;
        for (let c = 0; c < NCLASS; c++) scores[c] = tagContext[base + c]!;
        this.model.score(feats, scores);
        t = argmax(scores);
      }
      out[from + k] = t;
      p2 = p1;
      p1 = t;
    }
  }

  /** UPOS tags of one sentence's words. */
  tag(words: readonly string[]): Upos[] {
    const lowers = words.map((w) => w.toLowerCase());
    const out = new Uint8Array(words.length);
    this.tagInto(words, lowers, 0, words.length, out);
    return Array.from(out, (t) => UPOS[t]!);
  }
}

const MAGIC = 'DLPOS1';

/** Serialise weights: gzip of [u32 header length][header JSON][i32 keys][i16 weights]. */
export function encodeWeights(keys: Int32Array, q: Int16Array, scale: number, meta: Record<string, unknown>): Buffer {
  const header = Buffer.from(JSON.stringify({ magic: MAGIC, version: FEATURE_VERSION, classes: UPOS, rows: keys.length, scale, ...meta }));
  const pad = (4 - ((4 + header.length) % 4)) % 4;
  const head = Buffer.alloc(4 + header.length + pad, 0x20);
  head.writeUInt32LE(header.length + pad, 0);
  header.copy(head, 4);
  return Buffer.concat([head, Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength), Buffer.from(q.buffer, q.byteOffset, q.byteLength)]);
}

/** Load weights written by encodeWeights (gzipped), checking header and sizes. */
export function loadPosModel(file = join(dataDir(), 'weights.bin.gz')): PosModel {
  const buf = gunzipSync(readFileSync(file));
  const hlen = buf.readUInt32LE(0);
  let header: { magic?: string; version?: string; classes?: string[]; rows?: number; scale?: number };
  try {
    header = JSON.parse(buf.subarray(4, 4 + hlen).toString('utf8'));
  } catch {
    throw new DataFileError(file, 1, 'unreadable header');
  }
  if (header.magic !== MAGIC) throw new DataFileError(file, 1, 'not a dateline POS weight file');
  if (header.version !== FEATURE_VERSION) throw new DataFileError(file, 1, `feature version ${header.version}, expected ${FEATURE_VERSION}: retrain with scripts/train-pos.ts`);
  if (JSON.stringify(header.classes) !== JSON.stringify(UPOS)) throw new DataFileError(file, 1, 'class list differs from UPOS');
  const rows = header.rows!;
  const scale = header.scale!;
  const body = 4 + hlen;
  if (buf.length !== body + rows * 4 + rows * NCLASS * 2) throw new DataFileError(file, 1, `size ${buf.length} does not match ${rows} rows`);
  // Copy into aligned typed arrays (little-endian, as written on every platform Node runs on).
  const aligned = new Uint8Array(rows * 4 + rows * NCLASS * 2);
  aligned.set(buf.subarray(body));
  const keys = new Int32Array(aligned.buffer, 0, rows);
  const q = new Int16Array(aligned.buffer, rows * 4, rows * NCLASS);
  return new PosModel(keys, q, scale);
}

/** data/pos/tagdict.tsv: word, UPOS, count, share: words tagged without scoring. */
export function loadTagDict(file = join(dataDir(), 'tagdict.tsv')): Map<string, number> {
  const out = new Map<string, number>();
  const index = new Map<string, number>(UPOS.map((u, i) => [u, i]));
  const lines = dataLines(file);
  if (lines[0]?.text !== 'word\tupos\tcount\tshare') throw new DataFileError(file, lines[0]?.line ?? 1, 'expected the header "word<TAB>upos<TAB>count<TAB>share"');
  for (const { line, text } of lines.slice(1)) {
    const c = text.split('\t');
    const t = index.get(c[1] ?? '');
    if (c.length !== 4 || !c[0] || t === undefined || !/^\d+$/.test(c[2]!) || !(Number(c[3]) > 0 && Number(c[3]) <= 1)) throw new DataFileError(file, line, `expected word, UPOS, count, share: ${JSON.stringify(text)}`);
    if (out.has(c[0])) throw new DataFileError(file, line, `duplicate word ${c[0]}`);
    out.set(c[0], t);
  }
  return out;
}

/**
 * A name with the Arabic article joined by a hyphen and capitalised after it ("al-Assad", "Al-Qaeda",
 * "el-Sisi", "ash-Shaibani") is a proper noun: the model, which saw few, read "al-assad" as an auxiliary.
 */
export const ARTICLE_NAME = /^(?:[Aa][lnrstdz]|[Ee]l|[Aa]sh)-\p{Lu}[\p{L}'’-]*$/u;
const PROPN_INDEX = UPOS.indexOf('PROPN');

let shared: PosTagger | null = null;
/** The tagger over the shipped weights and tag dictionary (loaded once; immutable). */
export function defaultPosTagger(): PosTagger {
  shared ??= new PosTagger(loadPosModel(), loadTagDict());
  return shared;
}
