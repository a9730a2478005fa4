import { describe, expect, it } from 'vitest';
import { createDoc, layer } from '../../document/document.js';
import { segmentStage } from '../segment/index.js';
import type { TokenSpan } from './assemble.js';
import { buildContext, type TokenContext } from './features.js';
import { loadCategories, loadCues } from './lexicon.js';
import { findQuoteRegions } from './marks.js';
import { pollsSay } from './polls.js';
import type { Attribution } from './rules.js';

function context(text: string): TokenContext {
  const doc = segmentStage.run(createDoc(text, { source: { format: 'text' }, headlineInText: false }), {});
  const paragraphs = layer(doc, 'paragraphs');
  return buildContext(text, layer(doc, 'tokens'), layer(doc, 'sentences'), paragraphs, findQuoteRegions(text, paragraphs), loadCues(), loadCategories());
}

const words = (ctx: TokenContext, s: TokenSpan | null) => (s ? ctx.text.slice(ctx.tokens[s.first]!.start, ctx.tokens[s.last]!.end) : null);
const show = (ctx: TokenContext, as: readonly Attribution[]) => as.map((a) => ({ source: words(ctx, a.source), cue: words(ctx, a.cue), content: words(ctx, a.content), poll: a.poll ?? false }));

describe('pollsSay', () => {
  it('reads a sentence that opens with "In" and a poll, up to its comma, as what the poll found', () => {
    // Wikinews, 2020-10-29, "On the campaign trail in the USA, September 2020" (CC BY 2.5).
    const ctx = context('In late September polls, when included, Jorgensen was in third place.');
    expect(show(ctx, pollsSay(ctx, []))).toEqual([{ source: 'late September polls', cue: 'In', content: 'when included, Jorgensen was in third place', poll: true }]);
    // Constructed: a poll named with a participle, and someone's words.
    const c2 = context('In a Gallup poll released Monday, 41 percent of voters backed the plan. In his words, the deal was dead.');
    expect(show(c2, pollsSay(c2, [])).map((a) => [a.source, a.content])).toEqual([
      ['a Gallup poll released Monday', '41 percent of voters backed the plan'], ['his words', 'the deal was dead']]);
  });

  it('leaves a phrase that names no poll, or a poll after a preposition or a participle, and a poll with no clause after it', () => {
    // Wikinews, 2020-05-22, "Astronomer tells Wikinews about discovery of closest black hole known so far" (CC BY 2.5), and constructed.
    for (const text of ['In other words, spectroscopy is a technology by which you spread the light.', 'In a memo released as polls closed, the campaign conceded.',
      'In the week before the polls, crowds gathered.', 'In a Gallup poll, the largest ever.']) {
      const ctx = context(text);
      expect(pollsSay(ctx, []), text).toEqual([]);
    }
  });

  it('gives way to the tagger\'s reading of the poll as the source with the comma for its cue, and keeps a cue it found at "In"', () => {
    // Constructed.
    const ctx = context('In a Gallup poll released Monday, 41 percent of voters backed the plan.');
    const at = (w: string) => ctx.tokens.findIndex((t) => ctx.text.slice(t.start, t.end) === w);
    const comma = at(',');
    const tagger: Attribution = { source: { role: 'SRC', first: at('a'), last: comma - 1 }, cue: { role: 'CUE', first: comma, last: comma }, content: { role: 'CON', first: comma + 1, last: ctx.tokens.length - 2 } };
    expect(show(ctx, pollsSay(ctx, [tagger]))).toEqual([{ source: 'a Gallup poll released Monday', cue: 'In', content: '41 percent of voters backed the plan', poll: true }]);
    const own: Attribution = { ...tagger, cue: { role: 'CUE', first: 0, last: 0 } };
    expect(pollsSay(ctx, [own])).toEqual([own]);
  });
});
