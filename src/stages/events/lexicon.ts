/**
 * The coder's compiled view of the dictionaries: verb forms indexed by first word,
 * patterns with the literal words they need (a cheap pre-filter), actor and agent
 * tries over normalised words, discards. Built once per dictionary set.
 */
import { loadControl, type ControlTable } from './control.js';
import type { ActorEntry, AgentEntry, DiscardEntry, PatternItem, PetrarchDictionaries, VerbBlock, VerbEntry, VerbPattern } from '../../knowledge/petrarch/types.js';

export interface VerbForm {
  readonly words: readonly string[];
  readonly entry: VerbEntry;
  readonly block: VerbBlock;
}

export interface CompiledPattern {
  readonly pattern: VerbPattern;
  /** Words of which at least one per item must occur in the sentence (single-word items only). */
  readonly needs: readonly (readonly string[])[];
  readonly size: number;
}

export interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  values: T[] | null;
}

/**
 * The patterns of a large block by a word they need: every pattern whose rarest need (the
 * word item with fewest alternatives) lists the word, in block order; patterns with no need apart.
 */
export interface PatternIndex {
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  readonly free: readonly number[];
}

export interface Lexicon {
  readonly verbsByWord: ReadonlyMap<string, readonly VerbForm[]>;
  readonly patterns: ReadonlyMap<number, readonly CompiledPattern[]>;
  /** Blocks with many patterns, indexed by a needed word (a block's other patterns cannot fire in a sentence without it). */
  readonly patternIndex: ReadonlyMap<number, PatternIndex>;
  readonly actors: TrieNode<ActorEntry>;
  readonly agents: TrieNode<AgentEntry>;
  readonly discards: readonly DiscardEntry[];
  /** Discards by the first (up to) four letters of their text. */
  readonly discardIndex: ReadonlyMap<string, readonly DiscardEntry[]>;
  /** The first two characters (as c0 * 65536 + c1) of every discard key of two or more characters. */
  readonly discardPrefixes: ReadonlySet<number>;
  readonly hasActors: boolean;
  readonly control: ControlTable;
  readonly semantics: Semantics;
}

/** How modality and negation change a code (CAMEO practice; PETRARCH's Validate codes expect neither). */
export interface Semantics {
  /** "will provide aid" → express intent to provide aid (03x); "will withdraw … unless" → threaten (13x). */
  readonly futureAsIntent: boolean;
  /** "did not accept" (cooperation negated) → reject (12x) instead of no event. */
  readonly negationAsRejection: boolean;
}

export const DEFAULT_SEMANTICS: Semantics = { futureAsIntent: true, negationAsRejection: true };

function trie<T>(): TrieNode<T> { return { next: new Map(), values: null }; }

function insert<T>(root: TrieNode<T>, words: readonly string[], value: T): void {
  let n = root;
  for (const w of words) {
    let c = n.next.get(w);
    if (!c) { c = trie<T>(); n.next.set(w, c); }
    n = c;
  }
  (n.values ??= []).push(value);
}

/** Longest dictionary phrase starting at word index i: its length and values, or null. */
export function longest<T>(root: TrieNode<T>, words: readonly string[], i: number, end: number): { len: number; values: T[] } | null {
  let n: TrieNode<T> | undefined = root;
  let best: { len: number; values: T[] } | null = null;
  for (let k = i; k < end && n; k++) {
    n = n.next.get(words[k]!);
    if (n?.values) best = { len: k - i + 1, values: n.values };
  }
  return best;
}

function itemSize(it: PatternItem): number {
  if (it.kind === 'actor') return 1;
  let m = 0;
  for (const a of it.alts) m = Math.max(m, a.length);
  return m;
}

export function compileLexicon(d: PetrarchDictionaries, control: ControlTable = loadControl().table, semantics: Semantics = DEFAULT_SEMANTICS): Lexicon {
  const verbsByWord = new Map<string, VerbForm[]>();
  for (const v of d.verbs.verbs) {
    const block = d.verbs.blocks[v.block];
    if (!block) continue;
    for (const f of v.forms) {
      const words = f.split(' ');
      const list = verbsByWord.get(words[0]!) ?? [];
      list.push({ words, entry: v, block });
      verbsByWord.set(words[0]!, list);
    }
  }
  for (const list of verbsByWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  const patterns = new Map<number, CompiledPattern[]>();
  for (const b of d.verbs.blocks) {
    patterns.set(b.id, b.patterns.map((p) => {
      const needs: string[][] = [];
      for (const it of [...p.pre, ...p.post]) {
        if (it.kind !== 'words') continue;
        needs.push(it.alts.map((a) => a[0]!));
      }
      return { pattern: p, needs, size: [...p.pre, ...p.post].reduce((s, it) => s + itemSize(it), 0) };
    }));
  }
  const patternIndex = new Map<number, PatternIndex>();
  for (const [id, list] of patterns) if (list.length >= INDEXED_BLOCK) patternIndex.set(id, indexPatterns(list));
  const actors = trie<ActorEntry>();
  for (const a of d.actors) for (const p of a.phrases) if (p.length) insert(actors, p, a);
  const agents = trie<AgentEntry>();
  for (const a of d.agents) for (const p of a.phrases) if (p.length) insert(agents, p, a);
  const discardIndex = new Map<string, DiscardEntry[]>();
  for (const x of d.discards) {
    const key = discardKey(x.text);
    const list = discardIndex.get(key) ?? [];
    list.push(x);
    discardIndex.set(key, list);
  }
  const discardPrefixes = new Set<number>();
  for (const key of discardIndex.keys()) if (key.length >= 2) discardPrefixes.add(key.charCodeAt(0) * 65536 + key.charCodeAt(1));
  return { verbsByWord, patterns, patternIndex, actors, agents, discards: d.discards, discardIndex, discardPrefixes, hasActors: d.actors.length > 0, control, semantics };
}

/** Blocks with at least this many patterns are indexed (below it, trying each pattern is as cheap). */
const INDEXED_BLOCK = 8;

function indexPatterns(list: readonly CompiledPattern[]): PatternIndex {
  const byWord = new Map<string, number[]>();
  const free: number[] = [];
  list.forEach((cp, n) => {
    if (!cp.needs.length) { free.push(n); return; }
    let need = cp.needs[0]!;
    for (const x of cp.needs) if (x.length < need.length) need = x;
    for (const w of new Set(need)) {
      const at = byWord.get(w);
      if (at) at.push(n); else byWord.set(w, [n]);
    }
  });
  return { byWord, free };
}

/**
 * Indexes (ascending) of the patterns of a block that may fire in a sentence with these words:
 * every pattern, unless the block is indexed; then those whose indexed need the sentence meets.
 */
export function patternCandidates(lex: Lexicon, blockId: number, words: ReadonlySet<string>): readonly number[] | null {
  const ix = lex.patternIndex.get(blockId);
  if (!ix) return null;
  const out: number[] = ix.free.slice();
  if (words.size <= ix.byWord.size) {
    for (const w of words) { const l = ix.byWord.get(w); if (l) for (const n of l) out.push(n); }
  } else {
    for (const [w, l] of ix.byWord) if (words.has(w)) for (const n of l) out.push(n);
  }
  out.sort((a, b) => a - b);
  let k = 0;
  for (let q = 0; q < out.length; q++) if (q === 0 || out[q] !== out[q - 1]) out[k++] = out[q]!;
  out.length = k;
  return out;
}

/**
 * The discards that may start at a word (by its index key), or undefined. Words whose first two
 * characters begin no discard key are answered without making the key.
 */
export function discardsAt(lex: Lexicon, norm: string): readonly DiscardEntry[] | undefined {
  if (norm.length >= 2 && norm.charCodeAt(0) !== 32 && norm.charCodeAt(1) !== 32 && !lex.discardPrefixes.has(norm.charCodeAt(0) * 65536 + norm.charCodeAt(1))) return undefined;
  return lex.discardIndex.get(discardKey(norm));
}

/** Index key of a discard or of a word: its first four letters (or all of a shorter first word). */
export function discardKey(text: string): string {
  const sp = text.indexOf(' ');
  const first = sp < 0 ? text : text.slice(0, sp);
  return first.slice(0, 4);
}
