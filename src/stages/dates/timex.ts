/**
 * Temporal expressions: absolute dates ("March 28, 2017", "28 March", "2017-03-28"),
 * weekdays ("on Tuesday": the latest such day not after publication), and relative
 * dates ("yesterday", "today", "last week", "two days ago"), resolved against the
 * publication date. Without a publication date, only dates with a year resolve.
 * News reports the past, so a date without a year or a bare weekday is read backwards
 * from publication, unless its clause speaks of the future ("will meet on Thursday",
 * "talks scheduled for March 5", "next Tuesday"): then it is the next such day.
 */
import type { Timex } from '../../document/layers.js';
import { MONTHS } from '../layout/lexicon.js';
import { addDays, fromIso, validYmd } from './iso.js';

const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** Words that put a clause in the future: the date they govern lies ahead of publication. */
export const FUTURE = /\b(?:will|shall|won't|'ll|(?:is|are|was|were)\s+(?:due|set|expected|scheduled|slated|going)\s+to|(?:is|are)\s+to\s+(?:be|hold|meet|vote|visit|sign|open|start|begin|take|attend|decide)|scheduled|slated|upcoming|plans?\s+to|planned\s+for|to\s+be\s+held|next)\b/i;

/** A verb in the past before a date: "was ruptured in the March 5 tremor". */
const PAST = /\b(?:was|were|had|did|said|\p{L}{3,}ed)\b/u;

/**
 * Does the clause around text[s, e) speak of the future? Its words before the date (from the last
 * sentence or clause break) may say so; its words after only when no verb in the past comes
 * before the date ("ruptured in the March 5 tremor and will take five months" is about March 5 past).
 */
function futureClause(text: string, s: number, e: number): boolean {
  let before = text.slice(Math.max(0, s - 120), s);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('; '));
  if (cut >= 0) before = before.slice(cut + 1);
  if (FUTURE.test(before)) return true;
  const after = text.slice(e, e + 40);
  const stop = after.search(/[.;\n]/);
  return FUTURE.test(stop >= 0 ? after.slice(0, stop) : after) && !PAST.test(before);
}

const PATTERNS: { re: RegExp; kind: Timex['kind']; resolve: (m: RegExpExecArray, pub: string | null, future: boolean) => string | null }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, kind: 'absolute', resolve: (m) => validYmd(+m[1]!, +m[2]!, +m[3]!) },
  {
    re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'g'), kind: 'absolute',
    resolve: (m, pub, future) => withYear(MONTHS[m[1]!.toLowerCase().replace('.', '')]!, +m[2]!, m[3] ? +m[3] : null, pub, future),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'g'), kind: 'absolute',
    resolve: (m, pub, future) => withYear(MONTHS[m[2]!.toLowerCase().replace('.', '')]!, +m[1]!, m[3] ? +m[3] : null, pub, future),
  },
  {
    re: /\b(?:(?:on|last|this|next|late|early)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g, kind: 'weekday',
    resolve: (m, pub, future) => {
      if (!pub) return null;
      const want = WEEKDAYS[m[1]!.toLowerCase()]!;
      const have = fromIso(pub).getUTCDay();
      const last = /^last\s/i.test(m[0]);
      if (!last && (future || /^next\s/i.test(m[0]))) {
        let ahead = (want - have + 7) % 7;
        if (/^next\s/i.test(m[0]) && ahead === 0) ahead = 7;
        return addDays(pub, ahead);
      }
      let back = (have - want + 7) % 7;
      if (last && back === 0) back = 7;
      return addDays(pub, -back);
    },
  },
  { re: /\b(yesterday|today|tonight|tomorrow)\b/gi, kind: 'relative', resolve: (m, pub) => (pub ? addDays(pub, { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 }[m[1]!.toLowerCase() as 'today']!) : null) },
  {
    re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week)s?\s+ago\b/gi, kind: 'relative',
    resolve: (m, pub) => {
      if (!pub) return null;
      const n = NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
      return addDays(pub, -n * (m[2]!.toLowerCase() === 'week' ? 7 : 1));
    },
  },
  { re: /\blast\s+week\b/gi, kind: 'relative', resolve: (_m, pub) => (pub ? addDays(pub, -7) : null) },
];

/**
 * A month and day completed with a year: the one that puts it nearest before (or at)
 * publication, or, in a clause about the future, nearest on or after it.
 */
function withYear(month: number, day: number, year: number | null, pub: string | null, future: boolean): string | null {
  if (year) return validYmd(year, month, day);
  if (!pub) return null;
  const py = Number(pub.slice(0, 4));
  const same = validYmd(py, month, day);
  // "will meet on January 5" written on December 20: next year's.
  if (future) return same && same < pub ? validYmd(py + 1, month, day) : same;
  // A date more than a month after publication most likely belongs to the year before.
  if (same && same > addDays(pub, 31)) return validYmd(py - 1, month, day);
  return same;
}

/** Find the temporal expressions of text[start, end). */
export function findTimexes(text: string, start: number, end: number, published: string | null): Timex[] {
  const piece = text.slice(start, end);
  const found: Timex[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (const m of piece.matchAll(p.re)) {
      const s = start + m.index!;
      const e = s + m[0].length;
      if (found.some((f) => f.start < e && s < f.end)) continue;
      const future = published !== null && p.kind !== 'relative' && futureClause(text, s, e);
      found.push({ start: s, end: e, value: p.resolve(m as RegExpExecArray, published, future), kind: p.kind });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
