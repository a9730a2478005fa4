import { describe, expect, it } from 'vitest';
import { firstOfTwoSurnames } from './surnames.js';

describe('the first of two family names', () => {
  it('is the next-to-last word of a name of three words or more', () => {
    // Wikinews, "Puerto Rico governor announces resignation following protests" (2019-07-28).
    expect(firstOfTwoSurnames('Ricardo Rosselló Nevares')).toBe('Rosselló');
    expect(firstOfTwoSurnames('Wanda Vázquez Garced')).toBe('Vázquez');
  });
  it('is none for a shorter name, a suffix, a particle or a word in lower case', () => {
    expect(firstOfTwoSurnames('Jerome Powell')).toBeNull();
    expect(firstOfTwoSurnames('Martin Luther King Jr.')).toBeNull();
    expect(firstOfTwoSurnames('Jean-Claude Van Damme')).toBeNull();
    expect(firstOfTwoSurnames('Luiz Inácio Lula da Silva')).toBeNull();
  });
});
