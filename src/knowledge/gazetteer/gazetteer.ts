/**
 * The gazetteer: countries, first-level regions and cities, indexed by folded name, with a
 * prior (population, how widely known, kind) and context hints to rank same-named places.
 */
import { foldName, variantKeys } from './names.js';
import type { GazetteerData, SortedIndex } from './load.js';
import type { GazetteerSettings } from './settings.js';
import type { Candidate, GazetteerEntry, LookupHints, MatchKind, PlaceRef } from './types.js';

const MATCH_KINDS: readonly MatchKind[] = ['name', 'alternate', 'abbreviation', 'demonym'];

function asList(v: string | readonly string[] | undefined): readonly string[] {
  return v === undefined ? [] : typeof v === 'string' ? [v] : v;
}

export class Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  readonly settings: GazetteerSettings;
  /** Names of continents, countries, regions and aliases: folded key → entry id * 4 + match kind
   *  index (a number, or a list when several). */
  private readonly index = new Map<string, number | number[]>();
  /** Names of cities, folded and sorted at build time. */
  private readonly cities: SortedIndex;
  private readonly priors: Float64Array;
  private readonly countries = new Map<string, GazetteerEntry>();

  constructor(data: GazetteerData) {
    this.entries = data.entries;
    this.settings = data.settings;
    this.cities = data.cityIndex;
    const { entry, name, kind } = data.names;
    for (let i = 0; i < name.length; i++) {
      const key = foldName(name[i]!);
      if (!key) continue;
      const code = entry[i]! * 4 + kind[i]!;
      this.put(key, code);
      // "St." for "Saint" counts as an alternate of an entry's own name
      for (const v of variantKeys(key)) this.put(v, kind[i] === 0 ? code + 1 : code);
    }
    const p = this.settings.prior;
    this.priors = new Float64Array(this.entries.length);
    for (const e of this.entries) {
      if (e.kind === 'country') this.countries.set(e.country, e);
      let s = p.population * Math.log10(e.population + 1);
      if (e.kind === 'continent') s = p.continent;
      else if (e.kind === 'country') s += p.countryBonus;
      else if (e.kind === 'region') s += p.regionBonus;
      else {
        s += p.altcount * Math.log10(e.altcount + 1);
        if (e.fcode === 'PPLC') s += p.capitalBonus;
        else if (e.fcode === 'PPLA') s += p.adminSeatBonus;
      }
      this.priors[e.id] = s;
    }
  }

  private put(key: string, code: number): void {
    const had = this.index.get(key);
    if (had === undefined) this.index.set(key, code);
    else if (typeof had === 'number') { if (had !== code) this.index.set(key, [had, code]); }
    else if (!had.includes(code)) had.push(code);
  }

  /**
   * What the gazetteer knows of each key asked about so far, (city position + 1) * 2 + (1 if
   * the name index has it): the place finder asks about the same few names in every article,
   * and one lookup in a small map is cheaper than one in each large index.
   */
  private readonly keyMemo = new Map<string, number>();

  private known(key: string): number {
    let v = this.keyMemo.get(key);
    if (v === undefined) {
      v = (this.searchCity(key) + 1) * 2 + (this.index.has(key) ? 1 : 0);
      if (this.keyMemo.size >= 100_000) this.keyMemo.clear();
      this.keyMemo.set(key, v);
    }
    return v;
  }

  /** Position of key in the sorted city keys, or -1. */
  private cityKey(key: string): number {
    return (this.known(key) >> 1) - 1;
  }

  private searchCity(key: string): number {
    const keys = this.cities.keys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = keys[mid]!;
      if (k === key) return mid;
      if (k < key) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  }

  /** Is this folded key a name of some place? */
  hasKey(key: string): boolean {
    return this.known(key) !== 0;
  }

  /** The number of names indexed (a name shared by the two indexes counts twice). */
  get size(): number {
    return this.index.size + this.cities.keys.length;
  }

  /** Every place a name may refer to, best first. */
  lookupPlace(name: string, hints: LookupHints = {}): Candidate[] {
    return this.lookupKey(foldName(name), hints);
  }

  /** Like lookupPlace, for a name already folded with foldName. */
  lookupKey(key: string, hints: LookupHints = {}): Candidate[] {
    const found = this.index.get(key);
    const codes: number[] = found === undefined ? [] : typeof found === 'number' ? [found] : found.slice();
    const at = this.cityKey(key);
    if (at >= 0) for (let i = this.cities.offsets[at]!; i < this.cities.offsets[at + 1]!; i++) codes.push(this.cities.codes[i]!);
    if (!codes.length) return [];
    const best = new Map<number, MatchKind>();
    for (const code of codes) {
      const id = code >> 2;
      const kind = MATCH_KINDS[code & 3]!;
      if (kind === 'abbreviation' && !hints.allowAbbreviations) continue;
      if (kind === 'demonym' && hints.noDemonyms) continue;
      const had = best.get(id);
      if (had === undefined || MATCH_KINDS.indexOf(kind) < MATCH_KINDS.indexOf(had)) best.set(id, kind);
    }
    const countries = asList(hints.countryHint);
    const regions = asList(hints.regionHint);
    const p = this.settings.prior;
    const cx = this.settings.context;
    const out: Candidate[] = [];
    for (const [id, match] of best) {
      const e = this.entries[id]!;
      let score = this.priors[id]!;
      if (match === 'abbreviation') score += cx.abbreviation;
      else if (match !== 'name') {
        if (e.kind === 'city') score -= p.alternateNamePenalty;
        else if (e.kind === 'region') score -= p.regionAlternatePenalty;
      }
      if (countries.includes(e.country)) score += cx.hintCountry;
      if (e.admin1 !== null && regions.includes(`${e.country}.${e.admin1}`)) score += cx.adjacentRegion;
      if (hints.context) {
        score += cx.articleCountry * (hints.context.get(e.country) ?? 0);
        if (e.admin1 !== null) score += cx.articleRegion * (hints.context.get(`${e.country}.${e.admin1}`) ?? 0);
      }
      if (hints.near && e.kind !== 'country' && e.kind !== 'continent') {
        let best = 0;
        for (const q of hints.near) {
          const d = distanceKm(e, q);
          const b = q.weight * Math.max(0, 1 - d / cx.proximityKm);
          if (b > best) best = b;
        }
        score += cx.proximity * best;
      }
      out.push({ entry: e, match, score });
    }
    out.sort((a, b) => b.score - a.score || b.entry.population - a.entry.population || a.entry.id - b.entry.id);
    return out;
  }

  /**
   * The best candidate for a written place name, which may carry its region or country after
   * a comma ("Paris, Texas", "RICHMOND, Va.", "Alexandria, Egypt"); the qualifier is used as a
   * hint when the whole name is not itself a place.
   */
  resolveName(name: string, hints: LookupHints = {}): Candidate | null {
    const whole = this.lookupPlace(name, hints)[0];
    if (whole) return whole;
    const comma = name.indexOf(',');
    if (comma < 0) return null;
    const head = name.slice(0, comma);
    const q = this.lookupPlace(name.slice(comma + 1), { allowAbbreviations: true })[0];
    if (!q) return this.lookupPlace(head, hints)[0] ?? null;
    const e = q.entry;
    const countries = [...asList(hints.countryHint), e.country];
    const regions = e.kind !== 'country' && e.admin1 !== null ? [...asList(hints.regionHint), `${e.country}.${e.admin1}`] : asList(hints.regionHint);
    return this.lookupPlace(head, { ...hints, countryHint: countries, regionHint: regions })[0] ?? null;
  }

  /** The likeliest place of that name, or null when the gazetteer has none. */
  placeOf(name: string, hints: LookupHints = {}): PlaceRef | null {
    const top = this.resolveName(name, hints);
    return top ? toPlaceRef(top.entry) : null;
  }

  /** ISO 3166-1 alpha-3 country of the likeliest place of that name, or null. */
  placeCountry(name: string, hints: LookupHints = {}): string | null {
    return this.resolveName(name, hints)?.entry.country ?? null;
  }

  /** The country entry of an ISO3 code, if any. */
  country(iso3: string): GazetteerEntry | null {
    return this.countries.get(iso3) ?? null;
  }
}

export function toPlaceRef(e: GazetteerEntry): PlaceRef {
  return e.geonameid !== null
    ? { name: e.name, lat: e.lat, lon: e.lon, country: e.country, geonameid: e.geonameid, kind: e.kind }
    : { name: e.name, lat: e.lat, lon: e.lon, country: e.country, kind: e.kind };
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}
