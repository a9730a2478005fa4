import { describe, expect, it } from 'vitest';
import { context, words } from '../../../test/quote-spans.js';
import { createAnalyzer } from '../../analyzer.js';
import { frontedSayings } from './fronted.js';
import type { Attribution } from './rules.js';

const show = (ctx: ReturnType<typeof context>, as: readonly Attribution[]) => as.map((a) => [words(ctx, a.source!), words(ctx, a.cue!), words(ctx, a.content)]);

describe('frontedSayings', () => {
  it('reads the verb that opens a sentence as the cue, the words up to the quotation as the source, the quotation as the content', () => {
    // Constructed, in the form of a newspaper feature.
    const ctx = context('The plan drew doubts. Said Ellis: “I don’t get the sense she’s interested.” Added the senator, “We will fight it.” Says Mr. Burman, a tax expert: “It is complex.”');
    expect(show(ctx, frontedSayings(ctx, []))).toEqual([
      ['Ellis', 'Said', '“I don’t get the sense she’s interested.”'],
      ['the senator', 'Added', '“We will fight it.”'],
      ['Mr. Burman, a tax expert', 'Says', '“It is complex.”'],
    ]);
  });
  it('takes the place of what the tagger made of the same words, and leaves a verb that opens no such sentence', () => {
    const ctx = context('Said Ellis: “I don’t get it.” Noted in the report were three failures.');
    const misread: Attribution = { source: null, cue: { role: 'CUE', first: 0, last: 1 }, content: { role: 'CON', first: 3, last: 9 } };
    expect(show(ctx, frontedSayings(ctx, [misread]))).toEqual([['Ellis', 'Said', '“I don’t get it.”']]);
  });
  it('keeps its source in the finished quotes (no opening participle whose subject answers through a cue of its own)', async () => {
    const analyzer = await createAnalyzer({});
    const text = 'Lawmakers met on Monday. Added the senator, “We will fight it.”';
    const quotes = analyzer.analyzeText(text).quotes;
    expect(quotes.map((q) => [q.speaker && text.slice(q.speaker.start, q.speaker.end), q.cue && text.slice(q.cue.start, q.cue.end), text.slice(q.content.start, q.content.end)]))
      .toContainEqual(['the senator', 'Added', '“We will fight it.”']);
  });
});
