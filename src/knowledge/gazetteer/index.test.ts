import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countryCodes, defaultDataDir, defaultGazetteer, distanceKm, FILES, foldName, GazetteerError, loadGazetteer, loadGazetteerOrThrow, parseCountryCodes, parseGazetteer, type FileTexts,
} from './index.js';

/** The shipped files with cities cut to their first rows, and a city name index that fits them. */
function shippedTexts(): FileTexts {
  const dir = defaultDataDir();
  const t: Record<string, string> = {};
  for (const [k, f] of Object.entries(FILES)) if (k !== 'cityNames') t[k] = readFileSync(join(dir, f), 'utf8');
  const cities = t.cities!.split('\n').slice(0, 12);
  t.cities = cities.join('\n');
  const keys = new Map<string, string[]>();
  for (const row of cities.slice(2)) {
    const [id, name] = row.split('\t');
    const k = foldName(name!);
    keys.set(k, [...(keys.get(k) ?? []), id!]);
  }
  t.cityNames = `# test\nkey\tcities\n${[...keys].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, ids]) => `${k}\t${ids.join(',')}`).join('\n')}\n`;
  return t as unknown as FileTexts;
}

describe('gazetteer data', () => {
  it('loads the shipped files without issues, countries, regions and cities alike', () => {
    const g = defaultGazetteer(); // throws GazetteerError on any issue
    const kinds = new Map<string, number>();
    for (const e of g.entries) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    expect(kinds.get('country')).toBeGreaterThan(240);
    expect(kinds.get('region')).toBeGreaterThan(3000);
    expect(kinds.get('city')).toBeGreaterThan(100000);
    // every capital is there
    const capitals = g.entries.filter((e) => e.fcode === 'PPLC').length;
    expect(capitals).toBeGreaterThan(200);
  });

  it('parses the shipped files cut short without issues', () => {
    expect(parseGazetteer(shippedTexts()).issues).toEqual([]);
  });

  it('names the file and line of a bad entry, and collects every issue', () => {
    const t = shippedTexts();
    const lines = t.cities.split('\n');
    // line 3 is the first data line (comment, header, data); break its latitude, and line 4's country
    const f3 = lines[2]!.split('\t');
    f3[2] = 'north';
    lines[2] = f3.join('\t');
    const f4 = lines[3]!.split('\t');
    f4[4] = 'XYZ';
    lines[3] = f4.join('\t');
    const { data, issues } = parseGazetteer({ ...t, cities: lines.join('\n') });
    expect(data).toBeNull();
    // the two bad rows, then the name index's references to the cities they dropped
    expect(issues.slice(2).every((i) => i.file === 'city-names.tsv')).toBe(true);
    expect(issues.slice(0, 2)).toEqual([
      expect.objectContaining({ code: 'bad_value', file: 'cities.tsv', line: 3, message: expect.stringContaining('latitude "north"') }),
      expect.objectContaining({ code: 'unknown_country', file: 'cities.tsv', line: 4, message: expect.stringContaining('"XYZ"') }),
    ]);
  });

  it('checks the city name index: order and references', () => {
    const t = shippedTexts();
    const lines = t.cityNames.trimEnd().split('\n');
    const n = lines.length;
    const broken = [...lines, 'aaa\t1', `zzzz\t999999999`].join('\n');
    const { issues } = parseGazetteer({ ...t, cityNames: broken });
    expect(issues).toEqual([
      expect.objectContaining({ code: 'bad_value', file: 'city-names.tsv', line: n + 1, message: expect.stringContaining('code-unit order') }),
      expect.objectContaining({ code: 'bad_value', file: 'city-names.tsv', line: n + 2, message: expect.stringContaining('999999999') }),
    ]);
  });

  it('reports a wrong column count and a bad alias file with their lines', () => {
    const t = shippedTexts();
    const aliases = `${t.countryAliases.trimEnd()}\nZZZ\tNowhere land\nUSA\n`;
    const n = aliases.split('\n').length;
    const { issues } = parseGazetteer({ ...t, countryAliases: aliases });
    expect(issues).toEqual([
      expect.objectContaining({ code: 'unknown_country', file: 'country-aliases.tsv', line: n - 2 }),
      expect.objectContaining({ code: 'bad_columns', file: 'country-aliases.tsv', line: n - 1 }),
    ]);
  });

  it('reports an area of an unknown country or off the globe with its line', () => {
    const t = shippedTexts();
    const areas = `${t.areas.replace(/\n+$/, '')}\nZZZ\tNowhere\t10\t10\t\nUKR\tDonbas again\t148.0\t38.3\t\n`;
    const n = areas.split('\n').length;
    const { issues } = parseGazetteer({ ...t, areas });
    expect(issues).toEqual([
      expect.objectContaining({ code: 'unknown_country', file: 'areas.tsv', line: n - 2 }),
      expect.objectContaining({ code: 'bad_value', file: 'areas.tsv', line: n - 1, message: expect.stringContaining('latitude "148.0"') }),
    ]);
  });

  it('reports a missing file as an issue and throws GazetteerError listing it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gaz-'));
    try {
      for (const f of Object.values(FILES)) if (f !== 'regions.tsv' && f !== 'cities.tsv' && f !== 'city-names.tsv') copyFileSync(join(defaultDataDir(), f), join(dir, f));
      writeFileSync(join(dir, 'cities.tsv'), shippedTexts().cities);
      writeFileSync(join(dir, 'city-names.tsv'), shippedTexts().cityNames);
      const { gazetteer, issues } = loadGazetteer(dir);
      expect(gazetteer).toBeNull();
      expect(issues).toEqual([expect.objectContaining({ code: 'missing_file', file: 'regions.tsv' })]);
      expect(() => loadGazetteerOrThrow(dir)).toThrow(GazetteerError);
      writeFileSync(join(dir, 'regions.tsv'), '# nothing\nwrong\theader\n');
      expect(loadGazetteer(dir).issues[0]).toMatchObject({ code: 'bad_header', file: 'regions.tsv', line: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('look-up', () => {
  const g = defaultGazetteer();

  it('resolves capitals and countries of the seed article', () => {
    const moscow = g.placeOf('Moscow')!;
    expect(moscow.country).toBe('RUS');
    expect(moscow.lat).toBeCloseTo(55.75, 1);
    expect(moscow.lon).toBeCloseTo(37.62, 1);
    expect(g.placeOf('Astana')!.country).toBe('KAZ');
    expect(g.placeOf('Geneva')!.country).toBe('CHE');
    const syria = g.placeOf('Syria')!;
    expect(syria).toMatchObject({ country: 'SYR', kind: 'country' });
    expect(distanceKm(syria, { lat: 35, lon: 38.5 })).toBeLessThan(161);
  });

  it('ranks same-named places by prior, and by hints when given', () => {
    expect(g.placeOf('Paris')!.country).toBe('FRA');
    const texas = g.placeOf('Paris', { regionHint: 'USA.TX', countryHint: 'USA' })!;
    expect(texas.country).toBe('USA');
    expect(distanceKm(texas, { lat: 33.66, lon: -95.56 })).toBeLessThan(20);
    const cands = g.lookupPlace('Paris');
    expect(cands.length).toBeGreaterThan(3);
    expect(cands[0]!.score).toBeGreaterThan(cands[1]!.score);
  });

  it('finds names written other ways: accents, St./Saint, aliases, leading "the"', () => {
    expect(foldName('Genève')).toBe('geneve');
    expect(foldName('the United States')).toBe('united states');
    expect(g.placeCountry('U.S.')).toBe('USA');
    expect(g.placeCountry('Britain')).toBe('GBR');
    expect(g.placeCountry('Ivory Coast')).toBe('CIV');
    expect(g.placeOf('St. Louis', { countryHint: 'USA' })!.geonameid).toBe(4407066);
    expect(g.placeOf('Zürich')!.country).toBe('CHE');
    expect(g.placeOf('Zurich')!.country).toBe('CHE');
    expect(g.placeOf('Atlantis Nowhere')).toBeNull();
  });

  it('knows continents and world regions under CAMEO region codes, and demonyms', () => {
    expect(g.placeOf('Africa')).toMatchObject({ kind: 'continent', country: 'AFR' });
    expect(g.placeOf('Middle East')).toMatchObject({ kind: 'continent', country: 'MEA' });
    const mid = g.placeOf('Middle East')!;
    expect(distanceKm(mid, { lat: 29, lon: 45 })).toBeLessThan(500);
    expect(g.lookupPlace('Russian')[0]).toMatchObject({ match: 'demonym', entry: { country: 'RUS', kind: 'country' } });
    expect(g.lookupPlace('Russian', { noDemonyms: true }).every((c) => c.match !== 'demonym')).toBe(true);
  });

  it('reads a qualified name: "Paris, Texas", "RICHMOND, Va.", "Alexandria, Egypt"', () => {
    expect(g.placeOf('Paris, Texas')!.country).toBe('USA');
    expect(g.placeOf('RICHMOND, Va.')!.geonameid).toBe(4781708);
    expect(g.placeOf('Alexandria, Egypt')!.country).toBe('EGY');
    expect(g.placeOf('Alexandria, Va.')!.country).toBe('USA');
  });

  it('keeps "after-comma" abbreviations out of ordinary look-ups', () => {
    expect(g.lookupPlace('Tex.')).toEqual([]);
    expect(g.lookupPlace('Tex.', { allowAbbreviations: true })[0]!.entry).toMatchObject({ kind: 'region', country: 'USA', admin1: 'TX' });
  });
});

describe('countryCodes', () => {
  it('reads FIPS 10-4 codes beside the ISO ones, which differ for many countries', () => {
    const c = countryCodes();
    expect(c.size).toBeGreaterThan(240);
    expect(c.get('RUS')).toEqual({ iso2: 'RU', fips: 'RS', name: 'Russia' });
    expect([c.get('GBR')?.fips, c.get('DEU')?.fips, c.get('PHL')?.fips, c.get('SYR')?.fips]).toEqual(['UK', 'GM', 'RP', 'SY']);
  });

  it('names the file and line of a bad code', () => {
    const text = shippedTexts().countries.split('\n');
    const f = text[3]!.split('\t');
    f[2] = 'r5';
    text[3] = f.join('\t');
    expect(() => parseCountryCodes(text.join('\n'))).toThrow(/countries\.tsv:4: "r5" is not a FIPS 10-4 code/);
  });
});
