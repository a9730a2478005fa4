/**
 * Feature extraction for the tagger. Each token gets a list of hashed feature indices:
 * the word, its lower-cased form and shape in a ±2 window, affixes, word-cluster ids at
 * three granularities, capitalisation statistics from raw text, gazetteer matches and a
 * few document-level cues. Per-word atoms are cached, so tagging mostly mixes integers.
 */
import { fmix, hashString, mix1, mix2 } from './hash.js';
import { Gazetteer, normToken } from './gazetteer.js';
import { isCapitalised, isUpperSentence, lookupForms, normWord, shortShape, wordShape } from './shape.js';

export interface Lexicon {
  /** Case-sensitive word → cluster ids (one per granularity). */
  readonly clusters: ReadonlyMap<string, readonly number[]>;
  /** Lower-cased word → capitalisation bucket (0–5, see capBucket). */
  readonly caps: ReadonlyMap<string, number>;
}

/** Bucket the share of capitalised mid-sentence occurrences of a word. */
export function capBucket(capitalised: number, lower: number): number {
  const n = capitalised + lower;
  const r = capitalised / n;
  if (n < 3) return 6;
  return r < 0.02 ? 0 : r < 0.2 ? 1 : r < 0.5 ? 2 : r < 0.8 ? 3 : r < 0.98 ? 4 : 5;
}

// Atom slots per word type.
const A_WORD = 0, A_LOW = 1, A_SHAPE = 2, A_SSHAPE = 3, A_PRE = 4, A_SUF = 8, A_CL = 12, A_CAP = 15, A_FLAGS = 16, N_ATOMS = 17;

/** Document-level cue bits per lower-cased word. */
const D_CAP_MID = 1, D_LOWER = 2;

export type DocContext = ReadonlyMap<string, number>;

/** Cues from every sentence of a document: how each word is written where its case is informative. */
export function docContext(sentences: readonly (readonly string[])[]): DocContext {
  const m = new Map<string, number>();
  for (const s of sentences) {
    if (isUpperSentence(s)) continue;
    for (let i = 1; i < s.length; i++) {
      const w = s[i]!;
      const c = w.charCodeAt(0);
      const prev = s[i - 1]!;
      if (prev === '"' || prev === ':' || prev === '``' || prev === '“' || prev === '(') continue;
      const lw = normToken(w);
      if (isCapitalised(w)) m.set(lw, (m.get(lw) ?? 0) | D_CAP_MID);
      else if (c >= 97 && c <= 122) m.set(lw, (m.get(lw) ?? 0) | D_LOWER);
    }
  }
  return m;
}

export interface SentenceFeatures {
  /** Feature indices (already reduced to the table size), token by token. */
  readonly feats: Int32Array;
  /** feats[offs[i] .. offs[i+1]) belong to token i. */
  readonly offs: Int32Array;
  /** Lower-cased word keys and whether each word has a capital letter (from Featurizer.sentence). */
  readonly keys?: readonly string[];
  readonly upper?: readonly boolean[];
  /**
   * The word entries of the sentence with two boundary entries on each side (token i is
   * entries[i + 2]). With unigrams = false, feats leave out the entries' own features
   * (self, p1, n1, p2, n2 lists), which the caller scores per word.
   */
  readonly entries?: readonly WordEntry[];
}

const BOS = hashString('<s>', 7), EOS = hashString('</s>', 7);
const NONE = hashString('<none>', 7);

/** Everything about one word type the features need, computed once per word. */
export interface WordEntry {
  /** Feature indices of the word at the current position. */
  readonly self: Int32Array;
  /** ... as the previous / next / second previous / second next word. */
  readonly p1: Int32Array;
  readonly n1: Int32Array;
  readonly p2: Int32Array;
  readonly n2: Int32Array;
  readonly low: number;
  readonly sshape: number;
  readonly cl2: number;
  readonly cap: number;
  readonly key: string;
  readonly hasUpper: boolean;
  readonly hasLower: boolean;
}

export class Featurizer {
  private readonly cache = new Map<string, WordEntry>();
  private readonly mask: number;
  private readonly bos: WordEntry;
  private readonly eos: WordEntry;
  private buf = new Int32Array(4096);

  constructor(readonly lexicon: Lexicon, readonly gazetteer: Gazetteer, readonly bits: number) {
    this.mask = (1 << bits) - 1;
    const b = new Uint32Array(N_ATOMS).fill(BOS), e = new Uint32Array(N_ATOMS).fill(EOS);
    this.bos = this.entry(b, '<s>', false, false);
    this.eos = this.entry(e, '</s>', false, false);
  }

  atoms(raw: string): Uint32Array {
    const a = new Uint32Array(N_ATOMS);
    // Typographic quotes and dashes as CoNLL's Reuters text writes them.
    const w = raw.replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-');
    const low = normWord(w);
    a[A_WORD] = hashString(w, 1);
    a[A_LOW] = hashString(low, 2);
    a[A_SHAPE] = hashString(wordShape(w), 3);
    a[A_SSHAPE] = hashString(shortShape(w), 4);
    const lw = w.toLowerCase();
    for (let k = 0; k < 4; k++) {
      a[A_PRE + k] = lw.length > k + 1 ? hashString(lw.slice(0, k + 1), 10 + k) : NONE;
      a[A_SUF + k] = lw.length > k + 1 ? hashString(lw.slice(-(k + 1)), 20 + k) : NONE;
    }
    let cl: readonly number[] | undefined;
    for (const f of lookupForms(w)) { cl = this.lexicon.clusters.get(f); if (cl) break; }
    for (let k = 0; k < 3; k++) a[A_CL + k] = cl ? fmix(cl[k]! + 1000 * (k + 1)) : NONE;
    const cap = this.lexicon.caps.get(lw);
    a[A_CAP] = cap === undefined ? NONE : fmix(cap + 77);
    let flags = 0;
    if (/\p{N}/u.test(w)) flags |= 1;
    if (w.includes('-')) flags |= 2;
    if (w.includes('.')) flags |= 4;
    if (/^\p{Lu}/u.test(w)) flags |= 8;
    if (/\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w)) flags |= 16;
    if (!/[\p{L}\p{N}]/u.test(w)) flags |= 32;
    if (w.length > 12) flags |= 64;
    a[A_FLAGS] = fmix(flags + 999);
    return a;
  }

  private entry(a: Uint32Array, key: string, hasUpper: boolean, hasLower: boolean): WordEntry {
    const m = this.mask;
    const f = (xs: number[]) => Int32Array.from(xs, (h) => h & m);
    return {
      self: f([
        mix1(1, 0), mix1(2, a[A_WORD]!), mix1(3, a[A_LOW]!), mix1(10, a[A_SHAPE]!), mix1(13, a[A_SSHAPE]!),
        mix1(20, a[A_PRE]!), mix1(21, a[A_PRE + 1]!), mix1(22, a[A_PRE + 2]!), mix1(23, a[A_PRE + 3]!),
        mix1(24, a[A_SUF]!), mix1(25, a[A_SUF + 1]!), mix1(26, a[A_SUF + 2]!), mix1(27, a[A_SUF + 3]!),
        mix1(30, a[A_CL]!), mix1(31, a[A_CL + 1]!), mix1(32, a[A_CL + 2]!), mix2(43, a[A_CL + 2]!, a[A_SSHAPE]!), mix1(48, a[A_FLAGS]!),
      ]),
      p1: f([mix1(4, a[A_LOW]!), mix1(8, a[A_WORD]!), mix1(11, a[A_SHAPE]!), mix1(28, a[A_SUF + 2]!), mix1(33, a[A_CL]!), mix1(34, a[A_CL + 1]!), mix1(35, a[A_CL + 2]!), mix1(52, a[A_CAP]!)]),
      n1: f([mix1(5, a[A_LOW]!), mix1(9, a[A_WORD]!), mix1(12, a[A_SHAPE]!), mix1(29, a[A_SUF + 2]!), mix1(36, a[A_CL]!), mix1(37, a[A_CL + 1]!), mix1(38, a[A_CL + 2]!), mix1(53, a[A_CAP]!)]),
      p2: f([mix1(6, a[A_LOW]!), mix1(14, a[A_SSHAPE]!), mix1(39, a[A_CL + 1]!)]),
      n2: f([mix1(7, a[A_LOW]!), mix1(15, a[A_SSHAPE]!), mix1(40, a[A_CL + 1]!)]),
      low: a[A_LOW]!, sshape: a[A_SSHAPE]!, cl2: a[A_CL + 2]!, cap: a[A_CAP]!,
      key, hasUpper, hasLower,
    };
  }

  private word(raw: string): WordEntry {
    let e = this.cache.get(raw);
    if (e) return e;
    e = this.entry(this.atoms(raw), normToken(raw), /\p{Lu}/u.test(raw), /\p{Ll}/u.test(raw));
    if (this.cache.size > 300_000) this.cache.clear();
    this.cache.set(raw, e);
    return e;
  }

  /** Word keys (lower-cased) and whether each word has a capital letter. */
  keysOf(words: readonly string[]): { keys: string[]; upper: boolean[] } {
    const keys: string[] = new Array(words.length), upper: boolean[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) { const e = this.word(words[i]!); keys[i] = e.key; upper[i] = e.hasUpper; }
    return { keys, upper };
  }

  /**
   * Features of one sentence. With copy = false the arrays are views of a buffer that
   * the next call overwrites (the tagger's fast path).
   */
  sentence(words: readonly string[], doc?: DocContext, copy = true, unigrams = true): SentenceFeatures {
    const n = words.length;
    const E: WordEntry[] = new Array(n + 4);
    E[0] = this.bos; E[1] = this.bos;
    let anyLower = false, anyUpper = false;
    const keys: string[] = new Array(n);
    const upperWord: boolean[] = new Array(n);
    for (let i = 0; i < n; i++) { const e = this.word(words[i]!); E[i + 2] = e; keys[i] = e.key; upperWord[i] = e.hasUpper; if (e.hasLower) anyLower = true; if (e.hasUpper) anyUpper = true; }
    E[n + 2] = this.eos; E[n + 3] = this.eos;
    const upper = anyUpper && !anyLower ? 1 : 0;
    // Gazetteer atoms per token.
    let gaz: number[][] | null = null;
    const ms = this.gazetteer.matches(words, keys);
    if (ms.length) {
      gaz = Array.from({ length: n }, () => []);
      for (const [s, len, m] of ms) {
        for (let c = 0; c < this.gazetteer.classes.length; c++) {
          if (!(m & (1 << c))) continue;
          const ch = this.gazetteer.classHashes[c]!;
          for (let j = 0; j < len; j++) {
            const pos = len === 1 ? 3 : j === 0 ? 0 : j === len - 1 ? 2 : 1;
            gaz[s + j]!.push(fmix(ch + pos), fmix(ch + 8 + Math.min(len, 4)));
          }
        }
      }
    }
    const mask = this.mask;
    const need = n * 80 + 64;
    if (this.buf.length < need) this.buf = new Int32Array(need * 2);
    let buf = this.buf;
    let p = 0;
    const offs = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      offs[i] = p;
      const p2 = E[i]!, p1 = E[i + 1]!, c = E[i + 2]!, n1 = E[i + 3]!, n2 = E[i + 4]!;
      if (unigrams) {
        const cs = c.self, a1 = p1.p1, b1 = n1.n1, a2 = p2.p2, b2 = n2.n2;
        for (let k = 0; k < cs.length; k++) buf[p++] = cs[k]!;
        for (let k = 0; k < a1.length; k++) buf[p++] = a1[k]!;
        for (let k = 0; k < b1.length; k++) buf[p++] = b1[k]!;
        for (let k = 0; k < a2.length; k++) buf[p++] = a2[k]!;
        for (let k = 0; k < b2.length; k++) buf[p++] = b2[k]!;
      }
      const initial = i === 0 ? 1 : 0;
      const ctx = initial | (upper << 1);
      buf[p++] = mix2(16, p1.sshape, c.sshape) & mask;
      buf[p++] = mix2(17, c.sshape, n1.sshape) & mask;
      buf[p++] = mix2(18, mix2(0, p1.sshape, c.sshape), n1.sshape) & mask;
      buf[p++] = mix2(41, p1.cl2, c.cl2) & mask;
      buf[p++] = mix2(42, c.cl2, n1.cl2) & mask;
      buf[p++] = mix2(44, p1.low, c.low) & mask;
      buf[p++] = mix2(45, c.low, n1.low) & mask;
      buf[p++] = mix2(46, p1.low, c.sshape) & mask;
      buf[p++] = mix2(47, c.sshape, n1.low) & mask;
      buf[p++] = mix2(49, ctx, c.cap) & mask;
      buf[p++] = mix2(50, ctx, c.sshape) & mask;
      buf[p++] = mix2(51, ctx, c.cl2) & mask;
      buf[p++] = mix2(54, ctx, c.low) & mask;
      if (doc) buf[p++] = mix2(55, ctx * 4 + (doc.get(c.key) ?? 0), c.sshape) & mask;
      if (gaz) {
        const g0 = gaz[i]!;
        if (p + 3 * (g0.length + (i > 0 ? gaz[i - 1]!.length : 0) + (i + 1 < n ? gaz[i + 1]!.length : 0)) + n * 80 > buf.length) {
          const nb = new Int32Array(buf.length * 2); nb.set(buf.subarray(0, p)); buf = this.buf = nb;
        }
        for (const g of g0) buf[p++] = mix2(56, g, ctx) & mask;
        if (i > 0) for (const g of gaz[i - 1]!) buf[p++] = mix1(57, g) & mask;
        if (i + 1 < n) for (const g of gaz[i + 1]!) buf[p++] = mix1(58, g) & mask;
      }
    }
    offs[n] = p;
    return { feats: copy ? buf.slice(0, p) : buf.subarray(0, p), offs, keys, upper: upperWord, entries: E };
  }
}
