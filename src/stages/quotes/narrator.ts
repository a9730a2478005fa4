/**
 * Who "I" is outside any quotation: the writer. A column, a review or a first-person
 * report ("I guess it was only a matter of time before …", "I’d expect some works for
 * this week’s game") speaks in its author's voice, and the byline names the author.
 * Only where that is unambiguous: one author, named as a person is (two to four
 * capitalised words, not an agency or a desk), in a text that prints no letter to
 * someone ("DEAR ABBY: My husband …", where "I" is the letter's writer, not the column's).
 */
import type { Doc } from '../../document/document.js';
import { authorsOf } from '../../document/record.js';
import type { Speaker } from './speaker.js';

/** A person's name as bylines print it: "Molly Wood", "Isaac Butler", "Mary-Ann O’Neil", "J. R. Smith". */
const PERSON_NAME = /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3}$/u;
/** Words of an organisation or a desk, not a person: "AppleInsider Staff", "Associated Press", "News Desk". */
const NOT_A_PERSON = /\b(?:Press|News|Staff|Desk|Team|Editors?|Editorial|Board|Reuters|Agency|Newsroom|Insider|Times|Post|Journal|Media|Online|Magazine|Report(?:ers?)?|Wire|Service)\b/;
/** A letter's salutation opening a paragraph: "DEAR ABBY:", "Dear Amy:". */
const SALUTATION = /(?:^|\n)\s*(?:DEAR|Dear)\s+[^\n:]{1,40}:/;

/** The writer the text's first person outside quotations stands for, or null when that is not clear. */
export function narrator(doc: Doc): Speaker | null {
  const authors = authorsOf(doc);
  if (authors.length !== 1) return null;
  const name = authors[0]!.replace(/\s+/g, ' ').trim();
  if (!PERSON_NAME.test(name) || NOT_A_PERSON.test(name) || name === name.toUpperCase() || SALUTATION.test(doc.text)) return null;
  return { name, via: 'author' };
}
