import { beforeAll, describe, expect, it } from 'vitest';
import { createDoc, layer } from '../../document/document.js';
import { segmentStage } from '../segment/index.js';
import { createQuoteStage, loadQuoteResources, type QuoteResources } from './index.js';
import { narrator } from './narrator.js';

let res: QuoteResources;
beforeAll(() => {
  res = loadQuoteResources();
});

const docBy = (text: string, authors: string[]) => createDoc(text, { source: { format: 'text' }, headlineInText: false, authors });

/** The speaker name of each quote, by the first words of its content. */
function speakers(text: string, authors: string[]): Map<string, string | null> {
  const doc = segmentStage.run(docBy(text, authors), {});
  const qs = layer(createQuoteStage({ resources: res }).run(doc, {}), 'quotes');
  return new Map(qs.map((q) => [text.slice(q.content.start, q.content.end).split(/\s+/).slice(0, 3).join(' '), q.speakerName]));
}

describe('the narrator', () => {
  it('is the one author the byline names as a person', () => {
    expect(narrator(docBy('I think so.', ['Molly Wood']))).toEqual({ name: 'Molly Wood', via: 'author' });
    expect(narrator(docBy('I think so.', ['Mary-Ann O’Neil']))?.name).toBe('Mary-Ann O’Neil');
  });
  it('is nobody when the byline names two authors, a desk or one word, or none', () => {
    expect(narrator(docBy('I think so.', ['Danica Kirka', 'Jill Lawless']))).toBeNull();
    expect(narrator(docBy('I think so.', ['AppleInsider Staff']))).toBeNull();
    expect(narrator(docBy('I think so.', ['Associated Press']))).toBeNull();
    expect(narrator(docBy('I think so.', ['Regan']))).toBeNull();
    expect(narrator(docBy('I think so.', ['STEVE PEOPLES']))).toBeNull();
    expect(narrator(docBy('I think so.', []))).toBeNull();
  });
  it('is nobody in a text that prints a letter, whose "I" is the letter writer', () => {
    expect(narrator(docBy('DEAR ABBY: My husband bought the tickets. I think he is wrong.\n\nDEAR HURT: He is.', ['Abigail Van Buren']))).toBeNull();
  });
});

describe('a first person outside quotations', () => {
  // Constructed, in the form of a signed column.
  const column = 'I guess it was only a matter of time before the banks noticed.\n\n'
    + 'The bank’s chief, Anna Berg, disagreed. “I think the apps will fail within a year,” Berg said.\n\n'
    + 'I suspect she is wrong about that.';
  it('is the writer of a signed column', () => {
    const names = speakers(column, ['Molly Wood']);
    expect(names.get('it was only')).toBe('Molly Wood');
    expect(names.get('she is wrong')).toBe('Molly Wood');
  });
  it('leaves the "I" of a quotation to the one quoted', () => {
    expect(speakers(column, ['Molly Wood']).get('“I think the')).toBe('Anna Berg');
  });
  it('is nobody without a byline', () => {
    expect(speakers(column, []).get('it was only') ?? null).toBeNull();
  });
});
