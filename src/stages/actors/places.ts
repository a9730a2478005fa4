/**
 * Towns and cities as the country of an actor phrase ("Kharkiv police", "Santa Marta Self
 * Defense Forces", "Amherst College"), from the GeoNames gazetteer, for names the actor
 * dictionaries do not list. Only a well-known city (GeoNames population, a clear lead over any
 * namesake in another country) counts: a person's name that is also a small town does not.
 */
import { lookupName, type ActorKnowledge, type Country } from '../../knowledge/actors/load.js';
import type { Gazetteer } from '../../knowledge/gazetteer/index.js';

/** A written place name ("Kharkiv", or a town with its region: "Hauppauge, N.Y.") → ISO 3166-1 alpha-3 of the city it most likely names, or null. */
export type PlaceCountry = (name: string) => string | null;

/** Smallest population of a city that names a country on its own. */
const MIN_POPULATION = 50_000;
/** How far (in gazetteer score) the best city must lead the best one in another country. */
const MIN_LEAD = 1;

export function gazetteerPlaceCountry(g: Gazetteer): PlaceCountry {
  return (name) => {
    // A town with its region ("Hauppauge, N.Y.") is the region's country, however small the town.
    if (name.includes(',')) return g.placeCountry(name);
    const cands = g.lookupPlace(name);
    const top = cands[0];
    if (!top || top.entry.kind !== 'city' || top.entry.population < MIN_POPULATION) return null;
    const rival = cands.find((c) => c.entry.country !== top.entry.country);
    if (rival && top.score - rival.score < MIN_LEAD) return null;
    return top.entry.country;
  };
}

/** The gazetteer's place lookup, loaded on first use (loading takes seconds; most phrases never need it). */
export function lazyPlaceCountry(load: () => Gazetteer): PlaceCountry {
  let f: PlaceCountry | null = null;
  return (name) => (f ??= gazetteerPlaceCountry(load()))(name);
}

/** The country of a town the gazetteer knows well (a PlaceCountry's answer), as the actor data has it; null for none. */
export function townCountryOf(kb: ActorKnowledge, places: PlaceCountry | null, name: string): Country | null {
  const iso3 = places ? places(name) : null;
  return iso3 ? kb.byIso3.get(iso3) ?? null : null;
}

/** The country a place's name names: a country, or a place of one, the actor dictionaries know; else a town of the gazetteer. */
export function placeCountryOf(kb: ActorKnowledge, places: PlaceCountry | null, name: string): Country | null {
  for (const h of lookupName(kb, name)) if (h.kind === 'country') return h.country;
  return townCountryOf(kb, places, name);
}
