import { describe, expect, it } from 'vitest';
import { statedGender } from './gender.js';

describe('statedGender', () => {
  // Constructed.
  const at = (text: string, name: string) => statedGender(text, text.indexOf(name), name);
  it('reads the word before a name, and the name\'s honorific', () => {
    expect(at('He spoke of his daughter Dylan Reed.', 'Dylan Reed')).toBe('f');
    expect(at('The company spokesman Sam Lee said no.', 'Sam Lee')).toBe('m');
    expect(at('They met Mrs Dylan Hart.', 'Mrs Dylan Hart')).toBe('f');
    expect(at('Mr. Hancock said so.', 'Mr. Hancock')).toBe('m');
  });
  it('says nothing where the text does not', () => {
    expect(at('The director Dylan Reed said no.', 'Dylan Reed')).toBeNull();
    expect(at('Dylan Reed said no.', 'Dylan Reed')).toBeNull();
  });
});
