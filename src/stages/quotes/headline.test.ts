import { describe, expect, it } from 'vitest';
import type { Quote } from '../../document/layers.js';
import { headlineCapitals, headlineSpeakers, headlineTitleCase } from './headline.js';
import { loadCategories, loadCues } from './lexicon.js';
import type { Attribution } from './rules.js';
import { attribution, context, words } from '../../../test/quote-spans.js';

/** A quote of the text: its speaker's and content's words (first occurrence from `from`), name and code. */
function quote(text: string, speaker: string, content: string, name: string, actor?: string, from = 0): Quote {
  const s = text.indexOf(speaker, from);
  const c = text.indexOf(content, from);
  return { speaker: { start: s, end: s + speaker.length }, cue: null, content: { start: c, end: c + content.length }, speakerName: name, ...(actor ? { speakerActor: actor } : {}), direct: false, explanation: { step: 'tagger', speakerVia: 'name' } };
}

describe('a headline\'s speaker in capitals', () => {
  // Constructed, in the form of 1987 wire stories.
  const run = (headline: string, body: string, hSpeaker: string, hContent: string, lede: [string, string, string, string]) => {
    const text = `${headline}\n\n${body}`;
    const quotes = [quote(text, hSpeaker, hContent, hSpeaker), quote(text, lede[0], lede[1], lede[2], lede[3], headline.length)];
    return headlineSpeakers(text, { start: 0, end: headline.length }, quotes)[0]!;
  };
  it('is the lede\'s speaker, named in full, where its words are all the lede speaker\'s', () => {
    const q = run('STAN WEST <SWMC> SEEKS CONSTRUCTION FINANCING', 'PHOENIX, March 3 - Stan West Mining Corp said it seeks financing for a mill.',
      'STAN WEST <SWMC>', 'CONSTRUCTION FINANCING', ['Stan West Mining Corp', 'it seeks financing for a mill', 'Stan West Mining Corp', 'USABUS']);
    expect(q).toMatchObject({ speakerName: 'Stan West Mining Corp', speakerActor: 'USABUS', explanation: { speakerVia: 'coreference' } });
  });
  it('is the lede\'s speaker where the headline names them by their kind, or a paper by "PAPER"', () => {
    expect(run('CHAIRMAN SAYS DATA TAPES ERASED', 'BONN, March 3 - Volkswagen supervisory board chairman Karl Ratjen said data tapes were erased.',
      'CHAIRMAN', 'DATA TAPES ERASED', ['Volkswagen supervisory board chairman Karl Ratjen', 'data tapes were erased', 'Karl Ratjen', 'MNCDEU'])).toMatchObject({ speakerActor: 'MNCDEU' });
    expect(run('CHINA TRYING TO RAISE COTTON OUTPUT, PAPER SAYS', 'PEKING, March 3 - China is trying to raise its cotton output, the China Daily said.',
      'PAPER', 'CHINA TRYING TO RAISE COTTON OUTPUT', ['the China Daily', 'China is trying to raise its cotton output', 'China Daily', 'CHNMED'])).toMatchObject({ speakerName: 'China Daily', speakerActor: 'CHNMED' });
  });
  it('is not a lede speaker whose words are another\'s', () => {
    const q = run('JAPAN READY TO ACT ON YEN', 'TOKYO, March 3 - Vice-minister of finance Toyoo Gyohten said Tokyo would act.',
      'JAPAN READY', 'TO ACT ON YEN', ['Vice-minister of finance Toyoo Gyohten', 'Tokyo would act', 'Toyoo Gyohten', 'JPNGOV']);
    expect(q.speakerActor).toBeUndefined();
    expect(run('OFFICIAL SAYS RATES TO FALL', 'TOKYO, March 3 - The Bank of Japan said rates would fall.',
      'OFFICIAL', 'RATES TO FALL', ['The Bank of Japan', 'rates would fall', 'Bank of Japan', 'JPNGOVBUS']).speakerActor).toBeUndefined();
    // A company with its ticker is not the person whose description after the comma names it.
    expect(run('ACME BANK <ACMB> SEES BANK MERGERS', 'CHICAGO, March 3 - John Doe, president of the Acme National Bank, said banks would merge.',
      'ACME BANK <ACMB>', 'BANK MERGERS', ['John Doe, president of the Acme National Bank', 'banks would merge', 'John Doe', 'USABUS']).speakerName).toBe('ACME BANK <ACMB>');
    // It is one whose name before the comma holds a word of the company's.
    expect(run('ACME TOOL <ACT> SAYS MERGER ALIVE', 'HOUSTON, March 5 - Acme Tool Co chairman John Doe said a merger was still alive.',
      'ACME TOOL <ACT>', 'MERGER ALIVE', ['Acme Tool Co chairman John Doe', 'a merger was still alive', 'John Doe', 'USABUS']).speakerName).toBe('John Doe');
  });
});

describe('a headline in capitals read as its story writes its words', () => {
  // Constructed, in the form of 1987 wire stories: the headline, a blank line, the story.
  const run = (text: string, source: string, cue: string, content: string) => {
    const ctx = context(text);
    const end = ctx.tokens.findIndex((t) => t.start >= text.indexOf('\n'));
    const a = attribution(ctx, source, cue, content);
    return headlineCapitals(ctx, [a], { start: 0, end }).map((b) => ({ source: words(ctx, b.source), cue: words(ctx, b.cue), content: words(ctx, b.content) }));
  };
  it('has no speaker for a passive participle: the subject is part of what is said', () => {
    expect(run('PESO SEEN WEAKENING UNLESS MEXICO CUTS SPENDING\n\nMEXICO CITY, May 4 - The peso will weaken unless Mexico cuts its spending, dealers said.',
      'PESO', 'SEEN', 'WEAKENING UNLESS MEXICO CUTS SPENDING')).toEqual([{ source: null, cue: 'SEEN', content: 'PESO SEEN WEAKENING UNLESS MEXICO CUTS SPENDING' }]);
    expect(run('PERU SAID TO SEIZE FISHING BOAT\n\nLIMA, May 4 - The Peruvian navy seized a foreign fishing boat, port sources said.',
      'PERU', 'SAID', 'TO SEIZE FISHING BOAT')[0]!.source).toBeNull();
    // Any participle in "-ED" before a word its passive takes, or at the headline's end.
    expect(run('CHILE URGED TO CUT COPPER OUTPUT\n\nSANTIAGO, May 4 - Chile should cut its copper output, a bank report said.',
      'CHILE', 'URGED', 'TO CUT COPPER OUTPUT')[0]!.source).toBeNull();
    expect(run('NEW GRAIN RULES APPROVED BY CABINET\n\nOTTAWA, May 4 - The cabinet approved new grain rules.', 'NEW GRAIN RULES', 'APPROVED', 'BY CABINET')[0]!.source).toBeNull();
    // "SAID" with a clause of its own after it is said by its subject.
    expect(run('ACME CORP SAID IT SEES HIGHER EARNINGS\n\nDALLAS, March 3 - Acme Corp said it expects higher earnings in 1987.',
      'ACME CORP', 'SAID', 'IT SEES HIGHER EARNINGS')[0]!.source).toBe('ACME CORP');
  });
  it('has no cue in a name or a participle the story writes before the same noun', () => {
    expect(run('AMERICAN EXPRESS <AXP> WEIGHS BOND SALE\n\nNEW YORK, May 4 - American Express Co said it may sell bonds this year.',
      'AMERICAN', 'EXPRESS', '<AXP> WEIGHS BOND SALE')).toEqual([]);
    expect(run('ACME CORP SETS PREFERRED STOCK OFFER\n\nDALLAS, March 3 - Acme Corp said it will offer two mln shares of preferred stock.',
      'ACME CORP SETS', 'PREFERRED', 'STOCK OFFER')).toEqual([]);
    // Not a participle before what it governs ("EXPECTED TO"), nor a verb the story writes otherwise.
    expect(run('FARMERS EXPRESS ANGER OVER GRAIN PRICES\n\nOTTAWA, May 4 - Farmers expressed anger at low grain prices.',
      'FARMERS', 'EXPRESS', 'ANGER OVER GRAIN PRICES')).toHaveLength(1);
  });
});

describe('a headline in title case', () => {
  // Constructed, in the form of web headlines: the headline, a blank line, the story.
  const run = (headline: string) => {
    const text = `${headline}\n\nThe story begins here and goes on.`;
    const ctx = context(text);
    const end = ctx.tokens.findIndex((t) => t.start >= headline.length);
    return headlineTitleCase<Attribution>(ctx, [], { start: 0, end }, loadCues(), loadCategories()).map((b) => [words(ctx, b.source), words(ctx, b.cue), words(ctx, b.content)]);
  };
  it('has its first verb of speech, thought or evidence in the third person for the cue, the words before for the source', () => {
    expect(run('New Poll Shows Large Gap Emerging Between The Candidates.')).toEqual([['New Poll', 'Shows', 'Large Gap Emerging Between The Candidates']]);
    expect(run('Senator Warns Of Shutdown Over Budget Talks.')).toEqual([['Senator', 'Warns Of', 'Shutdown Over Budget Talks']]);
    expect(run('Former Mayor Jane Ortiz Defends Her Record On Housing.')).toEqual([['Former Mayor Jane Ortiz', 'Defends', 'Her Record On Housing']]);
  });
  it('reads nothing where the words before the verb are no noun phrase, the verb says nothing, or the headline is not in title case', () => {
    expect(run('Mayor To Release Medical Records After Pressure From Rivals.')).toEqual([]);
    expect(run('How The Mayor Thinks About Housing.')).toEqual([]);
    expect(run('Mayor Leads Rival In New City Poll.')).toEqual([]);
    expect(run('Senator warns of shutdown over budget talks.')).toEqual([]);
  });
});
