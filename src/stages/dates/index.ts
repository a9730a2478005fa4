/**
 * Dates: the publication date (the input's own, else a full date in the dateline,
 * else the one the user assumes) and the temporal expressions of the body, resolved
 * against it.
 */
import { single, withLayer, withMeta, type Doc } from '../../document/document.js';
import type { RunOptions, Stage } from '../../pipeline.js';
import { findTimexes } from './timex.js';

export function publicationDate(doc: Doc, options: RunOptions): string | null {
  if (doc.meta.published) return doc.meta.published;
  const dl = single(doc, 'dateline');
  if (dl?.date) return dl.date;
  return options.published ?? null;
}

export const datesStage: Stage = {
  name: 'dates',
  requires: ['body', 'dateline'],
  produces: ['timexes'],
  run(doc, options) {
    const published = publicationDate(doc, options);
    const body = single(doc, 'body');
    const timexes = body ? findTimexes(doc.text, body.start, body.end, published) : [];
    const d = published !== (doc.meta.published ?? null) ? withMeta(doc, { published }) : doc;
    return withLayer(d, 'timexes', timexes);
  },
};
