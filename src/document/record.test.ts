import { describe, expect, it } from 'vitest';
import { articleId } from './record.js';

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
