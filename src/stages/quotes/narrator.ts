/**
 * Who "I" is outside any quotation: the writer. A column, a review or a first-person
 * report ("I guess it was only a matter of time before …", "I’d expect some works for
 * this week’s game") speaks in its author's voice, and the byline names the author.
 * Only where that is unambiguous: one author, named as a person is (a byline's name, as
 * layout/trailer.ts looksLikeName reads one, of two words or more, not an agency or a desk),
 * in a text that prints no letter to someone ("DEAR ABBY: My husband …", where "I" is the
 * letter's writer, not the column's).
 */
import type { Doc } from '../../document/document.js';
import { authorsOf } from '../../document/record.js';
import { looksLikeName } from '../layout/trailer.js';
import type { Speaker } from './speaker.js';

/** A person's whole name, not one word of it ("Regan"): two words at least, the first capitalised. */
const FULL_NAME = /^\p{Lu}\S*\s+\S/u;
/** Words of an organisation, a medium or a desk that a byline name may still hold: "AppleInsider Team", "Associated Press". */
const NOT_A_PERSON = /\b(?:Press|Team|Editors|Editorial|Board|Reuters|Newsroom|Insider|Times|Post|Journal|Media|Online|Magazine|Reporters|Report|Wire|Service)\b/;
/** A letter's salutation opening a paragraph: "DEAR ABBY:", "Dear Amy:". */
const SALUTATION = /(?:^|\n)\s*(?:DEAR|Dear)\s+[^\n:]{1,40}:/;

/** The writer the text's first person outside quotations stands for, or null when that is not clear. */
export function narrator(doc: Doc): Speaker | null {
  const authors = authorsOf(doc);
  if (authors.length !== 1) return null;
  const name = authors[0]!.replace(/\s+/g, ' ').trim();
  if (!looksLikeName(name) || !FULL_NAME.test(name) || NOT_A_PERSON.test(name) || name === name.toUpperCase() || SALUTATION.test(doc.text)) return null;
  return { name, via: 'author' };
}
