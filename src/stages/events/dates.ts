/**
 * Event dates: a date written in the clause or sentence (from the timexes layer when
 * present, else read here: weekdays, yesterday/today, "March 28"), resolved against the
 * publication date (weekdays to the past); else the publication date; else null.
 */
import type { Timex, Token } from '../../document/layers.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function parseIso(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return Number.isNaN(d.getTime()) ? null : d;
}
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86400000);

const MONTH_OF = new Map<string, number>();
MONTHS.forEach((m, i) => { MONTH_OF.set(m, i); MONTH_OF.set(MONTH_ABBR[i]!, i); MONTH_OF.set(`${MONTH_ABBR[i]}.`, i); });
MONTH_OF.set('sept', 8); MONTH_OF.set('sept.', 8);
const WEEKDAY_OF = new Map(WEEKDAYS.map((d, i) => [d, i]));
/** Words that can start a written date; anything else is skipped at once. */
const TRIGGERS = new Set(['yesterday', 'today', 'tonight', 'last', ...WEEKDAYS, ...MONTH_OF.keys()]);

function monthOf(w: string): number {
  return MONTH_OF.get(w) ?? -1;
}

/** A date written in tokens[from, to), resolved against the publication date; null if none. */
export function dateInTokens(tokens: readonly Token[], from: number, to: number, published: string | null): string | null {
  if (!published) return null;
  let pub: Date | null = null;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.norm;
    if (!TRIGGERS.has(w)) continue;
    pub ??= parseIso(published);
    if (!pub) return null;
    if (w === 'yesterday') return iso(addDays(pub, -1));
    if (w === 'today' || w === 'tonight') return iso(pub);
    if (w === 'last' && tokens[k + 1]?.norm === 'night') return iso(addDays(pub, -1));
    const wd = WEEKDAY_OF.get(w) ?? -1;
    if (wd >= 0 && tokens[k]!.pos !== 'NOUN') {
      const next = tokens[k + 1]?.norm;
      if (next && monthOf(next) >= 0) continue; // "Tuesday, March 28" → the month-day rule below
      const back = (pub.getUTCDay() - wd + 7) % 7;
      return iso(addDays(pub, -back));
    }
    const mo = monthOf(w);
    if (mo >= 0 && w !== 'may' || (w === 'may' && /^\d{1,2}$/.test(tokens[k + 1]?.norm ?? ''))) {
      const nx = tokens[k + 1]?.norm ?? '';
      const pv = tokens[k - 1]?.norm ?? '';
      const day = /^\d{1,2}$/.test(nx) ? +nx : /^\d{1,2}$/.test(pv) ? +pv : null;
      if (day === null || day < 1 || day > 31) continue;
      let y = pub.getUTCFullYear();
      const yr = tokens[k + 2]?.norm === ',' ? tokens[k + 3]?.norm : tokens[k + 2]?.norm;
      if (yr && /^(19|20)\d\d$/.test(yr)) y = +yr;
      let d = new Date(Date.UTC(y, mo, day));
      if (d.getUTCMonth() !== mo) continue;
      if (!(yr && /^(19|20)\d\d$/.test(yr)) && d.getTime() > pub.getTime() + 31 * 86400000) d = new Date(Date.UTC(y - 1, mo, day));
      return iso(d);
    }
  }
  return null;
}

/** The timex inside [start, end) with a value, if any. */
export function timexIn(timexes: readonly Timex[], start: number, end: number): string | null {
  for (const t of timexes) if (t.start >= start && t.end <= end && t.value && /^\d{4}-\d{2}-\d{2}$/.test(t.value)) return t.value;
  return null;
}
