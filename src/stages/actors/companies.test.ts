import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../document/layers.js';
import { loadActorKnowledge, type ActorKnowledge } from '../../knowledge/actors/load.js';
import { layer } from '../../document/document.js';
import { defaultGazetteer } from '../../knowledge/gazetteer/index.js';
import { docWithEntities } from '../../../test/entities.js';
import { layoutStage } from '../layout/index.js';
import { companyOfficers, datelineCompany, shortNames } from './companies.js';
import { createActorStage } from './index.js';
import { gazetteerPlaceCountry } from './places.js';

let kb: ActorKnowledge;
beforeAll(() => {
  kb = loadActorKnowledge();
});

const org = (text: string, extra: Partial<Entity> = {}): Entity => ({ start: 0, end: text.length, text, type: 'ORG', via: 'model', ...extra });

describe('a company the actor data does not know, by its legal form and the dateline', () => {
  it('is a business of the dateline\'s country where companies take that form', () => {
    // Constructed names, in the form of wire stories of 1987 ("MINNEAPOLIS, March 3 - … Inc said", "TOKYO - … Co Ltd", "STOCKHOLM - … AB").
    expect(datelineCompany(kb, org('Northfield Instruments Inc <NFI>'), 'USA')).toMatchObject({ actor: 'USABUS', name: 'Northfield Instruments Inc' });
    expect(datelineCompany(kb, org('Kansai Shipping Co Ltd'), 'JPN')?.actor).toBe('JPNBUS');
    expect(datelineCompany(kb, org('Norrland Verktyg AB'), 'SWE')?.actor).toBe('SWEBUS');
    expect(datelineCompany(kb, org('Harwell Foods Plc'), 'GBR')?.actor).toBe('GBRBUS');
  });
  it('leaves a company whose form its dateline\'s country does not use, a coded one and no company alone', () => {
    expect(datelineCompany(kb, org('Torino Meccanica SpA'), 'USA')).toBeNull();
    expect(datelineCompany(kb, org('Harwell Foods Plc'), 'JPN')).toBeNull();
    expect(datelineCompany(kb, org('Sandoz AG', { actor: 'MNCCHE' }), 'CHE')).toBeNull();
    expect(datelineCompany(kb, org('Federal Reserve'), 'USA')).toBeNull();
    // Nor a state's corporation, nor a company with another country written after it.
    expect(datelineCompany(kb, org('Federal Deposit Insurance Corp'), 'USA')).toBeNull();
    expect(datelineCompany(kb, org('Dainippon Ink and Chemicals Inc'), 'USA', ' of Japan, which')).toBeNull();
    expect(datelineCompany(kb, { ...org('Northfield Instruments Inc'), type: 'PER' }, 'USA')).toBeNull();
    // Nor a form alone ("LLC", a piece the recogniser cut from a name), nor the Marine Corps.
    expect(datelineCompany(kb, org('LLC'), 'USA')).toBeNull();
    expect(datelineCompany(kb, org('US Marine Corp'), 'USA')).toBeNull();
    expect(datelineCompany(kb, org('Marine Corps'), 'USA')).toBeNull();
    // (A company with "Marine" in its name is a company.)
    expect(datelineCompany(kb, org('Outboard Marine Corp'), 'USA')).toMatchObject({ actor: 'USABUS' });
    // A ticker that lists it on another country's exchange makes it that country's, where the form fits, else no one's.
    expect(datelineCompany(kb, org('Harwell Foods Ltd'), 'JPN', "'s <HWF.N> decision")).toBeNull();
    expect(datelineCompany(kb, org('Kansai Motor Corp <KMC.T>'), 'PHL')?.actor).toBe('JPNBUS');
    expect(datelineCompany(kb, org('Kansai Motor Corp <KMC.T>'), 'JPN')?.actor).toBe('JPNBUS');
  });
});

/** Entities of a text at the offsets of the words given. */
const at = (text: string, spec: readonly [string, Entity['type'], Partial<Entity>?][]): Entity[] => {
  let from = 0;
  return spec.map(([w, type, extra]) => {
    const start = text.indexOf(w, from);
    from = start + w.length;
    return { start, end: start + w.length, text: w, type, via: 'model', ...extra };
  });
};

describe('a company named by its short name after its whole name', () => {
  it('is the company, whatever type the recogniser gave the short name', () => {
    // Constructed, in the form of a 1987 wire story.
    const text = 'Northfield Instruments Inc said it won an order. Northfield said the order was its largest, and Northfield Instruments will hire.';
    const out = shortNames(kb, at(text, [['Northfield Instruments Inc', 'ORG', { actor: 'USABUS', country: 'USA', sector: 'BUS' }], ['Northfield', 'PER'], ['Northfield Instruments', 'ORG']]));
    expect(out.map((e) => [e.type, e.actor, e.name])).toEqual([
      ['ORG', 'USABUS', undefined], ['ORG', 'USABUS', 'Northfield Instruments Inc'], ['ORG', 'USABUS', 'Northfield Instruments Inc']]);
  });
  it('is not a person named in full with that surname, a name the actor data knows, or an uncoded company\'s', () => {
    const text = 'Harwell Foods Inc said Dudley Harwell resigned. Harwell said he would stay on. American Savings Corp said American banks lent more. Kestrel Corp said Kestrel would pay.';
    const out = shortNames(kb, at(text, [['Harwell Foods Inc', 'ORG', { actor: 'USABUS' }], ['Dudley Harwell', 'PER'], ['Harwell', 'PER'], ['American Savings Corp', 'ORG', { actor: 'USABUS' }], ['American', 'ORG'], ['Kestrel Corp', 'ORG'], ['Kestrel', 'ORG']]));
    expect(out.filter((e) => !/Inc|Corp/.test(e.text)).map((e) => e.actor)).toEqual([undefined, undefined, undefined, undefined]);
  });
  it('is the firm, not the person the actor data knows by that name, where the story names no such person in full', () => {
    // Constructed, in the form of a 1987 wire story: "Rainier" alone is Prince Rainier of Monaco in the actor data.
    const text = 'RAINIER BANCORP PLANS NEW BRANCHES. Rainier Bancorp said it would open six branches. Rainier said the offices would cost 12 mln dlrs.';
    const out = shortNames(kb, at(text, [['RAINIER BANCORP', 'ORG'], ['Rainier Bancorp', 'ORG'], ['Rainier', 'PER', { actor: 'MCOGOV', country: 'MCO', sector: 'GOV' }]]));
    expect(out[2]).toMatchObject({ type: 'ORG', name: 'Rainier Bancorp' });
    expect(out[2]!.actor).toBeUndefined();
    // (A coded firm gives its code; a person named in full keeps the name a person's.)
    const coded = shortNames(kb, at(text, [['RAINIER BANCORP', 'ORG'], ['Rainier Bancorp', 'ORG', { actor: 'USABUS', country: 'USA', sector: 'BUS' }], ['Rainier', 'PER', { actor: 'MCOGOV' }]]));
    expect(coded[2]).toMatchObject({ type: 'ORG', actor: 'USABUS' });
    const prince = 'Rainier Bancorp said it met Prince Albert Rainier. Rainier said the bank would open in Monaco.';
    expect(shortNames(kb, at(prince, [['Rainier Bancorp', 'ORG'], ['Albert Rainier', 'PER'], ['Rainier', 'PER', { actor: 'MCOGOV' }]]))[2]!.actor).toBe('MCOGOV');
  });
});

describe('a company\'s officers the actor data does not know', () => {
  it('are the company\'s after its name and their role, or after an officer\'s title in a story about the company', () => {
    // Constructed, in the form of a 1987 wire story.
    const text = 'Northfield Instruments Inc said profits rose. Northfield official Ann Berle said orders grew, and Chairman Robert Keyes said the company would expand.';
    const out = companyOfficers(text, at(text, [['Northfield Instruments Inc', 'ORG', { actor: 'USABUS', country: 'USA', sector: 'BUS' }], ['Northfield', 'ORG', { actor: 'USABUS' }], ['Ann Berle', 'PER'], ['Robert Keyes', 'PER']]));
    expect(out.filter((e) => e.type === 'PER').map((e) => e.actor)).toEqual(['USABUS', 'USABUS']);
    // Also a company's treasurer, board member or economist (constructed, in the form of a 1987 wire story).
    const text2 = 'Harwell Plc corporate treasurer Lance Moore said the bonds sold well. Harwell management board member Eva Lind and Harwell economist Tom Ray agreed.';
    const out2 = companyOfficers(text2, at(text2, [['Harwell Plc', 'ORG', { actor: 'GBRBUS', country: 'GBR', sector: 'BUS' }], ['Lance Moore', 'PER'], ['Harwell', 'ORG', { actor: 'GBRBUS' }], ['Eva Lind', 'PER'], ['Harwell', 'ORG', { actor: 'GBRBUS' }], ['Tom Ray', 'PER']]));
    expect(out2.filter((e) => e.type === 'PER').map((e) => e.actor)).toEqual(['GBRBUS', 'GBRBUS', 'GBRBUS']);
  });
  it('are the company\'s after an officer\'s title where another body is named since in the same sentence', () => {
    // Constructed, in the form of a 1987 wire story.
    const text = 'Harwell Corp will urge the U.S. District Court to approve Justice Department recommendations, chairman Ted Stone said. The Commerce Department said so, and Chairman Ann Roe agreed.';
    const out = companyOfficers(text, at(text, [['Harwell Corp', 'ORG', { actor: 'USABUS' }], ['U.S. District Court', 'ORG', { actor: 'USAJUD' }], ['Justice Department', 'ORG', { actor: 'USAGOV' }], ['Ted Stone', 'PER'],
      ['Commerce Department', 'ORG', { actor: 'USAGOV' }], ['Ann Roe', 'PER']]));
    expect(out.filter((e) => e.type === 'PER').map((e) => e.actor)).toEqual(['USABUS', undefined]);
  });
  it('take in a university\'s or a medium\'s staff named with its name', () => {
    // Wikinews, "Hundreds of Hong Kong district council seats go to pro-democracy candidates" (2019-11-27), and
    // "Bystanders foil knife-weilding man on London Bridge with fire extinguisher, whale tusk" (2019-12-02).
    const text = 'Chinese University political scientist Ma Ngok said the turnout was seen as public support of the protesters. '
      + 'Birmingham City University criminology professor David Wilson told the press.';
    const out = companyOfficers(text, at(text, [['Chinese University', 'ORG', { actor: 'CHNEDU' }], ['Ma Ngok', 'PER'], ['Birmingham City University', 'ORG', { actor: 'GBREDU' }], ['David Wilson', 'PER']]));
    expect(out.filter((e) => e.type === 'PER').map((e) => e.actor)).toEqual(['CHNEDU', 'GBREDU']);
    // (Not one whose words name no staff: "Harvard graduate".)
    const text2 = 'Harvard graduate Ann Roe said so.';
    expect(companyOfficers(text2, at(text2, [['Harvard', 'ORG', { actor: 'USAEDU' }], ['Ann Roe', 'PER']]))[1]!.actor).toBeUndefined();
  });
  it('take in another coded body\'s officers named with its name', () => {
    // Constructed, in the form of a 1987 wire story.
    const text = 'Commerce Department undersecretary Robert Ortner said the yen was undervalued. World Bank Vice-President David Knox agreed. Commerce Department spokesman Tom Lee said so.';
    const out = companyOfficers(text, at(text, [['Commerce Department', 'ORG', { actor: 'USAGOV' }], ['Robert Ortner', 'PER'], ['World Bank', 'ORG', { actor: 'IGOUNODEVWBK' }], ['David Knox', 'PER'],
      ['Commerce Department', 'ORG', { actor: 'USAGOV' }], ['Tom Lee', 'PER']]));
    expect(out.filter((e) => e.type === 'PER').map((e) => e.actor)).toEqual(['USAGOV', 'IGOUNODEVWBK', 'USAGOV']);
  });
  it('are not the officers of another body named before the title, nor of a state body last named', () => {
    const text = 'Northfield Instruments Inc said profits rose. Harbour Exchange (HX) Chief Executive Mary Lund said trading grew. The Federal Reserve said rates held, and Chairman Paul Stone said inflation was low.';
    const out = companyOfficers(text, at(text, [['Northfield Instruments Inc', 'ORG', { actor: 'USABUS' }], ['Harbour Exchange', 'ORG'], ['HX', 'ORG'], ['Mary Lund', 'PER'], ['Federal Reserve', 'ORG', { actor: 'USAGOV' }], ['Paul Stone', 'PER']]));
    expect(out.filter((e) => e.type === 'PER').map((e) => e.actor)).toEqual([undefined, undefined]);
  });
});

describe('a company in a story with no dateline', () => {
  it('is a business of the country the story is about, where companies take its form', () => {
    // Constructed, in the form of a web news story (no dateline).
    const text = 'The United States Air Force picked Harwell Orbital Systems Inc. to build two satellites. The U.S. Space Force will fly them, and the United States will pay 90 million dollars, Harwell Orbital Systems said.';
    const doc = docWithEntities(text, [['United States Air Force', 'ORG'], ['Harwell Orbital Systems Inc.', 'ORG'], ['U.S. Space Force', 'ORG'], ['United States', 'LOC'], ['Harwell Orbital Systems', 'ORG']]);
    const out = layer(createActorStage(kb).run(layoutStage.run(doc, {}), { published: '2020-01-10' }), 'entities');
    expect(out.filter((e) => e.text.startsWith('Harwell')).map((e) => e.actor)).toEqual(['USABUS', 'USABUS']);
  });
});

describe('the dateline of a company\'s story', () => {
  it('is the country of its place with the region written after it, whatever namesake the place has elsewhere', () => {
    // Constructed, in the form of 1987 wire stories datelined in small towns ("MAITLAND, Fla.": Maitland alone is in Australia).
    const stage = createActorStage(kb, { places: gazetteerPlaceCountry(defaultGazetteer()) });
    const run = (text: string, names: [string, Entity['type']][]) =>
      layer(stage.run(layoutStage.run(docWithEntities(text, names, { source: { format: 'text' }, headlineInText: false }), {}), { published: '1987-03-13' }), 'entities')
        .filter((e) => e.type === 'ORG').map((e) => [e.text, e.actor]);
    expect(run('MAITLAND, Fla., March 13 - Orlando Widget Systems Inc said it signed a pact.', [['MAITLAND', 'LOC'], ['Fla.', 'LOC'], ['Orlando Widget Systems Inc', 'ORG']]))
      .toEqual([['Orlando Widget Systems Inc', 'USABUS']]);
    expect(run('HAUPPAUGE, N.Y., March 13 - Long Island Relay Corp said it closed a unit.', [['HAUPPAUGE', 'LOC'], ['N.Y.', 'LOC'], ['Long Island Relay Corp', 'ORG']]))
      .toEqual([['Long Island Relay Corp', 'USABUS']]);
  });
  it('takes a form of few countries that the dateline\'s does not use as the story\'s country\'s, but not "Ltd"', () => {
    // Constructed, in the form of a 1987 wire story datelined in the US about a Swedish buyer. ("Sweden's Hollis Ltd" would be
    // Swedish by its country's "'s": index.test.ts.)
    const stage = createActorStage(kb, { places: gazetteerPlaceCountry(defaultGazetteer()) });
    const text = 'WATCHUNG, N.J., March 3 - Calmar Inc said it agreed to be acquired by Nordvik AB of Sweden for 40 mln dlrs. Sweden\'s Nordvik AB said Swedish banks would fund it, and Sweden will approve it, Hollis Ltd said. Sweden agreed.';
    const names: [string, Entity['type']][] = [['WATCHUNG', 'LOC'], ['N.J.', 'LOC'], ['Calmar Inc', 'ORG'], ['Nordvik AB', 'ORG'], ['Sweden', 'LOC'], ['Swedish', 'MISC'], ['Hollis Ltd', 'ORG']];
    const out = layer(stage.run(layoutStage.run(docWithEntities(text, names, { source: { format: 'text' }, headlineInText: false }), {}), { published: '1987-03-03' }), 'entities');
    expect(out.filter((e) => e.type === 'ORG').map((e) => [e.text, e.actor ?? null])).toEqual([['Calmar Inc', 'USABUS'], ['Nordvik AB', null], ['Nordvik AB', 'SWEBUS'], ['Hollis Ltd', null]]);
  });
  it('does not code a company written with another country after its ticker, but a ticker\'s exchange does', () => {
    expect(datelineCompany(kb, org('Kansai Optics Corp'), 'USA', ' <KOPT> of Japan said')).toBeNull();
    expect(datelineCompany(kb, org('Kansai Optics Corp'), 'USA', ' <KOPT.T> of Japan said')?.actor).toBe('JPNBUS');
    expect(datelineCompany(kb, org('Kansai Optics Corp'), 'USA', ' <KOPT> said')?.actor).toBe('USABUS');
    // An exchange of three letters ("<NSTC.TOK>", "<SWPC.HKG>", "<RD.AMS>").
    expect(datelineCompany(kb, org('Kansai Optics Corp'), 'USA', ' <KOPT.TOK> said')?.actor).toBe('JPNBUS');
    expect(datelineCompany(kb, org('Kansai Optics Ltd'), 'USA', ' <KOPT.HKG> said')?.actor).toBe('HKGBUS');
  });
  it('gives its country through a town the gazetteer knows, when the recogniser\'s place there has none', () => {
    // Constructed, in the form of a 1987 wire story datelined in a town the actor data does not list.
    const text = 'KALAMAZOO, Mich., March 3 - Northfield Instruments Inc said it won an order. Northfield official Ann Berle said the order was its largest.';
    const doc = docWithEntities(text, [['KALAMAZOO', 'LOC'], ['Mich.', 'LOC'], ['Northfield Instruments Inc', 'ORG'], ['Northfield', 'ORG'], ['Ann Berle', 'PER']], { source: { format: 'text' }, headlineInText: false });
    const stage = createActorStage(kb, { places: gazetteerPlaceCountry(defaultGazetteer()) });
    const out = layer(stage.run(layoutStage.run(doc, {}), { published: '1987-03-03' }), 'entities');
    expect(out.filter((e) => e.type !== 'LOC').map((e) => [e.text, e.actor])).toEqual([
      ['Northfield Instruments Inc', 'USABUS'], ['Northfield', 'USABUS'], ['Ann Berle', 'USABUS']]);
  });
});
