import { beforeAll, describe, expect, it } from 'vitest';
import { createDoc, layer } from '../../document/document.js';
import { segmentStage } from '../segment/index.js';
import { allFeatures, buildContext, worthTagging, type TokenContext } from './features.js';
import { loadCategories, loadCues } from './lexicon.js';
import { findQuoteRegions } from './marks.js';
import { posIndices, scorerOf, tagSequences } from './scorer.js';
import { loadModel, NTAGS, rowOf, tagSequence, viterbi, viterbiInto, type TaggerModel } from './tagger.js';

// Written for this test (not from PolNeAR or any eval set): speech verbs before and after
// the content, quotations in two typographies, a colon, parentheses, a paragraph without a
// cue, a quotation running over two paragraphs, sentences with no cue at all.
const TEXT = [
  'The harbour authority said on Tuesday that ferries would resume next week, although (as it admitted) the repairs were not finished.',
  '“We are confident the schedule will hold,” the director told reporters. She added: "Passengers should check the timetable."',
  'Shr 1.23 dlrs vs 1.05 dlrs\nNet 12.5 mln vs 10.1 mln',
  'Unions, however, denied that any agreement had been reached, according to a statement. Talks continue. Nobody expects a strike before May.',
  '“The first part of the quotation runs on,',
  '“and ends here,” a spokesman for the port wrote in an email, warning that delays were likely.',
].join('\n\n');

let model: TaggerModel;
let ctx: TokenContext;
beforeAll(() => {
  model = loadModel();
  const doc = segmentStage.run(createDoc(TEXT, { source: { format: 'text' }, headlineInText: false }), {});
  const paragraphs = layer(doc, 'paragraphs');
  ctx = buildContext(TEXT, layer(doc, 'tokens'), layer(doc, 'sentences'), paragraphs, findQuoteRegions(TEXT, paragraphs), loadCues(), loadCategories());
});

describe('the scorer', () => {
  it('gives every token the emission scores of its allFeatures hashes in the model table', () => {
    const feats = allFeatures(ctx);
    const pI = posIndices(ctx)!;
    expect(pI).not.toBeNull();
    let checked = 0;
    tagSequences(scorerOf(model), ctx, pI, ctx.sequences, (seq, emit) => {
      for (let i = seq.start; i < seq.end; i++) {
        const want = [0, 0, 0, 0, 0, 0, 0];
        for (let j = feats.off[i]!; j < feats.off[i + 1]!; j++) {
          const w = rowOf(model, feats.hashes[j]!);
          if (w) for (let b = 1; b < NTAGS; b++) want[b]! += w[b - 1]!;
        }
        expect(Array.from(emit.subarray((i - seq.start) * NTAGS, (i - seq.start + 1) * NTAGS))).toEqual(want);
        checked++;
      }
    });
    expect(checked).toBe(ctx.tokens.length);
  });
  it('tags as tagSequence over allFeatures does, in the paragraphs worth tagging', () => {
    const active = ctx.sequences.filter((s) => worthTagging(ctx, s));
    expect(active.length).toBeLessThan(ctx.sequences.length);
    const feats = allFeatures(ctx, active);
    const want = new Int8Array(ctx.tokens.length);
    for (const s of active) want.set(tagSequence(model, feats, s.start, s.end), s.start);
    const got = tagSequences(scorerOf(model), ctx, posIndices(ctx)!, active);
    expect(Array.from(got)).toEqual(Array.from(want));
    expect(got.some((t) => t !== 0)).toBe(true);
  });
  it('leaves a document with a POS tag outside the Universal tags to the general path', () => {
    expect(posIndices({ ...ctx, tokens: ctx.tokens.map((t, i) => (i === 3 ? { ...t, pos: 'NNP' } : t)) })).toBeNull();
  });
});

describe('viterbiInto', () => {
  it('decodes as viterbi does, ties included', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(rand() * 30);
      // Small integers make ties between paths frequent.
      const emit = Float64Array.from({ length: n * NTAGS }, (_, k) => (k % NTAGS === 0 ? 0 : Math.floor(rand() * 5) - 2));
      const trans = Float32Array.from({ length: (NTAGS + 1) * NTAGS }, () => Math.floor(rand() * 3) - 1);
      const out = new Int8Array(n + 5).fill(-1);
      viterbiInto(emit, n, trans, out, 0);
      expect(Array.from(out.subarray(0, n))).toEqual(Array.from(viterbi(emit, n, trans)));
      const shifted = new Int8Array(n + 3);
      viterbiInto(emit, n, trans, shifted, 3);
      expect(Array.from(shifted.subarray(3))).toEqual(Array.from(viterbi(emit, n, trans)));
    }
  });
});
