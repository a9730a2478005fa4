import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED } from '../../test/shared.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

const sentences = (s: string) => splitSentences(s, tokenize(s)).map((x) => s.slice(x.start, x.end));

describe('splitSentences', () => {
  it('keeps abbreviations, initials and numbers inside sentences', () => {
    expect(sentences('Gen. Smith met Mr. J. Smith on Feb. 12 at 10 a.m. in the U.S. capital. No. 2 was absent.')).toEqual(
      ['Gen. Smith met Mr. J. Smith on Feb. 12 at 10 a.m. in the U.S. capital.', 'No. 2 was absent.']);
    expect(sentences('The U.S. President spoke. Acme Inc. said profits rose.')).toEqual(['The U.S. President spoke.', 'Acme Inc. said profits rose.']);
  });

  it('ends a sentence at an abbreviation when a usual opener follows', () => {
    expect(sentences('He lives in the U.S. The company moved to Acme Inc. It then grew.')).toEqual(
      ['He lives in the U.S.', 'The company moved to Acme Inc.', 'It then grew.']);
  });

  it('keeps quotations with their attribution', () => {
    expect(sentences('“It is fine,” he said. “Why?” she asked. He said: “We agree.” Then he left!')).toEqual(
      ['“It is fine,” he said.', '“Why?” she asked.', 'He said: “We agree.”', 'Then he left!']);
    expect(sentences('"We will win." The crowd cheered... and went home. Really?! Yes.')).toEqual(
      ['"We will win."', 'The crowd cheered... and went home.', 'Really?!', 'Yes.']);
  });

  it('does not split newswire datelines off their sentence', () => {
    expect(sentences('WASHINGTON (Reuters) - The Fed raised rates. Markets fell.')).toEqual(['WASHINGTON (Reuters) - The Fed raised rates.', 'Markets fell.']);
    expect(sentences('NEW YORK, March 3 - Acme Corp. said it expects higher 1987 earnings. It gave no figures.')).toEqual(
      ['NEW YORK, March 3 - Acme Corp. said it expects higher 1987 earnings.', 'It gave no figures.']);
  });

  it('splits the seed article body into its sentences', () => {
    const text = readFileSync(SEED, 'utf8');
    const body = text.slice(text.indexOf('Moscow, SANA'), text.indexOf('Shaza /'));
    const got = sentences(body);
    expect(got).toHaveLength(6);
    expect(got[0]).toMatch(/^Moscow, SANA – Russian President Vladimir Putin .* crisis in Syria\.$/);
    expect(got[1]).toMatch(/^During a joint press conference .*thanks to joint efforts\.$/);
  });
});
