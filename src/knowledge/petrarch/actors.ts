/**
 * PETRARCH actor dictionaries (*.actors.txt): a primary phrase with an optional default
 * [CODE], synonyms on '+' lines, and dated codes on tab-indented '[CODE from-to]' lines.
 */
import { petrarchDate, readLines } from './lines.js';
import { phraseWords } from './phrase.js';
import type { ActorEntry, DatedCode, DictIssue, Parsed } from './types.js';

/** A code, or several joined by / for a compound actor (THE_SHIRE [FRO/BIL/SAM]). */
const CODE = /^[A-Za-z0-9]{3,}(\/[A-Za-z0-9]{3,})*$|^---$/;

function phraseOf(s: string): string[] {
  const cut = s.split(/[[;]/)[0]!;
  return phraseWords(cut.replace(/_+\s*$/, ''));
}

type Bracket = { code: string; from: string | null; to: string | null; dflt: boolean } | { error: 'bad_code' | 'bad_date' };

/** One [CODE], [CODE <date], [CODE >date] or [CODE date-date]. */
function parseBracket(inner: string): Bracket {
  const m = /^\s*(\S+)\s*(.*?)\s*$/.exec(inner);
  if (!m || !CODE.test(m[1]!)) return { error: 'bad_code' };
  const code = m[1]!.toUpperCase();
  const r = m[2]!;
  if (r === '') return { code, from: null, to: null, dflt: true };
  if (r.startsWith('<')) { const to = petrarchDate(r.slice(1).trim()); return to ? { code, from: null, to, dflt: false } : { error: 'bad_date' }; }
  if (r.startsWith('>')) { const from = petrarchDate(r.slice(1).trim()); return from ? { code, from, to: null, dflt: false } : { error: 'bad_date' }; }
  const d = /^(\d{6,8})\s*-\s*(\d{6,8})$/.exec(r);
  if (!d) return { error: 'bad_date' };
  const from = petrarchDate(d[1]!), to = petrarchDate(d[2]!);
  return from && to ? { code, from, to, dflt: false } : { error: 'bad_date' };
}

export function parseActorDictionary(text: string, file: string): Parsed<ActorEntry[]> {
  const issues: DictIssue[] = [];
  const out: ActorEntry[] = [];
  let cur: { phrases: string[][]; code: string | null; dated: DatedCode[]; name: string; line: number } | null = null;
  const flush = () => {
    if (cur && cur.phrases.length) out.push({ ...cur, file });
    cur = null;
  };
  const brackets = (line: string, n: number) => {
    for (const m of line.matchAll(/\[([^\]]*)\]/g)) {
      const b = parseBracket(m[1]!);
      if ('error' in b) { issues.push({ code: b.error, file, line: n, message: `bad code or date restriction [${m[1]}]` }); continue; }
      if (!cur) continue;
      if (b.dflt) cur.code = b.code === '---' ? null : b.code;
      else cur.dated.push({ code: b.code, from: b.from, to: b.to });
    }
  };
  for (const { n, text: raw } of readLines(text)) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      if (!cur) { issues.push({ code: 'orphan_line', file, line: n, message: 'date restriction without an actor' }); continue; }
      brackets(line, n);
      continue;
    }
    if (line.startsWith('+')) {
      if (!cur) { issues.push({ code: 'orphan_line', file, line: n, message: 'synonym without an actor' }); continue; }
      const w = phraseOf(line.slice(1));
      if (w.length) cur.phrases.push(w);
      brackets(line, n);
      continue;
    }
    flush();
    const w = phraseOf(line);
    if (!w.length) { issues.push({ code: 'bad_line', file, line: n, message: `no phrase: ${line}` }); continue; }
    cur = { phrases: [w], code: null, dated: [], name: w.join(' '), line: n };
    brackets(line, n);
  }
  flush();
  return { value: out, issues };
}

/** The code of an actor on a date (ISO), PETRARCH style: a matching dated code, else the default. */
/** CAMEO role codes that can stand alone as an actor's default code, naming no country or organisation. */
const ROLE_ONLY = new Set(['ELI', 'GOV', 'MIL', 'REB', 'OPP', 'COP', 'JUD', 'LEG', 'SPY', 'BUS', 'CVL', 'MED', 'EDU', 'HLH', 'LAB', 'REF', 'AGR', 'CRM', 'UAF', 'RAD']);

export function actorCodeAt(a: ActorEntry, date: string | null): string | null {
  if (date) {
    for (const d of a.dated) {
      if ((d.from === null || d.from <= date) && (d.to === null || date <= d.to)) return d.code === '---' ? null : d.code;
    }
  }
  // Undated, a default that is only a role ("KOFI_ANNAN [ELI] [IGOUNO 970101-061231]") says less than the role the
  // entry is dated for, which names whom the person acts for.
  if (a.code && date === null && ROLE_ONLY.has(a.code)) {
    const named = a.dated.filter((d) => d.code !== '---' && !ROLE_ONLY.has(d.code));
    if (named.length) return named[named.length - 1]!.code;
  }
  if (a.code) return a.code;
  // No default: PETRARCH's undated behaviour takes the last restriction as the default.
  const last = a.dated[a.dated.length - 1];
  return date === null && last ? (last.code === '---' ? null : last.code) : null;
}
