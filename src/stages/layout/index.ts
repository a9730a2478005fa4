/**
 * Layout: the parts of an article as it was written — headline, dateline, bylines,
 * body, and the boilerplate around it. Reads paragraphs; writes five layers.
 */
import { layer, withLayer, type Doc } from '../../document/document.js';
import type { Boilerplate, Byline, Dateline } from '../../document/layers.js';
import type { Span } from '../../document/span.js';
import type { RunOptions, Stage } from '../../pipeline.js';
import { findDateline } from './dateline.js';
import { findHeadline } from './headline.js';
import { findLeadingByline, findTrailer } from './trailer.js';

export interface Layout {
  headline: Span | null;
  dateline: Dateline | null;
  bylines: Byline[];
  body: Span;
  boilerplate: Boilerplate[];
}

function yearOf(iso: string | null | undefined): number | null {
  return iso && /^\d{4}/.test(iso) ? Number(iso.slice(0, 4)) : null;
}

export function findLayout(doc: Doc, options: RunOptions): Layout {
  const text = doc.text;
  const paragraphs = layer(doc, 'paragraphs');
  const year = yearOf(doc.meta.published) ?? yearOf(options.published);
  if (paragraphs.length === 0) return { headline: null, dateline: null, bylines: [], body: { start: 0, end: 0 }, boilerplate: [] };

  let first = 0;
  let headline: Span | null = null;
  if (doc.meta.headlineInText) {
    const h = findHeadline(text, paragraphs);
    // A first paragraph that opens with a dateline and goes on as a sentence is the lead, not a headline
    // ("ECONOMIC SPOTLIGHT - BANKAMERICA" is a headline; "WASHINGTON (Reuters) - The Senate voted." is a lead).
    const dl = h && findDateline(text, h.start, h.end, { year });
    const rest = dl ? text.slice(dl.bodyStart, h.end) : '';
    if (h && (!dl || (rest.length < 100 && !/[.!?]["”]?$/.test(rest)))) { headline = h; first = 1; }
  }
  const bylines: Byline[] = [];
  const boilerplate: Boilerplate[] = [];
  const lead = paragraphs[first] && findLeadingByline(text, paragraphs[first]!);
  if (lead && paragraphs.length > first + 1) {
    bylines.push(lead);
    boilerplate.push({ start: lead.start, end: lead.end, kind: 'byline' });
    first++;
  }
  let leadPara = paragraphs[first]!;
  let dl = findDateline(text, leadPara.start, leadPara.end, { year });
  // Short lines of page furniture before the lead ("REUTERS", "19 NOV 2019"): the dateline may open the
  // paragraph after them, and they are no part of the story.
  for (let k = first; !dl && k + 1 < Math.min(paragraphs.length, first + 4) && furnitureLine(text, paragraphs[k]!); k++) {
    const next = paragraphs[k + 1]!;
    dl = findDateline(text, next.start, next.end, { year });
    if (dl) {
      boilerplate.push({ start: leadPara.start, end: paragraphs[k]!.end, kind: 'other' });
      leadPara = next;
    }
  }
  const dateline: Dateline | null = dl
    ? { start: dl.start, end: dl.end, place: dl.place, agency: dl.agency, date: dl.date, placeSpan: dl.placeSpan, agencySpan: dl.agencySpan, ...(dl.region ? { region: dl.region } : {}) }
    : null;
  const trailer = findTrailer(text, paragraphs, first);
  const bodyStart = dl ? dl.bodyStart : leadPara.start;
  const body = { start: bodyStart, end: Math.max(bodyStart, trailer.bodyEnd) };
  return {
    headline,
    dateline,
    bylines: [...bylines, ...trailer.bylines],
    body,
    boilerplate: [...boilerplate, ...trailer.boilerplate],
  };
}

/** A short line that is no sentence: a site's name, a date, a section label. */
function furnitureLine(text: string, p: Span): boolean {
  const line = text.slice(p.start, p.end).trim();
  return line.length > 0 && line.length <= 40 && line.split(/\s+/).length <= 5 && !/[.!?:;,"”]$/.test(line);
}

export const layoutStage: Stage = {
  name: 'layout',
  requires: ['paragraphs'],
  produces: ['headline', 'dateline', 'byline', 'body', 'boilerplate'],
  run(doc, options) {
    const l = findLayout(doc, options);
    let d = withLayer(doc, 'headline', l.headline ? [l.headline] : []);
    d = withLayer(d, 'dateline', l.dateline ? [l.dateline] : []);
    d = withLayer(d, 'byline', l.bylines);
    d = withLayer(d, 'body', [l.body]);
    return withLayer(d, 'boilerplate', l.boilerplate);
  },
};
