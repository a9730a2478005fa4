import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../document/schema.js';
import { quoteRows } from './rows.js';

// Constructed.
const TEXT = '"We are ready," the minister said. "The plan is done." The minister said talks went on.';

function recordWith(quotes: ArticleRecord['quotes']): ArticleRecord {
  return {
    id: 'x', source: { format: 'text' }, title: null, published: null, dateline: null, authors: [], text: TEXT, body: { start: 0, end: TEXT.length },
    boilerplate: [], entities: [], quotes, events: [], places: [],
  } as unknown as ArticleRecord;
}

describe('quoteRows', () => {
  it('stores the words said: a quotation its source and cue interrupt without them, its span the whole', () => {
    const [split, whole] = quoteRows(recordWith([
      { content: { start: 0, end: 54 }, parts: [{ start: 0, end: 15 }, { start: 35, end: 54 }], cue: { start: 29, end: 33 }, speaker: { start: 16, end: 28 }, speakerName: null, direct: true },
      { content: { start: 73, end: 86 }, cue: { start: 68, end: 72 }, speaker: { start: 55, end: 67 }, speakerName: null, direct: false },
    ]));
    expect(split).toMatchObject({ content: '"We are ready," … "The plan is done."', content_start: 0, content_end: 54, cue: 'said', source: 'the minister' });
    expect(whole).toMatchObject({ content: 'talks went on', content_start: 73, content_end: 86 });
  });
});
