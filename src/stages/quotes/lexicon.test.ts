import { describe, expect, it } from 'vitest';
import { CATEGORIES, loadCategories, loadCues, loadTitles, parseCategories, parseCues, parseTitles } from './lexicon.js';
import { segment } from '../segment/index.js';
import { loadModel, parseModel, SEGMENTER_PROBE, segmenterFingerprint } from './tagger.js';

describe('quote data files', () => {
  it('the shipped cue lexicon holds the common speech verbs', () => {
    const cues = loadCues();
    expect(cues.get('say')).toBeGreaterThan(0.3);
    expect(cues.get('accord')).toBeGreaterThan(0.5);
    expect(cues.get('the') ?? 0).toBeLessThan(0.01);
    expect(cues.get('underline')).toBeGreaterThan(0.3);
  });
  it('names file and line of a bad cue entry', () => {
    expect(() => parseCues('# c\nlemma\tcue\ttotal\tratio\nsay\t10\t20\t0.5\nnote\tx\t2\t0.5\n', 'cues.tsv')).toThrow(/cues\.tsv:4:/);
    expect(() => parseCues('lemma\tratio\n', 'cues.tsv')).toThrow(/cues\.tsv:1:/);
  });
  it('titles load and reject junk', () => {
    expect(loadTitles()).toContain('president');
    expect(() => parseTitles('title\npresident\n42\n', 'titles.tsv')).toThrow(/titles\.tsv:3:/);
  });
  it('the model loads and a malformed one is refused', () => {
    expect(loadModel().size).toBeGreaterThan(1000);
    expect(() => parseModel({ format: 'x' })).toThrow(/format/);
  });
  it('the model was trained over the current segmenter (else: npx tsx scripts/train-quotes.ts)', () => {
    expect(loadModel().segmenter).toBe(segmenterFingerprint(segment(SEGMENTER_PROBE).tokens));
  });
  it('the word categories hold each class and refuse a bad or repeated entry', () => {
    const cats = loadCategories();
    const of = (w: string) => CATEGORIES[cats.get(w)! - 1];
    expect([of('say'), of('insist'), of('believe'), of('statement'), of('spokeswoman'), of('attempt'), of('detect')])
      .toEqual(['speech', 'speech', 'cognition', 'report', 'source', 'intent', 'evidence']);
    expect(cats.get('table')).toBeUndefined();
    expect(() => parseCategories('lemma\tcategory\nsay\tspeech\ntable\tfurniture\n', 'categories.tsv')).toThrow(/categories\.tsv:3:/);
    expect(() => parseCategories('lemma\tcategory\nsay\tspeech\nsay\tspeech\n', 'categories.tsv')).toThrow(/categories\.tsv:3: say is listed twice/);
  });
});
