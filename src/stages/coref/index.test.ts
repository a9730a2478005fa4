import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { layer, type Doc } from '../../document/document.js';
import type { EntityType } from '../../document/layers.js';
import { loadActorKnowledge, type ActorKnowledge } from '../../knowledge/actors/load.js';
import { compose } from '../../pipeline.js';
import { createActorStage } from '../actors/index.js';
import { segmentStage } from '../segment/index.js';
import { antecedentOf, createCorefStage } from './index.js';
import { SHARED } from '../../../test/shared.js';
import { docWithEntities } from '../../../test/entities.js';

const docWith = (text: string, spec: [string, EntityType][]): Doc => docWithEntities(text, spec);

function seed(): Doc {
  return docWith(readFileSync(`${SHARED}/seed/sana-putin-rouhani.txt`, 'utf8'), [
    ['Vladimir Putin', 'PER'], ['Hassan Rouhani', 'PER'], ['Putin', 'PER'], ['Rouhani', 'PER'],
    ['Russia', 'LOC'], ['Iran', 'LOC'], ['Syria', 'LOC'], ['Turkey', 'LOC'], ['Moscow', 'LOC'], ['Astana', 'LOC'],
    ['Geneva', 'LOC'], ['ISIS', 'ORG'], ['Jabhat al-Nusra', 'ORG'], ['United Nations', 'ORG'], ['SANA', 'ORG'],
    ['Russian', 'MISC'], ['Iranian', 'MISC'], ['Syrian', 'MISC'],
  ]);
}

let kb: ActorKnowledge;
let run: (d: Doc, published?: string) => Doc;
beforeAll(() => {
  kb = loadActorKnowledge();
  const pipe = compose([segmentStage, { name: 'ner (test stand-in)', requires: [], produces: ['entities'], run: (d: Doc) => d }, createActorStage(kb), createCorefStage(kb)]);
  run = (d, published = '2017-03-29') => pipe(d, { published });
});

const at = (d: Doc, text: string, nth = 0) => {
  const i = d.text.split(text, nth + 1).slice(0, nth + 1).join(text).length;
  return layer(d, 'entities').find((e) => e.start === i && e.end === i + text.length);
};

describe('coreference on the seed article', () => {
  it('chains the mentions of Putin, including "the Russian president" and "He"', () => {
    const d = run(seed());
    const full = at(d, 'Vladimir Putin')!;
    expect(full.chain).toBeDefined();
    const chain = layer(d, 'entities').filter((e) => e.chain === full.chain).map((e) => e.text);
    expect(chain).toEqual(expect.arrayContaining(['Putin', 'Vladimir Putin', 'Russian president', 'He']));
    expect(chain).not.toContain('Rouhani');
    expect(at(d, 'He')).toMatchObject({ via: 'coref', name: 'Vladimir Putin', actor: 'RUSGOV', type: 'PER' });
  });

  it('resolves the cataphoric "his" in "For his part, Rouhani said"', () => {
    const d = run(seed());
    expect(at(d, 'his')).toMatchObject({ via: 'coref', name: 'Hassan Rouhani', actor: 'IRNGOV' });
  });

  it('resolves group mentions: the guarantor countries, the two sides, their', () => {
    const d = run(seed());
    expect(at(d, 'guarantor countries')?.members).toEqual(['RUS', 'IRN', 'TUR']);
    expect([...(at(d, 'the two sides')?.members ?? [])].sort()).toEqual(['IRN', 'RUS']);
    // "Iran will continue cooperation with the other guarantor countries": Russia and Turkey.
    expect(at(d, 'the other guarantor countries')?.members).toEqual(['RUS', 'TUR']);
    // "Presidents Putin and Rouhani also issued a joint statement after their talks".
    const their = layer(d, 'entities').filter((e) => e.text === 'their' && e.via === 'coref');
    expect(their.some((e) => e.members?.join() === 'RUSGOV,IRNGOV')).toBe(true);
  });

  it('reads "the neighbours" with no number as people next door, "the two neighbours" as countries', () => {
    // Wikinews, 2020-10-18, "Living with HIV during COVID-19: Wikinews talks to HIV-positive sex workers about how pandemic has effected their lives",
    // CC BY 2.5 (shortened); the first two sentences constructed.
    const text = 'India and China clashed on the border. The two neighbours agreed to talk. '
      + 'Morning I went to his sisters house again, the family was back. Maybe the neighbours told them I came looking or something.';
    const d = run(docWith(text, [['India', 'LOC'], ['China', 'LOC']]), '2020-10-18');
    const groups = layer(d, 'entities').filter((e) => /neighbours/.test(e.text)).map((e) => `${e.text}:${[...(e.members ?? [])].sort().join('+')}`);
    expect(groups).toEqual(['The two neighbours:CHN+IND']);
  });

  it('answers antecedentOf for pronouns and nominal mentions', () => {
    const d = run(seed());
    const he = at(d, 'He')!;
    expect(antecedentOf(d, he)?.text).toBe('Vladimir Putin');
    expect(antecedentOf(d, at(d, 'Russian president')!)?.text).toBe('Vladimir Putin');
    const i = d.text.indexOf('necessity');
    expect(antecedentOf(d, { start: i, end: i + 9 })).toBeNull();
  });
});

describe('coreference on short texts', () => {
  it('links a surname to an earlier full name it does not know', () => {
    const d = run(docWith('Maria Alvarenga, a local mayor, met Jon Keller. Alvarenga said she was pleased.', [['Maria Alvarenga', 'PER'], ['Jon Keller', 'PER'], ['Alvarenga', 'PER']]));
    const ents = layer(d, 'entities');
    const full = ents.find((e) => e.text === 'Maria Alvarenga')!;
    expect(ents.find((e) => e.text === 'Alvarenga')?.chain).toBe(full.chain);
    expect(ents.find((e) => e.text === 'she')).toMatchObject({ chain: full.chain, via: 'coref' });
  });

  it('agrees pronouns with given names', () => {
    const d = run(docWith('Emmanuel Macron met Angela Merkel in Paris. She said the talks went well.', [
      ['Emmanuel Macron', 'PER'], ['Angela Merkel', 'PER'], ['Paris', 'LOC'],
    ]), '2019-01-01');
    expect(layer(d, 'entities').find((e) => e.text === 'She')).toMatchObject({ name: 'Angela Merkel', actor: 'DEUGOV' });
  });

  it('gives a person the gender of their whole chain, read from a given name, not from a surname', () => {
    // "Nida" alone reads as a woman's name, "Harper" too; "Eugene Nida" and "Tom Harper" are men.
    const d = run(docWith('Eugene Nida met Gloria Lopez. Nida praised the plan. She said it would work.', [
      ['Eugene Nida', 'PER'], ['Gloria Lopez', 'PER'], ['Nida', 'PER'],
    ]), '1990-01-01');
    expect(layer(d, 'entities').find((e) => e.text === 'She')).toMatchObject({ name: 'Gloria Lopez' });
    const h = run(docWith('Tom Harper met Lucy Gray. She said the film was done.', [['Tom Harper', 'PER'], ['Lucy Gray', 'PER']]), '2019-01-01');
    expect(layer(h, 'entities').find((e) => e.text === 'She')).toMatchObject({ name: 'Lucy Gray' });
  });

  it('reads a person\'s gender from a word before the name or its honorific over what the given name usually marks', () => {
    // Constructed: "Dylan" usually marks a man; "his daughter Dylan" is a woman.
    const d = run(docWith('Mark Reed spoke about his daughter Dylan Reed. He said the family was close.', [['Mark Reed', 'PER'], ['Dylan Reed', 'PER']]), '2020-01-01');
    expect(layer(d, 'entities').find((e) => e.text === 'He')).toMatchObject({ name: 'Mark Reed' });
    const m = run(docWith('Paul Stone met Mrs Dylan Hart. She said the plan would work.', [['Paul Stone', 'PER'], ['Mrs Dylan Hart', 'PER']]), '2020-01-01');
    expect(layer(m, 'entities').find((e) => e.text === 'She')).toMatchObject({ name: 'Mrs Dylan Hart' });
  });

  it('takes the pronoun that opens the sentence before as its person, before a name later in that sentence', () => {
    // Wikinews, 2019-05-31 (Anime North 2019): Vizmedia, read as a person, was "she".
    const text = 'Another voice actor, Lauren Landa, would list Sailor Neptune as a dream role. She was given a chance to audition for the character years later, when Vizmedia dubbed the first two seasons of Sailor Moon. When she was cast, she told an audience she was speechless.';
    const d = run(docWith(text, [['Lauren Landa', 'PER'], ['Vizmedia', 'PER']]), '2019-05-29');
    const shes = layer(d, 'entities').filter((e) => e.via === 'coref' && e.text.toLowerCase() === 'she');
    expect(shes.map((e) => e.name)).toEqual(['Lauren Landa', 'Lauren Landa', 'Lauren Landa', 'Lauren Landa']);
  });

  it('takes the subject of the sentence before, not a person in a phrase fronted before it ("Unlike Biden, Trump …")', () => {
    // Wikinews, 2020-09-30 ("On the campaign trail in the USA, August 2020"), CC BY 2.5, shortened; the second text constructed.
    const text = 'Unlike Biden, Trump seemingly received a slight bump from his convention. At the end of August, he erased some of Biden\'s lead.';
    const d = run(docWith(text, [['Biden', 'PER'], ['Trump', 'PER']]), '2020-09-01');
    expect(layer(d, 'entities').find((e) => e.via === 'coref' && e.text === 'he')?.name).toBe('Donald Trump');
    const text2 = 'According to Putin, Lavrov will travel to Ankara on Monday, where he will meet his counterpart.';
    const d2 = run(docWith(text2, [['Putin', 'PER'], ['Lavrov', 'PER'], ['Ankara', 'LOC']]), '2020-09-01');
    expect(layer(d2, 'entities').find((e) => e.via === 'coref' && e.text === 'he')?.name).toBe('Sergei Lavrov');
  });

  it('takes the person a possessor\'s phrase names as the subject, not the possessor ("X\'s partner Y held … He claimed")', () => {
    // Wikinews, 2020-11-02, "On the campaign trail in the USA, October 2020" (CC BY 2.5), shortened.
    const text = 'Just before the final presidential debate, Hunter Biden\'s former business partner Tony Bobulinski held a press conference. He claimed to have evidence supporting the claim.';
    const d = run(docWith(text, [['Hunter Biden', 'PER'], ['Tony Bobulinski', 'PER']]), '2020-11-02');
    expect(layer(d, 'entities').find((e) => e.via === 'coref' && e.text === 'He')?.name).toBe('Tony Bobulinski');
    // Constructed, in the form of wire copy: in the same sentence too; and a possessor alone is still the one meant.
    const same = run(docWith('Lyng\'s special assistant, Floyd Gabler, said the remark was an opinion, as he put it.', [['Lyng', 'PER'], ['Floyd Gabler', 'PER']]), '1987-03-25');
    expect(layer(same, 'entities').find((e) => e.via === 'coref' && e.text === 'he')?.name).toBe('Floyd Gabler');
    const alone = run(docWith('Lyng\'s remark was quickly disavowed. He said it was an opinion.', [['Lyng', 'PER']]), '1987-03-25');
    expect(layer(alone, 'entities').find((e) => e.via === 'coref' && e.text === 'He')?.name).toMatch(/Lyng$/);
  });

  it('takes a person named before for "he" after a fronted phrase whose only person is someone else ("In a statement on Twitter, he")', () => {
    // Wikinews, 2020-03-20, "Arizona, Florida, Illinois hold 2020 US presidential primaries; Ohio postpones", CC BY 2.5
    // (shortened; the recogniser read "Twitter" as a person).
    const text = 'Ohio was planning to hold its primary election on Tuesday, but Governor Mike DeWine postponed it, citing the health crisis. '
      + 'In a two-part statement on Twitter, he wrote, "During this time when we face an unprecedented public health crisis, to conduct an election tomorrow would force poll workers to place themselves at risk."';
    const d = run(docWith(text, [['Ohio', 'LOC'], ['Mike DeWine', 'PER'], ['Twitter', 'PER']]), '2020-03-20');
    expect(layer(d, 'entities').find((e) => e.via === 'coref' && e.text === 'he')?.name).toBe('Mike DeWine');
    // Constructed: with no one named before, the fronted phrase's person; and a possessive reads it at once ("Before
    // Qaboos's burial, his successor", Wikinews, 2020-01-12, "Sultan Qaboos of Oman dies").
    const alone = run(docWith('Unlike Biden, he received a bump.', [['Biden', 'PER']]), '2020-09-01');
    expect(layer(alone, 'entities').find((e) => e.via === 'coref' && e.text === 'he')?.name).toBe('Joe Biden');
    const oman = run(docWith('Tributes were paid by Boris Johnson. Before Qaboos\'s burial at a family cemetery, his successor was sworn in.', [['Boris Johnson', 'PER'], ['Qaboos', 'PER']]), '2020-01-12');
    expect(layer(oman, 'entities').find((e) => e.via === 'coref' && e.text === 'his')?.name).toBe('Qaboos');
  });

  it('takes no name that modifies a body ("a Reagan administration official"), nor a mention of many, for "he"', () => {
    // Constructed, in the form of a wire story of 1987.
    const text = 'Japanese officials said the talks went well. A Reagan administration official said the agreement was the main reason markets were calm. But he said in an interview that more was needed.';
    const d = run(docWith(text, [['Reagan', 'PER'], ['Japanese', 'MISC']]), '1987-03-03');
    expect(layer(d, 'entities').find((e) => e.via === 'coref' && e.text === 'he')?.name).toBeUndefined();
    // (Nor a person named further back: "he" is the official, whom no name here stands for.)
    const text2 = 'Senator Robert Dole spoke on Monday. A Reagan administration official said the agreement held. But he said more was needed.';
    const d2 = run(docWith(text2, [['Robert Dole', 'PER'], ['Reagan', 'PER']]), '1987-03-03');
    expect(layer(d2, 'entities').find((e) => e.via === 'coref' && e.text === 'he')?.name).toBeUndefined();
    // (Where the name itself is the subject, it is: "Reagan said …. But he said".)
    const text3 = 'Reagan said the agreement held. But he said more was needed.';
    expect(layer(run(docWith(text3, [['Reagan', 'PER']]), '1987-03-03'), 'entities').find((e) => e.via === 'coref' && e.text === 'he')?.name).toBe('Ronald Reagan');
  });

  it('does not take a pronoun inside its sentence, or one read forward, as the person of the next', () => {
    // Constructed: the spokesman, not the president, added it.
    const d = run(docWith('President John Berg signed the bill. After his long speech to the assembled party delegates, spokesman Tom Reed told reporters the talks went well. But he added that more work was needed.', [
      ['John Berg', 'PER'], ['Tom Reed', 'PER'],
    ]), '2019-03-20');
    expect(layer(d, 'entities').find((e) => e.text === 'he')).toMatchObject({ name: 'Tom Reed' });
    // Wikinews, 2020-10-08 (Eddie Van Halen dies).
    const v = run(docWith('Eddie Van Halen, lead guitarist of US rock band Van Halen, died Tuesday. His death was confirmed by his son, Wolfgang Van Halen.', [
      ['Eddie Van Halen', 'PER'], ['Wolfgang Van Halen', 'PER'],
    ]), '2020-10-06');
    expect(layer(v, 'entities').filter((e) => e.text === 'his').map((e) => e.name)).toEqual(['Eddie Van Halen']);
  });

  it('links a name of one word to the earlier full name it opens, where the family name comes first', () => {
    // Constructed, in the form of agency copy.
    const d = run(docWith('Chinese Foreign Ministry spokesperson Mao Ning said China opposed the visit. Mao told a regular press briefing that talks would go on.', [
      ['Mao Ning', 'PER'], ['Mao', 'PER'],
    ]), '2024-11-28');
    const ents = layer(d, 'entities');
    const full = ents.find((e) => e.text === 'Mao Ning')!;
    const short = ents.find((e) => e.text === 'Mao')!;
    expect(short.chain).toBe(full.chain);
    expect(short.name).toBe('Mao Ning');
    // A surname still goes with the full name it ends ("Putin" is Vladimir Putin's).
    const p = run(docWith('Vladimir Putin met Recep Tayyip Erdogan. Putin said the talks went well.', [['Vladimir Putin', 'PER'], ['Recep Tayyip Erdogan', 'PER'], ['Putin', 'PER']]));
    expect(layer(p, 'entities').find((e) => e.text === 'Putin')!.name).toBe('Vladimir Putin');
  });

  it('reads only pronouns as pronouns, not words that name built-in object properties', () => {
    // "constructor" once resolved to a person: the pronoun table was looked up as a plain object.
    const d = run(docWith('Ahmed Kamal, a constructor, met the mayor. He said the bridge would open.', [['Ahmed Kamal', 'PER']]));
    const coref = layer(d, 'entities').filter((e) => e.via === 'coref').map((e) => e.text);
    expect(coref).toEqual(['He']);
  });

  it('gives "the two leaders" the two most mentioned people', () => {
    const d = run(docWith('Joe Biden met Xi Jinping in Bali. Biden raised Taiwan. Xi warned Biden. The two leaders agreed to talk again.', [
      ['Joe Biden', 'PER'], ['Xi Jinping', 'PER'], ['Biden', 'PER'], ['Xi', 'PER'], ['Bali', 'LOC'], ['Taiwan', 'LOC'],
    ]), '2022-11-14');
    const two = layer(d, 'entities').find((e) => e.text === 'The two leaders');
    expect([...(two?.members ?? [])].sort()).toEqual(['CHNGOV', 'USAGOV']);
  });

  // Constructed, in the form of agency copy: the foreign ministers are mentioned most, the presidents last.
  const ministers = 'Turkish Foreign Minister Hakan Fidan met Hungarian Foreign Minister Peter Szijjarto. Fidan praised Szijjarto, and Szijjarto thanked Fidan. ';
  it.each([
    ['just named together, before the most mentioned', 'Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan discussed the grain deal by phone. The two leaders agreed to stay in contact.'],
    ['named right after it, in apposition', 'The two leaders, Vladimir Putin and Recep Tayyip Erdogan, discussed the grain deal by phone.'],
  ])('gives "the two leaders" the two people %s', (_, last) => {
    const d = run(docWith(ministers + last, [
      ['Hakan Fidan', 'PER'], ['Peter Szijjarto', 'PER'], ['Fidan', 'PER'], ['Szijjarto', 'PER'], ['Vladimir Putin', 'PER'], ['Recep Tayyip Erdogan', 'PER'],
    ]), '2024-03-03');
    const two = layer(d, 'entities').find((e) => e.text === 'The two leaders');
    expect([...(two?.memberNames ?? [])].sort()).toEqual(['Recep Tayyip Erdogan', 'Vladimir Putin']);
  });

  it('makes no group of the people mentioned most where the text lists the members after a colon', () => {
    // Wikinews, "US Speaker Pelosi announces Trump impeachment investigation" (2019-09-25), CC BY 2.5: "two presidents"
    // had been Donald Trump and Nancy Pelosi; the two it names, Andrew Johnson and Bill Clinton, are not both coded.
    const text = 'Yesterday afternoon, Nancy Pelosi, the Speaker of the House of Representatives, announced that she would be launching an impeachment inquiry into the conduct of United States President Donald Trump. Pelosi had previously opposed impeachment proceedings.\n\nIn the history of the United States, only two presidents have been impeached: Andrew Johnson and Bill Clinton. Johnson was impeached over perceived violations of the Tenure of Office Act of 1867.';
    const d = run(docWith(text, [
      ['Nancy Pelosi', 'PER'], ['House of Representatives', 'ORG'], ['United States', 'LOC'], ['Donald Trump', 'PER'], ['Pelosi', 'PER'],
      ['Andrew Johnson', 'PER'], ['Bill Clinton', 'PER'], ['Johnson', 'PER'],
    ]), '2019-09-25');
    expect(layer(d, 'entities').find((e) => e.text === 'two presidents')).toBeUndefined();
  });

  it('reads "he" after a phrase fronted before it as the subject a later "He" stands for', () => {
    // Constructed, in the form of a magazine profile: "He" had been Gaiman, the one "he" emailed.
    const d = run(docWith('Mike Ford wrote sonnets. On July 27, he emailed Gaiman about the book. He wrote more.', [['Mike Ford', 'PER'], ['Gaiman', 'PER']]), '2020-01-01');
    expect(layer(d, 'entities').filter((e) => e.via === 'coref').map((e) => `${e.text}:${e.name}`)).toEqual(['he:Mike Ford', 'He:Mike Ford']);
  });

  it('keeps a pair without actor codes a group by name only, so no name passes for a code', () => {
    // Reuters shape: "Maxtor Corp and U.S. Design Corp ... They said" had given events the actors "Maxtor Corp" and "U.S. Design Corp".
    const d = run(docWith('Maxtor Corp and U.S. Design Corp agreed to merge. They said the deal would close in May.', [['Maxtor Corp', 'ORG'], ['U.S. Design Corp', 'ORG']]), '1987-03-20');
    const they = layer(d, 'entities').find((e) => e.text === 'They');
    expect(they).toMatchObject({ name: 'Maxtor Corp and U.S. Design Corp', members: [], memberNames: [] });
    const coded = run(docWith('Russia and Iran signed a deal. They said it would last.', [['Russia', 'LOC'], ['Iran', 'LOC']]));
    expect(layer(coded, 'entities').find((e) => e.text === 'They')).toMatchObject({ members: ['RUS', 'IRN'], memberNames: ['Russia', 'Iran'] });
  });

  it('takes no apposition (two names of one person) for a group', () => {
    // Wikinews, 2020-01-11, "Cairo summit denounces Turkish-Libyan maritime border agreement" (CC BY 2.5): "They" had been
    // "Luigi Di Maio and Luigi Di Maio", the foreign minister and his name.
    const text = 'Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in Cairo on Wednesday to discuss Libya–Turkey relations. The Italian foreign minister, Luigi Di Maio, joined the talks as an observer.\n\n\nThey concluded that the agreement is "null and void".';
    const d = run(docWith(text, [['Sameh Shoukry', 'PER'], ['Nikos Dendias', 'PER'], ['Nikos Christodoulides', 'PER'], ['Jean-Yves Le Drian', 'PER'], ['Luigi Di Maio', 'PER'],
      ['Cairo', 'LOC'], ['Greek', 'MISC'], ['Cypriot', 'MISC'], ['French', 'MISC'], ['Italian', 'MISC'], ['Egyptian', 'MISC']]), '2020-01-11');
    const they = layer(d, 'entities').find((e) => e.text === 'They');
    expect(they?.name).not.toBe('Luigi Di Maio and Luigi Di Maio');
    expect(they?.memberNames).toEqual(['Nikos Christodoulides', 'Jean-Yves Le Drian']);
  });

  it('gives "both nations" the countries of the people just named together, else of the first sentence, before the most mentioned', () => {
    // Wikinews, 2019-10-15, "Syrian army deploys to Kurdish-held areas as Turkey's offensive continues" (CC BY 2.5), shortened.
    const text = 'Syria and the SDF made a deal after Turkey began its offensive. Syria, Syria and Syria were named often.\n\n\nOn October 6, US President Donald Trump and Turkish President Recep Tayyip Erdoğan spoke on the phone. Then both nations issued statements.';
    const d = run(docWith(text, [['Donald Trump', 'PER'], ['Recep Tayyip Erdoğan', 'PER'], ['Syria', 'LOC'], ['Turkey', 'LOC'], ['SDF', 'ORG'], ['US', 'LOC'], ['Turkish', 'MISC']]), '2019-10-15');
    expect(layer(d, 'entities').find((e) => e.text === 'both nations')?.members).toEqual(['USA', 'TUR']);
    // Constructed: the countries of the first sentence, not the most mentioned since.
    const t2 = 'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday.\n\nFormer US President Donald Trump criticised the meeting. The United States, he said, was weak. Washington should act.\n\nBoth countries said the visit would be the first of many.';
    const d2 = run(docWith(t2, [['Vladimir Putin', 'PER'], ['Xi Jinping', 'PER'], ['Donald Trump', 'PER'], ['Moscow', 'LOC'], ['United States', 'LOC'], ['Washington', 'LOC'], ['US', 'LOC'], ['Russian', 'MISC'], ['Chinese', 'MISC']]), '2023-03-21');
    expect([...(layer(d2, 'entities').find((e) => e.text === 'Both countries')?.members ?? [])].sort()).toEqual(['CHN', 'RUS']);
  });

  it('does not take a name inside quotation marks for a pronoun outside them', () => {
    // The shape that had "He said" pointing at a rocket or a rival the speaker had named in the quote.
    const d = run(docWith('"We will launch it with Ariane next year," Rao said. He said the satellite was ready. "Nobody trusts Marcos," he added.', [
      ['Ariane', 'PER'], ['Rao', 'PER'], ['Marcos', 'PER'],
    ]), '1987-04-01');
    const pron = layer(d, 'entities').filter((e) => e.via === 'coref');
    expect(pron.map((e) => [e.text, e.name])).toEqual([['He', 'Rao'], ['he', 'Rao']]);
    // Inside the same quotation a name is still a fair antecedent.
    const inside = run(docWith('"Marcos took it and he kept it," the chairman said.', [['Marcos', 'PER']]), '1987-04-01');
    expect(layer(inside, 'entities').find((e) => e.text === 'he')).toMatchObject({ name: 'Marcos' });
  });
});
