import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED } from '../../test/shared.js';
import { defaultSegmenter } from './segmenter.js';
import { defaultPosTagger, fnv, mix, NFEATURES, SentenceContext, UPOS } from './pos.js';

describe('POS tagger', () => {
  const text = readFileSync(SEED, 'utf8');
  const { tokens } = defaultSegmenter().segment(text);
  const tagsOf = (w: string) => tokens.filter((t) => text.slice(t.start, t.end) === w).map((t) => t.pos);

  it('tags the key verbs of the seed article as VERB and the presidents as PROPN', () => {
    for (const v of ['stressed', 'said', 'noted', 'affirming', 'discussed', 'issued', 'underlined']) {
      const tags = tagsOf(v);
      expect(tags.length, v).toBeGreaterThan(0);
      expect(new Set(tags), v).toEqual(new Set(['VERB']));
    }
    expect(new Set(tagsOf('Putin'))).toEqual(new Set(['PROPN']));
    expect(new Set(tagsOf('Rouhani'))).toEqual(new Set(['PROPN']));
    expect(new Set(tagsOf('the'))).toEqual(new Set(['DET']));
    expect(new Set(tagsOf('terrorism'))).toEqual(new Set(['NOUN']));
  });

  it('tags a name with the Arabic article joined by a hyphen as a proper noun', () => {
    // Constructed, in the form of SANA copy: "al-Assad" was tagged AUX, which split the name and hid the verb's subject.
    const tagger = defaultPosTagger();
    const words = 'President Bashar al-Assad received Iraqi Foreign Minister Fuad Hussein .'.split(' ');
    expect(tagger.tag(words)[2]).toBe('PROPN');
    expect(tagger.tag('Egypt \'s President Abdel Fattah el-Sisi announced a week of mourning .'.split(' '))[5]).toBe('PROPN');
    // A lower-case word after the hyphen is no name ("al-fresco" is left to the model).
    expect(tagger.tag('They ate al-fresco .'.split(' '))[2]).not.toBe('PROPN');
  });

  it('gives a sentence the same features whatever sentence came before it', () => {
    const featuresOf = (ctx: SentenceContext, ws: string[]) => {
      ctx.prepare(ws, ws.map((w) => w.toLowerCase()));
      return ws.map((_, k) => { const out = new Int32Array(NFEATURES); ctx.features(k, 1, 2, out); return [...out]; });
    };
    const short = 'Putin met Rouhani in Moscow'.split(' ');
    const fresh = featuresOf(new SentenceContext(), short);
    const reused = new SentenceContext();
    featuresOf(reused, 'Russian President Vladimir Putin and Iranian President Hassan Rouhani stressed the necessity of pooling efforts'.split(' '));
    expect(featuresOf(reused, short)).toEqual(fresh);
  });

  it('uses only the 17 UPOS tags', () => {
    for (const t of tokens) expect(UPOS).toContain(t.pos);
  });

  it('tags a written sentence as UD would', () => {
    const tagger = defaultPosTagger();
    expect(tagger.tag(['The', 'ministers', 'have', 'agreed', 'to', 'meet', 'in', 'Geneva', 'on', 'Monday', '.'])).toEqual(
      ['DET', 'NOUN', 'AUX', 'VERB', 'PART', 'VERB', 'ADP', 'PROPN', 'ADP', 'PROPN', 'PUNCT']);
    expect(tagger.tag(['She', 'said', 'that', 'it', 'was', "n't", 'over', '.'])).toEqual(['PRON', 'VERB', 'SCONJ', 'PRON', 'AUX', 'PART', 'ADV', 'PUNCT']);
  });

  it('reads headlines in capitals and newswire abbreviations', () => {
    const tagger = defaultPosTagger();
    expect(tagger.tag('IRAN SAYS IT WILL CONTINUE TALKS WITH RUSSIA'.split(' '))).toEqual(['PROPN', 'VERB', 'PRON', 'AUX', 'VERB', 'NOUN', 'ADP', 'PROPN']);
    expect(tagger.tag(['Profit', 'rose', 'to', '40', 'mln', 'dlrs', ',', 'or', '3.5', 'pct', '.'])).toEqual(['NOUN', 'VERB', 'ADP', 'NUM', 'NUM', 'NOUN', 'PUNCT', 'CCONJ', 'NUM', 'NOUN', 'PUNCT']);
  });

  it('hashes features stably (weights depend on these exact values)', () => {
    expect(fnv('abc')).toBe(440920331);
    expect(mix(1, fnv('abc'))).toBe(mix(1, 440920331));
    expect(mix(1, 5)).not.toBe(mix(2, 5));
    expect(mix(0, 0)).not.toBe(0);
  });
});
