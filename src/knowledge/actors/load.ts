/**
 * Load the shipped actor knowledge (data/actors/*.tsv, built by
 * scripts/build-actors.ts) into an immutable knowledge base with a name index.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INTERNATIONAL_PREFIXES, PETRARCH_STALE, RELIGION_CODES, SECTOR_CODES } from './codes.js';
import { isUpperCase, lettersOf, normName } from './normalise.js';
import { formatActorDataError, readTsvFile, SPECS, type ActorDataError } from './validate.js';
import { derivedFrom } from '../derived.js';

export interface Country {
  readonly cameo: string;
  readonly iso3: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
  readonly capitals: readonly string[];
  readonly places: readonly string[];
}

/** Where an entry comes from, best first: the hand file, REIGN, PETRARCH2. */
export type Provenance = 0 | 1 | 2;

export interface Period {
  readonly code: string;
  readonly role: string | null;
  /** ISO date, inclusive; null = since ever. */
  readonly start: string | null;
  /** ISO date, exclusive; null = still. */
  readonly end: string | null;
  readonly provenance: Provenance;
}

export interface Actor {
  readonly id: string;
  readonly type: 'person' | 'org' | 'unknown';
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: string;
  /** Explicit country (ISO alpha-3 or international body code) from the data, if any. */
  readonly country: string | null;
  /** Dated roles; periods without dates are defaults (PETRARCH's "otherwise" code). */
  readonly periods: readonly Period[];
  readonly provenance: Provenance;
}

export interface Agent {
  readonly phrase: string;
  readonly code: string;
  readonly position: 'suffix' | 'prefix';
  /** From the hand-maintained list (curated), not only from PETRARCH2. */
  readonly curated: boolean;
}

/** An ethnic group (CAMEO Ethnic Coding Scheme): "Kurdish", "Kurds" → KUR. */
export interface EthnicGroup {
  /** The CAMEO ethnic code, upper case as it stands inside an actor code (SYR KUR REB). */
  readonly code: string;
  readonly name: string;
  /** CAMEO codes of the group's main countries of settlement. */
  readonly countries: readonly string[];
}

export type NameHit =
  | { readonly kind: 'country'; readonly country: Country; readonly form: 'name' | 'alias' | 'demonym' | 'capital' | 'place'; readonly surface: string; readonly capitalsOnly?: boolean }
  | { readonly kind: 'actor'; readonly actor: Actor; readonly surface: string; readonly capitalsOnly?: boolean };

export interface ActorKnowledge {
  readonly countries: readonly Country[];
  readonly actors: readonly Actor[];
  readonly agents: ReadonlyMap<string, Agent>;
  /** Longest agent phrase, in words. */
  readonly maxAgentWords: number;
  /** Longest indexed name, in words. */
  readonly maxNameWords: number;
  /** First word of indexed names and of agent phrases → the most words such a name or phrase has. */
  readonly nameFirstWords: ReadonlyMap<string, number>;
  readonly agentFirstWords: ReadonlyMap<string, number>;
  readonly byCameo: ReadonlyMap<string, Country>;
  readonly byIso3: ReadonlyMap<string, Country>;
  /** normName(given name) → the gender it usually marks, for pronoun agreement. */
  readonly givenNames: ReadonlyMap<string, 'f' | 'm'>;
  /** `${country cameo}|${normName(role)}` → who held that office, with the period (for "the Russian president"). */
  readonly holders: ReadonlyMap<string, readonly Holder[]>;
  /** normName(name) → hits, best first (use lookupName, which honours capitals-only names). */
  readonly names: ReadonlyMap<string, readonly NameHit[]>;
  /** normName(form) → the ethnic group it names ("kurdish", "kurds" → Kurds). */
  readonly ethnic: ReadonlyMap<string, EthnicGroup>;
  /** Longest ethnic-group form, in words. */
  readonly maxEthnicWords: number;
}

export class ActorDataLoadError extends Error {
  readonly code = 'actor_data_invalid' as const;
  constructor(readonly errors: readonly ActorDataError[]) {
    super(`actor data has ${errors.length} error(s):\n` + errors.slice(0, 20).map(formatActorDataError).join('\n'));
  }
}

/** data/actors relative to this module: src/knowledge/actors or dist/knowledge/actors → ../../../data/actors. */
export function defaultActorDataDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/actors');
}

function list(s: string | undefined): string[] {
  return s ? s.split('|').filter(Boolean) : [];
}

function provenanceOf(source: string): Provenance {
  return source.startsWith('hand/') ? 0 : source.startsWith('reign/') ? 1 : 2;
}

/**
 * A short single word (≤ 4 letters) from PETRARCH, or any all-capitals alias of ≤ 5 letters, is
 * only matched when the text is in capitals too: "UN", "IS", "WHO", "US" are names, "us" and "who" are not.
 * An acronym written in mixed case ("JeM", "LeT") is matched in capitals or as written: "Jem" is no JeM.
 */
function needsCapitals(alias: string, provenance: Provenance): boolean {
  if (alias.length > 12) return false;
  const letters = lettersOf(alias);
  if (letters.length <= 5 && isUpperCase(alias) && letters.length === alias.replace(/[\s.]/g, '').length) return true;
  if (mixedCaseAcronym(alias)) return true;
  return provenance > 0 && letters.length <= 4 && !/\s/.test(alias.trim());
}

/** "JeM", "LeT", "HuJI": one word of ≤ 5 letters with a capital after its first letter and a lower-case one. */
export function mixedCaseAcronym(alias: string): boolean {
  return /^\p{L}{2,5}$/u.test(alias) && /^\p{L}.*\p{Lu}/u.test(alias) && /\p{Ll}/u.test(alias);
}

export interface Holder {
  readonly actor: Actor;
  readonly period: Period;
}


/**
 * The country and ethnic-group codes of the actor data alone (countries.tsv, ethnic-groups.tsv),
 * for reading actor codes apart without building the name index; throws naming file and line.
 */
export function actorCodeSets(dir: string = defaultActorDataDir()): { countries: ReadonlySet<string>; ethnic: ReadonlySet<string> } {
  const read = (file: string, column: string) => {
    const t = readTsvFile(join(dir, file), SPECS[file]!, file);
    if (t.errors.length) throw new Error(`actor data is invalid:\n${t.errors.slice(0, 20).map((e) => `  ${formatActorDataError(e)}`).join('\n')}`);
    return new Set(t.rows.map((r) => r.cells[t.col[column]!]!));
  };
  return { countries: read('countries.tsv', 'cameo'), ethnic: read('ethnic-groups.tsv', 'code') };
}

/** Read, validate and index the actor data. Errors are collected, never thrown here. */
export function readActorKnowledge(dir: string = defaultActorDataDir()): { kb: ActorKnowledge | null; errors: ActorDataError[] } {
  const errors: ActorDataError[] = [];
  const read = (file: string) => {
    const t = readTsvFile(join(dir, file), SPECS[file]!, file);
    errors.push(...t.errors);
    return t;
  };
  const ct = read('countries.tsv');
  const pt = read('people.tsv');
  const ot = read('organisations.tsv');
  const at = read('agents.tsv');
  const gt = read('given-names.tsv');
  const ut = read('given-names-us.tsv');
  const et = read('ethnic-groups.tsv');
  if (errors.some((e) => e.code === 'unreadable' || e.code === 'bad_header')) return { kb: null, errors };

  const C = ct.col;
  const countries: Country[] = ct.rows.map(({ cells: c }) => ({
    cameo: c[C.cameo!]!, iso3: c[C.iso3!]!, name: c[C.name!]!, aliases: list(c[C.aliases!]), demonyms: list(c[C.demonyms!]),
    capitals: list(c[C.capitals!]), places: list(c[C.places!]),
  }));
  const actors: Actor[] = [];
  const group = (t: typeof pt, file: string, isPeople: boolean) => {
    const A = t.col;
    let cur: { id: string; name: string; aliases: string; kind: string; country: string; source: string; periods: Period[]; line: number } | null = null;
    const seen = new Map<string, number>();
    const flush = () => {
      if (!cur) return;
      let provenance: Provenance = 2;
      for (const p of cur.periods) if (p.provenance < provenance) provenance = p.provenance;
      const type = isPeople ? 'person' : provenanceOf(cur.source) === 0 ? 'org' : 'unknown';
      actors.push({ id: cur.id, type, name: cur.name, aliases: list(cur.aliases), kind: cur.kind, country: cur.country || null, periods: cur.periods, provenance });
    };
    for (const { cells: c, line } of t.rows) {
      const id = c[A.id!]!;
      const name = c[A.name!]!;
      const period: Period = { code: c[A.code!]!, role: c[A.role!] || null, start: c[A.start!] || null, end: c[A.end!] || null, provenance: provenanceOf(c[A.source!]!) };
      if (cur && cur.id === id) {
        if (name && name !== cur.name) errors.push({ code: 'bad_value', file, line, message: `id "${id}" is used for "${cur.name}" on line ${cur.line} and for "${name}" here` });
        else cur.periods.push(period);
        continue;
      }
      if (seen.has(id)) {
        errors.push({ code: 'duplicate', file, line, message: `rows of "${id}" must be consecutive (also on line ${seen.get(id)})` });
        continue;
      }
      flush();
      cur = null;
      if (!name || !c[A.kind!]) {
        errors.push({ code: 'bad_value', file, line, message: `first row of "${id}" has no ${name ? 'kind' : 'name'}` });
        continue;
      }
      seen.set(id, line);
      cur = { id, name, aliases: c[A.aliases!]!, kind: c[A.kind!]!, country: c[A.country!]!, source: c[A.source!]!, periods: [period], line };
    }
    flush();
  };
  group(pt, 'people.tsv', true);
  group(ot, 'organisations.tsv', false);

  const agents = new Map<string, Agent>();
  const G = at.col;
  for (const { cells: c } of at.rows) {
    const phrase = c[G.phrase!]!;
    agents.set(phrase, { phrase, code: c[G.code!]!, position: c[G.position!] as 'suffix' | 'prefix', curated: provenanceOf(c[G.source!]!) === 0 });
  }

  // The names of US births first, then the curated list over them (which knows names of leaders the world over).
  const givenNames = new Map<string, 'f' | 'm'>();
  for (const t of [ut, gt]) for (const { cells: c } of t.rows) givenNames.set(normName(c[t.col.name!]!), c[t.col.gender!] as 'f' | 'm');

  // Ethnic codes sit in actor codes beside country, role and religion codes: they must not be one.
  const cameoCodes = new Set(countries.map((c) => c.cameo));
  const ethnic = new Map<string, EthnicGroup>();
  const E = et.col;
  for (const { cells: c, line } of et.rows) {
    const code = c[E.code!]!;
    if (cameoCodes.has(code) || SECTOR_CODES.has(code) || RELIGION_CODES.has(code) || INTERNATIONAL_PREFIXES.has(code)) {
      errors.push({ code: 'bad_value', file: 'ethnic-groups.tsv', line, message: `code "${code}" is also a country, role or religion code` });
      continue;
    }
    const unknown = list(c[E.countries!]).filter((x) => !cameoCodes.has(x));
    if (unknown.length) {
      errors.push({ code: 'bad_value', file: 'ethnic-groups.tsv', line, message: `countries: ${unknown.join(', ')} not in countries.tsv` });
      continue;
    }
    const group: EthnicGroup = { code, name: c[E.name!]!, countries: list(c[E.countries!]) };
    for (const f of list(c[E.forms!])) ethnic.set(normName(f), group);
  }

  const kb = buildKnowledge(countries, [], actors, agents, givenNames, ethnic);
  return { kb, errors };
}

/**
 * Index the knowledge: `first` actors (dictionaries loaded over the shipped data) before the
 * countries, then the rest by provenance (hand data, REIGN, PETRARCH2), places last.
 */
function buildKnowledge(
  countries: readonly Country[], first: readonly Actor[], rest: readonly Actor[],
  agents: ReadonlyMap<string, Agent>, givenNames: ReadonlyMap<string, 'f' | 'm'>,
  ethnic: ReadonlyMap<string, EthnicGroup>,
): ActorKnowledge {
  const names = new Map<string, NameHit[]>();
  const nameFirstWords = new Map<string, number>();
  let maxNameWords = 1;
  const add = (surface: string, hit: NameHit, provenance: Provenance) => {
    const key = normName(surface);
    if (!key) return;
    let arr = names.get(key);
    if (!arr) {
      names.set(key, (arr = []));
      let n = 1;
      for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
      if (n > maxNameWords) maxNameWords = n;
      const sp = key.indexOf(' ');
      const w = sp < 0 ? key : key.slice(0, sp);
      if ((nameFirstWords.get(w) ?? 0) < n) nameFirstWords.set(w, n);
    }
    arr.push(needsCapitals(surface, provenance) ? { ...hit, capitalsOnly: true } : hit);
  };
  const addActor = (a: Actor) => {
    add(a.name, { kind: 'actor', actor: a, surface: a.name }, a.provenance);
    for (const x of a.aliases) add(x, { kind: 'actor', actor: a, surface: x }, a.provenance);
  };
  for (const a of first) addActor(a);
  for (const c of countries) {
    add(c.name, { kind: 'country', country: c, form: 'name', surface: c.name }, 0);
    for (const a of c.aliases) add(a, { kind: 'country', country: c, form: 'alias', surface: a }, 0);
    for (const d of c.demonyms) {
      add(d, { kind: 'country', country: c, form: 'demonym', surface: d }, 0);
      const plural = /(s|sh|ch|ese|ss)$/.test(d) ? null : d + 's';
      if (plural) add(plural, { kind: 'country', country: c, form: 'demonym', surface: plural }, 0);
    }
    for (const k of c.capitals) add(k, { kind: 'country', country: c, form: 'capital', surface: k }, 0);
  }
  for (const a of [...rest].sort((x, y) => x.provenance - y.provenance)) addActor(a);
  // A person's name as news writes it, without the middle initials the dictionaries keep ("Paul A.
  // Volcker" is "Paul Volcker"), where no other name is written so.
  const bare: [string, NameHit & { kind: 'actor' }][] = [];
  for (const a of [...first, ...rest]) {
    if (a.type !== 'person') continue;
    for (const x of [a.name, ...a.aliases]) {
      const short = withoutInitials(x);
      if (short && !names.has(normName(short))) bare.push([short, { kind: 'actor', actor: a, surface: short }]);
    }
  }
  for (const [short, hit] of bare) add(short, hit, hit.actor.provenance);
  // Places last: a city is weaker evidence than any name.
  for (const c of countries) for (const p of c.places) add(p, { kind: 'country', country: c, form: 'place', surface: p }, p.length <= 3 ? 2 : 0);

  const agentFirstWords = new Map<string, number>();
  let maxAgentWords = 1;
  for (const phrase of agents.keys()) {
    const words = phrase.split(' ');
    if (words.length > maxAgentWords) maxAgentWords = words.length;
    if ((agentFirstWords.get(words[0]!) ?? 0) < words.length) agentFirstWords.set(words[0]!, words.length);
  }

  const actors = [...first, ...rest];
  const holders = new Map<string, Holder[]>();
  for (const a of actors) {
    for (const p of a.periods) {
      if (!p.role || (!p.start && !p.end)) continue;
      const key = `${p.code.slice(0, 3)}|${normName(p.role)}`;
      let arr = holders.get(key);
      if (!arr) holders.set(key, (arr = []));
      arr.push({ actor: a, period: p });
    }
  }
  return Object.freeze({
    countries, actors: Object.freeze(actors), agents, maxAgentWords, maxNameWords, nameFirstWords, agentFirstWords,
    byCameo: new Map(countries.map((c) => [c.cameo, c])), byIso3: new Map(countries.map((c) => [c.iso3, c])),
    holders, names, givenNames, ethnic,
    maxEthnicWords: Math.max(1, ...[...ethnic.keys()].map((k) => k.split(' ').length)),
  });
}

/** "Paul A. Volcker" → "Paul Volcker", "George H. W. Bush" → "George Bush"; null for a name without middle initials. */
export function withoutInitials(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 3) return null;
  const inner = words.slice(1, -1);
  const kept = inner.filter((w) => !/^\p{Lu}\.?$/u.test(w));
  if (kept.length === inner.length || !/^\p{Lu}\p{Ll}/u.test(words[0]!)) return null;
  return [words[0]!, ...kept, words[words.length - 1]!].join(' ');
}

/** A PETRARCH-format actor entry as src/knowledge/petrarch parses it (structural: no import needed). */
export interface DictionaryActor {
  readonly name: string;
  readonly phrases: readonly (readonly string[])[];
  readonly code: string | null;
  readonly dated: readonly { readonly code: string; readonly from: string | null; readonly to: string | null }[];
}

/** A PETRARCH-format agent entry ([~GOV] suffix, [NGO~] prefix). */
export interface DictionaryAgent {
  readonly phrases: readonly (readonly string[])[];
  readonly code: string;
  readonly position: 'suffix' | 'prefix';
}

function dayAfter(iso: string): string {
  const t = new Date(iso + 'T00:00:00Z');
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

/**
 * The knowledge base with user dictionaries (`--dictionaries DIR`, parsed by
 * src/knowledge/petrarch) loaded over it: their names are looked up first and their
 * agents replace the shipped ones with the same phrase. Returns a new knowledge base.
 */
export function withDictionaries(kb: ActorKnowledge, dict: { actors?: readonly DictionaryActor[]; agents?: readonly DictionaryAgent[] }): ActorKnowledge {
  const added: Actor[] = (dict.actors ?? []).map((e, i) => {
    const periods: Period[] = e.dated.map((d) => ({ code: d.code, role: null, start: d.from, end: d.to ? dayAfter(d.to) : null, provenance: 0 as Provenance }));
    if (e.code) periods.push({ code: e.code, role: null, start: null, end: null, provenance: 0 });
    return {
      id: `dictionary-${i + 1}`, type: 'unknown' as const, name: e.name, aliases: e.phrases.map((p) => p.join(' ')),
      kind: 'other', country: null, periods, provenance: 0 as Provenance,
    };
  }).filter((a) => a.periods.length > 0);
  const agents = new Map(kb.agents);
  for (const g of dict.agents ?? []) {
    for (const p of g.phrases) {
      const phrase = normName(p.join(' '));
      if (phrase) agents.set(phrase, { phrase, code: g.code, position: g.position, curated: true });
    }
  }
  return buildKnowledge(kb.countries, added, kb.actors, agents, kb.givenNames, kb.ethnic);
}

/** Index lookup: every hit for this surface text, best first, honouring the capitals-only rule. */
export function lookupName(kb: ActorKnowledge, surface: string): NameHit[] {
  const key = normName(surface);
  // Most texts looked up are no name: the bit set of the index's keys answers for most of them.
  const bit = keyBit(key);
  if (!(nameKeyBits(kb)[bit >>> 5]! & (1 << (bit & 31)))) return [];
  const hits = kb.names.get(key);
  if (!hits) return [];
  if (isUpperCase(surface)) return hits.slice();
  // A mixed-case acronym ("JeM") also matches as written; other capitals-only names do not ("Kiev" is no PETRARCH "KIEV").
  return hits.filter((h) => !h.capitalsOnly || (h.surface === surface && mixedCaseAcronym(surface)));
}

/** A name key's bit in nameKeyBits: from its length and its first, second, middle and last characters. */
function keyBit(key: string): number {
  const n = key.length;
  if (n === 0) return 0;
  let h = Math.imul(n, 0x9e3779b1) ^ key.charCodeAt(0);
  h = Math.imul(h, 0x85ebca6b) ^ (n > 1 ? key.charCodeAt(1) : 0);
  h = Math.imul(h, 0xc2b2ae35) ^ key.charCodeAt(n >> 1);
  h = Math.imul(h, 0x165667b1) ^ key.charCodeAt(n - 1);
  h = Math.imul(h ^ (h >>> 15), 0x27d4eb2d);
  return (h ^ (h >>> 13)) & KEY_BITS_MASK;
}

const KEY_BITS_MASK = (1 << 20) - 1;
/** The bit set of a knowledge base's name keys (keyBit of each is set), made on first use. */
const nameKeyBits = derivedFrom((kb: ActorKnowledge): Uint32Array => {
  const bits = new Uint32Array((KEY_BITS_MASK + 1) >>> 5);
  for (const key of kb.names.keys()) {
    const bit = keyBit(key);
    bits[bit >>> 5] |= 1 << (bit & 31);
  }
  return bits;
});

/** Load the actor knowledge; throws one ActorDataLoadError listing every bad entry. */
export function loadActorKnowledge(dir?: string): ActorKnowledge {
  const d = dir ?? defaultActorDataDir();
  if (!existsSync(d)) throw new ActorDataLoadError([{ code: 'unreadable', file: d, line: 0, message: 'no such directory' }]);
  const { kb, errors } = readActorKnowledge(d);
  if (!kb || errors.length) throw new ActorDataLoadError(errors);
  return kb;
}

// ---------------------------------------------------------------- codes and dates

export interface CodeParts {
  /** ISO alpha-3 for a state actor; the international body's code (UNO, EUR, ...) for an IGO; else null. */
  readonly country: string | null;
  /** The role part: the first known sector code (GOV, MIL, JUD, ...) or null. */
  readonly sector: string | null;
}

/** Split a CAMEO actor code into its country and sector. */
export function splitCode(kb: ActorKnowledge, code: string): CodeParts {
  const head = code.slice(0, 3);
  const parts: string[] = [];
  for (let i = 3; i + 3 <= code.length; i += 3) parts.push(code.slice(i, i + 3));
  // A group named only by its religion ("Rakhine Buddhists" → MMRBUD) has the religion as its role.
  const sector = parts.find((p) => SECTOR_CODES.has(p) && !INTERNATIONAL_PREFIXES.has(p)) ?? parts.find((p) => RELIGION_CODES.has(p)) ?? null;
  const c = kb.byCameo.get(head);
  if (c) return { country: c.iso3, sector };
  if (head === 'IGO') return { country: parts[0] ?? null, sector: parts.slice(1).find((p) => SECTOR_CODES.has(p) && !INTERNATIONAL_PREFIXES.has(p)) ?? null };
  // NGO, NGM, MNC: the prefix is the role; IMG (armed groups): the first role part if any.
  if (INTERNATIONAL_PREFIXES.has(head)) return { country: null, sector: head === 'IMG' ? sector : head };
  // A code without a country ("GOVMIL" for "defense minister"): the first part is the role.
  return { country: null, sector: SECTOR_CODES.has(head) || RELIGION_CODES.has(head) ? head : sector };
}

/** Has the actor an elite's code for the years without a dated role ("[AUSELI]"), as PETRARCH2 gives the people it lists? */
function elite(periods: readonly Period[]): boolean {
  return periods.some((p) => !p.start && !p.end && p.code.endsWith('ELI'));
}

/** The period that applies at a date (ISO) or, with no date, the current one. */
export function periodAt(actor: Actor, date: string | null): Period | null {
  const periods = actor.periods;
  // The best dated period covering the date (the first of equals); the first default of the best provenance.
  let best: Period | null = null;
  let firstDefault: Period | null = null;
  let anyDated = false;
  for (let k = 0; k < periods.length; k++) {
    const p = periods[k]!;
    if (!p.start && !p.end) {
      if (!firstDefault || p.provenance < firstDefault.provenance) firstDefault = p;
      continue;
    }
    anyDated = true;
    // (A person's role PETRARCH2 lists as running on, "[AUSGOV >20130918]", is only known to run until its dictionaries
    // went stale: Tony Abbott's premiership ended in 2015. A person: an elite's code, "[AUSELI]", for the years without a role.)
    const end = p.end ?? (p.provenance === 2 && p.start && elite(periods) ? PETRARCH_STALE : null);
    const covers = date ? (!p.start || p.start <= date) && (!end || date < end) : !p.end;
    if (covers && (!best || betterPeriod(p, best))) best = p;
  }
  if (best) return best;
  if (firstDefault) return firstDefault;
  if (!anyDated) return null;
  const dated = periods.filter((p) => p.start || p.end);
  // No period covers the date: a leader after office is an elite (CAMEO ELI); before it, only the country is known.
  const ordered = [...dated].sort((a, b) => a.provenance - b.provenance || ((a.end ?? '9999') < (b.end ?? '9999') ? 1 : -1));
  const last = date ? ordered.filter((p) => p.end && p.end <= date)[0] : ordered.find((p) => p.end);
  if (last) {
    const head = last.code.slice(0, 3);
    const isState = last.code.length >= 6 && !INTERNATIONAL_PREFIXES.has(head);
    return { code: isState && /GOV|ELI/.test(last.code.slice(3, 6)) ? `${head}ELI` : last.code, role: null, start: last.end, end: null, provenance: last.provenance };
  }
  const first = ordered[0]!;
  return { code: first.code.slice(0, 3), role: null, start: null, end: first.start, provenance: first.provenance };
}

function betterPeriod(a: Period, b: Period): boolean {
  return a.provenance !== b.provenance ? a.provenance < b.provenance : (a.start ?? '') > (b.start ?? '');
}
