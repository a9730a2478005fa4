import { describe, expect, it } from 'vitest';
import { csvField, csvLine, tsvLine } from './csv.js';

describe('csv and tsv fields', () => {
  it('quotes a CSV field only when it must, doubling quotes', () => {
    expect(csvField('Moscow')).toBe('Moscow');
    expect(csvField('Koszalin, Poland')).toBe('"Koszalin, Poland"');
    expect(csvField('the Russian president said “we believe…”, "quite"')).toBe('"the Russian president said “we believe…”, ""quite"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvLine(['a', null, 'b,c'])).toBe('a,,"b,c"\r\n');
  });

  it('turns tabs and line breaks into spaces in TSV, which cannot quote them', () => {
    expect(tsvLine(['Putin\tsaid', 'on\r\nTuesday', undefined, 0])).toBe('Putin said\ton Tuesday\t\t0\n');
  });
});
