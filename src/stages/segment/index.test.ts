import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc, layer } from '../../document/document.js';
import { SEED } from '../../../test/shared.js';
import { segment, segmentRange, segmentStage } from './index.js';

describe('segment', () => {
  const text = readFileSync(SEED, 'utf8');

  it('gives paragraphs, sentences inside paragraphs and tagged tokens over the seed', () => {
    const { paragraphs, sentences, tokens } = segment(text);
    expect(paragraphs.length).toBeGreaterThan(8);
    for (const s of sentences) expect(paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
    // The headline has no full stop but stays a sentence of its own.
    expect(text.slice(sentences[0]!.start, sentences[0]!.end)).toBe('Putin and Rouhani: Russia and Iran are cooperating in combating terrorism and resolving the crisis in Syria');
    expect(text.slice(sentences[1]!.start, sentences[1]!.end)).toMatch(/^Moscow, SANA – Russian President .*crisis in Syria\.$/);
    const nusra = tokens.find((t) => text.slice(t.start, t.end) === 'al-Nusra');
    expect(nusra?.pos).toBe('PROPN');
    const stressed = tokens.find((t) => text.slice(t.start, t.end) === 'stressed')!;
    expect(stressed).toMatchObject({ pos: 'VERB', norm: 'stressed', lemma: 'stress' });
  });

  it('is idempotent: the same text gives the same record whatever was segmented before', () => {
    const a = segment(text);
    for (let i = 0; i < 300; i++) segment(`Standard & Poor${i}'s unseen${i}-word Zq${i}'s said O'Kx${i}'s. “Fine,” he said.`);
    expect(segment(text)).toEqual(a);
  });

  it('segments a range with offsets into the whole text', () => {
    const start = text.indexOf('He noted');
    const end = text.indexOf('\n', start);
    const r = segmentRange(text, start, end);
    expect(r.sentences).toHaveLength(1);
    expect(r.tokens[0]).toMatchObject({ start, end: start + 2, norm: 'he', pos: 'PRON' });
    expect(text.slice(r.tokens.at(-1)!.start, r.tokens.at(-1)!.end)).toBe('.');
  });

  it('adds the three layers as a stage', () => {
    const doc = segmentStage.run(createDoc(text, { source: { format: 'text' }, headlineInText: true }), {});
    expect(layer(doc, 'tokens')).toEqual(segment(text).tokens);
    expect(layer(doc, 'sentences').length).toBe(segment(text).sentences.length);
  });
});
