import { describe, expect, it } from 'vitest';
import { actorCodeParts } from './codes.js';

const COUNTRIES = new Set(['RUS', 'SYR', 'MUS', 'USA', 'IRN', 'EUR', 'WST']);
const isCountry = (p: string) => COUNTRIES.has(p);
const isEthnic = (p: string) => p === 'KUR';

describe('actorCodeParts', () => {
  it('names a country and its roles', () => {
    expect(actorCodeParts('RUSGOV', isCountry)).toEqual({ country: 'RUS', knownGroup: '', ethnic: '', religions: [], types: ['GOV'] });
    expect(actorCodeParts('SYRREBMUS', isCountry)).toMatchObject({ country: 'SYR', types: ['REB'], religions: ['MUS'] });
    expect(actorCodeParts('IRNGOVMILSPYHLH', isCountry).types).toEqual(['GOV', 'MIL', 'SPY']); // three at most
  });

  it('reads MUS first as Mauritius and later as Muslim', () => {
    expect(actorCodeParts('MUSGOV', isCountry)).toMatchObject({ country: 'MUS', religions: [] });
    expect(actorCodeParts('SYRMUSRAD', isCountry)).toMatchObject({ country: 'SYR', religions: ['MUS'], types: ['RAD'] });
  });

  it('gives an international body its own code after its type, and a region where one comes', () => {
    expect(actorCodeParts('IGOUNO', isCountry)).toMatchObject({ country: '', knownGroup: 'UNO', types: ['IGO'] });
    expect(actorCodeParts('IGOWSTNAT', isCountry)).toMatchObject({ country: 'WST', knownGroup: 'NAT', types: ['IGO'] });
    expect(actorCodeParts('NGOHRIMED', isCountry)).toMatchObject({ country: '', knownGroup: '', types: ['NGO', 'HRI', 'MED'] });
  });

  it('finds an ethnic group and leaves parts it does not know in the whole code only', () => {
    expect(actorCodeParts('IRQKURREB', (p) => p === 'IRQ', isEthnic)).toMatchObject({ country: 'IRQ', ethnic: 'KUR', types: ['REB'] });
    expect(actorCodeParts('GOV', isCountry)).toEqual({ country: '', knownGroup: '', ethnic: '', religions: [], types: ['GOV'] });
    expect(actorCodeParts('USAXYZ', isCountry)).toEqual({ country: 'USA', knownGroup: '', ethnic: '', religions: [], types: [] });
  });
});
