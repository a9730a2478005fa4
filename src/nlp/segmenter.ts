/**
 * Tokens with UPOS tags, norms and lemmas, and sentences: the tokenizer, sentence splitter,
 * tagger and lemmatizer of src/nlp run in one pass. Deterministic and stateless between
 * calls: the same text gives the same tokens whatever was read before.
 */
import type { Span } from '../document/span.js';
import type { Token } from '../document/layers.js';
import { defaultLemmatizer, type Lemmatizer } from './lemma.js';
import { defaultPosTagger, UPOS, type PosTagger } from './pos.js';
import { defaultSentenceSplitter, type SentenceSplitter } from './sentences.js';
import { defaultTokenizer, type Tokenizer } from './tokenize.js';
import { truecased } from './truecase.js';

export interface Segmented {
  readonly tokens: Token[];
  readonly sentences: Span[];
}

export class Segmenter {
  constructor(
    readonly tokenizer: Tokenizer,
    readonly splitter: SentenceSplitter,
    readonly tagger: PosTagger,
    readonly lemmatizer: Lemmatizer,
  ) {}

  /**
   * Tokens and sentences of text[start, end), offsets into text. starts: offsets where a
   * sentence must begin (paragraph starts); a token starting at or after one begins a new sentence.
   */
  segment(text: string, start = 0, end = text.length, starts: readonly number[] = []): Segmented {
    const flat: number[] = [];
    this.tokenizer.tokenizeFlat(text, start, end, flat);
    const n = flat.length >> 1;
    const words: string[] = new Array(n);
    const lowers: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const w = text.slice(flat[2 * i]!, flat[2 * i + 1]!);
      words[i] = w;
      lowers[i] = w.toLowerCase();
    }
    let breaks: Set<number> | undefined;
    if (starts.length > 0) {
      breaks = new Set();
      let p = 0;
      for (let i = 0; i < n && p < starts.length; i++) {
        const s = flat[2 * i]!;
        if (s < starts[p]!) continue;
        while (p < starts.length && starts[p]! <= s) p++;
        breaks.add(i);
      }
    }
    const ends = this.splitter.ends(text, flat, breaks);
    const tags = new Uint8Array(n);
    const sentences: Span[] = [];
    // Sentences set in capitals ("IRAN REPORTS OFFENSIVE") are tagged as the rest of the
    // document writes their words ("Iran reports offensive"); the tokens keep the text's own.
    const cased = truecased(words, lowers, ends);
    let from = 0;
    for (const e of ends) {
      this.tagger.tagInto(cased ?? words, lowers, from, e, tags);
      sentences.push({ start: flat[2 * from]!, end: flat[2 * e - 1]! });
      from = e;
    }
    const tokens: Token[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const pos = UPOS[tags[i]!]!;
      tokens[i] = { start: flat[2 * i]!, end: flat[2 * i + 1]!, pos, norm: lowers[i]!, lemma: this.lemmatizer.lemma(words[i]!, pos, lowers[i]) };
    }
    return { tokens, sentences };
  }
}

let shared: Segmenter | null = null;
/** The segmenter over the shipped data (loaded once; immutable). */
export function defaultSegmenter(): Segmenter {
  shared ??= new Segmenter(defaultTokenizer(), defaultSentenceSplitter(), defaultPosTagger(), defaultLemmatizer());
  return shared;
}

