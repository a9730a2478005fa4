/**
 * Country codes alone, for exports that write other code systems than the analysis
 * uses: ISO 3166 alpha-2 and FIPS 10-4 (the World Factbook's GEC codes, which GDELT's
 * geography columns use) by ISO alpha-3, read from countries.tsv without loading the
 * rest of the gazetteer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Collector, defaultDataDir, FILES, HEADERS, rows } from './load.js';
import { GazetteerError } from './types.js';

export interface CountryCodes {
  readonly iso2: string;
  /** FIPS 10-4 / GEC code; '' where the Factbook has none (Åland, Bonaire). */
  readonly fips: string;
  readonly name: string;
}

/** Parse countries.tsv into codes by ISO alpha-3; throws GazetteerError naming file and line of each bad row. */
export function parseCountryCodes(text: string): ReadonlyMap<string, CountryCodes> {
  const out = new Collector();
  const codes = new Map<string, CountryCodes>();
  rows(text, FILES.countries, HEADERS.countries, out, (line, f) => {
    const [iso3, iso2, fips, , name] = f as [string, string, string, string, string];
    if (!/^[A-Z]{3}$/.test(iso3)) return out.add('bad_value', FILES.countries, line, `country code "${iso3}" is not ISO 3166 alpha-3`);
    if (!/^[A-Z]{2}$/.test(iso2)) return out.add('bad_value', FILES.countries, line, `"${iso2}" is not an ISO 3166 alpha-2 code`);
    if (fips !== '' && !/^[A-Z]{2}$/.test(fips)) return out.add('bad_value', FILES.countries, line, `"${fips}" is not a FIPS 10-4 code (two capital letters)`);
    codes.set(iso3, { iso2, fips, name });
  });
  if (out.issues.length) throw new GazetteerError(out.issues);
  return codes;
}

let cached: ReadonlyMap<string, CountryCodes> | null = null;

/** The shipped table (read once). */
export function countryCodes(dir: string = defaultDataDir()): ReadonlyMap<string, CountryCodes> {
  if (dir !== defaultDataDir()) return parseCountryCodes(readFileSync(join(dir, FILES.countries), 'utf8'));
  return (cached ??= parseCountryCodes(readFileSync(join(dir, FILES.countries), 'utf8')));
}
