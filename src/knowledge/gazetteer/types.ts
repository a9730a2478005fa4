/** The gazetteer's entries, look-up results and load issues. */

export type PlaceKind = 'continent' | 'country' | 'region' | 'city';

export interface GazetteerEntry {
  /** Index of the entry in Gazetteer.entries. */
  readonly id: number;
  readonly kind: PlaceKind;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** ISO 3166-1 alpha-3 (equal to the CAMEO country code for nearly all countries); for a
   *  continent or world region, its CAMEO region code (AFR, EUR, MEA, ...). */
  readonly country: string;
  /** GeoNames first-level division code (regions and cities), e.g. "TX" or "48". */
  readonly admin1: string | null;
  readonly geonameid: number | null;
  readonly population: number;
  /** GeoNames feature code for cities (PPLC capital, PPLA seat, ...); 'ADM1' / 'PCLI' otherwise. */
  readonly fcode: string;
  /** Number of alternate names GeoNames lists (cities), a proxy for how widely known it is. */
  readonly altcount: number;
}

/** How a name was matched: the entry's own name, or one of its alternates / aliases. */
export type MatchKind = 'name' | 'alternate' | 'abbreviation' | 'demonym';

export interface Candidate {
  readonly entry: GazetteerEntry;
  readonly match: MatchKind;
  /** Prior plus context score; higher is likelier. */
  readonly score: number;
}

/** What a stage or the event coder needs of a resolved place. */
export interface PlaceRef {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  readonly geonameid?: number;
  readonly kind: PlaceKind;
}

/** Where a mention sits relative to others: a point to prefer nearby candidates of. */
export interface NearPoint {
  readonly lat: number;
  readonly lon: number;
  /** Weight in [0, 1]. */
  readonly weight: number;
}

export interface LookupHints {
  /** Countries (ISO3) the place is expected in; each adds settings.context.hintCountry. */
  readonly countryHint?: string | readonly string[];
  /** A first-level region the place is expected in, as "ISO3.admin1" (e.g. "USA.TX"). */
  readonly regionHint?: string | readonly string[];
  /** Weighted article context: country or "ISO3.admin1" → weight in [0, 1]. */
  readonly context?: ReadonlyMap<string, number>;
  /** Positions of the article's other places; candidates near them gain settings.context.proximity. */
  readonly near?: readonly NearPoint[];
  /** Allow abbreviations that are only safe right after a place and a comma ("Tex."); they then rank first. */
  readonly allowAbbreviations?: boolean;
  /** Leave out demonyms ("Russian" for Russia); they are included by default. */
  readonly noDemonyms?: boolean;
}

export type GazetteerIssueCode = 'missing_file' | 'bad_header' | 'bad_columns' | 'bad_value' | 'unknown_country' | 'unknown_region' | 'bad_settings';

/** A problem in a data file, with where it is. Issues are collected, not thrown one by one. */
export interface GazetteerIssue {
  readonly code: GazetteerIssueCode;
  readonly file: string;
  /** 1-based line number in the file; 0 when the issue is about the whole file. */
  readonly line: number;
  readonly message: string;
}

export class GazetteerError extends Error {
  readonly code = 'gazetteer_invalid' as const;
  constructor(readonly issues: readonly GazetteerIssue[]) {
    super(`gazetteer data is invalid:\n${issues.slice(0, 20).map((i) => `  ${i.file}:${i.line}: ${i.message}`).join('\n')}${issues.length > 20 ? `\n  … and ${issues.length - 20} more` : ''}`);
  }
}
