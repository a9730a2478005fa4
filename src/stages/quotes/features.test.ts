import { describe, expect, it } from 'vitest';
import { createDoc, layer } from '../../document/document.js';
import { segmentStage } from '../segment/index.js';
import { allFeatures, buildContext, worthTagging } from './features.js';
import { loadCues } from './lexicon.js';
import { findQuoteRegions } from './marks.js';

function context(text: string) {
  const doc = segmentStage.run(createDoc(text, { source: { format: 'text' }, headlineInText: false }), {});
  const paragraphs = layer(doc, 'paragraphs');
  return buildContext(text, layer(doc, 'tokens'), layer(doc, 'sentences'), paragraphs, findQuoteRegions(text, paragraphs), loadCues());
}

describe('which paragraphs the tagger reads', () => {
  const ctx = context('Shr 1.23 dlrs vs 1.05 dlrs\nNet 12.5 mln vs 10.1 mln\n\n'
    + 'The company said profits rose on higher oil prices.\n\n'
    + '“Demand is strong.”\n\nRevs 340 mln vs 298 mln');
  it('skips a results table, reads the paragraphs with a speech verb or a quotation', () => {
    expect(ctx.sequences.map((s) => worthTagging(ctx, s))).toEqual([false, true, true, false]);
  });
  it('computes features only for the paragraphs asked for', () => {
    const active = ctx.sequences.filter((s) => worthTagging(ctx, s));
    const f = allFeatures(ctx, active);
    const count = (s: { start: number; end: number }) => f.off[s.end]! - f.off[s.start]!;
    expect(count(ctx.sequences[0]!)).toBe(0);
    expect(count(ctx.sequences[1]!)).toBeGreaterThan(20 * (ctx.sequences[1]!.end - ctx.sequences[1]!.start));
    // The same features as when every paragraph is computed.
    const all = allFeatures(ctx);
    const s = ctx.sequences[1]!;
    expect(Array.from(f.hashes.subarray(f.off[s.start]!, f.off[s.end]!))).toEqual(Array.from(all.hashes.subarray(all.off[s.start]!, all.off[s.end]!)));
  });
});
