import { describe, expect, it } from 'vitest';
import { dropTitles, entityMentions, mergeMentions, nameMentions, resolveSpeaker, type Mention, type Speaker } from './speaker.js';
import { loadTitles } from './lexicon.js';

const titles = loadTitles();

/** Mentions of each listed string at every place it occurs. */
function mentionsIn(text: string, list: [string, Mention['type'], string?, string?][]): Mention[] {
  const out: Mention[] = [];
  for (const [s, type, name, actor] of list) {
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      if (out.some((m) => m.start <= i && i < m.end)) continue;
      out.push({ start: i, end: i + s.length, text: s, type, name: name ?? s, ...(actor ? { actor } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function at(text: string, s: string, from = 0) {
  const i = text.indexOf(s, from);
  return { start: i, end: i + s.length };
}

/** The speaker name resolveSpeaker gives the words s (first found from `from`) of a text with these mentions. */
const namesIn = (text: string, mentions: Mention[], previous: Parameters<typeof resolveSpeaker>[0]['previous'] = []) =>
  (s: string, from = 0) => resolveSpeaker({ text, source: at(text, s, from), mentions, previous, titles }).name;

describe('resolveSpeaker', () => {
  it('takes the person after a trade or title that ends the source, not the firm before it read as a person too', () => {
    // Constructed, in the form of 1987 wire copy: the recogniser read "Dean Witter" as a person.
    const text = 'Dean Witter analyst Karen Gibbs said the figure would give a boost to debt futures. Bank chairman John Reed said so.';
    const names = namesIn(text, mentionsIn(text, [['Dean Witter', 'PER'], ['Karen Gibbs', 'PER'], ['John Reed', 'PER']]));
    expect(names('Dean Witter analyst Karen Gibbs')).toBe('Karen Gibbs');
    expect(names('Bank chairman John Reed')).toBe('John Reed');
  });
  it('takes the canonical name and actor of an entity inside the source', () => {
    const text = 'The Russian president said the talks went well.';
    const mentions = mentionsIn(text, [['The Russian president', 'PER', 'Vladimir Putin', 'RUSGOV']]);
    expect(resolveSpeaker({ text, source: at(text, 'The Russian president'), mentions, previous: [], titles })).toEqual({ name: 'Vladimir Putin', actor: 'RUSGOV', via: 'coreference' });
  });
  it('does not take a name the source sets apart from its speaker ("critics outside the Democratic party")', () => {
    // Wikinews, 2020-09-30, "On the campaign trail in the USA, August 2020", CC BY 2.5; the second sentence constructed.
    const text = 'Other critics outside the Democratic party raised questions about Harris\' eligibility. A spokesman for the Democratic Party said so.';
    const mentions = mentionsIn(text, [['Democratic party', 'ORG', 'United States Democratic Party', 'USAPTY'], ['Democratic Party', 'ORG', 'United States Democratic Party', 'USAPTY']]);
    expect(resolveSpeaker({ text, source: at(text, 'Other critics outside the Democratic party'), mentions, previous: [], titles })).toMatchObject({ name: 'Other critics outside the Democratic party' });
    expect(resolveSpeaker({ text, source: at(text, 'A spokesman for the Democratic Party'), mentions, previous: [], titles }).actor).toBe('USAPTY');
  });
  it('takes a name given examples as the speaker, not an example ("German firms including … Daimler"), and no kind of many for "the firm"', () => {
    // Wikinews, 2019-01-23, "Germany bans Mahan Air of Iran, citing 'security'", CC BY 2.5 (shortened; the recogniser read "Daimler" as a person).
    const text = 'German firms including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens have announced plans to pull out of the Middle Eastern nation.';
    const mentions = mentionsIn(text, [['German firms', 'ORG', 'German firms', 'DEUBUS'], ['Deutsche Bahn', 'ORG'], ['Deutsche Telekom', 'ORG'], ['Daimler', 'PER'], ['Siemens', 'ORG']]);
    expect(resolveSpeaker({ text, source: at(text, 'German firms including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens'), mentions, previous: [], titles }))
      .toMatchObject({ name: 'German firms', actor: 'DEUBUS' });
    // Constructed: "the firm" after many of a kind is none of them.
    const text2 = 'Japanese exporters said the yen was strong. The firm said sales rose.';
    const mentions2 = mentionsIn(text2, [['Japanese exporters', 'ORG', 'Japanese exporters', 'JPNBUS']]);
    const previous = [{ at: 0, speaker: { name: 'Japanese exporters', actor: 'JPNBUS', org: true }, sentence: 0, span: at(text2, 'Japanese exporters') }];
    expect(resolveSpeaker({ text: text2, source: at(text2, 'The firm'), mentions: mentions2, previous, titles }).actor).toBeUndefined();
  });
  it('reads "they" as people named by a plural noun quoted within reach before an organisation quoted since', () => {
    // Constructed, in the form of a wire story of 1987.
    const text = 'The crop may be as large as last year\'s, according to sugar analysts. Exports rose, according to figures received by the '
      + 'International Sugar Organization. January is the first major export month, they said.';
    const previous = [
      { at: text.indexOf('sugar analysts'), speaker: { name: 'sugar analysts', via: 'words' as const }, sentence: 0, span: at(text, 'sugar analysts') },
      { at: text.indexOf('International'), speaker: { name: 'International Sugar Organization', org: true }, sentence: 1, span: at(text, 'International Sugar Organization') },
    ];
    const mentions = mentionsIn(text, [['International Sugar Organization', 'ORG']]);
    expect(resolveSpeaker({ text, source: at(text, 'they'), mentions, previous, titles }).name).toBe('sugar analysts');
    // (Not over an organisation itself named as many: "US authorities".)
    const text2 = 'Some of the site\'s users were arrested. US authorities claimed the site was the largest. They also stated arrests were made abroad.';
    const previous2 = [
      { at: 0, speaker: { name: "Some of the site's users", via: 'words' as const }, sentence: 0, span: at(text2, "Some of the site's users") },
      { at: text2.indexOf('US authorities'), speaker: { name: 'US authorities', actor: 'USAGOV', org: true }, sentence: 1, span: at(text2, 'US authorities') },
    ];
    expect(resolveSpeaker({ text: text2, source: at(text2, 'They'), mentions: mentionsIn(text2, [['US authorities', 'ORG', 'US authorities', 'USAGOV']]), previous: previous2, titles }).name)
      .toBe('US authorities');
  });
  it('does not take the court or the journal where the words were filed or published ("The suit, filed in U.S. District Court")', () => {
    // Constructed, in the form of a wire story of 1987 and a health news story.
    const text = 'The suit, filed in U.S. District Court in Tulsa, seeks damages. A case report published in BMJ Case Reports said the man was breathless.';
    const mentions = mentionsIn(text, [['U.S. District Court', 'ORG', 'U.S. District Court', 'USAJUD'], ['Tulsa', 'LOC'], ['BMJ Case Reports', 'ORG']]);
    const name = namesIn(text, mentions);
    expect([name('The suit, filed in U.S. District Court in Tulsa'), name('A case report published in BMJ Case Reports')]).toEqual(['suit', 'case report']);
  });
  it('names one who speaks for a person by their role and the person, with the person\'s code ("aide to Yasuhiro Nakasone")', () => {
    // Constructed, in the form of wire stories of 1987 and 2019.
    const text = 'Prime Minister Yasuhiro Nakasone met party leaders. A close aide to Nakasone said the tax would pass. '
      + 'Adam Neumann resigned. A spokeswoman for Neumann declined to comment. Attorneys for lawyer Thomas Ward told a court he was owed the fee.';
    const mentions = mentionsIn(text, [['Yasuhiro Nakasone', 'PER', 'Yasuhiro Nakasone', 'JPNGOV'], ['Nakasone', 'PER', 'Yasuhiro Nakasone', 'JPNGOV'],
      ['Adam Neumann', 'PER'], ['Neumann', 'PER'], ['Thomas Ward', 'PER']]);
    const who = (s: string) => resolveSpeaker({ text, source: at(text, s), mentions, previous: [], titles });
    expect(who('A close aide to Nakasone')).toMatchObject({ name: 'aide to Yasuhiro Nakasone', actor: 'JPNGOV' });
    expect(who('A spokeswoman for Neumann').name).toBe('spokeswoman for Adam Neumann');
    expect(who('Attorneys for lawyer Thomas Ward').name).toBe('attorneys for lawyer Thomas Ward');
  });
  it('does not take the one whose critics, supporters, fans or users speak for the speaker ("Critics of Donald Trump")', () => {
    // Wikinews, 2020-12-14, "Red Hat to move focus away from CentOS in favour of Stream; CentOS team discuss implications with Wikinews", CC BY 2.5.
    const centos = 'There will be some growing pains as users of CentOS Linux find out and help shape whether CentOS Stream meets their needs.';
    expect(namesIn(centos, mentionsIn(centos, [['CentOS Linux', 'ORG'], ['CentOS Stream', 'ORG']]))('users of CentOS Linux')).toBe('users of CentOS Linux');
    // Constructed: nor a title of the one they oppose; but members of a party and a spokesman for a company speak for it.
    const text = 'Critics of Donald Trump said the plan would fail. Opponents of President Erdogan said the vote was unfair. '
      + 'Members of the Labour Party said they would vote no. A spokesman for Google said the service was back.';
    const mentions = mentionsIn(text, [['Donald Trump', 'PER', 'Donald Trump', 'USAGOV'], ['Erdogan', 'PER', 'Recep Tayyip Erdogan', 'TURGOV'],
      ['Labour Party', 'ORG', 'British Labour Party', 'GBRPTY'], ['Google', 'ORG', 'Google', 'MNCUSAMED']]);
    const name = namesIn(text, mentions);
    expect([name('Critics of Donald Trump'), name('Opponents of President Erdogan'), name('Members of the Labour Party'), name('A spokesman for Google')])
      .toEqual(['Critics of Donald Trump', 'Opponents of President Erdogan', 'British Labour Party', 'Google']);
  });
  it('expands a surname to the full name given before', () => {
    const text = 'Iranian President Hassan Rouhani arrived. Rouhani said so.';
    const mentions = mentionsIn(text, [['Hassan Rouhani', 'PER'], ['Rouhani', 'PER']]);
    expect(resolveSpeaker({ text, source: at(text, 'Rouhani', 30), mentions, previous: [], titles }).name).toBe('Hassan Rouhani');
    // Constructed, as a wire story breaks its lines: the full name runs over a line end.
    const wire = '"Bonds are firm," said Harwell Securities analyst Craig\nSloane. Sloane said more was to come.';
    const wireMentions = mentionsIn(wire, [['Craig\nSloane', 'PER'], ['Sloane', 'PER']]);
    expect(resolveSpeaker({ text: wire, source: at(wire, 'Sloane', wire.indexOf('Sloane said')), mentions: wireMentions, previous: [], titles }).name?.replace(/\s+/g, ' ')).toBe('Craig Sloane');
  });
  it('does not take the body a document was filed with, fronted before the source, for the speaker', () => {
    // Constructed, in the form of wire stories.
    const text = 'In a filing with the Securities and Exchange Commission, Harwell Corp, which is controlled by Ann Berle, said it sold shares.';
    const mentions = mentionsIn(text, [['Securities and Exchange Commission', 'ORG', 'Securities and Exchange Commission', 'USAGOVBUS'], ['Harwell Corp', 'ORG', 'Harwell Corp', 'USABUS'], ['Ann Berle', 'PER']]);
    expect(namesIn(text, mentions)('In a filing with the Securities and Exchange Commission, Harwell Corp, which is controlled by Ann Berle')).toBe('Harwell Corp');
  });
  it('does not take a name in a relative clause after the source\'s own words for the speaker', () => {
    // Constructed, in the form of wire stories.
    const text = 'A member of the board which regulates the Grain Credit System predicted losses. Harwell Corp said sales rose. The company, which is controlled by Northfield Holdings, said it would hire.';
    const mentions = mentionsIn(text, [['Grain Credit System', 'ORG'], ['Harwell Corp', 'ORG'], ['Northfield Holdings', 'ORG']]);
    const name = namesIn(text, mentions);
    expect(name('A member of the board which regulates the Grain Credit System')).toBe('member of the board');
    expect(name('The company, which is controlled by Northfield Holdings')).toBe('Harwell Corp');
  });
  it('gives "he" to a speaker described, not named, quoted just before, over the one named before whom coreference chose', () => {
    // Constructed, in the form of a wire story: coreference, which knows names only, gave "he" to the company.
    const text = 'In its prospectus, Northfield had estimated the shares would fetch 22 dlrs. "We cannot comment," said a spokesman for Harwell and Co. "The regulator is cautious," he said.';
    // (The pronoun's mention, coreference's, only where it is the word "he".)
    const he = (t: string): Mention => ({ ...at(t, 'he', t.indexOf('" he')), text: 'he', type: 'PER', name: 'Northfield' });
    const mentions = [...mentionsIn(text, [['Northfield', 'PER'], ['Harwell and Co.', 'ORG', 'Harwell and Co.', 'USABUS']]), he(text)];
    const spokesman = { speaker: { name: 'Harwell and Co.', actor: 'USABUS', org: true }, at: at(text, 'a spokesman').start, span: at(text, 'a spokesman for Harwell and Co.') };
    expect(resolveSpeaker({ text, source: at(text, 'he', text.indexOf('" he')), mentions, previous: [spokesman], titles })).toMatchObject({ name: 'Harwell and Co.', via: 'pronoun' });
    // Not a speaker named, whom coreference knows, nor one of the other gender, nor one quoted before the last mention of the one it chose.
    const spokeswoman = text.replace('a spokesman', 'a spokeswoman');
    expect(resolveSpeaker({ text: spokeswoman, source: at(spokeswoman, 'he', spokeswoman.indexOf('" he')), mentions: [...mentionsIn(spokeswoman, [['Northfield', 'PER'], ['Harwell and Co.', 'ORG', 'Harwell and Co.', 'USABUS']]), he(spokeswoman)], titles,
      previous: [{ ...spokesman, span: at(spokeswoman, 'a spokeswoman for Harwell and Co.') }] })).toMatchObject({ name: 'Northfield', via: 'coreference' });
    const named = { ...spokesman, span: at(text, 'Harwell and Co.') };
    expect(resolveSpeaker({ text, source: at(text, 'he', text.indexOf('" he')), mentions, previous: [named], titles })).toMatchObject({ name: 'Northfield', via: 'coreference' });
    const later = text.replace('"The regulator', 'Northfield agreed. "The regulator');
    const laterMentions = [...mentionsIn(later, [['Northfield', 'PER'], ['Harwell and Co.', 'ORG', 'Harwell and Co.', 'USABUS']]), he(later)];
    expect(resolveSpeaker({ text: later, source: at(later, 'he', later.indexOf('" he')), mentions: laterMentions, titles,
      previous: [{ ...spokesman, at: at(later, 'a spokesman').start, span: at(later, 'a spokesman for Harwell and Co.') }] })).toMatchObject({ name: 'Northfield', via: 'coreference' });
  });
  it('gives "he" to someone new named by their trade ("An analyst who wanted anonymity"), not to one a definite description names again', () => {
    // Constructed, in the form of a wire story: coreference gave "he" to the vice president named before.
    const text = 'Wayne Jones, a vice president, said the firm would stay independent. An analyst who wanted anonymity said the price was decent. "A bidding war is stretching it," he said.';
    const he = (t: string): Mention => ({ ...at(t, 'he', t.indexOf('" he')), text: 'he', type: 'PER', name: 'Wayne Jones' });
    const mentions = [...mentionsIn(text, [['Wayne Jones', 'PER']]), he(text)];
    const analyst = { speaker: { name: 'analyst', via: 'words' as const }, at: at(text, 'An analyst').start, span: at(text, 'An analyst who wanted anonymity') };
    expect(resolveSpeaker({ text, source: at(text, 'he', text.indexOf('" he')), mentions, previous: [analyst], titles })).toMatchObject({ name: 'analyst', via: 'pronoun' });
    // "The executive" after the executive was named is the one named.
    const again = text.replace('An analyst who wanted anonymity said', 'Jones left. The executive said');
    const againMentions = [...mentionsIn(again, [['Wayne Jones', 'PER']]), he(again)];
    const executive = { speaker: { name: 'executive', via: 'words' as const }, at: at(again, 'The executive').start, span: at(again, 'The executive') };
    expect(resolveSpeaker({ text: again, source: at(again, 'he', again.indexOf('" he')), mentions: againMentions, previous: [executive], titles })).toMatchObject({ name: 'Wayne Jones' });
  });
  it('expands a name coreference gave a pronoun, and a surname to the person named first with it', () => {
    // Wikinews, 2019-01-20: coreference names "He" by the surname alone; his wife is named later.
    const text = 'Tony Mendez, the CIA officer, died. Mendez spent his career abroad. His wife Jonna Mendez was an officer too. He said it was a job. Mendez said so.';
    const mentions = mentionsIn(text, [['Tony Mendez', 'PER'], ['Jonna Mendez', 'PER'], ['Mendez', 'PER'], ['He', 'PER', 'Mendez']]);
    expect(resolveSpeaker({ text, source: at(text, 'He', text.indexOf('He said')), mentions, previous: [], titles }).name).toBe('Tony Mendez');
    expect(resolveSpeaker({ text, source: at(text, 'Mendez', text.indexOf('Mendez said')), mentions, previous: [], titles }).name).toBe('Tony Mendez');
  });
  it('expands the first of two family names to the person named in full, for a person only', () => {
    // Wikinews, "Puerto Rico governor announces resignation following protests" (2019-07-28).
    const text = 'Ricardo Rosselló Nevares, Puerto Rico\'s governor, announced his resignation. Rosselló said he is to leave office next month.';
    const mentions = mentionsIn(text, [['Ricardo Rosselló Nevares', 'PER'], ['Rosselló', 'PER']]);
    expect(resolveSpeaker({ text, source: at(text, 'Rosselló', text.indexOf('Rosselló said')), mentions, previous: [], titles }).name).toBe('Ricardo Rosselló Nevares');
    // (Constructed: a group named by the family, as "The Hunt group" is, is no one of them.)
    const text2 = 'Ricardo Rosselló Nevares, Puerto Rico\'s governor, announced his resignation. The Rosselló group said it would sell.';
    const mentions2 = mentionsIn(text2, [['Ricardo Rosselló Nevares', 'PER'], ['Rosselló', 'ORG']]);
    expect(resolveSpeaker({ text: text2, source: at(text2, 'The Rosselló group'), mentions: mentions2, previous: [], titles }).name).not.toBe('Ricardo Rosselló Nevares');
  });
  it('gives a name in a headline\'s capitals the code of the same name in the body', () => {
    // Constructed, in the form of a 1987 wire story: the headline's "OPEC" is no entity of its own.
    const text = 'OPEC SAYS FEBRUARY OUTPUT UNDER CEILING\n\nVIENNA, March 7 - OPEC said its output was under the ceiling.';
    const mentions: Mention[] = [{ ...at(text, 'OPEC'), text: 'OPEC', name: 'OPEC', type: 'NAME' }, { ...at(text, 'OPEC', 10), text: 'OPEC', name: 'OPEC', type: 'ORG', actor: 'IGOOPC' }];
    expect(resolveSpeaker({ text, source: at(text, 'OPEC'), mentions, previous: [], titles })).toMatchObject({ name: 'OPEC', actor: 'IGOOPC' });
  });
  it('gives a country that is the whole source its actor code, whether or not its name is written otherwise', () => {
    const text = 'Australia said exports would rise. Britain said so too.';
    const mentions = mentionsIn(text, [['Australia', 'LOC', 'Australia', 'AUS'], ['Britain', 'LOC', 'United Kingdom', 'GBR']]);
    expect(resolveSpeaker({ text, source: at(text, 'Australia'), mentions, previous: [], titles })).toMatchObject({ name: 'Australia', actor: 'AUS' });
    expect(resolveSpeaker({ text, source: at(text, 'Britain'), mentions, previous: [], titles })).toMatchObject({ name: 'United Kingdom', actor: 'GBR' });
  });
  it('names a source by its words where its first word is capitalised only because it opens the sentence', () => {
    // Wikinews, 2019-06-23 (Hong Kong protesters surround police headquarters).
    const text = 'They had asked Chief Executive Carrie Lam to resign. Legal and religious groups have also called for the bill to be dropped.';
    expect(namesIn(text, mentionsIn(text, [['Carrie Lam', 'PER'], ['Legal', 'NAME']]))('Legal and religious groups')).toBe('Legal and religious groups');
    const t1 = 'The bank denied it. Company sources said the talks had failed.';
    expect(namesIn(t1, mentionsIn(t1, [['Company', 'NAME']]))('Company sources')).toBe('Company sources');
    // An acronym, a name written in the middle of a sentence and a name with "and" stay names.
    const t2 = 'The agency said so. FDA officials said the drug was safe. Later, Standard and Poor\'s said the rating was firm.';
    const n2 = namesIn(t2, mentionsIn(t2, [['FDA', 'NAME'], ['Standard', 'NAME']]));
    expect(n2('FDA officials')).toBe('FDA');
    expect(n2('Standard and Poor\'s')).toBe('Standard and Poor\'s');
  });
  it('gives "the diplomat" the last speaker named by a diplomatic role', () => {
    // Constructed, in the form of TASS copy.
    const text = 'Russia will respond to any new sanctions, Deputy Foreign Minister Sergei Ryabkov told TASS. "Our response will be firm," the diplomat said.';
    const mentions = mentionsIn(text, [['Sergei Ryabkov', 'PER', 'Sergei Ryabkov', 'RUSGOV']]);
    const previous = [{ at: at(text, 'Deputy Foreign Minister Sergei Ryabkov').start, speaker: { name: 'Sergei Ryabkov', actor: 'RUSGOV' } as Speaker, span: at(text, 'Deputy Foreign Minister Sergei Ryabkov') }];
    expect(resolveSpeaker({ text, source: at(text, 'the diplomat'), mentions, previous, titles })).toMatchObject({ name: 'Sergei Ryabkov', actor: 'RUSGOV', via: 'earlier' });
    // No earlier speaker of that kind: the words themselves.
    const t2 = 'Acme Corp chairman John Smith said profits rose. "Our response will be firm," the diplomat said.';
    const p2 = [{ at: at(t2, 'Acme Corp chairman John Smith').start, speaker: { name: 'John Smith' } as Speaker, span: at(t2, 'Acme Corp chairman John Smith') }];
    expect(resolveSpeaker({ text: t2, source: at(t2, 'the diplomat'), mentions: [], previous: p2, titles }).name).toBe('diplomat');
  });
  it('gives a definite "the paper" the news medium last named or quoted, and no medium to a paper of no one', () => {
    // Constructed, in the form of agency copy quoting a newspaper.
    const text = 'Grain output rose last year, the Harbin Evening News said. The paper said the harvest was the best in a decade.';
    const mentions = mentionsIn(text, [['Harbin Evening News', 'ORG']]);
    const previous = [{ at: at(text, 'the Harbin Evening News').start, speaker: { name: 'Harbin Evening News', org: true } as Speaker, span: at(text, 'the Harbin Evening News') }];
    expect(resolveSpeaker({ text, source: at(text, 'The paper'), mentions, previous, titles })).toMatchObject({ name: 'Harbin Evening News', org: true });
    // A trade paper quoted as one ("the official Economic Digest newspaper"), whose name says nothing of a medium.
    const t2 = 'The official Economic Digest newspaper said output would fall. The trade paper said mills were losing money.';
    const p2 = [{ at: 0, speaker: { name: 'Economic Digest' } as Speaker, span: at(t2, 'The official Economic Digest newspaper') }];
    expect(resolveSpeaker({ text: t2, source: at(t2, 'The trade paper'), mentions: mentionsIn(t2, [['Economic Digest', 'ORG']]), previous: p2, titles }).name).toBe('Economic Digest');
    // No medium named: the paper is a study's, and its words are all there is ("a paper" never resolves).
    const t3 = 'Researchers at Acme University studied the samples. The paper said the results were clear. A paper said so too.';
    const m3 = mentionsIn(t3, [['Acme University', 'ORG']]);
    expect(resolveSpeaker({ text: t3, source: at(t3, 'The paper'), mentions: m3, previous: [], titles }).name).toBe('paper');
    expect(resolveSpeaker({ text: t3, source: at(t3, 'A paper'), mentions: m3, previous: [], titles }).name).toBe('paper');
  });
  it('lets "they" go on in the voice of people the actor stage coded, named by a plural noun', () => {
    // Constructed, in the form of a wire story: coreference gave "they" the country.
    const text = 'Cargo handling resumed at the port today, port officials said. Loading of 14 ships started this morning, they said.';
    const they = text.indexOf('they');
    const mentions: Mention[] = [{ ...at(text, 'port officials'), text: 'port officials', type: 'PER', name: 'Bangladesh port officials', actor: 'BGDGOV' },
      { start: they, end: they + 4, text: 'they', type: 'LOC', name: 'Bangladesh', actor: 'BGD' }];
    const previous = [{ at: at(text, 'port officials').start, speaker: { name: 'Bangladesh port officials', actor: 'BGDGOV', via: 'name' } as Speaker, span: at(text, 'port officials') }];
    expect(resolveSpeaker({ text, source: { start: they, end: they + 4 }, mentions, previous, titles })).toMatchObject({ name: 'Bangladesh port officials', actor: 'BGDGOV' });
    // (Not a person's name that ends in "s".)
    const named = [{ ...previous[0]!, speaker: { name: 'James Rogers', via: 'name' } as Speaker }];
    expect(resolveSpeaker({ text, source: { start: they, end: they + 4 }, mentions, previous: named, titles }).name).not.toBe('James Rogers');
  });
  it('lets "they" go on in the voice of a group quoted just before, not of the countries coreference found in its words', () => {
    // Wikinews, 2020-01-11, "Cairo summit denounces Turkish-Libyan maritime border agreement" (CC BY 2.5), shortened.
    const text = 'They concluded that the maritime border agreement between Turkey and Libya is "null and void". They called on Turkey to halt its drilling.';
    const second = text.indexOf('They', 5);
    const mentions: Mention[] = [...mentionsIn(text, [['Turkey', 'LOC', 'Turkey', 'TUR'], ['Libya', 'LOC', 'Libya', 'LBY']]),
      { start: second, end: second + 4, text: 'They', type: 'LOC' as const, name: 'Turkey and Libya' }].sort((a, b) => a.start - b.start);
    const previous = [{ at: 0, speaker: { name: 'Nikos Christodoulides and Jean-Yves Le Drian', group: true } as Speaker, span: { start: 0, end: 4 } }];
    const source = { start: second, end: second + 4 };
    expect(resolveSpeaker({ text, source, mentions, previous, titles }).name).toBe('Nikos Christodoulides and Jean-Yves Le Drian');
    // With no one quoted before, still not the countries coreference found: the summit's ministers concluded that the
    // agreement between Turkey and Libya is void, not Turkey and Libya.
    expect(resolveSpeaker({ text, source, mentions, previous: [], titles }).name).toBeNull();
    // … nor of the country coreference found for a "they" paragraphs after: constructed, in the form of market copy.
    const t3 = 'Kenya will buy more wheat this year, grain traders said. The purchases would be paid for with a loan from a development bank, '
      + 'which signed an agreement with the government last week in Nairobi after months of talks about the terms and the timing. '
      + 'Prices have risen since the drought cut the harvest in the north and the west of the country by a third.\n\nKenya had bought 400,000 tonnes since July, they added.';
    const they3 = t3.lastIndexOf('they');
    const m3: Mention[] = [...mentionsIn(t3, [['Kenya', 'LOC', 'Kenya', 'KEN'], ['Nairobi', 'LOC', 'Nairobi']]),
      { start: they3, end: they3 + 4, text: 'they', type: 'LOC' as const, name: 'Kenya', actor: 'KEN' }].sort((a, b) => a.start - b.start);
    const p3 = [{ at: at(t3, 'grain traders').start, speaker: { name: 'grain traders', via: 'words' } as Speaker, span: at(t3, 'grain traders') }];
    expect(they3 - p3[0]!.at).toBeGreaterThan(300);
    expect(resolveSpeaker({ text: t3, source: { start: they3, end: they3 + 4 }, mentions: m3, previous: p3, titles }).name).toBe('grain traders');
  });
  it('marks a group of people or bodies that coreference found as a group speaker, not one of countries from a plural noun', () => {
    const they = { start: 0, end: 4, text: 'They', via: 'coref', members: ['CYPGOV', 'FRAGOV'], name: 'Nikos Christodoulides and Jean-Yves Le Drian' };
    expect(entityMentions([{ ...they, type: 'PER' }])[0]).toMatchObject({ group: true });
    expect(entityMentions([{ ...they, type: 'MISC', members: ['IND', 'CHN'], name: 'India, China' }])[0]!.group).toBeUndefined();
  });
  it('gives "the agency" an earlier speaker named so, not one whose words only hold the word ("agency officials")', () => {
    // Constructed, in the form of space-agency copy.
    const text = 'NASA said the lander is ready. Agency officials have stressed the schedule. The agency said it chose 11 firms.';
    const sp = (words: string, speaker: Speaker) => ({ at: at(text, words).start, speaker, span: at(text, words) });
    const previous = [sp('NASA', { name: 'National Aeronautics and Space Administration', actor: 'USAGOV', org: true }), sp('Agency officials', { name: 'Agency officials', via: 'words' })];
    const mentions = mentionsIn(text, [['NASA', 'ORG', 'National Aeronautics and Space Administration', 'USAGOV']]);
    expect(resolveSpeaker({ text, source: at(text, 'The agency'), mentions, previous, titles }).name).toBe('National Aeronautics and Space Administration');
    // The word as the head of the earlier words, or in a name there, still names them.
    const cases: [string, string, string, string][] = [
      ['A Council for Economic Planning and Development spokesman said exports rose. The spokesman said so.', 'A Council for Economic Planning and Development spokesman', 'Council for Economic Planning and Development spokesman', 'The spokesman'],
      ['The Bank of England said money was tight. The bank said so.', 'The Bank of England', 'Bank of England', 'The bank'],
      ['Figures released by the Kenya Statistics Bureau show trade rose. The bureau said so.', 'Figures released by the Kenya Statistics Bureau', 'Kenya Statistics Bureau', 'The bureau'],
      ['Archbishop Jorge Scheinig spoke at Mass. The archbishop called it a tragedy.', 'Archbishop Jorge Scheinig', 'Jorge Scheinig', 'The archbishop'],
    ];
    for (const [t, words, name, source] of cases) {
      const prev = [{ at: at(t, words).start, speaker: { name } as Speaker, span: at(t, words) }];
      expect(resolveSpeaker({ text: t, source: at(t, source), mentions: [], previous: prev, titles }).name, source).toBe(name);
    }
  });
  it('never names whoever polled, asked or quoted the source ("economists polled by Reuters")', () => {
    // Constructed, in the forms of agency copy.
    const cases: [string, string, [string, Mention['type']][], string][] = [
      ['Economists polled by Reuters said rates would fall.', 'Economists polled by Reuters', [['Reuters', 'ORG']], 'Economists'],
      ['Bankers surveyed by the Kansas City Federal Reserve Bank said credit was stable.', 'Bankers surveyed by the Kansas City Federal Reserve Bank', [['Kansas City Federal Reserve Bank', 'ORG']], 'Bankers'],
      ['European Commission President Jacques Delors, quoted by Le Monde newspaper, said the bid was welcome.', 'European Commission President Jacques Delors, quoted by Le Monde newspaper', [['Jacques Delors', 'PER'], ['Le Monde', 'ORG']], 'Jacques Delors'],
    ];
    for (const [text, source, ms, want] of cases) expect(namesIn(text, mentionsIn(text, ms))(source)).toBe(want);
  });
  it('never names the body words were filed with, but who published them', () => {
    // Wikinews, 2019-10-25, "Wash your hands or else spread superbug E. coli, say scientists", CC BY 2.5.
    const t1 = 'According to a survey published in 2017 by the Royal Pharmaceutical Society, 84% of surveyed Britons did not wash their hands well enough.';
    expect(namesIn(t1, mentionsIn(t1, [['Royal Pharmaceutical Society', 'ORG']]))('a survey published in 2017 by the Royal Pharmaceutical Society')).toBe('Royal Pharmaceutical Society');
    // Constructed, in the form of a 1987 wire story: the company's own filing, not the commission's words.
    const t2 = 'Harwell Foods Inc said its chairman resigned. According to proxy material the company filed with the Securities and Exchange Commission last year, he then held 4.5 pct of its stock.';
    const ms2 = mentionsIn(t2, [['Harwell Foods Inc', 'ORG', 'Harwell Foods Inc', 'USABUS'], ['Securities and Exchange Commission', 'ORG', 'Securities and Exchange Commission', 'USAGOVBUS']]);
    expect(namesIn(t2, ms2)('proxy material the company filed with the Securities and Exchange Commission last year')).not.toBe('Securities and Exchange Commission');
    // (A finite passive's participle is no filing's: "Reagan's budget was submitted in January but Congress" names Congress.)
    const t3 = 'Reagan\'s budget was submitted in January but Congress generally has rejected it.';
    expect(namesIn(t3, mentionsIn(t3, [['Reagan', 'PER'], ['Congress', 'ORG']]))('Reagan\'s budget was submitted in January but Congress')).toBe('Congress');
  });
  it('names people given together with an office each as one group, but not people given as examples or in an apposition', () => {
    // Constructed.
    const cases: [string, string, [string, Mention['type'], string?][], string | null][] = [
      ['Bank chairman Robert Jucker and Finance Director Hermann Haerri told reporters the dividend would rise.', 'Bank chairman Robert Jucker and Finance Director Hermann Haerri',
        [['Robert Jucker', 'PER'], ['Finance', 'ORG'], ['Hermann Haerri', 'PER']], 'Robert Jucker and Hermann Haerri'],
      ['Party nominee Anna Berg and vice presidential nominee Carl Moe said they would run.', 'Party nominee Anna Berg and vice presidential nominee Carl Moe',
        [['Anna Berg', 'PER'], ['Carl Moe', 'PER']], 'Anna Berg and Carl Moe'],
      ['Biden and Harris both said the plan would work.', 'Biden and Harris both', [['Biden', 'PER', 'Joe Biden'], ['Harris', 'PER', 'Kamala Harris']], 'Joe Biden and Kamala Harris'],
      ['President Hosni Mubarak and Egyptian ambassador to Moscow Salah Bassiouni said ties had improved.', 'President Hosni Mubarak and Egyptian ambassador to Moscow Salah Bassiouni',
        [['Hosni Mubarak', 'PER'], ['Egyptian ambassador', 'PER'], ['Salah Bassiouni', 'PER']], 'Hosni Mubarak and Salah Bassiouni'],
      ['Ken Oda, president of Kita Farms, said land was scarce.', 'Ken Oda, president of Kita Farms', [['Ken Oda', 'PER'], ['Kita Farms', 'PER']], 'Ken Oda'],
    ];
    for (const [text, source, ms, want] of cases) expect(namesIn(text, mentionsIn(text, ms))(source), source).toBe(want);
    const t2 = 'Officials, including Commerce Secretary Ann Lee and Defense Secretary Tom Hall, said the sale was blocked.';
    const n2 = namesIn(t2, mentionsIn(t2, [['Commerce', 'ORG'], ['Ann Lee', 'PER'], ['Tom Hall', 'PER']]))('Officials, including Commerce Secretary Ann Lee and Defense Secretary Tom Hall');
    expect(n2).not.toContain(' and ');
  });
  it('gives "Mr. Xi" the family name written first and "the 70-year-old leader" the leader quoted before', () => {
    // Constructed, in the form of agency copy.
    const text = 'Russian President Vladimir Putin met Chinese President Xi Jinping on Monday. "Our ties are at their best," said Mr. Xi. The 70-year-old leader added that trade had grown. The 70-year-old said so twice.';
    const mentions = mergeMentions(mentionsIn(text, [['Vladimir Putin', 'PER', 'Vladimir Putin', 'RUSGOV'], ['Xi Jinping', 'PER', 'Xi Jinping', 'CHNGOV']]),
      nameMentions(text, [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].replace(/[,.]$/, '').length, norm: m[0].toLowerCase(), pos: /^Mr\.$|^Xi$/.test(m[0].replace(/[,.]$/, '')) ? 'PROPN' : 'X' }))));
    const xi = resolveSpeaker({ text, source: at(text, 'Mr. Xi'), mentions, previous: [], titles });
    expect(xi).toMatchObject({ name: 'Xi Jinping', actor: 'CHNGOV' });
    const previous = [{ at: at(text, 'Mr. Xi').start, speaker: xi, span: at(text, 'Mr. Xi') }];
    expect(resolveSpeaker({ text, source: at(text, 'The 70-year-old leader'), mentions, previous, titles }).name).toBe('Xi Jinping');
    expect(resolveSpeaker({ text, source: at(text, 'The 70-year-old', text.indexOf('twice') - 30), mentions, previous, titles }).name).toBe('Xi Jinping');
  });
  it('gives a described role ("the top Russian diplomat", "the UN chief") the last earlier speaker of that role and country or organisation', () => {
    // Constructed, in the forms of TASS and UN News copy.
    const cases: [string, [string, string, string][], string, string][] = [
      ['Moscow is ready for talks, Russian Foreign Minister Sergei Lavrov told reporters. US Secretary of State Antony Blinken disagreed. "The ball is in their court," the top Russian diplomat stressed.',
        [['Russian Foreign Minister Sergei Lavrov', 'Sergei Lavrov', 'RUSGOV'], ['US Secretary of State Antony Blinken', 'Antony Blinken', 'USAGOV']], 'the top Russian diplomat', 'Sergei Lavrov'],
      ['UN Secretary-General António Guterres called for a ceasefire. UN spokesperson Stéphane Dujarric said aid was ready. The UN chief stressed that civilians must be protected.',
        [['UN Secretary-General António Guterres', 'Antonio Guterres', 'IGOUNO'], ['UN spokesperson Stéphane Dujarric', 'Stéphane Dujarric', 'IGOUNO']], 'The UN chief', 'Antonio Guterres'],
    ];
    for (const [text, speakers, source, want] of cases) {
      const previous = speakers.map(([words, name, actor]) => ({ at: at(text, words).start, speaker: { name, actor } as Speaker, span: at(text, words) }));
      const mentions = mentionsIn(text, [...speakers.map(([words, name, actor]): [string, Mention['type'], string, string] => [words.split(' ').slice(-2).join(' '), 'PER', name, actor]),
        ['Russian diplomat', 'PER', 'Russian diplomat', 'RUSGOV'], ['UN', 'ORG', 'United Nations', 'IGOUNO']]);
      expect(resolveSpeaker({ text, source: at(text, source), mentions, previous, titles }).name).toBe(want);
    }
  });
  it('gives "the Indian minister", "the Russian top diplomat" the person of that country named before with that role, quoted or not', () => {
    // Constructed, in the form of TASS copy: neither minister had spoken before the description.
    const text = 'Russian Foreign Minister Sergei Lavrov held talks with Indian External Affairs Minister Subrahmanyam Jaishankar. The Russian top diplomat noted that the treaty had expired. The Indian minister said New Delhi valued the partnership.';
    const mentions = mentionsIn(text, [['Sergei Lavrov', 'PER', 'Sergei Lavrov', 'RUSGOV'], ['Subrahmanyam Jaishankar', 'PER', 'Subrahmanyam Jaishankar', 'INDGOV'],
      ['Russian top diplomat', 'PER', 'Russian top diplomat', 'RUSGOV'], ['Indian minister', 'PER', 'Indian minister', 'INDGOV']]);
    expect(resolveSpeaker({ text, source: at(text, 'The Russian top diplomat'), mentions, previous: [], titles })).toMatchObject({ name: 'Sergei Lavrov', actor: 'RUSGOV' });
    expect(resolveSpeaker({ text, source: at(text, 'The Indian minister'), mentions, previous: [], titles })).toMatchObject({ name: 'Subrahmanyam Jaishankar', actor: 'INDGOV' });
  });
  it('names a source by the name an acronym in brackets stands for, with its code', () => {
    // Wikinews, 2019-12-07 (measles in Samoa).
    const text = 'The vaccination drive itself started November 20. According to the World Health Organization (WHO), vaccination before the outbreak began covered only about 31 percent of Samoans.';
    const mentions = mentionsIn(text, [['World Health Organization', 'ORG', 'World Health Organization', 'IGOUNOHLH'], ['WHO', 'NAME']]);
    expect(resolveSpeaker({ text, source: at(text, 'the World Health Organization (WHO)'), mentions, previous: [], titles })).toMatchObject({ name: 'World Health Organization', actor: 'IGOUNOHLH' });
  });
  it('names an organisation read as two names, its head and what it is of, by the head', () => {
    // Wikinews, 2019-02-02 ("Report indicates Mexican monarch butterfly population at ten-year high, reasons unclear"), shortened, CC BY 2.5; the other constructed.
    const text = 'The Center for Biological Diversity announced on Wednesday the count was up. The Turkish Ministry of Foreign Affairs called the deal legitimate.';
    const mentions = mentionsIn(text, [['Center', 'ORG'], ['Biological Diversity', 'ORG'], ['Ministry', 'ORG', 'Turkey Ministry', 'TURGOV'], ['Foreign Affairs', 'ORG']]);
    expect(resolveSpeaker({ text, source: at(text, 'The Center for Biological Diversity'), mentions, previous: [], titles }).name).toBe('Center for Biological Diversity');
    expect(resolveSpeaker({ text, source: at(text, 'The Turkish Ministry of Foreign Affairs'), mentions, previous: [], titles })).toMatchObject({ name: 'Turkey Ministry', actor: 'TURGOV' });
  });
  it('names a commission read apart from what it is "on" by the whole name', () => {
    // Wikinews, 2019-03-31 ("Turkey's President Erdogan proposes converting Hagia Sophia Museum to mosque"), CC BY 2.5.
    const text = 'This Thursday the United States Commission on International Religious Freedom (USCIRF) also criticized the move.';
    const mentions = mentionsIn(text, [['United States Commission', 'ORG'], ['International Religious Freedom', 'ORG'], ['USCIRF', 'ORG']]);
    expect(resolveSpeaker({ text, source: at(text, 'the United States Commission on International Religious Freedom (USCIRF)'), mentions, previous: [], titles }).name)
      .toBe('United States Commission on International Religious Freedom');
  });
  it('names people a name only qualifies by their own words, not the name', () => {
    // Reuters shape: "FRN traders said" had been the speaker "FRN"; a spokesman still speaks for his firm.
    const text = 'FRN traders said prices fell. Twitter users mocked it. Trump supporters cheered. A Lumen spokesman said so.';
    const name = namesIn(text, mentionsIn(text, [['FRN', 'ORG'], ['Twitter', 'ORG'], ['Trump', 'PER'], ['Lumen', 'ORG']]));
    expect(name('FRN traders')).toBe('FRN traders');
    expect(name('Twitter users')).toBe('Twitter users');
    expect(name('Trump supporters')).toBe('Trump supporters');
    expect(name('A Lumen spokesman')).toBe('Lumen spokesman');
    const text2 = 'Many Muslim majority countries have banned the book.';
    expect(namesIn(text2, mentionsIn(text2, [['Muslim', 'ORG']]))('Many Muslim majority countries')).toMatch(/Muslim majority countries$/);
  });
  it('names no one by an indefinite pronoun or a transcript\'s interjection', () => {
    const text = 'Nobody wants to copy it. Yeah, they keep asking.';
    const name = namesIn(text, mentionsIn(text, [['Yeah', 'ORG']]));
    expect(name('Nobody')).toBeNull();
    expect(name('they')).toBeNull();
  });
  it('resolves "they" to many, never to one named person', () => {
    // Wikinews shape: "They arrested one person" had been Sheriff Kerry Lee, "They also attached" a study's first author.
    const text = 'Sheriff Lee said the base was calm. They arrested one person. The researchers said the wings flapped. Zhao agreed. They also attached wings to ostriches.';
    const mentions = mentionsIn(text, [['Lee', 'PER', 'Kerry Lee'], ['Zhao', 'PER', 'Jing-Shan Zhao']]);
    const lee = { at: text.indexOf('Sheriff Lee'), speaker: { name: 'Kerry Lee', via: 'name' as const } };
    const researchers = { at: text.indexOf('The researchers'), speaker: { name: 'researchers', via: 'words' as const } };
    const zhao = { at: text.indexOf('Zhao'), speaker: { name: 'Jing-Shan Zhao', via: 'name' as const } };
    expect(resolveSpeaker({ text, source: at(text, 'They'), mentions, previous: [lee], titles }).name).toBeNull();
    expect(resolveSpeaker({ text, source: at(text, 'They', text.indexOf('Zhao')), mentions, previous: [lee, researchers, zhao], titles }).name).toBe('researchers');
  });
  it('resolves "they" to the many quoted just before, not to an organisation named since, a news medium or what coreference guessed', () => {
    const text = 'Industry analysts said Acme controls most of the market. They said prices would rise. Acme Corp opened a plant in Ohio on Monday. They said it would hire 200 people.';
    const analysts = { at: text.indexOf('Industry analysts'), speaker: { name: 'Industry analysts', via: 'words' as const } };
    const bbc = { at: text.indexOf('The BBC'), speaker: { name: 'BBC', actor: 'GBRMED', org: true, via: 'name' as const } };
    // The coreference stage's guess for the first "They": the organisation named last.
    const mentions = [...mentionsIn(text, [['Acme Corp', 'ORG'], ['Acme', 'ORG']]),
      { start: text.indexOf('They'), end: text.indexOf('They') + 4, text: 'They', type: 'ORG' as const, name: 'Acme' }].sort((a, b) => a.start - b.start);
    const they = (n: number, previous: Parameters<typeof resolveSpeaker>[0]['previous']) => {
      let i = -1;
      for (let k = 0; k < n; k++) i = text.indexOf('They', i + 1);
      return resolveSpeaker({ text, source: { start: i, end: i + 4 }, mentions, previous, titles }).name;
    };
    expect(they(1, [analysts])).toBe('Industry analysts');
    // No one quoted near: the organisation that is the subject of the sentence before.
    expect(they(2, [])).toBe('Acme Corp');
    // A news medium reports what they say.
    const text2 = 'The BBC reported the strike. They had asked for higher pay.';
    const bbc2 = { ...bbc, at: 0 };
    expect(resolveSpeaker({ text: text2, source: at(text2, 'They'), mentions: mentionsIn(text2, [['BBC', 'ORG', 'BBC', 'GBRMED']]), previous: [bbc2], titles }).name).toBeNull();
  });
  it('reads a name as its person, not as a group of people whose name ends with it', () => {
    // The shape of a Wikinews interview (2020-10-18, "Living with HIV during COVID-19: Wikinews talks to sex workers
    // in Mysore"): coreference made "their" the group of the two named, and the label "Jaya" of her answers had
    // been "Akram Pasha and Jaya".
    const text = 'Two sex workers, Akram Pasha, and Jaya, told us how their lives had changed. Jaya said the lockdown was hard.';
    const group = { start: text.indexOf('their'), end: text.indexOf('their') + 5, text: 'their', type: 'PER' as const, name: 'Akram Pasha and Jaya', group: true };
    const mentions = [...mentionsIn(text, [['Akram Pasha', 'PER'], ['Jaya', 'PER']]), group].sort((a, b) => a.start - b.start);
    const name = namesIn(text, mentions);
    expect(name('Jaya', text.indexOf('Jaya said'))).toBe('Jaya');
  });
  it('reads a name as its person, not as the people coreference named a group phrase by ("two presidents")', () => {
    // Wikinews, "US Speaker Pelosi announces Trump impeachment investigation" (2019-09-25), CC BY 2.5: coreference had
    // made "two presidents" Donald Trump and Nancy Pelosi, and the speaker of "announced" had been both.
    const text = 'Yesterday afternoon, Nancy Pelosi, the Speaker of the House of Representatives, announced that she would be launching an impeachment inquiry. In the history of the United States, only two presidents have been impeached.';
    const two = at(text, 'two presidents');
    const group = entityMentions([{ ...two, text: 'two presidents', type: 'MISC', via: 'coref', members: ['USAGOV', 'USALEG'], name: 'Donald Trump, Nancy Pelosi', memberNames: ['Donald Trump', 'Nancy Pelosi'] }])[0]!;
    expect(group.group).toBe(true);
    const mentions = [...mentionsIn(text, [['Nancy Pelosi', 'PER', 'Nancy Pelosi', 'USALEG']]), group].sort((a, b) => a.start - b.start);
    const source = at(text, 'Nancy Pelosi, the Speaker of the House of Representatives');
    expect(resolveSpeaker({ text, source, mentions, previous: [], titles }).name).toBe('Nancy Pelosi');
  });
  it('reads a "we" outside any quotation as the writer\'s, no one quoted before', () => {
    // Constructed, in the shape of a product review: "We didn't get any information" had been Apple's.
    const text = 'Apple says the fans are quieter. We didn\'t get any information on repairs.';
    const apple = { at: 0, speaker: { name: 'Apple', org: true, via: 'name' as const } };
    expect(resolveSpeaker({ text, source: at(text, 'We'), mentions: mentionsIn(text, [['Apple', 'ORG']]), previous: [apple], titles }).name).toBeNull();
  });
  it('resolves "they" to many quoted before whose name an earlier source gave ("the sources" as "oil industry sources")', () => {
    // Constructed, in the form of market copy.
    const text = 'The sources said output fell. OPEC meets in June. They said prices would rise.';
    const sources = { at: 0, speaker: { name: 'oil industry sources', via: 'earlier' as const } };
    expect(resolveSpeaker({ text, source: at(text, 'They'), mentions: mentionsIn(text, [['OPEC', 'ORG']]), previous: [sources], titles }).name).toBe('oil industry sources');
  });
  it('names a source by the name of its own words, not by one in an adjunct after them', () => {
    // Web news shape: "said a Lumen spokesperson when contacted by Reuters" had been named Reuters.
    const text = '"We are cooperating," said a Lumen spokesperson when contacted by Reuters. Fenwick, via the Daily Star, said more.';
    const name = namesIn(text, mentionsIn(text, [['Lumen', 'ORG'], ['Reuters', 'ORG'], ['Fenwick', 'NAME'], ['Daily Star', 'ORG']]));
    expect(name('a Lumen spokesperson when contacted by Reuters')).toBe('Lumen');
    expect(name('Fenwick, via the Daily Star')).toBe('Fenwick');
  });
  it('resolves a description by the title it was introduced with', () => {
    const text = 'Russian President Vladimir Putin met Iranian President Hassan Rouhani. Later the Iranian president said it was useful.';
    const mentions = mentionsIn(text, [['Vladimir Putin', 'PER'], ['Hassan Rouhani', 'PER']]);
    expect(resolveSpeaker({ text, source: at(text, 'the Iranian president'), mentions, previous: [], titles }).name).toBe('Hassan Rouhani');
  });
  it('resolves "he" to the later of the last speaker and the last person named', () => {
    const text = 'Lavrov spoke first. Then Cavusoglu arrived. He said it was time.';
    const mentions = mentionsIn(text, [['Lavrov', 'PER', 'Sergei Lavrov'], ['Cavusoglu', 'PER', 'Mevlut Cavusoglu']]);
    const previous = [{ at: 0, speaker: { name: 'Sergei Lavrov' } }];
    expect(resolveSpeaker({ text, source: at(text, 'He'), mentions, previous, titles }).name).toBe('Mevlut Cavusoglu');
    const text2 = 'Cavusoglu arrived. Lavrov spoke first. He said it was time.';
    const m2 = mentionsIn(text2, [['Lavrov', 'PER', 'Sergei Lavrov'], ['Cavusoglu', 'PER', 'Mevlut Cavusoglu']]);
    expect(resolveSpeaker({ text: text2, source: at(text2, 'He'), mentions: m2, previous: [{ at: 19, speaker: { name: 'Sergei Lavrov' } }], titles }).name).toBe('Sergei Lavrov');
  });
  it('names a source by its words without the time written after them, after a heading\'s colon, and not by a time or a conjunction alone', () => {
    // Shapes of Wikinews 2019 sentences: the tagger's source spans run on into the time.
    const text = 'The website yesterday suggested piracy. State media on Saturday reported a collapse. USA Today reported it first. '
      + 'Java Sea: All three nations offered help. This week saw a referendum. Upon learning of it, he left.';
    const name = (s: string) => resolveSpeaker({ text, source: at(text, s), mentions: [], previous: [], titles }).name;
    expect(name('The website yesterday')).toBe('website');
    expect(name('State media on Saturday')).toBe('State media');
    expect(name('USA Today')).toBe('USA Today');
    expect(name('Java Sea: All three nations')).toBe('All three nations');
    expect(name('This week')).toBeNull();
    expect(name('Upon')).toBeNull();
  });
  it('names a relative pronoun after a speaking noun no name stands for by that noun, and reads "WHO" as no pronoun', () => {
    const text = 'The shooting began at 10:39, according to police, who said officers came later. Paperwork piled up at the finance ministry, which said nothing. '
      + 'The bridge, which opened in May, is closed. WHO said the risk was high.';
    const sp = (s: string, from = 0) => resolveSpeaker({ text, source: at(text, s, from), mentions: [], previous: [], titles });
    expect(sp('who')).toMatchObject({ name: 'police', via: 'relative', from: at(text, 'police') });
    expect(sp('which')).toMatchObject({ name: 'finance ministry', via: 'relative' });
    expect(sp('which', text.indexOf('The bridge')).name).toBeNull(); // a bridge says nothing
    expect(sp('WHO').name).toBe('WHO');
    // Constructed, in the form of agency copy: many of a kind, after "some", "many", "several".
    const text2 = 'The declines surprised some dealers, who speculated the bank had sold bonds. The plan angered many local traders, who said it would hurt them.';
    const sp2 = (s: string) => resolveSpeaker({ text: text2, source: at(text2, s), mentions: [], previous: [], titles });
    expect(sp2('who')).toMatchObject({ name: 'some dealers', via: 'relative' });
    expect(resolveSpeaker({ text: text2, source: at(text2, 'who', text2.indexOf('traders')), mentions: [], previous: [], titles }).name).toBe('many local traders');
  });
  it('gives "which" right after a country to the country, but "who", a name\'s end or a topic to no country', () => {
    // Constructed, in the forms of wire stories.
    const text = 'Assange is fighting extradition to the United States, which accuses him of espionage. The boy met a man from Jordan, who advised him to leave. '
      + 'Protesters stood before the Supreme Court of the United States, which rejected the suit. Analysts read a report on Turkey, which said inflation would fall.';
    const mentions = mentionsIn(text, [['United States', 'LOC', 'United States', 'USA'], ['Jordan', 'LOC', 'Jordan', 'JOR'], ['Supreme Court', 'ORG'], ['Turkey', 'LOC', 'Turkey', 'TUR']]);
    const sp = (s: string, from: string) => resolveSpeaker({ text, source: at(text, s, text.indexOf(from)), mentions, previous: [], titles });
    expect(sp('which', 'Assange')).toMatchObject({ name: 'United States', actor: 'USA', via: 'relative' });
    expect(sp('who', 'The boy').name).not.toBe('Jordan');
    expect(sp('which', 'Protesters').name).not.toBe('United States');
    expect(sp('which', 'Analysts').name).not.toBe('Turkey');
  });
  it('gives a relative pronoun after a common noun that is no apposition that noun, not a name further back', () => {
    // Wikinews, "Charlottesville, Virginia killer sentenced to life in prison" (2019-07-01); and constructed, in the form of a wire story.
    const text = 'The hearings included an apology from Fields, and requests for leniency from Fields\' lawyers, who argued his history of mental illness. '
      + 'The ministry said China welcomed a Monday court ruling, which rejected a petition.';
    const mentions = mentionsIn(text, [['Fields', 'PER'], ['China', 'LOC', 'China', 'CHN']]);
    const sp = (s: string) => resolveSpeaker({ text, source: at(text, s), mentions, previous: [], titles });
    expect(sp('who')).toMatchObject({ name: 'lawyers', via: 'relative' });
    expect(sp('which').name).toBeNull();
  });
  it('takes "the government" for no earlier speaker whose apposition merely holds the word', () => {
    // A Reuters shape: "The government said" had been the chairman of a commission on good government.
    const text = 'Ramon Diaz, chairman of the Commission on Good Government, said assets were found. The government announced a sale. '
      + 'A senior bank official said rates would fall. The official said more.';
    const previous = [
      { at: 0, speaker: { name: 'Ramon Diaz' }, span: at(text, 'Ramon Diaz, chairman of the Commission on Good Government') },
      { at: text.indexOf('A senior'), speaker: { name: 'senior bank official' }, span: at(text, 'A senior bank official') },
    ];
    const mentions = mentionsIn(text, [['Ramon Diaz', 'PER']]);
    expect(resolveSpeaker({ text, source: at(text, 'The government'), mentions, previous, titles }).name).not.toBe('Ramon Diaz');
    expect(resolveSpeaker({ text, source: at(text, 'The official'), mentions, previous, titles })).toMatchObject({ name: 'senior bank official', via: 'earlier' });
  });
  it('names a non-person source by its own words, or by the organisation it stands for', () => {
    const text = 'The Foreign Ministry issued a note. The ministry said the envoy was recalled. The joint statement underlined the point.';
    const mentions = mentionsIn(text, [['Foreign Ministry', 'ORG']]);
    expect(resolveSpeaker({ text, source: at(text, 'The ministry'), mentions, previous: [], titles }).name).toBe('Foreign Ministry');
    expect(resolveSpeaker({ text, source: at(text, 'The joint statement'), mentions, previous: [], titles }).name).toBe('joint statement');
  });
  it('reads "it" and "the company" as the organisation last quoted, else the last one named', () => {
    const text = 'Acme Corp said it bought a mill from Borg Ltd. It said the price was fair. The chemical company said more mills would follow.';
    const mentions = mentionsIn(text, [['Acme Corp', 'ORG'], ['Borg Ltd', 'ORG']]);
    const first = resolveSpeaker({ text, source: at(text, 'Acme Corp'), mentions, previous: [], titles });
    expect(first).toMatchObject({ name: 'Acme Corp', org: true });
    const previous = [{ at: 0, speaker: first }];
    // Borg Ltd was named after Acme spoke, but Acme is who is speaking.
    expect(resolveSpeaker({ text, source: at(text, 'It'), mentions, previous, titles }).name).toBe('Acme Corp');
    expect(resolveSpeaker({ text, source: at(text, 'The chemical company'), mentions, previous, titles }).name).toBe('Acme Corp');
    // Nobody quoted yet: the last organisation named; none at all: no name rather than "It".
    expect(resolveSpeaker({ text, source: at(text, 'It'), mentions, previous: [], titles }).name).toBe('Borg Ltd');
    expect(resolveSpeaker({ text, source: at(text, 'It'), mentions: [], previous: [], titles }).name).toBeNull();
  });
  it('reads "the spokesman" as the speaker an earlier source with those words was', () => {
    const text = 'Brakes were faulty, a Volta spokesman said. The spokesman said recalls would start soon. The Russian president spoke.';
    const mentions = mentionsIn(text, [['Volta', 'ORG']]);
    const first = resolveSpeaker({ text, source: at(text, 'a Volta spokesman'), mentions, previous: [], titles });
    expect(first.name).toBe('Volta spokesman');
    const previous = [{ at: at(text, 'a Volta spokesman').start, speaker: first, span: at(text, 'a Volta spokesman') }];
    expect(resolveSpeaker({ text, source: at(text, 'The spokesman'), mentions, previous, titles }).name).toBe('Volta spokesman');
    // Every word must be there: "the Russian president" is not whoever "a Volta spokesman" was.
    expect(resolveSpeaker({ text, source: at(text, 'The Russian president'), mentions, previous, titles }).name).not.toBe('Volta spokesman');
  });
  it('reads "one official", "another diplomat" as one of the many quoted shortly before by those words', () => {
    // Constructed, in the form of a wire story.
    const text = 'Egypt will propose a new schedule for its military debt, Egyptian officials said. One official said talks would start in April. Another diplomat said so.';
    const mentions = mentionsIn(text, [['Egyptian officials', 'PER', 'Egyptian officials', 'EGYGOV'], ['Egypt', 'LOC', 'Egypt', 'EGY']]);
    const first = resolveSpeaker({ text, source: at(text, 'Egyptian officials'), mentions, previous: [], titles });
    const previous = [{ at: at(text, 'Egyptian officials').start, speaker: first, span: at(text, 'Egyptian officials') }];
    expect(resolveSpeaker({ text, source: at(text, 'One official'), mentions, previous, titles })).toMatchObject({ name: 'Egyptian officials', actor: 'EGYGOV', via: 'earlier' });
    // (No diplomats were quoted.)
    expect(resolveSpeaker({ text, source: at(text, 'Another diplomat'), mentions, previous, titles }).actor).toBeUndefined();
  });
  it('names a company\'s spokesman by the company the story named, and "officials" written again by the officials quoted before', () => {
    // Constructed, in the form of a wire story.
    const text = 'Chrysler Corp said it would cut output. The cuts were needed, a company spokesman said. U.S. officials said the plan was fine. Officials said it was good.';
    const mentions = mentionsIn(text, [['Chrysler Corp', 'ORG'], ['U.S. officials', 'PER', 'U.S. officials', 'USAGOV']]);
    expect(resolveSpeaker({ text, source: at(text, 'a company spokesman'), mentions, previous: [], titles }).name).toBe('Chrysler Corp spokesman');
    const us = resolveSpeaker({ text, source: at(text, 'U.S. officials'), mentions, previous: [], titles });
    const previous = [{ at: at(text, 'U.S. officials').start, speaker: us, span: at(text, 'U.S. officials') }];
    expect(resolveSpeaker({ text, source: at(text, 'Officials'), mentions, previous, titles })).toMatchObject({ name: 'U.S. officials', actor: 'USAGOV' });
    // Not a news medium that reported the story, nor a state body (constructed).
    const text2 = 'According to Reuters, the inquiry goes on. A company spokesperson said it was cooperating.';
    const m2 = mentionsIn(text2, [['Reuters', 'ORG', 'Reuters', 'GBRMED']]);
    expect(resolveSpeaker({ text: text2, source: at(text2, 'A company spokesperson'), mentions: m2, previous: [], titles }).name).toBe('company spokesperson');
  });
  it('gives an "it" in someone\'s turn no organisation named before its paragraph', () => {
    // Constructed, in the form of a Wikinews interview's answers.
    const text = 'We talked over IRC every evening.\nIt quickly grew too slow on the old computer. The Linux Foundation paid for a new one, and it said the money was well spent.';
    const mentions = mentionsIn(text, [['IRC', 'ORG'], ['Linux Foundation', 'ORG']]);
    const it = (from: string, inTurn: boolean) => resolveSpeaker({ text, source: { start: text.indexOf(from), end: text.indexOf(from) + 2 }, mentions, previous: [], titles, inTurn }).name;
    expect(it('It quickly', true)).toBeNull();
    expect(it('It quickly', false)).toBe('IRC');
    expect(it('it said', true)).toBe('Linux Foundation');
  });
  it('never takes the news medium a source talked to for the organisation a later "the company" or "it" stands for', () => {
    // Constructed, in the form of wire stories.
    const text = 'Acme Corp will raise its output of tractors next year, a company spokesman told Reuters. The company also said it would open a plant in Ohio.';
    const mentions = mentionsIn(text, [['Acme Corp', 'ORG', 'Acme Corp'], ['Reuters', 'ORG', 'Reuters', 'GBRMED']]);
    expect(resolveSpeaker({ text, source: at(text, 'The company'), mentions, previous: [], titles }).name).toBe('Acme Corp');
    expect(resolveSpeaker({ text, source: { start: text.indexOf('it would'), end: text.indexOf('it would') + 2 }, mentions, previous: [], titles }).name).toBe('Acme Corp');
    // A medium that is no addressee stays one ("Reuters Holdings said …, the company said").
    const text2 = 'Reuters Holdings Plc said its profits rose. The company said revenues rose too.';
    const m2 = mentionsIn(text2, [['Reuters Holdings Plc', 'ORG', 'Reuters Holdings Plc', 'GBRMED']]);
    expect(resolveSpeaker({ text: text2, source: at(text2, 'The company'), mentions: m2, previous: [], titles }).name).toBe('Reuters Holdings Plc');
  });
  it('names a spokesman with no owner written by the organisation that is the subject shortly before', () => {
    // Constructed, in the forms of wire stories.
    const text = 'The Federal Reserve entered the U.S. Government securities market to arrange repurchase agreements, a spokeswoman said.';
    const mentions = mentionsIn(text, [['Federal Reserve', 'ORG', 'Federal Reserve', 'USAGOVBUS'], ['U.S. Government', 'ORG', 'U.S. Government', 'USAGOV']]);
    expect(resolveSpeaker({ text, source: at(text, 'a spokeswoman'), mentions, previous: [], titles })).toMatchObject({ name: 'Federal Reserve spokeswoman', actor: 'USAGOVBUS', via: 'organisation' });
    const text2 = 'Customs and Border Protection did not accept the offer. A spokesperson who did not wish to be named said the agency had never given vaccines.';
    const m2 = mentionsIn(text2, [['Customs and Border Protection', 'ORG', 'Customs and Border Protection', 'USACOP']]);
    expect(resolveSpeaker({ text: text2, source: at(text2, 'A spokesperson who'), mentions: m2, previous: [], titles }).name).toBe('Customs and Border Protection spokesperson');
    // Not an organisation the sentence merely names, nor a news medium.
    const text3 = 'Dutch traders said the sugar was offered by the Belgian industry to the EC. A spokesman said they were not party to it.';
    const m3 = mentionsIn(text3, [['EC', 'ORG', 'European Community', 'IGOEUREEC']]);
    expect(resolveSpeaker({ text: text3, source: at(text3, 'A spokesman'), mentions: m3, previous: [], titles }).name).toBe('spokesman');
    const text4 = 'The New York Times reported the plan. A spokesman said it was wrong.';
    const m4 = mentionsIn(text4, [['New York Times', 'ORG', 'The New York Times', 'USAMED']]);
    expect(resolveSpeaker({ text: text4, source: at(text4, 'A spokesman'), mentions: m4, previous: [], titles }).name).toBe('spokesman');
  });
  it('takes no name that modifies a body for "he" ("a Reagan administration official … he said")', () => {
    // Constructed, in the form of a wire story of 1987.
    const text = 'A Reagan administration official said the agreement held. But he said more was needed.';
    const mentions = mentionsIn(text, [['Reagan', 'PER', 'Ronald Reagan', 'USAGOV']]);
    const first = resolveSpeaker({ text, source: at(text, 'A Reagan administration official'), mentions, previous: [], titles });
    const previous = [{ at: 0, speaker: first, span: at(text, 'A Reagan administration official') }];
    expect(resolveSpeaker({ text, source: at(text, 'he'), mentions, previous, titles })).toMatchObject({ name: 'Reagan administration official', actor: 'USAGOV', via: 'pronoun' });
  });
  it('takes "House" for no White House named before', () => {
    // Constructed, in the form of a wire story of 1987.
    const text = 'Gray wants to work with the White House. House sources said a budget summit was likely.';
    const mentions = mentionsIn(text, [['White House', 'ORG', 'White House', 'USAGOV'], ['House', 'ORG']]);
    expect(resolveSpeaker({ text, source: at(text, 'House sources'), mentions, previous: [], titles }).name).not.toBe('White House');
  });
  it('reads "the Bank" as the organisation named earlier with that word', () => {
    const text = 'The Bank of England set new rules. The Bank said they start in May.';
    const mentions = mentionsIn(text, [['Bank of England', 'ORG', 'Bank of England', 'GBRGOV']]);
    expect(resolveSpeaker({ text, source: at(text, 'The Bank', 10), mentions, previous: [], titles })).toMatchObject({ name: 'Bank of England', actor: 'GBRGOV' });
    // The same when the recogniser marked "Bank" or "The Bank" itself.
    const m3 = [...mentions, { ...at(text, 'The Bank', 10), text: 'The Bank', name: 'The Bank', type: 'ORG' as const }];
    expect(resolveSpeaker({ text, source: at(text, 'The Bank', 10), mentions: m3, previous: [], titles }).name).toBe('Bank of England');
    const m2 = [...mentions, { ...at(text, 'Bank', 36), text: 'Bank', name: 'Bank', type: 'ORG' as const }];
    expect(resolveSpeaker({ text, source: at(text, 'Bank', 36), mentions: m2, previous: [], titles }).name).toBe('Bank of England');
  });
  it('reads a country as the whole source by its own name and code', () => {
    const text = 'BRITAIN SAYS TALKS WILL GO ON';
    const mentions = mentionsIn(text, [['BRITAIN', 'LOC', 'United Kingdom', 'GBR']]);
    expect(resolveSpeaker({ text, source: at(text, 'BRITAIN'), mentions, previous: [], titles })).toEqual({ name: 'United Kingdom', actor: 'GBR', via: 'name' });
  });
  it('reads a relative pronoun as the name right before it', () => {
    const text = 'The plan was backed by Nordbank, which said it would lend the money.';
    const mentions = mentionsIn(text, [['Nordbank', 'ORG']]);
    expect(resolveSpeaker({ text, source: at(text, 'which'), mentions, previous: [], titles })).toMatchObject({ name: 'Nordbank', org: true });
    expect(resolveSpeaker({ text: 'The plan, which said', source: at('The plan, which said', 'which'), mentions: [], previous: [], titles }).name).toBeNull();
    const text2 = 'Sales rose at Nordbank, once a small savings bank, which said it would grow. Mr Lund, the founder, who said so too, left.';
    const m2 = mentionsIn(text2, [['Nordbank', 'ORG'], ['Mr Lund', 'PER']]);
    expect(resolveSpeaker({ text: text2, source: at(text2, 'which'), mentions: m2, previous: [], titles }).name).toBe('Nordbank');
    expect(resolveSpeaker({ text: text2, source: at(text2, 'who'), mentions: m2, previous: [], titles }).name).toBe('Mr Lund');
  });
  it('writes a name set in capitals as the text writes it elsewhere, and keeps organisations whole', () => {
    const text = 'MERKEL SAYS TALKS WILL GO ON\n\nBERLIN - Merkel said the talks would go on. General Motors Corp said sales rose.';
    const mentions = mentionsIn(text, [['MERKEL', 'PER'], ['Merkel', 'PER'], ['General Motors Corp', 'ORG']]);
    expect(resolveSpeaker({ text, source: at(text, 'MERKEL'), mentions, previous: [], titles }).name).toBe('Merkel');
    expect(resolveSpeaker({ text, source: at(text, 'General Motors Corp'), mentions, previous: [], titles }).name).toBe('General Motors Corp');
  });
  it('completes the entities layer with the names it missed', () => {
    const ents: Mention[] = [{ start: 0, end: 5, text: 'Putin', name: 'Vladimir Putin', type: 'PER' }];
    const names: Mention[] = [
      { start: 0, end: 5, text: 'Putin', name: 'Putin', type: 'NAME' },
      { start: 10, end: 23, text: 'Sergei Lavrov', name: 'Sergei Lavrov', type: 'NAME' },
    ];
    expect(mergeMentions(ents, names).map((m) => m.name)).toEqual(['Vladimir Putin', 'Sergei Lavrov']);
  });
  it('reads a possessor inside the source as whose, not who', () => {
    // Wikinews, 2019-01-20 (Tony Mendez): the publicist speaks, not Mendez.
    const text = 'Tony Mendez, the CIA officer, died on Saturday. His publicist said Mendez died of Parkinson\'s disease.';
    const mentions = mentionsIn(text, [['Tony Mendez', 'PER'], ['His', 'PER', 'Tony Mendez'], ['Mendez', 'PER', 'Tony Mendez']]);
    expect(resolveSpeaker({ text, source: at(text, 'His publicist'), mentions, previous: [], titles }).name).toBe('Tony Mendez’s publicist');
    const text2 = 'Trump’s spokeswoman said the rally would go ahead.';
    const m2 = mentionsIn(text2, [['Trump', 'PER', 'Donald Trump']]);
    expect(resolveSpeaker({ text: text2, source: at(text2, 'Trump’s spokeswoman'), mentions: m2, previous: [], titles }).name).toBe('Trump’s spokeswoman');
    // A name after the possessor is still the speaker.
    const text3 = 'Mendez’s wife Jonna Mendez said he could pass for many nationalities.';
    const m3 = mentionsIn(text3, [['Jonna Mendez', 'PER'], ['Mendez', 'PER']]);
    expect(resolveSpeaker({ text: text3, source: at(text3, 'Mendez’s wife Jonna Mendez'), mentions: m3, previous: [], titles }).name).toBe('Jonna Mendez');
  });
  it('leaves an age out of the name, and days and figures out of the names it finds', () => {
    const text = 'This past Friday, the princess, 67, announced her candidacy.';
    expect(resolveSpeaker({ text, source: at(text, 'the princess, 67'), mentions: [], previous: [], titles }).name).toBe('princess');
    // Wikinews, 2019-03-16: "which" after a day names no speaker.
    const text2 = 'He was charged over a mass shooting in Christchurch on Friday, which caused the death of at least 50 people.';
    const tokens = [...text2.matchAll(/[\w$.]+|,/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, norm: m[0].toLowerCase(), lemma: m[0].toLowerCase(),
      pos: m[0] === 'Friday' || m[0] === 'Christchurch' ? 'PROPN' : 'X' }));
    const names = nameMentions(text2, tokens);
    expect(names.map((m) => m.text)).toEqual(['Christchurch']);
    const place: Mention = { ...at(text2, 'Christchurch'), text: 'Christchurch', name: 'Christchurch', type: 'LOC' };
    expect(resolveSpeaker({ text: text2, source: at(text2, 'which'), mentions: mergeMentions([place], names), previous: [], titles }).name).toBeNull();
    const text3 = 'Funds may come, according to Al Jazeera, from US$3.6 billion of a budget.';
    expect(nameMentions(text3, [{ start: text3.indexOf('US$3.6'), end: text3.indexOf('US$3.6') + 6, norm: 'us$3.6', lemma: 'us$3.6', pos: 'PROPN' }])).toEqual([]);
    // Wikinews, 2020-12-26 (a COVID-19 outbreak in Antarctica): a count the tagger took for the source is no speaker's name.
    const text4 = 'The Health Minister for the Biobio Region reported on Tuesday, 21 confirmed cases of the virus.';
    expect(resolveSpeaker({ text: text4, source: at(text4, '21'), mentions: [], previous: [], titles }).name).toBeNull();
  });
  it('names a description by its words before an apposition or a relative clause', () => {
    // Reuters-style sources: the description, then who the source is.
    const text = 'River Oaks Industries Inc cut its forecast. The company, a maker of mobile homes, said sales fell. The aide, who declined to be identified, said talks went on. The poll of more than 1,000 voters said so.';
    const mentions = mentionsIn(text, [['River Oaks Industries Inc', 'ORG']]);
    expect(resolveSpeaker({ text, source: at(text, 'The company, a maker of mobile homes'), mentions, previous: [], titles }).name).toBe('River Oaks Industries Inc');
    expect(resolveSpeaker({ text, source: at(text, 'The aide, who'), mentions, previous: [], titles }).name).toBe('aide');
    expect(resolveSpeaker({ text, source: at(text, 'The poll of more than 1,000 voters'), mentions, previous: [], titles }).name).toBe('poll of more than 1,000 voters');
    // Wikinews, 2020-03-17 (cow urine against COVID-19 in New Delhi): the World Health Organization is no relative pronoun.
    const text3 = 'The WHO\'s website said: "While some western, traditional or home remedies may provide comfort, there is no evidence."';
    expect(resolveSpeaker({ text: text3, source: at(text3, 'The WHO\'s website'), mentions: mentionsIn(text3, [['WHO', 'NAME']]), previous: [], titles }).name).toBe('WHO\'s website');
    // Constructed: a quantifier names no one, a description with one does.
    const text4 = 'Some developers have big plans. Some want more, others less.';
    expect(resolveSpeaker({ text: text4, source: at(text4, 'Some', 20), mentions: [], previous: [], titles }).name).toBeNull();
    expect(resolveSpeaker({ text: text4, source: at(text4, 'others'), mentions: [], previous: [], titles }).name).toBeNull();
    expect(resolveSpeaker({ text: text4, source: at(text4, 'Some developers'), mentions: [], previous: [], titles }).name).toBe('Some developers');
    const text2 = 'Shares rose today, analysts said.';
    expect(resolveSpeaker({ text: text2, source: at(text2, 'today'), mentions: [], previous: [], titles }).name).toBeNull();
  });
  it('takes a recognised person before a bare proper-noun run in the source', () => {
    // Constructed, in the way of a wire story: the tagger reads the title as a proper noun of its own.
    const text = 'The industry will grow 10 pct a year, according to Chairman An Wang.';
    const mentions = mentionsIn(text, [['Chairman', 'NAME'], ['An Wang', 'PER']]);
    expect(resolveSpeaker({ text, source: at(text, 'Chairman An Wang'), mentions, previous: [], titles }).name).toBe('An Wang');
  });
  it('names someone at an organisation as such, with the organisation when the story named it', () => {
    // Constructed, in the way of a wire story.
    const text = 'Union Pacific Corp cut its forecast. A spokesman for the company said sales fell. Prices rose, a senior dealer at one leading bank said.';
    const mentions = mentionsIn(text, [['Union Pacific Corp', 'ORG']]);
    expect(resolveSpeaker({ text, source: at(text, 'A spokesman for the company'), mentions, previous: [], titles }).name).toBe('Union Pacific Corp spokesman');
    // Not the organisation last named: the bank is another, unnamed.
    expect(resolveSpeaker({ text, source: at(text, 'a senior dealer at one leading bank'), mentions, previous: [], titles }).name).toBe('senior dealer at one leading bank');
  });
  it('reads a capitalised word before a common noun as a description, and a ticker as the company before it', () => {
    // Constructed, in the way of a wire story: the tagger takes a sentence's first word for a proper noun.
    const text = 'Banking sources said the loan was signed. Ministry officials said so too.';
    const mentions = mentionsIn(text, [['Banking', 'NAME'], ['Ministry', 'NAME']]);
    expect(resolveSpeaker({ text, source: at(text, 'Banking sources'), mentions, previous: [], titles }).name).toBe('Banking sources');
    // An organisation noun still stands for the organisation named before.
    const text2 = 'The Finance Ministry cut rates. Ministry officials said growth would slow.';
    const m2 = mentionsIn(text2, [['Finance Ministry', 'ORG'], ['Ministry', 'NAME']]);
    expect(resolveSpeaker({ text: text2, source: at(text2, 'Ministry officials'), mentions: m2, previous: [], titles }).name).toBe('Finance Ministry');
    const text3 = 'Engineering group Alsthom <ALSF.PA> said it won the order. Banca della Svizzera Italiana <BISZ.Z> said so too.';
    const m3 = mentionsIn(text3, [['Engineering', 'NAME'], ['Alsthom', 'NAME'], ['ALSF.PA', 'NAME'], ['BISZ.Z', 'NAME']]);
    expect(resolveSpeaker({ text: text3, source: at(text3, 'Engineering group Alsthom <ALSF.PA>'), mentions: m3, previous: [], titles }).name).toBe('Alsthom');
    expect(resolveSpeaker({ text: text3, source: at(text3, 'Banca della Svizzera Italiana <BISZ.Z>'), mentions: [], previous: [], titles }).name).toBe('Banca della Svizzera Italiana');
    // Constructed, in the form of 1987 wire stories: a firm named by its founder's "'s", which the recogniser read without it
    // or in pieces, when it says something; not a firm's thing ("Reebok's proposed acquisition").
    const text6 = "Heck's said its lenders wanted their money back. Standard and Poor's said it cut the rating. Reebok's proposed purchase of a rival fell through.";
    const m6 = mentionsIn(text6, [['Heck', 'PER'], ['Standard', 'ORG'], ['Poor', 'ORG'], ['Reebok', 'ORG']]);
    expect(resolveSpeaker({ text: text6, source: at(text6, "Heck's"), mentions: m6, previous: [], titles }).name).toBe("Heck's");
    expect(resolveSpeaker({ text: text6, source: at(text6, "Standard and Poor's"), mentions: m6, previous: [], titles }).name).toBe("Standard and Poor's");
    expect(resolveSpeaker({ text: text6, source: at(text6, "Reebok's"), mentions: m6, previous: [], titles }).name).toBe('Reebok');
    // Constructed, in the form of 1987 wire stories: an exchange of three letters.
    const text5 = 'HONG KONG, May 4 - Swire Pacific Ltd <SWPC.HKG> said it would raise its dividend.';
    const m5 = mentionsIn(text5, [['HONG KONG', 'LOC'], ['Swire Pacific Ltd', 'ORG'], ['SWPC.HKG', 'NAME']]);
    expect(resolveSpeaker({ text: text5, source: at(text5, 'Swire Pacific Ltd <SWPC.HKG>'), mentions: m5, previous: [], titles }).name).toBe('Swire Pacific Ltd');
    // A firm's whole name in brackets is no ticker; tickers in a list of firms are passed over.
    const text4 = '<Eager Technology Inc> said it cut jobs. General Motors Corp <GM>, Chrysler Corp <C> and Nissan Motor Co Ltd <NSAN> said sales rose.';
    const m4 = mentionsIn(text4, [['Eager Technology Inc', 'ORG'], ['General Motors Corp', 'ORG'], ['GM', 'ORG'], ['Chrysler Corp', 'ORG'], ['C', 'NAME'], ['Nissan Motor Co Ltd', 'ORG'], ['NSAN', 'ORG']]);
    expect(resolveSpeaker({ text: text4, source: at(text4, '<Eager Technology Inc>'), mentions: m4, previous: [], titles }).name).toBe('Eager Technology Inc');
    expect(resolveSpeaker({ text: text4, source: at(text4, 'General Motors Corp <GM>, Chrysler Corp <C> and Nissan Motor Co Ltd <NSAN>'), mentions: m4, previous: [], titles }).name)
      .toBe('General Motors Corp, Chrysler Corp and Nissan Motor Co Ltd');
  });
  it('names speakers named together, each as alone', () => {
    // The seed's second sentence (SANA, 2017-03-28), and Wikinews, 2020-11-02 (the campaign trail, October 2020).
    const text = 'Russian President Vladimir Putin and Iranian President Hassan Rouhani stressed the necessity of pooling efforts.';
    const mentions = mentionsIn(text, [['Vladimir Putin', 'PER', 'Vladimir Putin', 'RUSGOV'], ['Hassan Rouhani', 'PER', 'Hassan Rouhani', 'IRNGOV']]);
    expect(resolveSpeaker({ text, source: at(text, 'Russian President Vladimir Putin and Iranian President Hassan Rouhani'), mentions, previous: [], titles }))
      .toEqual({ name: 'Vladimir Putin and Hassan Rouhani', group: true, via: 'name' });
    const text2 = 'Gloria La Riva, Howie Hawkins, Don Blankenship and Brian Carroll debated. La Riva, Hawkins, Blankenship, and Carroll agreed that vaccines have done more good than harm.';
    const m2 = mentionsIn(text2, [['Gloria La Riva', 'PER'], ['Howie Hawkins', 'PER'], ['Don Blankenship', 'PER'], ['Brian Carroll', 'PER'], ['La Riva', 'PER'], ['Hawkins', 'PER'], ['Blankenship', 'PER'], ['Carroll', 'PER']]);
    const source = at(text2, 'La Riva, Hawkins, Blankenship, and Carroll', 60);
    const group = resolveSpeaker({ text: text2, source, mentions: m2, previous: [], titles });
    expect(group.name).toBe('Gloria La Riva, Howie Hawkins, Don Blankenship and Brian Carroll');
    // A later "he" is none of them (with names only, no entities layer, "he" would otherwise take the last speaker); "they" is all of them.
    const previous = [{ at: source.start, speaker: group, span: source }];
    const text3 = `${text2} He said so.`;
    const names = m2.map((m): Mention => ({ ...m, type: 'NAME' }));
    expect(resolveSpeaker({ text: text3, source: at(text3, 'He', text2.length), mentions: names, previous, titles }).group).toBeUndefined();
    const text4 = `${text2} They said so.`;
    expect(resolveSpeaker({ text: text4, source: at(text4, 'They', text2.length), mentions: m2.filter((m) => m.start < source.start), previous, titles }).name).toBe(group.name);
  });
  it('keeps an apposition, a name with "and" in it and a firm’s name as one speaker', () => {
    // Wikinews, 2020-02-05 (a knife attack in London).
    const text = 'Alexis Boon, the head of the Metropolitan Police Counter Terrorism Command, said about Amman: "His fascination was clear."';
    const mentions = mentionsIn(text, [['Alexis Boon', 'PER'], ['Metropolitan Police Counter Terrorism Command', 'ORG'], ['Amman', 'PER']]);
    expect(resolveSpeaker({ text, source: at(text, 'Alexis Boon, the head of the Metropolitan Police Counter Terrorism Command'), mentions, previous: [], titles }).name).toBe('Alexis Boon');
    // Constructed, in the way of a wire story.
    const text2 = "Standard and Poor's Corp cut its rating. S and P said the outlook was weak. Donaldson, Lufkin and Jenrette Securities Corp said it would manage the offering.";
    const m2 = mentionsIn(text2, [["Standard and Poor's Corp", 'ORG'], ['Standard', 'NAME'], ["Poor's Corp", 'NAME'], ['Donaldson', 'NAME'], ['Lufkin', 'NAME'], ['Jenrette Securities Corp', 'NAME']]);
    expect(resolveSpeaker({ text: text2, source: at(text2, "Standard and Poor's Corp"), mentions: m2, previous: [], titles }).name).toBe("Standard and Poor's Corp");
    // The tagger reads "P" as a common noun: "S" is the only name in "S and P", and the name is still both.
    expect(resolveSpeaker({ text: text2, source: at(text2, 'S and P'), mentions: mentionsIn(text2, [['S', 'NAME']]).filter((m) => m.start === text2.indexOf('S and P')), previous: [], titles }).name).toBe('S and P');
    expect(resolveSpeaker({ text: text2, source: at(text2, 'Donaldson, Lufkin and Jenrette Securities Corp'), mentions: m2, previous: [], titles }))
      .toEqual({ name: 'Donaldson, Lufkin and Jenrette Securities Corp', org: true, via: 'name' });
    // … with the code the part with the form was given (a dateline's company: "NEW YORK - Pope, Evans and Robbins Inc said").
    const firmText = 'Pope, Evans and Robbins Inc said it has repurchased 780,000 shares.';
    const firmMentions = mentionsIn(firmText, [['Evans', 'PER'], ['Robbins Inc', 'ORG', 'Robbins Inc', 'USABUS']]);
    expect(resolveSpeaker({ text: firmText, source: at(firmText, 'Pope, Evans and Robbins Inc'), mentions: firmMentions, previous: [], titles }))
      .toMatchObject({ name: 'Evans and Robbins Inc', actor: 'USABUS', org: true });
    // Wikinews, 2020-08-13, "Water main bursts in White Plains, New York, US" (CC BY 2.5): a station's number the recogniser left out.
    const station = 'Indeed, News 12 reported, only buildings adjacent to the break were without water service.';
    expect(resolveSpeaker({ text: station, source: at(station, 'News 12'), mentions: mentionsIn(station, [['News', 'ORG']]), previous: [], titles }).name).toBe('News 12');
    // Constructed: an office with "and" in it before one name.
    const text4 = 'Research and Technology Minister Yusuf Habibie said the plant would open.';
    const m4 = mentionsIn(text4, [['Research', 'NAME'], ['Yusuf Habibie', 'PER']]);
    expect(resolveSpeaker({ text: text4, source: at(text4, 'Research and Technology Minister Yusuf Habibie'), mentions: m4, previous: [], titles }).name).toBe('Yusuf Habibie');
    // … also where the recogniser took the words before "and" for an organisation.
    const text5 = 'Bangladeshi Road Transport and Bridges Minister Obaidul Quader said buses would stop.';
    const m5 = mentionsIn(text5, [['Bangladeshi Road Transport', 'ORG'], ['Obaidul Quader', 'PER']]);
    expect(resolveSpeaker({ text: text5, source: at(text5, 'Bangladeshi Road Transport and Bridges Minister Obaidul Quader'), mentions: m5, previous: [], titles }).name).toBe('Obaidul Quader');
    // … nor the portfolio after "of" ("Minister of Local Administration and Environment").
    const text6 = 'Minister of Local Administration and Environment Hussein Makhlouf said the roads would reopen.';
    const m6 = mentionsIn(text6, [['Local Administration', 'ORG'], ['Hussein Makhlouf', 'PER']]);
    expect(resolveSpeaker({ text: text6, source: at(text6, 'Minister of Local Administration and Environment Hussein Makhlouf'), mentions: m6, previous: [], titles }).name).toBe('Hussein Makhlouf');
    // "the Trump and Clinton campaigns" is no joint speaker: the names do not end the source.
    const text3 = 'The Trump and Clinton campaigns said nothing.';
    const m3 = mentionsIn(text3, [['Trump', 'PER', 'Donald Trump'], ['Clinton', 'PER', 'Hillary Clinton']]);
    expect(resolveSpeaker({ text: text3, source: at(text3, 'The Trump and Clinton campaigns'), mentions: m3, previous: [], titles }).group).toBeUndefined();
  });
  it('reads a capitalised title alone as a description, not as a name', () => {
    // Wikinews, 2020-10-24, "Prime Minister of Slovakia Igor Matovič tests positive for COVID-19" (CC BY 2.5).
    const text = 'Prime Minister Igor Matovič of the Slovak Republic posted a message on Facebook on Friday. '
      + 'After Deputy Prime Minister for Finance and Minister of Economy Richard Sulík failed to procure sufficient numbers of rapid testing kits, '
      + 'the Prime Minister apologised to the people of his country.';
    // (The capitalised titles are proper-noun runs, as nameMentions finds them.)
    const mentions = mentionsIn(text, [['Igor Matovič', 'PER'], ['Richard Sulík', 'PER'], ['Prime Minister', 'NAME']]);
    expect(namesIn(text, mentions)('the Prime Minister')).toBe('Igor Matovič');
  });
  it('takes the person named before an apposition, not the names in it', () => {
    // Wikinews, 2019-09-27, "Fiancée of murdered Saudi journalist demands justice at UN General Assembly" (CC BY 2.5).
    const text = 'Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters in New York, calling for the killers of Khashoggi to be brought to justice.';
    const mentions = mentionsIn(text, [['Hatice Cengiz', 'PER'], ['Jamal Khashoggi', 'PER'], ['New York', 'LOC']]);
    expect(namesIn(text, mentions)('Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters in New York')).toBe('Hatice Cengiz');
  });
  it('takes the organisation named before an apposition, not a name in it, but the person an apposed title names', () => {
    // Constructed, in the newswire shape "X, a unit of Y, said" (the entity model had read Y as a person).
    const text = 'Nordvik Holdings, a unit of Baltic Shipping Group, said it bought a ferry. The company said it would hire staff.';
    const mentions = mentionsIn(text, [['Nordvik Holdings', 'ORG'], ['Baltic Shipping', 'PER']]);
    expect(namesIn(text, mentions)('Nordvik Holdings, a unit of Baltic Shipping Group')).toBe('Nordvik Holdings');
    // "told Radio Tirana, the president of the league, Ardit Kola, said": the source span took in the medium.
    const text2 = 'Speaking to Radio Tirana, the president of the league, Ardit Kola, said the ban was wrong.';
    const mentions2 = mentionsIn(text2, [['Radio Tirana', 'ORG'], ['Ardit Kola', 'PER']]);
    expect(namesIn(text2, mentions2)('Radio Tirana, the president of the league, Ardit Kola')).toBe('Ardit Kola');
    // A list is no apposition: "the" before a name opens none (the critics are named, not AFP, who reports them).
    const text3 = 'The policy, which, according to AFP, the United Nations and the United States have both criticised, stays.';
    const mentions3 = mentionsIn(text3, [['AFP', 'ORG'], ['United Nations', 'ORG'], ['United States', 'LOC']]);
    expect(namesIn(text3, mentions3)('AFP, the United Nations and the United States')).toBe('United Nations');
  });
  it('takes a description before "via" for the speaker, not the medium that relays the words', () => {
    // Wikinews, 2019-02-06, "Bus carrying children overturns in Babyninsky, Russia; at least seven die" (CC BY 2.5).
    const text = 'The occupants were going to a dance competition, according to the mayor of Yartsevo via news agency Interfax.';
    const m = mentionsIn(text, [['Yartsevo', 'LOC'], ['Interfax', 'ORG', 'Interfax', 'RUSMED']]);
    expect(resolveSpeaker({ text, source: at(text, 'the mayor of Yartsevo via news agency Interfax'), mentions: m, previous: [], titles }).name).toBe('mayor of Yartsevo');
    // Not a participle before it ("Acting via his lawyers, …"): the name after.
    const text2 = 'Acting via his lawyers, Ivan Petrenko, 23, pleaded not guilty.';
    const m2 = mentionsIn(text2, [['Ivan Petrenko', 'PER']]);
    expect(resolveSpeaker({ text: text2, source: at(text2, 'Acting via his lawyers, Ivan Petrenko, 23'), mentions: m2, previous: [], titles }).name).toBe('Ivan Petrenko');
  });
  it('gives a person the code of the office an apposition names: a title the recogniser made an organisation, an organisation\'s office', () => {
    // Constructed, in the shapes of a US prosecutor's and a NASA press release.
    const text = 'James Kennedy, the U.S. Attorney for the Western District of New York, said the man was charged.';
    const m = mentionsIn(text, [['James Kennedy', 'PER'], ['U.S. Attorney', 'ORG', 'U.S. Attorney', 'USAJUD'], ['New York', 'LOC']]);
    expect(resolveSpeaker({ text, source: at(text, 'James Kennedy, the U.S. Attorney for the Western District of New York'), mentions: m, previous: [], titles }))
      .toMatchObject({ name: 'James Kennedy', actor: 'USAJUD' });
    const text2 = 'Thomas Zurbuchen, NASA\'s associate administrator, said the launch was set.';
    const m2 = mentionsIn(text2, [['Thomas Zurbuchen', 'PER'], ['NASA', 'ORG', 'National Aeronautics and Space Administration', 'USAGOV']]);
    expect(resolveSpeaker({ text: text2, source: at(text2, 'Thomas Zurbuchen, NASA\'s associate administrator'), mentions: m2, previous: [], titles }))
      .toMatchObject({ name: 'Thomas Zurbuchen', actor: 'USAGOV' });
    // Not a person's own code: a former senator's spokeswoman is no elite (Wikinews, 2019-10-29, "Former US Senator Kay Hagan
    // dies at age 66", CC BY 2.5).
    const text3 = 'According to Sadie Weiner, Hagan\'s former spokeswoman, Hagan died from Powassan virus.';
    const m3 = mentionsIn(text3, [['Sadie Weiner', 'PER'], ['Hagan', 'PER', 'Kay Hagan', 'USAELI']]);
    expect(resolveSpeaker({ text: text3, source: at(text3, 'Sadie Weiner, Hagan\'s former spokeswoman'), mentions: m3, previous: [], titles }).actor).toBeUndefined();
  });
  it('gives what speaks in someone\'s name, their office or statement, their actor code', () => {
    // Wikinews, 2019-10-08, "US President Trump announces troop withdrawal from Syria" (CC BY 2.5).
    const text = 'The PKK is banned in Turkey. According to a statement released by Erdogan\'s office, "neutralizing the threat" is an aim of the operation.';
    const mentions = mentionsIn(text, [['Turkey', 'LOC', 'Turkey', 'TUR'], ['Erdogan', 'PER', 'Recep Tayyip Erdogan', 'TURGOV']]);
    const sp = resolveSpeaker({ text, source: at(text, 'a statement released by Erdogan\'s office'), mentions, previous: [], titles });
    expect(sp).toMatchObject({ name: 'statement released by Erdogan\'s office', actor: 'TURGOV' });
    // Not what only belongs to them.
    const text2 = 'Erdogan\'s daughter said the family was well.';
    const m2 = mentionsIn(text2, [['Erdogan', 'PER', 'Recep Tayyip Erdogan', 'TURGOV']]);
    expect(resolveSpeaker({ text: text2, source: at(text2, 'Erdogan\'s daughter'), mentions: m2, previous: [], titles }).actor).toBeUndefined();
    // An organisation right before its spokesperson, without a possessive (constructed, in the form of Xinhua copy).
    const text3 = 'China urged the United States to cancel the sale, a Chinese Foreign Ministry spokesperson said.';
    const m3 = mentionsIn(text3, [['China', 'LOC', 'China', 'CHN'], ['United States', 'LOC', 'United States', 'USA'], ['Foreign Ministry', 'ORG', 'China Foreign Ministry', 'CHNGOV']]);
    expect(resolveSpeaker({ text: text3, source: at(text3, 'a Chinese Foreign Ministry spokesperson'), mentions: m3, previous: [], titles }))
      .toMatchObject({ name: 'Chinese Foreign Ministry spokesperson', actor: 'CHNGOV' });
    // So is its official (constructed); not one who was ("a former Foreign Ministry official" speaks for no ministry now).
    const text4 = 'Japan will open its market, a senior Agriculture Ministry official said. Talks failed, a former Foreign Ministry official said.';
    const m4 = mentionsIn(text4, [['Japan', 'LOC', 'Japan', 'JPN'], ['Agriculture Ministry', 'ORG', 'Japan Agriculture Ministry', 'JPNGOV'], ['Foreign Ministry', 'ORG', 'Japan Foreign Ministry', 'JPNGOV']]);
    expect(resolveSpeaker({ text: text4, source: at(text4, 'a senior Agriculture Ministry official'), mentions: m4, previous: [], titles }))
      .toMatchObject({ name: 'senior Agriculture Ministry official', actor: 'JPNGOV' });
    expect(resolveSpeaker({ text: text4, source: at(text4, 'a former Foreign Ministry official'), mentions: m4, previous: [], titles }).actor).toBeUndefined();
    // A leader's administration's official, the leader's (constructed).
    const text5 = 'The talks seem likely to go on, a senior Reagan administration official said.';
    const m5 = mentionsIn(text5, [['Reagan', 'PER', 'Ronald Reagan', 'USAGOV']]);
    expect(resolveSpeaker({ text: text5, source: at(text5, 'a senior Reagan administration official'), mentions: m5, previous: [], titles }))
      .toMatchObject({ name: 'senior Reagan administration official', actor: 'USAGOV' });
  });
  it('names a leader\'s administration or campaign as such, with the leader\'s code or, for a campaign, the country\'s parties\'', () => {
    // Wikinews, 2020-07-25, "On the campaign trail in the USA, June 2020" (CC BY 2.5).
    const text = 'President Donald Trump spoke in Tulsa. The Trump campaign connected the "defund" slogan and lawlessness to Biden.';
    const mentions = mentionsIn(text, [['Donald Trump', 'PER', 'Donald Trump', 'USAGOV'], ['Trump', 'PER', 'Donald Trump', 'USAGOV'], ['Biden', 'PER', 'Joe Biden', 'USAELI']]);
    expect(resolveSpeaker({ text, source: at(text, 'The Trump campaign'), mentions, previous: [], titles })).toMatchObject({ name: 'Trump campaign', actor: 'USAPTY' });
    // Constructed.
    const text2 = 'President Donald Trump spoke in Tulsa. The Trump administration said the talks would go on.';
    const mentions2 = mentionsIn(text2, [['Donald Trump', 'PER', 'Donald Trump', 'USAGOV'], ['Trump', 'PER', 'Donald Trump', 'USAGOV']]);
    expect(resolveSpeaker({ text: text2, source: at(text2, 'The Trump administration'), mentions: mentions2, previous: [], titles })).toMatchObject({ name: 'Trump administration', actor: 'USAGOV' });
    expect(resolveSpeaker({ text, source: at(text, 'President Donald Trump'), mentions, previous: [], titles }).name).toBe('Donald Trump');
  });
  it('in an interviewee\'s turn, reads "they" as a group quoted long before only when it was quoted shortly before', () => {
    // Wikinews, 2020-04-14, "Iranian International Master Dorsa Derakhshani discusses her chess career with Wikinews" (CC BY 2.5):
    // the Grand Masters she quoted paragraphs before are not the players who "didn't want to go".
    const text = 'It happened weeks before and I was a resident of another country for more than six months.  '
      + 'So the timing of it was extremely suspicious because the Women World [Chess] Championship was happening in Iran at that time, '
      + 'and all of the Iranian female players who were playing in that tournament got eliminated and the Federation was under huge scrutiny '
      + 'from the Iranian government and the people.  And they were like, "Well, if you don\'t have good enough players to actually win this thing, '
      + 'why did you host it and why did you make us spend so much money on it?"  And because a lot of the best women chess players in the world '
      + 'refused to play in that tournament because of their values.  And they didn\'t want to go to a country where they are required to have a dress code.';
    const previous = [{ at: 0, speaker: { name: 'Grand Masters', group: true } }];
    const source = at(text, 'they', text.indexOf('And they didn'));
    expect(resolveSpeaker({ text, source, mentions: [], previous, titles, inTurn: true }).name).toBeNull();
    // Outside an interview the group quoted before is still who "they" are.
    expect(resolveSpeaker({ text, source, mentions: [], previous, titles }).name).toBe('Grand Masters');
  });
  it('gives "the statement" to whoever issued it', () => {
    // Wikinews, 2019-09-17, "US President Trump says Osama bin Laden's son killed" (CC BY 2.5).
    const text = 'On Saturday, in a brief but official statement, US President Donald Trump said Hamza bin Laden, son of the late '
      + 'Al-Qaeda founder Osama bin Laden, has been killed in a US counter-terrorism operation. The statement specified no date or exact location.';
    const mentions = mentionsIn(text, [['Donald Trump', 'PER', 'Donald Trump', 'USAGOV'], ['Hamza bin Laden', 'PER'], ['Osama bin Laden', 'PER']]);
    const trump: Speaker = { name: 'Donald Trump', actor: 'USAGOV', via: 'name' };
    const previous = [{ at: text.indexOf('US President'), speaker: trump, span: at(text, 'US President Donald Trump') }];
    expect(resolveSpeaker({ text, source: at(text, 'The statement'), mentions, previous, titles })).toMatchObject({ name: 'Donald Trump', actor: 'USAGOV', via: 'earlier' });
    // A statement no earlier speaker made is left as the words say.
    expect(resolveSpeaker({ text, source: at(text, 'The statement'), mentions, previous: [], titles }).name).toBe('statement');
  });
  it('gives "the statement" to the speaker who issued it in its own words, over one quoted next to a sentence that names it', () => {
    // Constructed, after a 2019 entertainment story: the label issued the statement; the singer is quoted right after it.
    const text = 'On Monday, Harbor Records issued a statement that appeared to let Mara Lune sing her old songs at the awards after '
      + 'Lune publicly scolded her former label. The statement claimed that the two companies had come to terms.';
    const mentions = mentionsIn(text, [['Harbor Records', 'ORG'], ['Mara Lune', 'PER'], ['Lune', 'PER', 'Mara Lune']]);
    const label: Speaker = { name: 'Harbor Records', via: 'name' };
    const singer: Speaker = { name: 'Mara Lune', via: 'name' };
    const previous = [{ at: text.indexOf('Harbor'), speaker: label, span: at(text, 'Harbor Records') },
      { at: text.indexOf('Lune publicly'), speaker: singer, span: at(text, 'Lune', text.indexOf('Lune publicly')) }];
    expect(resolveSpeaker({ text, source: at(text, 'The statement'), mentions, previous, titles })).toMatchObject({ name: 'Harbor Records', via: 'earlier' });
  });
  it('gives "the production company" to the organisation last quoted or named with that word in its name', () => {
    // Constructed, after a 2019 entertainment story: the recogniser read the production company's name as a person's.
    const text = 'Harbor Records said the deal was done. Dick Clark Productions denied that. "At no time did we agree," the production company said.';
    const mentions = mentionsIn(text, [['Harbor Records', 'ORG'], ['Dick Clark Productions', 'PER']]);
    const previous = [{ at: 0, speaker: { name: 'Harbor Records', via: 'name', org: true } as Speaker, span: at(text, 'Harbor Records') },
      { at: text.indexOf('Dick'), speaker: { name: 'Dick Clark Productions', via: 'name' } as Speaker, span: at(text, 'Dick Clark Productions') }];
    expect(resolveSpeaker({ text, source: at(text, 'the production company'), mentions, previous, titles }).name).toBe('Dick Clark Productions');
    // A kind no name has leaves "the company" as before: the organisation last quoted.
    const other = 'Harbor Records said the deal was done. "We agree," the film company said.';
    expect(resolveSpeaker({ text: other, source: at(other, 'the film company'), mentions: mentionsIn(other, [['Harbor Records', 'ORG']]), previous: previous.slice(0, 1), titles }).name).toBe('Harbor Records');
  });
  it('drops titles before a name', () => {
    expect(dropTitles('Chancellor Angela Merkel', titles)).toBe('Angela Merkel');
    expect(dropTitles('Russian President Vladimir Putin', titles)).toBe('Vladimir Putin');
    expect(dropTitles('foreign minister', titles)).toBe('foreign minister');
    expect(dropTitles('MP Penny Sharpe', titles)).toBe('Penny Sharpe');
  });
});
