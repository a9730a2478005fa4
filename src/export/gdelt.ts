/**
 * Events in the layout of the GDELT 2.0 event table (61 tab-separated columns, no header,
 * as GDELT publishes its export files), so tools built for GDELT read dateline's events.
 *
 * What dateline does not measure stays empty rather than made up: AvgTone, the actors'
 * own geography (Actor1Geo_*, Actor2Geo_*: type 0), ADM1 codes below country level, ADM2
 * codes and GNS feature ids of cities. NumSources and NumArticles are 1: each row is one
 * article's report of the event; NumMentions counts its reports in that article.
 * GLOBALEVENTID is not GDELT's sequence but a 60-bit hash of the article id and the
 * event's index, the same in every store and every run.
 */
import { createHash } from 'node:crypto';
import type { ActorRef } from '../document/layers.js';
import { actorCodeParts } from '../knowledge/actors/codes.js';
import type { CountryCodes } from '../knowledge/gazetteer/codes.js';
import type { StoredEvent } from '../store/types.js';
import type { ArticleContext } from './context.js';

const ACTOR = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

/** The 61 columns of GDELT 2.0's event table, in order. */
export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR.map((c) => `Actor1${c}`), ...ACTOR.map((c) => `Actor2${c}`),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...GEO.map((c) => `Actor1Geo_${c}`), ...GEO.map((c) => `Actor2Geo_${c}`), ...GEO.map((c) => `ActionGeo_${c}`),
  'DATEADDED', 'SOURCEURL',
];

export interface GdeltTables {
  /** Country codes by ISO alpha-3 (FIPS for the geography columns, names for FullName). */
  readonly countries: ReadonlyMap<string, CountryCodes>;
  /** Is this three-letter part a country or region code? */
  readonly isCountry: (part: string) => boolean;
  readonly isEthnic?: (part: string) => boolean;
}

type Cell = string | number | null;

/** GLOBALEVENTID: the first 60 bits of sha256(articleId:index), a positive 64-bit integer. */
export function globalEventId(articleId: string, index: number): string {
  return BigInt('0x' + createHash('sha256').update(`${articleId}:${index}`).digest('hex').slice(0, 15)).toString();
}

/** GDELT's FractionDate: year + ((month − 1) × 30 + day) / 365, to four places (as its files have it). */
export function fractionDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return (y + ((m - 1) * 30 + d) / 365).toFixed(4);
}

function actorCells(a: ActorRef | null, t: GdeltTables): Cell[] {
  if (!a) return Array(ACTOR.length).fill(null);
  const p = actorCodeParts(a.code, t.isCountry, t.isEthnic);
  return [a.code, a.name.toUpperCase(), p.country, p.knownGroup, p.ethnic, p.religions[0] ?? '', p.religions[1] ?? '', p.types[0] ?? '', p.types[1] ?? '', p.types[2] ?? ''];
}

/** ActionGeo: 1 country, 2 US state, 3 US city, 4 world city, 5 world state; continents and world regions, whose
 * code is no country's, have none (0). */
function geoCells(l: StoredEvent['location'], t: GdeltTables): Cell[] {
  const c = l ? t.countries.get(l.country) : undefined;
  if (!l || !c) return [0, null, null, null, null, null, null, null];
  const kind = l.kind ?? (l.name === c.name ? 'country' : 'city');
  const us = l.country === 'USA';
  if (kind === 'country' || kind === 'demonym') return [1, c.name, c.fips, c.fips, null, l.lat, l.lon, c.fips];
  const type = kind === 'region' ? (us ? 2 : 5) : us ? 3 : 4;
  return [type, `${l.name}, ${c.name}`, c.fips, null, null, l.lat, l.lon, null];
}

const compact = (iso: string | null | undefined): string => (iso ? iso.replace(/\D/g, '') : '');

export function gdeltRow(e: StoredEvent, a: ArticleContext | null, t: GdeltTables): Cell[] {
  const date = e.date ?? a?.published ?? null;
  const root = a !== null && e.evidence.start >= a.lead.start && e.evidence.start < a.lead.end;
  return [
    globalEventId(e.articleId, e.index),
    date ? compact(date) : null, date ? compact(date).slice(0, 6) : null, date ? date.slice(0, 4) : null, date ? fractionDate(date) : null,
    ...actorCells(e.source, t), ...actorCells(e.target, t),
    root ? 1 : 0, e.cameo, e.cameo.slice(0, 3), e.cameo.slice(0, 2), e.quadClass, e.goldstein,
    1 + (e.mentions?.length ?? 0), 1, 1, null,
    0, null, null, null, null, null, null, null,
    0, null, null, null, null, null, null, null,
    ...geoCells(e.location, t),
    compact(e.addedAt).slice(0, 14), a?.source ?? null,
  ];
}
