import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAbbreviations, loadSentenceStarters } from './data.js';
import { loadBases, loadLemmaExceptions } from './lemma.js';
import { loadTagDict } from './pos.js';

const file = (name: string, text: string) => {
  const p = join(mkdtempSync(join(tmpdir(), 'dateline-nlp-')), name);
  writeFileSync(p, text);
  return p;
};

describe('data/pos loaders', () => {
  it('load the shipped files', () => {
    expect(loadAbbreviations().get('Gen.')).toBe('title');
    expect(loadAbbreviations().get('Inc.')).toBe('other');
    expect(loadSentenceStarters().has('The')).toBe(true);
    expect(loadLemmaExceptions().get('met\tVERB')).toBe('meet');
    expect(loadBases().get('VERB')!.has('agree')).toBe(true);
    expect(loadTagDict().size).toBeGreaterThan(500);
  });

  it('name the file and line of a bad entry', () => {
    const a = file('abbreviations.txt', '# comment\nMr.\ttitle\nDr\ttitle\n');
    expect(() => loadAbbreviations(a)).toThrow(`${a}:3:`);
    const k = file('abbreviations.txt', 'Mr.\tsometimes\n');
    expect(() => loadAbbreviations(k)).toThrow(`${k}:1: kind must be`);
    const s = file('sentence-starters.txt', 'The\nthe\n');
    expect(() => loadSentenceStarters(s)).toThrow(`${s}:2:`);
    const l = file('lemmas.tsv', 'form\tupos\tlemma\tcount\nmet\tVERBS\tmeet\t3\n');
    expect(() => loadLemmaExceptions(l)).toThrow(`${l}:2:`);
    const t = file('tagdict.tsv', 'word\tupos\tcount\tshare\nthe\tDET\t100\t1.5\n');
    expect(() => loadTagDict(t)).toThrow(`${t}:2:`);
  });
});
