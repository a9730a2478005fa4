import { describe, expect, it } from 'vitest';
import { buildModel, NTAGS, rowOf, tagSequence, TAGS, viterbi } from './tagger.js';

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
  it('finds every feature of the model, in file order, and no other', () => {
    const { hashes, weights } = rows();
    const m = buildModel(hashes, weights, new Array((NTAGS + 1) * NTAGS).fill(0));
    hashes.forEach((h, r) => expect(rowOf(m, h)).toBe(r));
    for (const h of [1, 2, 102, -8, 999]) expect(rowOf(m, h)).toBe(-1);
  });
  it('keeps the weights to within one step of their 16-bit scale', () => {
    const { hashes, weights } = rows();
    const m = buildModel(hashes, weights, new Array((NTAGS + 1) * NTAGS).fill(0));
    weights.forEach((w, k) => expect(Math.abs(m.weights[k]! / m.scale - w)).toBeLessThanOrEqual(1 / m.scale));
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
