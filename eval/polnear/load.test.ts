import { describe, expect, it } from 'vitest';
import { parseAnn } from './load.js';

const text = 'The mayor said the bridge, which opened in May, is safe. Officials disagree.';

describe('parseAnn', () => {
  it('reads attributions with discontinuous spans and without a source', () => {
    const ann = [
      'T1\tSource 0 9\tThe mayor',
      'T2\tCue 10 14\tsaid',
      'T3\tContent 15 25;47 55\tthe bridge is safe',
      'T4\tAttribution 10 14\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'T5\tCue 67 75\tdisagree',
      'T6\tContent 57 66\tOfficials',
      'E2\tAttribution-no-source:T5 Content:T6 Cue:T5',
      '#1\tAnnotatorNotes T3\ta note',
    ].join('\n');
    const [a, b] = parseAnn(ann, text);
    expect(a!.content).toEqual([{ start: 15, end: 25 }, { start: 47, end: 55 }]);
    expect(a!.source).toEqual([{ start: 0, end: 9 }]);
    expect(b!.source).toEqual([]);
    expect(b!.cue).toEqual([{ start: 67, end: 75 }]);
  });
  it('names file and line of bad offsets', () => {
    expect(() => parseAnn('T1\tSource 0 999\tx', text, 'x.ann')).toThrow(/x\.ann:1:/);
  });
});
