import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc, layer } from '../../document/document.js';
import { compose } from '../../pipeline.js';
import { segmentStage } from '../segment/index.js';
import { loadNerModel } from '../../models/ner/model.js';
import { SEED } from '../../../test/shared.js';
import { conllWords, createEntityStage, peopleByRole, relativesOfPeople, surnameOfOrganisation, surnamesOfPeople } from './index.js';

const model = loadNerModel();
const run = compose([segmentStage, createEntityStage(model)]);

function entitiesOf(text: string) {
  return layer(run(createDoc(text, { source: { format: 'text' }, headlineInText: true })), 'entities');
}

describe('entity stage', () => {
  const text = readFileSync(SEED, 'utf8');
  const ents = entitiesOf(text);
  const typesOf = (name: string) => new Set(ents.filter((e) => e.text === name).map((e) => e.type));

  it('finds the people of the seed article', () => {
    for (const p of ['Vladimir Putin', 'Hassan Rouhani', 'Putin', 'Rouhani']) expect(typesOf(p), p).toContain('PER');
  });

  it('keeps a name that goes on with a particle whole, whatever the model labels its second part', () => {
    // Constructed, in the form of SANA copy: the model labels "al-Assad" here as a place.
    const es = entitiesOf("Damascus, SANA – President Bashar al-Assad received on Monday Iraqi Foreign Minister Fuad Hussein and the accompanying delegation.\n\nTalks during the meeting dealt with bilateral relations and the situation in the region, with President al-Assad affirming that the cooperation between Syria and Iraq serves the interests of both peoples.\n\nFor his part, Hussein conveyed the greetings of the Iraqi Prime Minister to President al-Assad, stressing Iraq's keenness on developing relations with Syria in all fields.\n\nForeign and Expatriates Minister Faisal Mekdad noted, in a statement to journalists, that Syria welcomes any initiative that respects its sovereignty.\n\nHala Zein / Mazen Eyon\n");
    expect(es.filter((e) => e.text.includes('Bashar')).map((e) => `${e.type}:${e.text}`)).toEqual(['PER:Bashar al-Assad']);
    // Constructed, in the form of agency copy: the model leaves "bin" out, between two persons.
    const es2 = entitiesOf('RIYADH, March 10 (Reuters) - Saudi Foreign Minister Prince Faisal bin Farhan Al Saud said in a post on X that the agreement reflected the kingdom\'s preference for dialogue.');
    expect(es2.filter((e) => e.type === 'PER').map((e) => e.text)).toEqual(['Prince Faisal bin Farhan Al Saud']);
  });

  it('reads an organisation the model made of a surname named before and its firm as the person and the firm', () => {
    // Constructed, in the form of market copy ("… commented Develle of Paribas"): the model's reading given as entities.
    const text = 'Jean Moreau, an economist at Credit Lyonnais, was cautious. "Prices will hold," said Moreau of Credit Lyonnais. Bank of England officials agreed.';
    const span = (s: string, type: 'PER' | 'ORG') => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, type, via: 'model' });
    const out = surnameOfOrganisation([span('Jean Moreau', 'PER'), span('Credit Lyonnais', 'ORG'), span('Moreau of Credit Lyonnais', 'ORG'), span('Bank of England', 'ORG')]);
    expect(out.map((e) => `${e.type}:${e.text}:${text.slice(e.start, e.end)}`)).toEqual([
      'PER:Jean Moreau:Jean Moreau', 'ORG:Credit Lyonnais:Credit Lyonnais', 'PER:Moreau:Moreau', 'ORG:Credit Lyonnais:Credit Lyonnais', 'ORG:Bank of England:Bank of England']);
  });

  it('reads a bare surname the model took for an organisation as the person named in full before, but not a firm or a modifier', () => {
    // Constructed, in the form of a magazine profile (the model reads "Ford" as the carmaker) and of wire copy.
    const text = 'John M. Ford wrote sonnets. Although Ford had outlined the book, he struggled. Conrad Hilton left a will. Hilton attorneys said the Reagan Administration agreed. '
      + 'Dudley Taft said Taft Broadcasting Co would sell, and Taft rose. The Administration said no.';
    const doc = segmentStage.run(createDoc(text, { source: { format: 'text' }, headlineInText: false }), {});
    const at = (s: string, from = 0) => text.indexOf(s, from);
    const span = (s: string, type: 'PER' | 'ORG' | 'MISC', from = 0) => ({ start: at(s, from), end: at(s, from) + s.length, text: s, type, via: 'model' });
    const out = surnamesOfPeople([span('John M. Ford', 'PER'), span('Ford', 'ORG', 30), span('Conrad Hilton', 'PER'), span('Hilton', 'ORG', at('Hilton attorneys')),
      span('Reagan Administration', 'PER'), span('Dudley Taft', 'PER'), span('Taft Broadcasting Co', 'ORG'), span('Taft', 'ORG', at('and Taft')),
      span('Administration', 'ORG', at('The Administration'))].sort((a, b) => a.start - b.start), layer(doc, 'tokens'));
    expect(out.filter((e) => e.text === 'Ford' || e.text === 'Hilton' || e.text === 'Taft' || e.text === 'Administration').map((e) => `${e.text}:${e.type}`))
      .toEqual(['Ford:PER', 'Hilton:ORG', 'Taft:ORG', 'Administration:ORG']);
  });

  it('reads a title abbreviation before a name the model took for an organisation as a person, but not a firm so named', () => {
    // Wikinews, 2019-09-27, "New South Wales decriminalises abortion" (CC BY 2.5): the model reads "MP Penny Sharpe" as an organisation.
    const es = entitiesOf('MP Penny Sharpe, who co-sponsored the bill, said, "The current law has meant women and doctors have a threat of 10 years in jail for making this decision and that\'s not okay". Early opponent MP Tanya Davies said, "We have moved the bill to a better place".');
    expect(es.filter((e) => /Sharpe|Davies/.test(e.text)).map((e) => `${e.type}:${e.text}`)).toEqual(['PER:Penny Sharpe', 'PER:Tanya Davies']);
  });

  it('reads a name the model took for a person\'s but that ends with a firm\'s word as an organisation', () => {
    // Constructed, in the form of a 1987 wire story: the model reads "Marcus Corp" as a person.
    const es = entitiesOf('MILWAUKEE, March 3 - Marcus Corp said its board declared a two-for-one stock split.');
    expect(es.filter((e) => e.text === 'Marcus Corp').map((e) => e.type)).toEqual(['ORG']);
  });

  it('reads a given name and the surname of a person named in full, which the model took for a place, as a relative, not a place so named', () => {
    // Wikinews, 2020-11-02, "On the campaign trail in the USA, October 2020" (CC BY 2.5), shortened: the model reads
    // "Hunter Biden" as a place; the other places constructed.
    const text = 'Joe Biden knew about his son\'s deals, said Hunter Biden\'s partner. Troops left Fort Biden and Lake Biden, near Hunter Park, and Marcus Biden.';
    const span = (s: string, type: 'PER' | 'LOC') => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, type, via: 'model' });
    const given = (w: string) => ['joe', 'hunter', 'marcus'].includes(w.toLowerCase());
    const ents = [span('Joe Biden', 'PER'), span('Hunter Biden', 'LOC'), span('Fort Biden', 'LOC'), span('Lake Biden', 'LOC'), span('Hunter Park', 'LOC')];
    expect(relativesOfPeople(ents, given).map((e) => `${e.type}:${e.text}`)).toEqual(['PER:Joe Biden', 'PER:Hunter Biden', 'LOC:Fort Biden', 'LOC:Lake Biden', 'LOC:Hunter Park']);
    // No person named in full, or one whose first word is no given name: nothing changes.
    expect(relativesOfPeople(ents.slice(1), given)).toEqual(ents.slice(1));
    expect(relativesOfPeople([{ ...ents[0]!, text: 'Mr Biden' }, ...ents.slice(1)], (w) => w === 'Hunter').map((e) => e.type)).toEqual(['PER', 'LOC', 'LOC', 'LOC', 'LOC']);
  });

  it('reads a given name and a surname after a word for a calling, which the model took for something else, as a person, and the bare surname after', () => {
    // Wikinews, 2020-08-31, "On the campaign trail in the USA, July 2020" (CC BY 2.5), shortened: the model reads "Kanye
    // West" as a place (in the whole article as a name of another kind, and "West" too, so "He" was read as Joe Biden).
    const text = 'That same day, rapper Kanye West made a surprise announcement on Twitter that he, himself, was running for president.';
    const withGiven = compose([segmentStage, createEntityStage(model, { givenName: (w) => ['joe', 'kanye'].includes(w.toLowerCase()) })]);
    const es = layer(withGiven(createDoc(text, { source: { format: 'text' }, headlineInText: false })), 'entities');
    expect(es.filter((e) => /West/.test(e.text)).map((e) => `${e.type}:${e.text}`)).toEqual(['PER:Kanye West']);
    // … and a bare surname the model read as a name of another kind after it is the person's.
    const t1 = 'rapper Kanye West spoke. West outlined his campaign.';
    const s1 = (s: string, from: number, type: 'MISC') => ({ start: t1.indexOf(s, from), end: t1.indexOf(s, from) + s.length, text: s, type, via: 'model' });
    const d1 = segmentStage.run(createDoc(t1, { source: { format: 'text' }, headlineInText: false }), {});
    const byRole = peopleByRole([s1('Kanye West', 0, 'MISC'), s1('West', 20, 'MISC')], t1, (w) => w === 'Kanye');
    expect(surnamesOfPeople(byRole, layer(d1, 'tokens')).map((e) => `${e.type}:${e.text}`)).toEqual(['PER:Kanye West', 'PER:West']);
    // Constructed: a firm's name or a place's after such a word stays what it is, and so does a name after no such word.
    const t2 = 'The investor Salomon Holdings Inc and the senator Santa Barbara met the album Kanye West.';
    const span = (s: string, type: 'ORG' | 'LOC' | 'MISC') => ({ start: t2.indexOf(s), end: t2.indexOf(s) + s.length, text: s, type, via: 'model' });
    const given = (w: string) => ['salomon', 'kanye', 'santa'].includes(w.toLowerCase());
    const ents = [span('Salomon Holdings Inc', 'ORG'), span('Santa Barbara', 'LOC'), span('Kanye West', 'MISC')];
    expect(peopleByRole(ents, t2, given)).toBe(ents);
  });

  it('finds its places', () => {
    for (const p of ['Russia', 'Iran', 'Syria', 'Turkey', 'Moscow']) expect(typesOf(p), p).toContain('LOC');
  });

  it('finds its organisations, hyphenated names whole', () => {
    for (const p of ['ISIS', 'Jabhat al-Nusra', 'United Nations']) expect(typesOf(p), p).toContain('ORG');
  });

  it('gives spans that lie over the text', () => {
    expect(ents.length).toBeGreaterThan(20);
    for (const e of ents) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.via).toBe('model');
    }
  });

  it('tags a Wikinews sentence', () => {
    const s = 'President Vladimir Putin was briefed, and flew to Magnitogorsk on Monday.';
    const got = entitiesOf(s).map((e) => `${e.type}:${e.text}`);
    expect(got).toContain('PER:Vladimir Putin');
    expect(got).toContain('LOC:Magnitogorsk');
  });

  it('reads a news agency told something as the agency, not one name with the clause that follows it', () => {
    // Constructed, in the form of wire copy that leaves out "that" after "told Reuters".
    const es = entitiesOf('The trade minister told Reuters Taiwan would further reduce import tariffs this year. Officials told Reuters Brazil was not planning to change its position, and a Reuter survey of economists found the same.');
    expect(es.map((e) => `${e.type}:${e.text}`)).toEqual(['ORG:Reuters', 'LOC:Taiwan', 'ORG:Reuters', 'LOC:Brazil', 'ORG:Reuter']);
    // The agency's own name goes on ("Reuters Holdings").
    expect(entitiesOf('Shareholders told Reuters Holdings Plc to raise its dividend.').map((e) => e.text)).toContain('Reuters Holdings Plc');
  });
});

describe('entity stage on names run together', () => {
  it('splits a person the model read across a lower-case word, keeping name particles', () => {
    // Wikinews, 2020-10-29, "On the campaign trail in the USA, September 2020" (CC BY 2.5): "Trump nor Biden" had been one person.
    const text = 'Wisconsin governor Tony Evers, a Democrat, said he would have preferred that neither Trump nor Biden had made the stop.';
    const people = entitiesOf(text).filter((e) => e.type === 'PER').map((e) => e.text);
    expect(people).toContain('Trump');
    expect(people).toContain('Biden');
    expect(people).not.toContain('Trump nor Biden');
    expect(entitiesOf('Ludwig van Beethoven and Osama bin Laden were named.').filter((e) => e.type === 'PER').map((e) => e.text)).toEqual(['Ludwig van Beethoven', 'Osama bin Laden']);
  });
});

describe('entity stage on streets', () => {
  it('keeps a street the model cut before its last word whole, so it is no city', () => {
    // A web page's "Dresden Drive is closed …" had placed the story in Dresden, Germany.
    const got = entitiesOf('Dresden Drive is closed between Ellijay Drive and Apple Valley Road, police said.').map((e) => `${e.type}:${e.text}`);
    expect(got).toContain('LOC:Dresden Drive');
    expect(got).not.toContain('LOC:Dresden');
    expect(entitiesOf('Protesters marched in Dresden on Monday.').map((e) => e.text)).toContain('Dresden');
  });
});

describe('conllWords', () => {
  it('joins a hyphenated name but not a hyphenated adjective', () => {
    const text = 'Jabhat al-Nusra Syria-based';
    const toks = [[0, 6], [7, 9], [9, 10], [10, 15], [16, 21], [21, 22], [22, 27]].map(([start, end]) => ({ start: start!, end: end! }));
    expect(conllWords(text, toks).map((w) => w.text)).toEqual(['Jabhat', 'al-Nusra', 'Syria', '-', 'based']);
  });

  it('splits a name glued to a lower-case word, with spans', () => {
    const text = 'United Nations-mediated talks';
    const ws = conllWords(text, [{ start: 0, end: 6 }, { start: 7, end: 23 }, { start: 24, end: 29 }]);
    expect(ws.map((w) => w.text)).toEqual(['United', 'Nations', '-', 'mediated', 'talks']);
    for (const w of ws) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it('keeps the second part of a name written with a hyphen, after another word of the name, as one word', () => {
    // Wikinews, "Police shoot teenage protester as Hong Kong demonstrations continue" (2019-10-02); and constructed: "Moon
    // Jae-in", but "New York-area banks".
    const words = (text: string) => conllWords(text, [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }))).map((w) => w.text);
    expect(words('Police Senior Superintendent Yolanda Yu Hoi-kwan said')).toEqual(['Police', 'Senior', 'Superintendent', 'Yolanda', 'Yu', 'Hoi-kwan', 'said']);
    expect(words('President Moon Jae-in said')).toEqual(['President', 'Moon', 'Jae-in', 'said']);
    expect(words('New York-area banks')).toEqual(['New', 'York', '-', 'area', 'banks']);
    expect(words('the Iran-contra affair')).toEqual(['the', 'Iran', '-', 'contra', 'affair']);
  });
});

describe('entity stage on languages', () => {
  it('reads one word before "language" as a language, not a person or an organisation', () => {
    // From Wikinews, "Iranian International Master Dorsa Derakhshani discusses her chess career with Wikinews" (CC BY 2.5):
    // the model had read "Farsi" as a person, and a "he" after it was resolved to Farsi.
    const text = 'Mehrdad Pahlavanzadeh explained the decision, saying, "These two will be denied entry to all tournaments." ((fa))Farsi language: اولین اقدام ما\n  He further stated, "Our national interest is paramount."';
    const farsi = entitiesOf(text).filter((e) => e.text === 'Farsi');
    expect(farsi.map((e) => e.type)).toEqual(['MISC']);
    // (Not a name before "Language" in capitals: "the Modern Language Association".)
    expect(entitiesOf('The Modern Language Association said so.').map((e) => e.text)).not.toContain('Modern');
  });
});
