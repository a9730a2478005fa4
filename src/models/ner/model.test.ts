import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultNerDir, loadNerModel, NER_FILES, tagTokens } from './model.js';
import { chunks } from './labels.js';

describe('NER model', () => {
  it('loads the shipped weights, within the size budget (load time: npm run bench)', () => {
    const m = loadNerModel();
    expect(m.featurizer.gazetteer.size).toBeGreaterThan(1000);
    const bytes = Object.values(NER_FILES).reduce((a, f) => a + statSync(join(defaultNerDir(), f)).size, 0);
    expect(bytes).toBeLessThan(30e6);
  });

  it('tags a sentence in IOB2', () => {
    const words = 'Russian President Vladimir Putin met Iranian President Hassan Rouhani in Moscow on Tuesday .'.split(' ');
    const tags = tagTokens(words);
    expect(tags).toHaveLength(words.length);
    const found = chunks(tags).map((c) => `${c.type}:${words.slice(c.start, c.end).join(' ')}`);
    expect(found).toEqual(expect.arrayContaining(['PER:Vladimir Putin', 'PER:Hassan Rouhani', 'LOC:Moscow']));
    for (let i = 0; i < tags.length; i++) if (tags[i]!.startsWith('I-')) expect(tags[i - 1]!.slice(2)).toBe(tags[i]!.slice(2));
  });

  it('returns nothing for no words', () => {
    expect(tagTokens([])).toEqual([]);
  });
});
