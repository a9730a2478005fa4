import { beforeAll, describe, expect, it } from 'vitest';
import { createDoc, layer } from '../../document/document.js';
import { segmentStage } from '../segment/index.js';
import { createQuoteStage, loadQuoteResources, type QuoteResources } from './index.js';

let res: QuoteResources;
beforeAll(() => {
  res = loadQuoteResources();
});

/** Each quote's cue and its kind. */
function kinds(text: string): [string | null, string | undefined][] {
  const doc = segmentStage.run(createDoc(text, { source: { format: 'text' }, headlineInText: true }), {});
  return layer(createQuoteStage({ resources: res }).run(doc, {}), 'quotes').map((q) => [q.cue && text.slice(q.cue.start, q.cue.end), q.explanation?.cueKind]);
}

describe('cueKind', () => {
  it('tells words said from thoughts, findings and deeds', () => {
    // Constructed, in newswire shapes; PolNeAR annotates all of these as attributions.
    expect(kinds('The minister said the border would stay open.')).toEqual([['said', 'speech']]);
    expect(kinds('Prices rose by 3 percent, according to the statistics office.')).toEqual([['according to', 'speech']]);
    expect(kinds('The central bank expects inflation to ease next year.')).toEqual([['expects', 'thought']]);
    // A signature's dash: the words signed are said (a vox pop, an embedded post).
    expect(kinds('Voters in Ohio told us what they think.\n\n“The factory closed and nobody noticed.” ― Dale Kowalski')).toContainEqual(['―', 'speech']);
    expect(kinds('The recordings showed that the pilot had ignored the warnings.')).toEqual([['showed', 'evidence']]);
    expect(kinds('The president signed the bill into law on Friday.')).toEqual([['signed', 'other']]);
    // A verb of speech before "to" and a verb tells a deed: an agreement to act, not words.
    expect(kinds('The bank agreed to inject $2 billion into the company.')).toEqual([['agreed', 'other']]);
    expect(kinds('The two sides agreed that the talks had gone well.').map(([, k]) => k)).toEqual(['speech']);
  });
  it('reads the cues the word categories leave out, and no adverb\'s category', () => {
    // Constructed, in newswire shapes.
    const kindOf = (text: string) => kinds(text).map(([, k]) => k);
    expect(kindOf('Senator Maria Lopez called the ruling "a grave mistake".')).toEqual(['speech']);
    expect(kindOf('The union issued a warning that the strike would go on.')).toEqual(['speech']);
    expect(kindOf('Officials in Paris made clear that they wanted a common policy.')).toEqual(['speech']);
    // (Constructed, in the forms of wire copy: "made it clear", and hearsay.)
    expect(kindOf('Ortner made it clear that the yen was undervalued.')).toEqual(['speech']);
    expect(kindOf('The minister was reportedly in Paris on Monday.')).toEqual(['speech']);
    expect(kindOf('The ambassador reminded reporters that the embassy had issued a statement.')[0]).toBe('speech');
    expect(kindOf('The doctors decried the lack of protective equipment in hospitals.')).toEqual(['speech']);
    expect(kindOf('"We will not back down," the statement reads.')).toEqual(['speech']);
    expect(kindOf('The director has long denied that the company paid the officials.')).toEqual(['speech']);
    // An answer not given is no words said.
    expect(kinds('The ministry did not respond to requests for comment on the report.').map(([, k]) => k)).not.toContain('speech');
    expect(kindOf('The mayor declined to comment on the lawsuit.')).not.toContain('speech');
    // A decision, an offer or a look is no thought.
    expect(kindOf('The board decided to sell the plant.')[0] ?? 'other').toBe('other');
    // Nor is a refusal, or taking a thing ("did not accept the offer"), but accepting that something is so is.
    expect(kinds('Saudi Arabia refused to accept a letter of credit from the bank.').filter(([c]) => c?.includes('refused')).map(([, k]) => k)).toEqual(['other']);
    expect(kinds('The family did not accept the offer.').filter(([c]) => c?.includes('accept')).map(([, k]) => k)).toEqual(['other']);
    expect(kinds('The minister accepted that the plan had failed.').filter(([c]) => c?.includes('accepted')).map(([, k]) => k)).toEqual(['thought']);
    expect(kinds('The company offers a simple interface to its users.').filter(([c]) => c?.includes('offer')).map(([, k]) => k)).not.toContain('thought');
    // A naming is no saying.
    expect(kinds('The new party, which is called Forward, said it would field candidates.').filter(([c]) => c?.includes('called')).map(([, k]) => k)).not.toContain('speech');
  });
});
