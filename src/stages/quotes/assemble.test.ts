import { describe, expect, it } from 'vitest';
import { joinSpans, withoutNameCues, type Role, type TokenSpan } from './assemble.js';
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

describe('cues inside names', () => {
  const roles = (ctx: ReturnType<typeof context>, ss: TokenSpan[]) => withoutNameCues(ctx, ss).map((x) => `${x.role}:${words(ctx, x)}`);
  it('takes no capitalised word inside a name for a cue, and gives it to the span it is part of', () => {
    // Constructed, in the forms the tagger misread (a first name "Hope", "the Holy See", a firm's name).
    const a = context('White House aides were tested. Senior adviser Hope Hicks had tested positive on Thursday.');
    expect(roles(a, tagged(a, [['SRC', 'Senior adviser'], ['CUE', 'Hope'], ['CON', 'Hicks had tested positive on Thursday']]))).toEqual(['CON:Senior adviser Hope Hicks had tested positive on Thursday']);
    const b = context('Output fell, a spokesman said. Compagnie Francaise de Raffinage will close the unit, he said.');
    expect(roles(b, tagged(b, [['SRC', 'Compagnie'], ['CUE', 'Francaise'], ['CON', 'de Raffinage will close the unit'], ['SRC', 'he'], ['CUE', 'said']])))
      .toEqual(['CON:Compagnie Francaise de Raffinage will close the unit', 'SRC:he', 'CUE:said']);
    const c = context('Consolidated Rail Corp estimated that the sale could raise 1.7 billion dlrs.');
    expect(roles(c, tagged(c, [['SRC', 'Consolidated'], ['CUE', 'Rail'], ['CON', 'Corp'], ['CUE', 'estimated'], ['CON', 'that the sale could raise 1.7 billion dlrs']])))
      .toEqual(['SRC:Consolidated Rail Corp', 'CUE:estimated', 'CON:that the sale could raise 1.7 billion dlrs']);
  });
  it('keeps a cue capitalised to open its sentence, and the verbs of a headline in title case', () => {
    const a = context('Asked about the talks, Smith said they went well.');
    expect(roles(a, tagged(a, [['CUE', 'Asked'], ['CON', 'about the talks']]))).toEqual(['CUE:Asked', 'CON:about the talks']);
    const b = context('Trump Says Tariffs Will Stay\n\nThe president spoke on Monday.');
    expect(roles(b, tagged(b, [['SRC', 'Trump'], ['CUE', 'Says'], ['CON', 'Tariffs Will Stay']]))).toEqual(['SRC:Trump', 'CUE:Says', 'CON:Tariffs Will Stay']);
  });
});
