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
  /** The sentence's context bits other than sentence-initial (2 = a sentence in capitals). */
  readonly ctx?: number;
}

/**
 * Feature indices of two adjacent words a b (left out of Featurizer.sentence with
 * context = false): those that belong to b as the current word, then those that belong to
 * a. Four each.
 */
export function pairFeatures(a: WordEntry, b: WordEntry, bits: number): number[] {
  const mask = (1 << bits) - 1;
  return [
    mix2(16, a.sshape, b.sshape) & mask, mix2(41, a.cl2, b.cl2) & mask, mix2(44, a.low, b.low) & mask, mix2(46, a.low, b.sshape) & mask,
    mix2(17, a.sshape, b.sshape) & mask, mix2(42, a.cl2, b.cl2) & mask, mix2(45, a.low, b.low) & mask, mix2(47, a.sshape, b.low) & mask,
  ];
}

/**
 * Feature indices of a word's context features (left out of Featurizer.sentence with
 * context = false) for ctx = initial | inCapitals << 1.
 */
export function contextFeatures(e: WordEntry, ctx: number, bits: number): number[] {
  const mask = (1 << bits) - 1;
  return [mix2(49, ctx, e.cap) & mask, mix2(50, ctx, e.sshape) & mask, mix2(51, ctx, e.cl2) & mask, mix2(54, ctx, e.low) & mask];
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
  /** Starts with an upper-case letter; starts with an ASCII lower-case letter (for docContext). */
  readonly initialUpper: boolean;
  readonly initialLower: boolean;
  /** Gazetteer.startMask of the word. */
  readonly gazStart: number;
  /** A number for the entry (< 2^26), unique within one generation of the featurizer (see Featurizer.generation). */
  readonly id: number;
  /** Scores a tagger caches for this word (see NerModel), and the tagger they belong to. */
  scores?: Float32Array;
  scoresOf?: object;
}

export class Featurizer {
  private readonly cache = new Map<string, WordEntry>();
  private nextId = 0;
  /**
   * Bumped when entry ids start again from the bottom (after 2^26 of them, when the cache is
   * emptied): an entry made before then may share an id with one made after.
   */
  generation = 0;
  private readonly mask: number;
  private readonly bos: WordEntry;
  private readonly eos: WordEntry;
  private buf = new Int32Array(4096);

  constructor(readonly lexicon: Lexicon, readonly gazetteer: Gazetteer, readonly bits: number) {
    this.mask = (1 << bits) - 1;
    const b = new Uint32Array(N_ATOMS).fill(BOS), e = new Uint32Array(N_ATOMS).fill(EOS);
    this.bos = this.entry(b, '<s>', '<s>', true);
    this.eos = this.entry(e, '</s>', '</s>', true);
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

  /** The entry of a word (boundary: one of the padding entries before and after a sentence). */
  private entry(a: Uint32Array, raw: string, key: string, boundary = false): WordEntry {
    const m = this.mask;
    const f = (xs: number[]) => { const out = new Int32Array(xs.length); for (let k = 0; k < xs.length; k++) out[k] = xs[k]! & m; return out; };
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
      key,
      hasUpper: !boundary && /\p{Lu}/u.test(raw),
      hasLower: !boundary && /\p{Ll}/u.test(raw),
      initialUpper: !boundary && isCapitalised(raw),
      initialLower: !boundary && raw.charCodeAt(0) >= 97 && raw.charCodeAt(0) <= 122,
      gazStart: boundary ? -1 : this.gazetteer.startMask(raw, key),
      id: this.nextId++,
    };
  }

  private word(raw: string): WordEntry {
    let e = this.cache.get(raw);
    if (e) return e;
    e = this.entry(this.atoms(raw), raw, normToken(raw));
    if (this.cache.size > 300_000) {
      this.cache.clear();
      if (this.nextId > (1 << 26) - 1_000_000) { this.generation++; this.nextId = 2; }
    }
    this.cache.set(raw, e);
    return e;
  }

  /** The entries of every word of every sentence (for docContext and sentence). */
  entriesOf(sentences: readonly (readonly string[])[]): WordEntry[][] {
    return sentences.map((s) => { const es: WordEntry[] = new Array(s.length); for (let i = 0; i < s.length; i++) es[i] = this.word(s[i]!); return es; });
  }

  /** docContext(sentences), from the word entries (entriesOf(sentences), if already at hand). */
  docContext(sentences: readonly (readonly string[])[], entries: readonly (readonly WordEntry[])[] = this.entriesOf(sentences)): DocContext {
    const m = new Map<string, number>();
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si]!, es = entries[si]!;
      // isUpperSentence: no word with a lower-case letter, some word with a capital.
      let lower = false, upper = false;
      for (let i = 0; i < s.length; i++) { const e = es[i]!; if (e.hasLower) lower = true; else if (e.hasUpper) upper = true; }
      if (!lower && upper) continue;
      for (let i = 1; i < s.length; i++) {
        const prev = s[i - 1]!;
        if (prev === '"' || prev === ':' || prev === '``' || prev === '“' || prev === '(') continue;
        const e = es[i]!;
        if (e.initialUpper) m.set(e.key, (m.get(e.key) ?? 0) | D_CAP_MID);
        else if (e.initialLower) m.set(e.key, (m.get(e.key) ?? 0) | D_LOWER);
      }
    }
    return m;
  }

  /** Word keys (lower-cased) and whether each word has a capital letter. */
  keysOf(words: readonly string[]): { keys: string[]; upper: boolean[] } {
    const keys: string[] = new Array(words.length), upper: boolean[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) { const e = this.word(words[i]!); keys[i] = e.key; upper[i] = e.hasUpper; }
    return { keys, upper };
  }

  /**
   * Features of one sentence. With copy = false the arrays are views of a buffer that
   * the next call overwrites (the tagger's fast path). context = false leaves out the
   * features of a word with its context bits and those of two adjacent words
   * (contextFeatures, pairFeatures), which a caller scores from caches. entries: the
   * sentence's word entries, if already at hand (entriesOf).
   */
  sentence(words: readonly string[], doc?: DocContext, copy = true, unigrams = true, context = true, entries?: readonly WordEntry[]): SentenceFeatures {
    const n = words.length;
    const E: WordEntry[] = new Array(n + 4);
    E[0] = this.bos; E[1] = this.bos;
    let anyLower = false, anyUpper = false;
    const keys: string[] = new Array(n);
    const upperWord: boolean[] = new Array(n);
    const starts: number[] = new Array(n);
    let anyStart = false;
    for (let i = 0; i < n; i++) {
      const e = entries ? entries[i]! : this.word(words[i]!);
      E[i + 2] = e; keys[i] = e.key; upperWord[i] = e.hasUpper; starts[i] = e.gazStart;
      if (e.hasLower) anyLower = true;
      if (e.hasUpper) anyUpper = true;
      if (e.gazStart >= 0) anyStart = true;
    }
    E[n + 2] = this.eos; E[n + 3] = this.eos;
    const upper = anyUpper && !anyLower ? 1 : 0;
    // Gazetteer atoms per token.
    let gaz: number[][] | null = null;
    const ms = anyStart ? this.gazetteer.matches(words, keys, starts) : [];
    if (ms.length) {
      gaz = new Array(n);
      for (let i = 0; i < n; i++) gaz[i] = [];
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
      if (context) {
        buf[p++] = mix2(16, p1.sshape, c.sshape) & mask;
        buf[p++] = mix2(17, c.sshape, n1.sshape) & mask;
      }
      buf[p++] = mix2(18, mix2(0, p1.sshape, c.sshape), n1.sshape) & mask;
      if (context) {
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
      }
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
    return { feats: copy ? buf.slice(0, p) : buf.subarray(0, p), offs, keys, upper: upperWord, entries: E, ctx: upper << 1 };
  }
}
