import { describe, expect, it } from 'vitest';
import type { Quote } from '../../document/layers.js';
import { headlineSpeakers } from './headline.js';

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
  });
});
