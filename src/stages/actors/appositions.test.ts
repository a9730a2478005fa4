/**
 * A person's role between commas after the name codes the person. Sentences from Wikinews
 * (CC BY 2.5), cited by date and title, and constructed ones (marked so).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { layer } from '../../document/document.js';
import type { EntityType } from '../../document/layers.js';
import { loadActorKnowledge, type ActorKnowledge } from '../../knowledge/actors/load.js';
import { docWithEntities } from '../../../test/entities.js';
import { defaultGazetteer } from '../../knowledge/gazetteer/index.js';
import { createActorStage } from './index.js';
import { gazetteerPlaceCountry, type PlaceCountry } from './places.js';

let kb: ActorKnowledge;
beforeAll(() => {
  kb = loadActorKnowledge();
});

/** The actor code the stage gives each person of the spec. */
function codes(text: string, spec: [string, EntityType][], published: string, places?: PlaceCountry): Record<string, string | null> {
  const ents = layer(createActorStage(kb, places ? { places } : {}).run(docWithEntities(text, spec), { published }), 'entities');
  return Object.fromEntries(spec.filter(([, t]) => t === 'PER').map(([s]) => [s, ents.find((e) => e.text === s && e.via !== 'actor')?.actor ?? null]));
}

describe('a role after the name', () => {
  it('codes an officer of a coded body, named before or after the role', () => {
    // Wikinews, 2019-09-10, "Nevada prop plane crash near Las Vegas leaves two dead, three injured".
    expect(codes('Keith Holloway, an NTSB spokesman, told Fox News their investigation could last as long as two years.',
      [['Keith Holloway', 'PER'], ['NTSB', 'ORG'], ['Fox News', 'ORG']], '2019-09-10')['Keith Holloway']).toBe('USAGOV');
    // Wikinews, 2019-10-11, "Indonesian security minister Wiranto stabbed".
    expect(codes('The BBC also cited Budi Gunawan, chief of the Indonesian State Intelligence Agency, as saying the suspects were linked to the network.',
      [['BBC', 'ORG'], ['Budi Gunawan', 'PER'], ['Indonesian State Intelligence Agency', 'ORG']], '2019-10-11')['Budi Gunawan']).toBe('IDNSPY');
  });

  it('codes a former officer as an elite of the country', () => {
    // Wikinews, 2020-03-16, "US President Trump declares COVID-19 national emergency".
    expect(codes('Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying FEMA has an important role.',
      [['Politico', 'ORG'], ['Tim Manning', 'PER'], ['FEMA', 'ORG']], '2020-03-16')['Tim Manning']).toBe('USAELI');
    // Constructed.
    expect(codes('Craig Fugate, a former FEMA administrator, said the plan failed.', [['Craig Fugate', 'PER'], ['FEMA', 'ORG']], '2020-04-01')['Craig Fugate']).toBe('USAELI');
  });

  it('codes the holder of a role written as a nominal mention, but not by its office holder\'s name', () => {
    // Constructed: the role names Iran's foreign minister, whoever the person is.
    const got = codes('Ali Reza, the Iranian foreign minister, said the talks would resume.', [['Ali Reza', 'PER'], ['Iranian', 'MISC']], '2016-05-01');
    expect(got['Ali Reza']).toBe('IRNGOV');
  });

  it('codes the holder of a title written after the name', () => {
    // Wikinews, 2020-04-07, "US state of Wisconsin holds 2020 election amidst COVID-19 concerns".
    expect(codes('The move came after William Conley, a United States District judge, ordered last week that absentee ballots be accepted.',
      [['William Conley', 'PER'], ['United States', 'LOC']], '2020-04-07')['William Conley']).toBe('USAJUD');
    // Wikinews, 2019-07-28, "Puerto Rico governor announces resignation following protests".
    expect(codes('Ricardo Rosselló Nevares, Puerto Rico\'s governor, announced his resignation shortly before midnight Wednesday night.',
      [['Ricardo Rosselló Nevares', 'PER'], ['Puerto Rico', 'LOC']], '2019-07-28')['Ricardo Rosselló Nevares']).toBe('USAPRI');
    // Constructed: a former one is an elite of the country.
    expect(codes('Ann Bell, a former Texas governor, said the law was fair.', [['Ann Bell', 'PER'], ['Texas', 'LOC']], '2020-01-01')['Ann Bell']).toBe('USAELI');
  });

  it('reads a country\'s name before an expert\'s word as the field, not the expert\'s country', () => {
    // Constructed: "a China scholar" studies China; "a Chinese scholar" is Chinese.
    expect(codes('Trump wants a deal, said Derek Hale, a China scholar. Li Wei, a Chinese scholar, said no.',
      [['Trump', 'PER'], ['Derek Hale', 'PER'], ['China', 'LOC'], ['Li Wei', 'PER']], '2019-11-20')).toMatchObject({ 'Derek Hale': null, 'Li Wei': 'CHNEDU' });
  });

  it('codes a former officer whose role a relative clause follows', () => {
    // Constructed.
    expect(codes('Stewart Ehrreich, a former FDA official who conducted a safety review, said the effect was common.',
      [['Stewart Ehrreich', 'PER'], ['FDA', 'ORG']], '1987-03-01')['Stewart Ehrreich']).toBe('USAELI');
  });

  it('codes a person "of" a coded body by the body', () => {
    // Wikinews, 2019-12-07, "Samoan government temporarily shuts down for nationwide measles vaccination drive".
    expect(codes('In remarks to the Agence France-Presse news service, Sheldon Yett of UNICEF observed, "I\'ve seen mass mobilisation campaigns before."',
      [['Agence France-Presse', 'ORG'], ['Sheldon Yett', 'PER'], ['UNICEF', 'ORG']], '2019-12-07')['Sheldon Yett']).toBe('IGOUNOKID');
    // Wikinews, 2019-03-05, "SpaceX Crew Dragon capsule docks with International Space Station".
    expect(codes('Bill Gerstenmaier of NASA spoke of the collaboration between his agency and SpaceX.',
      [['Bill Gerstenmaier', 'PER'], ['NASA', 'ORG'], ['SpaceX', 'ORG']], '2019-03-05')['Bill Gerstenmaier']).toBe('USAGOV');
    // Wikinews, 2019-06-20, "U.S. heiress, designer, and author Gloria Vanderbilt dies at 95": between commas.
    expect(codes('Anderson Cooper, of CNN, one of Vanderbilt\'s four sons, stated, "Gloria Vanderbilt was an extraordinary woman."',
      [['Anderson Cooper', 'PER'], ['CNN', 'ORG'], ['Vanderbilt', 'PER'], ['Gloria Vanderbilt', 'PER']], '2019-06-20')['Anderson Cooper']).toBe('USAMED');
    // Constructed: "at" the body, and the body's kind in lower case before its name; a period that ends the name's last token.
    expect(codes('"The trend is weak," said Ann Berle at investment bank Goldman Sachs.', [['Ann Berle', 'PER'], ['Goldman Sachs', 'ORG']], '2020-01-01')['Ann Berle']).toBe('MNCUSA');
    expect(codes('"The trend is weak," said Ann Berle of the World Bank. Berle expects more.', [['Ann Berle', 'PER'], ['World Bank.', 'ORG'], ['Berle', 'PER']], '2020-01-01')['Ann Berle']).toBe('IGOUNODEVWBK');
    // Constructed: a body whose name goes on ("of the Bank of England's staff") is not the one the person is of.
    expect(codes('Tom Ray of the Bank of England\'s staff said so.', [['Tom Ray', 'PER'], ['Bank of England', 'ORG']], '2020-01-01')['Tom Ray']).toBeNull();
  });

  it('codes one who works at a university, a medium or a company by its code, but not at a state or international body', () => {
    // Wikinews, "Yemeni journalist Nabil Hasan al-Quaety shot dead in Aden" (2020-06-05), CC BY 2.5: an officer, with a field between the role and "for" its body.
    expect(codes('Phil Chetwynd, director of global news for AFP, called the death "the senseless killing of a courageous journalist doing his job despite threats and intimidation."',
      [['Phil Chetwynd', 'PER'], ['AFP', 'ORG']], '2020-06-05')['Phil Chetwynd']).toBe('FRAMED');
    // Constructed, in the forms of news copy.
    const got = codes('Sara Seager, a professor at MIT, said the planet was cold. Rusmik Oza, head of research at Nomura, said shares would rise. '
      + 'Jane Doe, a reporter for The New York Times, said she saw it. John Roe, professor of economics at Harvard University, disagreed.',
    [['Sara Seager', 'PER'], ['MIT', 'ORG'], ['Rusmik Oza', 'PER'], ['Nomura', 'ORG'], ['Jane Doe', 'PER'], ['The New York Times', 'ORG'], ['John Roe', 'PER'], ['Harvard University', 'ORG']], '2020-01-01');
    expect(got).toEqual({ 'Sara Seager': 'USAEDU', 'Rusmik Oza': 'MNCJPN', 'Jane Doe': 'USAMED', 'John Roe': 'USAEDU' });
    // A body whose abbreviation's period ends the sentence closes the role (constructed, in the form of a wire story).
    expect(codes('"We see no reason to change estimates," said Ann Berle, analyst at Nomura Securities Co. She thinks the talks will end.',
      [['Ann Berle', 'PER'], ['Nomura Securities Co.', 'ORG']], '1987-03-03')['Ann Berle']).toBe('MNCJPN');
    // Wikinews, "Students compete in second international Neurosurgery Olympiad in Tyumen, Russia" (2019-05-06): a student is of the university.
    expect(codes('One is Denis Kovalchuk, a sixth year student at Buryat State University.',
      [['Denis Kovalchuk', 'PER'], ['Buryat State University', 'ORG']], '2019-05-06')['Denis Kovalchuk']).toBe('RUSEDU');
    // A portfolio after the body served (constructed, in the form of a wire story).
    expect(codes('Wayne Jones, vice president at Nomura for strategic planning, said the firm would stay independent.',
      [['Wayne Jones', 'PER'], ['Nomura', 'ORG']], '1987-03-04')['Wayne Jones']).toBe('MNCJPN');
    // Constructed, in the form of 1987 wire stories: a role "with" its body, and a role in a unit of the body ("'s … division").
    expect(codes('"Rates will fall," said Ann Berle, an analyst with Nomura Securities Co, in Tokyo.',
      [['Ann Berle', 'PER'], ['Nomura Securities Co', 'ORG']], '1987-03-03')['Ann Berle']).toBe('MNCJPN');
    expect(codes('"Rates will fall," said Ann Berle, deputy general manager of Nomura\'s international treasury division. She thinks so.',
      [['Ann Berle', 'PER'], ['Nomura', 'ORG']], '1987-03-03')['Ann Berle']).toBe('MNCJPN');
    // An officer's title after the body's "'s", with the part of the world the officer has (Wikinews, 2020-06-21, "British
    // supermarket chain Tesco to sell its Polish branch to Salling Group A/S", CC BY 2.5).
    expect(codes('Speaking to Portfolio.hu, Matt Simister, Tesco’s CEO for Central Europe, explained that the company held a 4% share of the Polish retail market.',
      [['Matt Simister', 'PER'], ['Tesco', 'ORG']], '2020-06-21')['Matt Simister']).toBe('MNCGBR');
  });
  it('leaves a person whose role serves no coded body, or is no officer\'s, without a code', () => {
    // Constructed.
    const got = codes('Ann Kay, an economist at the World Bank, said growth would slow. Tom Lee, a student, said so.',
      [['Ann Kay', 'PER'], ['World Bank', 'ORG'], ['Tom Lee', 'PER']], '2020-01-01');
    expect(got).toEqual({ 'Ann Kay': null, 'Tom Lee': null });
  });
});

describe('a role before the name and a comma', () => {
  it('codes the person by the title', () => {
    // Wikinews, 2019-08-08, "Gunman opens fire in El Paso, Texas superstore; more than 20 dead" (El Paso from the gazetteer).
    expect(codes('According to the El Paso mayor, Dee Margo, during the weekend, police were investigating whether a manifesto was written by the suspect.',
      [['Dee Margo', 'PER']], '2019-08-08', gazetteerPlaceCountry(defaultGazetteer()))['Dee Margo']).toBe('USAGOV');
    // Wikinews, 2020-01-06, "Iraqi Parliament votes for expulsion of United States troops".
    expect(codes('Following the vote, a United States Department of State spokesperson, Morgan Ortagus, indicated the United States was disappointed.',
      [['United States Department of State', 'ORG'], ['Morgan Ortagus', 'PER'], ['United States', 'LOC']], '2020-01-06')['Morgan Ortagus']).toBe('USAGOV');
  });

  it('reads a member of a body as the body\'s', () => {
    // Wikinews, 2019-07-08, "Tunisian Prime Minister signs decree to ban face veils in public institutions, government offices".
    expect(codes('A member of the Tunisian Parliament, Samir Dilou said, "Tunisia is facing terrorist attacks."',
      [['Tunisian Parliament', 'ORG'], ['Samir Dilou', 'PER'], ['Tunisia', 'LOC']], '2019-07-08')['Samir Dilou']).toBe('TUNLEG');
  });

  it('reads no role in a body before a comma', () => {
    // Constructed: a clause that ends with a body's name before "NAME said" gives the person no role.
    expect(codes('The paper would be guaranteed by the Australian government, Graham Hand said.', [['Graham Hand', 'PER'], ['Australian', 'MISC']], '1987-03-20')['Graham Hand']).toBeNull();
  });
});
