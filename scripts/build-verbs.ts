/**
 * Build dateline's shipped event-coding data, deterministically, from PETRARCH2's
 * dictionaries and the CAMEO/PLOVER references in ../shared:
 *   data/verbs/verbs.tsv     CAMEO.2.0.txt verb patterns + data/verbs/additions.verbs.txt
 *   data/verbs/actors.tsv    Phoenix.{Countries,International,MilNonState}.actors.txt + data/verbs/additions.actors.txt,
 *                            country names (data/actors/countries.tsv, data/gazetteer/demonyms.tsv) and the hand-curated
 *                            organisations of data/actors/organisations.tsv
 *   data/verbs/agents.tsv    Phoenix.agents.txt
 *   data/verbs/discards.tsv  Phoenix.discards.txt
 *   data/cameo/cameo.tsv     CAMEO codes, names, Goldstein scores, quad classes
 *   data/cameo/plover.tsv    CAMEO → PLOVER 0.8 type, mode, context
 * usage: npx tsx scripts/build-verbs.ts [--shared DIR] [--check]
 *   --check: write nothing; list the shipped files that differ from what the build makes, and
 *   exit 1 if any does (test/data-builds.test.ts runs it so).
 */
import { readFileSync } from 'node:fs';
import { putter } from './put.js';
import { basename, join } from 'node:path';
import { parseActorDictionary } from '../src/knowledge/petrarch/actors.js';
import { parseAgentDictionary } from '../src/knowledge/petrarch/agents.js';
import { writeActorsTsv, writeAgentsTsv, writeDiscardsTsv, writeVerbsTsv } from '../src/knowledge/petrarch/builtin.js';
import { parseDiscardList } from '../src/knowledge/petrarch/discards.js';
import { mergeVerbs } from '../src/knowledge/petrarch/index.js';
import type { ActorEntry, DictIssue } from '../src/knowledge/petrarch/types.js';
import { phraseWords } from '../src/knowledge/petrarch/phrase.js';
import { parseVerbDictionary } from '../src/knowledge/petrarch/verbs.js';
import { SHARED } from '../test/shared.js';

const args = process.argv.slice(2);
const shared = args.includes('--shared') ? args[args.indexOf('--shared') + 1]! : SHARED;
const root = new URL('..', import.meta.url).pathname;
const pdir = join(shared, 'dictionaries', 'petrarch2');
const edir = join(shared, 'corpora', 'events');
const read = (p: string) => readFileSync(p, 'latin1');
const origin = (f: string) => basename(f);
const allIssues: DictIssue[] = [];
const put = putter(args.includes('--check'));

/** Words that name a language or a thing before they name a country's people, or acronyms that are common words. */
const NOT_A_PEOPLE = new Set(['english', 'persian', 'car', 'salvador', 'islamic republic']);

/** data/actors/countries.tsv's rows with a 3-letter CAMEO code, as column → value, with their line numbers. */
function countryRows(): { line: number; f: Record<string, string> }[] {
  const ctab = readFileSync(join(root, 'data/actors/countries.tsv'), 'utf8').split('\n');
  const cols = ctab.find((l) => l.startsWith('cameo\t'))?.split('\t') ?? [];
  const rows: { line: number; f: Record<string, string> }[] = [];
  ctab.forEach((raw, i) => {
    if (!raw || raw.startsWith('#') || raw.startsWith('cameo\t')) return;
    const f = Object.fromEntries(raw.split('\t').map((v, k) => [cols[k]!, v]));
    if (f.cameo && /^[A-Z]{3}$/.test(f.cameo)) rows.push({ line: i + 1, f });
  });
  return rows;
}
const COUNTRY_ROWS = countryRows();

function countryNameEntries(phoenix: readonly ActorEntry[]): ActorEntry[] {
  const known = new Set<string>();
  for (const a of phoenix) for (const p of a.phrases) known.add(p.join(' '));
  const country = new Map<string, ActorEntry>();
  for (const a of phoenix) if (a.code && /^[A-Z]{3}$/.test(a.code) && a.file === 'Phoenix.Countries.actors.txt' && !country.has(a.code)) country.set(a.code, a);
  const out: ActorEntry[] = [];
  const add = (code: string, phrase: string, file: string, line: number) => {
    const base = country.get(code);
    if (!base || phrase.includes(',') || NOT_A_PEOPLE.has(phrase.toLowerCase())) return;
    const words = phraseWords(phrase);
    const key = words.join(' ');
    if (!words.length || known.has(key)) return;
    known.add(key);
    out.push({ phrases: [words], code: base.code, dated: base.dated, name: key, file, line });
  };
  const iso = new Map<string, string>();
  for (const { line, f } of COUNTRY_ROWS) {
    iso.set(f.iso3!, f.cameo!);
    for (const col of ['name', 'aliases', 'demonyms', 'capitals']) for (const p of (f[col] ?? '').split('|')) if (p) add(f.cameo!, p, 'data/actors/countries.tsv', line);
  }
  readFileSync(join(root, 'data/gazetteer/demonyms.tsv'), 'utf8').split('\n').forEach((raw, i) => {
    const [i3, dem] = raw.split('\t');
    if (!i3 || !dem || raw.startsWith('#') || i3 === 'iso3') return;
    const code = iso.get(i3);
    if (code) add(code, dem, 'data/gazetteer/demonyms.tsv', i + 1);
  });
  return out;
}

/** Curated aliases that, read without case, name an office any country has ("the foreign office", "security service"). */
const GENERIC_OFFICES = new Set(['security service', 'foreign office', 'state department', 'national liberation army', 'general assembly', 'the dea']);

/** Names of several words (or hyphenated) only: the dictionaries match words without case, and a one-word acronym
 * is often an English word ("WHO", "IS", "PLAN"). */
function curatedOrganisationEntries(phoenix: readonly ActorEntry[]): ActorEntry[] {
  const known = new Map<string, Set<string>>();
  for (const a of phoenix) for (const p of a.phrases) {
    const k = p.join(' ');
    if (!known.has(k)) known.set(k, new Set());
    known.get(k)!.add(a.code ?? '---');
  }
  const lines = readFileSync(join(root, 'data/actors/organisations.tsv'), 'utf8').split('\n');
  const cols = lines.find((l) => l.startsWith('id\t'))?.split('\t') ?? [];
  const out: ActorEntry[] = [];
  lines.forEach((raw, i) => {
    if (!raw || raw.startsWith('#') || raw.startsWith('id\t')) return;
    const f = Object.fromEntries(raw.split('\t').map((v, k) => [cols[k], v]));
    if (!f.source?.startsWith('hand/') || !f.code || !/^[A-Z]{3}[A-Z0-9]*$/.test(f.code) || f.start || f.end) return;
    for (const alias of [f.name ?? '', ...(f.aliases ?? '').split('|')]) {
      if (!/[\s-]/.test(alias.trim()) || /\d/.test(alias) || GENERIC_OFFICES.has(alias.toLowerCase())) continue;
      const words = phraseWords(alias);
      const key = words.join(' ');
      if (!words.length || known.get(key)?.has(f.code)) continue;
      known.set(key, new Set([f.code]));
      out.push({ phrases: [words], code: f.code, dated: [], name: key, file: 'data/actors/organisations.tsv', line: i + 1 });
    }
  });
  return out;
}

// Verb patterns.
const cameo = parseVerbDictionary(read(join(pdir, 'CAMEO.2.0.txt')), 'CAMEO.2.0.txt');
const adds = parseVerbDictionary(readFileSync(join(root, 'data/verbs/additions.verbs.txt'), 'utf8'), 'additions.verbs.txt');
allIssues.push(...cameo.issues, ...adds.issues);
const verbs = mergeVerbs(cameo.value, adds.value);
const head = (what: string) => `# ${what}\n# Derived by scripts/build-verbs.ts from PETRARCH2's dictionaries (MIT, Open Event Data Alliance); see data/verbs/SOURCE.md.`;
put.write(join(root, 'data/verbs/verbs.tsv'), writeVerbsTsv(verbs, origin, head('dateline verb patterns: CAMEO.2.0.txt + additions.verbs.txt')));

// Actors, agents, discards.
const actors = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'].flatMap((f) => {
  const r = parseActorDictionary(read(join(pdir, f)), f);
  allIssues.push(...r.issues);
  return r.value;
});
// Country names, demonyms (with plurals) and capitals that the Phoenix country entries lack ("Serb", "Azeri",
// "PRC", "Gitega"), from dateline's own country tables; each takes the code and dated codes of its Phoenix country.
// dateline's own actor additions (other and earlier names of international organisations).
const actorAdds = parseActorDictionary(readFileSync(join(root, 'data/verbs/additions.actors.txt'), 'utf8'), 'additions.actors.txt');
allIssues.push(...actorAdds.issues);
actors.push(...actorAdds.value);
actors.push(...countryNameEntries(actors));
// Organisations the project curates by hand (data/actors/hand/organisations.tsv via data/actors/organisations.tsv),
// under the code they have there: a phrase Phoenix codes otherwise takes the curated code (later entries win).
actors.push(...curatedOrganisationEntries(actors));
put.write(join(root, 'data/verbs/actors.tsv'), writeActorsTsv(actors, origin, head('dateline actors: Phoenix Countries, International and MilNonState actor dictionaries, then country names from data/actors/countries.tsv and data/gazetteer/demonyms.tsv')));
// Country-level names (3-letter codes), for naming group members without loading every actor: the name
// data/actors/countries.tsv gives the code (as the entity layer names it: "Russia"), else the first Phoenix phrase.
const countryNames = new Map<string, string>();
for (const { f } of COUNTRY_ROWS) if (f.name && !countryNames.has(f.cameo!)) countryNames.set(f.cameo!, f.name);
for (const a of actors) if (a.code && /^[A-Z]{3}$/.test(a.code) && !countryNames.has(a.code)) countryNames.set(a.code, a.name.replace(/\b([a-z])/g, (m) => m.toUpperCase()));
put.write(join(root, 'data/verbs/country-names.tsv'), [head('dateline country names: the name in data/actors/countries.tsv, else the first Phoenix actor phrase of each 3-letter code'), 'code\tname',
  ...[...countryNames].sort(([a], [b]) => a.localeCompare(b)).map(([c, n]) => `${c}\t${n}`)].join('\n') + '\n');
const agents = parseAgentDictionary(read(join(pdir, 'Phoenix.agents.txt')), 'Phoenix.agents.txt');
allIssues.push(...agents.issues);
put.write(join(root, 'data/verbs/agents.tsv'), writeAgentsTsv(agents.value, origin, head('dateline agents: Phoenix.agents.txt')));
const discards = parseDiscardList(read(join(pdir, 'Phoenix.discards.txt')), 'Phoenix.discards.txt');
allIssues.push(...discards.issues);
// Phoenix discards bare years (1914, 1915, …) to skip chronologies; in news a year is mostly a date of a
// current event ("in late 2002"), so those entries are left out.
const keptDiscards = discards.value.filter((d) => !/^\d+$/.test(d.text));
put.write(join(root, 'data/verbs/discards.tsv'), writeDiscardsTsv(keptDiscards, head('dateline discards: Phoenix.discards.txt without its bare-year entries')));

// CAMEO → PLOVER.
interface Plover { type: string; mode: string | null; context: string | null; line: number }
const plover = new Map<string, Plover>();
const ploverRoot = new Map<string, Plover>();
read(join(edir, 'CAMEO2PLOVER-2021.txt')).split('\n').forEach((raw, i) => {
  const line = raw.trim();
  if (!line || line.startsWith('#') || line.startsWith('~')) return;
  const m = /^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?(?:#.*)?$/.exec(line);
  if (!m) { allIssues.push({ code: 'bad_line', file: 'CAMEO2PLOVER-2021.txt', line: i + 1, message: line }); return; }
  const e = { type: m[2]!, mode: m[3]?.trim() || null, context: m[4]?.trim() || null, line: i + 1 };
  if (m[1]!.length === 2) { if (!ploverRoot.has(m[1]!)) ploverRoot.set(m[1]!, e); }
  else if (!plover.has(m[1]!)) plover.set(m[1]!, e);
});

// Rows where the PLOVER manual overrides the table (data/cameo/plover-manual.tsv, written for dateline from the manual).
const manualRows = new Map<string, Plover & { manual: number }>();
read(join(root, 'data/cameo/plover-manual.tsv')).split('\n').forEach((raw, i) => {
  if (!raw.trim() || raw.startsWith('#')) return;
  const [code, type, mode, context, line] = raw.split('\t');
  if (!code || !/^\d{3,4}$/.test(code) || !type || !/^[A-Z]+$/.test(type) || !line || !/^\d+$/.test(line)) {
    allIssues.push({ code: 'bad_line', file: 'data/cameo/plover-manual.tsv', line: i + 1, message: raw }); return;
  }
  manualRows.set(code, { type, mode: mode || null, context: context || null, line: i + 1, manual: +line });
});
for (const [code, r] of manualRows) plover.set(code, r);

// PLOVER scores (manual, Table "PLOVER conflict--cooperation scores").
const tex = read(join(edir, 'PLOVER_MANUAL.tex'));
const tStart = tex.indexOf('\\begin{tabular}{|lc|lc|lc|}');
const table = tex.slice(tStart, tex.indexOf('\\end{tabular}', tStart));
const ploverScore = new Map<string, number>();
for (const m of table.matchAll(/(?:\\cellcolor\{gray!25\})?([A-Z]+)(?::\s*([A-Za-z-]+))?\s*&\s*(?:\\cellcolor\{gray!25\})?\s*(-?\d+(?:\.\d+)?)/g)) {
  ploverScore.set(m[2] ? `${m[1]}:${m[2].toLowerCase()}` : m[1]!, +m[3]!);
}

// CAMEO codes and names.
const names = new Map<string, string>();
const observed = new Map<string, number>();
read(join(edir, 'cameo_codes_gdelt_CAMEO.eventcodes.txt')).split('\n').slice(1).forEach((raw) => {
  const [code, name] = raw.replace(/\r$/, '').split('\t');
  if (!code || !name || !/^\d{2,4}$/.test(code)) return;
  const glued = /^(.*?)(\d{3,4}):\[(-?\d+(?:\.\d+)?)\]\s*(.*)$/.exec(name); // one malformed row holds two codes
  if (glued) {
    names.set(code, glued[1]!.trim());
    names.set(glued[2]!, glued[4]!.trim());
    observed.set(glued[2]!, +glued[3]!);
  } else names.set(code, name.trim());
});
read(join(edir, 'cameo_codes_tenthe_cameo.csv')).split('\n').forEach((raw) => {
  const m = /^(\d{2,4}),(.*)$/.exec(raw.trim());
  if (m && !names.has(m[1]!)) names.set(m[1]!, m[2]!.replace(/^"|"$/g, '').replace(/- /g, ', ').trim());
});
for (const f of ['gdeltPyR_events1samp.tsv', 'gdeltPyR_events2samp.tsv']) {
  const rows = read(join(edir, 'gdelt_schema', f)).split('\n').map((l) => l.split('\t'));
  const h = rows[0]!;
  const ci = h.indexOf('EventCode'), gi = h.indexOf('GoldsteinScale');
  for (const r of rows.slice(1)) if (r[ci] && r[gi]) observed.set(r[ci]!, +r[gi]!);
}
const quad = (root: number) => (root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);
const ploverOf = (code: string): Plover | null => plover.get(code) ?? plover.get(code.slice(0, 3)) ?? ploverRoot.get(code.slice(0, 2)) ?? null;
const cameoRows: string[] = [
  '# CAMEO event codes: name (GDELT CAMEO.eventcodes.txt, else tenthe/CAMEO-Event-Data-Codebook), Goldstein score, quad class (GDELT QuadClass definition: roots 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict).',
  '# goldsteinSource: gdelt = value in GDELT 2.0 sample rows; gdelt-parent = the 3-digit parent\'s GDELT value; plover = PLOVER 0.8 manual score of the mapped type:mode (else type); gdelt-root = mean GDELT value of the root\'s observed codes.',
  'code\tname\tgoldstein\tgoldsteinSource\tquadClass',
];
const codes = [...names.keys()].filter((c) => c.length >= 2).sort();
for (const code of codes) {
  const rootN = +code.slice(0, 2);
  let g: number | undefined = observed.get(code);
  let src = 'gdelt';
  if (g === undefined && code.length === 4 && observed.has(code.slice(0, 3))) { g = observed.get(code.slice(0, 3)); src = 'gdelt-parent'; }
  if (g === undefined) {
    const p = ploverOf(code.length === 2 ? code + '0' : code);
    const s = p ? ploverScore.get(`${p.type}:${(p.mode ?? '').toLowerCase()}`) ?? ploverScore.get(p.type) : undefined;
    if (s !== undefined) { g = s; src = 'plover'; }
  }
  if (g === undefined) {
    const vals = [...observed].filter(([c]) => c.startsWith(code.slice(0, 2))).map(([, v]) => v);
    if (vals.length) { g = Math.round((vals.reduce((a, b) => a + b, 0) / vals.length) * 10) / 10; src = 'gdelt-root'; }
  }
  if (g === undefined && code.startsWith('02')) { g = ploverScore.get('REQUEST'); src = 'plover'; }
  if (g === undefined) { allIssues.push({ code: 'bad_code', file: 'cameo', line: 0, message: `no Goldstein score for ${code}` }); continue; }
  cameoRows.push(`${code}\t${names.get(code)}\t${g}\t${src}\t${quad(rootN)}`);
}
put.write(join(root, 'data/cameo/cameo.tsv'), cameoRows.join('\n') + '\n');
const ploverRows = [
  '# CAMEO → PLOVER 0.8 (CAMEO2PLOVER-2021.txt, Schrodt, 17-Sep-2021). Codes absent from the table take their 3-digit parent\'s or root\'s row.',
  '# CAMEO 01 (statements) has no PLOVER type. CAMEO 02 (appeals), which the table leaves out, is mapped by dateline to REQUEST ("All requests,',
  '# demands, and orders", PLOVER_MANUAL.tex §REQUEST) with the mode of the matching CAMEO 10 code (02X ~ 10X); sourceLine says "appeal".',
  'cameo\ttype\tmode\tcontext\tsourceLine',
];
for (const code of codes) {
  const p = ploverOf(code.length === 2 ? code + '0' : code);
  const manual = manualRows.get(code) ?? (code.length === 4 ? manualRows.get(code.slice(0, 3)) : undefined);
  if (p) ploverRows.push(`${code}\t${p.type}\t${p.mode ?? ''}\t${p.context ?? ''}\t${manual && p === manual ? `PLOVER_MANUAL.tex:${manual.manual}` : p.line}`);
  else if (code.startsWith('02')) {
    const demand = ploverOf(code.length === 2 ? '100' : `10${code.slice(2)}`.slice(0, code.length + 1));
    ploverRows.push(`${code}\tREQUEST\t${demand?.type === 'REQUEST' ? demand.mode ?? '' : ''}\t${demand?.type === 'REQUEST' ? demand.context ?? '' : ''}\tappeal`);
  }
}
put.write(join(root, 'data/cameo/plover.tsv'), ploverRows.join('\n') + '\n');

console.log(`verbs: ${verbs.blocks.length} blocks, ${verbs.verbs.length} verbs, ${verbs.blocks.reduce((a, b) => a + b.patterns.length, 0)} patterns`);
console.log(`actors: ${actors.length}; agents: ${agents.value.length}; discards: ${keptDiscards.length} (of ${discards.value.length})`);
console.log(`cameo codes: ${cameoRows.length - 3}; plover rows: ${ploverRows.length - 4}; observed Goldstein: ${observed.size}`);
console.log(`dictionary issues (skipped entries): ${allIssues.length}`);
for (const i of allIssues) console.log(`  ${i.file}:${i.line}: ${i.message}`);
put.finish();
