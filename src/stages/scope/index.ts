/**
 * Scope: entities, places, quotes and events belong to the article proper (headline,
 * dateline and body). What lies in boilerplate — a teaser of another story, a byline,
 * a share bar — is dropped from those layers, though it stays marked in the text.
 */
import { layer, single, withLayer, type Doc } from '../../document/document.js';
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

export const scopeStage: Stage = {
  name: 'scope',
  requires: ['headline', 'dateline', 'body', 'entities', 'places', 'quotes', 'events'],
  produces: ['entities', 'places', 'quotes', 'events'],
  run(doc) {
    const scope = articleScope(doc);
    const inside = (s: Span) => scope.some((x) => s.start >= x.start && s.end <= x.end);
    const overlapping = (s: Span) => scope.some((x) => s.start < x.end && x.start < s.end);
    let d = withLayer(doc, 'entities', layer(doc, 'entities').filter(inside));
    d = withLayer(d, 'places', layer(doc, 'places').filter(inside));
    d = withLayer(d, 'quotes', layer(doc, 'quotes').filter((q) => inside(q.content)));
    return withLayer(d, 'events', layer(doc, 'events').filter((e) => overlapping(e.evidence)));
  },
};
