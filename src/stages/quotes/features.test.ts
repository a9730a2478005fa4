import { describe, expect, it } from 'vitest';
import { createDoc, layer } from '../../document/document.js';
import { segmentStage } from '../segment/index.js';
import { allFeatures, buildContext, taggedRuns, tokenArrays, worthTagging } from './features.js';
import { CATEGORIES, loadCategories, loadCues } from './lexicon.js';
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
  it('in a long paragraph, reads only the sentences next to one with a cue or a mark', () => {
    const text = 'Output rose 4 pct in March. Stocks fell 2 pct. Exports rose 3 pct. Imports fell 1 pct. Prices held steady. '
      + 'The ministry said demand would stay strong. Wages rose 2 pct. Rents rose 5 pct.';
    const c = context(text);
    const words = (s: { start: number; end: number }) => text.slice(c.tokens[s.start]!.start, c.tokens[s.end - 1]!.end);
    expect(taggedRuns(c).map(words)).toEqual(['Prices held steady. The ministry said demand would stay strong. Wages rose 2 pct.']);
    // Short paragraphs are read whole or not at all.
    expect(taggedRuns(ctx)).toEqual(ctx.sequences.filter((s) => worthTagging(ctx, s)));
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

describe('word categories in the token context', () => {
  // Written for this test: a rare speech verb, a report noun, a source noun.
  const text = 'The spokeswoman grumbled that the harbour would stay shut, according to a statement.';
  const doc = segmentStage.run(createDoc(text, { source: { format: 'text' }, headlineInText: false }), {});
  const paragraphs = layer(doc, 'paragraphs');
  const ctx = buildContext(text, layer(doc, 'tokens'), layer(doc, 'sentences'), paragraphs, findQuoteRegions(text, paragraphs), loadCues(), loadCategories());
  const at = (w: string) => ctx.tokens.findIndex((t) => t.norm === w);
  const name = (c: number) => (c ? CATEGORIES[c - 1] : null);
  it('gives each token its category, and none without the lexicon', () => {
    expect(name(ctx.cat[at('spokeswoman')]!)).toBe('source');
    expect(name(ctx.cat[at('statement')]!)).toBe('report');
    expect(name(ctx.cat[at('harbour')]!)).toBeNull();
    const bare = buildContext(text, ctx.tokens, layer(doc, 'sentences'), paragraphs, findQuoteRegions(text, paragraphs), loadCues());
    expect(Array.from(bare.cat).every((c) => c === 0)).toBe(true);
  });
  it('finds the nearest categorised word on each side of a token', () => {
    const a = tokenArrays(ctx);
    const h = at('harbour');
    expect(name(a.catL[h]!)).toBe('source');
    expect(name(a.catR[h]!)).toBe('report');
    expect(a.dR[h]).toBeGreaterThan(a.dL[h]! - 1);
    expect(name(a.catL[at('spokeswoman')]!)).toBeNull();
  });
});
