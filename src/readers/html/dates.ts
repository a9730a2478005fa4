/**
 * Publication dates: parsing date expressions in many formats and languages, and finding
 * a page's original publication date in the order htmldate trusts its sources: the URL,
 * structured data (JSON-LD, meta), <time>/<abbr> markup, elements that display dates, and
 * last the page text.
 */
import { MIN_YEAR, MONTHS } from './date-patterns.js';

export interface DateOptions {
  /** Latest acceptable date (ISO); defaults to today. */
  readonly maxDate?: string;
  /** Read ambiguous nn/nn/yyyy as month/day (US English pages). */
  readonly monthFirst?: boolean;
  /** Also accept dd.mm.yy (two-digit years): only for text known to display a date. */
  readonly shortYear?: boolean;
  /**
   * The publisher's UTC offset in minutes, when the page shows one: a UTC timestamp
   * (`…T02:11:03Z`, `+00:00`) is then read as the local date it stands for.
   */
  readonly localOffset?: number;
}

const SHORT_YEAR = /(?<![\d.])([0-3]?\d)\.([01]?\d)\.(\d\d)(?![\d.])/;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** A valid ISO date from parts, or null (out of range, impossible day, in the future). */
export function makeDate(y: number, m: number, d: number, opts: DateOptions = {}): string | null {
  if (y < 100) y += y < 50 ? 2000 : 1900;
  if (!(y >= MIN_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > dim) return null;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  if (iso > (opts.maxDate ?? today())) return null;
  return iso;
}

const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).map((m) => m.replace('.', '\\.')).join('|');
const L = '[\\p{L}]';

const PATTERNS: readonly { re: RegExp; order: 'ymd' | 'dmy' | 'amb' | 'dMy' | 'Mdy' | 'yMd' | 'cjk' }[] = [
  { re: /(?<!\d)((?:19|20)\d\d)-([01]?\d)-([0-3]?\d)(?!\d)/, order: 'ymd' },
  { re: /(?<!\d)((?:19|20)\d\d)\/([01]?\d)\/([0-3]?\d)(?!\d)/, order: 'ymd' },
  { re: /(?<!\d)((?:19|20)\d\d)\.([01]?\d)\.([0-3]?\d)(?!\d)/, order: 'ymd' },
  { re: /((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, order: 'cjk' },
  { re: /(?<![\d.])([0-3]?\d)\.\s?([01]?\d)\.\s?((?:19|20)\d\d)(?!\d)/, order: 'dmy' },
  { re: /(?<![\d/])([0-3]?\d)\/([0-3]?\d)\/((?:19|20)\d\d)(?!\d)/, order: 'amb' },
  { re: /(?<![\d-])([0-3]?\d)-([01]?\d)-((?:19|20)\d\d)(?!\d)/, order: 'dmy' },
  { re: new RegExp(`(?<!\\d)([0-3]?\\d)(?:st|nd|rd|th|er|º|°)?\\.?\\s*(?:de\\s+|of\\s+)?(${MONTH_ALT})(?!${L})\\.?(?:\\s*/\\s*(?:${MONTH_ALT})(?!${L}))?,?\\s*(?:de\\s+)?((?:19|20)\\d\\d)(?!\\d)`, 'iu'), order: 'dMy' },
  // Day | month | year, as some German and Swiss sites set it.
  { re: /(?<!\d)([0-3]?\d) \| ([01]?\d) \| ((?:19|20)\d\d)(?!\d)/, order: 'dmy' },
  { re: new RegExp(`(?<!${L})(${MONTH_ALT})(?!${L})\\.?\\s*([0-3]?\\d)(?:st|nd|rd|th)?(?!\\d),?\\s*((?:19|20)\\d\\d)(?!\\d)`, 'iu'), order: 'Mdy' },
  { re: new RegExp(`(?<!\\d)((?:19|20)\\d\\d)\\.?\\s*(?:m\\.\\s*)?(${MONTH_ALT})(?!${L})\\.?\\s*([0-3]?\\d)(?!\\d)`, 'iu'), order: 'yMd' },
];

/** Arabic-Indic and Persian digits as ASCII digits (same length: offsets stay valid). */
export function asciiDigits(s: string): string {
  if (!/[\u0660-\u0669\u06f0-\u06f9]/.test(s)) return s;
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => String((c.charCodeAt(0) - 0x0660) % 0x90));
}

const ISO_STAMP = /^\s*((?:19|20)\d\d)-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?\s*(Z|[+-]\d\d:?\d\d)\b/i;

/** The UTC offset (minutes) of an ISO timestamp that states one, else null. */
export function stampOffset(s: string): number | null {
  const m = ISO_STAMP.exec(s);
  if (!m) return null;
  const z = m[7]!;
  if (/^z$/i.test(z)) return 0;
  const h = +z.slice(1, 3), mi = +z.slice(-2);
  return (z[0] === '-' ? -1 : 1) * (h * 60 + mi);
}

/** A UTC timestamp moved to the publisher's offset: the date its readers saw. */
function localStamp(s: string, opts: DateOptions): string | null {
  if (!opts.localOffset) return null;
  const m = ISO_STAMP.exec(s);
  if (!m || stampOffset(s) !== 0) return null;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!) + opts.localOffset * 60_000;
  const d = new Date(t);
  return makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), opts);
}

/** The first date expression in `s`, as ISO YYYY-MM-DD, or null. */
export function parseDate(s: string, opts: DateOptions = {}): string | null {
  if (!s) return null;
  const t = asciiDigits(s.length > 400 ? s.slice(0, 400) : s);
  const local = localStamp(t, opts);
  if (local) return local;
  if (/^\d{10}(\d{3})?$/.test(t.trim())) { // Unix time (s or ms)
    const n = Number(t.trim());
    const d = new Date(t.trim().length === 13 ? n : n * 1000);
    return makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), opts);
  }
  let best: { at: number; iso: string } | null = null;
  for (const { re, order } of PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    if (best && m.index >= best.at) continue;
    let y: number, mo: number, d: number;
    const a = m[1]!, b = m[2]!, c = m[3]!;
    switch (order) {
      case 'ymd': case 'cjk': y = +a; mo = +b; d = +c; break;
      case 'dmy': d = +a; mo = +b; y = +c; break;
      case 'amb': {
        const x = +a, z = +b; y = +c;
        if (x > 12) { d = x; mo = z; } else if (z > 12) { mo = x; d = z; } else if (opts.monthFirst) { mo = x; d = z; } else { d = x; mo = z; }
        break;
      }
      case 'dMy': d = +a; mo = MONTHS[b.toLowerCase()] ?? 0; y = +c; break;
      case 'Mdy': mo = MONTHS[a.toLowerCase()] ?? 0; d = +b; y = +c; break;
      case 'yMd': y = +a; mo = MONTHS[b.toLowerCase()] ?? 0; d = +c; break;
    }
    const iso = makeDate(y, mo, d, opts);
    if (iso) best = { at: m.index, iso };
  }
  if (!best && opts.shortYear) {
    const m = SHORT_YEAR.exec(t);
    if (m) return makeDate(2000 + Number(m[3]), +m[2]!, +m[1]!, opts);
  }
  return best?.iso ?? null;
}

/** A complete date in a URL path (/2019/11/19/, 2019-11-19, /20191119/), or null. */
export function urlDate(url: string | undefined, opts: DateOptions = {}): string | null {
  if (!url) return null;
  let path = url;
  try { path = new URL(url).pathname; } catch { /* keep as is */ }
  let m = /(?<!\d)((?:19|20)\d\d)[/_.-]([01]?\d)[/_.-]([0-3]?\d)(?:[/_.-]|$|\D)/.exec(path);
  if (m) return makeDate(+m[1]!, +m[2]!, +m[3]!, opts);
  m = /[/_-]((?:19|20)\d\d)([01]\d)([0-3]\d)(?:[/_.-]|$)/.exec(path);
  if (m) return makeDate(+m[1]!, +m[2]!, +m[3]!, opts);
  m = /\/([0-3]\d)-([01]\d)-((?:19|20)\d\d)(?:[/_.-]|$)/.exec(path);
  if (m) return makeDate(+m[3]!, +m[2]!, +m[1]!, opts);
  return null;
}

/** Year and month in a URL (/2019/11/): a partial date, returned as the first of the month. */
export function urlMonth(url: string | undefined, opts: DateOptions = {}): string | null {
  if (!url) return null;
  let path = url;
  try { path = new URL(url).pathname; } catch { /* keep */ }
  const m = /\/((?:19|20)\d\d)\/([01]?\d)\//.exec(path);
  return m ? makeDate(+m[1]!, +m[2]!, 1, opts) : null;
}

/** All date expressions in a text, in order of appearance. */
export function allDates(text: string, opts: DateOptions = {}, limit = 200): string[] {
  return datesAt(text, opts, limit).map((x) => x.iso);
}

/** All date expressions in a text with their offsets and lengths, in order of appearance. */
export function datesAt(text: string, opts: DateOptions = {}, limit = 200): { at: number; end: number; iso: string }[] {
  text = asciiDigits(text);
  const out: { at: number; end: number; iso: string }[] = [];
  for (const { re, order } of PATTERNS) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = g.exec(text)) && n++ < limit) {
      const iso = parseDate(m[0], opts);
      if (iso) out.push({ at: m.index, end: m.index + m[0].length, iso });
      void order;
    }
  }
  out.sort((a, b) => a.at - b.at);
  // One expression matched by two patterns counts once.
  return out.filter((x, i) => i === 0 || x.at >= out[i - 1]!.end);
}
