/**
 * Offices of a place beside a person, and a town's office in the title before one: the person
 * takes the office's code in the place's country. Sentences from Wikinews (CC BY 2.5), cited by
 * date and title, and constructed ones (marked so).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { layer } from '../../document/document.js';
import type { EntityType } from '../../document/layers.js';
import { defaultGazetteer } from '../../knowledge/gazetteer/index.js';
import { loadActorKnowledge, type ActorKnowledge } from '../../knowledge/actors/load.js';
import { docWithEntities } from '../../../test/entities.js';
import { createActorStage } from './index.js';
import { gazetteerPlaceCountry, type PlaceCountry } from './places.js';

let kb: ActorKnowledge;
let places: PlaceCountry;
beforeAll(() => {
  kb = loadActorKnowledge();
  places = gazetteerPlaceCountry(defaultGazetteer());
});

/** The actor code of each named entity, as the stage (with the gazetteer's towns, or without) gives it. */
function codes(text: string, spec: [string, EntityType][], published: string, withPlaces = true): Record<string, string | null> {
  const doc = docWithEntities(text, spec);
  const ents = layer(createActorStage(kb, withPlaces ? { places } : {}).run(doc, { published }), 'entities');
  return Object.fromEntries(spec.filter(([, t]) => t === 'PER').map(([s]) => [s, ents.find((e) => e.text === s && e.via !== 'actor')?.actor ?? null]));
}

describe('an office of a place beside a person', () => {
  it('codes the holder after the name, in the place\'s country', () => {
    // Wikinews, 2020-07-09, "Seoul city Mayor Park Won-soon found dead, South Korean police confirm".
    expect(codes('Park Won-soon, the mayor of Seoul, South Korea, was found dead, police reported Friday morning.',
      [['Park Won-soon', 'PER'], ['Seoul', 'LOC'], ['South Korea', 'LOC']], '2020-07-09')['Park Won-soon']).toBe('KORGOV');
    // Wikinews, 2020-02-14, "2020 United States presidential election: Trump, Sanders win New Hampshire primaries".
    const nh = codes('Andrew Yang, an entrepreneur, and Michael Bennet, a Senator from Colorado, suspended their campaigns the same day. Deval Patrick, the former governor of Massachusetts, ended his on Wednesday morning.',
      [['Andrew Yang', 'PER'], ['Michael Bennet', 'PER'], ['Deval Patrick', 'PER'], ['Colorado', 'LOC'], ['Massachusetts', 'LOC']], '2020-02-14');
    expect(nh).toEqual({ 'Andrew Yang': null, 'Michael Bennet': 'USALEG', 'Deval Patrick': 'USAELI' });
  });

  it('codes the holder after the office, when the office opens the sentence', () => {
    // Wikinews, 2019-10-05, "Four stabbed to death at Paris police headquarters".
    expect(codes('The mayor of Paris, Anne Hidalgo, wrote on Twitter: "Paris is mourning its family this afternoon."',
      [['Anne Hidalgo', 'PER'], ['Paris', 'LOC']], '2019-10-05')['Anne Hidalgo']).toBe('FRAGOV');
    // Wikinews, 2019-01-05, "Escape room fire kills five teen girls in Koszalin, Poland": a town only the gazetteer knows.
    const text = 'Mayor of Koszalin Piotr Jedlinski has declared tomorrow a day of mourning.';
    expect(codes(text, [['Piotr Jedlinski', 'PER'], ['Koszalin', 'LOC']], '2019-01-05')['Piotr Jedlinski']).toBe('POLGOV');
    expect(codes(text, [['Piotr Jedlinski', 'PER'], ['Koszalin', 'LOC']], '2019-01-05', false)['Piotr Jedlinski']).toBeNull();
  });

  it('reads "Lagos State" as Lagos, and no body as a place', () => {
    // Constructed.
    const got = codes('The governor of Lagos State, Babajide Sanwo-Olu, said schools would close. Bob Hale, governor of the Bank of England, said rates would rise. Ann Lee, mayor of Springfield, said so.',
      [['Babajide Sanwo-Olu', 'PER'], ['Bob Hale', 'PER'], ['Ann Lee', 'PER'], ['Bank of England', 'ORG'], ['Springfield', 'LOC']], '2020-03-01');
    // (Springfield, a town of several US states, is the United States' too. The Bank of England is no place: its governor is
    // the bank's officer, as appositions.ts reads him.)
    expect(got).toEqual({ 'Babajide Sanwo-Olu': 'NGAGOV', 'Bob Hale': 'GBRGOVBUS', 'Ann Lee': 'USAGOV' });
  });
});

describe('a town before an office in a title', () => {
  it('is the office\'s country, when the gazetteer knows the town well', () => {
    // Wikinews, 2019-08-08, "Gunman opens fire in El Paso, Texas superstore; more than 20 dead".
    expect(codes('El Paso\'s police chief Greg Allen said late Sunday the police were attributing authorship of the document to Crusius.',
      [['Greg Allen', 'PER'], ['Crusius', 'PER']], '2019-08-08')['Greg Allen']).toBe('USACOP');
    // Constructed: a town of the Philippines and one of Poland, which the dictionaries do not list.
    const got = codes('Iloilo City Mayor Jerry Treñas said the lockdown would be extended. Koszalin Mayor Piotr Jedlinski said the city would mourn.',
      [['Jerry Treñas', 'PER'], ['Piotr Jedlinski', 'PER']], '2020-05-01');
    expect(got).toEqual({ 'Jerry Treñas': 'PHLGOV', 'Piotr Jedlinski': 'POLGOV' });
    // Not a word that is also a small town somewhere ("Liberal", Kansas; "Green", Ohio).
    expect(codes('Liberal Senator Tom Hope said no. Green Senator Sarah Hanson said no.', [['Tom Hope', 'PER'], ['Sarah Hanson', 'PER']], '2020-05-01'))
      .toEqual({ 'Tom Hope': null, 'Sarah Hanson': null });
    // Nor a conjunction that opens the sentence ("But", a town in Congo), which a wire story's House Speaker follows.
    expect(codes('But Senator Tom Hope said no. But House Speaker Sarah Hanson said yes.', [['Tom Hope', 'PER'], ['Sarah Hanson', 'PER']], '2020-05-01'))
      .toEqual({ 'Tom Hope': null, 'Sarah Hanson': null });
  });
});

describe('a well-known town\'s officials', () => {
  it('are the government of the town\'s country, as the gazetteer has it', () => {
    // Constructed, in the form of a wire story datelined in another Chinese city.
    const text = 'HANGZHOU, March 3 - China is short of foreign exchange, the Shanghai official said. Moscow officials disagreed. Moscow official Ivan Petrov said so.';
    const doc = docWithEntities(text, [['HANGZHOU', 'LOC'], ['China', 'LOC'], ['Shanghai', 'LOC'], ['Moscow', 'LOC'], ['Ivan Petrov', 'PER']]);
    const nominal = (withPlaces: boolean) => layer(createActorStage(kb, withPlaces ? { places } : {}).run(doc, { published: '1987-03-03' }), 'entities')
      .filter((e) => e.via === 'actor').map((e) => `${e.text}:${e.actor}`);
    // (Not before a name, which makes the words a title: "Moscow official Ivan Petrov".)
    expect(nominal(true)).toEqual(['Shanghai official:CHNGOV', 'Moscow officials:RUSGOV']);
    expect(nominal(false).filter((x) => x.startsWith('Shanghai'))).toEqual([]);
  });
});
