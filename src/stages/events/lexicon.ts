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

export interface Lexicon {
  readonly verbsByWord: ReadonlyMap<string, readonly VerbForm[]>;
  readonly patterns: ReadonlyMap<number, readonly CompiledPattern[]>;
  readonly actors: TrieNode<ActorEntry>;
  readonly agents: TrieNode<AgentEntry>;
  readonly discards: readonly DiscardEntry[];
  /** Discards by the first (up to) four letters of their text. */
  readonly discardIndex: ReadonlyMap<string, readonly DiscardEntry[]>;
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
  return { verbsByWord, patterns, actors, agents, discards: d.discards, discardIndex, hasActors: d.actors.length > 0, control, semantics };
}

/** Index key of a discard or of a word: its first four letters (or all of a shorter first word). */
export function discardKey(text: string): string {
  const sp = text.indexOf(' ');
  const first = sp < 0 ? text : text.slice(0, sp);
  return first.slice(0, 4);
}
