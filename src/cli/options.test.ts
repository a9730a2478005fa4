import { describe, expect, it } from 'vitest';
import { publishedOption, wholeOption } from './options.js';

describe('shared option values', () => {
  it('takes a calendar date for --published and names the option when it is not one', () => {
    expect(publishedOption(undefined)).toBeNull();
    expect(publishedOption('2017-03-29')).toBe('2017-03-29');
    expect(() => publishedOption('2017-02-30')).toThrow('--published must be a date YYYY-MM-DD, not 2017-02-30');
    expect(() => publishedOption('29/03/2017')).toThrow('--published must be a date YYYY-MM-DD, not 29/03/2017');
  });

  it('takes whole numbers at or above a floor, else the default', () => {
    expect(wholeOption('batch', undefined, 500)).toBe(500);
    expect(wholeOption('batch', '20', 500)).toBe(20);
    expect(wholeOption('workers', '0', 2, 0)).toBe(0);
    expect(() => wholeOption('batch', '0', 500)).toThrow('--batch must be a positive whole number');
    expect(() => wholeOption('workers', '-1', 2, 0)).toThrow('--workers must be a whole number');
    expect(() => wholeOption('max-chars', '1.5', 10)).toThrow('--max-chars must be a positive whole number');
  });
});
