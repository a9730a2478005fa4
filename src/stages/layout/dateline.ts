/**
 * Datelines: the place, date and agency that open a news story, in their common
 * shapes: "Moscow, SANA –", "WASHINGTON (Reuters) -", "BEIRUT, March 3 (AP) --",
 * "SALVADOR, Feb 26 -", "LONDON, 2 May 2017 (AFP) —", "BASKING RIDGE, N.J., March 4 -".
 */
import type { Dateline } from '../../document/layers.js';
import { AGENCIES, MONTHS } from './lexicon.js';

const AGENCY_SET = new Map(AGENCIES.map((a) => [a.toLowerCase(), a]));
/** How far into a paragraph a dateline may reach before its separator. */
const MAX_HEAD = 110;
/** The separator between dateline and story: a dash with space on at least one side, or a colon. */
const SEPARATOR = /\s*(?:--|—|–|(?<=\s)-|-(?=\s))\s*|:\s+/g;
const PLACE_WORD = /^(?:[A-Z\u00C0-\u00DE][\p{L}'’.\-/]*|de|du|des|la|le|el|al|of|on|upon|am|an|der|di|da|do|dos|del|es|sur|and|au)$/u;
const MONTH_DAY = /^(?<m>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y>\d{4}))?$/;
const DAY_MONTH = /^(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>[A-Za-z]{3,9})\.?(?:,?\s+(?<y>\d{4}))?$/;
/** The comma between a date and its year ("27th November, 2023", "Nov 27, 2023"), which would split the head there. */
const DATE_COMMA_YEAR = /(\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?|\b[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?),(?=\s+\d{4}\b)/g;
/** TASS's "MOSCOW, November 27. /TASS/." : the agency between slashes closes the dateline. */
const SLASHED_AGENCY = /^([^/\n]{2,80}?)\.\s*\/([A-Za-z][\w-]{1,15})\/\.?(?=\s)/;

export interface DatelineOptions {
  /** A known publication date (ISO) whose year completes "Feb 26". */
  readonly year?: number | null;
}

/** A month-like word and a day: "Feb 26", also misspelt months of wire copy ("Narch 2"). */
const DATE_LIKE = /^[A-Za-z]{3,9}\.?\s+[\dO]{1,3}$/;

function parseDate(s: string, year: number | null | undefined): string | null | undefined {
  const m = MONTH_DAY.exec(s) ?? DAY_MONTH.exec(s);
  if (!m?.groups) return undefined;
  const month = MONTHS[m.groups.m!.toLowerCase()];
  if (!month) return DATE_LIKE.test(s) ? null : undefined;
  const day = Number(m.groups.d);
  if (day < 1 || day > 31) return undefined;
  const y = m.groups.y ? Number(m.groups.y) : year;
  if (!y) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "Va. Feb 26": a region and a date without a comma between them. */
function gluedDate(s: string, year: number | null | undefined): string | null | undefined {
  const m = /^(.+?)\s+([A-Za-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?)$/.exec(s);
  if (!m || !isPlace(m[1]!)) return undefined;
  return parseDate(m[2]!, year);
}

/** Capitalised place words; `loose` also lets later words be lower case ("La paz", "Mexico city"). */
function isPlace(s: string, loose = false): boolean {
  const words = s.split(/\s+/);
  if (words.length === 0 || words.length > 5 || s.length < 2) return false;
  if (!/^[A-Z\u00C0-\u00DE]/.test(s)) return false;
  return words.every((w, i) => PLACE_WORD.test(w) || (loose && i > 0 && words.length <= 3 && /^\p{Ll}[\p{L}'’.\-]+$/u.test(w)));
}

function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s\-'’.(])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

export interface DatelineMatch extends Dateline {
  /** Where the story proper starts, after the separator. */
  readonly bodyStart: number;
}

/** Find a dateline at the start of text[from, to). */
export function findDateline(text: string, from: number, to: number, opts: DatelineOptions = {}): DatelineMatch | null {
  // Wire copy sometimes opens with filler characters ("****SANTO DOMINGO").
  const junk = /^[*#•·]+\s*/.exec(text.slice(from, from + 8))?.[0].length ?? 0;
  from += junk;
  const head = text.slice(from, Math.min(to, from + MAX_HEAD));
  const slashed = SLASHED_AGENCY.exec(head);
  if (slashed && AGENCY_SET.has(slashed[2]!.toLowerCase())) {
    // Read as "MOSCOW, November 27  (TASS)": the same length, so offsets hold.
    const place = slashed[1]!;
    const gap = slashed[0].length - place.length - slashed[2]!.length;
    const parsed = parseHead(`${place}${' '.repeat(gap - 2)}(${slashed[2]})`, '-', opts);
    if (parsed) return matchOf(text, from, parsed, slashed[0].length, slashed[0].length + /^\s*/.exec(head.slice(slashed[0].length))![0].length);
  }
  SEPARATOR.lastIndex = 0;
  for (const sep of head.matchAll(SEPARATOR)) {
    const before = head.slice(0, sep.index);
    if (!before.trim()) continue;
    const parsed = parseHead(before, sep[0], opts);
    if (parsed) return matchOf(text, from, parsed, sep.index! + sep[0].trimEnd().length, sep.index! + sep[0].length);
    // Only the first separator can close a dateline, unless the head so far is a place with a comma list.
    if (sep.index! > 60) break;
  }
  return null;
}

interface Parsed { place: string | null; agency: string | null; date: string | null; placeAt: number; agencyAt: number; region?: string }

/** The dateline of a parsed head that starts at `from`, ends `end` characters on, and is followed by the story `body` characters on. */
function matchOf(text: string, from: number, parsed: Parsed, end: number, body: number): DatelineMatch {
  const { place, agency, date, placeAt, agencyAt, region } = parsed;
  return {
    start: from,
    end: from + end,
    place: place === null ? null : titleCase(place),
    agency,
    date,
    ...(region ? { region } : {}),
    placeSpan: place === null ? null : { start: from + placeAt, end: from + placeAt + place.length },
    agencySpan: agency && agencyAt >= 0 ? { start: from + agencyAt, end: from + agencyAt + agency.length } : null,
    bodyStart: from + body,
  };
}

function parseHead(head: string, separator: string, opts: DatelineOptions): Parsed | null {
  let agency: string | null = null;
  let agencyAt = -1;
  // A region in brackets ("New Delhi [India]") and the comma before a year are blanked, keeping offsets.
  let rest = head.replace(/\[[^[\]]{2,30}\]/g, (m) => ' '.repeat(m.length)).replace(DATE_COMMA_YEAR, '$1 ');
  // "(Reuters)" style agency.
  const paren = /\(([^()]{2,40})\)\s*$/.exec(rest) ?? /\(([^()]{2,40})\)/.exec(rest);
  if (paren) {
    agency = paren[1]!.trim();
    agencyAt = paren.index + 1 + paren[1]!.indexOf(agency);
    rest = rest.slice(0, paren.index) + ' '.repeat(paren[0].length) + rest.slice(paren.index + paren[0].length);
  }
  const parts: { s: string; at: number }[] = [];
  let at = 0;
  for (const piece of rest.split(',')) {
    const lead = piece.length - piece.trimStart().length;
    const s = piece.trim();
    if (s) parts.push({ s, at: at + lead });
    at += piece.length + 1;
  }
  // An agency alone, when the page set the place apart ("(Reuters) — The New York State …").
  if (parts.length === 0) return agency && AGENCY_SET.has(agency.toLowerCase()) && separator.trim() !== ':' ? { place: null, agency, date: null, placeAt: -1, agencyAt } : null;
  const first = parts[0]!;
  const strict = isPlace(first.s);
  if (!strict && !isPlace(first.s, true)) return null;
  let date: string | null = null;
  let sawDate = false;
  let region: string | undefined;
  for (const p of parts.slice(1)) {
    let d = parseDate(p.s, opts.year);
    if (d === undefined) d = gluedDate(p.s, opts.year);
    if (d !== undefined) { date = d; sawDate = true; continue; }
    const known = AGENCY_SET.get(p.s.toLowerCase());
    if (known && !agency) { agency = p.s; agencyAt = p.at; continue; }
    // A region: "N.J.", "British Columbia" (the first one kept: it tells which of two towns so called).
    if (isPlace(p.s) && p.s.split(/\s+/).length <= 3) {
      region ??= p.s;
      continue;
    }
    return null;
  }
  // A place with lower-case words needs a date or an agency to vouch for it.
  if (!strict && !sawDate && !agency) return null;
  const caps = first.s === first.s.toUpperCase() && /[A-Z]{2}/.test(first.s);
  const colon = separator.trim() === ':';
  // A colon closes a dateline only after an all-caps place ("LONDON: ...") or a known agency in brackets ("(ANI):").
  const bracketed = paren !== null && agency !== null && AGENCY_SET.has(agency.toLowerCase());
  if (colon && !(caps && parts.length === 1 && !agency) && !bracketed) return null;
  // Without agency or date, only an all-caps place or a place alone before a dash is a dateline.
  if (!agency && !sawDate && !caps && parts.length > 1) return null;
  if (!agency && !sawDate && !caps && first.s.split(/\s+/).length > 3) return null;
  return { place: first.s, agency, date, placeAt: first.at, agencyAt, ...(region ? { region } : {}) };
}
