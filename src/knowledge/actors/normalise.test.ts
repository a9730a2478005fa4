/** Name keys and the all-capitals test (ASCII has a fast path; other text goes through NFKD). */
import { describe, expect, it } from 'vitest';
import { isUpperCase, lettersOf, normName, normNameGivenLower } from './normalise.js';

describe('isUpperCase', () => {
  it('is true when the text has letters and all are capitals', () => {
    for (const s of ['UN', 'U.N.', 'ISIS', 'US-LED', 'A1', 'ÉTAT', 'ZÜRICH AG']) expect(isUpperCase(s)).toBe(true);
  });

  it('is false with a lower-case letter or no letter at all', () => {
    for (const s of ['Un', 'Isis', 'US-led', '123', '', '.', 'État', 'ÉTAt', 'UN é']) expect(isUpperCase(s)).toBe(false);
  });

  it('agrees with the letters it is defined by', () => {
    for (const s of ['UN', 'Un', 'ÉTAT', 'État', '42', 'ÆON', 'straße', 'STRASSE']) {
      const l = lettersOf(s);
      expect(isUpperCase(s)).toBe(l.length > 0 && l === l.toUpperCase());
    }
  });
});

describe('normName', () => {
  it('lower-cases, drops dots, reads hyphens and underscores as spaces, and folds accents', () => {
    const cases: [string, string][] = [
      ['Putin', 'putin'], ['U.S.', 'us'], ['Al-Qaeda', 'al qaeda'], ['JABHAT_AL_NUSRA', 'jabhat al nusra'], ['$1,000', '$1,000'],
      ['(AP)', '(ap)'], ['50%', '50%'], ['  New   York ', 'new york'], ['São Tomé', 'sao tome'], ['O`Neill', "o'neill"], ['-', ''], ['', ''],
    ];
    for (const [s, key] of cases) expect(normName(s)).toBe(key);
  });

  it('joins words keyed one by one as it keys their joined text', () => {
    const phrases = ['Jabhat al-Nusra', 'U.S. State Department', 'Bashar al - Assad', 'São Tomé', 'the  Kremlin'];
    for (const p of phrases) {
      const joined = p.split(/\s+/).map(normName).filter(Boolean).join(' ');
      expect(joined).toBe(normName(p));
    }
  });
});

describe('normNameGivenLower', () => {
  it('is normName, whatever lower-case form it is given', () => {
    for (const s of ['Putin', 'U.S.', 'al-Nusra', 'IRAN', "Russia's", 'São', '\u212Aelvin', '1987', 'New York']) {
      for (const lower of [s.toLowerCase(), undefined, s, 'x', s.toUpperCase()]) expect(normNameGivenLower(s, lower)).toBe(normName(s));
    }
  });
});
