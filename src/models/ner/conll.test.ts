import { describe, expect, it } from 'vitest';
import { parseConll, tagConll } from './conll.js';
import { LABELS } from './labels.js';

const INPUT = [
  '-DOCSTART- -X- -X- O',
  '',
  'Russian JJ B-NP',
  'President NNP I-NP',
  'Vladimir NNP I-NP',
  'Putin NNP I-NP',
  'visited VBD B-VP',
  'Tehran NNP B-NP',
  '. . O',
  '',
  'He PRP B-NP',
  'spoke VBD B-VP',
  '.',
  '',
  '-DOCSTART- -X- -X- O',
  '',
  'Reuters NNP B-NP',
  '',
].join('\n');

describe('tagConll', () => {
  const out = tagConll(INPUT);
  const inLines = INPUT.split('\n');
  const outLines = out.split('\n');

  it('keeps every line and appends one tag column to token lines', () => {
    expect(outLines).toHaveLength(inLines.length);
    expect(out.endsWith('\n')).toBe(true);
    inLines.forEach((line, i) => {
      if (!line.trim() || line.startsWith('-DOCSTART-')) expect(outLines[i]).toBe(line);
      else {
        expect(outLines[i]!.startsWith(line + ' ')).toBe(true);
        const tag = outLines[i]!.slice(line.length + 1);
        expect(LABELS).toContain(tag);
      }
    });
  });

  it('predicts the entities', () => {
    const tags = outLines.map((l) => l.split(' ').pop());
    expect(tags.slice(4, 8)).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC']);
    expect(outLines[2]!.endsWith('B-MISC')).toBe(true);
  });

  it('round-trips through the parser: the appended column is read back as the tag', () => {
    const docs = parseConll(out);
    expect(docs).toHaveLength(2);
    expect(docs[0]!.map((s) => s.words.length)).toEqual([7, 3]);
    expect(docs[0]![0]!.tags[3]).toBe('I-PER');
  });
});
