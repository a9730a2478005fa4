/**
 * The analyze record of a document: the contract's JSON shape, read off the layers.
 */
import { createHash } from 'node:crypto';
import { layer, single, type Doc } from './document.js';
import type { ArticleRecord } from './schema.js';
import { placeWithRegion } from './layers.js';

/**
 * Stable content hash of an article's text: the same text always gets the same id. An article
 * with no text but its title (a feed's headline-only item) is identified by its title, or
 * every such item would share the id of the empty text and the store keep one of them.
 */
export function articleId(text: string, title?: string | null): string {
  const content = text.trim() || !title ? text : `title\u0000${title}`;
  return createHash('sha256').update(content, 'utf8').digest('hex').slice(0, 24);
}

export const ANALYZER_VERSION = 'dateline/0.1.0';

/** The authors of a document: those its source gave (meta.authors), then those its bylines name, each once. */
export function authorsOf(doc: Doc): string[] {
  return [...new Set([...(doc.meta.authors ?? []), ...layer(doc, 'byline').flatMap((b) => b.authors)])];
}

export function toRecord(doc: Doc, extra: { placeCountry?: (place: string) => string | null } = {}): ArticleRecord {
  const { text, meta } = doc;
  const headline = single(doc, 'headline');
  const dl = single(doc, 'dateline');
  const body = single(doc, 'body') ?? { start: 0, end: text.length };
  const authors = authorsOf(doc);
  const place = dl?.place ?? meta.dateline?.place ?? null;
  const agency = dl?.agency ?? meta.dateline?.agency ?? null;
  const title = meta.title ?? (headline ? text.slice(headline.start, headline.end).trim() : null);
  return {
    id: articleId(text, title),
    source: { ...meta.source },
    title: title || null,
    published: meta.published ?? null,
    ...(meta.fetched ? { fetched: meta.fetched } : {}),
    // (The place with its region, where the dateline gives one: "MAITLAND, Fla." is in the USA, Maitland alone in Australia.)
    dateline: place || agency ? { place, agency, placeCountry: place && extra.placeCountry ? extra.placeCountry(dl && dl.place === place ? placeWithRegion(dl)! : place) : null } : null,
    authors,
    language: meta.language ?? null,
    siteName: meta.siteName ?? null,
    text,
    body: { start: body.start, end: body.end },
    headline: headline ? { start: headline.start, end: headline.end } : null,
    boilerplate: layer(doc, 'boilerplate').map((b) => ({ start: b.start, end: b.end, kind: b.kind })),
    sentences: layer(doc, 'sentences').length,
    tokens: layer(doc, 'tokens').length,
    entities: layer(doc, 'entities').map((e) => ({ ...e })),
    quotes: layer(doc, 'quotes').map((q) => ({ ...q })),
    events: layer(doc, 'events').map((e) => ({ ...e })),
    places: layer(doc, 'places').map((p) => ({ ...p })),
    ...(meta.warnings?.length ? { warnings: [...meta.warnings] } : {}),
    analyzedWith: ANALYZER_VERSION,
  };
}
