/**
 * Towns as the country of an actor phrase, from the shipped GeoNames gazetteer: only a
 * well-known city with a clear lead over namesakes abroad names a country.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../../knowledge/gazetteer/index.js';
import { loadActorKnowledge, type ActorKnowledge } from '../../knowledge/actors/load.js';
import { gazetteerPlaceCountry, type PlaceCountry } from './places.js';
import { resolveActor } from './resolve.js';

let kb: ActorKnowledge;
let places: PlaceCountry;
beforeAll(() => {
  kb = loadActorKnowledge();
  places = gazetteerPlaceCountry(defaultGazetteer());
});

describe('gazetteerPlaceCountry', () => {
  it('gives the country of a large city, also under a common variant spelling', () => {
    expect(places('Kharkiv')).toBe('UKR');
    expect(places('Santa Marta')).toBe('COL');
    expect(places('Dehli')).toBe('IND');
  });

  it('gives nothing for a name shared by cities in different countries, a region word or a small town', () => {
    expect(places('Lincoln')).toBeNull(); // USA and GBR
    expect(places('Victoria')).toBeNull();
    expect(places('Northern')).toBeNull();
    expect(places('Harvard')).toBeNull();
  });
});

describe('towns in actor phrases', () => {
  it('takes the country from a town before a role word or after "in"', () => {
    expect(resolveActor('Santa Marta Self Defense Forces', null, kb, places)).toMatchObject({ country: 'COL', sector: 'PRM' });
    expect(resolveActor('police in Santa Marta', null, kb, places)).toMatchObject({ code: 'COLCOP', country: 'COL' });
    expect(resolveActor('Dehli police', null, kb, places)).toMatchObject({ code: 'INDCOP', country: 'IND' });
  });

  it('does not make a town of a name that is not before a role word', () => {
    // Names the knowledge does not have: the title gives the role, nothing gives a country.
    expect(resolveActor('Governor Ivan Kurganov', null, kb, places)).toMatchObject({ country: null, sector: 'GOV' });
    expect(resolveActor('Lt. Gen. Pavel Orlovsky', null, kb, places)?.country ?? null).toBeNull();
    expect(resolveActor('Southern Squadron', null, kb, places)?.country ?? null).toBeNull();
  });

  it('uses no gazetteer unless given one', () => {
    expect(resolveActor('police in Santa Marta', null, kb)?.code).toBe('COP');
  });
});
