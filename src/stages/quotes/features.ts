/**
 * Token features for the attribution tagger: the word, its suffix and neighbours, POS
 * context, whether it lies between quotation marks or in parentheses, where the
 * nearest and the strongest likely cue (by the PolNeAR-derived cue lexicon) stand in
 * its sentence and what lies between (a comma, "that", a quotation mark, a verb),
 * where the sentence stands in its paragraph, and the word category (data/quotes/
 * categories.tsv: speech verb, cognition verb, report noun, source noun) of the token and
 * of the nearest categorised words before and after it.
 *
 * Features are 32-bit hashes of (template, values), computed from per-token
 * string hashes without building strings: linear in the number of tokens.
 */
import type { Span } from '../../document/span.js';
import type { Token } from '../../document/layers.js';
import type { QuoteRegion } from './marks.js';
import { CATEGORIES, type CategoryLexicon, type CueLexicon } from './lexicon.js';
import { structure } from './structure.js';
import { scratchBuffer } from './scratch.js';

/** Category numbers (1 … CATEGORIES.length) of the verb categories that make a word a likely cue. */
const SPEECH = CATEGORIES.indexOf('speech') + 1;
const COGNITION = CATEGORIES.indexOf('cognition') + 1;

/** One tagging sequence: a paragraph's tokens [start, end) in the token array. */
export interface Sequence {
  readonly start: number;
  readonly end: number;
}

export interface TokenContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Sentence index of each token. */
  readonly sent: Int32Array;
  /** Token range [start, end) of each sentence. */
  readonly sentRange: readonly Sequence[];
  /** 1 inside a quotation, 2 for an opening mark, 3 for a closing mark, 0 outside. */
  readonly quote: Uint8Array;
  readonly sequences: readonly Sequence[];
  /** Cue ratio of each token's lemma (0 if not in the lexicon). */
  readonly cue: Float32Array;
  /** Each token's lemmaOf. */
  readonly lemmas: readonly string[];
  /** strHash of each token's lemmaOf. */
  readonly lemmaHash: Int32Array;
  /** Word category of each token's lemma (1 … CATEGORIES.length; 0 if none or no category lexicon). */
  readonly cat: Uint8Array;
}

/** Minimum lexicon ratio for a token to count as a likely cue in context features. */
export const CUE_THRESHOLD = 0.15;

export function lemmaOf(t: Token): string {
  return (t.lemma ?? t.norm).toLowerCase();
}

/** Index tokens by sentence, paragraph and quotation region, in one pass each. */
export function buildContext(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Span[],
  paragraphs: readonly Span[],
  regions: readonly QuoteRegion[],
  lexicon: CueLexicon,
  categories?: CategoryLexicon,
  /** Build on the stage's scratch memory (scratch.ts): for a context nothing keeps once its document is done. */
  reuse = false,
): TokenContext {
  const n = tokens.length;
  // One buffer for the per-token values: the sentence index and the lemma hashes, then cue
  // ratios, quotation states and categories.
  const buf = reuse ? scratchBuffer('context', 14 * n) : new ArrayBuffer(14 * n);
  const sent = new Int32Array(buf, 0, n).fill(-1);
  const lemmaHash = new Int32Array(buf, 4 * n, n);
  const sentRange: Sequence[] = [];
  let k = 0;
  sentences.forEach((s, si) => {
    while (k < n && tokens[k]!.end <= s.start) k++;
    const a = k;
    while (k < n && tokens[k]!.start < s.end) sent[k++] = si;
    sentRange.push({ start: a, end: k });
  });
  for (let i = 0; i < n; i++) {
    if (sent[i] === -1) {
      sent[i] = sentRange.length;
      sentRange.push({ start: i, end: i + 1 });
    }
  }
  const cue = new Float32Array(buf, 8 * n, n);
  const quote = new Uint8Array(buf, 12 * n, n);
  const cat = new Uint8Array(buf, 13 * n, n);
  let r = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    while (r < regions.length && regions[r]!.end <= t.start) r++;
    const q = regions[r];
    if (!q || t.end <= q.start) continue;
    if (t.start === q.start) quote[i] = 2;
    else if (t.end === q.end && q.end > q.inner.end) quote[i] = 3;
    else quote[i] = 1;
  }
  const sequences: Sequence[] = [];
  let j = 0;
  for (const p of paragraphs.length ? paragraphs : [{ start: 0, end: Number.MAX_SAFE_INTEGER }]) {
    while (j < n && tokens[j]!.end <= p.start) j++;
    const a = j;
    while (j < n && tokens[j]!.start < p.end) j++;
    if (j > a) sequences.push({ start: a, end: j });
  }
  if (j < n) sequences.push({ start: j, end: n });
  const lemmas = new Array<string>(n);
  // One lookup a token: the cue ratio and the category of each lemma in one table, found by the
  // lemma's strHash (which the tagger's features read too) rather than by a Map's own hash of it.
  const table = lemmaTable(lexicon, categories);
  for (let i = 0; i < n; i++) {
    const l = (lemmas[i] = lemmaOf(tokens[i]!));
    const k = lemmaIndex(table, l, (lemmaHash[i] = strHash(l)));
    if (k >= 0) {
      cue[i] = table.cue[k]!;
      cat[i] = table.cat[k]!;
    }
  }
  return { text, tokens, sent, sentRange, quote, sequences, cue, lemmas, lemmaHash, cat };
}

/** The cue ratio and category of every lemma either lexicon knows, in an open-addressing table by strHash. */
interface LemmaTable {
  readonly lemmas: readonly string[];
  readonly hashes: Int32Array;
  readonly cue: Float64Array;
  readonly cat: Uint8Array;
  /** Index + 1 of the lemma in each slot (0: empty), at most half full. */
  readonly slots: Int32Array;
}

/** Index of a lemma (with its strHash) in the table, or -1. */
function lemmaIndex(t: LemmaTable, lemma: string, h: number): number {
  const { slots } = t;
  const mask = slots.length - 1;
  for (let i = (Math.imul(h, 0x9e3779b1) >>> 0) & mask; ; i = (i + 1) & mask) {
    const k = slots[i]! - 1;
    if (k < 0) return -1;
    if (t.hashes[k] === h && t.lemmas[k] === lemma) return k;
  }
}

/** The table of a pair of lexicons, made once per pair. */
const tables = new WeakMap<CueLexicon, Map<CategoryLexicon | undefined, LemmaTable>>();
function lemmaTable(lexicon: CueLexicon, categories: CategoryLexicon | undefined): LemmaTable {
  let byCat = tables.get(lexicon);
  if (!byCat) tables.set(lexicon, (byCat = new Map()));
  let t = byCat.get(categories);
  if (!t) {
    const m = new Map<string, { cue: number; cat: number }>();
    for (const [k, v] of lexicon) m.set(k, { cue: v, cat: 0 });
    if (categories) for (const [k, c] of categories) m.set(k, { cue: lexicon.get(k) ?? 0, cat: c });
    const lemmas = [...m.keys()];
    let size = 2;
    while (size < 2 * lemmas.length) size *= 2;
    t = { lemmas, hashes: Int32Array.from(lemmas, strHash), cue: Float64Array.from(lemmas, (l) => m.get(l)!.cue), cat: Uint8Array.from(lemmas, (l) => m.get(l)!.cat), slots: new Int32Array(size) };
    for (let k = 0; k < lemmas.length; k++) {
      let i = (Math.imul(t.hashes[k]!, 0x9e3779b1) >>> 0) & (size - 1);
      while (t.slots[i] !== 0) i = (i + 1) & (size - 1);
      t.slots[i] = k + 1;
    }
    byCat.set(categories, t);
  }
  return t;
}

/** FNV-1a over UTF-16 code units. */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x5bd1e995);
  return (h ^ (h >>> 15)) | 0;
}

/** Templates are numbered 0 … TEMPLATES - 1; each one's hash seed is computed once. */
const TEMPLATES = 66;
const SEEDS = Int32Array.from({ length: TEMPLATES }, (_, t) => mix(0x2545f491, t));

/** Hash of a template and up to three values; never 0 (0 marks an empty slot). */
export function fhash(t: number, a = 0, b = 0, c = 0): number {
  const h = mix(mix(mix(SEEDS[t]!, a), b), c);
  return h === 0 ? 1 : h;
}

/** Case shape from the first characters: ALLCAPS, single capital, Capitalised, lower, digit, other. */
const up = (x: number) => (x >= 65 && x <= 90) || (x >= 0xc0 && x <= 0xde && x !== 0xd7);
const lo = (x: number) => (x >= 97 && x <= 122) || (x >= 0xdf && x <= 0xff && x !== 0xf7);

function shape(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  if (up(c)) {
    if (end - start === 1) return 2;
    return up(text.charCodeAt(start + 1)) ? 1 : 3;
  }
  if (lo(c)) return 4;
  if (c >= 48 && c <= 57) return 5;
  return 6;
}

export function bucket(d: number): number {
  return d <= 3 ? d : d <= 6 ? 4 : d <= 12 ? 5 : d <= 25 ? 6 : 7;
}

export const BOS = 0x51a7;
export const EOS = 0x3e0d;
const THAT = strHash('that');
const COLON = strHash(':');
export const COMMA = strHash(',');
const PUNCT = strHash('PUNCT');
const VERB = strHash('VERB');

/** Hash of the last three characters, lower-cased ("-ing", "-ed", "-ion"). */
export function suffix(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(start, end - 3); i < end; i++) h = Math.imul(h ^ (text.charCodeAt(i) | 0x20), 0x01000193);
  return h | 0;
}

/** Feature hashes of every token (a flat array with offsets: token i owns [off[i], off[i+1])). */
export interface Features {
  readonly hashes: Int32Array;
  readonly off: Int32Array;
}

const MAX_PER_TOKEN = 64;

/** Below this cue ratio a word does not make its paragraph worth tagging. */
export const TAG_MIN = 0.05;

/**
 * Is the paragraph worth tagging: has it a word that is at all likely to be a cue, a
 * quotation mark or a colon? Paragraphs without (tables, lists, bare narration) take
 * the tagger's time and give it nothing to find.
 */
export function worthTagging(ctx: TokenContext, s: Sequence): boolean {
  for (let i = s.start; i < s.end; i++) if (ctx.cue[i]! >= TAG_MIN || ctx.quote[i]! > 0 || ctx.tokens[i]!.norm === ':') return true;
  return false;
}

/** How many sentences around one worth tagging are tagged with it. */
const TAG_REACH = 1;

/**
 * The runs of sentences worth tagging: in each paragraph worth it, the sentences within
 * TAG_REACH of one that holds a likely cue, a quotation mark or a colon (the tagger's
 * attributions reach no farther); the others are left untagged.
 */
export function taggedRuns(ctx: TokenContext): Sequence[] {
  const { sent, sentRange } = ctx;
  const out: Sequence[] = [];
  for (const s of ctx.sequences) {
    if (!worthTagging(ctx, s)) continue;
    const s0 = sent[s.start]!;
    const s1 = sent[s.end - 1]!;
    if (s0 < 0 || s1 < 0 || s1 - s0 < 2 * TAG_REACH + 1) { out.push(s); continue; }
    const worthy = new Uint8Array(scratchBuffer('worthy', s1 - s0 + 1), 0, s1 - s0 + 1);
    for (let j = s0; j <= s1; j++) {
      const r = sentRange[j]!;
      if (worthTagging(ctx, { start: Math.max(r.start, s.start), end: Math.min(r.end, s.end) })) worthy[j - s0] = 1;
    }
    let runStart = -1;
    for (let j = s0; j <= s1 + 1; j++) {
      let keep = false;
      if (j <= s1) for (let d = -TAG_REACH; d <= TAG_REACH && !keep; d++) keep = worthy[j - s0 + d] === 1;
      if (keep && runStart < 0) runStart = j;
      if (!keep && runStart >= 0) {
        out.push({ start: Math.max(s.start, sentRange[runStart]!.start), end: Math.min(s.end, sentRange[j - 1]!.end) });
        runStart = -1;
      }
    }
  }
  return out;
}

/**
 * Per-token values the feature templates read: string hashes of word, lemma and POS, case
 * shape, the nearest likely cue left and right in the sentence (and what lies between), the
 * sentence's strongest likely cue, quotation marks in the sentence, the sentence's place in
 * its paragraph, parentheses, and what lies between each token and the strongest cue.
 */
export interface TokenArrays {
  readonly hN: Int32Array;
  readonly hL: Int32Array;
  readonly hP: Int32Array;
  readonly sh: Int32Array;
  readonly left: Int32Array;
  readonly leftFlags: Uint8Array;
  readonly right: Int32Array;
  readonly rightFlags: Uint8Array;
  /** Per sentence. */
  readonly strongest: Int32Array;
  readonly colonBefore: Uint8Array;
  readonly qFirst: Int32Array;
  readonly qLast: Int32Array;
  readonly sentInPara: Uint8Array;
  /** Per token. */
  readonly paren: Uint8Array;
  readonly between: Uint8Array;
  /** Category of the nearest categorised word before (after) the token in its sentence, 0 if none, and its distance bucket. */
  readonly catL: Uint8Array;
  readonly dL: Uint8Array;
  readonly catR: Uint8Array;
  readonly dR: Uint8Array;
}

/** reuse: on the stage's scratch memory (scratch.ts), for a caller that keeps none of the arrays once done. */
export function tokenArrays(ctx: TokenContext, reuse = false): TokenArrays {
  const { tokens, sent, sentRange, quote, cue, text } = ctx;
  const n = tokens.length;
  const S = sentRange.length;
  // Two allocations, cut into the arrays (left, right, strongest, qFirst, qLast start at -1).
  const i32 = reuse ? new Int32Array(scratchBuffer('arrays32', 4 * (6 * n + 3 * S)), 0, 6 * n + 3 * S) : new Int32Array(6 * n + 3 * S);
  i32.fill(-1, 4 * n);
  const u8 = reuse ? new Uint8Array(scratchBuffer('arrays8', 9 * n + 2 * S), 0, 9 * n + 2 * S) : new Uint8Array(9 * n + 2 * S);
  const hN = i32.subarray(0, n);
  const hL = i32.subarray(n, 2 * n);
  const hP = i32.subarray(2 * n, 3 * n);
  const sh = i32.subarray(3 * n, 4 * n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    // (Most norms are their lemma, whose hash buildContext has.)
    hL[i] = ctx.lemmaHash[i]!;
    hN[i] = t.norm === ctx.lemmas[i] ? hL[i]! : strHash(t.norm);
    hP[i] = strHash(t.pos);
    sh[i] = shape(text, t.start, t.end);
  }
  // Nearest likely cue left and right within the sentence, and what lies between.
  const left = i32.subarray(4 * n, 5 * n);
  const leftFlags = u8.subarray(0, n);
  const right = i32.subarray(5 * n, 6 * n);
  const rightFlags = u8.subarray(n, 2 * n);
  // A verb of speech or cognition (categories.tsv) is a likely cue too, however seldom the
  // lexicon saw it open one: the context features then point at it.
  const { cat } = ctx;
  // (Each token's, worked out once: the loops below read it three times.)
  const likelyCue = u8.subarray(8 * n + 2 * S, 9 * n + 2 * S);
  for (let k = 0; k < n; k++) if ((cue[k]! >= CUE_THRESHOLD && hP[k] !== PUNCT) || (hP[k] === VERB && (cat[k] === SPEECH || cat[k] === COGNITION))) likelyCue[k] = 1;
  const isCue = (k: number) => likelyCue[k] === 1;
  // The strongest likely cue of each sentence, and whether the sentence before ends in a colon.
  const strongest = i32.subarray(6 * n, 6 * n + S);
  const colonBefore = u8.subarray(4 * n, 4 * n + S);
  const qFirst = i32.subarray(6 * n + S, 6 * n + 2 * S);
  const qLast = i32.subarray(6 * n + 2 * S, 6 * n + 3 * S);
  sentRange.forEach((s, si) => {
    let c = -1;
    let flags = 0;
    for (let i = s.start; i < s.end; i++) {
      left[i] = c;
      leftFlags[i] = flags;
      if (isCue(i)) {
        c = i;
        flags = 0;
      } else {
        if (hN[i] === THAT || hN[i] === COLON) flags |= 1;
        if (hN[i] === COMMA) flags |= 2;
        if (quote[i]! >= 2) flags |= 4;
      }
      if (quote[i]! > 0) {
        if (qFirst[si] === -1) qFirst[si] = i;
        qLast[si] = i;
      }
    }
    let best = -1;
    for (let i = s.start; i < s.end; i++) if (isCue(i) && (best < 0 || cue[i]! > cue[best]!)) best = i;
    strongest[si] = best;
    if (si > 0 && s.start > 0 && s.end > s.start) {
      const prevEnd = sentRange[si - 1]!.end - 1;
      if (prevEnd >= 0 && (hN[prevEnd] === COLON || (prevEnd > 0 && hN[prevEnd - 1] === COLON && quote[prevEnd]! >= 2))) colonBefore[si] = 1;
    }
    c = -1;
    flags = 0;
    for (let i = s.end - 1; i >= s.start; i--) {
      right[i] = c;
      rightFlags[i] = flags;
      if (isCue(i)) {
        c = i;
        flags = 0;
      } else {
        if (hN[i] === COMMA) flags |= 2;
        if (quote[i]! >= 2) flags |= 4;
      }
    }
  });
  // Position of each sentence in its paragraph (0, 1, 2 = later) and parenthesis depth.
  const sentInPara = u8.subarray(4 * n + S, 4 * n + 2 * S);
  let para = 0;
  let count = 0;
  sentRange.forEach((s, si) => {
    while (para < ctx.sequences.length && ctx.sequences[para]!.end <= s.start) {
      para++;
      count = 0;
    }
    sentInPara[si] = Math.min(2, count++);
  });
  const paren = u8.subarray(2 * n, 3 * n);
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!.norm;
    if (w === '(') depth++;
    paren[i] = depth > 0 ? 1 : 0;
    if (w === ')' && depth > 0) depth--;
    if (i + 1 < n && sent[i + 1] !== sent[i]) depth = 0;
  }
  // What lies between each token and its sentence's strongest cue: a comma, "that" or a
  // colon, a quotation mark, a verb.
  const between = u8.subarray(3 * n, 4 * n);
  sentRange.forEach((s, si) => {
    const B = strongest[si]!;
    if (B < 0) return;
    let f = 0;
    for (let i = B - 1; i >= s.start; i--) {
      between[i] = f;
      if (hN[i] === COMMA) f |= 1;
      if (hN[i] === THAT || hN[i] === COLON) f |= 2;
      if (quote[i]! >= 2) f |= 4;
      if (hP[i] === VERB) f |= 8;
    }
    f = 0;
    for (let i = B + 1; i < s.end; i++) {
      between[i] = f;
      if (hN[i] === COMMA) f |= 1;
      if (hN[i] === THAT || hN[i] === COLON) f |= 2;
      if (quote[i]! >= 2) f |= 4;
      if (hP[i] === VERB) f |= 8;
    }
  });
  // The nearest categorised words.
  const catL = u8.subarray(4 * n + 2 * S, 5 * n + 2 * S);
  const dL = u8.subarray(5 * n + 2 * S, 6 * n + 2 * S);
  const catR = u8.subarray(6 * n + 2 * S, 7 * n + 2 * S);
  const dR = u8.subarray(7 * n + 2 * S, 8 * n + 2 * S);
  for (const s of sentRange) {
    let c = -1;
    for (let i = s.start; i < s.end; i++) {
      if (c >= 0) {
        catL[i] = cat[c]!;
        dL[i] = bucket(i - c);
      }
      if (cat[i]! > 0) c = i;
    }
    c = -1;
    for (let i = s.end - 1; i >= s.start; i--) {
      if (c >= 0) {
        catR[i] = cat[c]!;
        dR[i] = bucket(c - i);
      }
      if (cat[i]! > 0) c = i;
    }
  }
  return { hN, hL, hP, sh, left, leftFlags, right, rightFlags, strongest, colonBefore, qFirst, qLast, sentInPara, paren, between, catL, dL, catR, dR };
}

/** Features of every token, or only of those in the given sequences (the others get none). */
export function allFeatures(ctx: TokenContext, only?: readonly Sequence[]): Features {
  const { tokens, sent, sentRange, quote, cue, text } = ctx;
  const n = tokens.length;
  let wanted: Uint8Array | null = null;
  if (only) {
    wanted = new Uint8Array(n);
    for (const s of only) wanted.fill(1, s.start, s.end);
  }
  const { hN, hL, hP, sh, left, leftFlags, right, rightFlags, strongest, colonBefore, qFirst, qLast, sentInPara, paren, between, catL, dL, catR, dR } = tokenArrays(ctx, true);
  const { cat } = ctx;
  const st = structure(tokens, sentRange, strongest, true);
  const off = new Int32Array(n + 1);
  const out = new Int32Array(n * MAX_PER_TOKEN);
  let o = 0;
  for (let i = 0; i < n; i++) {
    off[i] = o;
    if (wanted && !wanted[i]) continue;
    const si = sent[i]!;
    const sa = sentRange[si]!.start;
    const se = sentRange[si]!.end;
    const wm1 = i - 1 >= sa ? hN[i - 1]! : BOS;
    const wm2 = i - 2 >= sa ? hN[i - 2]! : BOS;
    const wp1 = i + 1 < se ? hN[i + 1]! : EOS;
    const wp2 = i + 2 < se ? hN[i + 2]! : EOS;
    const pm1 = i - 1 >= sa ? hP[i - 1]! : BOS;
    const pm2 = i - 2 >= sa ? hP[i - 2]! : BOS;
    const pp1 = i + 1 < se ? hP[i + 1]! : EOS;
    const pp2 = i + 2 < se ? hP[i + 2]! : EOS;
    const pp3 = i + 3 < se ? hP[i + 3]! : EOS;
    const lp1 = i + 1 < se ? hL[i + 1]! : EOS;
    const qi = quote[i]!;
    const qm1 = i - 1 >= sa ? quote[i - 1]! : 9;
    const qp1 = i + 1 < se ? quote[i + 1]! : 9;
    const hn = hN[i]!;
    const hp = hP[i]!;
    const t = tokens[i]!;
    out[o++] = fhash(1);
    out[o++] = fhash(2, hn);
    out[o++] = fhash(3, hL[i]);
    out[o++] = fhash(4, hp);
    out[o++] = fhash(5, sh[i]);
    out[o++] = fhash(6, wm1);
    out[o++] = fhash(7, wp1);
    out[o++] = fhash(8, wm2);
    out[o++] = fhash(9, wp2);
    out[o++] = fhash(10, wm1, hn);
    out[o++] = fhash(11, hn, wp1);
    out[o++] = fhash(12, pm1);
    out[o++] = fhash(13, pp1);
    out[o++] = fhash(14, pm2);
    out[o++] = fhash(15, pp2);
    out[o++] = fhash(16, pm1, hp);
    out[o++] = fhash(17, hp, pp1);
    out[o++] = fhash(18, qi);
    out[o++] = fhash(19, qm1, qi, qp1);
    out[o++] = fhash(20, qi, hp);
    const qb = qFirst[si]! >= 0 && qFirst[si]! < i ? 1 : 0;
    const qa = qLast[si]! > i ? 1 : 0;
    out[o++] = fhash(21, qb * 2 + qa, qi);
    if (i === sa) out[o++] = fhash(22);
    if (i === se - 1) out[o++] = fhash(23);
    out[o++] = fhash(24, Math.min(4, Math.floor((5 * (i - sa)) / Math.max(1, se - sa))));
    out[o++] = fhash(42, hL[i], lp1);
    out[o++] = fhash(43, pp3);
    out[o++] = fhash(61, cat[i], hp);
    out[o++] = fhash(62, catL[i], dL[i], qi);
    out[o++] = fhash(63, catR[i], dR[i], qi);
    const c = cue[i]!;
    if (c > 0) {
      const cb = Math.min(9, Math.floor(c * 10));
      out[o++] = fhash(25, cb);
      out[o++] = fhash(26, cb, hp);
      out[o++] = fhash(27, cb, qi);
    }
    const B = strongest[si]!;
    const spos = sentInPara[si]!;
    if (B >= 0) {
      const dir = B < i ? 1 : B > i ? 2 : 3;
      const d = bucket(Math.abs(B - i));
      out[o++] = fhash(46, hL[B], dir);
      out[o++] = fhash(47, dir, d, qi);
      out[o++] = fhash(48, hL[B], dir, hp);
      out[o++] = fhash(51, dir, B + 1 < se ? hN[B + 1] : EOS);
      out[o++] = fhash(52, dir, B - 1 >= sa ? hP[B - 1] : BOS);
      out[o++] = fhash(53, dir, between[i], hp);
      out[o++] = fhash(54, dir, spos);
      // Shallow syntax around the cue (structure.ts); "inverted": the cue follows a comma or a closing mark.
      if (st.cueRel[i]) out[o++] = fhash(64, st.cueRel[i], B - 1 >= sa && (hN[B - 1] === COMMA || quote[B - 1] === 3) ? 1 : 0, hp);
      if (st.chunkAfter[i]) out[o++] = fhash(65, st.chunkAfter[i], B < i ? 1 : 2, st.chunkPos[i]);
    } else {
      out[o++] = fhash(46, 0);
      // No cue of its own: what the sentence before had (content running on).
      const P = si > 0 ? strongest[si - 1]! : -1;
      out[o++] = fhash(55, P >= 0 ? hL[P] : 0, qi, spos);
    }
    out[o++] = fhash(56, paren[i], hp);
    out[o++] = fhash(57, pm1, hp, pp1);
    out[o++] = fhash(59, suffix(text, t.start, t.end));
    out[o++] = fhash(60, si === 0 ? 1 : 0, spos, qi);
    if (colonBefore[si]) out[o++] = fhash(49, qi);
    const L = left[i]!;
    if (L >= 0) {
      const d = bucket(i - L);
      out[o++] = fhash(29, hL[L]);
      out[o++] = fhash(30, d, leftFlags[i]);
      out[o++] = fhash(32, hL[L], hp);
      out[o++] = fhash(34, d, hp);
      out[o++] = fhash(44, hL[L], d);
    } else out[o++] = fhash(28, 0);
    const R = right[i]!;
    if (R >= 0) {
      const d = bucket(R - i);
      out[o++] = fhash(36, hL[R]);
      out[o++] = fhash(37, d, rightFlags[i]);
      out[o++] = fhash(39, hL[R], hp);
      out[o++] = fhash(41, d, hp);
      out[o++] = fhash(45, hL[R], d);
    } else out[o++] = fhash(35, 0);
  }
  off[n] = o;
  return { hashes: out.subarray(0, o), off };
}
