/**
 * Build the shipped actor knowledge (data/actors/*.tsv) from
 *   - PETRARCH2's Phoenix dictionaries (MIT, ../shared/dictionaries/petrarch2),
 *   - REIGN's leader list (Bell, Besaw and Frank 2021, ../shared/dictionaries/reign),
 *   - the hand-maintained files in data/actors/hand/ (take precedence).
 * Deterministic: the same inputs give byte-identical outputs.
 *
 * usage: npx tsx scripts/build-actors.ts [--petrarch DIR] [--reign DIR] [--out DIR] [--check]
 *   --check: write nothing; list the shipped files that differ from what the build makes, and
 *   exit 1 if any does (test/data-builds.test.ts runs it so).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { putter } from './put.js';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normName } from '../src/knowledge/actors/normalise.js';
import { formatActorDataError, parseTsv, readTsvFile, SPECS, specOf, type ActorDataError } from '../src/knowledge/actors/validate.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const PETRARCH = arg('--petrarch', resolve(root, '../shared/dictionaries/petrarch2'));
const REIGN = arg('--reign', resolve(root, '../shared/dictionaries/reign'));
const OUT = arg('--out', join(root, 'data/actors'));
const HAND = join(OUT, 'hand');
const put = putter(process.argv.includes('--check'));

// ---------------------------------------------------------------- helpers

/** The lookup key, exactly as the loader computes it. */
const norm = normName;

/** "VLADIMIR_V._PUTIN_" → "Vladimir V. Putin". */
function titleCase(phrase: string): string {
  return phrase
    .replace(/_/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/(^|[\s\-(/])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase())
    .replace(/\b(Al|El|Bin|Ibn|Ul|Of|The|And|De|Da|Du|Van|Von|Der)\b/g, (w, _x, off: number) => (off === 0 ? w : w.toLowerCase()))
    // Initials with dots stay capitals: "U.s. Federal Reserve" is "U.S. Federal Reserve".
    .replace(/(^|\s)((?:[A-Za-z]\.){2,})/g, (_m, p: string, initials: string) => p + initials.toUpperCase());
}

function readTsv(path: string): { header: string[]; rows: { line: number; cells: string[] }[] } {
  const lines = readFileSync(path, 'utf8').split('\n');
  let header: string[] | null = null;
  const rows: { line: number; cells: string[] }[] = [];
  lines.forEach((l, i) => {
    if (!l.trim() || l.startsWith('#')) return;
    const cells = l.split('\t');
    if (!header) header = cells;
    else rows.push({ line: i + 1, cells });
  });
  if (!header) throw new Error(`${path}: no header line`);
  return { header, rows };
}

function list(s: string | undefined): string[] {
  return (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);
}

function uniq(xs: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of xs) {
    const k = norm(x);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}

/** PETRARCH dates: YYYYMMDD or YYMMDD (YY ≤ 25 → 20YY, as the 2014 files need). Null when malformed. */
function pdate(s: string): string | null {
  let y: string, m: string, d: string;
  if (/^\d{8}$/.test(s)) [y, m, d] = [s.slice(0, 4), s.slice(4, 6), s.slice(6, 8)];
  else if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    y = String(yy <= 25 ? 2000 + yy : 1900 + yy);
    [m, d] = [s.slice(2, 4), s.slice(4, 6)];
  } else return null;
  if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  return `${y}-${m}-${d}`;
}

function nextDay(iso: string): string {
  const t = new Date(iso + 'T00:00:00Z');
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- hand data

/**
 * The hand files of a family: `hand/people.tsv` first, then the category files
 * (`hand/people-ministers.tsv`, ...) in name order.
 */
function family(base: 'people' | 'organisations'): string[] {
  const extra = readdirSync(HAND).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.tsv')).sort();
  return [`${base}.tsv`, ...extra];
}
const PEOPLE_FILES = family('people');
const ORG_FILES = family('organisations');

{
  const errors: ActorDataError[] = [];
  for (const f of ['countries.tsv', ...PEOPLE_FILES, ...ORG_FILES, 'agents.tsv', 'given-names.tsv', 'ethnic-groups.tsv'].map((x) => `hand/${x}`)) {
    const spec = specOf(f);
    if (!spec) { errors.push({ code: 'unreadable', file: f, line: 0, message: 'no spec for this file name (hand/people-NAME.tsv or hand/organisations-NAME.tsv)' }); continue; }
    errors.push(...readTsvFile(join(OUT, f), spec, f).errors);
  }
  // One organisation per name across the hand files (rows of one id would merge silently).
  const orgNames = new Map<string, string>();
  for (const f of ORG_FILES) {
    for (const { cells, line } of readTsv(join(HAND, f)).rows) {
      const key = norm(cells[1] ?? '');
      const prev = orgNames.get(key);
      if (prev) errors.push({ code: 'duplicate', file: `hand/${f}`, line, message: `organisation "${cells[1]}" already at ${prev}` });
      else orgNames.set(key, `hand/${f}:${line}`);
    }
  }
  if (errors.length) {
    for (const e of errors) console.error(formatActorDataError(e));
    process.exit(1);
  }
}

interface CountryRow {
  cameo: string; iso3: string; cow: string[]; name: string; aliases: string[]; demonyms: string[];
  capitals: string[]; places: string[]; source: string;
}
const countries: CountryRow[] = readTsv(join(HAND, 'countries.tsv')).rows.map(({ cells, line }) => ({
  cameo: cells[0]!, iso3: cells[1]!, cow: list(cells[2]), name: cells[3]!, aliases: list(cells[4]),
  demonyms: list(cells[5]), capitals: list(cells[6]), places: list(cells[7]), source: `hand/countries.tsv:${line}`,
}));
const countryByCameo = new Map(countries.map((c) => [c.cameo, c]));
const countryByCow = new Map<string, CountryRow>();
for (const c of countries) for (const w of c.cow) countryByCow.set(w, c);

/** One row of people.tsv / organisations.tsv. */
interface ActorRow {
  id: string; name: string; aliases: string[]; code: string; role: string; start: string; end: string;
  kind: string; country: string; source: string;
}
const people: ActorRow[] = [];
const orgs: ActorRow[] = [];

function slug(s: string): string {
  return norm(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'actor';
}

const handPersonKeys = new Map<string, string>(); // norm(name or alias) → id, hand persons only
for (const f of PEOPLE_FILES) {
  for (const { cells, line } of readTsv(join(HAND, f)).rows) {
    const [name, aliases, code, role, start, end] = cells as [string, string, string, string, string, string];
    const id = slug(name);
    people.push({ id, name, aliases: list(aliases), code, role, start, end, kind: 'person', country: '', source: `hand/${f}:${line}` });
    handPersonKeys.set(norm(name), id);
  }
}
const handRowsById = new Map<string, ActorRow[]>();
for (const p of people) (handRowsById.get(p.id) ?? handRowsById.set(p.id, []).get(p.id)!).push(p);
// One person's roles may stand in several files (a defence minister who became prime minister): one alias list.
for (const [, rows] of handRowsById) {
  const aliases = [...new Set(rows.flatMap((r) => r.aliases))].filter((a) => a !== rows[0]!.name);
  for (const r of rows) r.aliases = aliases;
}
const handOrgKeys = new Set<string>();
for (const f of ORG_FILES) {
  for (const { cells, line } of readTsv(join(HAND, f)).rows) {
    const [code, name, aliases, kind, country] = cells as [string, string, string, string, string];
    orgs.push({ id: slug(name), name, aliases: list(aliases), code, role: '', start: '', end: '', kind, country: country ?? '', source: `hand/${f}:${line}` });
    handOrgKeys.add(norm(name));
    for (const a of list(aliases)) handOrgKeys.add(norm(a));
  }
}

// ---------------------------------------------------------------- PETRARCH2 actors

interface Restriction { code: string; start: string; end: string }
interface PRecord { primary: string; synonyms: string[]; restrictions: Restriction[]; comment: string; line: number; file: string }

let skipped = 0;

function parseRestrictions(text: string, into: Restriction[]): void {
  for (const m of text.matchAll(/\[([^\]]*)\]/g)) {
    const parts = m[1]!.trim().split(/\s+/);
    const code = parts[0] ?? '';
    if (!/^[A-Z]{3}[A-Z0-9]*$/.test(code)) { if (code !== '---') skipped++; continue; }
    const when = parts.slice(1).join('');
    if (!when) { into.push({ code, start: '', end: '' }); continue; }
    let r: Restriction | null = null;
    if (when.startsWith('<')) { const d = pdate(when.slice(1)); if (d) r = { code, start: '', end: d }; }
    else if (when.startsWith('>')) { const d = pdate(when.slice(1)); if (d) r = { code, start: d, end: '' }; }
    else {
      const [a, b] = when.split('-');
      const da = pdate(a ?? ''), db = pdate(b ?? '');
      if (da && db) r = { code, start: da, end: nextDay(db) };
    }
    if (r && !(r.start && r.end && r.start >= r.end)) into.push(r); else skipped++;
  }
}

function cleanPhrase(p: string): string {
  return p.replace(/[_\s]+/g, ' ').replace(/\s*\([^)]*\)\s*$/, '').trim();
}

function parseActors(file: string): PRecord[] {
  const out: PRecord[] = [];
  const lines = readFileSync(join(PETRARCH, file), 'latin1').split(/\r?\n/);
  let cur: PRecord | null = null;
  lines.forEach((raw, i) => {
    const hash = raw.indexOf('#');
    const body = hash >= 0 ? raw.slice(0, hash) : raw;
    const comment = hash >= 0 ? raw.slice(hash + 1) : '';
    if (!body.trim()) return;
    if (/^\s/.test(body)) { // date restriction line
      if (cur) parseRestrictions(body, cur.restrictions);
      return;
    }
    if (body.startsWith('+')) {
      if (!cur) return;
      for (const syn of body.split(/(?:^|\s)\+/)) {
        const t = cleanPhrase(syn.replace(/\[.*$/, ''));
        if (t) cur.synonyms.push(t);
      }
      if (body.includes('[')) parseRestrictions(body, cur.restrictions);
      return;
    }
    const bracket = body.indexOf('[');
    const phrase = cleanPhrase(bracket >= 0 ? body.slice(0, bracket) : body);
    cur = { primary: phrase, synonyms: [], restrictions: [], comment, line: i + 1, file };
    if (bracket >= 0) parseRestrictions(body.slice(bracket), cur.restrictions);
    if (phrase) out.push(cur);
  });
  return out.filter((r) => r.restrictions.length > 0);
}

const STOP = new Set(['the', 'of', 'and', 'al', 'el', 'for', 'de', 'la', 'le', 'bin', 'ibn', 'abu', 'mr', 'president', 'prime', 'minister', 'king', 'sheikh', 'general']);
function contentTokens(s: string): string[] {
  return norm(s).split(' ').filter((t) => t.length >= 3 && !STOP.has(t));
}
/** A synonym names the same actor as the primary phrase when they share a content word. */
function sameActor(primary: string, syn: string): boolean {
  const a = new Set(contentTokens(primary));
  return contentTokens(syn).some((t) => a.has(t)) || isAcronymOf(syn, primary);
}

/** Small words an acronym skips ("United States Department of Agriculture" → USDA). */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/** Is this one-word phrase the initials of the other ("USDA_" of "UNITED_STATES_DEPARTMENT_OF_AGRICULTURE_")? */
function isAcronymOf(short: string, long: string): boolean {
  const s = short.replace(/_/g, ' ').trim();
  if (!/^[A-Z]{2,6}$/.test(s)) return false;
  const words = long.replace(/_/g, ' ').trim().toLowerCase().split(/\s+/).filter((w) => w && !ACRONYM_SKIPS.has(w));
  const all = words.map((w) => w[0]).join('');
  const full = long.replace(/_/g, ' ').trim().toLowerCase().split(/\s+/).filter(Boolean).map((w) => w[0]).join('');
  return all === s.toLowerCase() || full === s.toLowerCase();
}

/** A phrase as the name is written: an acronym of the record's primary name in capitals, else title case. */
function nameCase(phrase: string, primary: string): string {
  return isAcronymOf(phrase, primary) ? phrase.replace(/_/g, ' ').trim() : titleCase(phrase);
}

function sharesPrefix(a: string, names: string[]): boolean {
  const k = norm(a).replace(/[^a-z]/g, '');
  return names.some((n) => {
    const m = norm(n).replace(/[^a-z]/g, '');
    return k.length >= 4 && m.length >= 4 && k.slice(0, 4) === m.slice(0, 4);
  });
}

const usedIds = new Set<string>([...people.map((p) => p.id), ...orgs.map((o) => o.id)]);
function freshId(name: string, code: string): string {
  let id = slug(name);
  if (usedIds.has(id)) id = `${id}-${code.slice(0, 3).toLowerCase()}`;
  let n = 2;
  const base = id;
  while (usedIds.has(id)) id = `${base}-${n++}`;
  usedIds.add(id);
  return id;
}

/** A country's own record: every code is the country's (IRQ, IRQOCC) and the default or last one is the bare code. */
function isCountryRecord(r: PRecord): CountryRow | null {
  const last = r.restrictions.find((x) => !x.start && !x.end) ?? r.restrictions[r.restrictions.length - 1]!;
  if (last.code.length !== 3) return null;
  const c = countryByCameo.get(last.code);
  if (!c || !r.restrictions.every((x) => x.code.startsWith(c.cameo))) return null;
  return c;
}

const extraCountryAliases = new Map<string, string[]>();
const extraPlaces = new Map<string, string[]>();
const petrarchPersonIndex = new Map<string, string>(); // country cameo + '|' + norm(surname) → id

function emit(rows: ActorRow[], name: string, aliases: string[], r: PRecord, kind: string): string {
  const code0 = r.restrictions[0]!.code;
  const id = freshId(name, code0);
  for (const x of r.restrictions) {
    rows.push({ id, name, aliases, code: x.code, role: '', start: x.start, end: x.end, kind, country: '', source: `petrarch2/${r.file}:${r.line}` });
  }
  return id;
}

for (const file of ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
  for (const r of parseActors(file)) {
    const country = isCountryRecord(r);
    if (country && file === 'Phoenix.Countries.actors.txt') {
      const names = [country.name, ...country.aliases, ...country.demonyms];
      for (const p of [r.primary, ...r.synonyms]) {
        const t = titleCase(p);
        if (sharesPrefix(p, names)) (extraCountryAliases.get(country.cameo) ?? extraCountryAliases.set(country.cameo, []).get(country.cameo)!).push(t);
        else (extraPlaces.get(country.cameo) ?? extraPlaces.set(country.cameo, []).get(country.cameo)!).push(t);
      }
      continue;
    }
    const isPerson = /CountryInfo|IGOrulers/i.test(r.comment);
    const kind = isPerson ? 'person' : file === 'Phoenix.MilNonState.actors.txt' ? 'armed' : file === 'Phoenix.International.actors.txt' ? 'international' : 'other';
    // Split synonyms that name someone else (PETRARCH groups actors that share codes).
    const same: string[] = [];
    const others: string[] = [];
    for (const s of r.synonyms) (sameActor(r.primary, s) ? same : others).push(s);
    const groups: [string, string[]][] = [[r.primary, same], ...others.map((o): [string, string[]] => [o, []])];
    for (const [primary, syns] of groups) {
      const name = titleCase(primary);
      const key = norm(name);
      if (handPersonKeys.has(key)) {
        // The hand file knows this person: keep only PETRARCH's extra spellings.
        const id = handPersonKeys.get(key)!;
        const rows = handRowsById.get(id)!;
        const merged = uniq([...rows[0]!.aliases, ...syns.map((x) => nameCase(x, primary)).filter((s) => norm(s) !== norm(rows[0]!.name))]);
        for (const p of rows) p.aliases = merged;
        continue;
      }
      if (handOrgKeys.has(key)) continue;
      const aliases = uniq(syns.map((x) => nameCase(x, primary))).filter((s) => norm(s) !== key);
      const id = emit(isPerson ? people : orgs, name, aliases, r, kind);
      if (isPerson) {
        const cc = r.restrictions.map((x) => x.code.slice(0, 3)).find((c) => countryByCameo.has(c));
        const sur = norm(name).split(' ').pop()!;
        if (cc && !petrarchPersonIndex.has(`${cc}|${sur}`)) petrarchPersonIndex.set(`${cc}|${sur}`, id);
      }
    }
  }
}

// ---------------------------------------------------------------- REIGN

function readLatin1OrUtf8Lines(path: string): string[] {
  const buf = readFileSync(path);
  const out: string[] = [];
  let start = 0;
  const dec = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i <= buf.length; i++) {
    if (i === buf.length || buf[i] === 0x0a) {
      const slice = buf.subarray(start, i);
      let s: string;
      try { s = dec.decode(slice); } catch { s = slice.toString('latin1'); }
      out.push(s.replace(/\r$/, ''));
      start = i + 1;
    }
  }
  return out;
}

function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cur = '', q = false;
  for (const ch of line) {
    if (ch === '"') q = !q;
    else if (ch === ',' && !q) { cells.push(cur); cur = ''; }
    else cur += ch;
  }
  cells.push(cur);
  return cells;
}

const handById = handRowsById;
/** Roles below the head of state or government (ministers, commanders, governors, the opposition). */
const SUBORDINATE_ROLE = /\b(foreign|defen[cs]e|external affairs|interior|finance|exchequer|secretary of (state|defense)|chief of|chairman of the joint|commander|governor|chief minister|mayor|head of the republic|opposition|senator|member of parliament|party leader|leader of the party)\b/i;
const firstRowById = new Map<string, ActorRow>();
for (const p of people) if (!firstRowById.has(p.id)) firstRowById.set(p.id, p);

const reignLines = readLatin1OrUtf8Lines(join(REIGN, 'leaderlist_3_21.csv'));
let reignAdded = 0, reignCovered = 0, reignUnmapped = 0;
reignLines.forEach((line, i) => {
  if (i === 0 || !line.trim()) return;
  const c = csvCells(line);
  const [abb, , , leader, sd, sm, sy, em, ey] = c;
  const country = countryByCow.get(abb ?? '');
  if (!country || !leader || !sy) { reignUnmapped++; return; }
  const pad = (n: string | undefined) => String(Number(n)).padStart(2, '0');
  const start = `${sy}-${pad(sm || '1')}-${pad(sd || '1')}`;
  let end = '';
  if (ey) {
    const y = Number(ey), m = Number(em || 12);
    end = m === 12 ? `${y + 1}-01-01` : `${y}-${pad(String(m + 1))}-01`;
  }
  const code = `${country.cameo}GOV`;
  const name = leader.trim();
  const sur = norm(name).split(' ').pop()!;
  // Covered by the hand file? (same country, same surname, overlapping tenure of a leading office:
  // a minister, commander or governor of the same surname is not the leader REIGN lists)
  for (const [, rows] of handById) {
    const h = rows[0]!;
    if (norm(h.name).split(' ').pop() !== sur && !h.aliases.some((a) => norm(a) === norm(name))) continue;
    const leading = rows.filter((r) => r.code.startsWith(country.cameo) && !SUBORDINATE_ROLE.test(r.role));
    if (!leading.length) continue;
    const overlaps = leading.some((r) => (!r.end || r.end > start) && (!end || !r.start || r.start < end));
    if (overlaps) { reignCovered++; return; }
  }
  const single = !name.includes(' ');
  const pid = petrarchPersonIndex.get(`${country.cameo}|${sur}`);
  if (pid && (single || norm(firstRowById.get(pid)!.name) === norm(name))) {
    const p = firstRowById.get(pid)!;
    people.push({ ...p, code, role: 'leader', start, end, source: `reign/leaderlist_3_21.csv:${i + 1}` });
    reignAdded++;
    return;
  }
  const id = freshId(name, code);
  people.push({ id, name, aliases: [], code, role: 'leader', start, end, kind: 'person', country: '', source: `reign/leaderlist_3_21.csv:${i + 1}` });
  reignAdded++;
});

// ---------------------------------------------------------------- agents

interface AgentRow { phrase: string; code: string; position: 'suffix' | 'prefix'; source: string }
const agents: AgentRow[] = [];
{
  const lines = readFileSync(join(PETRARCH, 'Phoenix.agents.txt'), 'latin1').split(/\r?\n/);
  const subst = new Map<string, string[]>();
  lines.forEach((raw, i) => {
    const body = raw.replace(/#.*$/, '').trim();
    if (!body) return;
    const sm = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(body);
    if (sm) { subst.set(sm[1]!, sm[2]!.split(',').map((x) => x.trim()).filter(Boolean)); return; }
    const m = /^(.+?)\s*(\{[^}]*\})?\s*\[([^\]]+)\]/.exec(body);
    if (!m) return;
    const rawCode = m[3]!.trim();
    const position: 'suffix' | 'prefix' = rawCode.startsWith('~') ? 'suffix' : 'prefix';
    const code = rawCode.replace(/~/g, '');
    if (!/^[A-Z]{3,}$/.test(code)) return;
    // "HEALTH_MINIST": one of the stems the file keeps (its header says so), read as its substitution set !MINIST!.
    let phrases = [m[1]!.trim().replace(/(^|_)MINIST(_*)$/, '$1!MINIST!$2')];
    for (const [mark, subs] of subst) {
      phrases = phrases.flatMap((p) => (p.includes(mark) ? subs.map((s) => p.split(mark).join(s)) : [p]));
    }
    const plural = m[2];
    for (const p0 of phrases) {
      if (p0.includes('!')) continue;
      const p = p0.replace(/_+$/, '');
      const phrase = norm(p);
      // "AMBASSADOR_TO" exists to find the target after it; a mention ends before the preposition.
      if (!phrase || /\s(to|in|at|for|of|from|with|on|by)$/.test(phrase)) continue;
      const forms = [phrase];
      if (plural !== undefined) {
        const inner = plural.slice(1, -1).trim();
        if (inner) forms.push(norm(inner));
      } else {
        const last = phrase;
        if (/[^aeiou]y$/.test(last)) forms.push(last.slice(0, -1) + 'ies');
        else if (/(ss|sh|ch|x)$/.test(last)) forms.push(last + 'es');
        else if (/man$/.test(last)) forms.push(last.slice(0, -3) + 'men');
        else if (!/s$/.test(last)) forms.push(last + 's');
      }
      for (const f of uniq(forms)) agents.push({ phrase: f, code, position, source: `petrarch2/Phoenix.agents.txt:${i + 1}` });
    }
  });
}
for (const { cells, line } of readTsv(join(HAND, 'agents.tsv')).rows) {
  const [phrase, code, position, plural] = cells as [string, string, 'suffix' | 'prefix', string];
  const forms = [norm(phrase), ...list(plural).map(norm)];
  for (const f of forms) agents.push({ phrase: f, code, position, source: `hand/agents.tsv:${line}` });
}
// Hand entries win: keep the last entry per phrase.
const agentByPhrase = new Map<string, AgentRow>();
for (const a of agents) agentByPhrase.set(a.phrase, a);

// ---------------------------------------------------------------- write

function cell(s: string): string {
  return s.replace(/[\t\n\r]/g, ' ');
}

const outputs: [string, string][] = [];
function writeTsv(name: string, comment: string, header: string[], rows: string[][]): void {
  const text = [`# ${comment}`, header.join('\t'), ...rows.map((r) => r.map(cell).join('\t'))].join('\n') + '\n';
  outputs.push([name, text]);
}

const GEN = 'Generated by scripts/build-actors.ts from data/actors/hand/, PETRARCH2 Phoenix dictionaries (MIT) and REIGN (Bell, Besaw and Frank 2021); see SOURCE.md. Do not edit: edit hand/ and rebuild.';

writeTsv('countries.tsv', GEN, ['cameo', 'iso3', 'name', 'aliases', 'demonyms', 'capitals', 'places', 'source'],
  countries.map((c) => {
    const aliases = uniq([...c.aliases, ...(extraCountryAliases.get(c.cameo) ?? [])]).filter((a) => norm(a) !== norm(c.name) && !c.demonyms.some((d) => norm(d) === norm(a)));
    const places = uniq([...c.places, ...(extraPlaces.get(c.cameo) ?? [])]).filter((p) => !c.capitals.some((k) => norm(k) === norm(p)));
    return [c.cameo, c.iso3, c.name, aliases.join('|'), c.demonyms.join('|'), c.capitals.join('|'), places.join('|'), c.source];
  }));

const actorHeader = ['id', 'name', 'aliases', 'code', 'role', 'start', 'end', 'kind', 'country', 'source'];
/** Rows of one actor share its id; name, aliases, kind and country are written on its first row only. */
function actorRows(rows: ActorRow[]): string[][] {
  const order = new Map<string, ActorRow[]>();
  for (const r of rows) (order.get(r.id) ?? order.set(r.id, []).get(r.id)!).push(r);
  const out: string[][] = [];
  for (const [, rs] of order) {
    rs.forEach((r, i) => out.push([r.id, i ? '' : r.name, i ? '' : r.aliases.join('|'), r.code, r.role, r.start, r.end, i ? '' : r.kind, i ? '' : r.country, r.source]));
  }
  return out;
}
writeTsv('people.tsv', GEN + ' Rows sharing an id are one actor; its name, aliases, kind and country are on its first row.', actorHeader, actorRows(people));
writeTsv('organisations.tsv', GEN + ' Rows sharing an id are one actor; its name, aliases, kind and country are on its first row.', actorHeader, actorRows(orgs));
writeTsv('agents.tsv', GEN, ['phrase', 'code', 'position', 'source'],
  [...agentByPhrase.values()].sort((a, b) => (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0)).map((a) => [a.phrase, a.code, a.position, a.source]));

writeTsv('given-names.tsv', GEN, ['name', 'gender'],
  readTsv(join(HAND, 'given-names.tsv')).rows.map(({ cells }) => [cells[0]!, cells[1]!]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));

writeTsv('ethnic-groups.tsv', GEN, ['code', 'name', 'forms', 'countries', 'source'],
  readTsv(join(HAND, 'ethnic-groups.tsv')).rows.map(({ cells, line }) => [cells[0]!, cells[1]!, cells[2]!, cells[3]!, `hand/ethnic-groups.tsv:${line}`]));

// Check every output with the loader's validator before writing anything.
{
  const errors = outputs.flatMap(([name, text]) => parseTsv(text, SPECS[name]!, name).errors);
  if (errors.length) {
    for (const e of errors) console.error(formatActorDataError(e));
    process.exit(1);
  }
  for (const [name, text] of outputs) put.write(join(OUT, name), text);
}
console.log(`countries ${countries.length}, people rows ${people.length}, organisation rows ${orgs.length}, agents ${agentByPhrase.size}`);
console.log(`REIGN: ${reignAdded} tenures added, ${reignCovered} covered by hand data, ${reignUnmapped} unmapped; PETRARCH restrictions skipped: ${skipped}`);
put.finish();
