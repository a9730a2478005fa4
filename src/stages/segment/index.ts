/**
 * Segment: paragraphs (blank-line separated blocks), sentences and tokens with their
 * offsets, UD POS tags, norms and lemmas, by the deterministic segmenter of src/nlp
 * (the same text always gives the same tokens, whatever the process read before).
 */
import { withLayer, type Doc } from '../../document/document.js';
import type { Paragraph, Sentence, Token } from '../../document/layers.js';
import type { Stage } from '../../pipeline.js';
import { defaultSegmenter } from '../../nlp/segmenter.js';
import { splitParagraphs } from './paragraphs.js';

export interface Segmentation {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
}

/** Tokens and sentences of text[start, end), with offsets into the whole text. */
export function segmentRange(text: string, start: number, end: number): Segmentation {
  return defaultSegmenter().segment(text, start, end);
}

/**
 * Tokens and sentences of the whole text in one pass; a paragraph break always ends a
 * sentence, so no sentence crosses one (a headline without a full stop stays apart).
 */
export function segment(text: string): { paragraphs: Paragraph[]; sentences: Sentence[]; tokens: Token[] } {
  const paragraphs = splitParagraphs(text);
  const { tokens, sentences } = defaultSegmenter().segment(text, 0, text.length, paragraphs.slice(1).map((p) => p.start));
  return { paragraphs, sentences, tokens };
}

/** Paragraphs alone: enough for layout, without tokenising. */
export const paragraphStage: Stage = {
  name: 'paragraphs',
  requires: [],
  produces: ['paragraphs'],
  run(doc: Doc): Doc {
    return withLayer(doc, 'paragraphs', splitParagraphs(doc.text));
  },
};

/** Paragraphs, sentences and tokens. */
export const segmentStage: Stage = {
  name: 'segment',
  requires: [],
  produces: ['paragraphs', 'sentences', 'tokens'],
  run(doc: Doc): Doc {
    const { paragraphs, sentences, tokens } = segment(doc.text);
    return withLayer(withLayer(withLayer(doc, 'paragraphs', paragraphs), 'sentences', sentences), 'tokens', tokens);
  },
};
