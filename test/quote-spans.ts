/**
 * Helpers for the quote stage's unit tests: the token context of a text, and attributions
 * built from its words.
 */
import { createDoc, layer } from '../src/document/document.js';
import { segmentStage } from '../src/stages/segment/index.js';
import type { TokenSpan } from '../src/stages/quotes/assemble.js';
import { buildContext, type TokenContext } from '../src/stages/quotes/features.js';
import { loadCategories, loadCues } from '../src/stages/quotes/lexicon.js';
import { findQuoteRegions } from '../src/stages/quotes/marks.js';
import type { Attribution } from '../src/stages/quotes/rules.js';

/** The token context of a text, with the shipped cue lexicon and categories. */
export function context(text: string): TokenContext {
  const doc = segmentStage.run(createDoc(text, { source: { format: 'text' }, headlineInText: false }), {});
  const paragraphs = layer(doc, 'paragraphs');
  return buildContext(text, layer(doc, 'tokens'), layer(doc, 'sentences'), paragraphs, findQuoteRegions(text, paragraphs), loadCues(), loadCategories());
}

/** The token span of words (their first occurrence from character offset from). */
export function span(ctx: TokenContext, role: TokenSpan['role'], words: string, from = 0): TokenSpan {
  const start = ctx.text.indexOf(words, from);
  const end = start + words.length;
  const first = ctx.tokens.findIndex((t) => t.start >= start);
  let last = first;
  while (last + 1 < ctx.tokens.length && ctx.tokens[last + 1]!.end <= end) last++;
  return { role, first, last };
}

/** The words of a token span, or null. */
export const words = (ctx: TokenContext, s: TokenSpan | null) => (s ? ctx.text.slice(ctx.tokens[s.first]!.start, ctx.tokens[s.last]!.end) : null);

/** An attribution of the words given for its source (or none), cue and content (their first occurrences). */
export function attribution(ctx: TokenContext, source: string | null, cue: string, content: string): Attribution {
  return { source: source === null ? null : span(ctx, 'SRC', source), cue: span(ctx, 'CUE', cue), content: span(ctx, 'CON', content) };
}

/** An attribution whose content runs from contentFrom to the last word of the text. */
export function toEnd(ctx: TokenContext, source: string, cue: string, contentFrom: string): Attribution {
  const a = attribution(ctx, source, cue, contentFrom);
  let last = ctx.tokens.length - 1;
  while (ctx.tokens[last]!.pos === 'PUNCT' && ctx.quote[last] !== 3) last--;
  return { ...a, content: { ...a.content, last } };
}
