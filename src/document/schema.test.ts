import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleJsonSchema } from './json-schema.js';
import { ArticleRecordSchema, spanProblems } from './schema.js';

const base = {
  id: '0123456789abcdef01234567', source: { format: 'text' as const }, title: null, published: null, dateline: null, authors: [],
  text: 'Iran and Russia met.', body: { start: 0, end: 20 }, boilerplate: [], entities: [], quotes: [], events: [], places: [],
};

describe('the record schema', () => {
  it('is the committed JSON Schema file', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/article.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(articleJsonSchema())));
  });
  it('accepts a minimal record and rejects a bad one', () => {
    expect(ArticleRecordSchema.safeParse(base).success).toBe(true);
    expect(ArticleRecordSchema.safeParse({ ...base, published: '29/03/2017' }).success).toBe(false);
    expect(ArticleRecordSchema.safeParse({ ...base, body: { start: 5, end: 2 } }).success).toBe(false);
    const badEvent = { source: null, target: null, cameo: 'x42', plover: null, goldstein: 0, quadClass: 5, date: null, location: null, evidence: { start: 0, end: 3 }, confidence: 2 };
    expect(ArticleRecordSchema.safeParse({ ...base, events: [badEvent] }).success).toBe(false);
  });
  it('finds spans that fall outside the text', () => {
    expect(spanProblems({ ...base, body: { start: 0, end: 99 } })).toEqual(['body [0,99) outside text of length 20']);
  });
});
