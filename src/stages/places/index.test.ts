import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc, layer, withLayer, type Doc } from '../../document/document.js';
import type { Entity, EntityType, Place } from '../../document/layers.js';
import { compose, type Stage } from '../../pipeline.js';
import { defaultGazetteer, distanceKm } from '../../knowledge/gazetteer/index.js';
import { segmentStage } from '../segment/index.js';
import { createPlaceStage, eventLocation, placeCountry } from './index.js';

const SHARED = process.env.DATELINE_SHARED ?? new URL('../../../../shared/', import.meta.url).pathname;
const SEED = `${SHARED}seed/sana-putin-rouhani.txt`;
const gaz = defaultGazetteer();

/** Entities built by hand: every occurrence of each name, with its type (and actor code: "ORG:IGOUNO"). */
function entitiesFor(text: string, names: Record<string, EntityType | `${EntityType}:${string}`>): Entity[] {
  const out: Entity[] = [];
  for (const [name, spec] of Object.entries(names)) {
    const [type, actor] = spec.split(':') as [EntityType, string | undefined];
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      out.push({ start: i, end: i + name.length, text: name, type, ...(actor ? { actor } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function handEntities(names: Parameters<typeof entitiesFor>[1]): Stage {
  return { name: 'hand-entities', requires: ['tokens'], produces: ['entities'], run: (d: Doc) => withLayer(d, 'entities', entitiesFor(d.text, names)) };
}

function places(text: string, names: Parameters<typeof entitiesFor>[1] = {}, dateline: string | null = null): Place[] {
  const run = compose([segmentStage, handEntities(names), createPlaceStage(gaz)]);
  const doc = createDoc(text, { source: { format: 'text' }, headlineInText: true, dateline: dateline ? { place: dateline, agency: null } : null });
  return [...layer(run(doc), 'places')];
}

const at = (ps: Place[], text: string) => ps.filter((p) => p.text === text);

describe('place stage on the seed article', () => {
  const text = readFileSync(SEED, 'utf8');

  it('resolves the LOC entities: Moscow, Astana, Geneva, Syria', () => {
    const ps = places(text, { Moscow: 'LOC', Astana: 'LOC', Geneva: 'LOC', Syria: 'LOC', 'Vladimir Putin': 'PER', 'Hassan Rouhani': 'PER', SANA: 'ORG' });
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
    const moscow = at(ps, 'Moscow');
    expect(moscow.length).toBe(text.split('Moscow').length - 1);
    expect(moscow[0]).toMatchObject({ country: 'RUS', geonameid: 524901 });
    expect(moscow[0]!.lat).toBeCloseTo(55.75, 1);
    expect(moscow[0]!.lon).toBeCloseTo(37.62, 1);
    expect(at(ps, 'Astana')[0]!.country).toBe('KAZ');
    expect(at(ps, 'Geneva')[0]).toMatchObject({ country: 'CHE', name: 'Genève' });
    expect(at(ps, 'Syria')[0]!.country).toBe('SYR');
  });

  it('finds the same places with no entity layer, and not the agency SANA', () => {
    const ps = places(text);
    const countries = new Map(ps.map((p) => [p.text, p.country]));
    expect(countries.get('Moscow')).toBe('RUS');
    expect(countries.get('Astana')).toBe('KAZ');
    expect(countries.get('Geneva')).toBe('CHE');
    expect(countries.get('Syria')).toBe('SYR');
    expect(countries.get('Iran')).toBe('IRN');
    expect(countries.get('Tehran')).toBe('IRN');
    expect(countries.has('SANA')).toBe(false);
    expect(ps.some((p) => p.text.includes('Putin') || p.text.includes('Rouhani'))).toBe(false);
  });
});

describe('disambiguation', () => {
  it('reads "Paris, Texas" as the Texan town, and later mentions of Paris too', () => {
    const text = 'A tornado struck Paris, Texas, on Monday. Officials in Paris said 12 homes were damaged.';
    const ps = places(text);
    const paris = at(ps, 'Paris');
    expect(paris.length).toBe(2);
    for (const p of paris) {
      expect(p.country).toBe('USA');
      expect(distanceKm(p, { lat: 33.66, lon: -95.56 })).toBeLessThan(20);
    }
    expect(at(ps, 'Texas')[0]).toMatchObject({ country: 'USA' });
  });

  it('reads a bare Paris as the French capital', () => {
    const ps = places('Ministers met in Paris on Friday to discuss the budget.');
    expect(at(ps, 'Paris')[0]).toMatchObject({ country: 'FRA', geonameid: 2988507 });
  });

  it('uses AP state abbreviations after a comma', () => {
    const ps = places('Chiquita Henry, 19, of Alexandria, La., was arrested on Friday.');
    expect(at(ps, 'Alexandria')[0]!.country).toBe('USA');
    expect(distanceKm(at(ps, 'Alexandria')[0]!, { lat: 31.31, lon: -92.45 })).toBeLessThan(20);
    expect(at(ps, 'La.')[0]).toMatchObject({ country: 'USA' });
  });

  it('lets the article\'s other places choose among same-named ones', () => {
    const text = 'Flooding closed roads in Atlanta and Savannah. Georgia officials asked residents of Macon to stay home.';
    const ps = places(text, { Atlanta: 'LOC', Savannah: 'LOC', Georgia: 'LOC', Macon: 'LOC' });
    expect(at(ps, 'Georgia')[0]).toMatchObject({ country: 'USA', geonameid: 4197000 });
    expect(at(ps, 'Macon')[0]!.country).toBe('USA');
    const abroad = places('Tbilisi says Georgia will hold talks with Russia and Armenia.', { Tbilisi: 'LOC', Georgia: 'LOC', Russia: 'LOC', Armenia: 'LOC' });
    expect(at(abroad, 'Georgia')[0]!.country).toBe('GEO');
  });

  it('takes the dateline\'s country into account', () => {
    const withDateline = places('Officials in Alexandria said the road would reopen.', { Alexandria: 'LOC' }, 'RICHMOND, Va.');
    const without = places('Officials in Alexandria said the road would reopen.', { Alexandria: 'LOC' });
    expect(without[0]!.country).toBe('EGY');
    expect(withDateline[0]!.country).toBe('USA');
  });

  it('knows the areas conflict news names that are no division under that name', () => {
    const text = 'Shelling hit Donbas and Crimea again, while talks on Nagorno-Karabakh, Darfur and the Golan Heights stalled.';
    const ps = places(text, { Donbas: 'LOC', Crimea: 'LOC', 'Nagorno-Karabakh': 'LOC', Darfur: 'LOC', 'Golan Heights': 'LOC' });
    // None of them was found before: no first-level division bears these names (Crimea's is "Autonomous Republic of Crimea").
    expect(at(ps, 'Donbas')[0]).toMatchObject({ country: 'UKR', kind: 'region' });
    expect(at(ps, 'Crimea')[0]).toMatchObject({ country: 'UKR', kind: 'region', geonameid: 703883 });
    expect(at(ps, 'Nagorno-Karabakh')[0]).toMatchObject({ country: 'AZE', kind: 'region' });
    expect(at(ps, 'Darfur')[0]).toMatchObject({ country: 'SDN', kind: 'region' });
    expect(at(ps, 'Golan Heights')[0]).toMatchObject({ country: 'SYR', kind: 'region' });
    expect(distanceKm(at(ps, 'Donbas')[0]!, { lat: 48.0, lon: 37.8 })).toBeLessThan(100);
  });

  it('knows the world regions GDELT codes, by their CAMEO region codes', () => {
    const text = 'Envoys toured the Balkans and the Caucasus before a summit on West Africa, the Horn of Africa and the Levant.';
    const ps = places(text, { Balkans: 'LOC', Caucasus: 'LOC', 'West Africa': 'LOC', 'Horn of Africa': 'LOC', Levant: 'LOC' });
    // Before: the Balkans and the Caucasus were not found, West Africa and the Horn of Africa were "Africa", and the Levant a town in Kansas.
    expect(at(ps, 'Balkans')[0]).toMatchObject({ country: 'BLK', kind: 'continent' });
    expect(at(ps, 'Caucasus')[0]).toMatchObject({ country: 'CAU', kind: 'continent' });
    expect(at(ps, 'West Africa')[0]).toMatchObject({ country: 'WAF', kind: 'continent' });
    expect(at(ps, 'Horn of Africa')[0]).toMatchObject({ country: 'EAF', kind: 'continent' });
    expect(at(ps, 'Levant')[0]).toMatchObject({ country: 'MEA', kind: 'continent' });
    expect(distanceKm(at(ps, 'Caucasus')[0]!, { lat: 41.7, lon: 44.8 })).toBeLessThan(300);
  });

  it('takes "the Sahel" for the region across Africa and "Kurdistan" for Iraq\'s Kurdistan Region, while "Sahel Region" stays Burkina Faso\'s', () => {
    const text = 'Drought spread across the Sahel as Kurdistan voted. In the Sahel Region of Burkina Faso, gunmen attacked a village.';
    const ps = places(text, { Sahel: 'LOC', Kurdistan: 'LOC', 'Sahel Region': 'LOC', 'Burkina Faso': 'LOC' });
    // Before: "the Sahel" was Burkina Faso's Sahel Region, and "Kurdistan" alone was not found.
    expect(at(ps, 'Sahel')[0]).toMatchObject({ country: 'AFR', kind: 'continent', name: 'Sahel' });
    expect(at(ps, 'Kurdistan')[0]).toMatchObject({ country: 'IRQ', kind: 'region', name: 'Kurdistan Region' });
    expect(at(ps, 'Sahel Region')[0]).toMatchObject({ country: 'BFA', kind: 'region' });
    expect(distanceKm(at(ps, 'Sahel')[0]!, { lat: 15, lon: 2 })).toBeLessThan(500);
  });

  it('takes no organisation the actors know, no acronym and no capitalised common word for a town', () => {
    // Wikinews and Reuters shapes: "UN" had been the town of Un (India), "ICO" (the coffee
    // organisation) Icó in Brazil, and an interviewer's "Okay," Les Cayes in Haiti (an alternate name).
    const text = 'Cengiz went to the United Nations (UN) General Assembly. ICO delegates met in London. Okay, tell me about the tour. Officials in Paris agreed.';
    const ps = places(text, { UN: 'ORG:IGOUNO', ICO: 'ORG', London: 'LOC', Paris: 'LOC' });
    expect(ps.map((p) => p.text)).toEqual(['London', 'Paris']);
    // Mistyped places are still found: a country typed ORG, a big city typed PER.
    expect(places('Talks with Nigeria began. Tbilisi said no.', { Nigeria: 'ORG', Tbilisi: 'PER' }).map((p) => p.country)).toEqual(['NGA', 'GEO']);
  });

  it('reads a state abbreviated in capitals after a place, and no ticker in angle brackets', () => {
    // Reuters shapes: "<KAN>" had been Ganzhou (China), "TOPEKA, KAN." too, and a second "Decatur, Ill."
    // in a story whose dateline was "GRANITE CITY, ILL." had been lost.
    const text = 'KANSAS POWER/LIGHT <KAN> NAMES CHIEF\n\nTOPEKA, KAN., April 8 - The utility named a chief. GRANITE CITY, ILL., is near. Plants are in Springfield and Decatur, Ill.\n';
    const ps = places(text, { TOPEKA: 'LOC', 'GRANITE CITY': 'LOC', Springfield: 'LOC', Decatur: 'LOC' });
    expect(at(ps, 'KAN')).toEqual([]);
    expect(at(ps, 'KAN.')[0]).toMatchObject({ country: 'USA', kind: 'region', name: 'Kansas' });
    expect(at(ps, 'ILL.')[0]).toMatchObject({ kind: 'region', name: 'Illinois' });
    expect(at(ps, 'Ill.')[0]).toMatchObject({ kind: 'region', name: 'Illinois' });
  });

  it('knows the city sections known the world over, not only the towns named after them', () => {
    const text = 'Film crews in Hollywood walked out on Monday, and tenants in Harlem marched the next day. Clashes broke out again in East Jerusalem.';
    const ps = places(text, { Hollywood: 'LOC', Harlem: 'LOC', 'East Jerusalem': 'LOC' });
    // Without the sections, Hollywood and Harlem were the towns of that name in Florida, and "East Jerusalem" was Jerusalem.
    expect(at(ps, 'Hollywood')[0]).toMatchObject({ country: 'USA', geonameid: 5357527 });
    expect(at(ps, 'Harlem')[0]).toMatchObject({ country: 'USA', geonameid: 5120034 });
    expect(at(ps, 'East Jerusalem')[0]).toMatchObject({ geonameid: 7303419 });
    expect(at(ps, 'Jerusalem')).toHaveLength(0);
  });
});

describe('finder precision', () => {
  it('skips person names, common words and parts of longer names', () => {
    const text = 'Jordan Smith said in March that Mobile users liked the app. Michael Jordan agreed with Sen. Lincoln.';
    const ps = places(text);
    expect(ps.map((p) => p.text)).toEqual([]);
  });

  it('skips a surname used alone once the full name has been seen', () => {
    const text = 'The award went to Hank Dallas of Chicago. Dallas thanked his family.';
    expect(places(text).map((p) => p.text)).toEqual(['Chicago']);
    expect(places('Flights from Dallas were delayed.').map((p) => p.text)).toEqual(['Dallas']);
  });

  it('takes a place that opens an organisation\'s name, as LGL does ("Texas Department of State")', () => {
    const ps = places('The Texas Department of State Health Services confirmed two cases.');
    expect(ps.map((p) => [p.text, p.country])).toEqual([['Texas', 'USA']]);
  });

  it('does not take places inside PER or ORG entities', () => {
    const text = 'Paris Hilton visited the Bank of England offices.';
    const ps = places(text, { 'Paris Hilton': 'PER', 'Bank of England': 'ORG' });
    expect(ps).toEqual([]);
  });
});

describe('entities from the NER model', () => {
  it('splits a LOC entity "Washington, D.C." into its two places', () => {
    const ps = places('The bill was signed in Washington, D.C., on Friday.', { 'Washington, D.C.': 'LOC' });
    expect(ps.map((p) => [p.text, p.country])).toEqual([['Washington', 'USA'], ['D.C.', 'USA']]);
    expect(distanceKm(ps[0]!, { lat: 38.9, lon: -77.04 })).toBeLessThan(20);
  });

  it('takes a prominent place the model mistyped, but not a titled person', () => {
    const ps = places('Talks in Tbilisi ended. Mr. Arlington said nothing.', { Tbilisi: 'PER', Arlington: 'PER' });
    expect(ps.map((p) => [p.text, p.country])).toEqual([['Tbilisi', 'GEO']]);
  });
});

describe('demonyms and continents', () => {
  const text = 'The Russian foreign minister flew to Africa on Monday.';

  it('leaves demonyms out by default and reports them as kind "demonym" when asked', () => {
    expect(places(text).map((p) => [p.text, p.country, p.kind])).toEqual([['Africa', 'AFR', 'continent']]);
    const run = compose([segmentStage, handEntities({}), createPlaceStage(gaz, { demonyms: true })]);
    const ps = layer(run(createDoc(text, { source: { format: 'text' }, headlineInText: true })), 'places');
    expect(ps.map((p) => [p.text, p.country, p.kind])).toEqual([['Russian', 'RUS', 'demonym'], ['Africa', 'AFR', 'continent']]);
  });
});

describe('eventLocation', () => {
  function analysed(text: string, dateline: string | null = null): Doc {
    const run = compose([segmentStage, handEntities({}), createPlaceStage(gaz)]);
    return run(createDoc(text, { source: { format: 'text' }, headlineInText: true, dateline: dateline ? { place: dateline, agency: null } : null }));
  }

  it('takes the place after "in" in the event\'s sentence over a country named there', () => {
    const text = 'Iran and Russia signed the accord in Geneva on Monday. Syria welcomed it.';
    const doc = analysed(text);
    const at = text.indexOf('signed');
    expect(eventLocation(doc, { start: at, end: at + 6 }, gaz)).toMatchObject({ name: 'Geneva', country: 'CHE' });
    const welcomed = text.indexOf('welcomed');
    expect(eventLocation(doc, { start: welcomed, end: welcomed + 8 }, gaz)).toMatchObject({ name: 'Syria', country: 'SYR' });
  });

  it('falls back to the dateline, and to null', () => {
    const text = 'The two leaders met on Tuesday.';
    const at = text.indexOf('met');
    const withDateline = eventLocation(analysed(text, 'MOSCOW'), { start: at, end: at + 3 }, gaz)!;
    expect(withDateline).toMatchObject({ name: 'Moscow', country: 'RUS' });
    expect(withDateline.lat).toBeCloseTo(55.75, 1);
    expect(eventLocation(analysed(text), { start: at, end: at + 3 }, gaz)).toBeNull();
  });
});

describe('placeCountry', () => {
  it('gives the seed article\'s dateline country as its expected record does', () => {
    const expected = JSON.parse(readFileSync(`${SHARED}seed/sana-putin-rouhani.expected.json`, 'utf8')) as { dateline: { place: string; placeCountry: string } };
    expect(placeCountry(expected.dateline.place)).toBe(expected.dateline.placeCountry);
  });

  it('gives the ISO alpha-3 country of a dateline place', () => {
    expect(placeCountry('Moscow')).toBe('RUS');
    expect(placeCountry('MOSCOW')).toBe('RUS');
    expect(placeCountry('GENEVA')).toBe('CHE');
    expect(placeCountry('Washington')).toBe('USA');
    expect(placeCountry('Damascus')).toBe('SYR');
    expect(placeCountry('Nowhereville Xq')).toBeNull();
  });
});

describe('coreference mentions', () => {
  it('never geocodes a pronoun that coreference typed as a place', () => {
    const text = 'Rescuers reached Koszalin on Friday and searched them for survivors.';
    const run = compose([segmentStage, {
      name: 'hand-entities', requires: ['tokens'], produces: ['entities'],
      run: (d: Doc) => withLayer(d, 'entities', [
        { start: 17, end: 25, text: 'Koszalin', type: 'LOC' as const },
        { start: 50, end: 54, text: 'them', type: 'LOC' as const, via: 'coref' },
      ]),
    }, createPlaceStage(gaz)]);
    const got = layer(run(createDoc(text, { source: { format: 'text' }, headlineInText: false }), {}), 'places').map((p) => p.text);
    expect(got).toEqual(['Koszalin']);
  });
});
