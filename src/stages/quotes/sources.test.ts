import { describe, expect, it } from 'vitest';
import { createDoc, layer } from '../../document/document.js';
import { segmentStage } from '../segment/index.js';
import { context, span, words, toEnd } from '../../../test/quote-spans.js';
import { articleSources, clauseSources, unquotedInversions, nameSources, timeSources, yearSources } from './sources.js';
import { createQuoteStage, loadQuoteResources } from './index.js';

describe('a year alone is no source', () => {
  it('drops an attribution whose source is a year alone, the time of a verb that reports nothing', () => {
    // Wikinews, 2019-01-12 (a bus crash in Cuba).
    const ctx = context('Cuban roads suffer a large number of accidents; 2018 saw 11,187 recorded accidents leading to 750 deaths.');
    const a = toEnd(ctx, '2018', 'saw', '11,187');
    expect(yearSources(ctx, [a])).toEqual([]);
    const ctx2 = context('The council has until March, 1990 to approve the budget.');
    expect(yearSources(ctx2, [toEnd(ctx2, '1990', 'to approve', 'the budget')])).toEqual([]);
  });
  it('takes in the name a year dates, and leaves other sources alone', () => {
    // Wikinews, 2020-06-11 (a jackal killed in Tamil Nadu).
    const ctx = context('The Wildlife Protection Act, 1972 lists jackals as a protected species.');
    const a = toEnd(ctx, '1972', 'lists', 'jackals');
    expect(words(ctx, yearSources(ctx, [a])[0]!.source)).toBe('The Wildlife Protection Act, 1972');
    const ctx2 = context('Of the delegates, 43 said they support Clinton.');
    const b = toEnd(ctx2, '43', 'said', 'they');
    expect(yearSources(ctx2, [b])[0]).toBe(b);
  });
});

describe('a time is no source', () => {
  it('cuts a time off the end of a source', () => {
    // Wikinews, 2019-01-16 (the Lion Air voice recorder).
    const ctx = context('The National Transportation Safety Committee of Indonesia on Monday announced the cockpit voice recorder from Lion Air Flight 610 has been recovered from the Java Sea.');
    const a = toEnd(ctx, 'The National Transportation Safety Committee of Indonesia on Monday', 'announced', 'the cockpit');
    expect(words(ctx, timeSources(ctx, [a])[0]!.source)).toBe('The National Transportation Safety Committee of Indonesia');
    const ctx2 = context('Officials earlier this week said the bridge would reopen.');
    expect(words(ctx2, timeSources(ctx2, [toEnd(ctx2, 'Officials earlier this week', 'said', 'the bridge')])[0]!.source)).toBe('Officials');
  });
  it('leaves a time that dates a verb or a modifier inside the source, and names that end like times', () => {
    const ctx = context('A poll released last week shows the mayor ahead.');
    const a = toEnd(ctx, 'A poll released last week', 'shows', 'the mayor');
    expect(timeSources(ctx, [a])[0]).toBe(a);
    const ctx2 = context('A speech he delivered in July said the tax would go.');
    const b = toEnd(ctx2, 'A speech he delivered in July', 'said', 'the tax');
    expect(timeSources(ctx2, [b])[0]).toBe(b);
    const ctx3 = context('USA Today reported the mayor would resign.');
    const c = toEnd(ctx3, 'USA Today', 'reported', 'the mayor');
    expect(timeSources(ctx3, [c])[0]).toBe(c);
  });
  it('cuts a time off the start of a source, but not a name that opens with a day', () => {
    // Wikinews, 2019-01-23 (Germany bans Mahan Air) and 2019-10-12 (Alexei Leonov dies).
    const ctx = context('Last year US President Donald Trump withdrew the US from a nuclear nonproliferation treaty with Iran.');
    expect(words(ctx, timeSources(ctx, [toEnd(ctx, 'Last year US President Donald Trump', 'withdrew', 'the US')])[0]!.source)).toBe('US President Donald Trump');
    // Wikinews, 2020-01-15 (articles of impeachment): "United" is tagged as a verb there.
    const ctx5 = context('Yesterday, United States House of Representatives Speaker Nancy Pelosi confirmed a vote will be held today.');
    expect(words(ctx5, timeSources(ctx5, [toEnd(ctx5, 'Yesterday, United States House of Representatives Speaker Nancy Pelosi', 'confirmed', 'a vote')])[0]!.source))
      .toBe('United States House of Representatives Speaker Nancy Pelosi');
    const ctx2 = context('Yesterday, Roscosmos, the Russian space agency, announced the death of cosmonaut Alexei Leonov.');
    expect(words(ctx2, timeSources(ctx2, [toEnd(ctx2, 'Yesterday, Roscosmos, the Russian space agency', 'announced', 'the death')])[0]!.source)).toBe('Roscosmos, the Russian space agency');
    const ctx3 = context('Sunday Times reporters said the deal was off.');
    const c = toEnd(ctx3, 'Sunday Times reporters', 'said', 'the deal');
    expect(timeSources(ctx3, [c])[0]).toBe(c);
    const ctx4 = context('On this weekend’s broadcast of the show, the governor said he would run.');
    const d = toEnd(ctx4, 'On this weekend’s broadcast of the show, the governor', 'said', 'he would');
    expect(timeSources(ctx4, [d])[0]).toBe(d);
  });
  it('gives a time alone the subject before it, or drops the attribution when there is none', () => {
    const ctx = context('The council yesterday said it would meet again.');
    expect(words(ctx, timeSources(ctx, [toEnd(ctx, 'yesterday', 'said', 'it would')])[0]!.source)).toBe('The council');
    // Wikinews, 2019-01-04 (Magnitogorsk) and 2019-01-30 (Mokha).
    const ctx2 = context('Monday saw armed police with dogs searching a second apartment block in Magnitigorsk.');
    expect(timeSources(ctx2, [toEnd(ctx2, 'Monday', 'saw', 'armed police')])).toEqual([]);
    const ctx3 = context('A bombing was yesterday reported to have killed Abu Dhabi TV photojournalist Ziad al-Sharabi in the Red Sea port town of Mokha, Yemen.');
    expect(timeSources(ctx3, [toEnd(ctx3, 'yesterday', 'reported', 'to have killed')])).toEqual([]);
  });
});

describe('an article alone is no source', () => {
  it('drops an attribution whose source is an article alone', () => {
    // Wikinews, 2019-01-04 (Magnitogorsk).
    const text = 'An apartment building collapsed on Monday in Magnitogorsk, a city in the Ural region of Russia. A suspected gas leak led to an explosion, followed by the ten-storey building coming down.';
    const ctx = context(text);
    expect(articleSources(ctx, [toEnd(ctx, 'A', 'suspected', 'gas leak')])).toEqual([]);
    const b = toEnd(ctx, 'An apartment building', 'collapsed', 'on Monday');
    expect(articleSources(ctx, [b])).toEqual([b]);
    // The whole stage reads no one saying anything there.
    const stage = createQuoteStage({ resources: loadQuoteResources() });
    const doc = stage.run(segmentStage.run(createDoc(text, { source: { format: 'text' }, headlineInText: false }), {}), {});
    expect(layer(doc, 'quotes').filter((q) => q.speaker && text.slice(q.speaker.start, q.speaker.end) === 'A')).toEqual([]);
  });
});

describe('a source ends before its own clause', () => {
  it('ends a source before a past verb with an object', () => {
    // Wikinews, 2019-09-15 (drone attacks on Saudi oil facilities) and 2020-01-20 (the new coronavirus).
    const ctx = context('US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks, saying there was "no evidence the attacks came from Yemen."');
    const a = toEnd(ctx, 'US Secretary of State Mike Pompeo posted a message on Twitter', 'saying', 'there was');
    expect(words(ctx, clauseSources(ctx, [a])[0]!.source)).toBe('US Secretary of State Mike Pompeo');
    const ctx2 = context('On Friday, researchers at Imperial College London posted findings estimating the number of people infected with a new coronavirus may considerably exceed 1000.');
    const b = toEnd(ctx2, 'researchers at Imperial College London posted findings', 'estimating', 'the number');
    expect(words(ctx2, clauseSources(ctx2, [b])[0]!.source)).toBe('researchers at Imperial College London');
  });
  it('ends a source before its verb before a participle after a comma, whatever the verb takes', () => {
    /** The source clauseSources leaves of the attribution from source and cue to the end of the text. */
    const sourceOf = (text: string, source: string, cue: string, content: string) => {
      const ctx = context(text);
      return words(ctx, clauseSources(ctx, [toEnd(ctx, source, cue, content)])[0]!.source);
    };
    // Wikinews, 2020-09-30 ("On the campaign trail in the USA, August 2020", CC BY 2.5): "spoke" takes no object.
    expect(sourceOf('From Israel, Secretary of State Mike Pompeo spoke, defending Trump\'s America First foreign policy.',
      'Secretary of State Mike Pompeo spoke,', 'defending', 'Trump')).toBe('Secretary of State Mike Pompeo');
    // Constructed, in the form of 1987 wire copy; and not before "said" after no comma ("a poll released last week said").
    expect(sourceOf('Workers walked out of the plant on Monday, saying they were protesting the new rules.', 'Workers walked out of the plant on Monday,', 'saying', 'they were'))
      .toBe('Workers');
    expect(sourceOf('A poll released last week said most voters were undecided.', 'A poll released last week', 'said', 'most voters')).toBe('A poll released last week');
  });
  it('reads "called" after a name as the verb of its clause', () => {
    // Wikinews, 2019-03-28 (anti-Brexit march in London).
    const ctx = context('Tom Watson called Prime Minister Theresa May\'s proposed Brexit deal "lousy" and said he would only vote for it if the British people could also vote for or against it.');
    const a = toEnd(ctx, 'Tom Watson called Prime Minister Theresa May\'s', 'said', 'he would');
    expect(words(ctx, clauseSources(ctx, [a])[0]!.source)).toBe('Tom Watson');
  });
  it('keeps a participle that modifies or names the noun', () => {
    // Wikinews, 2019-08-19 (Hong Kong protests).
    const ctx = context('A university student named Wong said, "Even though the weather was so bad, Hong Kong people never back down."');
    const a = toEnd(ctx, 'A university student named Wong', 'said', 'Even though');
    expect(clauseSources(ctx, [a])[0]).toBe(a);
    for (const [text, source] of [
      ['A poll released last week shows the mayor ahead.', 'A poll released last week'],
      ['An opinion poll published yesterday in the Sunday Times shows the mayor ahead.', 'An opinion poll published yesterday in the Sunday Times'],
      ['A union representing bus drivers endorsed the mayor.', 'A union representing bus drivers'],
      ['The state-owned rail group said it would merge.', 'The state-owned rail group'],
    ] as const) {
      const c = context(text);
      const x = toEnd(c, source, text.slice(source.length + 1).split(' ')[0]!, text.slice(source.length + 1).split(' ').slice(1).join(' ').slice(0, 6));
      expect(clauseSources(c, [x])[0]).toBe(x);
    }
  });
});

describe('a source starts with its name', () => {
  it('takes in the capitalised words of a name the source starts inside', () => {
    // Wikinews, 2019-09-12 (Trump ousts Bolton).
    const ctx = context('On Tuesday, United States President Donald Trump announced he had asked for national security advisor John R. Bolton\'s resignation Monday night.');
    const a = toEnd(ctx, 'States President Donald Trump', 'announced', 'he had');
    expect(words(ctx, nameSources(ctx, [a])[0]!.source)).toBe('United States President Donald Trump');
  });
  it('takes in no time, first word, words in capitals or words of another attribution', () => {
    // Wikinews, 2019-03-31 (Hagia Sophia).
    const ctx = context('This Wednesday Greek Foreign Minister George Katrougalos emphasized the requirement of approval by UNESCO.');
    const a = toEnd(ctx, 'Greek Foreign Minister George Katrougalos', 'emphasized', 'the requirement');
    expect(nameSources(ctx, [a])[0]).toBe(a);
    const ctx2 = context('Meanwhile Ford said it would cut jobs.');
    const b = toEnd(ctx2, 'Ford', 'said', 'it would');
    expect(nameSources(ctx2, [b])[0]).toBe(b);
    const ctx3 = context('ACME SUPPLIERS SETTLE FTC PRICING CHARGES');
    const c = toEnd(ctx3, 'FTC', 'PRICING', 'CHARGES');
    expect(nameSources(ctx3, [c])[0]).toBe(c);
    const ctx4 = context('Ah, rivals no more: Jane Smith endorses Brown.');
    const held = { source: null, cue: span(ctx4, 'CUE', 'no more'), content: span(ctx4, 'CON', 'Jane') };
    const d = toEnd(ctx4, 'Smith', 'endorses', 'Brown');
    expect(nameSources(ctx4, [held, d])[1]).toBe(d);
  });
});

describe('an inversion without quotation marks', () => {
  it('swaps back a clause read as the source and the speaker after "said" read as what was said', () => {
    const ctx = context('Kenya needs a new currency regime, said an economist at a Nairobi bank.');
    const a = { source: span(ctx, 'SRC', 'Kenya needs a new currency regime,'), cue: span(ctx, 'CUE', 'said'), content: span(ctx, 'CON', 'an economist at a Nairobi bank') };
    const [b] = unquotedInversions(ctx, [a]);
    expect({ source: words(ctx, b!.source), content: words(ctx, b!.content) }).toEqual({ source: 'an economist at a Nairobi bank', content: 'Kenya needs a new currency regime' });
  });
  it('leaves a source with an apposition or a relative clause, and a content with a verb, as they are', () => {
    const ctx = context('The minister, who met the envoy, said the talks went well.');
    const a = { source: span(ctx, 'SRC', 'The minister, who met the envoy'), cue: span(ctx, 'CUE', 'said'), content: span(ctx, 'CON', 'the talks went well') };
    expect(unquotedInversions(ctx, [a])[0]).toBe(a);
    const ctx2 = context('Finance Minister Ana Ruiz, speaking in Lima, said inflation would ease.');
    const b = { source: span(ctx2, 'SRC', 'Finance Minister Ana Ruiz, speaking in Lima'), cue: span(ctx2, 'CUE', 'said'), content: span(ctx2, 'CON', 'inflation would ease') };
    expect(unquotedInversions(ctx2, [b])[0]).toBe(b);
  });
});

describe('a discourse phrase after the source', () => {
  it('is no part of it ("Dmitry Peskov, in turn, said")', () => {
    const text = 'Kremlin spokesman Dmitry Peskov, in turn, said that the president had no plans to travel. Foreign Minister Hakan Fidan, for his part, said that the talks would go on.';
    const stage = createQuoteStage({ resources: loadQuoteResources() });
    const doc = stage.run(segmentStage.run(createDoc(text, { source: { format: 'text' }, headlineInText: false }), {}), {});
    expect(layer(doc, 'quotes').map((q) => q.speaker && text.slice(q.speaker.start, q.speaker.end))).toEqual(['Kremlin spokesman Dmitry Peskov', 'Foreign Minister Hakan Fidan']);
  });
});
