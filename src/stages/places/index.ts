/**
 * Places: find the toponyms of an article and resolve each to a gazetteer place
 * ({start, end, text, lat, lon, country, geonameid, name}). Reads the entity layer (LOC
 * entities) and, where no entity covers a capitalised name, the gazetteer's own finder.
 */
import { layer, single, withLayer, type Doc } from '../../document/document.js';
import type { Entity, Place, Sentence, Token } from '../../document/layers.js';
import type { Stage } from '../../pipeline.js';
import { defaultGazetteer, type Gazetteer } from '../../knowledge/gazetteer/index.js';
import { findMentions } from './mentions.js';
import { resolveMentions } from './resolve.js';

export { findMentions, findToponyms, linkAdjacent, type Mention, type MentionOptions } from './mentions.js';
export { resolveMentions } from './resolve.js';
export { eventLocation, type EventLocation } from './location.js';

export interface PlaceInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly datelinePlace?: string | null;
}

export interface FindPlacesOptions {
  /** Also look for capitalised gazetteer names that no LOC entity covers (default true). */
  readonly useFinder?: boolean;
  /** Report demonyms ("Russian") as places of their country, kind 'demonym' (default: settings.json, off). */
  readonly demonyms?: boolean;
}

/** The places of a text, sorted by start. Compute only; the stage sets the layer. */
export function findPlaces(input: PlaceInput, gazetteer: Gazetteer, options: FindPlacesOptions = {}): Place[] {
  const mentions = findMentions(input, gazetteer, options);
  return resolveMentions(input.text, mentions, gazetteer, { datelinePlace: input.datelinePlace ?? null });
}

/** The place stage over a gazetteer (e.g. defaultGazetteer()). */
export function createPlaceStage(gazetteer: Gazetteer, options: FindPlacesOptions = {}): Stage {
  return {
    name: 'places',
    requires: ['tokens', 'sentences', 'entities'],
    produces: ['places'],
    run(doc: Doc): Doc {
      const dateline = single(doc, 'dateline');
      const places = findPlaces({
        text: doc.text,
        tokens: layer(doc, 'tokens'),
        sentences: layer(doc, 'sentences'),
        entities: layer(doc, 'entities'),
        datelinePlace: dateline?.place ?? doc.meta.dateline?.place ?? null,
      }, gazetteer, options);
      return withLayer(doc, 'places', places);
    },
  };
}

/**
 * ISO 3166-1 alpha-3 country of a place name ("Moscow" → "RUS", "GENEVA" → "CHE"), or null.
 * For the dateline stage; uses the shipped gazetteer unless one is given.
 */
export function placeCountry(name: string, gazetteer: Gazetteer = defaultGazetteer()): string | null {
  return gazetteer.placeCountry(name);
}
