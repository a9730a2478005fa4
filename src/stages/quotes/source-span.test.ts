import { describe, expect, it } from 'vitest';
import { context, span, words } from '../../../test/quote-spans.js';
import { tickerOwner, trimSource } from './source-span.js';

/** The words trimSource keeps of a source the tagger read, before a cue. */
function trimmed(text: string, source: string, cue: string): string | null {
  const ctx = context(text);
  return words(ctx, trimSource(text, ctx.tokens, span(ctx, 'SRC', source), span(ctx, 'CUE', cue)));
}

describe('the span of a source', () => {
  it('leaves out a phrase that a preposition opens the sentence with', () => {
    // Constructed, in the form of wire stories.
    expect(trimmed('In a filing with the Securities and Exchange Commission, the group said it sold 60,000 shares.',
      'a filing with the Securities and Exchange Commission, the group', 'said')).toBe('the group');
    expect(trimmed('At midday today Hughes said it was still interested in the merger.', 'At midday today Hughes', 'said')).toBe('Hughes');
    // "According to" keeps its object, the source; "At least one analyst" is no phrase of place or time.
    expect(trimmed('According to John Smith, a spokesman, the plan will fail.', 'John Smith, a spokesman', 'According')).toBe('John Smith, a spokesman');
    expect(trimmed('At least one analyst said the company might fetch 38 dlrs.', 'At least one analyst', 'said')).toBe('At least one analyst');
  });
  it('leaves out the time right after the name, not one in a name or of a clause', () => {
    expect(trimmed('The Fed in February said it would no longer target M-1.', 'The Fed in February', 'said')).toBe('The Fed');
    expect(trimmed('USA Today reported the deal.', 'USA Today', 'reported')).toBe('USA Today');
    // Constructed: "the same day" as well as "last month".
    expect(trimmed('The governor the same day said the roads would reopen.', 'The governor the same day', 'said')).toBe('The governor');
    expect(trimmed('In a CNN poll the same month, most voters backed the plan.', 'a CNN poll the same month', 'In')).toBe('a CNN poll');
    expect(trimmed('Knox, who arrived in Argentina last Thursday, said the plan was sound.', 'Knox, who arrived in Argentina last Thursday', 'said'))
      .toBe('Knox, who arrived in Argentina last Thursday');
  });
  it('reads the ">" of a headline\'s ticker as the company named before it', () => {
    const text = 'ACME WIDGETS <ACMW> SEES HIGHER NET';
    const gt = text.indexOf('>');
    const cue = { start: text.indexOf('SEES'), end: text.indexOf('SEES') + 4 };
    expect(tickerOwner(text, { start: gt, end: gt + 1 }, cue)).toEqual({ start: 0, end: gt + 1 });
    // Not other punctuation, nor a ">" that closes no ticker.
    expect(tickerOwner(text, { start: gt - 1, end: gt }, cue)).toBeNull();
    expect(tickerOwner('A > B SEES', { start: 2, end: 3 }, { start: 6, end: 10 })).toBeNull();
  });
});
