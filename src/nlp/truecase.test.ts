import { describe, expect, it } from 'vitest';
import { segment } from '../stages/segment/index.js';
import { asWritten, truecased } from './truecase.js';

/** Words and sentence ends of sentences given as word lists. */
function doc(...sentences: string[][]): { words: string[]; lowers: string[]; ends: number[] } {
  const words = sentences.flat();
  const ends: number[] = [];
  let at = 0;
  for (const s of sentences) ends.push((at += s.length));
  return { words, lowers: words.map((w) => w.toLowerCase()), ends };
}

describe('truecasing sentences in capitals', () => {
  it('writes a headline in capitals as the rest of the document writes its words', () => {
    const d = doc(
      ['SANDOZ', 'PLANS', 'WEEDKILLER', 'VENTURE', 'IN', 'USSR'],
      ['Sandoz', 'said', 'it', 'plans', 'a', 'venture', 'with', 'partners', 'in', 'the', 'USSR', 'to', 'make', 'a', 'weedkiller', 'for', 'farms', ',', 'a', 'spokesman', 'said', '.'],
    );
    // Seen in lower case: lower case; only capitalised: capitalised; in capitals elsewhere too: kept.
    expect(truecased(d.words, d.lowers, d.ends)!.slice(0, 6)).toEqual(['Sandoz', 'plans', 'weedkiller', 'venture', 'in', 'USSR']);
  });
  it('lower-cases unseen words but the shortest, and leaves a text without capitals or all in capitals alone', () => {
    const body = ['The', 'board', 'met', 'on', 'Monday', 'and', 'voted', 'for', 'the', 'new', 'plan', 'of', 'the', 'firm', ',', 'its', 'chairman', 'said', 'in', 'a', 'statement', '.'];
    const d = doc(['UN', 'BACKS', 'PLAN'], body);
    expect(truecased(d.words, d.lowers, d.ends)!.slice(0, 3)).toEqual(['UN', 'backs', 'plan']);
    const quiet = doc(body);
    expect(truecased(quiet.words, quiet.lowers, quiet.ends)).toBeNull();
    const loud = doc(['UN', 'BACKS', 'PLAN'], body.map((w) => w.toUpperCase()));
    expect(truecased(loud.words, loud.lowers, loud.ends)).toBeNull();
  });
  it('lets the tagger read a wire headline\'s verbs as verbs; the tokens keep their capitals', () => {
    const text = 'REAGAN ADMITS IRAN ARMS OPERATION A MISTAKE\n\nWASHINGTON, March 4 - President Reagan said in a speech that the arms operation with Iran was a mistake.';
    const { tokens } = segment(text);
    const admits = tokens.find((t) => text.slice(t.start, t.end) === 'ADMITS')!;
    expect(admits.pos).toBe('VERB');
    expect(admits.norm).toBe('admits');
    expect(tokens.find((t) => text.slice(t.start, t.end) === 'REAGAN')!.pos).toBe('PROPN');
  });
});

describe('a name in capitals as the text writes it', () => {
  // Constructed, in the form of a 1987 wire story.
  const text = 'U.S. EXPORTERS SEE GAINS\n\nU.S. exporters said the Treasury and analysts at the OECD agree. '
    + 'The American Farm Bureau said farm exports would rise. Baker said so.';
  it('writes each word as the text does elsewhere, keeping acronyms', () => {
    expect(asWritten(text, 'U.S. EXPORTERS')).toBe('U.S. exporters');
    expect(asWritten(text, 'ANALYSTS')).toBe('analysts');
    expect(asWritten(text, 'TREASURY')).toBe('Treasury');
    expect(asWritten(text, 'BAKER')).toBe('Baker');
    expect(asWritten(text, 'OECD')).toBe('OECD');
  });
  it('capitalises a name throughout, and gives up on a longer word written nowhere else', () => {
    expect(asWritten(text, 'AMERICAN FARM BUREAU')).toBe('American Farm Bureau');
    expect(asWritten(text, 'GLATFELTER')).toBeNull();
  });
  it('reads whole words only, and each text anew', () => {
    // "exporters" inside "Exportersville" is no writing of EXPORTERS; "Baker" is the other text's.
    const other = 'EXPORTERS GAIN\n\nExportersville and Bakersfield traders said so.';
    expect(asWritten(other, 'EXPORTERS')).toBeNull();
    expect(asWritten(other, 'BAKER')).toBe('BAKER');
    expect(asWritten(text, 'BAKER')).toBe('Baker');
  });
});
