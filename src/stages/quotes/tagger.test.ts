import { describe, expect, it } from 'vitest';
import { buildModel, HOT_ROWS, NTAGS, tagSequence, TAGS, viterbi, weightsOf } from './tagger.js';

const tag = (name: string) => TAGS.indexOf(name as (typeof TAGS)[number]);

/** Weight rows for three features: one favours B-SRC, one B-CUE, one I-CUE. */
function rows(): { hashes: number[]; weights: number[] } {
  const hashes = [101, -7, 123456789];
  const weights = new Array<number>(hashes.length * NTAGS).fill(0);
  weights[0 * NTAGS + tag('B-SRC')] = 12.5;
  weights[1 * NTAGS + tag('B-CUE')] = 30.25;
  weights[2 * NTAGS + tag('I-CUE')] = -4.75;
  return { hashes, weights };
}

describe('the tagger model table', () => {
  it('finds every feature of the model, and no other', () => {
    const { hashes, weights } = rows();
    const m = buildModel(hashes, weights, new Array((NTAGS + 1) * NTAGS).fill(0));
    hashes.forEach((h) => expect(weightsOf(m, h)).not.toBeNull());
    for (const h of [1, 2, 102, -8, 999]) expect(weightsOf(m, h)).toBeNull();
  });
  it('finds the features past the hot table too', () => {
    const hashes = Array.from({ length: HOT_ROWS + 500 }, (_, k) => 1000 + 7 * k);
    const weights = hashes.flatMap((_, k) => [k % 3, 1, 2, 3, 4, 5, (k % 50) - 25]);
    const m = buildModel(hashes, weights, new Array((NTAGS + 1) * NTAGS).fill(0));
    for (const k of [0, HOT_ROWS - 1, HOT_ROWS, HOT_ROWS + 499]) {
      const w = weightsOf(m, hashes[k]!)!;
      expect(w[NTAGS - 1]! + (k % 3)).toBeCloseTo((k % 50) - 25, 2);
    }
    expect(weightsOf(m, 1001)).toBeNull();
  });
  it('keeps the weights relative to O to within one step of their 16-bit scale', () => {
    const { hashes, weights } = rows();
    weights[0] = 3; // an O weight: the others are kept relative to it
    const m = buildModel(hashes, weights, new Array((NTAGS + 1) * NTAGS).fill(0));
    hashes.forEach((h, r) => {
      const w = weightsOf(m, h)!;
      for (let b = 0; b < NTAGS; b++) expect(Math.abs(w[b]! - (weights[r * NTAGS + b]! - weights[r * NTAGS]!))).toBeLessThanOrEqual(1 / m.scale);
    });
  });
  it('tags as Viterbi over the unscaled weights does', () => {
    const { hashes, weights } = rows();
    // Transitions that favour going on with a cue, so that the decision is not token by token.
    const trans = Array.from({ length: (NTAGS + 1) * NTAGS }, (_, k) => ((k % NTAGS) === tag('I-CUE') ? 3 : 0));
    const m = buildModel(hashes, weights, trans);
    // Token features: [101] [-7] [123456789, 5] [] (5 is not in the model).
    const feats = { hashes: Int32Array.from([101, -7, 123456789, 5]), off: Int32Array.from([0, 1, 2, 4, 4]) };
    const emit = new Float64Array(4 * NTAGS);
    emit[0 * NTAGS + tag('B-SRC')] = 12.5;
    emit[1 * NTAGS + tag('B-CUE')] = 30.25;
    emit[2 * NTAGS + tag('I-CUE')] = -4.75;
    const expected = viterbi(emit, 4, trans);
    expect(Array.from(tagSequence(m, feats, 0, 4))).toEqual(Array.from(expected));
    expect(TAGS[expected[0]!]).toBe('B-SRC');
    expect(TAGS[expected[1]!]).toBe('B-CUE');
  });
});
