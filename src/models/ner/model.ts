/**
 * The named-entity tagger: hashed features, an averaged structured perceptron's weights
 * (int16), first-order Viterbi with IOB2 constraints. Load once, tag many.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Featurizer, contextFeatures, pairFeatures, type DocContext, type SentenceFeatures, type WordEntry } from './features.js';
import { aggregate, eachStackedFeature, stackedFeatures } from './stack.js';
import { Gazetteer } from './gazetteer.js';
import { readGazetteer, readLexicon, readWeights, NerDataError } from './files.js';
import { addEmissions, constrain, emissions, emissionsPair, viterbi, L } from './decode.js';
import { LABELS } from './labels.js';
import { fmix } from './hash.js';

/** data/ner, relative to this module: src/models/ner or dist/models/ner → ../../../data/ner. */
export function defaultNerDir(): string {
  return fileURLToPath(new URL('../../../data/ner/', import.meta.url));
}

export const NER_FILES = { lexicon: 'lexicon.tsv.gz', gazetteer: 'gazetteer.tsv.gz', weights: 'weights.bin.gz', weights2: 'weights2.bin.gz' } as const;

/** One stage's weights: int16 (shipped) or float (while training) table and transitions. */
export interface StageWeights {
  readonly table: Int16Array | Float32Array;
  readonly trans: ArrayLike<number>;
}

/** Adjacent word pairs whose scores NerModel keeps (36 floats each). */
const PAIR_SLOTS = 1 << 17;

/**
 * Slot numbers of word-id pairs: an open-addressing table over two Int32Arrays (a Map keyed
 * by a.id * 2^26 + b.id boxes every key as a heap number). Slots are handed out in order,
 * 0, 1, 2, ...; clear() forgets them all.
 */
class PairSlots {
  private readonly mask: number;
  private readonly ka: Int32Array;
  private readonly kb: Int32Array;
  private readonly slot: Int32Array;
  size = 0;
  constructor(readonly capacity: number) {
    let n = 2;
    while (n < capacity * 2) n <<= 1;
    this.mask = n - 1;
    this.ka = new Int32Array(n).fill(-1);
    this.kb = new Int32Array(n);
    this.slot = new Int32Array(n);
  }
  private home(a: number, b: number): number {
    return fmix(Math.imul(a, 0x9e3779b1) ^ b) & this.mask;
  }
  /** The pair's slot, or -1. */
  find(a: number, b: number): number {
    const ka = this.ka, kb = this.kb, mask = this.mask;
    for (let i = this.home(a, b); ; i = (i + 1) & mask) {
      const x = ka[i]!;
      if (x === -1) return -1;
      if (x === a && kb[i] === b) return this.slot[i]!;
    }
  }
  /** A new slot for a pair find() did not find (the table must have room: size < capacity). */
  add(a: number, b: number): number {
    const ka = this.ka, mask = this.mask;
    let i = this.home(a, b);
    while (ka[i] !== -1) i = (i + 1) & mask;
    ka[i] = a; this.kb[i] = b; this.slot[i] = this.size;
    return this.size++;
  }
  clear(): void {
    if (this.size === 0) return;
    this.ka.fill(-1);
    this.size = 0;
  }
}

export class NerModel {
  private buf = new Float32Array(256 * L);
  private readonly t1: Float64Array;
  private readonly t2: Float64Array | null;
  /** Both stages' int16 weights interleaved row by row (18 cells a row), when both are int16. */
  private readonly pair: Int16Array | null = null;
  /**
   * Both stages' scores of the features of adjacent word pairs (pairFeatures): per pair, 2L
   * for the second word as the current one, then 2L for the first. Slots of a slab, found
   * by the pair's entry ids; emptied when full or when the featurizer renumbers entries
   * (checked before each document: entriesOf makes every entry a document needs first).
   */
  private readonly pairSlot = new PairSlots(PAIR_SLOTS);
  private pairScores: Float32Array | null = null;
  private pairGeneration = -1;

  /**
   * stage1 tags from the sentence's own features; stage2, if given, adds what stage 1
   * predicted for the same words elsewhere in the document (see stack.ts).
   */
  constructor(readonly featurizer: Featurizer, readonly stage1: StageWeights, readonly stage2: StageWeights | null, readonly meta: Record<string, unknown> = {}) {
    const cells = (1 << featurizer.bits) * L;
    for (const s of [stage1, stage2]) if (s && s.table.length !== cells) throw new Error(`weight table has ${s.table.length} cells, expected ${cells}`);
    this.t1 = constrain(stage1.trans);
    this.t2 = stage2 ? constrain(stage2.trans) : null;
    if (stage2 && stage1.table instanceof Int16Array && stage2.table instanceof Int16Array) {
      const rows = 1 << featurizer.bits;
      const pair = new Int16Array(rows * 2 * L);
      const a = stage1.table, b = stage2.table;
      for (let r = 0; r < rows; r++) {
        pair.set(a.subarray(r * L, r * L + L), r * 2 * L);
        pair.set(b.subarray(r * L, r * L + L), r * 2 * L + L);
      }
      this.pair = pair;
    }
  }

  private decode(f: SentenceFeatures, n: number, table: Int16Array | Float32Array, trans: Float64Array, more?: SentenceFeatures): Int32Array {
    if (this.buf.length < n * L) this.buf = new Float32Array(n * L * 2);
    const e = emissions(f, table, this.buf);
    if (more) addEmissions(more, table, e);
    return viterbi(e, n, trans);
  }

  /** Label indices for every sentence of one document. */
  labelDocument(sentences: readonly (readonly string[])[]): Int32Array[] {
    const fz = this.featurizer;
    const entries = fz.entriesOf(sentences);
    const doc = fz.docContext(sentences, entries);
    if (!this.stage2) return sentences.map((s) => this.decode(fz.sentence(s, doc, false), s.length, this.stage1.table, this.t1));
    if (this.pair) return this.labelDocumentPair(sentences, doc, entries);
    const base = sentences.map((s) => fz.sentence(s, doc, true));
    const first = base.map((f, i) => this.decode(f, sentences[i]!.length, this.stage1.table, this.t1));
    const agg = aggregate(base.map((f) => f.keys!), first);
    return base.map((f, i) => this.decode(f, sentences[i]!.length, this.stage2!.table, this.t2!, stackedFeatures(f.keys!, f.upper!, first[i]!, agg, fz.bits)));
  }

  /**
   * Both stages' scores of a word's own features in each of its five window roles
   * (self, previous, next, second previous, second next): 5 × 2L floats, then its context
   * features for each of the four contexts (4 × 2L, filled on first use; NaN until then).
   * Cached on the word's entry, so one word type is scored once.
   */
  private roleScores(e: WordEntry): Float32Array {
    if (e.scoresOf === this) return e.scores!;
    const s = new Float32Array(18 * L).fill(NaN, 10 * L);
    const pair = this.pair!;
    const lists = [e.self, e.p1, e.n1, e.p2, e.n2];
    for (let r = 0; r < 5; r++) {
      const list = lists[r]!;
      for (let k = 0; k < list.length; k++) {
        const o = list[k]! * 2 * L;
        for (let c = 0; c < 2 * L; c++) s[r * 2 * L + c]! += pair[o + c]!;
      }
    }
    e.scores = s;
    e.scoresOf = this;
    return s;
  }

  /** Offset in roleScores(e) = s of the word's context scores for ctx, computed if need be. */
  private contextScores(e: WordEntry, s: Float32Array, ctx: number): number {
    const at = (5 + ctx) * 2 * L;
    if (s[at] === s[at]) return at; // not NaN: done
    const pair = this.pair!;
    for (let c = 0; c < 2 * L; c++) s[at + c] = 0;
    for (const f of contextFeatures(e, ctx, this.featurizer.bits)) {
      const o = f * 2 * L;
      for (let c = 0; c < 2 * L; c++) s[at + c]! += pair[o + c]!;
    }
    return at;
  }

  /** Room in the pair slab for n more pairs: emptied when full (so never during a sentence). */
  private reservePairs(n: number): void {
    if (this.pairSlot.size + n > PAIR_SLOTS) this.pairSlot.clear();
    const need = Math.max(PAIR_SLOTS, n) * 4 * L;
    if (!this.pairScores || this.pairScores.length < need) this.pairScores = new Float32Array(need);
  }

  /** Offset in pairScores of the pair a b, scored if need be (reservePairs first). */
  private pairScore(a: WordEntry, b: WordEntry): number {
    const W = 4 * L, slab = this.pairScores!;
    const found = this.pairSlot.find(a.id, b.id);
    if (found >= 0) return found * W;
    const at = this.pairSlot.add(a.id, b.id) * W;
    const pair = this.pair!;
    const fs = pairFeatures(a, b, this.featurizer.bits);
    for (let c = 0; c < W; c++) slab[at + c] = 0;
    for (let k = 0; k < fs.length; k++) {
      const o = fs[k]! * 2 * L, base = at + (k < 4 ? 0 : 2 * L);
      for (let c = 0; c < 2 * L; c++) slab[base + c]! += pair[o + c]!;
    }
    return at;
  }

  /** Two stages over the interleaved table: stage-2 base scores come with stage 1's. */
  private labelDocumentPair(sentences: readonly (readonly string[])[], doc: DocContext, entries: readonly (readonly WordEntry[])[]): Int32Array[] {
    const fz = this.featurizer, pair = this.pair!;
    const n = sentences.length;
    const first: Int32Array[] = new Array(n);
    const e2s: Float32Array[] = new Array(n);
    const keys: (readonly string[])[] = new Array(n);
    const upper: (readonly boolean[])[] = new Array(n);
    const L2 = 2 * L;
    if (fz.generation !== this.pairGeneration) { this.pairSlot.clear(); this.pairGeneration = fz.generation; }
    for (let i = 0; i < n; i++) {
      const len = sentences[i]!.length;
      const f = fz.sentence(sentences[i]!, doc, false, false, false, entries[i]);
      if (this.buf.length < len * L) this.buf = new Float32Array(len * L * 2);
      const e1 = this.buf;
      const e2 = new Float32Array(len * L);
      emissionsPair(f, pair, e1, e2);
      // The words' own features, scored once per word type.
      const E = f.entries!;
      const R: Float32Array[] = new Array(len + 4);
      for (let j = 0; j < len + 4; j++) R[j] = this.roleScores(E[j]!);
      const ctx = f.ctx!;
      // Pairs (E[t+1], E[t+2]) for t = 0 .. len: the previous pair of token t, then its next pair.
      this.reservePairs(len + 1);
      let prevPair = this.pairScore(E[1]!, E[2]!);
      for (let t = 0; t < len; t++) {
        const a = R[t + 2]!, b = R[t + 1]!, c = R[t + 3]!, d = R[t]!, g = R[t + 4]!;
        const x = this.contextScores(E[t + 2]!, a, ctx | (t === 0 ? 1 : 0));
        const nextPair = this.pairScore(E[t + 2]!, E[t + 3]!);
        const P = this.pairScores!, l = prevPair, r = nextPair + L2;
        for (let k = 0; k < L; k++) {
          e1[t * L + k]! += a[k]! + b[L2 + k]! + c[2 * L2 + k]! + d[3 * L2 + k]! + g[4 * L2 + k]! + a[x + k]! + P[l + k]! + P[r + k]!;
          e2[t * L + k]! += a[L + k]! + b[L2 + L + k]! + c[2 * L2 + L + k]! + d[3 * L2 + L + k]! + g[4 * L2 + L + k]! + a[x + L + k]! + P[l + L + k]! + P[r + L + k]!;
        }
        prevPair = nextPair;
      }
      first[i] = viterbi(this.buf, len, this.t1);
      e2s[i] = e2; keys[i] = f.keys!; upper[i] = f.upper!;
    }
    const agg = aggregate(keys, first);
    const out: Int32Array[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const e2 = e2s[i]!;
      eachStackedFeature(keys[i]!, upper[i]!, first[i]!, agg, fz.bits, (t, f) => {
        const o = f * 2 * L + L, b = t * L;
        for (let c = 0; c < L; c++) e2[b + c]! += pair[o + c]!;
      });
      out[i] = viterbi(e2, sentences[i]!.length, this.t2!);
    }
    return out;
  }

  /** IOB2 tags for one sentence's tokens (the sentence is its own document). */
  tagTokens(words: readonly string[]): string[] {
    if (!words.length) return [];
    return Array.from(this.labelDocument([words])[0]!, (y) => LABELS[y]!);
  }

  /** Tag every sentence of one document, sharing document-level evidence between them. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    return this.labelDocument(sentences).map((ys) => Array.from(ys, (y) => LABELS[y]!));
  }
}

/** Load the shipped model from dir (default data/ner beside the package). */
export function loadNerModel(dir: string = defaultNerDir()): NerModel {
  for (const f of Object.values(NER_FILES)) {
    if (!existsSync(join(dir, f))) throw new NerDataError(f, 0, `missing in ${dir}; run npm run train:ner`);
  }
  const lexicon = readLexicon(join(dir, NER_FILES.lexicon));
  const gazetteer = new Gazetteer(readGazetteer(join(dir, NER_FILES.gazetteer)));
  const w = readWeights(join(dir, NER_FILES.weights));
  const w2 = readWeights(join(dir, NER_FILES.weights2));
  if (w2.header.bits !== w.header.bits) throw new NerDataError(NER_FILES.weights2, 1, 'feature table size differs from weights.bin.gz');
  const featurizer = new Featurizer(lexicon, gazetteer, w.header.bits);
  return new NerModel(featurizer, w, w2, { ...w.header.meta, ...w2.header.meta });
}

let shared: NerModel | null = null;
/** The shipped model, loaded on first use (an immutable cache, not configuration). */
export function defaultNerModel(): NerModel {
  shared ??= loadNerModel();
  return shared;
}

/** IOB2 tags for one sentence with the shipped model. */
export function tagTokens(words: string[]): string[] {
  return defaultNerModel().tagTokens(words);
}
