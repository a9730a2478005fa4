/**
 * The headline of plain text: the first paragraph, when it reads as a title
 * (short, one line, not a full sentence with a dateline).
 */
import type { Paragraph } from '../../document/layers.js';
import type { Span } from '../../document/span.js';

const MAX_CHARS = 300;
const MAX_WORDS = 40;

export function findHeadline(text: string, paragraphs: readonly Paragraph[]): Span | null {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 2) return null;
  const s = text.slice(first.start, first.end);
  if (s.length > MAX_CHARS || s.includes('\n')) return null;
  if (s.split(/\s+/).length > MAX_WORDS) return null;
  // A paragraph that ends a sentence with a period and is long is a lead, not a title.
  if (/[.]$/.test(s) && s.split(/\s+/).length > 12) return null;
  return { start: first.start, end: first.end };
}
