/**
 * Where an event happened, from the places layer: a place in the event's sentence,
 * preferring one introduced by a locative preposition ("in Geneva"), then the most specific
 * (city over region over country), then the nearest; else the dateline's place; else null.
 */
import { layer, single, type Doc } from '../../document/document.js';
import type { Place } from '../../document/layers.js';
import type { Span } from '../../document/span.js';
import type { Gazetteer } from '../../knowledge/gazetteer/index.js';

export interface EventLocation {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
}

const LOCATIVE = /\b(in|at|near|outside|inside|from|to|across|throughout|around)\s+(the\s+)?$/i;
const SPECIFIC: Record<string, number> = { city: 3, region: 2, country: 1, continent: 0 };

function sentenceOf(doc: Doc, s: Span): Span {
  for (const x of layer(doc, 'sentences')) if (x.start <= s.start && s.start < x.end) return { start: x.start, end: Math.max(x.end, s.end) };
  return s;
}

/** The location of an event whose evidence is `evidence`, or null when the article gives none. */
export function eventLocation(doc: Doc, evidence: Span, gazetteer: Gazetteer): EventLocation | null {
  const sentence = sentenceOf(doc, evidence);
  const candidates = layer(doc, 'places').filter((p) => p.kind !== 'demonym' && p.start >= sentence.start && p.end <= sentence.end);
  if (candidates.length) {
    const rank = (p: Place) => {
      const locative = LOCATIVE.test(doc.text.slice(Math.max(sentence.start, p.start - 20), p.start)) ? 10 : 0;
      const specific = SPECIFIC[p.kind ?? 'city'] ?? 0;
      const distance = p.end <= evidence.start ? evidence.start - p.end : Math.max(0, p.start - evidence.end);
      return locative + specific - distance / 10000;
    };
    const best = candidates.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    return { name: best.text, lat: best.lat, lon: best.lon, country: best.country };
  }
  const place = single(doc, 'dateline')?.place ?? doc.meta.dateline?.place ?? null;
  const ref = place ? gazetteer.placeOf(place) : null;
  return ref ? { name: ref.name, lat: ref.lat, lon: ref.lon, country: ref.country } : null;
}
