/**
 * Rule-based sentence splitting over tokens. A sentence ends at . ! ? or an ellipsis,
 * together with the closing quotes and brackets right after it, unless
 * - the next word starts in lower case or is , ; : ("“Why?” he asked." stays whole);
 * - the period belongs to a title abbreviation or an initial (Mr., Gen., Feb., J. Smith);
 * - the abbreviation is of another kind (U.S., Inc., a.m.) and the next word is not a
 *   usual sentence opener (data/pos/sentence-starters.txt): "the U.S. President" stays,
 *   "in the U.S. The company" splits;
 * - an ellipsis is not followed by a capital or an opening quote.
 * Nothing else splits: newswire datelines ("WASHINGTON (Reuters) -") stay with their
 * sentence. Callers may force breaks (paragraph starts).
 */
import type { Span } from '../document/span.js';
import { loadSentenceStarters } from './data.js';
import { defaultTokenizer, type Tokenizer } from './tokenize.js';

const isLowerStart = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isUpperStart = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/** Closing quotes and brackets that belong to the sentence before them. */
function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 125 || c === 0xbb || c === 0x203a;
}
const isAmbiguousQuote = (c: number) => c === 34 || c === 39;
const isOpeningQuote = (c: number) => c === 0x201c || c === 0x2018 || c === 34 || c === 39 || c === 0xab || c === 40 || c === 0x201e;

export interface SentenceData {
  readonly tokenizer: Tokenizer;
  readonly starters: ReadonlySet<string>;
}

export class SentenceSplitter {
  constructor(private readonly data: SentenceData) {}

  /**
   * Sentence ends as token indices (exclusive), for tokens given as flat start, end
   * pairs over text. breaks: token indices that must start a sentence (optional).
   */
  ends(text: string, flat: ArrayLike<number>, breaks?: ReadonlySet<number>): number[] {
    const n = flat.length >> 1;
    const out: number[] = [];
    const at = (i: number) => text.charCodeAt(flat[2 * i]!);
    const len = (i: number) => flat[2 * i + 1]! - flat[2 * i]!;
    let i = 0;
    while (i < n) {
      if (breaks && i > 0 && breaks.has(i) && out[out.length - 1] !== i) out.push(i);
      const c = at(i);
      const l = len(i);
      const last = text.charCodeAt(flat[2 * i + 1]! - 1);
      let kind: 'stop' | 'ellipsis' | 'abbr' | null = null;
      if (l === 1 && (c === 46 || c === 33 || c === 63)) kind = 'stop';
      else if (c === 0x2026 || (c === 46 && l > 1)) kind = 'ellipsis';
      else if (l > 1 && last === 46) kind = 'abbr';
      if (kind === null) { i++; continue; }
      // Absorb further stops and the closing quotes and brackets attached to them.
      let j = i + 1;
      while (j < n) {
        const cj = at(j);
        const lj = len(j);
        if (breaks && breaks.has(j)) break;
        if (lj === 1 && (cj === 46 || cj === 33 || cj === 63)) { j++; continue; }
        if (lj === 1 && isCloser(cj)) { j++; continue; }
        if (lj === 1 && isAmbiguousQuote(cj) && flat[2 * j] === flat[2 * j - 1]) { j++; continue; }
        break;
      }
      if (j >= n) { i = j; continue; }
      if (breaks && breaks.has(j)) { out.push(j); i = j; continue; }
      const nc = at(j);
      const nl = len(j);
      let split: boolean;
      if (isLowerStart(nc) || (nl === 1 && (nc === 44 || nc === 59 || nc === 58))) split = false;
      else if (kind === 'stop') split = true;
      else if (kind === 'ellipsis') split = isUpperStart(nc) || isOpeningQuote(nc);
      else {
        const tok = text.slice(flat[2 * i]!, flat[2 * i + 1]!);
        const a = this.data.tokenizer.abbreviation(tok);
        if (a === null) split = true; // a period the tokenizer left on a word (not with the shipped data): a stop
        else if (a === 'title' || (a === 'initials' && l === 2 && isUpperStart(c))) split = false;
        else if (j > i + 1) split = isUpperStart(nc) || isOpeningQuote(nc);
        else split = this.data.starters.has(text.slice(flat[2 * j]!, flat[2 * j + 1]!));
      }
      if (split) out.push(j);
      i = j;
    }
    if (n > 0 && out[out.length - 1] !== n) out.push(n);
    return out;
  }

  /** Sentence spans over text for tokens given as spans. */
  split(text: string, tokens: readonly Span[]): Span[] {
    const flat: number[] = new Array(tokens.length * 2);
    for (let k = 0; k < tokens.length; k++) { flat[2 * k] = tokens[k]!.start; flat[2 * k + 1] = tokens[k]!.end; }
    const out: Span[] = [];
    let from = 0;
    for (const e of this.ends(text, flat)) {
      out.push({ start: tokens[from]!.start, end: tokens[e - 1]!.end });
      from = e;
    }
    return out;
  }
}

let shared: SentenceSplitter | null = null;
/** The splitter over the shipped data (loaded once; immutable). */
export function defaultSentenceSplitter(): SentenceSplitter {
  shared ??= new SentenceSplitter({ tokenizer: defaultTokenizer(), starters: loadSentenceStarters() });
  return shared;
}

/** Sentence spans of text for its tokens. */
export function splitSentences(text: string, tokens: readonly Span[]): Span[] {
  return defaultSentenceSplitter().split(text, tokens);
}
