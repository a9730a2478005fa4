import { describe, expect, it } from 'vitest';
import { lemmatize } from './lemma.js';

describe('lemmatize', () => {
  it('undoes regular inflection, testing candidates against known lemmas', () => {
    const cases: Array<[string, string, string]> = [
      ['stressed', 'VERB', 'stress'], ['agreed', 'VERB', 'agree'], ['noted', 'VERB', 'note'], ['affirming', 'VERB', 'affirm'],
      ['talks', 'NOUN', 'talk'], ['countries', 'NOUN', 'country'], ['stopped', 'VERB', 'stop'], ['combating', 'VERB', 'combat'],
      ['coordinating', 'VERB', 'coordinate'], ['efforts', 'NOUN', 'effort'], ['exerted', 'VERB', 'exert'], ['discussed', 'VERB', 'discuss'],
      ['boxes', 'NOUN', 'box'], ['news', 'NOUN', 'news'], ['crisis', 'NOUN', 'crisis'], ['bigger', 'ADJ', 'big'],
    ];
    for (const [form, pos, lemma] of cases) expect(lemmatize(form, pos), form).toBe(lemma);
  });

  it('knows irregular forms and clitics from the GUM table', () => {
    expect(lemmatize('met', 'VERB')).toBe('meet');
    expect(lemmatize('said', 'VERB')).toBe('say');
    expect(lemmatize('was', 'AUX')).toBe('be');
    expect(lemmatize("'s", 'AUX')).toBe('be');
    expect(lemmatize('’s', 'AUX')).toBe('be');
    expect(lemmatize("n't", 'PART')).toBe('not');
    expect(lemmatize('children', 'NOUN')).toBe('child');
    expect(lemmatize('took', 'VERB')).toBe('take');
  });

  it('keeps proper nouns as written and lower-cases other words', () => {
    expect(lemmatize('Putin', 'PROPN')).toBe('Putin');
    expect(lemmatize('Talks', 'NOUN')).toBe('talk');
    expect(lemmatize('The', 'DET')).toBe('the');
  });
});
