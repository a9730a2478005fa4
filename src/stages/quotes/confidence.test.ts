import { describe, expect, it } from 'vitest';
import type { Attribution } from './rules.js';
import { attribution, context, span } from '../../../test/quote-spans.js';
import { confidenceFeatures, dropUnlikely, FEATURE_NAMES, loadConfidence, NFEATURES, parseConfidence, probability, STEPS, type ConfidenceModel, type Step } from './confidence.js';

const value = (x: Float64Array, name: string) => x[FEATURE_NAMES.indexOf(name)];

/** A model that reads one feature: p = sigmoid(w·x) with the bias at -1 and that feature at +2. */
function oneFeature(name: string, threshold = 0.5): ConfidenceModel {
  const weights = new Float64Array(NFEATURES);
  weights[0] = -1;
  weights[FEATURE_NAMES.indexOf(name)] = 2;
  return { weights, threshold };
}

describe('confidence features', () => {
  it('describe cue, source and content of an attribution', () => {
    const ctx = context('The minister said that the talks would resume in March.');
    const a: Attribution = attribution(ctx, 'The minister', 'said', 'that the talks would resume in March');
    const x = confidenceFeatures(ctx, a, 'tagger', 1);
    expect(x.length).toBe(NFEATURES);
    expect(value(x, 'bias')).toBe(1);
    expect(value(x, 'cue:none')).toBe(0);
    expect(value(x, 'cue:ratio')).toBeGreaterThan(0.3);
    expect(value(x, 'cue:verb')).toBe(1);
    expect(value(x, 'cue:cat:speech')).toBe(1);
    expect(value(x, 'src:noun')).toBe(1);
    expect(value(x, 'src:before-cue')).toBe(1);
    expect(value(x, 'src:gap0')).toBe(1);
    expect(value(x, 'con:starts-that')).toBe(1);
    expect(value(x, 'con:len4-7')).toBe(1);
    expect(value(x, 'con:direct')).toBe(0);
    expect(value(x, 'sent:alone')).toBe(1);
    expect(value(x, 'step:tagger')).toBe(1);
  });
  it('tell a quoted content with a pronoun source after its cue, and the rule that made it', () => {
    const ctx = context('“We have not decided anything yet,” she told reporters.');
    const a: Attribution = { source: span(ctx, 'SRC', 'she'), cue: span(ctx, 'CUE', 'told'), content: span(ctx, 'CON', '“We have not decided anything yet,”') };
    const x = confidenceFeatures(ctx, a, 'regions', 2);
    expect(value(x, 'src:personal')).toBe(1);
    expect(value(x, 'con:before-cue')).toBe(1);
    expect(value(x, 'con:direct')).toBe(1);
    expect(value(x, 'sent:two')).toBe(1);
    expect(value(x, 'step:regions')).toBe(1);
    expect(value(x, 'step:tagger')).toBe(0);
  });
  it('mark an attribution without cue or source', () => {
    const ctx = context('Prices rose again in the spring.');
    const x = confidenceFeatures(ctx, { source: null, cue: null, content: span(ctx, 'CON', 'Prices rose again in the spring') }, 'clauses', 1);
    expect(value(x, 'cue:none')).toBe(1);
    expect(value(x, 'src:none')).toBe(1);
    expect(value(x, 'cue:ratio')).toBe(0);
  });
});

describe('dropUnlikely', () => {
  const ctx = context('The mayor said the bridge would reopen soon. Officials hope that the road stays open.');
  const said: Attribution = attribution(ctx, 'The mayor', 'said', 'the bridge would reopen soon');
  const bare: Attribution = { source: span(ctx, 'SRC', 'Officials'), cue: null, content: span(ctx, 'CON', 'that the road stays open') };
  const steps = new Map<Attribution, Step>([[said, 'tagger'], [bare, 'sources']]);
  it('keeps what the model finds likely and drops the rest', () => {
    expect(dropUnlikely(ctx, [said, bare], steps, oneFeature('cue:verb'))).toEqual([said]);
    expect(dropUnlikely(ctx, [said, bare], steps, oneFeature('cue:verb', 0))).toEqual([said, bare]);
  });
  it('never drops a transcript turn or a signed quotation', () => {
    const signed = new Map<Attribution, Step>([[said, 'tagger'], [bare, 'signatures']]);
    expect(dropUnlikely(ctx, [said, bare], signed, oneFeature('cue:verb'))).toEqual([said, bare]);
  });
  it('the shipped model is a probability with a threshold, and prefers a speech verb with a named source', () => {
    const m = loadConfidence();
    expect(m.threshold).toBeGreaterThan(0);
    expect(m.threshold).toBeLessThan(1);
    const strong = probability(m, confidenceFeatures(ctx, said, 'tagger', 1));
    const weak = probability(m, confidenceFeatures(ctx, { source: null, cue: null, content: bare.content }, 'clauses', 1));
    expect(strong).toBeGreaterThan(m.threshold);
    expect(weak).toBeLessThan(strong);
  });
});

describe('the confidence file', () => {
  const good = { features: FEATURE_NAMES, weights: FEATURE_NAMES.map(() => 0), threshold: 0.5 };
  it('loads a well-formed file', () => {
    expect(parseConfidence(JSON.stringify(good)).weights.length).toBe(NFEATURES);
    expect(STEPS).toContain('tagger');
  });
  it('names the file when it is malformed', () => {
    expect(() => parseConfidence('{', 'confidence.json')).toThrow(/confidence\.json:1: not JSON/);
    expect(() => parseConfidence(JSON.stringify({ ...good, threshold: 2 }), 'confidence.json')).toThrow(/confidence\.json:1:/);
    expect(() => parseConfidence(JSON.stringify({ ...good, features: ['bias'] }), 'c.json')).toThrow(/c\.json:1: features do not match/);
    expect(() => parseConfidence(JSON.stringify({ ...good, weights: [1, 'x'] }), 'c.json')).toThrow(/c\.json:1:/);
  });
});
