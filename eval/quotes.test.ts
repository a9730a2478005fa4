import { describe, expect, it } from 'vitest';
import { agreementOf, annotatedMoreThanOnce, DEV_DIR, majorityAttributions, majoritySpans } from './quotes.js';
import type { GoldArticle } from './polnear/load.js';

const text = 'The minister said the talks had failed.';
const at = (w: string) => [{ start: text.indexOf(w), end: text.indexOf(w) + w.length }];
const annotation = (annotator: string, withSource: boolean): GoldArticle => ({
  name: 'constructed',
  annotator,
  text,
  attributions: [{ id: 'E1', content: at('the talks had failed'), cue: at('said'), source: withSource ? at('The minister') : [] }],
});

describe('agreement of annotators', () => {
  it('scores every pair of annotations of an article as the quote stage is scored, and the quote stage against each', () => {
    const out = agreementOf([[annotation('a', true), annotation('b', false)]]);
    expect(out).toMatchObject({ articles: 1, annotations: 2, pairs: 1 });
    // The two agree on the content and the cue; only one names a source, so neither the sources nor the attributions match.
    expect(out.human_content_f1).toBe(1);
    expect(out.human_cue_f1).toBe(1);
    expect(out.human_source_f1).toBe(0);
    expect(out.human_attribution_f1).toBe(0);
    // The quote stage names the minister: right against the first annotation, a source too many against the second.
    expect(out.system_content_f1).toBe(1);
    expect(out.system_source_f1).toBeCloseTo(2 / 3, 3);
    expect(out.system_attribution_f1).toBe(0.5);
  });

  it('scores against each annotation what most of the others marked, once there are three', () => {
    const out = agreementOf([[annotation('a', true), annotation('b', true), annotation('c', true), annotation('d', false)]]);
    // Most name the minister: against a, b and c the others' majority is right; against d it names a source too many.
    expect(out.majority_content_f1).toBe(1);
    expect(out.majority_source_f1).toBeCloseTo(6 / 7, 3);
    expect(out.majority_attribution_f1).toBe(0.75);
    // Two annotations of three that split on the source leave no majority for it.
    expect(agreementOf([[annotation('a', true), annotation('b', false), annotation('c', true)]]).majority_source_f1).toBe(0);
    expect(agreementOf([[annotation('a', true), annotation('b', false)]]).majority_content_f1).toBe(0);
  });

  it('keeps the spans and attributions more than half the annotations share, each once', () => {
    const [minister, talks, said] = [at('The minister'), at('the talks had failed'), at('said')];
    const longer = [{ start: talks[0]!.start, end: text.length }];
    // Two of three mark the talks (one with the full stop): one span of them; the cue only one marks is left out.
    expect(majoritySpans([[talks], [longer], [said]])).toHaveLength(1);
    expect(majoritySpans([[talks, said], [longer], [minister]])).toEqual([talks]);
    const withSource = { content: talks, source: minister };
    const without = { content: talks, source: [] };
    expect(majorityAttributions([[withSource], [withSource], [without]])).toEqual([withSource]);
    expect(majorityAttributions([[withSource], [without]])).toEqual([]);
  });

  it('finds the PolNeAR dev articles that several annotators annotated', () => {
    const groups = annotatedMoreThanOnce(DEV_DIR);
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      expect(g.length).toBeGreaterThan(1);
      expect(new Set(g.map((a) => a.name)).size).toBe(1);
      expect(new Set(g.map((a) => a.annotator)).size).toBe(g.length);
    }
  });
});
