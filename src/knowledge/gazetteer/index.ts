/**
 * The gazetteer of places: load (validated), look up, resolve.
 *
 *   const gaz = defaultGazetteer();
 *   gaz.placeOf('Moscow')            // { name: 'Moscow', lat: 55.75, lon: 37.62, country: 'RUS', ... }
 *   gaz.lookupPlace('Paris', { regionHint: 'USA.TX' })[0].entry.country  // 'USA'
 */
import { Gazetteer } from './gazetteer.js';
import { defaultDataDir, parseGazetteer, readGazetteerFiles } from './load.js';
import { GazetteerError, type GazetteerIssue } from './types.js';

export { Gazetteer, distanceKm, toPlaceRef } from './gazetteer.js';
export { defaultDataDir, parseGazetteer, readGazetteerFiles, FILES, type FileTexts } from './load.js';
export { foldName } from './names.js';
export type { GazetteerSettings } from './settings.js';
export * from './types.js';

/** Load and validate a gazetteer folder; issues name file and line. */
export function loadGazetteer(dir: string = defaultDataDir()): { gazetteer: Gazetteer | null; issues: GazetteerIssue[] } {
  const read = readGazetteerFiles(dir);
  if (!read.texts) return { gazetteer: null, issues: read.issues };
  const { data, issues } = parseGazetteer(read.texts);
  return { gazetteer: data ? new Gazetteer(data) : null, issues };
}

/** Load a folder or throw GazetteerError listing every issue. */
export function loadGazetteerOrThrow(dir: string = defaultDataDir()): Gazetteer {
  const { gazetteer, issues } = loadGazetteer(dir);
  if (!gazetteer) throw new GazetteerError(issues);
  return gazetteer;
}

let shipped: Gazetteer | null = null;
/** The shipped gazetteer, loaded once per process (immutable data: a cache, not configuration). */
export function defaultGazetteer(): Gazetteer {
  shipped ??= loadGazetteerOrThrow();
  return shipped;
}
export { countryCodes, parseCountryCodes, type CountryCodes } from './codes.js';
