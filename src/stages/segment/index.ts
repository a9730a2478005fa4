/**
 * Segment: paragraphs (blank-line separated blocks), sentences and tokens with
 * their offsets and POS tags. wink-nlp tokenises losslessly, so offsets are the
 * running sum of each token's preceding white space and length.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { withLayer, type Doc } from '../../document/document.js';
import type { Paragraph, Sentence, Token } from '../../document/layers.js';
import type { Stage } from '../../pipeline.js';
import { splitParagraphs } from './paragraphs.js';

type Wink = ReturnType<typeof winkNLP>;
let shared: Wink | null = null;
function nlp(): Wink {
  // The model is immutable once loaded; loading it once per process is a cache, not configuration.
  shared ??= winkNLP(model, ['sbd', 'pos']);
  return shared;
}

export interface Segmentation {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
}

/** Tokens and sentences of text[start, end), with offsets into the whole text. */
export function segmentRange(text: string, start: number, end: number): Segmentation {
  const w = nlp();
  const its = w.its;
  const piece = text.slice(start, end);
  const d = w.readDoc(piece);
  const values = d.tokens().out(its.value) as string[];
  const spaces = d.tokens().out(its.precedingSpaces) as string[];
  const pos = d.tokens().out(its.pos) as string[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const lemmas = d.tokens().out(its.lemma as any) as string[];
  const tokens: Token[] = [];
  let at = start;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    const v = values[i]!;
    tokens.push({ start: at, end: at + v.length, pos: pos[i]!, norm: v.toLowerCase(), lemma: lemmas[i] });
    at += v.length;
  }
  const sentences: Sentence[] = [];
  d.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [a, b] = s.out(its.span) as [number, number];
    if (tokens[a] && tokens[b]) sentences.push({ start: tokens[a]!.start, end: tokens[b]!.end });
  });
  return { tokens, sentences };
}

/**
 * Tokens and sentences of the whole text in one pass, then sentences cut at paragraph
 * breaks, so no sentence crosses one (a headline without a full stop stays apart).
 */
export function segment(text: string): { paragraphs: Paragraph[]; sentences: Sentence[]; tokens: Token[] } {
  const paragraphs = splitParagraphs(text);
  const { tokens, sentences: raw } = segmentRange(text, 0, text.length);
  const sentences: Sentence[] = [];
  let p = 0;
  for (const s of raw) {
    let start = s.start;
    while (p < paragraphs.length && paragraphs[p]!.end <= start) p++;
    let q = p;
    while (q < paragraphs.length && paragraphs[q]!.start < s.end) {
      const a = Math.max(start, paragraphs[q]!.start);
      const b = Math.min(s.end, paragraphs[q]!.end);
      if (b > a) sentences.push({ start: a, end: b });
      start = b;
      q++;
    }
    if (q === p) sentences.push(s);
  }
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
