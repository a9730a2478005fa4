import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED } from '../../test/shared.js';
import { hyphenParts, tokenize } from './tokenize.js';

const words = (s: string) => tokenize(s).map((t) => s.slice(t.start, t.end));

describe('tokenize', () => {
  it('splits punctuation, curly quotes and dashes and keeps hyphenated names (seed article)', () => {
    const s = 'Moscow, SANA – the Russian president said “we believe it is important to further expand cooperation in combating international terrorism,” affirming that Russia and Iran are coordinating their steps to exterminate ISIS and Jabhat al-Nusra';
    expect(words(s)).toEqual(['Moscow', ',', 'SANA', '–', 'the', 'Russian', 'president', 'said', '“', 'we', 'believe', 'it', 'is', 'important', 'to', 'further', 'expand', 'cooperation', 'in', 'combating', 'international', 'terrorism', ',', '”', 'affirming', 'that', 'Russia', 'and', 'Iran', 'are', 'coordinating', 'their', 'steps', 'to', 'exterminate', 'ISIS', 'and', 'Jabhat', 'al-Nusra']);
  });

  it('gives offsets into the original text and never a white-space token, over the whole seed', () => {
    const text = readFileSync(SEED, 'utf8');
    const toks = tokenize(text);
    expect(toks.length).toBeGreaterThan(300);
    let last = 0;
    for (const t of toks) {
      expect(t.start).toBeGreaterThanOrEqual(last);
      expect(t.end).toBeGreaterThan(t.start);
      expect(text.slice(t.start, t.end)).not.toMatch(/\s/);
      last = t.end;
    }
    // Every non-space character is covered by a token.
    const covered = toks.reduce((n, t) => n + t.end - t.start, 0);
    expect(covered).toBe(text.replace(/\s/g, '').length);
    expect(words('Tehran, SANA- Supreme Leader')).toEqual(['Tehran', ',', 'SANA', '-', 'Supreme', 'Leader']);
    expect(words('The Zionist entity’s practices')).toEqual(['The', 'Zionist', 'entity', '’s', 'practices']);
  });

  it('splits clitics with straight and curly apostrophes', () => {
    expect(words("Standard & Poor's didn't say they're sure we'll win, I'm told; you've seen it, he'd said")).toEqual(
      ['Standard', '&', 'Poor', "'s", 'did', "n't", 'say', 'they', "'re", 'sure', 'we', "'ll", 'win', ',', 'I', "'m", 'told', ';', 'you', "'ve", 'seen', 'it', ',', 'he', "'d", 'said']);
    expect(words('It can’t be, DON’T go, it cannot last, we’re gonna win')).toEqual(['It', 'ca', 'n’t', 'be', ',', 'DO', 'N’T', 'go', ',', 'it', 'can', 'not', 'last', ',', 'we', '’re', 'gon', 'na', 'win']);
    expect(words("O'Neill's rock'n'roll")).toEqual(["O'Neill", "'s", "rock'n'roll"]);
  });

  it('keeps abbreviations, initials, numbers, URLs and e-mail addresses whole', () => {
    expect(words('The U.S. and U.N. envoys, Gen. Smith, Mr. J. Smith, Dr. Jones of Acme Inc. and Foo Corp., met on Feb. 12 at 10:30 a.m., e.g. in St. Louis.')).toEqual(
      ['The', 'U.S.', 'and', 'U.N.', 'envoys', ',', 'Gen.', 'Smith', ',', 'Mr.', 'J.', 'Smith', ',', 'Dr.', 'Jones', 'of', 'Acme', 'Inc.', 'and', 'Foo', 'Corp.', ',', 'met', 'on', 'Feb.', '12', 'at', '10:30', 'a.m.', ',', 'e.g.', 'in', 'St.', 'Louis', '.']);
    expect(words('Profits rose 3.5% to $1,000.50 in 1987/88, a 10-year high (the Russian-brokered deal), #2 in #WorldNews.')).toEqual(
      ['Profits', 'rose', '3.5%', 'to', '$', '1,000.50', 'in', '1987/88', ',', 'a', '10-year', 'high', '(', 'the', 'Russian-brokered', 'deal', ')', ',', '#', '2', 'in', '#WorldNews', '.']);
    expect(words('See https://www.sana.sy/en/?p=104571. Write to news@sana.sy, or www.reuters.com.')).toEqual(
      ['See', 'https://www.sana.sy/en/?p=104571', '.', 'Write', 'to', 'news@sana.sy', ',', 'or', 'www.reuters.com', '.']);
  });

  it('splits dashes, ellipses and quotes, and keeps a newswire dateline in pieces', () => {
    expect(words('WASHINGTON (Reuters) - He paused...then left--quickly—and said: "No!"')).toEqual(
      ['WASHINGTON', '(', 'Reuters', ')', '-', 'He', 'paused', '...', 'then', 'left', '--', 'quickly', '—', 'and', 'said', ':', '"', 'No', '!', '"']);
    expect(words("honoured for 'courageous achievement' at the «summit» „here“ …")).toEqual(
      ['honoured', 'for', "'", 'courageous', 'achievement', "'", 'at', 'the', '«', 'summit', '»', '„', 'here', '“', '…']);
  });

  it('is deterministic: the same text gives the same tokens whatever came before', () => {
    const s = "Standard & Poor's Corp. cut Texaco's rating.";
    const before = tokenize(s);
    for (let i = 0; i < 200; i++) tokenize(`Poor${i}'s Zyx${i}'s unseen-${i} words' and O'Brien${i}'s`);
    expect(tokenize(s)).toEqual(before);
  });

  it('gives the parts of a hyphenated token on request', () => {
    const s = 'the United Nations-mediated process';
    const t = tokenize(s).find((x) => s.slice(x.start, x.end) === 'Nations-mediated')!;
    expect(hyphenParts(s, t.start, t.end).map((x) => s.slice(x.start, x.end))).toEqual(['Nations', '-', 'mediated']);
    expect(hyphenParts(s, 0, 3)).toEqual([{ start: 0, end: 3 }]);
  });

  it('covers every non-space character exactly once on odd input (seeded fuzz)', () => {
    const alphabet = ['a', 'Z', '9', '.', ',', "'", '’', '"', '“', '”', '-', '–', '—', '(', ')', '<', '>', '$', '#', '%', '/', ':', ';', '!', '?', '…', '@', ' ', ' ', '\n', '\u00a0', 'é', '😀', 'U.S.', "n't", 'Mr.', 'http://', 'www.'];
    let seed = 7;
    const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    for (let k = 0; k < 300; k++) {
      let s = '';
      const n = Math.floor(rand() * 40);
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
      const toks = tokenize(s);
      let last = 0;
      for (const t of toks) {
        expect(t.start, s).toBeGreaterThanOrEqual(last);
        expect(t.end, s).toBeGreaterThan(t.start);
        expect(/\s/.test(s.slice(t.start, t.end)), s).toBe(false);
        for (let i = last; i < t.start; i++) expect(/\s/.test(s[i]!), s).toBe(true);
        last = t.end;
      }
      expect(/\S/.test(s.slice(last)), s).toBe(false);
      expect(tokenize(s)).toEqual(toks);
    }
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });
});
