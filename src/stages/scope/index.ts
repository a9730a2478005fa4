/**
 * Scope: entities, places, quotes and events belong to the article proper (headline,
 * dateline and body). What lies in boilerplate — a teaser of another story, a byline,
 * a share bar — is dropped from those layers, though it stays marked in the text.
 */
import { hasLayer, layer, single, withLayer, type Doc } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import type { Stage } from '../../pipeline.js';

/** The spans of the article proper. */
export function articleScope(doc: Doc): Span[] {
  const out: Span[] = [];
  const h = single(doc, 'headline');
  if (h) out.push(h);
  const body = single(doc, 'body');
  const dl = single(doc, 'dateline');
  if (body) out.push({ start: dl && dl.start < body.start ? dl.start : body.start, end: body.end });
  return out;
}

/** Filters the entities layer, and the places, quotes and events layers where a pipeline has them. */
export const scopeStage: Stage = {
  name: 'scope',
  requires: ['headline', 'dateline', 'body', 'entities'],
  produces: ['entities'],
  run(doc) {
    const scope = articleScope(doc);
    const inside = (s: Span) => scope.some((x) => s.start >= x.start && s.end <= x.end);
    const overlapping = (s: Span) => scope.some((x) => s.start < x.end && x.start < s.end);
    let d = withLayer(doc, 'entities', layer(doc, 'entities').filter(inside));
    if (hasLayer(d, 'places')) d = withLayer(d, 'places', layer(doc, 'places').filter(inside));
    if (hasLayer(d, 'quotes')) d = withLayer(d, 'quotes', layer(doc, 'quotes').filter((q) => inside(q.content)));
    if (hasLayer(d, 'events')) d = withLayer(d, 'events', layer(doc, 'events').filter((e) => overlapping(e.evidence)));
    return d;
  },
};
