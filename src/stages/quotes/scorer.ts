/**
 * The tagger's emission scores computed straight from the token arrays, without writing
 * feature hashes out (allFeatures + tagSequence give the same scores; the tests hold the
 * two to it). Two kinds of feature template:
 *
 * - closed templates, whose values come from small sets (POS tags, quotation states,
 *   distance buckets, flags), in groups that share their arguments: the summed weights of
 *   every value combination of a group are looked up once when the scorer is built, and a
 *   token reads one row per group from a dense index, without hashing;
 * - open templates (words, lemmas, suffixes and their combinations): hashed as allFeatures
 *   does and looked up in an open-addressing table whose first part holds the most frequent
 *   open features (small enough to stay in cache); a bit filter in front of the rest
 *   rejects most features the model lacks. Templates whose value seldom changes from one
 *   token to the next (the sentence's cue, the nearest cues) reuse the previous token's
 *   lookup when the hash is the same.
 *
 * Scores are sums of the same 16-bit integers in another order: exactly equal.
 */
import { BOS, bucket, COMMA, EOS, fhash, strHash, suffix, tokenArrays, type Sequence, type TokenContext } from './features.js';
import { NTAGS, rowOf, viterbiInto, type TaggerModel } from './tagger.js';
import { CATEGORIES } from './lexicon.js';
import { structure } from './structure.js';
import { scratchBuffer } from './scratch.js';

/** The Universal POS tags of src/nlp; a document with another tag is tagged the general way. */
export const POS_TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;
const NP = POS_TAGS.length;
/** POS of a neighbour: index NP is the sentence boundary (BOS before, EOS after). */
const PX = NP + 1;
const POS_INDEX = new Map<string, number>(POS_TAGS.map((p, i) => [p, i]));
const POSV = POS_TAGS.map(strHash);
const POSB = [...POSV, BOS];
const POSE = [...POSV, EOS];
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const Q = range(4);
/** A neighbour's quotation state: index 4 is the sentence boundary (value 9). */
const QX = [0, 1, 2, 3, 9];

/** A closed template of a group: its arguments (indices of the group's dimensions) and when it is present. */
interface Member {
  readonly t: number;
  readonly args: readonly number[];
  readonly when?: (ix: readonly number[]) => boolean;
}
/** Templates read together: dimensions (each the list of values allFeatures hashes) and members. */
interface Group {
  readonly dims: readonly (readonly number[])[];
  readonly members: readonly Member[];
}

const has = (d: number) => (ix: readonly number[]) => ix[d]! > 0;
const hasNot = (d: number) => (ix: readonly number[]) => ix[d] === 0;

/** The groups, in the order tagSequences reads them (G_* below). */
const GROUPS: readonly Group[] = [
  // G_POS3 (pm1, p, pp1)
  { dims: [POSB, POSV, POSE], members: [{ t: 1, args: [] }, { t: 4, args: [1] }, { t: 12, args: [0] }, { t: 13, args: [2] }, { t: 16, args: [0, 1] }, { t: 17, args: [1, 2] }, { t: 57, args: [0, 1, 2] }] },
  // G_POSFAR (pm2, pp2, pp3)
  { dims: [POSB, POSE], members: [{ t: 14, args: [0] }, { t: 15, args: [1] }] },
  { dims: [POSE], members: [{ t: 43, args: [0] }] },
  // G_SHAPE (shape, position bucket, first, last)
  { dims: [range(7), range(5), range(2), range(2)], members: [{ t: 5, args: [0] }, { t: 24, args: [1] }, { t: 22, args: [], when: has(2) }, { t: 23, args: [], when: has(3) }] },
  // G_QUOTE (qm1, qi, qp1)
  { dims: [QX, Q, QX], members: [{ t: 18, args: [1] }, { t: 19, args: [0, 1, 2] }] },
  // G_QPOS (qi, paren, p)
  { dims: [Q, range(2), POSV], members: [{ t: 20, args: [0, 2] }, { t: 56, args: [1, 2] }] },
  // G_SENT (quotes before/after, qi, first sentence, sentence in paragraph, colon before)
  { dims: [range(4), Q, range(2), range(3), range(2)], members: [{ t: 21, args: [0, 1] }, { t: 60, args: [2, 3, 1] }, { t: 49, args: [1], when: has(4) }] },
  // G_CUE (cue ratio bucket, p, qi): only tokens in the lexicon
  { dims: [range(10), POSV, Q], members: [{ t: 25, args: [0] }, { t: 26, args: [0, 1] }, { t: 27, args: [0, 2] }] },
  // G_STRONG (direction to the sentence's cue or 0 for none, distance, qi, sentence in paragraph)
  { dims: [range(4), range(8), Q, range(3)], members: [{ t: 46, args: [], when: hasNot(0) }, { t: 47, args: [0, 1, 2], when: has(0) }, { t: 54, args: [0, 3], when: has(0) }] },
  // G_BEFORE (direction, POS before the cue), G_BETWEEN (direction, between, p): with a cue only
  { dims: [range(4), POSB], members: [{ t: 52, args: [0, 1] }] },
  { dims: [range(4), range(16), POSV], members: [{ t: 53, args: [0, 1, 2] }] },
  // G_LEFT, G_RIGHT (cue there, distance, flags, p)
  { dims: [range(2), range(8), range(8), POSV], members: [{ t: 28, args: [], when: hasNot(0) }, { t: 30, args: [1, 2], when: has(0) }, { t: 34, args: [1, 3], when: has(0) }] },
  { dims: [range(2), range(8), range(8), POSV], members: [{ t: 35, args: [], when: hasNot(0) }, { t: 37, args: [1, 2], when: has(0) }, { t: 41, args: [1, 3], when: has(0) }] },
  // G_CAT (word category, p), G_CATL, G_CATR (category of the nearest categorised word before/after, distance, qi)
  { dims: [range(CATEGORIES.length + 1), POSV], members: [{ t: 61, args: [0, 1] }] },
  { dims: [range(CATEGORIES.length + 1), range(8), Q], members: [{ t: 62, args: [0, 1, 2] }] },
  { dims: [range(CATEGORIES.length + 1), range(8), Q], members: [{ t: 63, args: [0, 1, 2] }] },
  // G_CUEREL (relation to the cue, cue inverted, p), G_CHUNK (what opens the chunk, side of the cue, place in the chunk): with a cue only
  { dims: [range(4), range(2), POSV], members: [{ t: 64, args: [0, 1, 2], when: has(0) }] },
  { dims: [range(8), range(3), range(5)], members: [{ t: 65, args: [0, 1, 2], when: has(0) }] },
];

/** Open templates per token, at most. */
const OPEN = 20;
/** Features in the hot part of the open table. */
export const OPEN_HOT_ROWS = 2048;
const SLOT = 4;
/** The filter of the cold part: 2^(32 - FILTER_SHIFT) words, two bits per feature. */
const FILTER_SHIFT = 18;
/** The word cache: 2^WORD_BITS entries of 8 words (hash, six slots, filled). */
const WORD_BITS = 12;

export interface Scorer {
  readonly model: TaggerModel;
  /** base[g]: where group g's combinations start in `index`. */
  readonly base: Int32Array;
  /** Row of `closed` (6 int32 each) of each group combination. */
  readonly index: Uint16Array;
  readonly closed: Int32Array;
  /**
   * 16-byte slots (hash, six int16 weights): the open-addressing table's hot part, its cold
   * part, then one slot of zeros (`none`, what a feature the model lacks adds).
   */
  readonly table: Int32Array;
  readonly table16: Int16Array;
  readonly hotMask: number;
  readonly coldBase: number;
  readonly coldMask: number;
  readonly none: number;
  readonly filter: Int32Array;
  /** The word cache (see wordEntry): direct-mapped, kept from one document to the next. */
  readonly words: Int32Array;
}

function slotOf(h: number, mask: number): number {
  return (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
}

function filterHash(h: number): number {
  return Math.imul(h ^ (h >>> 16), 0x85ebca6b);
}

/** Slots for rows at a load factor of at most `load` (and at least one empty slot). */
function tableSize(rows: number, load: number): number {
  let size = 1;
  while (size * load < rows || size === rows) size *= 2;
  return size;
}

const compiled = new WeakMap<TaggerModel, Scorer>();

/** The scorer of a model (built once per model). */
export function scorerOf(model: TaggerModel): Scorer {
  let s = compiled.get(model);
  if (!s) compiled.set(model, (s = buildScorer(model)));
  return s;
}

function buildScorer(model: TaggerModel): Scorer {
  const base = new Int32Array(GROUPS.length + 1);
  GROUPS.forEach(({ dims }, g) => (base[g + 1] = base[g]! + dims.reduce((a, d) => a * d.length, 1)));
  const index = new Uint16Array(base[GROUPS.length]!);
  const rows: number[] = [0, 0, 0, 0, 0, 0];
  const rowIds = new Map<string, number>([['0,0,0,0,0,0', 0]]);
  const closedHashes = new Set<number>();
  GROUPS.forEach(({ dims, members }, g) => {
    for (let idx = 0; idx < base[g + 1]! - base[g]!; idx++) {
      const ix = new Array<number>(dims.length);
      let rest = idx;
      for (let d = dims.length - 1; d >= 0; d--) {
        ix[d] = rest % dims[d]!.length;
        rest = Math.floor(rest / dims[d]!.length);
      }
      const sum = [0, 0, 0, 0, 0, 0];
      for (const { t, args, when } of members) {
        if (when && !when(ix)) continue;
        const v = args.map((a) => dims[a]![ix[a]!]!);
        const h = fhash(t, v[0], v[1], v[2]);
        closedHashes.add(h);
        const w = rowOf(model, h);
        if (w) for (let b = 0; b < 6; b++) sum[b] += w[b]!;
      }
      const key = sum.join(',');
      let id = rowIds.get(key);
      if (id === undefined) {
        rowIds.set(key, (id = rows.length / 6));
        rows.push(...sum);
      }
      index[base[g]! + idx] = id;
    }
  });
  if (rows.length / 6 > 0xffff) throw new Error('scorer: too many closed rows');
  // The open table: the most frequent open features first, then the rest (closed features
  // too, so that an open hash equal to a closed one finds what the model's table finds).
  const open: number[] = [];
  const rest: number[] = [];
  for (const h of model.hashes) (closedHashes.has(h) ? rest : open).push(h);
  const hot = open.slice(0, OPEN_HOT_ROWS);
  const cold = open.slice(OPEN_HOT_ROWS).concat(rest);
  // The hot part half full (small, in cache); the cold part up to 70 % full (with the model's 80,000 features 61 %: 2 MB
  // rather than 4, which the other stages' work evicts less from the shared cache, and most lookups of a feature the model
  // lacks end at the filter). Against half full, the same time (1.011, bench/ab-quotes.ts measured both ways round; the
  // 6.5 % once read here was that harness favouring whichever side was new).
  const hotSize = tableSize(hot.length, 0.5);
  const coldSize = tableSize(cold.length, 0.7);
  const none = hotSize + coldSize;
  const table = new Int32Array((none + 1) * SLOT);
  const table16 = new Int16Array(table.buffer);
  const put = (h: number, at: number, size: number) => {
    let i = slotOf(h, size - 1);
    while (table[(at + i) * SLOT] !== 0) i = (i + 1) & (size - 1);
    table[(at + i) * SLOT] = h;
    table16.set(rowOf(model, h)!, (at + i) * SLOT * 2 + 2);
  };
  for (const h of hot) put(h, 0, hotSize);
  for (const h of cold) put(h, hotSize, coldSize);
  const filter = new Int32Array(2 ** (32 - FILTER_SHIFT));
  for (const h of cold) {
    const f = filterHash(h);
    filter[f >>> FILTER_SHIFT] |= (1 << (f & 31)) | (1 << ((f >>> 5) & 31));
  }
  return { model, base, index, closed: Int32Array.from(rows), table, table16, hotMask: hotSize - 1, coldBase: hotSize, coldMask: coldSize - 1, none, filter, words: new Int32Array(8 << WORD_BITS) };
}

/** Slot of an open feature in the scorer's table, or s.none. */
function look(s: Scorer, h: number): number {
  const { table } = s;
  const m = Math.imul(h, 0x9e3779b1) >>> 0;
  const hotMask = s.hotMask;
  for (let i = m & hotMask; ; i = (i + 1) & hotMask) {
    const k = table[i * SLOT]!;
    if (k === h) return i;
    if (k === 0) break;
  }
  const f = filterHash(h);
  const bits = (1 << (f & 31)) | (1 << ((f >>> 5) & 31));
  if ((s.filter[f >>> FILTER_SHIFT]! & bits) !== bits) return s.none;
  const coldMask = s.coldMask, coldBase = s.coldBase;
  for (let i = m & coldMask; ; i = (i + 1) & coldMask) {
    const k = table[(coldBase + i) * SLOT]!;
    if (k === h) return coldBase + i;
    if (k === 0) return s.none;
  }
}

/**
 * The cache entry (offset in s.words) of a word hash, filled if it held another word: the
 * slots of the word's features as the token itself (template 2), as the word before (6),
 * after (7), two before (8) and two after (9), and as a lemma (3). Those features hash the
 * word hash alone, so the entry of a hash is the same whatever the word.
 */
function wordEntry(s: Scorer, w: number): number {
  const { words } = s;
  const e = ((Math.imul(w, 0x27d4eb2d) >>> 0) >>> (32 - WORD_BITS)) * 8;
  if (words[e] !== w || words[e + 7] === 0) {
    words[e] = w;
    words[e + 1] = look(s, fhash(2, w));
    words[e + 2] = look(s, fhash(6, w));
    words[e + 3] = look(s, fhash(7, w));
    words[e + 4] = look(s, fhash(8, w));
    words[e + 5] = look(s, fhash(9, w));
    words[e + 6] = look(s, fhash(3, w));
    words[e + 7] = 1;
  }
  return e;
}

/** The suffix cache: 2^SUFFIX_BITS entries (suffix hash, slot of template 59, filled), kept from one document to the next. */
const SUFFIX_BITS = 10;
const suffixes = new WeakMap<Scorer, Int32Array>();

/** Slot of a suffix's feature (template 59), through the scorer's suffix cache. */
function suffixSlot(s: Scorer, cache: Int32Array, x: number): number {
  const e = ((Math.imul(x, 0x27d4eb2d) >>> 0) >>> (32 - SUFFIX_BITS)) * 4;
  if (cache[e] !== x || cache[e + 2] === 0) {
    cache[e] = x;
    cache[e + 1] = look(s, fhash(59, x));
    cache[e + 2] = 1;
  }
  return cache[e + 1]!;
}

/** POS index of each token (POS_TAGS), or null when some token has another tag. */
export function posIndices(ctx: TokenContext, reuse = false): Uint8Array | null {
  const { tokens } = ctx;
  const pI = reuse ? new Uint8Array(scratchBuffer('pos', tokens.length), 0, tokens.length) : new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const p = POS_INDEX.get(tokens[i]!.pos);
    if (p === undefined) return null;
    pI[i] = p;
  }
  return pI;
}

/** Buffers of tagSequences, reused from one call to the next. */
const scratch = {
  /** One token's closed rows and open slots. */
  rows: new Int32Array(24),
  slots: new Int32Array(OPEN + 5),
  /** One token's open feature hashes, at a fixed place per template (0: absent). */
  hs: new Int32Array(OPEN),
  // The last lookup at each place: many templates (the sentence's cue, the nearest cues)
  // keep their value from one token to the next.
  lastH: new Int32Array(OPEN),
  lastS: new Int32Array(OPEN),
  // The last lookup of each template that reads the token's POS (48, 32, 39), for each POS:
  // with the same cue, tokens of a POS seen before hash the same.
  posH: new Int32Array(3 * NP),
  posS: new Int32Array(3 * NP),
};
/** Emission scores (the tag O column stays 0). */
let emitBuf = new Float64Array(NTAGS * 256);
/**
 * The word-cache slots of each token of a sequence (and two tokens either side), read once a token: as the token itself
 * (1), the word before (2), after (3), two before (4), two after (5), and its lemma's (6); six int32 a token.
 */
let wordSlots = new Int32Array(6 * 256);

/**
 * Tags of the tokens of the given sequences (0 = O elsewhere), as tagSequence over
 * allFeatures gives them. pI: posIndices(ctx).
 */
export function tagSequences(
  scorer: Scorer,
  ctx: TokenContext,
  pI: Uint8Array,
  seqs: readonly Sequence[],
  /** Called with each sequence's emission scores (n × NTAGS, tag 0 = 0), for tests. */
  onEmit?: (seq: Sequence, emit: Float64Array) => void,
  /** Tags on the stage's scratch memory (scratch.ts), for a caller that keeps none once done with them. */
  reuse = false,
): Int8Array {
  const { tokens, sent, sentRange, quote, cue, text } = ctx;
  const n = tokens.length;
  const tags = reuse ? new Int8Array(scratchBuffer('tags', n), 0, n) : new Int8Array(n);
  if (seqs.length === 0) return tags;
  const { hN, hL, hP, sh, left, leftFlags, right, rightFlags, strongest, colonBefore, qFirst, qLast, sentInPara, paren, between, catL, dL, catR, dR } = tokenArrays(ctx, true);
  const { cat } = ctx;
  const { base, index, closed, table16: w16, words } = scorer;
  const g0 = base[0]!, g1 = base[1]!, g2 = base[2]!, g3 = base[3]!, g4 = base[4]!, g5 = base[5]!, g6 = base[6]!;
  const g7 = base[7]!, g8 = base[8]!, g9 = base[9]!, g10 = base[10]!, g11 = base[11]!, g12 = base[12]!;
  const g13 = base[13]!, g14 = base[14]!, g15 = base[15]!, g16 = base[16]!, g17 = base[17]!;
  const { cueRel, chunkAfter, chunkPos } = structure(tokens, sentRange, strongest, true);
  let maxLen = 0;
  for (const s of seqs) maxLen = Math.max(maxLen, s.end - s.start);
  if (emitBuf.length < maxLen * NTAGS) emitBuf = new Float64Array(Math.max(maxLen * NTAGS, emitBuf.length * 2));
  const emit = emitBuf;
  const { rows, slots, hs, lastH, lastS, posH, posS } = scratch;
  lastH.fill(0);
  posH.fill(0);
  let sfx = suffixes.get(scorer);
  if (!sfx) suffixes.set(scorer, (sfx = new Int32Array(4 << SUFFIX_BITS)));
  // Hashes that depend only on the sentence's cue or the nearest cues, and what they were computed for.
  let keyB = -1, keyL = -1, keyLd = -1, keyR = -1, keyRd = -1;
  let h46 = 0, h51 = 0, h29 = 0, h44 = 0, h36 = 0, h45 = 0;
  // The slots of the sentence boundaries as a neighbour.
  const bos2 = words[wordEntry(scorer, BOS) + 2]!, bos4 = words[wordEntry(scorer, BOS) + 4]!;
  const eos3 = words[wordEntry(scorer, EOS) + 3]!, eos5 = words[wordEntry(scorer, EOS) + 5]!;
  for (const seq of seqs) {
    // Each token's word slots, looked up once (a neighbour's are read from its own).
    const w0 = Math.max(0, seq.start - 2);
    const w1 = Math.min(n, seq.end + 2);
    if (wordSlots.length < 6 * (w1 - w0)) wordSlots = new Int32Array(Math.max(6 * (w1 - w0), wordSlots.length * 2));
    const ws = wordSlots;
    for (let k = w0; k < w1; k++) {
      const e = wordEntry(scorer, hN[k]!);
      const b = 6 * (k - w0);
      ws[b] = words[e + 1]!;
      ws[b + 1] = words[e + 2]!;
      ws[b + 2] = words[e + 3]!;
      ws[b + 3] = words[e + 4]!;
      ws[b + 4] = words[e + 5]!;
      ws[b + 5] = hL[k] === hN[k] ? words[e + 6]! : words[wordEntry(scorer, hL[k]!) + 6]!;
    }
    for (let i = seq.start; i < seq.end; i++) {
      const si = sent[i]!;
      const sa = sentRange[si]!.start;
      const se = sentRange[si]!.end;
      const hn = hN[i]!;
      const hl = hL[i]!;
      const hp = hP[i]!;
      const p = pI[i]!;
      const qi = quote[i]!;
      const spos = sentInPara[si]!;
      const first = i === sa ? 1 : 0;
      const last = i === se - 1 ? 1 : 0;
      const pm1 = i - 1 >= sa ? pI[i - 1]! : NP;
      const pp1 = i + 1 < se ? pI[i + 1]! : NP;
      const pm2 = i - 2 >= sa ? pI[i - 2]! : NP;
      const pp2 = i + 2 < se ? pI[i + 2]! : NP;
      const pp3 = i + 3 < se ? pI[i + 3]! : NP;
      const qm1 = i - 1 >= sa ? quote[i - 1]! : 4;
      const qp1 = i + 1 < se ? quote[i + 1]! : 4;
      const qb = qFirst[si]! >= 0 && qFirst[si]! < i ? 1 : 0;
      const qa = qLast[si]! > i ? 1 : 0;
      const pos5 = Math.min(4, Math.floor((5 * (i - sa)) / Math.max(1, se - sa)));
      let m = 0;
      rows[m++] = index[g0 + (pm1 * NP + p) * PX + pp1]!;
      rows[m++] = index[g1 + pm2 * PX + pp2]!;
      rows[m++] = index[g2 + pp3]!;
      rows[m++] = index[g3 + ((sh[i]! * 5 + pos5) * 2 + first) * 2 + last]!;
      rows[m++] = index[g4 + (qm1 * 4 + qi) * 5 + qp1]!;
      rows[m++] = index[g5 + (qi * 2 + paren[i]!) * NP + p]!;
      rows[m++] = index[g6 + (((qb * 2 + qa) * 4 + qi) * 6 + (si === 0 ? 3 : 0) + spos) * 2 + colonBefore[si]!]!;
      rows[m++] = index[g13 + cat[i]! * NP + p]!;
      rows[m++] = index[g14 + (catL[i]! * 8 + dL[i]!) * 4 + qi]!;
      rows[m++] = index[g15 + (catR[i]! * 8 + dR[i]!) * 4 + qi]!;
      const c = cue[i]!;
      if (c > 0) rows[m++] = index[g7 + (Math.min(9, Math.floor(c * 10)) * NP + p) * 4 + qi]!;
      // Open templates: hashed here, looked up below.
      const wm1 = i - 1 >= sa ? hN[i - 1]! : BOS;
      const wp1 = i + 1 < se ? hN[i + 1]! : EOS;
      hs[6] = fhash(10, wm1, hn);
      hs[7] = fhash(11, hn, wp1);
      hs[8] = fhash(42, hl, i + 1 < se ? hL[i + 1]! : EOS);
      const t = tokens[i]!;
      let o = 0;
      const B = strongest[si]!;
      if (B >= 0) {
        const dir = B < i ? 1 : B > i ? 2 : 3;
        rows[m++] = index[g8 + ((dir * 8 + bucket(Math.abs(B - i))) * 4 + qi) * 3 + spos]!;
        rows[m++] = index[g9 + dir * PX + (B - 1 >= sa ? pI[B - 1]! : NP)]!;
        rows[m++] = index[g10 + (dir * 16 + between[i]!) * NP + p]!;
        const inverted = B - 1 >= sa && (hN[B - 1] === COMMA || quote[B - 1] === 3) ? 1 : 0;
        rows[m++] = index[g16 + (cueRel[i]! * 2 + inverted) * NP + p]!;
        rows[m++] = index[g17 + (chunkAfter[i]! * 3 + (B < i ? 1 : 2)) * 5 + chunkPos[i]!]!;
        if (B * 4 + dir !== keyB) {
          keyB = B * 4 + dir;
          h46 = fhash(46, hL[B], dir);
          h51 = fhash(51, dir, B + 1 < se ? hN[B + 1] : EOS);
        }
        hs[10] = h46;
        const h = fhash(48, hL[B], dir, hp);
        if (posH[p] !== h) {
          posH[p] = h;
          posS[p] = look(scorer, h);
        }
        slots[o++] = posS[p]!;
        hs[12] = h51;
      } else {
        rows[m++] = index[g8 + qi * 3 + spos]!;
        const P = si > 0 ? strongest[si - 1]! : -1;
        hs[13] = fhash(55, P >= 0 ? hL[P] : 0, qi, spos);
      }
      const L = left[i]!;
      if (L >= 0) {
        const d = bucket(i - L);
        rows[m++] = index[g11 + ((8 + d) * 8 + leftFlags[i]!) * NP + p]!;
        if (L !== keyL) {
          keyL = L;
          h29 = fhash(29, hL[L]);
        }
        if (L * 8 + d !== keyLd) {
          keyLd = L * 8 + d;
          h44 = fhash(44, hL[L], d);
        }
        hs[14] = h29;
        const h = fhash(32, hL[L], hp);
        if (posH[NP + p] !== h) {
          posH[NP + p] = h;
          posS[NP + p] = look(scorer, h);
        }
        slots[o++] = posS[NP + p]!;
        hs[16] = h44;
      } else rows[m++] = index[g11]!;
      const R = right[i]!;
      if (R >= 0) {
        const d = bucket(R - i);
        rows[m++] = index[g12 + ((8 + d) * 8 + rightFlags[i]!) * NP + p]!;
        if (R !== keyR) {
          keyR = R;
          h36 = fhash(36, hL[R]);
        }
        if (R * 8 + d !== keyRd) {
          keyRd = R * 8 + d;
          h45 = fhash(45, hL[R], d);
        }
        hs[17] = h36;
        const h = fhash(39, hL[R], hp);
        if (posH[2 * NP + p] !== h) {
          posH[2 * NP + p] = h;
          posS[2 * NP + p] = look(scorer, h);
        }
        slots[o++] = posS[2 * NP + p]!;
        hs[19] = h45;
      } else rows[m++] = index[g12]!;
      let e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0;
      for (let k = 0; k < m; k++) {
        const r = rows[k]! * 6;
        e1 += closed[r]!;
        e2 += closed[r + 1]!;
        e3 += closed[r + 2]!;
        e4 += closed[r + 3]!;
        e5 += closed[r + 4]!;
        e6 += closed[r + 5]!;
      }
      // The word and its neighbours, the lemma: their slots from the word cache; the suffix from the suffix cache.
      const b = 6 * (i - w0);
      slots[o++] = ws[b]!;
      slots[o++] = ws[b + 5]!;
      slots[o++] = suffixSlot(scorer, sfx, suffix(text, t.start, t.end));
      slots[o++] = i - 1 >= sa ? ws[b - 5]! : bos2;
      slots[o++] = i + 1 < se ? ws[b + 8]! : eos3;
      slots[o++] = i - 2 >= sa ? ws[b - 9]! : bos4;
      slots[o++] = i + 2 < se ? ws[b + 16]! : eos5;
      for (let k = 0; k < OPEN; k++) {
        const h = hs[k]!;
        if (h === 0) continue;
        hs[k] = 0;
        if (h !== lastH[k]) {
          lastH[k] = h;
          lastS[k] = look(scorer, h);
        }
        slots[o++] = lastS[k]!;
      }
      for (let k = 0; k < o; k++) {
        const r = slots[k]! * 8;
        e1 += w16[r + 2]!;
        e2 += w16[r + 3]!;
        e3 += w16[r + 4]!;
        e4 += w16[r + 5]!;
        e5 += w16[r + 6]!;
        e6 += w16[r + 7]!;
      }
      const e = (i - seq.start) * NTAGS;
      emit[e + 1] = e1;
      emit[e + 2] = e2;
      emit[e + 3] = e3;
      emit[e + 4] = e4;
      emit[e + 5] = e5;
      emit[e + 6] = e6;
    }
    if (onEmit) onEmit(seq, emit.subarray(0, (seq.end - seq.start) * NTAGS));
    viterbiInto(emit, seq.end - seq.start, scorer.model.trans, tags, seq.start);
  }
  return tags;
}
