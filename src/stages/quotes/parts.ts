/**
 * The parts of a content its own attribution interrupts. A quotation broken by its source and
 * cue ("Came down to a few points," Opelka said. "Thought I did my part …") or an indirect
 * one with the attribution set inside it ("At current rates, Bridenstine said, there will be
 * …") stays one content span, from the first word said to the last, as PolNeAR's spans are
 * scored; its parts are the words said without the frame between them, as PARC and PolNeAR
 * annotate such a content (in pieces). Readers show the parts, not the frame.
 */
import type { Span } from '../../document/span.js';
import type { QuoteRegion } from './marks.js';

/** Commas, semicolons and dashes that set a frame off from the words around it. */
const SEPARATOR = /[\s,;:—–-]/;
/** What may close a frame before the part after it: punctuation and space. */
const AFTER_FRAME = /[\s,;:.—–-]/;
/** A circumstance of the saying after the frame's cue, set off by a comma ("he said in a telephone interview, that …"). */
const CIRCUMSTANCE = /^\s+(?:in|during|at|on|to|via|after|before|from|while|when)\s[^,.;:"“”«»„‘’()\n]{1,60},/;
/** Text before a quotation that opens a sentence or clause: it ends with punctuation (a closing mark after it allowed). */
const OPENS_AFTER = /[.!?,:;—–-]["”’»]?\s*$/;
/** The rest of a frame set off by commas, up to its closing comma: a few words, no clause of its own. */
const PARENTHETICAL = /^[^,.;:"“”«»„()\n]{0,40},/;
/** The longest frame read between a closing and an opening quotation mark ("…," Trump told a caucus meeting … . "…"). */
const MAX_FRAME = 200;

const hasWords = (text: string, s: Span) => /[\p{L}\p{N}]/u.test(text.slice(s.start, s.end));

/**
 * The parts of a content (its span) that holds its own source or cue strictly inside it, with
 * words said on either side; null when it does not (most contents: the frame stands before
 * or after them). regions: the document's quotation regions in text order.
 */
export function contentParts(text: string, content: Span, frame: readonly (Span | null)[], regions: readonly QuoteRegion[]): Span[] | null {
  let start = Infinity;
  let end = -Infinity;
  for (const s of frame) {
    if (!s || s.end <= s.start) continue;
    // A frame piece that is not wholly inside the content is no interruption of it.
    if (s.start <= content.start || s.end >= content.end) continue;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  if (start === Infinity) return null;
  // The frame's edges: back over the separators before it (the comma of "At current rates, Bridenstine said"; a
  // closing mark stays with the quotation), on over the rest of its sentence to the quotation that goes on after it,
  // or over a circumstance of the saying and the separators after it.
  let a = start;
  while (a > content.start && SEPARATOR.test(text[a - 1]!)) a--;
  let b = end;
  // The quotation that goes on: the next one to open a sentence or clause (not a title quoted inside the frame,
  // "said on Fox News's "Fox and Friends."").
  const next = regions.find((r) => r.start >= end && r.start < content.end && r.start - end <= MAX_FRAME && OPENS_AFTER.test(text.slice(end, r.start)));
  if (next && !/\n\s*\n/.test(text.slice(end, next.start))) {
    b = next.start;
  } else {
    // A frame set off by commas runs to the comma that closes it (", he told me on Friday, is that …").
    const closing = text[a] === ',' && a < start ? PARENTHETICAL.exec(text.slice(end, Math.min(content.end, end + 60))) : null;
    const circumstance = closing ?? CIRCUMSTANCE.exec(text.slice(end, Math.min(content.end, end + 80)));
    if (circumstance) b = end + circumstance[0].length;
    while (b < content.end && AFTER_FRAME.test(text[b]!)) b++;
  }
  const before: Span = { start: content.start, end: a };
  const after: Span = { start: b, end: content.end };
  if (!hasWords(text, before) || !hasWords(text, after)) return null;
  return [before, after];
}

/** The words a quote says: its parts joined with an ellipsis where the frame stood, or its content. */
export function saidWords(text: string, q: { readonly content: Span; readonly parts?: readonly Span[] }): string {
  return q.parts && q.parts.length ? q.parts.map((p) => text.slice(p.start, p.end)).join(' … ') : text.slice(q.content.start, q.content.end);
}
