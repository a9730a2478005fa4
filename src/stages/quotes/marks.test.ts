import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../segment/paragraphs.js';
import { CLOSERS, findQuoteRegions, isMarkCode } from './marks.js';

const inner = (text: string) => findQuoteRegions(text, splitParagraphs(text)).map((r) => text.slice(r.inner.start, r.inner.end));

describe('findQuoteRegions', () => {
  it('finds curly double quotes', () => {
    expect(inner('The minister said “we will not accept this,” and left.')).toEqual(['we will not accept this,']);
  });
  it('finds straight double quotes, several in a paragraph', () => {
    expect(inner('"We are ready," he said. "The talks start Monday."')).toEqual(['We are ready,', 'The talks start Monday.']);
  });
  it('finds single curly quotes and ignores apostrophes inside them', () => {
    expect(inner('She called it ‘the country’s best chance’ for peace.')).toEqual(['the country’s best chance']);
  });
  it('does not take apostrophes for quotes', () => {
    expect(inner('The party’s leader didn’t comment on the voters’ anger.')).toEqual([]);
  });
  it('finds guillemets', () => {
    expect(inner('Le président a déclaré : «Nous sommes prêts».')).toEqual(['Nous sommes prêts']);
  });
  it('finds German low-high quotes', () => {
    expect(inner('Die Kanzlerin sagte: „Wir schaffen das“, und ging.')).toEqual(['Wir schaffen das']);
  });
  it('keeps nested quotes inside the outer quotation', () => {
    expect(inner('He said: “They told us ‘go home’ and we did.”')).toEqual(['They told us ‘go home’ and we did.']);
  });
  it('joins a quotation over paragraphs that reopen it without closing', () => {
    const text = 'The envoy said:\n\n“The first point is the ceasefire.\n\n“The second point is aid.\n\n“The third is talks.”\n\nThen he left.';
    const regions = findQuoteRegions(text, splitParagraphs(text));
    expect(regions).toHaveLength(1);
    const q = text.slice(regions[0]!.inner.start, regions[0]!.inner.end);
    expect(q.startsWith('The first point')).toBe(true);
    expect(q.endsWith('The third is talks.')).toBe(true);
  });
  it('closes a curly quote with a straight mark when its paragraph has no curly closer', () => {
    expect(inner('“The fees should never have been charged," the chairman said, adding that they were handed out "like parking tickets."')).toEqual([
      'The fees should never have been charged,',
      'like parking tickets.',
    ]);
    // With a curly closer further on, the straight mark inside is a quotation of its own.
    expect(inner('“He called it "a disgrace" on Friday,” she said.')).toEqual(['He called it "a disgrace" on Friday,']);
    // … unless another curly quotation opens before that closer, whose closer it is (constructed, in the form of a
    // news story's paragraph).
    expect(inner('CNN, the senator said, called the announcement “highly significant." He said that he had since apologized. He called it “a mistake” on Friday.')).toEqual([
      'highly significant.', 'a mistake']);
  });
  it('carries a quotation over paragraphs only where the next reopens it with the same mark', () => {
    // A pasted excerpt: straight marks open its paragraphs, the quotations inside are curly.
    const text = '"The hall was nearly empty.\n\n“There she is,” he said. “She made it.”\n\nThe speech went on.';
    expect(inner(text)).toEqual(['The hall was nearly empty.', 'There she is,', 'She made it.']);
  });
  it('ends an unclosed quotation with its paragraph when the next does not reopen', () => {
    const text = '“We will win, he said.\n\nThe count went on.';
    expect(inner(text)).toEqual(['We will win, he said.']);
  });
});

describe('the scan for marks', () => {
  it('stops at every mark that opens or closes, and not at letters, digits, apostrophe or dashes', () => {
    const marks = [...new Set(Object.entries(CLOSERS).flatMap(([o, c]) => [o, ...c]))];
    for (const m of marks) expect(isMarkCode(m.charCodeAt(0))).toBe(true);
    for (const c of ['a', 'Z', '0', "'", '-', '–', '—', ' ', '(']) expect(isMarkCode(c.charCodeAt(0))).toBe(false);
  });
  it('reads two apostrophes as a double mark, over paragraphs too, and leaves a single one alone', () => {
    expect(inner("''We are ready,'' the coach said of the team's plans. It was ''a long season.''")).toEqual(['We are ready,', 'a long season.']);
    expect(inner("The players' union agreed.")).toEqual([]);
    const text = "The coach said:\n\n''First, the defence.\n\n''Second, the goalkeeper.''\n\nThen he left.";
    expect(inner(text)).toEqual(["First, the defence.\n\n''Second, the goalkeeper."]);
  });
});
