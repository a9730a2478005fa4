/**
 * The coder's indexes over the dictionaries are shortcuts only: a large verb block offers every
 * pattern whose words a sentence has, and the discard pre-check passes every word a discard
 * may start with.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { segment } from '../segment/index.js';
import { loadEventDictionaries, type EventDictionaries } from './index.js';
import { discardKey, discardsAt, patternCandidates } from './lexicon.js';

let dicts: EventDictionaries;
beforeAll(() => {
  dicts = loadEventDictionaries().dicts;
});

const SENTENCE = 'The foreign ministers of Russia and Iran agreed on Tuesday to hold talks with the opposition and pledged to send aid to the refugees.';

function sentenceWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const t of segment(text).tokens) {
    words.add(t.norm);
    if (t.lemma) words.add(t.lemma.toLowerCase());
  }
  return words;
}

describe('pattern index', () => {
  it('offers, for every indexed block, each pattern whose needed words the sentence has, in block order', () => {
    const lex = dicts.lexicon;
    const words = sentenceWords(SENTENCE);
    expect(lex.patternIndex.size).toBeGreaterThan(50);
    let offered = 0;
    for (const [block, list] of lex.patterns) {
      const cands = patternCandidates(lex, block, words);
      if (!lex.patternIndex.has(block)) { expect(cands).toBeNull(); continue; }
      const possible = list.flatMap((cp, n) => (cp.needs.every((need) => need.some((w) => words.has(w))) ? [n] : []));
      // Every possible pattern is offered; what is offered is in block order without repeats.
      expect(cands).toEqual(expect.arrayContaining(possible));
      expect([...cands!].sort((a, b) => a - b)).toEqual(cands);
      expect(new Set(cands).size).toBe(cands!.length);
      offered += cands!.length;
    }
    // The index does narrow the search: far fewer patterns than the dictionaries hold.
    const all = [...lex.patternIndex.keys()].reduce((s, b) => s + lex.patterns.get(b)!.length, 0);
    expect(offered).toBeLessThan(all / 2);
  });
});

describe('discard pre-check', () => {
  it('finds the same discards as the full index for every word of a sentence and every discard text', () => {
    const lex = dicts.lexicon;
    const norms = [...segment(SENTENCE).tokens.map((t) => t.norm), ...lex.discards.map((d) => d.text.split(' ')[0]!)];
    expect(lex.discards.length).toBeGreaterThan(0);
    for (const w of norms) expect(discardsAt(lex, w)).toBe(lex.discardIndex.get(discardKey(w)));
  });
});
