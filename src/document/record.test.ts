import { describe, expect, it } from 'vitest';
import { articleId, toRecord } from './record.js';
import { createDoc } from './document.js';
import { segmentStage } from '../stages/segment/index.js';
import { layoutStage } from '../stages/layout/index.js';
import { placeCountry } from '../stages/places/index.js';

describe('articleId', () => {
  it('is a hash of the text alone when there is text, whatever the title', () => {
    const text = 'The two presidents discussed the situation in Syria.';
    expect(articleId(text, 'Putin and Rouhani meet')).toBe(articleId(text));
    expect(articleId(text)).toMatch(/^[0-9a-f]{24}$/);
    expect(articleId(text)).not.toBe(articleId(text + ' '));
  });

  it('tells headline-only items apart by their titles, which the empty text would not', () => {
    const one = articleId('', 'Parliament passes the budget');
    const two = articleId('', 'Storm closes schools');
    expect(one).not.toBe(two);
    expect(one).toBe(articleId('', 'Parliament passes the budget'));
    expect(one).not.toBe(articleId(''));
  });
});

describe('the dateline of a record', () => {
  it('is placed in the country of its place with the region the dateline writes after it', () => {
    // Constructed, in the form of 1987 wire datelines: Maitland alone is in Australia, London alone in Britain.
    const country = (text: string) => {
      const doc = layoutStage.run(segmentStage.run(createDoc(text, { source: { format: 'text' }, headlineInText: false }), {}), {});
      return toRecord(doc, { placeCountry: (p) => placeCountry(p) }).dateline;
    };
    expect(country('MAITLAND, Fla., March 13 - Orlando Widget Systems Inc said it signed a pact.')).toEqual({ place: 'Maitland', agency: null, placeCountry: 'USA' });
    expect(country('LONDON, Ontario, March 13 - A new shop opened on Friday, the owner said.')?.placeCountry).toBe('CAN');
    expect(country('LONDON, March 13 - Gilts were steady on Friday, dealers said.')?.placeCountry).toBe('GBR');
  });
});
