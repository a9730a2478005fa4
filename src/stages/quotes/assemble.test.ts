import { describe, expect, it } from 'vitest';
import { joinSpans, type Role, type TokenSpan } from './assemble.js';
import { context, span, words } from '../../../test/quote-spans.js';

/** Tagger output as it might come: the token span of each (role, words), in text order. */
function tagged(ctx: ReturnType<typeof context>, parts: [Role, string][]): TokenSpan[] {
  let from = 0;
  return parts.map(([role, w]) => {
    const s = span(ctx, role, w, from);
    from = ctx.tokens[s.last]!.end;
    return s;
  });
}

const show = (ctx: ReturnType<typeof context>, spans: TokenSpan[]) =>
  joinSpans(ctx, spans).map((a) => ({ content: words(ctx, a.content), cue: words(ctx, a.cue), source: words(ctx, a.source) }));

describe('joining contents to cues across paragraphs', () => {
  it('joins no content of the next paragraph to a cue', () => {
    // Wikinews, 2019-03-29 ("Toronto Comicon 2019 welcomes fans with celebrities, creativity, cosplay"), CC BY 2.5.
    const ctx = context('"It was a good day," she recalls.\n\n\nSpecial effects costumer Ian Campbell, whose screen credits include Star Trek: Discovery, had a booth at the convention displaying his prop replicas and cosplay items.');
    const ss = tagged(ctx, [['CON', '"It was a good day,"'], ['SRC', 'she'], ['CUE', 'recalls'], ['CON', 'Special effects costumer Ian Campbell, whose screen credits include Star Trek: Discovery, had a booth at the convention displaying his prop replicas and cosplay items']]);
    expect(show(ctx, ss)).toEqual([
      { content: '"It was a good day,"', cue: 'recalls', source: 'she' },
      { content: 'Special effects costumer Ian Campbell, whose screen credits include Star Trek: Discovery, had a booth at the convention displaying his prop replicas and cosplay items', cue: null, source: null },
    ]);
  });
  it('gives the second half of a quotation to its own cue, not to a nearer one in the next paragraph', () => {
    const ctx = context('“The talks went well,” said the minister, speaking after the meeting. “We will meet again in May.”\n\nHe added that a deal was close.');
    const ss = tagged(ctx, [['CON', '“The talks went well,”'], ['CUE', 'said'], ['SRC', 'the minister'], ['CON', '“We will meet again in May.”'], ['SRC', 'He'], ['CUE', 'added'], ['CON', 'that a deal was close']]);
    expect(show(ctx, ss)).toEqual([
      { content: '“The talks went well,” said the minister, speaking after the meeting. “We will meet again in May.”', cue: 'said', source: 'the minister' },
      { content: 'that a deal was close', cue: 'added', source: 'He' },
    ]);
  });
  it('joins a quotation to a cue whose paragraph ends with a colon before it', () => {
    const ctx = context('Foreign Minister Dmytro Kuleba said:\n\n“We are ready to continue the talks.”');
    const ss = tagged(ctx, [['SRC', 'Foreign Minister Dmytro Kuleba'], ['CUE', 'said'], ['CON', '“We are ready to continue the talks.”']]);
    expect(show(ctx, ss)).toEqual([{ content: '“We are ready to continue the talks.”', cue: 'said', source: 'Foreign Minister Dmytro Kuleba' }]);
  });
  it('gives an indirect content to the verb before it, not to a participle after it that opens its own', () => {
    // Constructed, in the form of agency copy.
    const ctx = context('The ministry said on Friday that it firmly opposes the sanctions, vowing to take countermeasures.');
    const ss = tagged(ctx, [['SRC', 'The ministry'], ['CUE', 'said'], ['CON', 'that it firmly opposes the sanctions'], ['CUE', 'vowing'], ['CON', 'to take countermeasures']]);
    expect(show(ctx, ss)).toEqual([
      { content: 'that it firmly opposes the sanctions', cue: 'said', source: 'The ministry' },
      { content: 'to take countermeasures', cue: 'vowing', source: 'The ministry' },
    ]);
  });
});
