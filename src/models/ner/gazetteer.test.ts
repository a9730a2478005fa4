import { describe, expect, it } from 'vitest';
import { Gazetteer, petrarchEntries, tokenizePhrase } from './gazetteer.js';
import { NerDataError, readGazetteerLines } from './files.js';

describe('gazetteer', () => {
  const g = new Gazetteer([
    { phrase: tokenizePhrase('Jabhat al-Nusra'), cls: 'ORG' },
    { phrase: tokenizePhrase('United Nations'), cls: 'ORG' },
    { phrase: 'US', cls: 'LOC' },
  ]);

  it('matches capitalised token sequences, case-insensitively', () => {
    expect(g.matches(['fighting', 'Jabhat', 'al-Nusra', 'and', 'the', 'UNITED', 'NATIONS'])).toEqual([[1, 2, 1], [5, 2, 1]]);
  });

  it('does not match a lower-case word', () => {
    expect(g.matches(['let', 'us', 'go'])).toEqual([]);
    expect(g.matches(['the', 'US', 'said'])).toEqual([[1, 1, 2]]);
  });

  it('reads PETRARCH actor entries by kind', () => {
    const text = [
      'SYRIA_ [SYR]', '+DAMASCUS_', '',
      'BASHAR_AL-ASSAD_  # CountryInfo.txt', '\t[SYRGOV 000717-]', '',
      'SYRIAN_ARMY_', '\t[SYRMIL]',
    ].join('\n');
    expect(petrarchEntries(text, 'countries')).toEqual([
      { phrase: 'SYRIA', cls: 'LOC' }, { phrase: 'DAMASCUS', cls: 'LOC' },
      { phrase: 'BASHAR AL-ASSAD', cls: 'PER' },
      { phrase: 'SYRIAN ARMY', cls: 'ORG' },
    ]);
  });

  it('names the file and line of a bad entry', () => {
    try {
      readGazetteerLines(['# header', 'Astana\tLOC', 'Geneva'], 'extra.tsv');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NerDataError);
      expect((e as Error).message).toMatch(/^extra\.tsv:3: /);
    }
  });
});
