import { describe, expect, it } from 'vitest';
import type { Attribution } from './rules.js';
import { attribution, context, span, words, toEnd } from '../../../test/quote-spans.js';
import { afterRelativeSource, contentBeforeInversion, cutIndirect, dropBare, frontedAdverbial, dropEditorial, dropForeign, dropMeasures, dropNamings, dropNounCues, dropQuotedTitles, dropSecurities, dropRepeats, splitInverted, splitObjectVerbs, splitSharedSubject, trimDangling, trimReference } from './content.js';
import { loadTitles } from './lexicon.js';

/** Whether a filter keeps the attribution of these words (source null: none) in the text. */
function keptBy(drop: (ctx: ReturnType<typeof context>, raws: Attribution[]) => Attribution[]) {
  return (text: string, source: string | null, cue: string, content: string): boolean => {
    const ctx = context(text);
    return drop(ctx, [attribution(ctx, source, cue, content)]).length === 1;
  };
}

describe('an indirect content ends with its cue’s sentence', () => {
  it('cuts the sentences after the cue’s off an indirect content', () => {
    const ctx = context('The mayor called the budget a disgrace. The council meets again on Monday.');
    const a = toEnd(ctx, 'The mayor', 'called', 'the budget');
    expect(words(ctx, cutIndirect(ctx, [a])[0]!.content)).toBe('the budget a disgrace');
    // A new quotation after the cue's sentence goes too.
    const ctx2 = context('She sees the deal as a fair one. “We will sign it next week.”');
    const b = toEnd(ctx2, 'She', 'sees', 'the deal');
    expect(words(ctx2, cutIndirect(ctx2, [b])[0]!.content)).toBe('the deal as a fair one');
  });
  it('ends an indirect content at a semicolon outside quotation marks and brackets', () => {
    /** cutIndirect of the attribution from source and cue to the end of the text, and that attribution. */
    const cutOf = (text: string, source: string, cue: string, from: string) => {
      const ctx = context(text);
      const a = toEnd(ctx, source, cue, from);
      return { ctx, a, cut: cutIndirect(ctx, [a])[0]! };
    };
    // Wikinews, "Magnitogorsk apartment building collapses after explosion, dozens dead" (2019-01-04), and "Astronomer
    // tells Wikinews about discovery of closest black hole known so far" (2020-05-22).
    const died = cutOf('Officials said three people died; their identities were not provided.', 'Officials', 'said', 'three');
    expect(words(died.ctx, died.cut.content)).toBe('three people died');
    const kept = [
      cutOf('Thomas Rivinius told Wikinews the inner star and the black hole are closer than the Sun and the Earth (1au; 150 million km; 93 million miles).', 'Thomas Rivinius', 'told', 'the inner star'),
      // Nor before the next item of a list, nor in the words of one who speaks in the first person (constructed, in the forms
      // of a wire story and of an interview).
      cutOf('Speakes said former adviser Robert McFarlane; his successor John Poindexter; and an aide were involved.', 'Speakes', 'said', 'former adviser'),
      cutOf('We know that the planets are forming when a star is very young; it takes a million years.', 'We', 'know', 'that the planets'),
      // (Constructed, as a wire story's typist wrote it: no semicolon inside a word.)
      cutOf('It said the buyer has pl;aced 250,000 dlrs into an escrow account.', 'It', 'said', 'the buyer'),
    ];
    for (const { a, cut } of kept) expect(cut).toEqual(a);
  });
  it('keeps a content going on after a colon, or after a sentence that ends inside a quotation', () => {
    const ctx = context('He gave the reasons for the delay:\nThe funds ran out.');
    const a = toEnd(ctx, 'He', 'gave', 'the reasons');
    expect(cutIndirect(ctx, [a])[0]).toBe(a);
    const ctx2 = context('The minister said the plan was “a failure. It cannot go on” and left.');
    const b = toEnd(ctx2, 'The minister', 'said', 'the plan');
    expect(cutIndirect(ctx2, [b])[0]).toBe(b);
  });
  it('leaves contents before their cue and quotations alone', () => {
    const ctx = context('“The talks went well. We will meet again,” she said.');
    const a: Attribution = { source: span(ctx, 'SRC', 'she'), cue: span(ctx, 'CUE', 'said'), content: { role: 'CON', first: 0, last: span(ctx, 'CON', '”').last } };
    expect(cutIndirect(ctx, [a])[0]).toBe(a);
  });
});

describe('a relative pronoun as the source', () => {
  const whole = (text: string, source: string, cue: string, lastWord: string): [ReturnType<typeof context>, Attribution] => {
    const ctx = context(text);
    return [ctx, { source: span(ctx, 'SRC', source), cue: span(ctx, 'CUE', cue), content: { role: 'CON', first: 0, last: span(ctx, 'CON', lastWord).last } }];
  };
  it('says what follows its cue, not the clause it hangs on', () => {
    // Wikinews, "Charlottesville, Virginia killer sentenced to life in prison" (2019-07-01), and "Lost 52 Project announces discovery of wrecked sub near Okinawa" (2019-11-13).
    const [ctx, a] = whole('The hearings included testimony from eyewitnesses, an apology from Fields, and requests for leniency from Fields\' lawyers, who argued his history of mental illness.', 'who', 'argued', 'illness');
    expect(words(ctx, afterRelativeSource(ctx, [a])[0]!.content)).toBe('his history of mental illness');
    const [ctx2, b] = whole('One of the drones began to malfunction, but it was able to send back the data it had collected, which revealed a mass at a depth below 1400 feet.', 'which', 'revealed', 'feet');
    expect(words(ctx2, afterRelativeSource(ctx2, [b])[0]!.content)).toBe('a mass at a depth below 1400 feet');
    // Constructed: from "that", past words of when between the cue and it.
    const [ctx3, c] = whole('The proposal was criticised by the United Nations, which said on Monday that it would harm refugees.', 'which', 'said', 'refugees');
    expect(words(ctx3, afterRelativeSource(ctx3, [c])[0]!.content)).toBe('that it would harm refugees');
  });
  it('is no part of the content after a named source: "GM, which has been taking steps to cut costs, said in a letter it cut …"', () => {
    // Constructed, in the form of a 1987 wire story.
    const text = 'Acme, which has been closing plants to save money, said in a memo it froze hiring for the year.';
    const ctx = context(text);
    const a: Attribution = { source: span(ctx, 'SRC', 'Acme'), cue: span(ctx, 'CUE', 'said in a memo'), content: { ...span(ctx, 'CON', 'which'), last: span(ctx, 'CON', 'year').last } };
    expect(words(ctx, afterRelativeSource(ctx, [a])[0]!.content)).toBe('it froze hiring for the year');
  });
  it('leaves an aside alone: "…, one source, who asked not to be named, said."', () => {
    // Constructed, in the form of agency copy.
    const [ctx, a] = whole('Mergers are to be expected, one industry source, who asked not to be named, said.', 'who', 'asked', 'named');
    expect(afterRelativeSource(ctx, [a])[0]).toBe(a);
  });
});

describe('a phrase that opens the sentence of an inverted attribution', () => {
  // Constructed, in the forms of agency copy.
  const fronted = (text: string, said: string, source: string) => {
    const ctx = context(text);
    const a: Attribution = attribution(ctx, source, 'said', said);
    return words(ctx, frontedAdverbial(ctx, [a])[0]!.content);
  };
  it('is part of what was said: when, where, for whom it holds', () => {
    expect(fronted('The buses run every ten minutes. In the evening, the priorities would reverse, the director said.', 'the priorities would reverse', 'the director'))
      .toBe('In the evening, the priorities would reverse');
    expect(fronted('For the creditors, the plan offers no quick recovery, the chairman said.', 'the plan offers no quick recovery', 'the chairman'))
      .toBe('For the creditors, the plan offers no quick recovery');
  });
  it('is not a word or phrase of the writer\'s that links the sentence to the one before, nor a clause', () => {
    for (const [text, said] of [
      ['The rates rose. In addition, some small firms will pay less, the minister said.', 'some small firms will pay less'],
      ['The rates rose. Similarly, the banks will charge more, the minister said.', 'the banks will charge more'],
      ['When the rates rose, the banks charged more, the minister said.', 'the banks charged more'],
    ] as const) expect(fronted(text, said, 'the minister')).toBe(said);
  });
});

describe('the content of an inverted source and cue', () => {
  it('is the words before them, not a clause of the writer\'s after them', () => {
    // Constructed, in the form of agency copy (after a dateline the tagger had taken the clause after the cue).
    const ctx = context('A missile strike hit a power station in Kyiv on Monday, the energy ministry said, as air raid sirens sounded across the country.');
    const a: Attribution = attribution(ctx, 'the energy ministry', 'said', 'as air raid sirens sounded across the country');
    expect(words(ctx, contentBeforeInversion(ctx, [a])[0]!.content)).toBe('A missile strike hit a power station in Kyiv on Monday');
    // A content after the cue that opens otherwise stays.
    const ctx2 = context('On Monday, the energy ministry said, the grid held.');
    const b: Attribution = attribution(ctx2, 'the energy ministry', 'said', 'the grid held');
    expect(contentBeforeInversion(ctx2, [b])[0]).toBe(b);
  });
});

describe('an inverted source and cue at the end of another content', () => {
  it('are an attribution of their own, of the sentence before them, and end that content', () => {
    // Constructed, in the shape of a prosecutor's news story.
    const ctx = context('A local man pleaded guilty to charges he threatened a city councillor, the district attorney\'s office announced Monday.');
    const a = toEnd(ctx, 'A local man', 'pleaded', 'guilty to charges');
    const out = splitInverted(ctx, [a]);
    expect(out.map((x) => [x.source && words(ctx, x.source), x.cue && words(ctx, x.cue), words(ctx, x.content)])).toEqual([
      ['the district attorney\'s office', 'announced', 'A local man pleaded guilty to charges he threatened a city councillor'],
      ['A local man', 'pleaded', 'guilty to charges he threatened a city councillor'],
    ]);
    // Constructed, in the shape of newswire copy: "…, he said" that the tagger took into the content.
    const ctx2 = context('The company expects sales to rise by five pct this year, he said.');
    const b = toEnd(ctx2, 'The company', 'expects', 'sales');
    expect(splitInverted(ctx2, [b]).map((x) => x.source && words(ctx2, x.source))).toEqual(['he', 'The company']);
  });
  it('may open with a possessive, and replace a cue with no source that lies inside the words they report', () => {
    // Wikinews, "Radio host Don Imus dies aged 79" (2019-12-30), CC BY 2.5: the tagger had read "philanthropist" as the cue.
    const ctx = context('United States radio personality, television host, and philanthropist Don Imus, known to fans as the I-Man, died on Friday at the Baylor Scott and White Medical Center in College Station, Texas after being hospitalized since Christmas Eve, his family reported.');
    const a: Attribution = { ...toEnd(ctx, 'Don Imus', 'philanthropist', 'Don Imus'), source: null };
    expect(splitInverted(ctx, [a]).map((x) => [x.source && words(ctx, x.source), x.cue && words(ctx, x.cue)])).toEqual([['his family', 'reported']]);
  });
  it('are not read inside quotation marks, nor where another attribution holds the verb', () => {
    const ctx = context('The company expects sales to rise, he said.');
    const b = toEnd(ctx, 'The company', 'expects', 'sales');
    const said: Attribution = attribution(ctx, 'he', 'said', 'sales to rise');
    expect(splitInverted(ctx, [b, said])).toEqual([b, said]);
    const ctx3 = context('He wrote: “The company expects sales to rise, he said.”');
    const c = toEnd(ctx3, 'He', 'wrote', '“');
    expect(splitInverted(ctx3, [c])).toEqual([c]);
  });
});

describe('attributions that are not attributions', () => {
  it('drops attributions whose source or cue is in another script, as in an interview printed beside its original', () => {
    // Constructed, in the shape of a Wikinews interview with its Hindi original after each answer.
    const ctx = context('Pasha said the clinic was closed. उसके लिए पहले बात करते थे. Xi Jinping (习近平) said the talks went well.');
    const pasha: Attribution = attribution(ctx, 'Pasha', 'said', 'the clinic was closed');
    const hindi: Attribution = attribution(ctx, 'उसके लिए', 'करते', 'थे');
    const xi: Attribution = { source: span(ctx, 'SRC', 'Xi Jinping (习近平)'), cue: span(ctx, 'CUE', 'said', ctx.text.indexOf('Xi')), content: span(ctx, 'CON', 'the talks went well') };
    expect(dropForeign(ctx, [pasha, hindi, xi])).toEqual([pasha, xi]);
  });
  it('drops a sourceless cue that is a noun or a participle before what follows it, but keeps cues of words said', () => {
    const sourceless = keptBy(dropNounCues);
    const kept = (text: string, cue: string, content: string) => sourceless(text, null, cue, content);
    // Constructed, in the forms of a wire story's money market and results reports.
    expect(kept('Demand deposit rates, however, will remain the same.', 'Demand', 'deposit rates, however, will remain the same')).toBe(false);
    expect(kept('Demand totalled 18.45 billion francs at prices between 94.70 and 97.10 pct.', 'Demand', 'totalled 18.45 billion francs at prices between 94.70 and 97.10 pct')).toBe(false);
    expect(kept('Proposed dividend four crowns vs 3.38.', 'Proposed', 'dividend four crowns vs 3.38')).toBe(false);
    expect(kept('PROPOSED OFFERINGS RECENTLY FILED WITH THE SEC', 'PROPOSED', 'OFFERINGS RECENTLY FILED WITH THE SEC')).toBe(false);
    // Cues of words said stay: before "that", "to" or a clause with its subject, and a headline's verb after its subject.
    expect(kept('Reports that the minister had resigned were denied.', 'Reports', 'that the minister had resigned')).toBe(true);
    expect(kept('Asked whether he would resign, the minister smiled.', 'Asked', 'whether he would resign')).toBe(true);
    expect(kept('By reports he secured five of the six delegates.', 'reports', 'he secured five of the six delegates')).toBe(true);
    expect(kept('DANAHER EXPECTS EARNINGS INCREASE IN 1987', 'EXPECTS', 'EARNINGS INCREASE IN 1987')).toBe(true);
  });
  it('drops "point" or "points" as a measure, but keeps "pointed out" and "points to"', () => {
    const kept = keptBy(dropMeasures);
    // Constructed, in the forms of wire stories on credit facilities and markets.
    expect(kept('Margins are 10 basis points over the bank bill rate.', 'basis', 'points over', 'the bank bill rate')).toBe(false);
    expect(kept('The index rose 4.57 points to a new high of 223.02.', 'The index', 'points to', 'a new high of 223.02')).toBe(false);
    expect(kept('Trade knocked off 0.3 percentage point to growth.', 'percentage', 'point to', 'growth')).toBe(false);
    expect(kept('Analysts point out that the dollar has fallen.', 'Analysts', 'point out', 'that the dollar has fallen')).toBe(true);
    expect(kept('The minister points to rising exports as proof.', 'The minister', 'points to', 'rising exports as proof')).toBe(true);
  });
  it('drops "preferred", "notes" and "realized" where they name securities or sums, but keeps them as verbs', () => {
    const kept = keptBy(dropSecurities);
    // Constructed, in the forms of wire stories on securities and company results.
    expect(kept('It will redeem its 10.84 pct preferred shares.', '10.84 pct', 'preferred', 'shares')).toBe(false);
    expect(kept('The bank sold 200 mln dlrs of floating rate notes yesterday.', 'The bank', 'notes', 'yesterday')).toBe(false);
    expect(kept('The 10-1/2 pct notes had been priced at par.', 'The 10-1/2 pct', 'notes', 'had been priced at par')).toBe(false);
    expect(kept('The two-year notes will be issued in minimum denominations of 5,000 dlrs.', 'The two-year', 'notes', 'will be issued in minimum denominations')).toBe(false);
    expect(kept('Net excludes realized investment gains of 439,000 dlrs.', 'Net excludes', 'realized', 'investment gains of 439,000 dlrs')).toBe(false);
    expect(kept('Most voters preferred a recount.', 'Most voters', 'preferred', 'a recount')).toBe(true);
    expect(kept('The report notes that exports rose.', 'The report', 'notes', 'that exports rose')).toBe(true);
    expect(kept('She realized that the plan had failed.', 'She', 'realized', 'that the plan had failed')).toBe(true);
  });
  it('drops "named" or "appointed" someone to a post, but keeps "named" as a verb of saying', () => {
    const kept = keptBy((ctx, raws) => dropNamings(ctx, raws, loadTitles()));
    // Constructed, in the forms of wire stories.
    expect(kept('The company named Bear, Stearns and Co as lead underwriter of the offering.', 'The company', 'named', 'Bear, Stearns and Co as lead underwriter of the offering')).toBe(false);
    expect(kept('The board appointed John Smith as its new chairman.', 'The board', 'appointed', 'John Smith as its new chairman')).toBe(false);
    expect(kept('He named them as U.S. protectionist behaviour and curbs on technology transfer.', 'He', 'named', 'them as U.S. protectionist behaviour and curbs on technology transfer')).toBe(true);
  });
  it('drops "called" and "named" that give a thing just mentioned its name, but keeps them as verbs of saying', () => {
    const titles = loadTitles();
    const named = (text: string, source: string, cue: string, content: string) => {
      const ctx = context(text);
      const a = attribution(ctx, source, cue, content);
      return dropNamings(ctx, [a], titles).length === 0;
    };
    // Wikinews: 2019-01-27, "Male Magellanic penguins pine for pairings: Wikinews interviews biologist Natasha
    // Gownaris"; 2019-09-09, "Longtime leader of Zimbabwe Robert Mugabe dies aged 95"; 2019-07-01, "Charlottesville,
    // Virginia killer sentenced to life in prison"; 2019-06-01, "Man sets himself on fire outside US White House".
    expect(named('The colony is also full of other beautiful and interesting creatures, including a llama-like species called the guanaco and an ostrich-like species called the rhea.', 'a llama-like species', 'called', 'the guanaco')).toBe(true);
    expect(named('Robert Gabriel Mugabe was born in 1924 in Kutama, Zimbabwe, when the country was a British colony called Southern Rhodesia.', 'a British colony', 'called', 'Southern Rhodesia')).toBe(true);
    expect(named('In that event, Fields, a self-described Neo-Nazi, killed a woman named Heather Heyer and injured at least nineteen others.', 'a woman', 'named', 'Heather Heyer and injured at least nineteen others')).toBe(true);
    expect(named('Arnav Gupta, 33-year-old of Bethesda, Maryland, set himself on fire in a publicly accessible area called the Ellipse, between the south lawn of the White House and the Washington Monument.', 'a publicly accessible area', 'called', 'the Ellipse')).toBe(true);
    // Constructed: a speaker's noun, a title or a report, a subject, and "called" as a verb of saying.
    expect(named('On Monday, a spokesman called the decision a disgrace.', 'a spokesman', 'called', 'the decision a disgrace')).toBe(false);
    expect(named('In a statement, a minister called the vote "a farce".', 'a minister', 'called', 'the vote "a farce"')).toBe(false);
    expect(named('They issued a statement called the plan unlawful.', 'a statement', 'called', 'the plan unlawful')).toBe(false);
    expect(named('The union called the offer an insult.', 'The union', 'called', 'the offer an insult')).toBe(false);
    // Set off by commas before the sentence's own verb; not a speaker's apposition before "called" as a verb of saying.
    expect(named('The procedure, called prorogation, came after the vote failed.', 'The procedure', 'called', 'prorogation, came after the vote failed')).toBe(true);
    expect(named('The senator, a longtime critic, called the plan a disaster.', 'The senator, a longtime critic', 'called', 'the plan a disaster')).toBe(false);
  });
  it('drops cues that name a thing or say what it is known for, and keeps "called" as a saying', () => {
    const titles = loadTitles();
    const dropped = (text: string, source: string | null, cue: string, content: string) => {
      const ctx = context(text);
      const a = attribution(ctx, source || null, cue, content);
      return dropNamings(ctx, [a], titles).length === 0;
    };
    // Wikinews, CC BY 2.5: 2019-02-01, "Toronto serial killer Bruce McArthur pleads guilty to eight murders"; 2020-01-12,
    // "Sultan Qaboos of Oman dies"; 2019-01-12, "Scientists report correlation between locations of Easter Island statues and
    // water resources"; 2020-02-14, "World Health Organization names new coronavirus COVID-19"; 2020-11-07, "Joe Biden
    // projected US president-elect".
    expect(dropped('Several of the deceased had links to an area of the city known as the Gay Village.', null, 'known as', 'the Gay Village')).toBe(true);
    expect(dropped('He was known for pursuing a neutral foreign policy and mediating in several Middle Eastern disputes.', null, 'was known for', 'pursuing a neutral foreign policy and mediating in several Middle Eastern disputes')).toBe(true);
    expect(dropped('A team of scientists released findings about the large statues that dot the island of Rapa Nui, also called Easter Island.', null, 'also called', 'Easter Island')).toBe(true);
    expect(dropped('That year\'s H1N1 was commonly called "swine flu."', null, 'was commonly called', '"swine flu."')).toBe(true);
    expect(dropped('Later in the day, the AP and NBC News also called Nevada for Biden, giving him an additional six electoral college votes.', 'the AP and NBC News', 'also called', 'Nevada for Biden')).toBe(false);
    // Constructed: a passive saying, and "called for".
    expect(dropped('He has been called a charlatan by fellow physicians.', null, 'has been called', 'a charlatan')).toBe(false);
    expect(dropped('Legal groups have also called for the bill to be dropped.', 'Legal groups', 'have also called for', 'the bill to be dropped')).toBe(false);
  });
  it('drops a content with neither cue nor source, and repeats of the same attribution', () => {
    const ctx = context('Officials said the road will reopen. The weather was fine.');
    const said: Attribution = attribution(ctx, 'Officials', 'said', 'the road will reopen');
    const bare: Attribution = { source: null, cue: null, content: span(ctx, 'CON', 'The weather was fine') };
    expect(dropBare(ctx, [said, bare])).toEqual([said]);
    expect(dropRepeats(ctx, [said, { ...said }, bare])).toEqual([said, bare]);
  });
  it('keeps one attribution of a quotation: the one whose cue stands by it, not a cue of the next sentence nor none', () => {
    // Constructed, in the forms that gave a quotation two speakers: a closing mark the tagger gave the next
    // sentence's verb, and a paragraph that goes on with the opening mark repeated.
    const a = context('Chancellor Olaf Scholz said: „Wir stehen an der Seite der Ukraine.“ He spoke in English later.');
    const quote = { role: 'CON' as const, first: span(a, 'CON', '„').first, last: span(a, 'CON', '“').last };
    const said: Attribution = { source: span(a, 'SRC', 'Chancellor Olaf Scholz'), cue: span(a, 'CUE', 'said'), content: quote };
    const spoke: Attribution = { source: span(a, 'SRC', 'He'), cue: span(a, 'CUE', 'spoke'), content: quote };
    expect(dropRepeats(a, [said, spoke])).toEqual([said]);
    const b = context('"The first part runs on here," the spokeswoman said.\n\n"It continues over a second paragraph.\n\n"And it ends in a third," she added.');
    const first: Attribution = { source: span(b, 'SRC', 'the spokeswoman'), cue: span(b, 'CUE', 'said'), content: span(b, 'CON', '"The first part runs on here,"') };
    const rest = { role: 'CON' as const, first: span(b, 'CON', '"It').first, last: span(b, 'CON', 'third,"').last };
    const added: Attribution = { source: span(b, 'SRC', 'she'), cue: span(b, 'CUE', 'added'), content: rest };
    expect(dropBare(b, [first, { source: null, cue: null, content: rest }, added])).toEqual([first, added]);
  });
  it('gives a quotation that follows someone\'s quoted words that speaker, and drops one that follows nobody', () => {
    const ctx = context('“We will win,” she said. “The voters are with us.” The rally ended late. “Go home,” a sign read. Then it rained for days and days. Nobody came. “It was over.”');
    const said: Attribution = { source: span(ctx, 'SRC', 'she'), cue: span(ctx, 'CUE', 'said'), content: span(ctx, 'CON', '“We will win,”') };
    const more: Attribution = { source: null, cue: null, content: span(ctx, 'CON', '“The voters are with us.”') };
    const late: Attribution = { source: null, cue: null, content: span(ctx, 'CON', '“It was over.”') };
    expect(dropBare(ctx, [said, more, late])).toEqual([said, { ...more, source: said.source }]);
  });
  it('gives no speaker to a quotation after indirect words, or one the writer leads into', () => {
    const ctx = context('Officials said the road will reopen. “It is a relief.”');
    const said: Attribution = attribution(ctx, 'Officials', 'said', 'the road will reopen');
    const after: Attribution = { source: null, cue: null, content: span(ctx, 'CON', '“It is a relief.”') };
    expect(dropBare(ctx, [said, after])).toEqual([said]);
    // The second sentence from Wikinews, 2020-10-03 ("US President Donald Trump tests positive for COVID-19"), CC BY 2.5.
    const ctx2 = context('“We will get through this,” she said. Trump took to social media, posting on Twitter, "Tonight, [Melania] and I tested positive for COVID-19."');
    const she: Attribution = { source: span(ctx2, 'SRC', 'she'), cue: span(ctx2, 'CUE', 'said'), content: span(ctx2, 'CON', '“We will get through this,”') };
    const led: Attribution = { source: null, cue: null, content: span(ctx2, 'CON', '"Tonight, [Melania] and I tested positive for COVID-19."') };
    expect(dropBare(ctx2, [she, led])).toEqual([she]);
  });
  it('drops a newsroom label before a colon as a source, and keeps a name', () => {
    const ctx = context('CLARIFICATION: The vote is on Monday. Mayor Berg: We will build it.');
    const label: Attribution = attribution(ctx, 'CLARIFICATION', ':', 'The vote is on Monday');
    const mayor: Attribution = { source: span(ctx, 'SRC', 'Mayor Berg'), cue: span(ctx, 'CUE', ':', 40), content: span(ctx, 'CON', 'We will build it') };
    expect(dropEditorial(ctx, [label, mayor])).toEqual([mayor]);
    // Constructed, in the form of the Associated Press's running stories ("The Latest: …").
    const ctx2 = context('The Latest: Storm closes schools across the state.');
    const latest: Attribution = attribution(ctx2, 'Latest', ':', 'Storm closes schools across the state');
    expect(dropEditorial(ctx2, [latest])).toEqual([]);
    // Constructed, in the form of web headlines and a page's byline line.
    for (const [text, label] of [['BOOM: The mayor answers his critics in five words.', 'BOOM'], ['BYLINE: Jane Smith.', 'BYLINE'], ['LOOK: Photos of the rally go viral.', 'LOOK']]) {
      const ctx3 = context(text);
      expect(dropEditorial(ctx3, [attribution(ctx3, label, ':', text.slice(label.length + 2, -1))])).toEqual([]);
    }
  });
});

describe('a content ends before a joining word', () => {
  it('drops a conjunction or relative pronoun, and the comma before it, from the end of a content', () => {
    // Wikinews, 2019-02-06 (a bus overturned in Babyninsky) and 2020-08-31 (the campaign trail, July 2020).
    const ctx = context('Local officials said 24 people have been hospitalised, but Agence France-Presse reported as many as 32 hospitalised.');
    const c = span(ctx, 'CON', '24 people have been hospitalised, but');
    expect(words(ctx, trimDangling(ctx, c))).toBe('24 people have been hospitalised');
    const ctx2 = context('Obama took a veiled shot at Trump for his attacks on mail-in voting, which critics, like Obama, have said amounted to voter suppression.');
    expect(words(ctx2, trimDangling(ctx2, span(ctx2, 'CON', 'Trump for his attacks on mail-in voting, which')))).toBe('Trump for his attacks on mail-in voting');
    // Or the joining mark alone (Wikinews, 2019-01-04, "Magnitogorsk apartment building collapses after explosion, dozens dead").
    const ctx3 = context('The FSB denies the two explosions are related; reports describe speculation the disaster\'s cause was not in fact a gas leak.');
    expect(words(ctx3, trimDangling(ctx3, span(ctx3, 'CON', 'the two explosions are related;')))).toBe('the two explosions are related');
  });
  it('leaves a joining word inside quotation marks or at the end of its sentence, and a content of one word', () => {
    const ctx = context('He wrote that the vote was “fair, but” and left. She said that.');
    const c = span(ctx, 'CON', 'the vote was “fair, but”');
    expect(trimDangling(ctx, c)).toBe(c);
    const d = span(ctx, 'CON', 'that', ctx.text.indexOf('She'));
    expect(trimDangling(ctx, d)).toBe(d);
    // Wikinews, 2020-06-30 (an interview with Perttu Ahola): "that" is the object here.
    const ctx2 = context('I don\'t think there\'s anything stopping that. It could be quite beneficial to the project.');
    const e = span(ctx2, 'CON', 'there\'s anything stopping that');
    expect(trimDangling(ctx2, e)).toBe(e);
  });
});

describe('a second verb of speech joined to the content by "and"', () => {
  const split = (text: string, source: string, cue: string, said: string) => {
    const ctx = context(text);
    const a = toEnd(ctx, source, cue, said);
    return splitSharedSubject(ctx, [{ ...a, content: { ...a.content, last: span(ctx, 'CON', '.').last - 1 } }]).map((x) => [words(ctx, x.source!), words(ctx, x.cue!), words(ctx, x.content)]);
  };
  it('is the same source\'s second attribution, and the first content ends before it', () => {
    // Wikinews, "On the campaign trail in the USA, October 2020" (2020-11-02), CC BY 2.5.
    expect(split('He claimed a vaccine was near and said people are "learning to live" with the virus.', 'He', 'claimed', 'a vaccine'))
      .toEqual([['He', 'claimed', 'a vaccine was near'], ['He', 'said', 'people are "learning to live" with the virus']]);
    // Constructed, in the form of agency copy.
    expect(split('Dealers said overseas investors had not been buying today and predicted consolidation before the budget.', 'Dealers', 'said', 'overseas investors'))
      .toEqual([['Dealers', 'said', 'overseas investors had not been buying today'], ['Dealers', 'predicted', 'consolidation before the budget']]);
  });
  it('is not where the content reports speech of its own, opens a clause of its own, or is passive', () => {
    // Wikinews, "Iranian International Master Dorsa Derakhshani discusses her chess career with Wikinews" (2020-04-14), CC BY 2.5.
    expect(split('The federation announced their decision although Dorsa Derakhshani had previously decided and informed the chess federation she did not wish to play for Iran.', 'The federation', 'announced', 'their decision'))
      .toHaveLength(1);
    // Constructed.
    expect(split('A statement said the meeting noted an improvement in the economy and urged the government to continue.', 'A statement', 'said', 'the meeting')).toHaveLength(1);
    expect(split('The minister said the plan was welcomed by farmers and described by diplomats as unprecedented.', 'The minister', 'said', 'the plan')).toHaveLength(1);
    expect(split('The company said the e-mails detailed business affairs and alleged influence peddling.', 'The company', 'said', 'the e-mails')).toHaveLength(1);
    // A deed of the content's subject, not a second saying: "agreed", "directed" (constructed, in the form of a wire story of 1987).
    expect(split('He said Benedicto had surrendered control of several newspapers and agreed to state control of a bank.', 'He', 'said', 'Benedicto')).toHaveLength(1);
  });
  it('takes the particle of "called on" into the second cue', () => {
    // Constructed, in the form of a wire story of 1987.
    expect(split('King Fahd said the kingdom wanted oil price stability and called on producers to avoid harmful competition.', 'King Fahd', 'said', 'the kingdom'))
      .toEqual([['King Fahd', 'said', 'the kingdom wanted oil price stability'], ['King Fahd', 'called on', 'producers to avoid harmful competition']]);
  });
});

describe('a second verb joined to a content that is the cue\'s object', () => {
  const split = (text: string, source: string, cue: string, said: string) => {
    const ctx = context(text);
    return splitObjectVerbs(ctx, [toEnd(ctx, source, cue, said)]).map((x) => [words(ctx, x.source!), words(ctx, x.cue!), words(ctx, x.content)]);
  };
  it('is the same source\'s second attribution, the first content ending before the conjunction', () => {
    // Constructed.
    expect(split('The host asked the governor about his tax returns and decided against pressing the mayor on the budget later that night.', 'The host', 'asked', 'the governor'))
      .toEqual([['The host', 'asked', 'the governor about his tax returns'], ['The host', 'decided against', 'pressing the mayor on the budget later that night']]);
    expect(split('The White House has threatened a veto and attempted to convince lawmakers of both parties that the measure is a mistake.', 'The White House', 'has threatened', 'a veto'))
      .toEqual([['The White House', 'has threatened', 'a veto'], ['The White House', 'attempted', 'to convince lawmakers of both parties that the measure is a mistake']]);
  });
  it('is not where the content is a clause, the second verb is no verb of saying, thinking or intending, or in another form', () => {
    // Constructed.
    expect(split('Forecasters said the heat and unsettled weather could last through the end of the week.', 'Forecasters', 'said', 'the heat')).toHaveLength(1);
    expect(split('He said the company reported losses and blamed the weather.', 'He', 'said', 'the company')).toHaveLength(1);
    expect(split('The president quoted the Talmud and visited the grave of the founder.', 'The president', 'quoted', 'the Talmud')).toHaveLength(1);
    expect(split('The minister has promised a review and will announce it next week.', 'The minister', 'has promised', 'a review')).toHaveLength(1);
    // A cue that reports words may take a clause; a participle before a noun qualifies it (constructed).
    expect(split('The journal reported astronomers from the observatory and elsewhere discovered a black hole.', 'The journal', 'reported', 'astronomers')).toHaveLength(1);
    expect(split('The company cited its improved outlook and continued strong cash flow as reasons for the increase.', 'The company', 'cited', 'its improved')).toHaveLength(1);
  });
});

describe('a quoted title', () => {
  it('is no content: a show where words were said, a book its author wrote, a show told', () => {
    // Constructed, in the form of political news.
    const ctx = context('“We will win,” the senator said in an interview with “Fox News Sunday.” The mayor spoke on ABC’s “This Week With Jane Doe” about it.');
    const won = attribution(ctx, 'the senator', 'said', '“We will win,”');
    const show = attribution(ctx, 'the senator', 'said', '“Fox News Sunday.”');
    const week = attribution(ctx, 'The mayor', 'spoke', '“This Week With Jane Doe”');
    expect(dropQuotedTitles(ctx, [won, show, week])).toEqual([won]);
  });
  it('is not words chanted, nor a quotation that is not in title case', () => {
    const ctx = context('The crowd answered with chants of “Lock Him Up” and the mayor said in an interview with “we have had enough.”');
    const chant = attribution(ctx, 'The crowd', 'answered', '“Lock Him Up”');
    const said = attribution(ctx, 'the mayor', 'said', '“we have had enough.”');
    expect(dropQuotedTitles(ctx, [chant, said])).toEqual([chant, said]);
  });
});

describe('a reference marker at a content\'s end', () => {
  // Constructed, in the forms of health pages and of agency trade tables.
  const trimmed = (text: string, source: string, cue: string, from: string) => {
    const ctx = context(text);
    const a = toEnd(ctx, source, cue, from);
    // (To the token before the full stop, the closing bracket included.)
    return words(ctx, trimReference(ctx, { ...a.content, last: ctx.tokens.length - 2 }));
  };
  it('is no part of what the study found', () => {
    expect(trimmed('One study found that drinking more water can boost metabolism (10, 11).', 'One study', 'found', 'that drinking'))
      .toBe('that drinking more water can boost metabolism');
    expect(trimmed('A review showed that yoga reduced binging [4].', 'A review', 'showed', 'that yoga')).toBe('that yoga reduced binging');
  });
  it('is not a figure\'s bracketed comparison, nor an abbreviation', () => {
    expect(trimmed('The ministry said imports included beef offal 4,476 (4,672).', 'The ministry', 'said', 'imports')).toBe('imports included beef offal 4,476 (4,672)');
    expect(trimmed('The agency said the drug mimics glucagon-like peptide 1 (GLP-1).', 'The agency', 'said', 'the drug')).toBe('the drug mimics glucagon-like peptide 1 (GLP-1)');
  });
});
