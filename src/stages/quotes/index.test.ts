import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDoc, layer, withLayer, type Doc } from '../../document/document.js';
import type { Entity, EntityType, Quote } from '../../document/layers.js';
import { compose } from '../../pipeline.js';
import { segmentStage } from '../segment/index.js';
import { layoutStage } from '../layout/index.js';
import { createQuoteStage, loadQuoteResources, RULE_STEPS, type QuoteResources } from './index.js';
import { STEPS } from './confidence.js';
import { describeStep } from './explain.js';
import { SHARED } from '../../../test/shared.js';
import { docWithEntities } from '../../../test/entities.js';
import { createAnalyzer, type Analyzer } from '../../analyzer.js';

let res: QuoteResources;
beforeAll(() => {
  res = loadQuoteResources();
});

interface Q {
  content: string;
  cue: string | null;
  speaker: string | null;
  name: string | null;
  direct: boolean;
}

function segmented(text: string): Doc {
  return segmentStage.run(createDoc(text, { source: { format: 'text' }, headlineInText: true }), {});
}

function quotesOf(doc: Doc): Q[] {
  const t = doc.text;
  const s = (x: { start: number; end: number } | null) => (x ? t.slice(x.start, x.end) : null);
  return layer(createQuoteStage({ resources: res }).run(doc, {}), 'quotes').map((q: Quote) => ({
    content: s(q.content)!,
    cue: s(q.cue),
    speaker: s(q.speaker),
    name: q.speakerName,
    direct: q.direct,
  }));
}

const run = (text: string) => quotesOf(segmented(text));

/** An entity layer by string search: every occurrence of each listed string. */
function withEntities(doc: Doc, list: [string, EntityType, string?][]): Doc {
  const ents: Entity[] = [];
  for (const [s, type, name] of list) {
    for (let i = doc.text.indexOf(s); i >= 0; i = doc.text.indexOf(s, i + 1)) {
      if (ents.some((e) => e.start <= i && i < e.end)) continue;
      ents.push({ start: i, end: i + s.length, text: s, type, ...(name ? { name } : {}) });
    }
  }
  return withLayer(doc, 'entities', ents.sort((a, b) => a.start - b.start));
}

/** The quote whose content includes the words. */
function find(qs: Q[], words: string): Q {
  const q = qs.find((x) => x.content.includes(words));
  if (!q) throw new Error(`no quote with ${JSON.stringify(words)} in ${JSON.stringify(qs, null, 1)}`);
  return q;
}

describe('the seed article (SANA, Putin and Rouhani)', () => {
  const text = readFileSync(`${SHARED}/seed/sana-putin-rouhani.txt`, 'utf8');
  const expected = JSON.parse(readFileSync(`${SHARED}/seed/sana-putin-rouhani.expected.json`, 'utf8')) as {
    quotes: { speaker: string; direct: boolean; content?: string; contentIncludes?: string }[];
  };
  const check = (qs: Q[]) => {
    for (const e of expected.quotes) {
      const want = e.content ?? e.contentIncludes!;
      const surname = e.speaker.split(' ').pop()!.toLowerCase();
      const q = find(qs, want);
      expect(`${q.name ?? ''} ${q.speaker ?? ''}`.toLowerCase(), want).toContain(surname);
      expect(q.direct, want).toBe(e.direct);
    }
  };
  it('finds the five quotes with Putin and Rouhani as speakers, through the entities layer', () => {
    const doc = withEntities(segmented(text), [
      ['Russian President Vladimir Putin', 'PER', 'Vladimir Putin'],
      ['Iranian President Hassan Rouhani', 'PER', 'Hassan Rouhani'],
      ['the Russian president', 'PER', 'Vladimir Putin'],
      ['Putin', 'PER', 'Vladimir Putin'],
      ['Rouhani', 'PER', 'Hassan Rouhani'],
      ['Russia', 'LOC'], ['Iran', 'LOC'], ['Syria', 'LOC'], ['Turkey', 'LOC'], ['Moscow', 'LOC'],
      ['ISIS', 'ORG'], ['Jabhat al-Nusra', 'ORG'], ['SANA', 'ORG'],
    ]);
    const qs = quotesOf(doc);
    check(qs);
    expect(find(qs, 'we believe it is important').name).toBe('Vladimir Putin');
    expect(find(qs, 'the two sides discussed').name).toBe('Hassan Rouhani');
  });
  it('finds them without an entities layer, by its own title and name heuristics', () => {
    const qs = run(text);
    check(qs);
    expect(find(qs, 'we believe it is important').name).toBe('Vladimir Putin');
    expect(find(qs, 'the participation of Russia and Iran').name).toBe('Vladimir Putin');
    expect(find(qs, 'Iran will continue cooperation').name).toBe('Hassan Rouhani');
  });
  it('names both presidents where the article has them speak together', () => {
    const qs = quotesOf(withEntities(segmented(text), [
      ['Vladimir Putin', 'PER', 'Vladimir Putin'], ['Hassan Rouhani', 'PER', 'Hassan Rouhani'], ['Putin', 'PER', 'Vladimir Putin'], ['Rouhani', 'PER', 'Hassan Rouhani'],
    ]));
    // The headline ("Putin and Rouhani: Russia and Iran are cooperating …"): the tagger's source is
    // "Rouhani" alone, and takes the name it is coordinated with.
    const headline = find(qs, 'Russia and Iran are cooperating in combating terrorism');
    expect(headline.speaker).toBe('Putin and Rouhani');
    expect(headline.name).toBe('Vladimir Putin and Hassan Rouhani');
    expect(find(qs, 'the necessity of pooling efforts').name).toBe('Vladimir Putin and Hassan Rouhani');
  });
  it('keeps the direct quotation apart from the indirect clause that follows it', () => {
    const q = find(run(text), 'we believe it is important');
    expect(q.content).not.toContain('affirming');
    expect(q.cue).toBe('said');
  });
});

describe('typography', () => {
  it('“curly” quotes, speaker after', () => {
    const q = find(run('“We will not allow the ceasefire to collapse,” Lavrov said on Monday.'), 'ceasefire to collapse');
    expect(q).toMatchObject({ speaker: 'Lavrov', cue: 'said', direct: true });
  });
  it('"straight" quotes, inverted speaker', () => {
    const q = find(run('"The border will stay open for aid convoys," said Erdogan, speaking in Ankara.'), 'border will stay open');
    expect(q).toMatchObject({ speaker: 'Erdogan', direct: true });
    expect(q.cue).toBe('said');
  });
  it('‘single’ quotes', () => {
    const q = find(run('‘We are ready to talk to anyone who wants peace,’ the foreign minister told reporters.'), 'ready to talk');
    expect(q.speaker).toBe('the foreign minister');
    expect(q.direct).toBe(true);
  });
  it('«guillemets»', () => {
    const q = find(run('«The sanctions have failed and everyone knows it», Zakharova said at a briefing.'), 'sanctions have failed');
    expect(q).toMatchObject({ speaker: 'Zakharova', direct: true });
  });
  it('„low-high“ quotes', () => {
    const q = find(run('Merkel said: „Europe must take its fate into its own hands.“'), 'Europe must take its fate');
    expect(q).toMatchObject({ speaker: 'Merkel', direct: true });
  });
  it('a quotation over several paragraphs, reopened at each', () => {
    const text = 'The ambassador spoke at length about the talks.\n\n'
      + 'Ambassador Nebenzia said: “The first round went well.\n\n'
      + '“We expect the second round to settle the question of the prisoners.\n\n'
      + '“Nobody should doubt our commitment.”\n\nThe talks resume next week.';
    const qs = run(text);
    const q = find(qs, 'The first round went well');
    expect(q.content).toContain('Nobody should doubt our commitment');
    expect(q.direct).toBe(true);
    expect(`${q.name} ${q.speaker}`).toContain('Nebenzia');
  });
  it('a quotation its own source and cue interrupt: one content, whose parts leave them out', () => {
    // Wikinews, 2019-09-14 ("Astronomers find water vapour in atmosphere of exoplanet K2-18b"), CC BY 2.5.
    const text = '"It\'s a good sign", said Ryan Cloutier of the Harvard–Smithsonian Center for Astrophysics, who was not one of either study\'s authors. '
      + '"Overall," he continued, "the presence of water in its atmosphere certainly improves the prospect of K2-18b being a potentially habitable planet, '
      + 'but further observations will be required to say for sure."';
    const quotes = layer(createQuoteStage({ resources: res }).run(segmented(text), {}), 'quotes');
    const q = quotes.find((x) => text.slice(x.content.start, x.content.end).startsWith('"Overall'))!;
    expect(q.direct).toBe(true);
    expect(text.slice(q.content.start, q.content.end)).toContain('he continued');
    expect(q.parts!.map((p) => text.slice(p.start, p.end))).toEqual([
      '"Overall,"',
      '"the presence of water in its atmosphere certainly improves the prospect of K2-18b being a potentially habitable planet, but further observations will be required to say for sure."',
    ]);
    // A quote in one piece has none.
    expect(quotes.find((x) => text.slice(x.content.start, x.content.end).includes('good sign'))!.parts).toBeUndefined();
  });
});

describe('attribution shapes', () => {
  it('a quoted question that ends its sentence, its speaker and cue opening the next', () => {
    // Constructed: the sentence splitter ends the sentence at '?"'; the tagger gave "said" the participle's clause.
    let qs = run('"Who would have believed that we would have received almost 14 million votes?" Trump said, looking out on the cheering crowd.');
    expect(find(qs, 'Who would have believed')).toMatchObject({ speaker: 'Trump', cue: 'said', direct: true });
    expect(qs.some((q) => q.content.includes('looking out'))).toBe(false);
    // Not a verb with words of its own after it: those are another attribution.
    qs = run('"Why would anyone wait until next year?" He said the plan had been ready for months.');
    expect(qs.some((q) => q.content.includes('Why would anyone') && q.cue === 'said')).toBe(false);
  });
  it('speaker before with a colon', () => {
    const q = find(run('Putin said: "Our cooperation with Iran is developing successfully."'), 'cooperation with Iran');
    expect(q).toMatchObject({ speaker: 'Putin', cue: 'said', direct: true });
  });
  it('a speaker named after the quote whose affiliation has a dash between two words', () => {
    // Wikinews, 2019-09-14 (water vapour on K2-18b): a dash without spaces joins words, it opens no source.
    const q = find(run('"It\'s a good sign", said Ryan Cloutier of the Harvard–Smithsonian Center for Astrophysics, who was not one of either study\'s authors.'), 'good sign');
    expect(q.speaker).toMatch(/^Ryan Cloutier of the Harvard–Smithsonian Center/);
  });
  it('a phrase that a preposition opens the sentence with is no part of the source', () => {
    // Wikinews, 2020-07-08 ("11-month old baby finds illegal drugs in playground in British Columbia, Canadian police report"), CC BY 2.5.
    let q = find(run('In a statement issued on Monday, the Royal Canadian Mounted Police (RCMP) confirmed they seized the substance.'), 'they seized');
    expect(q.speaker).toBe('the Royal Canadian Mounted Police (RCMP)');
    // Wikinews, 2019-05-19 ("Taiwan's legislature first in Asia to legalize same-sex marriage"), CC BY 2.5.
    q = find(run('In 2017, Taiwan\'s Constitutional Court, which rules on constitutional matters, said not allowing gay citizens to marry constituted "different treatment" incompatible with the constitution.'), 'not allowing gay citizens');
    expect(q.speaker).toMatch(/^Taiwan's Constitutional Court/);
    // Without a comma, the name that ends the phrase. Wikinews, 2019-04-28 ("US Department of Justice investigating Ford over emissions testing problems"), CC BY 2.5.
    q = find(run('In the filing itself Ford also made this point, writing "In addition, we have notified a number of other state and federal agencies."'), 'we have notified');
    expect(q.speaker).toBe('Ford');
    // The comma that closes the phrase is one a noun phrase follows (constructed).
    q = find(run('In his letter, made available at the Treasury on Monday, Volcker said the proposal would not ease the debt problems.'), 'would not ease');
    expect(q.speaker).toBe('Volcker');
    // "According to" keeps its object, the source.
    q = find(run('According to John Smith, a spokesman for the ministry, the delegation will arrive in Damascus on Sunday.'), 'delegation will arrive');
    expect(q.speaker).toMatch(/^John Smith/);
  });
  it('when it was said, right after the source\'s name, is no part of the source', () => {
    // Wikinews, 2020-06-21 ("British supermarket chain Tesco to sell its Polish branch to Salling Group A/S"), CC BY 2.5.
    let q = find(run('Tesco\'s Polish operation, according to Gazeta Wyborcza in March, is too big for a single monolithic sale.'), 'too big');
    expect(q.speaker).toBe('Gazeta Wyborcza');
    // Constructed, in the form of a wire story.
    q = find(run('The Justice Department in January said it would block the merger on anti-trust grounds.'), 'block the merger');
    expect(q.speaker).toBe('The Justice Department');
    // Nor is the participle that time was of in the speaker's name (constructed, in the form of a wire story).
    q = find(run('A Congressional report released today said the economy is facing several serious problems.'), 'facing several');
    expect(q.name).toBe('Congressional report');
    // A name that ends with a time word keeps it. Wikinews, 2019-09-04 ("Dozens dead in California boat fire"), CC BY 2.5.
    q = find(run('Both companies have been in operation since the 1970s according to USA Today.'), 'Both companies');
    expect(q.speaker).toBe('USA Today');
  });
  it('"the commission" is no party quoted before it', () => {
    // Constructed, after Wikinews, 2019-02-11 ("Thai political party withdraws nomination of princess for prime minister").
    const text = 'The Thai Raksa Chart Party said it would comply with the royal order. The country\'s election commission is scheduled to discuss the events of this past weekend on Monday.';
    const qs = quotesOf(withEntities(segmented(text), [['Thai Raksa Chart Party', 'ORG']]));
    expect(find(qs, 'comply with').name).toBe('Thai Raksa Chart Party');
    expect(find(qs, 'the events of this past weekend').name).not.toContain('Party');
  });
  it('an indefinite description brings in another organisation, not one named before', () => {
    // Constructed, in the form of a wire story.
    const text = 'The Supreme Court said it would not hear the appeal. A federal appeals court ordered the oil companies to halt all exploration. '
      + 'The court said the companies must remove their rigs.';
    const qs = quotesOf(withEntities(segmented(text), [['The Supreme Court', 'ORG']]));
    expect(find(qs, 'halt all exploration').name).toBe('federal appeals court');
  });
  it('"they" after spokesmen goes on in their voice', () => {
    // Constructed, in the form of a wire story.
    const text = 'Toshin Steel Co Ltd and Azuma Steel Co Ltd are considering a merger, company spokesmen said. '
      + 'They said both firms have been struggling with losses caused by the recession in the steel industry.';
    const qs = quotesOf(withEntities(segmented(text), [['Toshin Steel Co Ltd', 'ORG'], ['Azuma Steel Co Ltd', 'ORG']]));
    expect(find(qs, 'struggling with losses').name).toBe('company spokesmen');
  });
  it('"she" is not one quoted before as "he"', () => {
    // Constructed, in the form of a magazine profile.
    const text = '"I could not focus," Mary Steenburgen said. Her son, filmmaker Charlie McDowell, also remembers it as a trying time. '
      + '"It was a hard summer for all of us," he said. "She played the accordion all day," McDowell laughed. '
      + 'The actress was not itching to do something else. "I had been somebody who really liked music," she said.';
    const qs = quotesOf(withEntities(segmented(text), [['Mary Steenburgen', 'PER'], ['Charlie McDowell', 'PER'], ['McDowell', 'PER']]));
    expect(find(qs, 'hard summer').name).toBe('Charlie McDowell');
    expect(find(qs, 'really liked music').name).toBe('Mary Steenburgen');
  });
  it('a headline\'s company with its ticker in angle brackets is the source of its verb', () => {
    // Constructed, in the form of a 1987 wire story.
    const qs = run('ACME WIDGETS <ACMW> SEES HIGHER NET\n\nDAYTON, Ohio, March 2 - Acme Widgets Inc said it expects higher net income in the second quarter.');
    expect(find(qs, 'HIGHER NET').speaker).toBe('ACME WIDGETS <ACMW>');
  });
  it('a saying at the end of a sentence whose source the tagger ran the content over', () => {
    // Constructed, in the form of 1987 wire stories: "trade" read as a verb; a content that stops before "said".
    let q = find(run('The coffee market attracted good buying interest for Colombian coffee last week, while Brazils were almost neglected, trade sources said.'), 'buying interest');
    expect(q).toMatchObject({ speaker: 'trade sources', cue: 'said' });
    expect(q.content).not.toContain('trade sources');
    q = find(run('Miners at the state-owned coal company have called a 72-hour strike starting on Monday to protest against a restructuring plan that entails layoffs, union sources said.'), '72-hour strike');
    expect(q).toMatchObject({ speaker: 'union sources', cue: 'said' });
  });
  it('a relative pronoun after a plural noun for people is those people', () => {
    // Constructed, in the form of a wire story.
    const q = find(run('The government insists that pay rises stay at five pct, setting the stage for clashes with trade unions, who say they have made enough sacrifices.'), 'enough sacrifices');
    expect(q).toMatchObject({ speaker: 'who', name: 'unions' });
  });
  it('indirect speech with "said that"', () => {
    const q = find(run('Rouhani said that the two sides discussed the political process in Syria.'), 'the two sides discussed');
    expect(q).toMatchObject({ speaker: 'Rouhani', cue: 'said', direct: false });
  });
  it('"according to" a non-person source', () => {
    const q = find(run('According to the ministry, the delegation will arrive in Damascus on Sunday.'), 'delegation will arrive');
    expect(q.cue?.toLowerCase()).toBe('according to');
    expect(q.speaker).toBe('the ministry');
    expect(q.name).toBe('ministry');
  });
  it('"according to" over a clause with a verb of its own', () => {
    const q = find(run('According to police, officers saw the driver get out of the car with a handgun.'), 'officers saw the driver');
    expect(q.cue).toBe('According to');
    expect(q.speaker).toBe('police');
  });
  it('"the ministry" named earlier resolves to that ministry', () => {
    const qs = run('The Russian Foreign Ministry issued a statement on Friday. The ministry said that the strikes violated international law.');
    const q = find(qs, 'the strikes violated international law');
    expect(q.speaker).toBe('The ministry');
    expect(q.name).toContain('Foreign Ministry');
  });
  it('a statement as the source', () => {
    const q = find(run('The joint statement underlined the importance of a political settlement in Syria.'), 'importance of a political settlement');
    expect(q.speaker?.toLowerCase()).toBe('the joint statement');
    expect(q.cue).toBe('underlined');
  });
  it('a news agency as the source', () => {
    const q = find(run('SANA reported that army units restored security to several villages.'), 'army units restored security');
    expect(q).toMatchObject({ speaker: 'SANA', cue: 'reported', name: 'SANA' });
  });
  it('a pronoun resolved to the last person named', () => {
    const qs = run('Foreign Minister Sergei Lavrov met his Turkish counterpart in Moscow. He noted that the talks had been constructive.');
    const q = find(qs, 'the talks had been constructive');
    expect(q.speaker).toBe('He');
    expect(q.name).toContain('Lavrov');
  });
  it('a source read with the conjunction before it keeps only its own words', () => {
    // A Reuters shape: the speaker had been "but securities sources", and so had "the sources" after it.
    const qs = run('The official declined to give details but securities sources said they expect the tax to be lifted. Foreign buyers have shied away from the bills, the sources said.');
    expect(find(qs, 'they expect the tax')).toMatchObject({ speaker: 'securities sources', name: 'securities sources' });
    expect(find(qs, 'shied away')).toMatchObject({ speaker: 'the sources', name: 'securities sources' });
  });
  it('"For his part, X said"', () => {
    const qs = run('Putin welcomed the agreement. For his part, Erdogan said that Turkey would keep its troops in the area.');
    const q = find(qs, 'Turkey would keep its troops');
    expect(q).toMatchObject({ speaker: 'Erdogan', cue: 'said', direct: false });
  });
  it('a participial cue speaks for the subject ("…, adding that …")', () => {
    const qs = run('Chancellor Angela Merkel said the summit had achieved a great deal, adding that further talks would follow in June.');
    const q = find(qs, 'further talks would follow');
    expect(q.cue).toBe('adding');
    expect(q.name).toContain('Merkel');
    // The speaker span is the subject the participle hangs on, as PolNeAR annotates it.
    expect(q.speaker).toContain('Angela Merkel');
  });
  it('signed quotations: a dash and a name after the closing mark', () => {
    const text = 'Voters in Ohio told us what they think of the race.\n\n'
      + '“The factory closed and nobody in Washington noticed.” ― Dale Kowalski\n'
      + '“I have voted for the same party for forty years and I will again.”― Maria Delgado.';
    const qs = run(text);
    expect(find(qs, 'The factory closed')).toMatchObject({ speaker: 'Dale Kowalski', cue: '―', direct: true });
    expect(find(qs, 'the same party for forty years')).toMatchObject({ speaker: 'Maria Delgado', cue: '―' });
  });
  it('a post embedded in the page: the paragraph before its signature line is the author\'s, whatever the tagger made of it', () => {
    // Constructed, in the form a news page prints an embedded post in.
    const text = 'The state launched its new slogan on Monday. Many people online made fun of it.\n\n'
      + 'I love that they trademarked it. Don\'t worry, no one is going to take your slogan. https://t.co/XPxUJuyIAC\n\n'
      + '— Robert Maguire (@RobertMaguire_) November 18, 2019\n\n'
      + 'The governor said the campaign was working.';
    const qs = run(text);
    expect(find(qs, 'I love that')).toMatchObject({ content: 'I love that they trademarked it. Don\'t worry, no one is going to take your slogan.', speaker: 'Robert Maguire', cue: '—' });
    // Only that paragraph, without the link; the words the tagger had read in it ("I" loves) give way.
    expect(qs.filter((q) => q.content.includes('trademarked'))).toHaveLength(1);
    expect(find(qs, 'the campaign was working').speaker).toBe('The governor');
    // A line that only looks like one (no handle) signs nothing.
    expect(run('The mayor spoke for an hour.\n\nI think the plan is good.\n\n— Robert Maguire, November 18, 2019').some((q) => q.cue === '—')).toBe(false);
  });
  it('a dash inside running text is no signature', () => {
    const qs = run('“We will win this state,” the governor said ― and the crowd cheered for a long time.');
    expect(qs.some((q) => q.cue === '―')).toBe(false);
  });
  it('transcript lines: a speaker label and a colon', () => {
    const text = 'The senator was interviewed on Sunday.\n\nWALLACE: Will you support the bill?\n\nGRAHAM: I will vote for it, and so will most of my colleagues.';
    const qs = run(text);
    expect(find(qs, 'I will vote for it')).toMatchObject({ speaker: 'GRAHAM', cue: ':', direct: false });
    expect(find(qs, 'Will you support the bill').speaker).toBe('WALLACE');
  });
  it('a dateline is nobody\'s words, and page furniture holds no quotes', () => {
    const text = 'BANKS AGREE ON NEW RULES\n\nLONDON, March 4 - The central bank and the regulator have agreed new rules for lenders, the central bank said.\n\nCheck Also\n\nMinister says the talks will go on, officials said.';
    const doc = layoutStage.run(segmented(text), {});
    const qs = quotesOf(doc);
    expect(find(qs, 'have agreed new rules').content.startsWith('The central bank')).toBe(true);
    expect(qs.filter((q) => q.content.includes('LONDON'))).toEqual([]);
    // The "Check Also" teaser is another story: the layout stage marks it, and it quotes nobody here.
    expect(layer(doc, 'boilerplate').some((b) => text.slice(b.start, b.end).includes('talks will go on'))).toBe(true);
    expect(qs.filter((q) => q.content.includes('talks will go on'))).toEqual([]);
  });
  it('a content the tagger began in an agency dateline is what follows the cue', () => {
    // Constructed, in the form of Xinhua's datelines.
    const text = 'BEIJING, Nov. 28 (Xinhua) -- Chinese Foreign Ministry spokesperson Mao Ning said Thursday that China firmly opposes any official interaction between the United States and Taiwan.\n\nShe urged Washington to stop arming Taiwan.';
    const qs = quotesOf(layoutStage.run(segmented(text), {}));
    const q = find(qs, 'China firmly opposes');
    expect(q.speaker).toBe('Chinese Foreign Ministry spokesperson Mao Ning');
    expect(q.content.startsWith('that China firmly opposes')).toBe(true);
  });
  it('a source that opens a bracket closes it', () => {
    // Constructed, in the form of agency copy.
    const q = find(run('The crown prince discussed regional developments with the Iranian president by phone, according to the official Saudi Press Agency (SPA).'), 'discussed regional developments');
    expect(q.speaker).toBe('the official Saudi Press Agency (SPA)');
  });
  it('a circumstance between the cue and "that" is the saying\'s, not what is said', () => {
    // Constructed, in the form of SANA copy.
    const q = find(run('Foreign and Expatriates Minister Faisal Mekdad noted, in a statement to journalists, that Syria welcomes any initiative that respects its sovereignty.'), 'Syria welcomes');
    expect(q.content.startsWith('that Syria welcomes')).toBe(true);
    expect(q.cue).toBe('noted');
    // Without commas, where the tagger ended the cue inside the circumstance ("said in two"), up to its "that".
    const q2 = find(run('The Foreign and Expatriates Ministry said in two identical letters addressed to the UN Secretary-General and the President of the Security Council that the coalition committed a new massacre in Deir Ezzor.'), 'new massacre');
    expect(q2.content).toBe('the coalition committed a new massacre in Deir Ezzor');
    // Not up to a "that" after a clause of what was said.
    const q3 = find(run('The minister said at the meeting the budget would not be cut but that taxes would rise.'), 'taxes would rise');
    expect(q3.content.startsWith('the meeting the budget would not be cut')).toBe(true);
  });
  it('a word that only links the sentence to the one before is the writer\'s, not what is said', () => {
    // Constructed, in the form of Anadolu Agency copy.
    const q = find(run('Meanwhile, Foreign Minister Hakan Fidan met his Egyptian counterpart in Cairo, according to diplomatic sources.'), 'Hakan Fidan met');
    expect(q.content.startsWith('Foreign Minister Hakan Fidan met')).toBe(true);
    expect(q.speaker).toBe('diplomatic sources');
  });
  it('a content that holds "with" + source + cue is what follows the cue', () => {
    // Constructed, in the form of SANA copy.
    const qs = run('Talks during the meeting dealt with bilateral relations and the situation in the region, with President al-Assad affirming that the cooperation between Syria and Iraq serves the interests of both peoples.');
    const q = find(qs, 'cooperation between Syria and Iraq');
    expect(q.content.startsWith('that the cooperation')).toBe(true);
  });
  it('a clause of the writer\'s joined before source and cue ("…, but X said …") is no part of what was said', () => {
    // Constructed, in the form of wire copy.
    const qs = run('No cause was immediately known, but a fire officer said wooden panels had blocked the corridors. The talks ended on Friday, and the foreign minister said the two sides would meet again.');
    expect(find(qs, 'wooden panels').content).toBe('wooden panels had blocked the corridors');
    expect(find(qs, 'meet again').content).toBe('the two sides would meet again');
  });
  it('a phrase set before ", X said …" is the writer\'s frame; words after the cue that tell how or where it was said are no part of what was said', () => {
    // Wikinews, 2019-11-07 ("Hungarian state-owned enterprise acquires Hirtenberger Defence Group"), CC BY 2.5.
    const bid = run('On the same day, the Hirtenberger Defence Group issued a corresponding press release.\n\nWhile not naming any other bidders, Maróth said the Hungarian bid won after lengthy negotiations, out of mulitple competing offers. He said he expects no political turmoil.');
    expect(find(bid, 'Hungarian bid won')).toMatchObject({ content: 'the Hungarian bid won after lengthy negotiations, out of mulitple competing offers', speaker: 'Maróth', cue: 'said' });
    // Wikinews, 2019-06-24 ("New Hampshire crash kills seven, including former US Marines"), CC BY 2.5.
    const flags = run('Three other cyclists were hospitalized.\n\nAfter the names of the victims were released, New Hampshire governor Chris Sununu declared flags would be flown at half-mast on Monday — today — in their honor.');
    expect(find(flags, 'half-mast').content.startsWith('flags would be flown at half-mast')).toBe(true);
    // Constructed, in the form of wire copy: the lead manager's words are the first clause alone.
    const bond = run('NORDIC BANK ISSUES AUSTRALIAN DLR BOND\n\nLONDON, June 2 - Nordic Investment Bank is issuing a 50 mln Australian dlr eurobond due July 1, 1992 paying 14 pct and priced at 101-1/2 pct, Hambros Bank Ltd said as lead manager.');
    const q = find(bond, 'eurobond due July 1');
    expect(q.content.endsWith('priced at 101-1/2 pct')).toBe(true);
    expect(q.speaker).toBe('Hambros Bank Ltd');
    // A relative pronoun after the comma opens no frame. Wikinews, 2019-09-15 ("Oil facilities in Saudi Arabia hit by drone attacks"), CC BY 2.5.
    const oil = run('The attacks triggered major fires at a processing plant and an oil field, which state media said were under control.');
    expect(find(oil, 'under control').content).toBe('The attacks triggered major fires at a processing plant and an oil field, which state media said were under control');
  });
  it('"X was quoted by a medium as saying …" is X\'s, with "as saying" in its cue', () => {
    // Constructed, in the form of TASS and Reuters copy.
    const qs = run('Deputy Foreign Minister Sergey Ryabkov, for his part, was quoted by RIA Novosti as saying that Moscow would continue to observe the moratorium. Erdogan was quoted by broadcaster NTV as saying that Turkey would not accept the plan.');
    expect(find(qs, 'observe the moratorium')).toMatchObject({ content: 'Moscow would continue to observe the moratorium', cue: 'was quoted by RIA Novosti as saying', speaker: 'Deputy Foreign Minister Sergey Ryabkov' });
    expect(find(qs, 'accept the plan')).toMatchObject({ content: 'Turkey would not accept the plan', speaker: 'Erdogan' });
  });
  it('a quote is direct when its content opens between quotation marks, not when it takes in a quoted phrase', () => {
    // Constructed, in the forms of a UN press release and Anadolu copy.
    const qs = run('Guterres warned that the enclave was "becoming a graveyard for children". "We will not let anyone create a terror state," Erdogan said in an address to his party. Putin said: "We are ready for talks."');
    expect(find(qs, 'graveyard').direct).toBe(false);
    expect(find(qs, 'terror state').direct).toBe(true);
    expect(find(qs, 'ready for talks').direct).toBe(true);
  });
  it('whom the words were told to is no part of them, and an expletive "it was announced that" names no one', () => {
    // Constructed, in the forms of AFP and SANA copy.
    const qs = run('One activist, Nur Khan, on Sunday told Agence France-Presse arson has been used as a weapon. The officer told reporters the checks were not done. It was announced that the joint committee will meet in Damascus next week.');
    expect(find(qs, 'arson').content).toBe('arson has been used as a weapon');
    expect(find(qs, 'checks were not done').content).toBe('the checks were not done');
    expect(find(qs, 'joint committee')).toMatchObject({ speaker: null, name: null });
    // A pronoun after the listener stays: "told Reuters he hoped …".
    expect(find(run('Santos told Reuters he hoped a first cargo could leave this weekend.'), 'first cargo').content).toBe('he hoped a first cargo could leave this weekend');
  });
  it('a sentence whose only attribution lies inside its quotation keeps its own frame ("told … that "…, according to the police."")', () => {
    // Constructed, in the form of wire copy.
    const qs = run('Mayor Anna Lindqvist told the local radio station that "the gunman fired first, according to the police who arrested him."');
    expect(find(qs, 'gunman fired first, according')).toMatchObject({ speaker: 'Mayor Anna Lindqvist', cue: 'told' });
    expect(qs.filter((q) => q.cue === 'according to').map((q) => q.content)).toEqual(['the gunman fired first']);
  });
  it('a content of an article alone, which the tagger may read before a source, says nothing', () => {
    // Wikinews, 2019-03-25, "Fur fans flock to Toronto's Furnal Equinox 2019" (CC BY 2.5): "citing the" + "Chuck Jones" + "quote".
    const qs = run('They felt that they learned more from failed projects than successful ones, citing the Chuck Jones quote that "every artist has thousands of bad drawings," and that you have to work through them to achieve.');
    expect(qs.map((q) => q.content)).not.toContain('the');
    expect(find(qs, 'bad drawings').speaker).toBe('Chuck Jones');
  });
  it('whom the words were told or explained to, a medium, a correspondent or a gathering, is no part of them', () => {
    // Wikinews, 2019-01-10, "Wikinews investigates disappearance of Indonesian cargo ship Namse Bangdzod" (CC BY 2.5), shortened.
    const qs = run('Dr. Tristan Smith of University College London, a shipping researcher, explained to Wikinews that crews might turn their AIS transponders off on purpose. '
      + 'Doug Miller of Milltech Marine, a firm specialising in AIS, told our correspondent an AIS transponder will broadcast automatically provided it has power.');
    expect(find(qs, 'crews might').content).toBe('crews might turn their AIS transponders off on purpose');
    expect(find(qs, 'AIS transponder will').content).toBe('an AIS transponder will broadcast automatically provided it has power');
    // Constructed, in the forms of 1987 wire copy: a gathering before "that", and one before a clause.
    const wire = run('He told a House Agriculture Appropriations subcommittee hearing that the two drugs were safe. The chairman told the annual meeting 80 pct of last year\'s sales came from new products.');
    expect(find(wire, 'drugs were safe').content).toBe('that the two drugs were safe');
    expect(find(wire, 'new products').content).toBe('80 pct of last year\'s sales came from new products');
  });
  it('a headline\'s role label before a colon ("UN chief:", "Iran\'s FM:") is its speaker, not a newsroom label', () => {
    // Constructed, in the forms of IRNA and UN News headlines.
    const head = (h: string) => quotesOf(layoutStage.run(segmented(`${h}\n\nTEHRAN, Jan 5 (IRNA) - The minister spoke on Friday.`), {}));
    expect(head("Iran's FM: Tehran will respond decisively to any aggression")[0]).toMatchObject({ speaker: "Iran's FM", cue: ':', content: 'Tehran will respond decisively to any aggression' });
    expect(head('UN chief: Gaza is becoming a graveyard for children')[0]).toMatchObject({ speaker: 'UN chief', content: 'Gaza is becoming a graveyard for children' });
    expect(head('Analysis: What the deal means for Iran').filter((q) => q.speaker === 'Analysis')).toEqual([]);
  });
  it('how long, written before the source ("For several days Iran denied …"), is no part of it', () => {
    // Wikinews, 2020-01-13 ("Iran admits downing Ukrainian jet, cites 'human error'"), CC BY 2.5.
    const qs = run('US Secretary of State Mike Pompeo said the crash was "likely" Iran\'s doing. For several days Iran denied the accusation.');
    expect(find(qs, 'the accusation').speaker).toBe('Iran');
  });
  it('"According to" + a long name: the source runs to the comma where the tagger cut it inside the name', () => {
    // Constructed, in the form of Wikinews copy.
    const q = find(run('According to the Centers for Disease Control and Prevention in the United States, one out of every thousand children who contract measles develop encephalitis.'), 'thousand children');
    expect(q).toMatchObject({ speaker: 'the Centers for Disease Control and Prevention in the United States', content: 'one out of every thousand children who contract measles develop encephalitis' });
  });
  it('a source\'s wish to stay unnamed is no attribution', () => {
    const qs = run('The officials, who asked not to be named, said the talks would resume. A banker, who declined to be identified, said rates would rise.');
    expect(qs.filter((q) => /to be (?:named|identified)/.test(q.content))).toEqual([]);
    expect(find(qs, 'talks would resume').content).toBe('the talks would resume');
    // Constructed, in the form of a wire story of 1987: nor is a wish to remain anonymous, and the relative clause that
    // says it is no part of the source of the cue after it (but "who" is the source of a cue right after it).
    const cairo = run('CAIRO, March 16 - Egypt and Moscow will sign the debt accord next week, Egyptian officials said. One official, who asked to remain anonymous, '
      + 'told Reuters the interest would be cut. Mr. Obama, who has long argued that the climate is changing, spoke on Monday.');
    expect(cairo.filter((q) => /anonymous/.test(q.content))).toEqual([]);
    expect(find(cairo, 'interest would be cut').speaker).toBe('One official');
    expect(find(cairo, 'the climate is changing').speaker).toMatch(/\bwho$/);
  });
  it('a headline\'s "X meets Y, calls for …" is X\'s', () => {
    // Constructed, in the form of a Xinhua headline.
    const q = find(run('Xi meets Lula, calls for closer cooperation\n\nChinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Beijing on Friday.'), 'closer cooperation');
    expect(q.speaker).toBe('Xi');
  });
  it('"X said A, while Y said B" is two attributions, each with its own source', () => {
    // Constructed, in the form of wire copy.
    const qs = run("Russia's foreign ministry said on Tuesday that talks with Ukraine were still possible, while Ukraine's energy ministry said a missile strike had hit a power station near Kyiv.");
    const first = find(qs, 'talks with Ukraine');
    expect(first.content).toBe('that talks with Ukraine were still possible');
    expect(first.speaker).toBe("Russia's foreign ministry");
    const second = find(qs, 'missile strike');
    expect(second.content).toBe('a missile strike had hit a power station near Kyiv');
    expect(second.speaker).toBe("Ukraine's energy ministry");
    // An "and" inside what is said, with no source and verb after it, splits nothing.
    expect(find(run('The minister said prices and wages rose in March.'), 'prices and wages').content).toBe('prices and wages rose in March');
  });
  it('a name and a figure after its colon are a tally, no transcript line', () => {
    const text = 'Delegates won so far.\n\nHillary Clinton: 1,769.\n\nBernie Sanders: 1,502.\n\nSANDERS: We will fight on to the convention.';
    const qs = quotesOf(withEntities(segmented(text), [['Hillary Clinton', 'PER'], ['Bernie Sanders', 'PER'], ['SANDERS', 'PER']]));
    expect(qs.filter((q) => /^[\d,.]+$/.test(q.content))).toEqual([]);
    expect(find(qs, 'We will fight on')).toMatchObject({ speaker: 'SANDERS', cue: ':' });
  });
  it('a newsroom note is no transcript line', () => {
    const qs = run('Acme Corp said its profit rose.\n\nNOTE: 1985 net includes a gain of 1.5 mln dlrs from the sale of a unit.\n\nCORRECTION: An earlier version gave the wrong year.');
    expect(qs.filter((q) => q.speaker === 'NOTE' || q.speaker === 'CORRECTION')).toEqual([]);
  });
  it('an image credit is no transcript line, even with its caption run into the label', () => {
    const qs = run('Three candidates sent us their final pleas.\n\nMaria LopezImage: Maria Lopez for Mayor.\n\nReuters Photo: Staff.\n\nI am counting on my neighbours because they know that I keep my word.');
    expect(qs.filter((q) => /Image|Photo/.test(q.speaker ?? ''))).toEqual([]);
    // Nobody has the floor, so "I" stays unresolved.
    expect(qs.filter((q) => q.name !== null && q.content.includes('keep my word'))).toEqual([]);
  });
  it('interview turns labelled in double parentheses, and "I" in a turn as its speaker', () => {
    const text = 'Our reporter spoke to the engineer Maria Lindqvist about the bridge.\n\n((WN))  What do you think of the new design?\n\n((Maria Lindqvist))  I think it is the safest one we have drawn. The city council asked for it.\n\nI believe the work will take two years, and I hope the weather allows it.\n\n((WN))  Thank you.';
    const qs = run(text);
    expect(find(qs, 'What do you think of the new design?')).toMatchObject({ speaker: 'WN', cue: null });
    expect(find(qs, 'I think it is the safest one')).toMatchObject({ speaker: 'Maria Lindqvist', name: 'Maria Lindqvist' });
    // The paragraph after the labelled one is still her turn.
    expect(find(qs, 'the work will take two years')).toMatchObject({ speaker: 'I', name: 'Maria Lindqvist' });
    expect(find(qs, 'Thank you.').speaker).toBe('WN');
    // A turn has no cue word, but what it reports is speech: the interviewer asks, the one interviewed answers.
    const kinds = layer(createQuoteStage({ resources: res }).run(segmented(text), {}), 'quotes').filter((q: Quote) => !q.cue).map((q: Quote) => q.explanation?.cueKind);
    expect(kinds.length).toBeGreaterThanOrEqual(3);
    expect(new Set(kinds)).toEqual(new Set(['speech']));
  });
  it('"we" in an interview turn speaks in the interviewee\'s voice, not for the group named last', () => {
    const text = 'Our reporter spoke to the engineer Maria Lindqvist.\n\n((WN))  Who pays for the bridge?\n\n((Maria Lindqvist))  The Harbour Trust paid for the design. We think the city will pay for the rest.';
    const qs = quotesOf(docWithEntities(text, [['Maria Lindqvist', 'PER'], ['Harbour Trust', 'ORG']]));
    expect(qs.find((q) => q.speaker === 'We' && q.content.includes('the city will pay'))).toMatchObject({ name: 'Maria Lindqvist' });
  });
  it('"you" in an interviewer\'s turn is the interviewee, once she has answered; elsewhere it stays unresolved; a question to "you" is none', () => {
    const text = 'Our reporter spoke to the engineer Maria Lindqvist.\n\n((WN))  I hear you plan to build the bridge in steel.\n\n((Maria Lindqvist))  We will start in the spring. If you drive there now, you see the old piers.\n\n((WN))  How do you plan to pay for it?\n\n((Maria Lindqvist))  The city will pay.\n\n((WN))  On your website, you wrote that the bridge would be free. You said the city agreed, right?\n\n((Maria Lindqvist))  It will be.';
    const qs = run(text);
    const you = qs.filter((q) => q.speaker === 'you' || q.speaker === 'You');
    // In the turn of the one who asks, a statement's "you", and a question's that reports what she said.
    expect(you.find((q) => q.content.includes('would be free'))).toMatchObject({ name: 'Maria Lindqvist' });
    expect(you.find((q) => q.content.includes('the city agreed'))).toMatchObject({ name: 'Maria Lindqvist' });
    // A question put to her asks what she will say: no attribution.
    expect(you.filter((q) => q.content.includes('to pay for it'))).toEqual([]);
    // Before she has answered, nobody is known to be addressed.
    expect(you.find((q) => q.content.includes('to build the bridge'))?.name ?? null).toBeNull();
    // Wikinews, 2020-04-14, "Iranian International Master Dorsa Derakhshani discusses her chess career with Wikinews", CC BY 2.5:
    // the question is the interviewer's turn, not what the one asked thinks.
    const chess = run('Like if there is an opening issue, endgame issue, just something that I am missing about how to be better in chess.\n\n\n((WN))  What do you think of the prevalence of chess engines?\n\n\n((Dorsa Derakhshani))  They\'re good but I think it\'s kind of also disturbing to some extent.');
    expect(chess.filter((q) => q.content.includes('chess engines')).map((q) => q.speaker)).toEqual(['WN']);
    // "you" in her answer is anyone.
    expect(you.filter((q) => q.content.includes('piers') || q.content.includes('there now')).every((q) => q.name === null)).toBe(true);
  });
  it('a source in an interview label is the name without its parentheses', () => {
    // Questions from the Wikinews interviews of 2020-06-30 (Perttu Ahola) and 2020-10-22 (Wayne Tseng); the rest made up.
    const text = 'Many of them say they\'ve learned something from it.\n\n((WN))  Tell us more about your workflow.\n\n((Perttu Ahola))  History first.\n\n((WN))  Tell us about your team Zorin.  Tell us about your partner.\n\n((Wayne Tseng))  We are four.';
    const spans = run(text).map((q) => q.speaker).filter((x): x is string => x !== null);
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.filter((x) => /[()]/.test(x))).toEqual([]);
  });
  it('keeps a labelled turn whole, without the attribution the tagger read inside it from its label', () => {
    // The question from the Wikinews interview of 2020-06-30 (Perttu Ahola); the rest made up: the tagger read "((WN))
    // Tell us more about" as source and cue too, inside the turn.
    const text = 'Many of them say they\'ve learned something from it.\n\n((Wikinews))  How did the project start?\n\n((Perttu Ahola))  History first.\n\n((WN))  Tell us more about your workflow.\n\n((Perttu Ahola))  We are four.';
    expect(run(text).filter((q) => q.speaker === 'WN')).toMatchObject([{ content: 'Tell us more about your workflow.', cue: null, name: 'Wikinews' }]);
  });
  it('reads a possessive first person in a labelled turn as the one whose turn it is', () => {
    // Wikinews, 2020-10-22 ("Wikinews interviews 2020 Melbourne Lord Mayor Candidate Wayne Tseng"), CC BY 2.5: "My plan"
    // is the tagger's source of what follows "is", and was nobody's.
    const text = '((WN))  Given the owners profit from pairing up with Airbnb which hikes the house rent — what is your stance on Airbnb?\n\n'
      + '((Wayne Tseng))  Airbnb and similar short-stay rental are [an] important source of income for city apartment landlords.  '
      + 'Yet they are also a source of disturbances for residents.\n\nSo Airbnb needs to be regulated.  My plan is to have public '
      + 'consultation where all stakeholders get to have a say on the digital democracy platform and hold a virtual forum.';
    expect(find(run(text), 'public consultation')).toMatchObject({ speaker: 'My', name: 'Wayne Tseng' });
  });
  it('starts what was said after the punctuation that opens it', () => {
    // Wikinews, 2020-08-31 ("On the campaign trail in the USA, July 2020"), CC BY 2.5: a label, a space and a colon.
    const text = 'With Wikinews, Bodenstab discusses how he joined the Unity Party\'s presidential ticket.\n\n'
      + '((WSS)) : Why did you join Bill Hammons on the Unity Party\'s 2020 presidential ticket?  How do you complement him on the ticket?';
    expect(find(run(text), 'Why did you join')).toMatchObject({ speaker: 'WSS' });
    expect(find(run(text), 'Why did you join').content.startsWith('Why did you join')).toBe(true);
    // Wikinews, 2019-02-16 ("Study indicates as great white shark disappears, living fossil moves in"), CC BY 2.5: the comma after
    // an inserted "she suggested".
    const orcas = 'Dr. Alison Kock of the University of Cape Town has reported a correlation with the entry of orcas into False Bay, possibly '
      + 'because human activity has rendered prey hard to find elsewhere.  These orcas, she suggested, specialize in hunting sharks.';
    expect(find(run(orcas), 'specialize in').content.startsWith('specialize')).toBe(true);
  });
  it('a question after a transcript label is asked, not reported, even where the tagger reads a source and a cue in it', () => {
    // Wikinews, 2020-10-22 ("Wikinews interviews 2020 Melbourne Lord Mayor Candidate Wayne Tseng") and 2020-05-22 ("Astronomer
    // tells Wikinews about discovery of closest black hole known so far"), CC BY 2.5: the tagger read "WN))  Could you please ["
    // and "WN))  What were the different radiation emissions" as sources.
    const text = 'State government so it can exercise its power to protect [its] constituents.\n\n((WN))  Could you please [tell] us about the \'Precision Policies\'?\n\n'
      + '((Wayne Tseng))  Team Zorin pledge to bring all Melbournians to the council chamber.\n\n'
      + '((WN))  What were the different radiation emissions from this system?\n\n((Wayne Tseng))  I do not know.';
    const qs = run(text);
    expect(qs.filter((q) => q.speaker !== null && q.speaker.includes('))') && q.content.endsWith('?'))).toEqual([]);
    // The questions are still the asker's turns.
    expect(qs.filter((q) => q.speaker === 'WN').length).toBe(2);
  });
  it('reads a transcript label that abbreviates a name written out before as that name', () => {
    // Wikinews, 2019-01-27 ("Male Magellanic penguins pine for pairings: Wikinews interviews biologist Natasha Gownaris"), CC BY 2.5.
    const text = '((Wikinews))  What prompted your curiosity about Magellanic penguins?\n\n'
      + 'Natasha Gownaris: I\'ve wanted to be a marine scientist since I was a child.\n\n'
      + '((WN))  How did you approach putting together such a large-scale study?\n\n'
      + 'NG: This study started in 1982, long before my joining the lab in March of 2016.';
    const qs = quotesOf(docWithEntities(text, [['Natasha Gownaris', 'PER']]));
    expect(find(qs, 'putting together')).toMatchObject({ speaker: 'WN', name: 'Wikinews' });
    expect(find(qs, 'This study started')).toMatchObject({ speaker: 'NG', name: 'Natasha Gownaris' });
  });
  it('reads a transcript label as the initials of the reporter the introduction names', () => {
    // Wikinews, 2020-10-22 ("Wikinews interviews Phil Collins, U.S. Prohibition Party presidential nominee"), CC BY 2.5; the answer made up.
    const doc = docWithEntities('U.S. Prohibition Party presidential nominee Phil Collins took some time to answer a few questions about his 2020 '
      + 'presidential campaign from Wikinews accredited reporter William S. Saturn.\n\n'
      + '((WSS))  Why are you running for president?\n\n((Phil Collins))  Because the party asked me to.', [['Phil Collins', 'PER'], ['William S. Saturn', 'PER'], ['Wikinews', 'ORG']]);
    expect(find(quotesOf(doc), 'Why are you running')).toMatchObject({ speaker: 'WSS', name: 'William S. Saturn' });
  });
  it('leaves the relative pronoun out of a source whose cue it is the object of', () => {
    // Constructed, in newswire shapes.
    const qs = run('Sales rose 4 percent in March, which analysts said was partly due to the new models.');
    expect(find(qs, 'partly due to')).toMatchObject({ speaker: 'analysts', name: 'analysts' });
  });
  it('drops the words of a generic "you" no one is known to address, outside quotations', () => {
    // Constructed, in the shapes of a how-to and of a news story.
    const qs = run('If you want to buy a bond, you should know that prices fall when rates rise. The minister said rates would stay low.\n\n'
      + 'The mayor told the council: "You know that the bridge is unsafe."');
    expect(qs.filter((q) => q.speaker !== null && /^you$/i.test(q.speaker) && !q.content.startsWith('"'))).toEqual([]);
    expect(find(qs, 'rates would stay low')).toMatchObject({ speaker: 'The minister' });
    expect(qs.some((q) => q.content.includes('the bridge is unsafe'))).toBe(true);
  });
  it('reads a heading in a label\'s place as no one\'s turn, but a one-off label naming a person or a label in capitals as one', () => {
    // Constructed, in the shapes of a recipe page and of an interview's first turn.
    const recipe = run('Ingredients you will need.\n\nPeanut Butter: The star ingredient, though any kind will do.\n\nMaple Syrup: Any liquid sweetener works here.');
    expect(recipe.filter((q) => q.speaker === 'Peanut Butter' || q.speaker === 'Maple Syrup')).toEqual([]);
    const interview = quotesOf(docWithEntities('The biologist spoke to us about penguins.\n\nNatasha Gownaris: I have wanted to be a marine scientist since I was a child.\n\n'
      + 'PENCE: We will not back down.', [['Natasha Gownaris', 'PER']]));
    expect(find(interview, 'marine scientist')).toMatchObject({ speaker: 'Natasha Gownaris' });
    expect(find(interview, 'back down')).toMatchObject({ speaker: 'PENCE' });
  });
  it('leaves a time adverb out of the source, and a name\'s word after its "of" out of the cues', () => {
    // Constructed.
    expect(find(run('The council voted on the plan. Afterwards Penny said the vote was a mistake.'), 'the vote was a mistake')).toMatchObject({ speaker: 'Penny' });
    expect(run('A researcher at the University of Reading attributes this rise to warmer seas.').filter((q) => q.cue === 'Reading')).toEqual([]);
  });
  it('reads a name with an honorific the recogniser took whole as the person named before', () => {
    // Constructed, in the form of British copy.
    const qs = quotesOf(docWithEntities('Health Secretary Tom Reed said testing would expand. Mr Reed said the government would hire tracers. Dr. Reed added that more was needed.',
      [['Tom Reed', 'PER'], ['Mr Reed', 'PER'], ['Dr. Reed', 'PER']]));
    expect(find(qs, 'hire tracers')).toMatchObject({ speaker: 'Mr Reed', name: 'Tom Reed' });
    expect(find(qs, 'more was needed')).toMatchObject({ speaker: 'Dr. Reed', name: 'Tom Reed' });
  });
  it('names no one in a relative clause after the source\'s words as its speaker', () => {
    // Constructed, in the form of wire copy: the owner, the stake's bank and the data's source had been the speakers.
    const owned = quotesOf(docWithEntities('The writedown was needed, said Precambrian, which is 89 pct owned by Mark Resources Inc.', [['Mark Resources Inc', 'ORG']]));
    expect(find(owned, 'The writedown').name).toBe('Precambrian');
    const text = 'The figures are weak, said Wrightson Economics, a U.S.-based research firm which drew its data from U.S. Treasury reports.';
    const firm = quotesOf(docWithEntities(text, [['Wrightson Economics', 'LOC'], ['U.S. Treasury', 'ORG']]));
    expect(find(firm, 'The figures').name).toBe('Wrightson Economics');
  });
  it('names speakers by words that open the sentence in the lower case they have elsewhere, but not a name or a demonym', () => {
    // Constructed, in the form of wire copy: "Analysts said" and "analysts said" are the same speakers.
    const text = 'Analysts said the yen would rise. Some dealers said it would not. Brazilian newspapers reported the strike. Airbus said orders rose.';
    const qs = quotesOf(docWithEntities(text, [['Brazilian', 'MISC'], ['Airbus', 'ORG']]));
    expect(['the yen would rise', 'it would not', 'the strike', 'orders rose'].map((w) => find(qs, w).name))
      .toEqual(['analysts', 'some dealers', 'Brazilian newspapers', 'Airbus']);
  });
  it('does not take "he" for a person the text says is a woman', () => {
    // Constructed.
    const qs = quotesOf(docWithEntities('The director recalls the claims that he hurt his daughter Dylan Reed in 1992. He said the claims were false.', [['Dylan Reed', 'PER']]));
    expect(find(qs, 'the claims were false').name).not.toBe('Dylan Reed');
  });
  it('"I" outside any quotation or transcript stays unresolved', () => {
    const qs = run('The engineer Maria Lindqvist said the bridge was safe. I think she is right about that.');
    expect(find(qs, 'she is right')).toMatchObject({ speaker: 'I', name: null });
  });
  it('transcript lines each opened by a mark that never closes', () => {
    const text = 'Partial transcript as follows:\n\n"WALLACE: Will you support the bill?\n\n"GRAHAM: I will vote for it, and so will most of my colleagues.';
    const qs = run(text);
    expect(find(qs, 'Will you support the bill').speaker).toBe('WALLACE');
    expect(find(qs, 'I will vote for it').speaker).toBe('GRAHAM');
    // No speakerless quotation running over both lines is left beside them.
    expect(qs.filter((q) => q.speaker === null && q.content.includes('WALLACE'))).toEqual([]);
  });
  it('a participle with nobody else speaking keeps its own subject', () => {
    const qs = run('Prime Minister Netanyahu rejected the proposal, saying that it endangered the security of the country.');
    const q = find(qs, 'it endangered the security');
    expect(q.cue).toBe('saying');
    expect(`${q.speaker} ${q.name}`).toContain('Netanyahu');
  });
  it('never takes the one told or the medium of an interview for the speaker', () => {
    // Constructed, in the form of agency copy.
    const qs = run('Oil exports fell sharply in February, a senior oil ministry official, who asked not to be named, told Reuters.\n\n'
      + 'Energy Minister Karim Nour, in an interview with Reuters and the BBC, said production would recover by May.');
    expect(qs.filter((q) => q.speaker?.includes('Reuters'))).toEqual([]);
    expect(find(qs, 'Oil exports fell sharply')).toMatchObject({ content: 'Oil exports fell sharply in February', speaker: 'a senior oil ministry official', cue: 'told' });
    expect(find(qs, 'production would recover')).toMatchObject({ speaker: 'Energy Minister Karim Nour', name: 'Karim Nour' });
  });
  it('gives a quotation relayed by a medium its speaker, and a document the issuer named with it', () => {
    // Constructed, in the forms of agency copy.
    const qs = quotesOf(docWithEntities('Deputy Foreign Minister Sergei Ryabkov was quoted by Interfax as saying that Moscow saw no basis for talks.\n\n'
      + 'The statement, issued by the foreign ministry in Beijing, said China would respond firmly.', [['Sergei Ryabkov', 'PER'], ['Interfax', 'ORG'], ['Moscow', 'LOC'], ['Beijing', 'LOC'], ['China', 'LOC']]));
    expect(find(qs, 'Moscow saw no basis')).toMatchObject({ speaker: 'Deputy Foreign Minister Sergei Ryabkov', name: 'Sergei Ryabkov' });
    expect(find(qs, 'China would respond').name).toBe('foreign ministry');
  });
  it('gives what a medium relays to its speaker too, and "it" after it to the medium', () => {
    // Constructed, in the form of agency copy.
    const qs = quotesOf(docWithEntities('Xinhua quoted a spokesman for the Chinese Foreign Ministry as saying that Beijing supports a political solution. '
      + 'It said the talks would resume in May.', [['Xinhua', 'ORG'], ['Chinese Foreign Ministry', 'ORG'], ['Beijing', 'LOC']]));
    expect(qs.find((q) => q.content === 'Beijing supports a political solution')).toMatchObject({ speaker: 'a spokesman for the Chinese Foreign Ministry', cue: 'as saying' });
    // The medium's own attribution stays as it was: all it quoted is its content.
    expect(qs.find((q) => q.cue === 'quoted')).toMatchObject({ speaker: 'Xinhua', content: 'a spokesman for the Chinese Foreign Ministry as saying that Beijing supports a political solution' });
    expect(find(qs, 'talks would resume').name).toBe('Xinhua');
    // "X said …, according to Z": X's as well as Z's; but a participle after a thing says nothing.
    const qs2 = quotesOf(docWithEntities('Deputy Foreign Minister Sergei Ryabkov said Moscow regretted the decision, according to the RIA news agency.\n\n'
      + 'The figures released on Monday by the ministry were revised upward, according to the statistics bureau.', [['Sergei Ryabkov', 'PER'], ['Moscow', 'LOC'], ['RIA', 'ORG']]));
    expect(qs2.find((q) => q.content === 'Moscow regretted the decision')).toMatchObject({ speaker: 'Deputy Foreign Minister Sergei Ryabkov', cue: 'said', name: 'Sergei Ryabkov' });
    expect(find(qs2, 'Ryabkov said Moscow').cue).toBe('according to');
    expect(qs2.filter((q) => q.content.includes('revised upward')).map((q) => q.cue)).toEqual(['according to']);
    // It says what made it, in words too.
    const doc = docWithEntities('Xinhua quoted a spokesman as saying that Beijing supports a political solution.', [['Xinhua', 'ORG'], ['Beijing', 'LOC']]);
    const steps = layer(createQuoteStage({ resources: res }).run(doc, {}), 'quotes').map((q) => q.explanation?.step);
    expect(steps).toEqual(['tagger', 'nested']);
    expect(describeStep('nested')).toMatch(/^the rule giving what a medium relays/);
    // A title as the subject speaks as well.
    expect(run('The Turkish leader said Ankara would not allow the regime to gain more ground, the presidency said.').map((q) => q.speaker))
      .toEqual(['the presidency', 'The Turkish leader']);
    // A verb of deeds as well as of words ("agreed") is left to the events.
    expect(run('Germany and France agreed on Monday to expand cooperation on border security, officials in Berlin said.').map((q) => q.cue)).toEqual(['said']);
  });
  it('leaves where something was said out of the quotation said there', () => {
    // Wikinews, 2019-09-27, "New South Wales decriminalises abortion" (CC BY 2.5).
    const text = 'The bill was drafted by Alex Greenwich who said on the parliament floor, "It follows decades of work from women\'s rights campaigners, activists and people in the Parliament". The upper house debate involved 102 amendments.';
    const qs = quotesOf(docWithEntities(text, [['Alex Greenwich', 'PER']]));
    expect(find(qs, 'It follows decades')).toMatchObject({ content: '"It follows decades of work from women\'s rights campaigners, activists and people in the Parliament"', name: 'Alex Greenwich' });
  });
  it('a surname takes the full name given earlier', () => {
    const qs = run('Iranian President Hassan Rouhani arrived in Moscow on Monday. Rouhani said that Iran would continue its cooperation.');
    expect(find(qs, 'Iran would continue').name).toBe('Hassan Rouhani');
  });
  it('copes with an empty text and with a document without paragraphs', () => {
    expect(run('')).toEqual([]);
    const seg = segmented('“We are ready,” Lavrov said.');
    const bare = withLayer(withLayer(createDoc(seg.text, seg.meta), 'tokens', layer(seg, 'tokens')), 'sentences', layer(seg, 'sentences'));
    expect(quotesOf(bare)).toMatchObject([{ speaker: 'Lavrov', direct: true }]);
  });
  it('runs in a composed pipeline after segmentation', () => {
    const pipeline = compose([segmentStage, createQuoteStage({ resources: res })]);
    const doc = pipeline(createDoc('"We are ready," Lavrov said.', { source: { format: 'text' }, headlineInText: true }));
    expect(layer(doc, 'quotes')).toHaveLength(1);
  });
});

describe('rule steps', () => {
  it('run in the order the confidence model was trained on', () => {
    expect(['tagger', ...RULE_STEPS.map((s) => s.step)]).toEqual([...STEPS]);
  });
});

describe('explanations', () => {
  it('record how each speaker was named and the words the name came from', () => {
    const text = 'Talks on the budget\n\nFinance Minister Maria Okafor said on Monday that the budget would pass before the summer. Later she told reporters that taxes would not rise. The minister also said that the central bank agreed with her.';
    const doc = createQuoteStage({ resources: res }).run(segmented(text), {});
    const s = (x: { start: number; end: number } | undefined) => (x ? text.slice(x.start, x.end) : null);
    const got = layer(doc, 'quotes').map((q) => ({ name: q.speakerName, step: q.explanation?.step, via: q.explanation?.speakerVia, from: s(q.explanation?.speakerFrom) }));
    expect(got).toEqual([
      { name: 'Maria Okafor', step: 'tagger', via: 'name', from: null },
      { name: 'Maria Okafor', step: 'tagger', via: 'pronoun', from: 'Finance Minister Maria Okafor' },
      { name: 'Maria Okafor', step: 'tagger', via: 'earlier', from: 'Finance Minister Maria Okafor' },
    ]);
    for (const q of layer(doc, 'quotes')) expect(q.explanation!.confidence).toBeGreaterThan(0.5);
  });
});

describe('a pronoun after the words it is said to have said', () => {
  let analyzer: Analyzer;
  beforeAll(async () => {
    analyzer = await createAnalyzer();
  });
  it('stands for someone before them, not for a name inside them', () => {
    // Constructed, in the form of a wire story (the coreference stage read "they" as the "German farmers" of the words).
    const text = 'At the talks in Brussels, France asked for a long debate on the new levy on olive oil, envoys said.\n'
      + '    Austria, which also opposes the levy, will tell the meeting later today that it cannot accept any plan that could hurt German farmers, they added.';
    const rec = analyzer.analyzeText(text);
    const added = rec.quotes.find((q) => q.cue && text.slice(q.cue.start, q.cue.end) === 'added');
    expect(added).toMatchObject({ speakerName: 'envoys' });
  });
  it('"it" is a body or a document the recogniser did not name, quoted just before', () => {
    // Constructed, in the form of a wire story.
    let text = 'The U.S. Mint said it is seeking offers on 4,784,000 lbs of special high-grade zinc. It said selling offers will be due at 1100 hrs EST.';
    let rec = analyzer.analyzeText(text);
    expect(rec.quotes.find((q) => text.slice(q.content.start, q.content.end).startsWith('selling offers'))?.speakerName).toBe('U.S. Mint');
    // Not one person the recogniser did not name, whom "it" is not.
    text = 'Nogales said the talks had failed. It said the next round would start in May.';
    rec = analyzer.analyzeText(text);
    expect(rec.quotes.find((q) => text.slice(q.content.start, q.content.end).startsWith('the next round'))?.speakerName ?? null).toBeNull();
  });
  it('a headline\'s speaker in capitals is named as the text writes its words', () => {
    // Constructed, in the form of a 1987 wire story.
    const text = 'ANALYSTS SEE SLOWER GROWTH IN JAPAN\n\nTOKYO, March 2 - Japan\'s economy will grow more slowly this year, analysts said, citing weak exports.';
    const rec = analyzer.analyzeText(text);
    expect(rec.quotes.find((q) => q.content.start < 40)?.speakerName).toBe('analysts');
  });
  it('"he" or "his" is no one for whom coreference read "she", speaker or not', () => {
    // Constructed, in the form of a magazine profile: the critic Jo Walton is "she"; "his" is the writer's, whom this part does not name.
    const text = 'His books were dense and hard to read. The critic Jo Walton explained them to me. '
      + '"You only see the tip of the iceberg," she said. When his editors asked him to explain himself, he replied, "I have a horror of being obvious."';
    const rec = analyzer.analyzeText(text);
    const asked = rec.quotes.find((q) => q.cue && text.slice(q.cue.start, q.cue.end) === 'asked');
    expect(asked?.speakerName).not.toMatch(/Walton/);
  });
  it('"he" is no thing someone owns that spoke before ("the judge\'s statement reads …. He went on")', () => {
    // Wikinews, 2019-02-25, "Texas federal judge says drafting only men violates United States Constitution", CC BY 2.5 (the article up to
    // the sentence; coreference leaves "He" unread, and the last speaker was "Judge Miller's statement").
    const text = "Monday, February 25, 2019 \n\n\nOn Friday, a federal judge in Texas ruled the United States federal government's practice of registering men but not women for the draft, or military conscription, is unconstitutional.\n\n\nIn response to a lawsuit by the men's rights group National Coalition for Men, U.S. District Judge Gray Miller ruled the male-only draft violated the Due Process Clause of the United States Constitution. He said the rationale for difference along gender lines from a previous Supreme Court ruling, that women were ineligible to serve in combat, no longer applies.  Women, who make up 16% of the U.S. military enlisted and 18% of officers as of 2016, according to nonprofit CNA, have been serving official combat roles since 2015.\n\n\n\"While historical restrictions on women in the military may have justified past discrimination,\" reads Judge Miller's statement, \"men and women are now 'similarly situated for purposes of a draft or registration for a draft.' [...] If there ever was a time to discuss 'the place of women in the Armed Services,' that time has passed.\"\n\n\nBy law, all male permanent residents of the United States over the age of 18 must register for the Selective Service System. This both renders them eligible for certain public services and identifies them for the draft, or military conscription, were a draft to be imposed.\n\n\nPart of the judge's statement reads \"the average woman could conceivably be better suited physically for some of today's combat positions than the average man, depending on which skills the position required. Combat roles no longer uniformly require sheer size or muscle.\" He went on to cite the Supreme Court ruling permitting same-sex marriage.\n\n\nThe ";
    const rec = analyzer.analyzeText(text, { published: '2019-02-25' });
    const cite = rec.quotes.find((q) => text.slice(q.content.start, q.content.end).startsWith('the Supreme Court ruling'));
    expect(cite?.speakerName).toBe('Gray Miller');
  });
  it('"the paper" is the paper the story names, not a headline\'s word in capitals', () => {
    // Constructed, in the form of a 1987 wire story: "The paper said" had been "PAPER", the headline's source.
    const text = 'PAPER SAYS CITY WILL RAISE BUS FARES\n\nBOSTON, March 9 - The city will raise bus fares by ten cents in July, the Boston Globe reported today.\n'
      + '    The paper said the council would vote on the plan next week.';
    const rec = analyzer.analyzeText(text);
    const said = rec.quotes.find((q) => text.slice(q.content.start, q.content.end).startsWith('the council'));
    expect(said?.speakerName).toBe('Boston Globe');
  });
  it('reads "I" with an adverb after it as "I" ("I really did not know")', () => {
    // Wikinews, 2020-10-18, "Living with HIV during COVID-19: Wikinews talks to HIV-positive sex workers about how pandemic has effected their lives", CC BY 2.5 (shortened).
    const text = '((WN))  How did you come to Mumbai?\n\n((Jaya))  I did have my doubts because I though both of them are going and it might be something important. '
      + 'But I did not know a lot about the world back then, I was from a very strict family, and I was allowed to have deep friendships with anyone, '
      + 'and I really did not know much about the world, I did not know that these type of people existed. So anyway I started trusting them.';
    const rec = analyzer.analyzeText(text);
    const knew = rec.quotes.find((q) => text.slice(q.content.start, q.content.end).startsWith('much about the world'));
    expect(knew).toMatchObject({ speakerName: 'Jaya' });
    expect(text.slice(knew!.speaker!.start, knew!.speaker!.end)).toBe('I');
  });
});

describe('a transcript of "Q:" and "A:"', () => {
  // Constructed, in the form of a company blog's interview.
  const text = 'Northwind is thrilled to welcome Dana Whitfield as our new chief executive. We asked her a few questions.\n\n'
    + 'Q: What is the one thing you learned in your past roles?\n\n'
    + 'A: Listening comes first. I think every decision starts with hearing people out.\n\n'
    + 'Q: How do you plan your day?\n\n'
    + 'A: I block time for meetings and keep the mornings free.';
  const quotes = () => {
    const doc = docWithEntities(text, [['Dana Whitfield', 'PER']], { source: { format: 'text' }, headlineInText: false, siteName: 'Northwind' });
    return layer(createQuoteStage({ resources: res }).run(doc, {}), 'quotes').map((q) => ({ content: text.slice(q.content.start, q.content.end), name: q.speakerName }));
  };
  it('gives the answers to the one person the introduction names, and the questions to the site', () => {
    const qs = quotes();
    expect(qs.find((q) => q.content.startsWith('Listening comes first'))?.name).toBe('Dana Whitfield');
    expect(qs.find((q) => q.content.startsWith('What is the one thing'))?.name).toBe('Northwind');
    // "I" in an answer is the one answering.
    expect(qs.filter((q) => q.content.startsWith('time for meetings') || q.content.startsWith('every decision')).map((q) => q.name)).toContain('Dana Whitfield');
  });
});
