/**
 * What an exported event needs from its article beyond the event itself: where the
 * article came from, its words for the evidence, and its lead paragraph.
 */
import type { ArticleRecord } from '../document/schema.js';
import type { Span } from '../document/span.js';

export interface ArticleContext {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  /** The URL, else the file path (and the item inside it). */
  readonly source: string;
  readonly text: string;
  /** The body's first paragraph (its first sentence when the paragraph runs on past 600 characters). */
  readonly lead: Span;
}

export function articleContext(r: ArticleRecord): ArticleContext {
  const s = r.source;
  const source = s.url ?? (s.path ? (s.item ? `${s.path}#${s.item}` : s.path) : '');
  return { id: r.id, title: r.title, published: r.published, source, text: r.text, lead: leadOf(r.text, r.body) };
}

/** The first paragraph of the body: from its first word to the next line break. */
export function leadOf(text: string, body: Span): Span {
  let start = body.start;
  while (start < body.end && /\s/.test(text[start]!)) start++;
  const nl = text.indexOf('\n', start);
  let end = nl < 0 || nl > body.end ? body.end : nl;
  if (end - start > 600) {
    const m = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z])/g;
    m.lastIndex = start;
    for (let x = m.exec(text); x && x.index < end; x = m.exec(text)) {
      if (x.index - start >= 40) { end = x.index + x[0].trimEnd().length; break; }
    }
  }
  return { start, end };
}
