/**
 * In-memory forms of PETRARCH-format dictionaries (verbs, actors, agents, discards).
 * Parsers never throw on bad input: every problem is a DictIssue naming file and line.
 */

export interface DictIssue {
  readonly code: 'bad_line' | 'bad_code' | 'unknown_synset' | 'orphan_line' | 'bad_date' | 'io';
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** One element of a verb pattern, matched against lower-cased tokens. */
export type PatternItem =
  | { readonly kind: 'words'; readonly alts: readonly (readonly string[])[]; readonly adjacent: boolean; readonly synset?: string }
  | { readonly kind: 'actor'; readonly role: 'source' | 'target' | 'compound'; readonly adjacent: boolean };

export interface VerbPattern {
  /** Items before the verb, in text order. */
  readonly pre: readonly PatternItem[];
  /** Items after the verb, in text order. */
  readonly post: readonly PatternItem[];
  /** CAMEO code for source→target, or null for "no event" (---). */
  readonly code: string | null;
  /** CAMEO code for the reverse event target→source ([a:b]), if any. */
  readonly reverse: string | null;
  /** The pattern as written, for explanations. */
  readonly text: string;
  readonly file: string;
  readonly line: number;
}

export interface VerbEntry {
  /** The verb as written in the dictionary (e.g. "CORDON_OFF"). */
  readonly key: string;
  /** Inflected forms, lower-case, words joined by single spaces. */
  readonly forms: readonly string[];
  /** The verb's own code, else its block's; null = no event when no pattern fires. */
  readonly code: string | null;
  readonly reverse: string | null;
  readonly block: number;
  readonly line: number;
}

export interface VerbBlock {
  readonly id: number;
  readonly name: string;
  readonly code: string | null;
  readonly patterns: readonly VerbPattern[];
  readonly file: string;
  readonly line: number;
}

export interface VerbDictionary {
  readonly blocks: readonly VerbBlock[];
  readonly verbs: readonly VerbEntry[];
  /** Synsets by name (without &), each a list of phrases (word arrays). */
  readonly synsets: ReadonlyMap<string, readonly (readonly string[])[]>;
}

export interface DatedCode {
  readonly code: string;
  /** Inclusive ISO bounds (YYYY-MM-DD); null = open. */
  readonly from: string | null;
  readonly to: string | null;
}

export interface ActorEntry {
  /** Phrases (lower-case word arrays) naming this actor. */
  readonly phrases: readonly (readonly string[])[];
  /** Default code (from the primary line), or null. */
  readonly code: string | null;
  readonly dated: readonly DatedCode[];
  /** Display name: the primary phrase. */
  readonly name: string;
  readonly file: string;
  readonly line: number;
}

export interface AgentEntry {
  readonly phrases: readonly (readonly string[])[];
  /** The agent code without ~ (e.g. GOV). */
  readonly code: string;
  /** 'suffix' for [~GOV] (added after the actor code), 'prefix' for [NGO~]. */
  readonly position: 'suffix' | 'prefix';
  readonly name: string;
  readonly file: string;
  readonly line: number;
}

export interface DiscardEntry {
  /** Lower-case text to look for. */
  readonly text: string;
  /** Discard the whole story, not just the sentence. */
  readonly story: boolean;
  /** The match must end at a word boundary. */
  readonly whole: boolean;
}

export interface PetrarchDictionaries {
  readonly verbs: VerbDictionary;
  readonly actors: readonly ActorEntry[];
  readonly agents: readonly AgentEntry[];
  readonly discards: readonly DiscardEntry[];
}

export interface Parsed<T> {
  readonly value: T;
  readonly issues: readonly DictIssue[];
}
