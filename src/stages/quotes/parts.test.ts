import { describe, expect, it } from 'vitest';
import type { Span } from '../../document/span.js';
import { findQuoteRegions } from './marks.js';
import { contentParts, saidWords } from './parts.js';

/** The span of the first occurrence of `words` in `text` not inside a word ("he", not the "he" of "The"). */
function at(text: string, words: string): Span {
  for (let start = text.indexOf(words); start >= 0; start = text.indexOf(words, start + 1)) {
    const end = start + words.length;
    if (!/\p{L}/u.test(text[start - 1] ?? '') && !/\p{L}/u.test(text[end] ?? '')) return { start, end };
  }
  throw new Error(`not in the text: ${words}`);
}

/** The parts of the content running from `first` to the end of `last`, framed by `speaker` and `cue`, as text. */
function partsOf(text: string, first: string, last: string, speaker: string, cue: string): string[] | null {
  const content = { start: at(text, first).start, end: at(text, last).end };
  const parts = contentParts(text, content, [at(text, speaker), at(text, cue)], findQuoteRegions(text, []));
  return parts && parts.map((p) => text.slice(p.start, p.end));
}

describe('contentParts', () => {
  it('leaves out the source and cue of a quotation they interrupt, up to the quotation that goes on', () => {
    // (The comma after the closing mark is the frame's.)
    // Wikinews, 2019-09-12 ("US president Trump ousts national security advisor Bolton"), CC BY 2.5.
    const text = '"I don\'t think that any leader around the world should make any assumption that because some one of us departs that President Trump’s foreign policy will change in a material way", Pompeo told the press on Tuesday. "There were many times that Ambassador Bolton and I disagreed. That\'s to be sure."';
    expect(partsOf(text, '"I don', 'to be sure."', 'Pompeo', 'told')).toEqual([
      '"I don\'t think that any leader around the world should make any assumption that because some one of us departs that President Trump’s foreign policy will change in a material way"',
      '"There were many times that Ambassador Bolton and I disagreed. That\'s to be sure."',
    ]);
  });

  it('reads a frame set off by commas inside a quotation or a clause', () => {
    // Wikinews, 2019-09-14 ("Astronomers find water vapour in atmosphere of exoplanet K2-18b"), CC BY 2.5.
    const quoted = '"Overall," he continued, "the presence of water in its atmosphere certainly improves the prospect of K2-18b being a potentially habitable planet."';
    expect(partsOf(quoted, '"Overall', 'planet."', 'he', 'continued')).toEqual(['"Overall,"', '"the presence of water in its atmosphere certainly improves the prospect of K2-18b being a potentially habitable planet."']);
    // Constructed: the listener and the time of the saying are the frame's, up to its closing comma.
    const indirect = 'The difference now, he told me on Friday, is that the talks have a deadline.';
    expect(partsOf(indirect, 'The difference', 'deadline', 'he', 'told')).toEqual(['The difference now', 'is that the talks have a deadline']);
  });

  it('skips a title quoted inside the frame', () => {
    // Constructed.
    const text = '"We are ready," the minister said on the radio show "Morning Edition." "The plan is done."';
    expect(partsOf(text, '"We are', 'done."', 'the minister', 'said')).toEqual(['"We are ready,"', '"The plan is done."']);
  });

  it('gives none when the source and cue stand before or after the content', () => {
    // Constructed.
    const text = 'The minister said the plan was done, and "we are ready," she said.';
    expect(partsOf(text, 'the plan', 'we are ready,"', 'The minister', 'said')).toBeNull();
    const after = '"We are ready," she said.';
    expect(contentParts(after, at(after, '"We are ready,"'), [at(after, 'she'), at(after, 'said')], findQuoteRegions(after, []))).toBeNull();
  });

  it('gives the words said without the frame', () => {
    const text = '"Overall," he continued, "the presence of water is a good sign."';
    const content = { start: 0, end: text.length };
    const parts = contentParts(text, content, [at(text, 'he'), at(text, 'continued')], findQuoteRegions(text, []))!;
    expect(saidWords(text, { content, parts })).toBe('"Overall," … "the presence of water is a good sign."');
    expect(saidWords(text, { content })).toBe(text);
  });
});
