import { describe, expect, it } from 'vitest';
import { createDoc, layer } from '../../document/document.js';
import { segmentStage } from '../segment/index.js';
import { joinSpans, type Role, type TokenSpan } from './assemble.js';
import { buildContext, type TokenContext } from './features.js';
import { loadCategories, loadCues } from './lexicon.js';
import { findQuoteRegions } from './marks.js';
import { accordingTo, accordingToNames, clauseFallback, clauseSubject, extendFronted, orphanCues, sayingBeforeParticiple, sourceFallback, subjectBeforeApposition, subjectlessCues, trailingSaying, type Attribution } from './rules.js';

function context(text: string): TokenContext {
  const doc = segmentStage.run(createDoc(text, { source: { format: 'text' }, headlineInText: false }), {});
  const paragraphs = layer(doc, 'paragraphs');
  return buildContext(text, layer(doc, 'tokens'), layer(doc, 'sentences'), paragraphs, findQuoteRegions(text, paragraphs), loadCues(), loadCategories());
}

/** Tagger output as it might come: the token span of each (role, words) in text order. */
function spans(ctx: TokenContext, parts: [Role, string][]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let from = 0;
  for (const [role, words] of parts) {
    const start = ctx.text.indexOf(words, from);
    const end = start + words.length;
    from = end;
    const first = ctx.tokens.findIndex((t) => t.start >= start);
    let last = first;
    while (last + 1 < ctx.tokens.length && ctx.tokens[last + 1]!.end <= end) last++;
    out.push({ role, first, last });
  }
  return out;
}

function show(ctx: TokenContext, as: readonly Attribution[]) {
  const words = (s: TokenSpan | null) => (s ? ctx.text.slice(ctx.tokens[s.first]!.start, ctx.tokens[s.last]!.end) : null);
  return as.map((a) => ({ content: words(a.content), cue: words(a.cue), source: words(a.source) }));
}

describe('cues the tagger joined no content to', () => {
  it('"…, sources said." takes the clause before it, and the attribution nested in that clause gives way', () => {
    const ctx = context('Secret Service protocol called for her to be taken to a trauma center, sources said.');
    const ss = spans(ctx, [['SRC', 'Secret Service protocol'], ['CUE', 'called for'], ['CON', 'her to be taken to a trauma center'], ['SRC', 'sources'], ['CUE', 'said']]);
    const joined = joinSpans(ctx, ss);
    expect(show(ctx, joined)).toEqual([{ content: 'her to be taken to a trauma center', cue: 'called for', source: 'Secret Service protocol' }]);
    expect(show(ctx, orphanCues(ctx, ss, joined))).toEqual([
      { content: 'Secret Service protocol called for her to be taken to a trauma center', cue: 'said', source: 'sources' },
    ]);
  });
  it('"Clinton wants …" takes the rest of the sentence when its source was found (with rest)', () => {
    const ctx = context('Clinton wants to sign up 5 million people, focusing on people under 30.');
    const ss = spans(ctx, [['SRC', 'Clinton'], ['CUE', 'wants']]);
    expect(show(ctx, orphanCues(ctx, ss, joinSpans(ctx, ss), true))).toEqual([
      { content: 'to sign up 5 million people, focusing on people under 30', cue: 'wants', source: 'Clinton' },
    ]);
    // Without `rest` (the default), only the "…, X said." frames are made.
    expect(orphanCues(ctx, ss, joinSpans(ctx, ss))).toEqual([]);
  });
  it('takes no addressee of a telling verb and no word that only joins on what follows (with rest)', () => {
    const ctx = context('The ferry ran aground; the captain told reporters he lost power, with some local papers claiming he was asleep.');
    const ss = spans(ctx, [['SRC', 'the captain'], ['CUE', 'told'], ['SRC', 'some local papers'], ['CUE', 'claiming'], ['CON', 'he was asleep']]);
    expect(show(ctx, orphanCues(ctx, ss, joinSpans(ctx, ss), true))[0]).toEqual({ content: 'he lost power', cue: 'told', source: 'the captain' });
    const ctx2 = context('The minister assured the council that the bridge would reopen in May.');
    const ss2 = spans(ctx2, [['SRC', 'The minister'], ['CUE', 'assured']]);
    expect(show(ctx2, orphanCues(ctx2, ss2, joinSpans(ctx2, ss2), true)).map((a) => a.content)).toEqual(['that the bridge would reopen in May']);
  });
  it('takes no rest that opens with an adjunct rather than an object or a clause (with rest)', () => {
    // A prepositional phrase or a comma right after the verb: no object follows.
    const ctx = context('The senator spoke over loud jeers from the crowd in the hall.');
    const ss = spans(ctx, [['SRC', 'The senator'], ['CUE', 'spoke']]);
    expect(orphanCues(ctx, ss, joinSpans(ctx, ss), true)).toEqual([]);
    const ctx2 = context('The mayor insisted, for the second time this week, on a full audit.');
    const ss2 = spans(ctx2, [['SRC', 'The mayor'], ['CUE', 'insisted']]);
    expect(orphanCues(ctx2, ss2, joinSpans(ctx2, ss2), true)).toEqual([]);
    // An object, a "that" clause or an infinitive opens the rest.
    for (const [text, cue, want] of [
      ['The governor praised the volunteers for their long hours.', 'praised', 'the volunteers for their long hours'],
      ['The council hopes to reopen the bridge by spring.', 'hopes', 'to reopen the bridge by spring'],
      ['The coach believes that his team can still win the league.', 'believes', 'that his team can still win the league'],
    ] as const) {
      const c = context(text);
      const x = spans(c, [['SRC', text.slice(0, text.indexOf(' ' + cue))], ['CUE', cue]]);
      expect(show(c, orphanCues(c, x, joinSpans(c, x), true)).map((a) => a.content)).toEqual([want]);
    }
  });
  it('leaves a cue alone when it has neither a clause before it nor a source', () => {
    const ctx = context('The decision came late on Friday night.');
    const ss = spans(ctx, [['CUE', 'decision']]);
    expect(orphanCues(ctx, ss, joinSpans(ctx, ss))).toEqual([]);
  });
  it('a pronoun frame repeating the named speaker of the clause before it adds nothing', () => {
    const ctx = context('Okafor said she felt the rule deserved a second look because “hardly anyone reads the small print,” she said.');
    const ss = spans(ctx, [['SRC', 'Okafor'], ['CUE', 'said'], ['CON', 'she felt the rule deserved a second look because “hardly anyone reads the small print,”'], ['SRC', 'she'], ['CUE', 'said']]);
    const joined = joinSpans(ctx, ss);
    expect(show(ctx, orphanCues(ctx, ss, joined))).toEqual(show(ctx, joined));
    expect(show(ctx, joined)[0]!.source).toBe('Okafor');
  });
  it('folds a whole attribution of the clause before the frame into the frame', () => {
    const ctx = context('He said the plan would fail, aides said.');
    const ss = spans(ctx, [['SRC', 'He'], ['CUE', 'said'], ['CON', 'the plan would fail'], ['SRC', 'aides'], ['CUE', 'said']]);
    const joined = joinSpans(ctx, ss);
    const out = orphanCues(ctx, ss, joined);
    // "He said …" lies wholly inside the clause before "aides said": PolNeAR gives each token one attribution, the outer one.
    expect(show(ctx, out)).toEqual([{ content: 'He said the plan would fail', cue: 'said', source: 'aides' }]);
  });
});

describe('cues that end their sentence or paragraph', () => {
  it('"…, he said." after a content run on from the sentence before: that content ends with its sentence', () => {
    const ctx = context('Ms. Alvarez said she hoped to sell the harvest for $12 a crate. Early crates have gone for barely $9 each, she said.');
    // The tagger ran the first content on into the second sentence and left "she said" without one.
    const ss = spans(ctx, [['SRC', 'Ms. Alvarez'], ['CUE', 'said'], ['CON', 'she hoped to sell the harvest for $12 a crate. Early crates have gone for barely $9 each'], ['SRC', 'she'], ['CUE', 'said']]);
    expect(show(ctx, orphanCues(ctx, ss, joinSpans(ctx, ss)))).toEqual([
      { content: 'she hoped to sell the harvest for $12 a crate', cue: 'said', source: 'Ms. Alvarez' },
      { content: 'Early crates have gone for barely $9 each', cue: 'said', source: 'she' },
    ]);
  });
  it('so does one whose next sentence holds a quotation before its post-posed frame', () => {
    const ctx = context('A new survey shows that the mayor leads her rival by 51 percent to 44 percent. That is “about the margin she has kept since spring,” reported the Gazette.');
    const ss = spans(ctx, [['SRC', 'A new survey'], ['CUE', 'shows'], ['CON', 'that the mayor leads her rival by 51 percent to 44 percent. That is “about the margin she has kept since spring,”'], ['CUE', 'reported'], ['SRC', 'the Gazette']]);
    expect(show(ctx, orphanCues(ctx, ss, joinSpans(ctx, ss)))).toEqual([
      { content: 'that the mayor leads her rival by 51 percent to 44 percent', cue: 'shows', source: 'A new survey' },
      { content: 'That is “about the margin she has kept since spring,”', cue: 'reported', source: 'the Gazette' },
    ]);
  });
  it('a quotation that runs over the sentence end keeps its sentences', () => {
    const ctx = context('The mayor said: "We will rebuild. The bridge reopens in May," he said.');
    const ss = spans(ctx, [['SRC', 'The mayor'], ['CUE', 'said'], ['CON', '"We will rebuild. The bridge reopens in May,"'], ['SRC', 'he'], ['CUE', 'said']]);
    expect(show(ctx, orphanCues(ctx, ss, joinSpans(ctx, ss))).map((a) => a.cue)).toEqual(['said']);
  });
  it('"The governor added:" closing its paragraph takes the next paragraph, quoted or not', () => {
    // (The tagger's cue may hold the colon.)
    for (const [said, cue] of [['The council has ignored every warning. Nobody there has read the report, and the delays keep growing.', 'added'], ['“The council has ignored every warning. Nobody there has read the report.”', 'added:']]) {
      const ctx = context(`“The plan is a mistake,” he said.\n\nThe governor added:\n\n${said}\n\nThe vote is on Friday.`);
      const ss = spans(ctx, [['CON', '“The plan is a mistake,”'], ['SRC', 'he'], ['CUE', 'said'], ['SRC', 'The governor'], ['CUE', cue!]]);
      expect(show(ctx, orphanCues(ctx, ss, joinSpans(ctx, ss)))[1]).toEqual({ content: said!.endsWith('”') ? said : said!.slice(0, -1), cue, source: 'The governor' });
    }
  });
});

describe('"according to" inside a quotation', () => {
  it('takes the quoted words before it, not the attribution the quotation belongs to', () => {
    const ctx = context("The auditors found that the charity ''runs 14 shops in three counties, 9 of them in Kent, according to its own annual report.''");
    // The tagger's content stops short of the quotation.
    const ss = spans(ctx, [['SRC', 'The auditors'], ['CUE', 'found'], ['CON', 'that the charity']]);
    expect(show(ctx, accordingTo(ctx, joinSpans(ctx, ss)))).toEqual([
      { content: 'that the charity', cue: 'found', source: 'The auditors' },
      { content: 'runs 14 shops in three counties, 9 of them in Kent', cue: 'according to', source: 'its own annual report' },
    ]);
  });
});

describe('"according to" a pronoun', () => {
  it('takes the pronoun alone as the source, with no comma after it', () => {
    // Wikinews, 2020-04-14 ("Iranian International Master Dorsa Derakhshani discusses her chess career with Wikinews"), CC BY 2.5.
    const ctx = context('((WN))  What according to you makes chess beautiful?');
    const sources = accordingTo(ctx, []).map((a) => show(ctx, [a])[0]!.source);
    expect(sources).toEqual(['you']);
  });
});

describe('"According to X," before its clause', () => {
  it('reads a tagger\'s content that is the source as the source, however long, and the clause after the comma as said', () => {
    // Constructed, in the form of a 2020 news page.
    const text = 'According to models prepared by economists and computer scientists at two universities in Boston and the central bank, the plan could cost 40,000 jobs.';
    const ctx = context(text);
    const ss = spans(ctx, [['CUE', 'According to'], ['CON', 'models prepared by economists and computer scientists at two universities in Boston and the central bank']]);
    expect(show(ctx, accordingTo(ctx, joinSpans(ctx, ss)))).toEqual([
      { content: 'the plan could cost 40,000 jobs', cue: 'According to', source: 'models prepared by economists and computer scientists at two universities in Boston and the central bank' },
    ]);
  });
  it('leaves it where no comma closes the source, or the clause after it is a second source', () => {
    for (const [text, content] of [
      ['According to the revised data there were 94,000 jobless in February against 120,000 a year before.', 'the revised data there were 94,000 jobless in February against 120,000 a year before'],
      ['According to figures from the interior ministry of the republic on Friday, and a rights group on Thursday, some 20,000 people marched.', 'figures from the interior ministry of the republic on Friday'],
    ] as const) {
      const ctx = context(text);
      const ss = spans(ctx, [['CUE', 'According to'], ['CON', content]]);
      expect(show(ctx, accordingTo(ctx, joinSpans(ctx, ss)))).toEqual([{ content, cue: 'According to', source: null }]);
    }
  });
  /** accordingToNames over one attribution given by its words: what it gives back, read as words, or null where it leaves the attribution as it was. */
  const names = (text: string, source: string, cue: string, content: string) => {
    const ctx = context(text);
    const a: Attribution = { source: spans(ctx, [['SRC', source]])[0]!, cue: spans(ctx, [['CUE', cue]])[0]!, content: spans(ctx, [['CON', content]])[0]! };
    const out = accordingToNames(ctx, [a]);
    return out[0] === a ? null : show(ctx, out);
  };
  it('takes a past participle\'s phrase the tagger began the content with into the source, up to the comma before the clause', () => {
    // Wikinews, 2019-08-08, "Puerto Rico Supreme Court removes Governor Pierluisi; Wanda Vázquez becomes governor", CC BY 2.5.
    expect(names('According to a memo posted online by Senator Juan Dalmau, the Senate cancelled its planned hearing.', 'a memo', 'According to',
      'posted online by Senator Juan Dalmau, the Senate cancelled its planned hearing')).toEqual([
      { content: 'the Senate cancelled its planned hearing', cue: 'According to', source: 'a memo posted online by Senator Juan Dalmau' }]);
    // (Not where no clause follows the comma.)
    expect(names('According to a memo posted online by the senator, on Thursday.', 'a memo', 'According to', 'posted online by the senator, on Thursday')).toBeNull();
  });
  it('ends the source of "according to" set off inside a clause at its comma, and runs the content on to the clause\'s end', () => {
    // Wikinews, 2019-02-25, "Texas federal judge says drafting only men violates United States Constitution", CC BY 2.5.
    const text = 'Women, who make up 16% of the U.S. military enlisted and 18% of officers as of 2016, according to nonprofit CNA, have been serving official combat roles since 2015.';
    expect(names(text, 'nonprofit CNA, have been serving official combat roles since 2015', 'according to', 'Women, who make up 16% of the U.S. military enlisted and 18% of officers as of 2016')).toEqual([
      { content: 'Women, who make up 16% of the U.S. military enlisted and 18% of officers as of 2016, according to nonprofit CNA, have been serving official combat roles since 2015', cue: 'according to', source: 'nonprofit CNA' }]);
    // Constructed: a finite verb after the comma too; not a participle nor an apposition after it.
    expect(names('Prices, according to the ministry, rose by a fifth.', 'the ministry, rose by a fifth', 'according to', 'Prices')).toEqual([
      { content: 'Prices, according to the ministry, rose by a fifth', cue: 'according to', source: 'the ministry' }]);
    expect(names('Prices, according to the report, released on Monday.', 'the report, released on Monday', 'according to', 'Prices')).toBeNull();
    expect(names('Prices, according to John Smith, a trader at the port.', 'John Smith, a trader at the port', 'according to', 'Prices')).toBeNull();
  });
  it('ends the source of "according to" at a name a subject pronoun and its verb follow, and takes their clause as the content', () => {
    // Wikinews, 2019-09-09, "Longtime leader of Zimbabwe Robert Mugabe dies aged 95", CC BY 2.5: read both ways the tagger may.
    const text = 'Mugabe was hospitalized in Singapore for several months this year and according to the Ministry of Foreign Affairs he died at Gleneagles Hospital in the morning.';
    const want = [{ content: 'he died at Gleneagles Hospital in the morning', cue: 'according to', source: 'the Ministry of Foreign Affairs' }];
    expect(names(text, 'the Ministry of Foreign Affairs he died at Gleneagles Hospital', 'according to', 'Mugabe was hospitalized in Singapore for several months this year')).toEqual(want);
    const ctx = context(text);
    const [content, cue, source] = spans(ctx, [['CON', 'Mugabe'], ['CUE', 'according to'], ['SRC', 'the Ministry of Foreign Affairs']]);
    const wrapped: Attribution = { content: { ...content!, last: ctx.tokens.length - 2 }, cue: cue!, source: source! };
    expect(show(ctx, accordingToNames(ctx, [wrapped]))).toEqual(want);
    // (Constructed: not after a common noun, where the pronoun opens a relative clause.)
    expect(names('The minister had been furious, according to an interview she gave to a local radio station.', 'an interview she gave to a local radio station', 'according to',
      'The minister had been furious')).toBeNull();
  });
  it('reads a participle or a preposition the tagger took for the cue inside the source of "according to" as the source\'s', () => {
    // Wikinews, 2019-12-02, "Bystanders foil knife-weilding man on London Bridge with fire extinguisher, whale tusk", CC BY 2.5.
    expect(names('At the London Bridge, members of the public stopped Khan. According to videos posted on social media, people approached Khan armed with the fire extinguisher.',
      'videos', 'posted on', 'social media, people approached Khan armed with the fire extinguisher')).toEqual([
      { content: 'people approached Khan armed with the fire extinguisher', cue: 'According to', source: 'videos posted on social media' }]);
    // (Not a finite verb after the source: "According to The Telegraph said …" is left as it is.)
    expect(names('According to Maritime Bulletin have noted other unusual AIS data, the ship sailed on.', 'Maritime Bulletin', 'have noted', 'other unusual AIS data, the ship sailed on')).toBeNull();
  });
});

describe('a subject set off from its cue by an apposition', () => {
  const source = (text: string, cueWord: string, contentFrom: string) => {
    const ctx = context(text);
    const [cue, content] = spans(ctx, [['CUE', cueWord], ['CON', contentFrom]]);
    const words = (x: TokenSpan | null) => (x ? text.slice(ctx.tokens[x.first]!.start, ctx.tokens[x.last]!.end) : null);
    return { ctx, cue: cue!, content: { ...content!, last: ctx.tokens.length - 2 }, words };
  };
  it('skips a relative clause, a "like" phrase and an appositive noun phrase', () => {
    for (const [text, cue, from, want] of [
      ['The union, which represents 40,000 nurses, argues that the new shifts are unsafe.', 'argues', 'that', 'The union'],
      ['Critics of the dam, like the regional fishing council, believe it will ruin the river.', 'believe', 'it will', 'Critics of the dam'],
      ['Ms. Okafor, the bank\'s chief economist, expects rates to fall next spring.', 'expects', 'rates', 'Ms. Okafor'],
      // Wikinews, 2019-02-05, "Block of flats collapses in Aleppo, killing eleven" (CC BY 2.5): the tagger reads "United" as a
      // participle (GUM's convention), which is of the name all the same.
      ['The United States, which has retreated from a previous goal of ousting Syrian President Bashar al-Assad, has stated reconstruction will cost between US$300 and 400 billion.', 'has stated', 'reconstruction', 'The United States'],
    ] as const) {
      const { ctx, cue: c, content, words } = source(text, cue, from);
      expect(words(subjectBeforeApposition(ctx, c.first, content.first, content.last))).toBe(want);
      const [a] = sourceFallback(ctx, [{ content, cue: c, source: null }], true);
      expect(words(a!.source)).toBe(want);
    }
  });
  it('takes no noun phrase that is the object of a preposition, nor one without a comma before the cue', () => {
    for (const [text, cue, from] of [
      ['The letter was sent to the mayor, who lives nearby, urging that the park should stay.', 'urging', 'that'],
      ['The union argues that the new shifts are unsafe.', 'argues', 'that'],
    ] as const) {
      const { ctx, cue: c, content } = source(text, cue, from);
      expect(subjectBeforeApposition(ctx, c.first, content.first, content.last)).toBeNull();
    }
  });
});

/** One attribution from the words of its parts (source may be absent), as the tagger might give it. */
function attribution(text: string, parts: { source?: string; cue: string; content: string }) {
  const ctx = context(text);
  const order = (['source', 'cue', 'content'] as const).filter((k) => parts[k] !== undefined).sort((a, b) => text.indexOf(parts[a]!) - text.indexOf(parts[b]!));
  const roles = { source: 'SRC', cue: 'CUE', content: 'CON' } as const;
  const got = spans(ctx, order.map((k) => [roles[k], parts[k]!] as [Role, string]));
  const of = (k: 'source' | 'cue' | 'content') => (order.includes(k) ? got[order.indexOf(k)]! : null);
  const a: Attribution = { content: of('content')!, cue: of('cue'), source: of('source') };
  const words = (x: TokenSpan | null) => (x ? text.slice(ctx.tokens[x.first]!.start, ctx.tokens[x.last]!.end) : null);
  return { ctx, a, words };
}

describe('a source after its cue that the tagger took for content', () => {
  it('"“…,” said the ruling.": the phrase after the cue is the source, the quotation the content', () => {
    const text = '"No council may close a library without a public hearing," said the ruling.';
    const ctx = context(text);
    const ss = spans(ctx, [['CON', '"No council may close a library without a public hearing,"'], ['CUE', 'said'], ['CON', 'the ruling']]);
    expect(show(ctx, sourceFallback(ctx, joinSpans(ctx, ss)))).toEqual([
      { content: '"No council may close a library without a public hearing,"', cue: 'said', source: 'the ruling' },
    ]);
    // Words after the cue with a verb of their own are content, not a source.
    const text2 = '"We will appeal," said the lawyer who represents the state.';
    const ctx2 = context(text2);
    const ss2 = spans(ctx2, [['CON', '"We will appeal,"'], ['CUE', 'said'], ['CON', 'the lawyer who represents the state']]);
    expect(show(ctx2, sourceFallback(ctx2, joinSpans(ctx2, ss2)))[0]!.source).not.toBe('the lawyer who represents the state');
  });
  it('"Prices will rise, said the minister.": so after an indirect content and a comma, not after a participle', () => {
    // Constructed, in the form of agency copy.
    const text = 'Prices will rise next year, said the finance minister.';
    const ctx = context(text);
    const a: Attribution = { content: spans(ctx, [['CON', 'Prices will rise next year, said the finance minister']])[0]!, cue: spans(ctx, [['CUE', 'said']])[0]!, source: null };
    expect(show(ctx, sourceFallback(ctx, [a]))).toEqual([{ content: 'Prices will rise next year', cue: 'said', source: 'the finance minister' }]);
    const text2 = 'The system was bought for 10 mln dlrs, adding some 1,800 customers.';
    const ctx2 = context(text2);
    const b: Attribution = { content: spans(ctx2, [['CON', 'The system was bought for 10 mln dlrs, adding some 1,800 customers']])[0]!, cue: spans(ctx2, [['CUE', 'adding']])[0]!, source: null };
    expect(show(ctx2, sourceFallback(ctx2, [b]))[0]!.source).not.toBe('some 1,800 customers');
  });
  it('takes a phrase naming someone that a sourceless content ran on into before its cue for the source', () => {
    // Constructed, in the form of 1987 agency copy.
    const cases: [string, string, string, string][] = [
      ['Producers must agree on a new strategy to defend prices, Luis Arango, president of the exporters\' association, said.',
        'Producers must agree on a new strategy to defend prices, Luis Arango, president of the exporters\' association', 'Producers must agree on a new strategy to defend prices', 'Luis Arango, president of the exporters\' association'],
      ['The country will buy back its debt at a discount, central bank president Jorge Lopez said.',
        'The country will buy back its debt at a discount, central bank president Jorge Lopez', 'The country will buy back its debt at a discount', 'central bank president Jorge Lopez'],
      ['Plantings will change little from last year, analysts and industry sources said.',
        'Plantings will change little from last year, analysts and industry sources', 'Plantings will change little from last year', 'analysts and industry sources'],
    ];
    for (const [text, con, content, source] of cases) {
      const ctx = context(text);
      const a: Attribution = { content: spans(ctx, [['CON', con]])[0]!, cue: spans(ctx, [['CUE', 'said']])[0]!, source: null };
      expect(show(ctx, sourceFallback(ctx, [a]))).toEqual([{ content, cue: 'said', source }]);
    }
    // (A phrase that names no one stays the content's: "…, more than the nine pct drop first reported.")
    const text = 'Car exports slid 12 pct to 4.1 billion crowns, more than the nine pct drop first reported.';
    const ctx = context(text);
    const b: Attribution = { content: spans(ctx, [['CON', 'Car exports slid 12 pct to 4.1 billion crowns, more than the nine pct drop']])[0]!, cue: spans(ctx, [['CUE', 'first reported']])[0]!, source: null };
    expect(show(ctx, sourceFallback(ctx, [b]))[0]!.source).not.toBe('more than the nine pct drop');
  });
  it('takes the phrase after a comma and the cue for the source where the tagger took a name before the comma', () => {
    // Wikinews, "UK Supreme Court rules prorogation of parliament unlawful" (2019-09-24).
    const text = 'It is not for the Court to opine about the motivations, argued the government\'s lawyer, Richard Keen.';
    const ctx = context(text);
    const a: Attribution = { source: spans(ctx, [['SRC', 'the Court']])[0]!, cue: spans(ctx, [['CUE', 'argued']])[0]!, content: spans(ctx, [['CON', 'the government\'s lawyer, Richard Keen']])[0]! };
    expect(show(ctx, sourceFallback(ctx, [a]))).toEqual([{ content: 'It is not for the Court to opine about the motivations', cue: 'argued', source: 'the government\'s lawyer, Richard Keen' }]);
    // (A content after the cue with a verb of its own stays: "…, Smith said the talks failed.")
    const text2 = 'Exports will grow, Smith said the talks failed.';
    const ctx2 = context(text2);
    const b: Attribution = { source: spans(ctx2, [['SRC', 'Smith']])[0]!, cue: spans(ctx2, [['CUE', 'said']])[0]!, content: spans(ctx2, [['CON', 'the talks failed']])[0]! };
    expect(sourceFallback(ctx2, [b])[0]).toEqual(b);
  });
  it('takes a phrase with a participle of its own, and the speaker\'s quotation that goes on in the next sentence', () => {
    // Wikinews, 2019-09-06 ("Hong Kong leader announces withdrawal of extradition bill"), CC BY 2.5, shortened.
    const text = '"A lot of people think that," said a protester using the pseudonym Katya. "The situation has escalated."';
    const ctx = context(text);
    const a: Attribution = { content: spans(ctx, [['CON', text]])[0]!, cue: spans(ctx, [['CUE', 'said']])[0]!, source: null };
    expect(show(ctx, sourceFallback(ctx, [a]))).toEqual([{ content: text, cue: 'said', source: 'a protester using the pseudonym Katya' }]);
  });
});

describe('the subject of the clause a participle or a joined verb continues', () => {
  it('a participle after a comma speaks for the main clause, a joined verb for the verb it is joined to', () => {
    for (const [text, cue, content, want] of [
      ['The governor vetoed the bill on Friday, calling it a gift to landlords.', 'calling', 'it a gift to landlords', 'The governor'],
      ['When the council met, the mayor rejected the plan, arguing that it cost too much.', 'arguing', 'that it cost too much', 'the mayor'],
      ['The senator praised the deal and warned that costs would rise.', 'warned', 'that costs would rise', 'The senator'],
      ['Local doctors treated the victims overnight and said that most would recover.', 'said', 'that most would recover', 'Local doctors'],
    ] as const) {
      const { ctx, a, words } = attribution(text, { cue, content });
      expect(words(clauseSubject(ctx, a.cue!.first, a.content.first, a.content.last))).toBe(want);
      expect(words(sourceFallback(ctx, [a])[0]!.source)).toBe(want);
    }
  });
  it('a source that is the object of a preposition in an apposition gives way to the subject before it', () => {
    // Constructed sentences.
    for (const [text, source, cue, content, want] of [
      ['The mayor, speaking to reporters at the town hall, said the bridge would reopen in May.', 'reporters at the town hall', 'said', 'the bridge would reopen in May', 'The mayor'],
      ['The company, which was founded in Lyon with money from two brothers, warned that profits would fall.', 'two brothers', 'warned', 'that profits would fall', 'The company'],
    ] as const) {
      const { ctx, a, words } = attribution(text, { source, cue, content });
      expect(words(sourceFallback(ctx, [a])[0]!.source)).toBe(want);
    }
    // A passive's agent and "according to" keep their source.
    const agent = attribution('The plan, which was drafted by the ministry, was praised by the unions as fair.', { source: 'the unions', cue: 'praised', content: 'as fair' });
    expect(agent.words(sourceFallback(agent.ctx, [agent.a])[0]!.source)).toBe('the unions');
  });

  it('a participle with "that" takes the subject only when no one spoke before it in its sentence', () => {
    const { ctx, a, words } = attribution('The board told reporters that its members believe the plan works, adding that the vote is close.', { cue: 'adding', content: 'that the vote is close' });
    expect(words(sourceFallback(ctx, [{ ...a, inherits: true }])[0]!.source)).toBe('The board');
    const b = attribution('The board told reporters that its members believe the plan works, adding that the vote is close.', { source: 'The board', cue: 'told', content: 'that its members believe the plan works' });
    const out = sourceFallback(b.ctx, [b.a, { ...a, inherits: true }]);
    expect(out[1]!.source).toBeNull();
    expect(out[1]!.inherits).toBe(true);
  });
  it('takes nothing for a verb that is neither a participle after a comma nor joined by a conjunction', () => {
    const { ctx, a } = attribution('The mayor kept repeating that the budget was balanced.', { cue: 'repeating', content: 'that the budget was balanced' });
    expect(clauseSubject(ctx, a.cue!.first, a.content.first, a.content.last)).toBeNull();
    // Nor when the verb a conjunction joins it to may be a subordinate clause's ("… that the noise kept them awake and asked …").
    const b = attribution('Our neighbours complained that the noise kept them awake and asked that the work stop at six.', { cue: 'asked', content: 'that the work stop at six' });
    expect(clauseSubject(b.ctx, b.a.cue!.first, b.a.content.first, b.a.content.last)).toBeNull();
  });
});

describe('cues whose subject is not their speaker', () => {
  const after = (text: string, parts: { source?: string; cue: string; content: string }) => {
    const { ctx, a, words } = attribution(text, parts);
    return words(subjectlessCues(ctx, [a])[0]!.source);
  };
  it('a passive or raising cue loses the noun phrase before it', () => {
    expect(after('The firm was accused of hiding its losses.', { source: 'The firm', cue: 'was accused of', content: 'hiding its losses' })).toBeNull();
    expect(after('Voters seem to favour the new bridge.', { source: 'Voters', cue: 'seem', content: 'to favour the new bridge' })).toBeNull();
  });
  it('a passive cue takes its "by" agent', () => {
    expect(after('The plan was criticized by the auditors for its cost.', { source: 'The plan', cue: 'was criticized', content: 'for its cost' })).toBe('the auditors');
    expect(after('The merger was first reported by the local paper.', { cue: 'was first reported', content: 'The merger' })).toBe('the local paper');
  });
  it('keeps the subject of an active cue, and of a passive that still tells what the subject thinks or says', () => {
    expect(after('The minister said that trains would run.', { source: 'The minister', cue: 'said', content: 'that trains would run' })).toBe('The minister');
    expect(after('Residents were worried about the noise at night.', { source: 'Residents', cue: 'were worried', content: 'about the noise at night' })).toBe('Residents');
    expect(after('The coach was quoted as saying the team needed rest.', { source: 'The coach', cue: 'was quoted as saying', content: 'the team needed rest' })).toBe('The coach');
  });
  it('a past participle opening its sentence does not speak for the speaker after it', () => {
    expect(after('Asked about the delay, the minister blamed the weather.', { source: 'the minister', cue: 'Asked about', content: 'the delay' })).toBeNull();
  });
});

describe('contents on both sides of a cue', () => {
  it('a content ending in an earlier sentence is not joined to a cue with content after it', () => {
    const ctx = context('“The bridge will not open before spring.” As it stands, the repairs are late, according to the city engineer, and the budget has run out.');
    const ss = spans(ctx, [
      ['CON', '“The bridge will not open before spring.”'],
      ['CON', 'the repairs are late'],
      ['CUE', 'according to'],
      ['SRC', 'the city engineer'],
      ['CON', 'the budget has run out'],
    ]);
    expect(show(ctx, joinSpans(ctx, ss))).toEqual([
      { content: 'the repairs are late, according to the city engineer, and the budget has run out', cue: 'according to', source: 'the city engineer' },
    ]);
  });
  it('a content between its cue and a verb joined on by "and" stays with its cue', () => {
    const ctx = context('The finance minister said this week that the levy would end by June and suggested that a new one would follow.');
    const ss = spans(ctx, [['SRC', 'The finance minister'], ['CUE', 'said'], ['CON', 'that the levy would end by June'], ['CUE', 'suggested'], ['CON', 'that a new one would follow']]);
    expect(show(ctx, joinSpans(ctx, ss)).map((a) => [a.cue, a.content])).toEqual([
      ['said', 'that the levy would end by June'],
      ['suggested', 'that a new one would follow'],
    ]);
  });
  it('a quotation split by its cue in one sentence stays one content', () => {
    const ctx = context('“We are ready,” the coach said, “and we will win.”');
    const ss = spans(ctx, [
      ['CON', '“We are ready,”'],
      ['SRC', 'the coach'],
      ['CUE', 'said'],
      ['CON', '“and we will win.”'],
    ]);
    expect(show(ctx, joinSpans(ctx, ss))).toEqual([{ content: '“We are ready,” the coach said, “and we will win.”', cue: 'said', source: 'the coach' }]);
  });
  it('a content in an earlier sentence still joins a cue with no content after it', () => {
    const ctx = context('“The bridge will not open before spring.” The engineer said so.');
    const ss = spans(ctx, [['CON', '“The bridge will not open before spring.”'], ['SRC', 'The engineer'], ['CUE', 'said']]);
    expect(show(ctx, joinSpans(ctx, ss))).toEqual([{ content: '“The bridge will not open before spring.”', cue: 'said', source: 'The engineer' }]);
  });
});

describe('which of the tagger’s sources a cue takes', () => {
  it('a source after its cue only in an inversion: otherwise the one before it, however far', () => {
    const ctx = context('Mayor Jane Smith of Springfield on Tuesday at the annual budget meeting in the old town hall said taxes rise, and aides agree.');
    const ss = spans(ctx, [['SRC', 'Mayor Jane Smith of Springfield'], ['CUE', 'said'], ['CON', 'taxes rise'], ['SRC', 'aides']]);
    expect(show(ctx, joinSpans(ctx, ss))).toEqual([{ content: 'taxes rise', cue: 'said', source: 'Mayor Jane Smith of Springfield' }]);
    const inv = context('“Taxes will rise,” said late on Tuesday the mayor.');
    const si = spans(inv, [['CON', '“Taxes will rise,”'], ['CUE', 'said'], ['SRC', 'the mayor']]);
    expect(show(inv, joinSpans(inv, si))).toEqual([{ content: '“Taxes will rise,”', cue: 'said', source: 'the mayor' }]);
  });
  it('a relative pronoun opening a clause closed before the cue gives way to the noun phrase before the clause', () => {
    const text = 'Mr. Jones, who chairs the committee, told reporters that the bill would pass.';
    const ctx = context(text);
    const both = spans(ctx, [['SRC', 'Mr. Jones'], ['SRC', 'who'], ['CUE', 'told'], ['CON', 'that the bill would pass']]);
    expect(show(ctx, joinSpans(ctx, both))).toEqual([{ content: 'that the bill would pass', cue: 'told', source: 'Mr. Jones' }]);
    // With the pronoun alone the cue is left without a source, which sourceFallback finds.
    const alone = joinSpans(ctx, spans(ctx, [['SRC', 'who'], ['CUE', 'told'], ['CON', 'that the bill would pass']]));
    expect(show(ctx, alone)).toEqual([{ content: 'that the bill would pass', cue: 'told', source: null }]);
    expect(show(ctx, sourceFallback(ctx, alone))).toEqual([{ content: 'that the bill would pass', cue: 'told', source: 'Mr. Jones' }]);
  });
  it('a relative pronoun inside its own clause stays the source of a cue in that clause', () => {
    const ctx = context('The board, which said that the plan works, met on Monday.');
    const ss = spans(ctx, [['SRC', 'which'], ['CUE', 'said'], ['CON', 'that the plan works']]);
    expect(show(ctx, joinSpans(ctx, ss))).toEqual([{ content: 'that the plan works', cue: 'said', source: 'which' }]);
  });
});

describe('a subject the tagger took for content', () => {
  it('a content around its cue gives the subject before the cue up as the source', () => {
    const ctx = context('The governor, speaking after the mayor at the forum, cited problems in the region.');
    const joined = joinSpans(ctx, spans(ctx, [['CON', 'The governor'], ['CUE', 'cited'], ['CON', 'problems in the region']]));
    expect(show(ctx, sourceFallback(ctx, joined))).toEqual([{ content: 'problems in the region', cue: 'cited', source: 'The governor' }]);
  });
  it('a content run on into the noun phrase of a cue that ends the sentence gives the phrase up as the source', () => {
    // Constructed, in the form of TASS copy (the tagger had run the content on to the cue after its dateline).
    const ctx = context('The two presidents discussed the situation in Idlib in a telephone conversation on Friday, the Kremlin press service said.');
    const joined = joinSpans(ctx, spans(ctx, [['CON', 'The two presidents discussed the situation in Idlib in a telephone conversation on Friday, the Kremlin press service'], ['CUE', 'said']]));
    expect(show(ctx, sourceFallback(ctx, joined))).toEqual([{ content: 'The two presidents discussed the situation in Idlib in a telephone conversation on Friday', cue: 'said', source: 'the Kremlin press service' }]);
    // A cue followed by when it was said ends its sentence as well; one that goes on does not.
    const ctx2 = context('Prices rose in March, and exports fell, officials at the bank said on Monday.');
    const joined2 = joinSpans(ctx2, spans(ctx2, [['CON', 'Prices rose in March, and exports fell, officials at the bank'], ['CUE', 'said']]));
    expect(show(ctx2, sourceFallback(ctx2, joined2))[0]).toMatchObject({ content: 'Prices rose in March, and exports fell', source: 'officials at the bank' });
    const ctx3 = context('Prices rose in March, and exports fell, officials said in a report that was published later.');
    const joined3 = joinSpans(ctx3, spans(ctx3, [['CON', 'Prices rose in March, and exports fell, officials'], ['CUE', 'said']]));
    expect(show(ctx3, sourceFallback(ctx3, joined3))[0]!.content).toBe('Prices rose in March, and exports fell, officials');
  });
  it('a quotation around its cue stays whole', () => {
    const ctx = context('“We are ready,” the coach, smiling, said, “and we will win.”');
    const joined = joinSpans(ctx, spans(ctx, [['CON', '“We are ready,”'], ['CUE', 'said'], ['CON', '“and we will win.”']]));
    expect(show(ctx, sourceFallback(ctx, joined))[0]!.content).toBe('“We are ready,” the coach, smiling, said, “and we will win.”');
  });
});

describe('more clause subjects', () => {
  it('a joined verb in a relative clause speaks for the relative pronoun', () => {
    const { ctx, a, words } = attribution('The plan drew critics, who met twice and argued that it would fail.', { cue: 'argued', content: 'that it would fail' });
    expect(words(clauseSubject(ctx, a.cue!.first, a.content.first, a.content.last))).toBe('who');
  });
  it('a verb after an apposition or relative clause speaks for the noun phrase before it', () => {
    const { ctx, a, words } = attribution('The authors of the study, which covers ten states, read the filings and found that most firms paid less.', { cue: 'found', content: 'that most firms paid less' });
    expect(words(clauseSubject(ctx, a.cue!.first, a.content.first, a.content.last))).toBe('The authors of the study');
  });
  it('a participle whose tagger source is the object of a verb or preposition takes the clause subject', () => {
    const { ctx, a, words } = attribution('The mayor criticized the council over the budget, saying that it was unfair.', { source: 'the budget', cue: 'saying', content: 'that it was unfair' });
    expect(words(sourceFallback(ctx, [a])[0]!.source)).toBe('The mayor');
    // The subject of its own clause stays.
    const b = attribution('The mayor spoke for an hour, and the council, saying that it was unfair, left.', { source: 'the council', cue: 'saying', content: 'that it was unfair' });
    expect(b.words(sourceFallback(b.ctx, [b.a])[0]!.source)).toBe('the council');
  });
});

describe('raising and passive cues, continued', () => {
  const after = (text: string, parts: { source?: string; cue: string; content: string }) => {
    const { ctx, a, words } = attribution(text, parts);
    return words(subjectlessCues(ctx, [a])[0]!.source);
  };
  it('a raising verb that goes on to a verb of saying inside the cue keeps its subject', () => {
    expect(after('The governor appeared to suggest that taxes would rise.', { source: 'The governor', cue: 'appeared to suggest', content: 'that taxes would rise' })).toBe('The governor');
    expect(after('The governor appeared tired after the long debate.', { source: 'The governor', cue: 'appeared', content: 'tired after the long debate' })).toBe(null);
  });
  it('and one whose verb of thought or intent follows the cue', () => {
    expect(after('The coach seemed to think that the draw was unfair.', { source: 'The coach', cue: 'seemed', content: 'to think that the draw was unfair' })).toBe('The coach');
    expect(after('The governor appears set to announce a veto.', { source: 'The governor', cue: 'appears', content: 'set to announce a veto' })).toBe('The governor');
    expect(after('The bridge appears set to open in May.', { source: 'The bridge', cue: 'appears', content: 'set to open in May' })).toBe(null);
  });
  it('a "by" agent may open with an adverb', () => {
    expect(after('The plan is backed by nearly 300 economists.', { cue: 'is backed', content: 'The plan' })).toBe('nearly 300 economists');
  });
});

describe('cues that name no speaker', () => {
  const after = (text: string, parts: { source?: string; cue: string; content: string }) => {
    const { ctx, a, words } = attribution(text, parts);
    return words(subjectlessCues(ctx, [a])[0]!.source);
  };
  it('a contracted "has" is no passive: "she\'s sought to", "who\'s called for"', () => {
    expect(after('The mayor says she\'s sought to cut the fares for years.', { source: 'she', cue: '\'s sought', content: 'to cut the fares for years' })).toBe('she');
    expect(after('The senator, who\'s called for a new bridge, spoke first.', { source: 'who', cue: '\'s called for', content: 'a new bridge' })).toBe('who');
    // A contracted "is" before a verb of neither kind stays a passive.
    expect(after('The minister said he\'s expected to resign on Friday.', { source: 'he', cue: '\'s expected', content: 'to resign on Friday' })).toBeNull();
  });
  it('a passive before "to", "as" or (for a verb of speech) "about" has no speaker but its agent', () => {
    expect(after('The ferry company is expected to raise its fares in spring.', { source: 'The ferry company', cue: 'is expected', content: 'to raise its fares in spring' })).toBeNull();
    expect(after('The old mill is widely seen as a symbol of the town.', { source: 'The old mill', cue: 'is widely seen as', content: 'a symbol of the town' })).toBeNull();
    expect(after('The coach was asked about the injured striker.', { source: 'The coach', cue: 'was asked about', content: 'the injured striker' })).toBeNull();
    expect(after('The bridge is not thought to be safe for lorries.', { source: 'The bridge', cue: 'is not thought', content: 'to be safe for lorries' })).toBeNull();
    expect(after('The reform was seen by most teachers as a failure.', { source: 'The reform', cue: 'was seen', content: 'as a failure' })).toBe('most teachers');
    expect(after('The vote is expected to pass on Friday, but rebels will fight it.', { source: 'rebels', cue: 'is expected', content: 'to pass on Friday' })).toBeNull();
    expect(after('The new toll seems unfair, and drivers will fight it.', { source: 'drivers', cue: 'seems', content: 'unfair' })).toBeNull();
  });
  it('keeps the subject where it speaks on through the cue or holds a stance of its own', () => {
    expect(after('The mayor is expected to announce that taxes will fall.', { source: 'The mayor', cue: 'is expected to announce', content: 'that taxes will fall' })).toBe('The mayor');
    expect(after('The farmers are opposed to the new road.', { source: 'The farmers', cue: 'are opposed', content: 'to the new road' })).toBe('The farmers');
    expect(after('The union is determined to win a shorter week.', { source: 'The union', cue: 'is determined', content: 'to win a shorter week' })).toBe('The union');
    expect(after('Parents are concerned about the closing of the school.', { source: 'Parents', cue: 'are concerned', content: 'about the closing of the school' })).toBe('Parents');
    expect(after('The players aren’t sure what the new rules mean.', { source: 'The players', cue: 'aren’t sure', content: 'what the new rules mean' })).toBe('The players');
  });
  it('a bare participle after a subordinator is passive: its asker goes unnamed', () => {
    expect(after('The coach smiled when asked about the injured striker.', { source: 'The coach', cue: 'asked about', content: 'the injured striker' })).toBeNull();
    expect(after('The coach smiled when asked by a reporter about the striker.', { source: 'The coach', cue: 'asked', content: 'about the striker' })).toBe('a reporter');
  });
  it('a cue that is a noun does not speak for a noun phrase far after it, only through "by" or "from"', () => {
    expect(after('Questions about the budget remain, and the minister will meet unions.', { source: 'the minister', cue: 'Questions about', content: 'the budget' })).toBeNull();
    expect(after('The warnings about the dam from engineers were ignored.', { source: 'engineers', cue: 'warnings about', content: 'the dam' })).toBe('engineers');
  });
  it('an evidential adverb as the cue names nobody', () => {
    expect(after('The bakery reportedly plans to close its second shop.', { source: 'The bakery', cue: 'reportedly', content: 'plans to close its second shop' })).toBeNull();
    expect(after('The driver allegedly ignored the red light.', { source: 'The driver', cue: 'allegedly', content: 'ignored the red light' })).toBeNull();
  });
  it('an expletive "it" with a copula and an adjective names nobody', () => {
    expect(after('It is unclear whether the museum will reopen.', { source: 'It', cue: 'is unclear', content: 'whether the museum will reopen' })).toBeNull();
    expect(after('Later it became obvious that the museum would reopen.', { source: 'the museum', cue: 'it became obvious', content: 'that the museum would reopen' })).toBeNull();
    expect(after('It said the museum would reopen.', { source: 'It', cue: 'said', content: 'the museum would reopen' })).toBe('It');
  });
  it('a naming participle after a noun tells what a thing is called, not who speaks', () => {
    expect(after('Tourists visit the old mill known as the Red House.', { source: 'the old mill', cue: 'known as', content: 'the Red House' })).toBeNull();
    expect(after('The band released an album, entitled "Low Tide", last year.', { source: 'an album', cue: 'entitled', content: '"Low Tide"' })).toBeNull();
    expect(after('The mayor called the plan "a disaster".', { source: 'The mayor', cue: 'called', content: 'the plan "a disaster"' })).toBe('The mayor');
  });
});

describe('an indirect content before a comma and its source and cue', () => {
  it('is the whole clause before the comma, from the sentence\'s start or a dateline\'s dash', () => {
    // Wikinews, 2019-08-24, "Missing New York City chef Andrea Zamperoni found dead", CC BY 2.5: the tagger began the content late.
    const text = 'Andrea Zamperoni, the head chef of New York City\'s Cipriani Dolci restaurant, was discovered dead on Wednesday in Queens, New York, according to police on Thursday.';
    const ctx = context(text);
    const a: Attribution = { content: spans(ctx, [['CON', 'New York City\'s Cipriani Dolci restaurant, was discovered dead on Wednesday in Queens']])[0]!, cue: spans(ctx, [['CUE', 'according to']])[0]!, source: spans(ctx, [['SRC', 'police']])[0]! };
    expect(show(ctx, extendFronted(ctx, [a]))[0]!.content).toBe('Andrea Zamperoni, the head chef of New York City\'s Cipriani Dolci restaurant, was discovered dead on Wednesday in Queens, New York');
    // Constructed, in the form of a 1987 wire story: not back over the dateline.
    const text2 = 'MADRID, May 2 - Three new housing loans worth 900 mln pesetas were cleared for sale in the official gazette, the regulator announced.';
    const ctx2 = context(text2);
    const b: Attribution = { content: spans(ctx2, [['CON', 'loans worth 900 mln pesetas were cleared for sale']])[0]!, cue: spans(ctx2, [['CUE', 'announced']])[0]!, source: spans(ctx2, [['SRC', 'the regulator']])[0]! };
    expect(show(ctx2, extendFronted(ctx2, [b]))[0]!.content).toBe('Three new housing loans worth 900 mln pesetas were cleared for sale in the official gazette');
    // Not where words with a verb follow the cue ("…, the committee said it would meet.").
    const text3 = 'Prices rose sharply in January, the committee said it would meet.';
    const ctx3 = context(text3);
    const c: Attribution = { content: spans(ctx3, [['CON', 'rose sharply']])[0]!, cue: spans(ctx3, [['CUE', 'said']])[0]!, source: spans(ctx3, [['SRC', 'the committee']])[0]! };
    expect(extendFronted(ctx3, [c])[0]).toBe(c);
  });
});

describe('a sentence that closes with its own saying, read as the content of an attribution inside it', () => {
  it('is the saying\'s content; the attribution inside keeps its words before the saying, or gives way when it has no source', () => {
    // Constructed, in the form of 1987 wire stories; the tagger's reading given as attributions.
    const text = 'The Ivory Coast cocoa board is unlikely to announce its new selling policy before the end of the month, trade sources said.';
    const ctx = context(text);
    const a: Attribution = { source: spans(ctx, [['SRC', 'The Ivory Coast cocoa board']])[0]!, cue: spans(ctx, [['CUE', 'is unlikely to announce']])[0]!, content: spans(ctx, [['CON', 'its new selling policy before the end of the month, trade sources said']])[0]! };
    expect(show(ctx, trailingSaying(ctx, [a]))).toEqual([
      { source: 'The Ivory Coast cocoa board', cue: 'is unlikely to announce', content: 'its new selling policy before the end of the month' },
      { source: 'trade sources', cue: 'said', content: 'The Ivory Coast cocoa board is unlikely to announce its new selling policy before the end of the month' },
    ]);
    // A passive with no source: the spokesman's words, "told Reuters" after them.
    const text2 = 'ABIDJAN, April 3 - Ivory Coast cocoa arrivals are expected to fall to 450,000 tonnes in the first half, a spokesman for the exporters association told Reuters.';
    const ctx2 = context(text2);
    const b: Attribution = { source: null, cue: spans(ctx2, [['CUE', 'are expected']])[0]!, content: spans(ctx2, [['CON', 'to fall to 450,000 tonnes in the first half, a spokesman for the exporters association told Reuters']])[0]! };
    expect(show(ctx2, trailingSaying(ctx2, [b]))).toEqual([
      { source: 'a spokesman for the exporters association', cue: 'told', content: 'ABIDJAN, April 3 - Ivory Coast cocoa arrivals are expected to fall to 450,000 tonnes in the first half' }]);
    // A content that stops at the comma before the saying, its passive's cue without a source (constructed, in the same form).
    const text4 = 'Officials of five Thai commercial banks are expected to meet tomorrow to seek agreement on cutting interest rates, banking sources said.';
    const ctx4 = context(text4);
    const d: Attribution = { source: null, cue: spans(ctx4, [['CUE', 'are expected']])[0]!, content: spans(ctx4, [['CON', 'Officials of five Thai commercial banks are expected to meet tomorrow to seek agreement on cutting interest rates']])[0]! };
    expect(show(ctx4, trailingSaying(ctx4, [d]))).toEqual([
      { source: 'banking sources', cue: 'said', content: 'Officials of five Thai commercial banks are expected to meet tomorrow to seek agreement on cutting interest rates' }]);
    // A personal pronoun alone is the saying's source after a sourceless reading (constructed, in the same form) ...
    const text5 = 'The company said it agreed to sell the unit. Closing is expected March 17, it said.';
    const ctx5 = context(text5);
    const e: Attribution = { source: null, cue: spans(ctx5, [['CUE', 'is expected']])[0]!, content: spans(ctx5, [['CON', 'Closing is expected March 17']])[0]! };
    expect(show(ctx5, trailingSaying(ctx5, [e]))).toEqual([{ source: 'it', cue: 'said', content: 'Closing is expected March 17' }]);
    // ... not after one with a source of its own, whose subject "they" would be taken for ("Farmers enrolled …, they said").
    const text6 = 'Farmers enrolled 1,894,764 acres of corn base acreage in the conservation program, they said.';
    const ctx6 = context(text6);
    const f: Attribution = { source: spans(ctx6, [['SRC', 'Farmers']])[0]!, cue: spans(ctx6, [['CUE', 'enrolled']])[0]!, content: spans(ctx6, [['CON', '1,894,764 acres of corn base acreage in the conservation program']])[0]! };
    expect(trailingSaying(ctx6, [f])).toEqual([f]);
    // Not two noun phrases run together without a comma ("… in annual statements the official said").
    const text3 = 'The review will look at whether farmers should report yields for separate crops, regions and seasons in annual statements the official said.';
    const ctx3 = context(text3);
    const c: Attribution = { source: spans(ctx3, [['SRC', 'The review']])[0]!, cue: spans(ctx3, [['CUE', 'will look at']])[0]!, content: spans(ctx3, [['CON', 'whether farmers should report yields for separate crops, regions and seasons in annual statements the official said']])[0]! };
    expect(trailingSaying(ctx3, [c])).toEqual([c]);
  });
});

describe('a saying between a clause and a participle that goes on with it', () => {
  it('is an attribution of its own, whose source the participle shares; a sourceless reading inside the clause gives way', () => {
    // Wikinews, 2019-01-04, "Magnitogorsk apartment building collapses after explosion, dozens dead" (CC BY 2.5); the tagger's reading.
    const text = 'A total of 39 are confirmed dead, officials told state media, adding that rescuers ended their work yesterday.';
    const ctx = context(text);
    const misread: Attribution = { source: null, cue: spans(ctx, [['CUE', 'are confirmed']])[0]!, content: spans(ctx, [['CON', 'dead']])[0]! };
    const [src, cue, con] = spans(ctx, [['SRC', 'officials'], ['CUE', 'adding'], ['CON', 'that rescuers ended their work yesterday']]);
    expect(show(ctx, sayingBeforeParticiple(ctx, [misread, { source: src!, cue: cue!, content: con! }]))).toEqual([
      { source: 'officials', cue: 'told', content: 'A total of 39 are confirmed dead' },
      { source: 'officials', cue: 'adding', content: 'that rescuers ended their work yesterday' },
    ]);
    // The participle's source run over the whole clause (constructed, in the form of 1987 wire stories).
    const text2 = 'The country exported 535,460 tonnes of wheat in January, the Home Grown Cereals Authority said, quoting customs figures.';
    const ctx2 = context(text2);
    const [s2, c2, k2] = spans(ctx2, [['SRC', 'The country exported 535,460 tonnes of wheat in January, the Home Grown Cereals Authority'], ['CUE', 'quoting'], ['CON', 'customs figures']]);
    expect(show(ctx2, sayingBeforeParticiple(ctx2, [{ source: s2!, cue: c2!, content: k2! }]))).toEqual([
      { source: 'the Home Grown Cereals Authority', cue: 'said', content: 'The country exported 535,460 tonnes of wheat in January' },
      { source: 'the Home Grown Cereals Authority', cue: 'quoting', content: 'customs figures' },
    ]);
    // A saying that is already someone's cue stays as it is.
    const said: Attribution = { source: src!, cue: spans(ctx, [['CUE', 'told']])[0]!, content: spans(ctx, [['CON', 'A total of 39 are confirmed dead']])[0]! };
    const adding: Attribution = { source: src!, cue: cue!, content: con! };
    expect(sayingBeforeParticiple(ctx, [said, adding])).toEqual([said, adding]);
  });
});

describe('clauseFallback', () => {
  const read = (text: string) => {
    const ctx = context(text);
    const w = (x: TokenSpan | null) => (x ? text.slice(ctx.tokens[x.first]!.start, ctx.tokens[x.last]!.end) : null);
    return clauseFallback(ctx, []).map((a) => [w(a.source), w(a.cue), w(a.content)]);
  };
  it('reads a sentence with a likely speech verb and a clause after it, also after when or where it was said', () => {
    // Wikinews, "Turkish government stops search of survivors of Aegean Sea earthquake off Izmir" (2020-11-07), CC BY 2.5.
    expect(read('Local officials said on Saturday, about 20 buildings collapsed.')).toEqual([['Local officials', 'said', 'on Saturday, about 20 buildings collapsed']]);
  });
  it('reads no passive and no phrasal verb as a saying', () => {
    // Constructed, in the forms of Reuters-21578 and Wikinews sentences.
    expect(read('The most advanced memory chip described by a U.S. company was a four mln bit chip.')).toEqual([]);
    expect(read('Two more candidates withdrew from the race on the same day as the debate.')).toEqual([]);
    expect(read('In all, those promises added up to more than $8.5 million last year.')).toEqual([]);
  });
});
