/**
 * Read and validate the gazetteer's data files. Every bad line becomes an issue naming its
 * file and line; all issues are collected before the caller decides what to do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { settingsSchema, type GazetteerSettings } from './settings.js';
import type { GazetteerEntry, GazetteerIssue, GazetteerIssueCode } from './types.js';

/** The shipped data folder, found relative to this module (src/ under tsx, dist/ after tsc). */
export function defaultDataDir(): string {
  return fileURLToPath(new URL('../../../data/gazetteer/', import.meta.url));
}

export const FILES = {
  continents: 'continents.tsv',
  countries: 'countries.tsv',
  regions: 'regions.tsv',
  areas: 'areas.tsv',
  cities: 'cities.tsv',
  cityNames: 'city-names.tsv',
  countryAliases: 'country-aliases.tsv',
  regionAliases: 'region-aliases.tsv',
  demonyms: 'demonyms.tsv',
  settings: 'settings.json',
} as const;

export type FileTexts = { readonly [K in keyof typeof FILES]: string };

/** The names under which entries can be found, as parallel columns (few objects, fast load). */
export interface NameColumns {
  readonly entry: number[];
  readonly name: string[];
  /** 0 the entry's own name, 1 an alternate name or alias, 2 an abbreviation safe only after "Place, ", 3 a demonym. */
  readonly kind: number[];
}

/**
 * The city name index as the build wrote it: folded keys in code-unit order, and for key i
 * the codes codes[offsets[i]] .. codes[offsets[i+1]-1], each entry id * 4 + match kind.
 */
export interface SortedIndex {
  readonly keys: string[];
  readonly offsets: Int32Array;
  readonly codes: Int32Array;
}

export interface GazetteerData {
  readonly entries: GazetteerEntry[];
  /** Names of continents, countries and regions, and the hand-written aliases (folded at load). */
  readonly names: NameColumns;
  /** Names of cities (folded at build time). */
  readonly cityIndex: SortedIndex;
  readonly settings: GazetteerSettings;
}

export const HEADERS: Record<'continents' | 'countries' | 'regions' | 'areas' | 'cities' | 'cityNames' | 'countryAliases' | 'regionAliases' | 'demonyms', string> = {
  continents: 'code\tname\tlat\tlon\tnames',
  countries: 'iso3\tiso2\tfips\tgeonameid\tname\tlat\tlon\tpopulation\tcapital\tnames',
  regions: 'country\tadmin1\tgeonameid\tname\tlat\tlon\tpopulation\tnames',
  areas: 'country\tname\tlat\tlon\tnames',
  cities: 'geonameid\tname\tlat\tlon\tcountry\tadmin1\tfcode\tpopulation\taltcount',
  cityNames: 'key\tcities',
  countryAliases: 'iso3\talias',
  regionAliases: 'country\tadmin1\talias\tuse',
  demonyms: 'iso3\tdemonym',
};

const ISO3 = /^[A-Z]{3}$/;

export class Collector {
  readonly issues: GazetteerIssue[] = [];
  add(code: GazetteerIssueCode, file: string, line: number, message: string): void {
    this.issues.push({ code, file, line, message });
  }
}

/** Calls `each(lineNo, fields)` for the data lines of a TSV with '#' comments and one header line. */
export function rows(text: string, file: string, header: string, out: Collector, each: (line: number, f: string[]) => void): void {
  const lines = text.split('\n');
  let sawHeader = false;
  const width = header.split('\t').length;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (line === '' || line.startsWith('#')) continue;
    if (!sawHeader) {
      sawHeader = true;
      if (line !== header) out.add('bad_header', file, i + 1, `expected header "${header.replace(/\t/g, '⇥')}", found "${line.replace(/\t/g, '⇥')}"`);
      continue;
    }
    const f = line.split('\t');
    if (f.length !== width) { out.add('bad_columns', file, i + 1, `expected ${width} tab-separated columns, found ${f.length}`); continue; }
    each(i + 1, f);
  }
  if (!sawHeader) out.add('bad_header', file, 0, 'no header line');
}

function num(v: string, min: number, max: number): number | null {
  const n = v === '' ? NaN : Number(v);
  return n >= min && n <= max ? n : null; // NaN fails both comparisons
}

/** '' → null; a whole non-negative number → it; anything else → undefined. */
function optInt(v: string): number | null | undefined {
  if (v === '') return null;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 && v.trim() === v ? n : undefined;
}

/** Parse all files' texts into entries and names; `issues` is empty when everything is valid. */
export function parseGazetteer(texts: FileTexts): { data: GazetteerData | null; issues: GazetteerIssue[] } {
  const out = new Collector();
  const entries: GazetteerEntry[] = [];
  const names: NameColumns = { entry: [], name: [], kind: [] };
  const addName = (entry: number, name: string, kind: number) => { names.entry.push(entry); names.name.push(name); names.kind.push(kind); };
  const countryIds = new Map<string, number>();
  const cityIds = new Map<number, number>();
  const regionIds = new Map<string, number>();

  let settings: GazetteerSettings | null = null;
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(texts.settings));
    if (parsed.success) settings = parsed.data;
    else for (const i of parsed.error.issues) out.add('bad_settings', FILES.settings, 0, `${i.path.join('.')}: ${i.message}`);
  } catch (e) {
    out.add('bad_settings', FILES.settings, 0, `not JSON: ${(e as Error).message}`);
  }

  const addNames = (entry: number, name: string, others: string) => {
    addName(entry, name, 0);
    if (others) for (const n of others.split('|')) if (n) addName(entry, n, 1);
  };

  const coords = (file: string, line: number, latS: string, lonS: string): [number, number] | null => {
    const lat = num(latS, -90, 90);
    const lon = num(lonS, -180, 180);
    if (lat === null) out.add('bad_value', file, line, `latitude "${latS}" is not a number in [-90, 90]`);
    if (lon === null) out.add('bad_value', file, line, `longitude "${lonS}" is not a number in [-180, 180]`);
    return lat === null || lon === null ? null : [lat, lon];
  };

  rows(texts.continents, FILES.continents, HEADERS.continents, out, (line, f) => {
    const [code, name, latS, lonS, others] = f as [string, string, string, string, string];
    if (!ISO3.test(code)) { out.add('bad_value', FILES.continents, line, `region code "${code}" is not three capital letters`); return; }
    if (!name) { out.add('bad_value', FILES.continents, line, 'empty name'); return; }
    const c = coords(FILES.continents, line, latS, lonS);
    if (!c) return;
    const id = entries.length;
    entries.push({ id, kind: 'continent', name, lat: c[0], lon: c[1], country: code, admin1: null, geonameid: null, population: 0, fcode: 'CONT', altcount: 0 });
    addNames(id, name, others);
  });

  rows(texts.countries, FILES.countries, HEADERS.countries, out, (line, f) => {
    const [iso3, , , gid, name, latS, lonS, popS, , others] = f as [string, string, string, string, string, string, string, string, string, string];
    if (!ISO3.test(iso3)) { out.add('bad_value', FILES.countries, line, `country code "${iso3}" is not ISO 3166 alpha-3`); return; }
    if (!name) { out.add('bad_value', FILES.countries, line, 'empty name'); return; }
    const c = coords(FILES.countries, line, latS, lonS);
    const pop = optInt(popS);
    const geonameid = optInt(gid);
    if (pop === undefined) out.add('bad_value', FILES.countries, line, `population "${popS}" is not a whole number`);
    if (geonameid === undefined) out.add('bad_value', FILES.countries, line, `geonameid "${gid}" is not a whole number`);
    if (!c || pop === undefined || geonameid === undefined) return;
    const id = entries.length;
    entries.push({ id, kind: 'country', name, lat: c[0], lon: c[1], country: iso3, admin1: null, geonameid, population: pop ?? 0, fcode: 'PCLI', altcount: 0 });
    countryIds.set(iso3, id);
    addNames(id, name, others);
  });

  rows(texts.regions, FILES.regions, HEADERS.regions, out, (line, f) => {
    const [iso3, admin1, gid, name, latS, lonS, popS, others] = f as [string, string, string, string, string, string, string, string];
    if (!countryIds.has(iso3)) { out.add('unknown_country', FILES.regions, line, `country "${iso3}" is not in ${FILES.countries}`); return; }
    if (!admin1 || !name) { out.add('bad_value', FILES.regions, line, 'empty admin1 code or name'); return; }
    const c = coords(FILES.regions, line, latS, lonS);
    const pop = optInt(popS);
    const geonameid = optInt(gid);
    if (pop === undefined) out.add('bad_value', FILES.regions, line, `population "${popS}" is not a whole number`);
    if (geonameid === undefined) out.add('bad_value', FILES.regions, line, `geonameid "${gid}" is not a whole number`);
    if (!c || pop === undefined || geonameid === undefined) return;
    const id = entries.length;
    entries.push({ id, kind: 'region', name, lat: c[0], lon: c[1], country: iso3, admin1, geonameid, population: pop ?? 0, fcode: 'ADM1', altcount: 0 });
    regionIds.set(`${iso3}.${admin1}`, id);
    addNames(id, name, others);
  });

  // Areas (no division under their name): regions of their country, without admin1 code.
  rows(texts.areas, FILES.areas, HEADERS.areas, out, (line, f) => {
    const [iso3, name, latS, lonS, others] = f as [string, string, string, string, string];
    if (!countryIds.has(iso3)) { out.add('unknown_country', FILES.areas, line, `country "${iso3}" is not in ${FILES.countries}`); return; }
    if (!name) { out.add('bad_value', FILES.areas, line, 'empty name'); return; }
    const c = coords(FILES.areas, line, latS, lonS);
    if (!c) return;
    const id = entries.length;
    entries.push({ id, kind: 'region', name, lat: c[0], lon: c[1], country: iso3, admin1: null, geonameid: null, population: 0, fcode: 'AREA', altcount: 0 });
    addNames(id, name, others);
  });

  rows(texts.cities, FILES.cities, HEADERS.cities, out, (line, f) => {
    const [gid, name, latS, lonS, iso3, admin1, fcode, popS, altS] = f as [string, string, string, string, string, string, string, string, string];
    const geonameid = optInt(gid);
    if (geonameid === undefined || geonameid === null) { out.add('bad_value', FILES.cities, line, `geonameid "${gid}" is not a whole number`); return; }
    if (!name) { out.add('bad_value', FILES.cities, line, 'empty name'); return; }
    if (!countryIds.has(iso3)) { out.add('unknown_country', FILES.cities, line, `country "${iso3}" is not in ${FILES.countries}`); return; }
    if (!/^[A-Z0-9]{3,5}$/.test(fcode)) { out.add('bad_value', FILES.cities, line, `feature code "${fcode}" is not a GeoNames code`); return; }
    const c = coords(FILES.cities, line, latS, lonS);
    const pop = optInt(popS);
    const alt = optInt(altS);
    if (pop === undefined || pop === null) out.add('bad_value', FILES.cities, line, `population "${popS}" is not a whole number`);
    if (alt === undefined || alt === null) out.add('bad_value', FILES.cities, line, `altcount "${altS}" is not a whole number`);
    if (!c || pop === undefined || pop === null || alt === undefined || alt === null) return;
    const id = entries.length;
    entries.push({ id, kind: 'city', name, lat: c[0], lon: c[1], country: iso3, admin1: admin1 || null, geonameid, population: pop, fcode, altcount: alt });
    if (cityIds.has(geonameid)) out.add('bad_value', FILES.cities, line, `geonameid ${geonameid} is listed twice`);
    cityIds.set(geonameid, id);
  });

  // The city name index: sorted folded keys, each with its cities (geonameid, '*' = alternate).
  const keys: string[] = [];
  const offsets: number[] = [];
  const codes: number[] = [];
  rows(texts.cityNames, FILES.cityNames, HEADERS.cityNames, out, (line, f) => {
    const [key, refs] = f as [string, string];
    const prev = keys[keys.length - 1];
    if (!key || (prev !== undefined && !(prev < key))) { out.add('bad_value', FILES.cityNames, line, `key "${key}" is empty or not after "${prev}" in code-unit order`); return; }
    const start = codes.length;
    // Scan "123,456*,789" without making a string per reference (this file has ~180,000 lines).
    let n = -1;
    let alt = 0;
    for (let i = 0; i <= refs.length; i++) {
      const ch = i < refs.length ? refs.charCodeAt(i) : 44;
      if (ch >= 48 && ch <= 57) { n = (n < 0 ? 0 : n * 10) + ch - 48; continue; }
      if (ch === 42 && n >= 0) { alt = 1; continue; }
      const id = ch === 44 && n >= 0 ? cityIds.get(n) : undefined;
      if (id === undefined) {
        out.add('bad_value', FILES.cityNames, line, `"${refs}" is not a list of geonameids of cities in ${FILES.cities}`);
        codes.length = start;
        return;
      }
      codes.push(id * 4 + alt);
      n = -1;
      alt = 0;
    }
    if (codes.length === start) return;
    keys.push(key);
    offsets.push(start);
  });

  rows(texts.countryAliases, FILES.countryAliases, HEADERS.countryAliases, out, (line, f) => {
    const [iso3, alias] = f as [string, string];
    const id = countryIds.get(iso3);
    if (id === undefined) { out.add('unknown_country', FILES.countryAliases, line, `country "${iso3}" is not in ${FILES.countries}`); return; }
    if (!alias) { out.add('bad_value', FILES.countryAliases, line, 'empty alias'); return; }
    addName(id, alias, 1);
  });

  rows(texts.regionAliases, FILES.regionAliases, HEADERS.regionAliases, out, (line, f) => {
    const [iso3, admin1, alias, use] = f as [string, string, string, string];
    const id = regionIds.get(`${iso3}.${admin1}`);
    if (id === undefined) { out.add('unknown_region', FILES.regionAliases, line, `region "${iso3}.${admin1}" is not in ${FILES.regions}`); return; }
    if (!alias) { out.add('bad_value', FILES.regionAliases, line, 'empty alias'); return; }
    if (use !== 'any' && use !== 'after-comma') { out.add('bad_value', FILES.regionAliases, line, `use "${use}" is neither "any" nor "after-comma"`); return; }
    addName(id, alias, use === 'any' ? 1 : 2);
  });

  rows(texts.demonyms, FILES.demonyms, HEADERS.demonyms, out, (line, f) => {
    const [iso3, demonym] = f as [string, string];
    const id = countryIds.get(iso3);
    if (id === undefined) { out.add('unknown_country', FILES.demonyms, line, `country "${iso3}" is not in ${FILES.countries}`); return; }
    if (!demonym) { out.add('bad_value', FILES.demonyms, line, 'empty demonym'); return; }
    addName(id, demonym, 3);
  });

  offsets.push(codes.length);
  const cityIndex: SortedIndex = { keys, offsets: Int32Array.from(offsets), codes: Int32Array.from(codes) };
  const issues = out.issues;
  return { data: issues.length === 0 && settings ? { entries, names, cityIndex, settings } : null, issues };
}

/** Read the files of a gazetteer folder (a missing file is an issue, not an exception). */
export function readGazetteerFiles(dir: string): { texts: FileTexts | null; issues: GazetteerIssue[] } {
  const issues: GazetteerIssue[] = [];
  const texts: Record<string, string> = {};
  for (const [key, file] of Object.entries(FILES)) {
    try {
      texts[key] = readFileSync(join(dir, file), 'utf8');
    } catch (e) {
      issues.push({ code: 'missing_file', file, line: 0, message: `cannot read ${join(dir, file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    }
  }
  return { texts: issues.length ? null : (texts as unknown as FileTexts), issues };
}
