import { describe, expect, it } from 'vitest';
import { createDoc, layer } from '../../document/document.js';
import { segmentStage } from '../segment/index.js';
import { joinSpans, type Role, type TokenSpan } from './assemble.js';
import { buildContext, type TokenContext } from './features.js';
import { loadCues } from './lexicon.js';
import { findQuoteRegions } from './marks.js';
import { orphanCues, sourceFallback, subjectBeforeApposition, type Attribution } from './rules.js';

function context(text: string): TokenContext {
  const doc = segmentStage.run(createDoc(text, { source: { format: 'text' }, headlineInText: false }), {});
  const paragraphs = layer(doc, 'paragraphs');
  return buildContext(text, layer(doc, 'tokens'), layer(doc, 'sentences'), paragraphs, findQuoteRegions(text, paragraphs), loadCues());
}

/** Tagger output as it might come: the token span of each (role, words) in text order. */
function spans(ctx: TokenContext, parts: [Role, string][]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let from = 0;
  for (const [role, words] of parts) {
    const start = ctx.text.indexOf(words, from);
    const end = start + words.length;
    from = end;
    const first = ctx.tokens.findIndex((t) => t.start >= start);
    let last = first;
    while (last + 1 < ctx.tokens.length && ctx.tokens[last + 1]!.end <= end) last++;
    out.push({ role, first, last });
  }
  return out;
}

function show(ctx: TokenContext, as: readonly Attribution[]) {
  const words = (s: TokenSpan | null) => (s ? ctx.text.slice(ctx.tokens[s.first]!.start, ctx.tokens[s.last]!.end) : null);
  return as.map((a) => ({ content: words(a.content), cue: words(a.cue), source: words(a.source) }));
}

describe('cues the tagger joined no content to', () => {
  it('"…, sources said." takes the clause before it, and the attribution nested in that clause gives way', () => {
    const ctx = context('Secret Service protocol called for her to be taken to a trauma center, sources said.');
    const ss = spans(ctx, [['SRC', 'Secret Service protocol'], ['CUE', 'called for'], ['CON', 'her to be taken to a trauma center'], ['SRC', 'sources'], ['CUE', 'said']]);
    const joined = joinSpans(ctx, ss);
    expect(show(ctx, joined)).toEqual([{ content: 'her to be taken to a trauma center', cue: 'called for', source: 'Secret Service protocol' }]);
    expect(show(ctx, orphanCues(ctx, ss, joined))).toEqual([
      { content: 'Secret Service protocol called for her to be taken to a trauma center', cue: 'said', source: 'sources' },
    ]);
  });
  it('"Clinton wants …" takes the rest of the sentence when its source was found (with rest)', () => {
    const ctx = context('Clinton wants to sign up 5 million people, focusing on people under 30.');
    const ss = spans(ctx, [['SRC', 'Clinton'], ['CUE', 'wants']]);
    expect(show(ctx, orphanCues(ctx, ss, joinSpans(ctx, ss), true))).toEqual([
      { content: 'to sign up 5 million people, focusing on people under 30', cue: 'wants', source: 'Clinton' },
    ]);
    // Without `rest` (the default), only the "…, X said." frames are made.
    expect(orphanCues(ctx, ss, joinSpans(ctx, ss))).toEqual([]);
  });
  it('leaves a cue alone when it has neither a clause before it nor a source', () => {
    const ctx = context('The decision came late on Friday night.');
    const ss = spans(ctx, [['CUE', 'decision']]);
    expect(orphanCues(ctx, ss, joinSpans(ctx, ss))).toEqual([]);
  });
  it('folds a whole attribution of the clause before the frame into the frame', () => {
    const ctx = context('He said the plan would fail, aides said.');
    const ss = spans(ctx, [['SRC', 'He'], ['CUE', 'said'], ['CON', 'the plan would fail'], ['SRC', 'aides'], ['CUE', 'said']]);
    const joined = joinSpans(ctx, ss);
    const out = orphanCues(ctx, ss, joined);
    // "He said …" lies wholly inside the clause before "aides said": PolNeAR gives each token one attribution, the outer one.
    expect(show(ctx, out)).toEqual([{ content: 'He said the plan would fail', cue: 'said', source: 'aides' }]);
  });
});

describe('a subject set off from its cue by an apposition', () => {
  const source = (text: string, cueWord: string, contentFrom: string) => {
    const ctx = context(text);
    const [cue, content] = spans(ctx, [['CUE', cueWord], ['CON', contentFrom]]);
    const words = (x: TokenSpan | null) => (x ? text.slice(ctx.tokens[x.first]!.start, ctx.tokens[x.last]!.end) : null);
    return { ctx, cue: cue!, content: { ...content!, last: ctx.tokens.length - 2 }, words };
  };
  it('skips a relative clause, a "like" phrase and an appositive noun phrase', () => {
    for (const [text, cue, from, want] of [
      ['The union, which represents 40,000 nurses, argues that the new shifts are unsafe.', 'argues', 'that', 'The union'],
      ['Critics of the dam, like the regional fishing council, believe it will ruin the river.', 'believe', 'it will', 'Critics of the dam'],
      ['Ms. Okafor, the bank\'s chief economist, expects rates to fall next spring.', 'expects', 'rates', 'Ms. Okafor'],
    ] as const) {
      const { ctx, cue: c, content, words } = source(text, cue, from);
      expect(words(subjectBeforeApposition(ctx, c.first, content.first, content.last))).toBe(want);
      const [a] = sourceFallback(ctx, [{ content, cue: c, source: null }], true);
      expect(words(a!.source)).toBe(want);
    }
  });
  it('takes no noun phrase that is the object of a preposition, nor one without a comma before the cue', () => {
    for (const [text, cue, from] of [
      ['The letter was sent to the mayor, who lives nearby, urging that the park should stay.', 'urging', 'that'],
      ['The union argues that the new shifts are unsafe.', 'argues', 'that'],
    ] as const) {
      const { ctx, cue: c, content } = source(text, cue, from);
      expect(subjectBeforeApposition(ctx, c.first, content.first, content.last)).toBeNull();
    }
  });
});
