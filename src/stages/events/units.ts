/**
 * Actor units of a sentence: token ranges that name one or more actors, from the
 * entity layer (actor codes) or from PETRARCH actor and agent dictionaries, and their
 * coordination into groups ("Russia, Iran and Turkey").
 */
import type { Entity, Token } from '../../document/layers.js';
import { actorCodeAt } from '../../knowledge/petrarch/actors.js';
import { splitWord } from '../../knowledge/petrarch/phrase.js';
import type { ActorEntry, AgentEntry } from '../../knowledge/petrarch/types.js';
import { inChunk, RELATIVES, SUBORDINATORS } from '../syntax/index.js';
import { longest, type Lexicon } from './lexicon.js';

export interface Party {
  readonly code: string;
  readonly name: string;
  /** Named by a country word that modifies a head noun the dictionaries do not know ("the Nigerian Union of
   * Teachers", "Montenegro Municipality Association officials"): a body of that country, not the state itself. */
  readonly part?: true;
}

export interface Unit {
  /** Token range [i, j). */
  readonly i: number;
  readonly j: number;
  readonly parties: readonly Party[];
  /** Start of the noun chunk the unit sits in (for "is it inside a PP?"). */
  readonly chunk: number;
  /** How the unit was found; 'quote': a first-person pronoun in a direct quote, standing for its speaker. */
  readonly via: 'entity' | 'dictionary' | 'group' | 'quote';
  /** Plural noun phrase with no members yet ("the other guarantor countries"). */
  readonly pending?: { readonly words: readonly string[]; readonly other: boolean };
  /** An agent with no actor named ("militants"): its country, if any, comes from where the sentence happens. */
  readonly countryless?: boolean;
}

export interface UnitGroup {
  readonly i: number;
  readonly j: number;
  readonly units: readonly Unit[];
  readonly parties: readonly Party[];
  /** Token index where the group's first chunk starts. */
  readonly chunk: number;
}

const ATTACH = new Set(['of', 'from', 'in']);

function chunkOf(tokens: readonly Token[], i: number, from: number): number {
  let s = i;
  while (s - 1 >= from && inChunk(tokens, s - 1)) s--;
  return s;
}

/** Words of a token range with a map back to token indexes ("gondor's" → gondor 's). */
function wordsOf(tokens: readonly Token[], from: number, to: number): { words: string[]; tok: number[] } {
  const words: string[] = [];
  const tok: number[] = [];
  for (let k = from; k < to; k++) {
    for (const w of splitWord(tokens[k]!.norm)) { words.push(w); tok.push(k); }
  }
  return { words, tok };
}

/** Does the code already name the sector (in its 3-letter blocks after the country: TURREBKUR has REB)? */
function hasSector(code: string, sector: string): boolean {
  if (sector.length !== 3) return code.endsWith(sector);
  for (let k = 3; k + 3 <= code.length; k += 3) if (code.slice(k, k + 3) === sector) return true;
  return false;
}

function combine(actor: ActorEntry, code: string, agents: readonly AgentEntry[]): Party {
  let c = code;
  for (const g of agents) {
    if (g.position === 'prefix') { if (!c.startsWith(g.code)) c = g.code + c; }
    else if (!hasSector(c, g.code)) c = c + g.code;
  }
  return { code: c, name: actor.name };
}

/** Units found with the dictionaries' actors and agents (PETRARCH style). */
export function dictionaryUnits(tokens: readonly Token[], from: number, to: number, lex: Lexicon, date: string | null,
  places: readonly Located[] = []): Unit[] {
  const { words, tok } = wordsOf(tokens, from, to);
  type Hit = { i: number; j: number; actor?: ActorEntry; code?: string; agent?: AgentEntry };
  const hits: Hit[] = [];
  for (let w = 0; w < words.length;) {
    const a = longest(lex.actors, words, w, words.length);
    const g = longest(lex.agents, words, w, words.length);
    // The pronoun "us" is no United States (the dictionaries match words, not case).
    if (a && a.len === 1 && tokens[tok[w]!]!.pos === 'PRON') { w++; continue; }
    // A one-word person or organisation entry after a given name is someone else's surname or middle name ("Omar
    // Hassan al-Bashir" is not Prince Hassan). Countries are left alone ("West Darfur", "Angry French workers").
    if (a && a.len === 1 && w > 0 && (actorCodeAt(a.values[a.values.length - 1]!, date)?.length ?? 0) > 3 &&
      !(hits.length && hits[hits.length - 1]!.j > tok[w - 1]!) && afterGivenName(tokens, tok[w]!, tok[w - 1]!)) { w++; continue; }
    if (a && (!g || a.len >= g.len)) {
      const actor = a.values[a.values.length - 1]!;
      const code = actorCodeAt(actor, date);
      const i = tok[w]!, j = tok[w + a.len - 1]! + 1;
      // "ethnic Albanians" are a people, not the Albanian state: of no country until the sentence places them
      // ("ethnic Albanians in southeastern Serbia").
      if (code && code.length === 3 && w > 0 && words[w - 1] === 'ethnic') hits.push({ i, j });
      else if (code) hits.push({ i, j, actor, code });
      w += a.len;
      continue;
    }
    if (g) {
      hits.push({ i: tok[w]!, j: tok[w + g.len - 1]! + 1, agent: g.values[g.values.length - 1]! });
      w += g.len;
      continue;
    }
    // A people named by the plural of its adjective ("Young Algerians", "four Iraqis"): the dictionaries list the
    // adjective (algerian, iraqi) but rarely its plural. An adjective in -n of a country name in -a ("Kampuchean")
    // names that country.
    const word = words[w]!;
    const stem = word.length > 5 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word.length > 5 && word.endsWith('an') ? word.slice(0, -1) : null;
    if (stem) {
      const one = longest(lex.actors, [stem], 0, 1);
      const actor = one?.values[one.values.length - 1];
      const code = actor ? actorCodeAt(actor, date) : null;
      if (actor && code && /^[A-Z]{3}$/.test(code)) { hits.push({ i: tok[w]!, j: tok[w]! + 1, actor, code }); w++; continue; }
    }
    w++;
  }
  // Group hits by noun chunk (hits are atomic; chunk tokens connect them).
  const units: Unit[] = [];
  let k = 0;
  while (k < hits.length) {
    const first = hits[k]!;
    const members: Hit[] = [first];
    let end = first.j;
    let m = k + 1;
    while (m < hits.length) {
      const h = hits[m]!;
      let ok = true;
      for (let q = end; q < h.i; q++) if (!inChunk(tokens, q) || tokens[q]!.norm === ',') { ok = false; break; }
      if (!ok) break;
      members.push(h); end = h.j; m++;
    }
    const actors = members.filter((h) => h.actor);
    const agents = members.filter((h) => h.agent).map((h) => h.agent!);
    const start = members[0]!.i;
    if (actors.length) {
      // The most specific actor (a person or body with a sector code) wins over a bare country.
      let pick = actors[0]!;
      for (const h of actors) if (h.code!.length > pick.code!.length) pick = h;
      // A compound actor (THE_SHIRE [FRO/BIL/SAM]) stands for each of its codes.
      let parties: Party[] = pick.code!.split('/').map((code) => (code.length > 3 && agents.length && pick !== actors[0] ? { code, name: pick.actor!.name } : combine(pick.actor!, code, agents)));
      // "French and Egyptian warships", "Syrian and Iraqi officials": coordinated country words share the head noun, and
      // the chunk names one party per country.
      if (actors.length >= 2 && actors.every((h) => /^[A-Z]{3}$/.test(h.code!)) && actors.every((h, q) => q === 0 || tokens.slice(actors[q - 1]!.j, h.i).every((t) => t.norm === 'and' || t.norm === 'or' || t.norm === ',')) &&
        tokens.slice(actors[0]!.j, actors[actors.length - 1]!.i).some((t) => t.norm === 'and' || t.norm === 'or')) {
        parties = [];
        for (const h of actors) if (!parties.some((p) => p.code.slice(0, 3) === h.code)) parties.push(combine(h.actor!, h.code!, agents));
        if (!agents.length && unknownHead(tokens, end, to)) parties = parties.map((p) => ({ ...p, part: true }));
      }
      if (!agents.length && parties.every((p) => p.code.length === 3) && unknownHead(tokens, end, to)) parties = parties.map((p) => ({ ...p, part: true }));
      // "King Hassan of Morocco": a title and a one-word name, then "of" and a country, is that country's office
      // holder, whatever other Hassan the dictionary knows.
      const of = hits[m];
      if (agents.length && actors.length === 1 && pick.j - pick.i === 1 && pick.code!.length > 3 && of?.actor && of.code && /^[A-Z]{3}$/.test(of.code) &&
        tokens[end]?.norm === 'of' && (of.i === end + 1 || (of.i === end + 2 && tokens[end + 1]!.norm === 'the')) && of.code !== pick.code!.slice(0, 3)) {
        units.push({ i: start, j: of.j, parties: [combine(of.actor, of.code, agents)], chunk: chunkOf(tokens, start, from), via: 'dictionary' });
        k = m + 1;
        continue;
      }
      units.push({ i: start, j: end, parties, chunk: chunkOf(tokens, start, from), via: 'dictionary' });
    } else {
      // Agents alone: attach to a following "of/from/in" + actor chunk ("soldiers from Gondor").
      const nx = hits[m];
      const between = nx ? tokens.slice(end, nx.i) : [];
      if (nx && nx.actor && between.length >= 1 && ATTACH.has(between[0]!.norm) && between.slice(1).every((_, q) => inChunk(tokens, end + 1 + q))) {
        // Collect the coordinated actors after the preposition: "ambassadors of Arnor, Osgiliath and Gondor".
        const parties: Party[] = [];
        let last = m;
        let stop = nx.j;
        for (let q = m; q < hits.length; q++) {
          const h = hits[q]!;
          if (!h.actor) break;
          if (q > m) {
            const gap = tokens.slice(stop, h.i).map((t) => t.norm);
            if (!gap.every((g) => g === ',' || g === 'and' || g === 'the')) break;
          }
          for (const code of h.code!.split('/')) parties.push(combine(h.actor, code, agents));
          stop = h.j; last = q;
        }
        units.push({ i: start, j: stop, parties, chunk: chunkOf(tokens, start, from), via: 'dictionary' });
        k = last + 1;
        continue;
      }
      // Agents alone ("militants", "demonstrators"): a party of unnamed country, as PETRARCH codes them (---REB).
      // The country is the one the sentence places them in below.
      units.push({ i: start, j: end, parties: [{ code: agentCode(agents, '---'), name: tokens.slice(start, end).map((t) => t.norm).join(' ') }],
        chunk: chunkOf(tokens, start, from), via: 'dictionary', countryless: true });
    }
    k = m;
  }
  return placeAgents(tokens, from, units, places);
}

/** Does the noun chunk go on after token j-1 to a noun that no dictionary entry names (its head)? */
function unknownHead(tokens: readonly Token[], j: number, to: number): boolean {
  for (let q = j; q < to && inChunk(tokens, q); q++) {
    const t = tokens[q]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return true;
  }
  return false;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'sheikh', 'sheik', 'prince', 'princess', 'king', 'queen',
  'emir', 'sultan', 'president', 'premier', 'general', 'gen', 'colonel', 'col', 'lt', 'maj', 'capt', 'ayatollah', 'imam', 'rev', 'father', 'saint', 'st']);

/** Is token k right after a proper name (no dictionary match, no title)? */
function afterGivenName(tokens: readonly Token[], k: number, prev: number): boolean {
  if (prev !== k - 1) return false;
  const t = tokens[prev]!;
  return t.pos === 'PROPN' && !t.norm.endsWith('.') && !HONORIFICS.has(t.norm);
}

function agentCode(agents: readonly AgentEntry[], country: string): string {
  let c = country;
  for (const g of agents) {
    if (g.position === 'prefix') c = c === '---' ? g.code : g.code + c;
    else if (!c.endsWith(g.code)) c += g.code;
  }
  return c;
}

/** Nouns that name a place by its kind before "of" + its name ("the town of Samarra"). */
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'capital', 'province', 'region', 'district', 'area', 'outskirts', 'suburbs', 'state', 'island', 'port']);
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'around']);

/** A place of the sentence (token range) and its country, from the places or entity layer. */
export interface Located { readonly i: number; readonly j: number; readonly country: string }

/** Unnamed-country agents take the country of the place the sentence happens in ("killed five militants near
 * Mosul": Mosul is in Iraq, so the militants are IRQUAF), when the sentence names exactly one such country. */
function placeAgents(tokens: readonly Token[], from: number, units: Unit[], places: readonly Located[]): Unit[] {
  const unplaced = (u: Unit) => u.countryless && u.parties[0]!.code.startsWith('---');
  if (!units.some(unplaced)) return units;
  const countries = new Set<string>();
  const locative = (start: number) => {
    let p = chunkOf(tokens, start, from) - 1;
    while (p >= from && (tokens[p]!.pos === 'DET' || tokens[p]!.pos === 'ADJ')) p--;
    // "in the capital city of Algiers", "near the town of Samarra"
    for (let n = 0; n < 2 && p - 1 >= from && tokens[p]!.norm === 'of' && PLACE_NOUNS.has(tokens[p - 1]!.norm); n++) {
      p -= 2;
      while (p >= from && (tokens[p]!.pos === 'DET' || tokens[p]!.pos === 'ADJ' || PLACE_NOUNS.has(tokens[p]!.norm))) p--;
    }
    return p >= from && LOCATIVE.has(tokens[p]!.norm);
  };
  const spots: { i: number; country: string }[] = [];
  for (const u of units) {
    if (u.countryless || !locative(u.i)) continue;
    for (const q of u.parties) if (/^[A-Z]{3}$/.test(q.code)) spots.push({ i: u.i, country: q.code });
  }
  for (const l of places) if (/^[A-Z]{3}$/.test(l.country) && locative(l.i)) spots.push({ i: l.i, country: l.country });
  // The place must be in the agent's own clause: "Syria will not accept any more refugees if war starts in Iraq" does
  // not make the refugees Iraqi.
  const placeOf = (u: Unit) => {
    for (const sp of spots) if (!clauseBetween(tokens, Math.min(u.j, sp.i), Math.max(u.i, sp.i))) countries.add(sp.country);
    const c = countries.size === 1 ? [...countries][0]! : null;
    countries.clear();
    return c;
  };
  const ownerOf = (u: Unit) => {
    let d = u.i - 1;
    while (d > u.chunk && tokens[d]!.norm !== 'its' && tokens[d]!.norm !== 'their') d--;
    if (d < u.chunk || (tokens[d]!.norm !== 'its' && tokens[d]!.norm !== 'their')) return null;
    const first = units.find((v) => !v.countryless && v.j <= d);
    const code = first && first.parties.length === 1 ? first.parties[0]!.code.slice(0, 3) : null;
    return code && /^[A-Z]{3}$/.test(code) ? code : null;
  };
  const out: Unit[] = [];
  for (const u of units) {
    if (!unplaced(u)) { out.push(u); continue; }
    // A possessive names the agent's owner first: "Bosnian Serbs said their forces had completed …", "Pakistan …
    // urged its citizens": "its/their" + agent is the sentence's first actor's (its subject's, as a rule), when that is
    // a country; else the place. An agent placed nowhere stays out (it would take the place of named actors as
    // subject or object).
    const c = ownerOf(u) ?? placeOf(u);
    // (a people placed in a country, "ethnic Albanians in Serbia", is a part of it, not the state)
    const code = c ? c + u.parties[0]!.code.slice(3) : null;
    if (c && code) out.push({ ...u, parties: [{ ...u.parties[0]!, code, ...(code.length === 3 ? { part: true as const } : {}) }] });
  }
  return out;
}

/** Does a new clause start between tokens a and b (a subordinating conjunction, a relative pronoun, a semicolon)? */
function clauseBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let p = a; p < b; p++) {
    const t = tokens[p]!;
    if (t.norm === ';' || (t.pos === 'SCONJ' && SUBORDINATORS.has(t.norm)) || (RELATIVES.has(t.norm) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADV'))) return true;
  }
  return false;
}

/** Does any word of tokens[from, to) (as wordsOf splits them) start an agent phrase? */
function mayStartAgent(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  const first = lex.agents.next;
  for (let k = from; k < to; k++) {
    const norm = tokens[k]!.norm;
    if (first.has(norm)) return true;
    if (norm.includes('-') || norm.includes("'") || norm.includes('’')) for (const w of splitWord(norm)) if (first.has(w)) return true;
  }
  return false;
}

/** Units from the entity layer: entities with an actor code, or group mentions with members. */
/** Agents alone ("militants", "demonstrators") placed by where the sentence happens, for the entity-layer coder,
 * whose actors come from entities (the same units the dictionary coder finds, so that both code alike). */
export function placedAgentUnits(tokens: readonly Token[], from: number, to: number, lex: Lexicon, places: readonly Located[]): Unit[] {
  if (!places.length) return [];
  // Only an agent phrase makes such a unit, and a sentence without a word that starts one has none.
  if (!mayStartAgent(tokens, from, to, lex)) return [];
  return dictionaryUnits(tokens, from, to, lex, null, places)
    .filter((u) => u.countryless && places.some((l) => l.country === u.parties[0]!.code.slice(0, 3)));
}

export function entityUnits(tokens: readonly Token[], from: number, to: number, entities: readonly Entity[], names: ReadonlyMap<string, string>,
  cursor: { at: number } = { at: 0 }): Unit[] {
  const units: Unit[] = [];
  if (from >= to) return units;
  const s0 = tokens[from]!.start, s1 = tokens[to - 1]!.end;
  let k = from;
  // Entities are in text order; the cursor carries the first one not yet behind us from sentence to sentence.
  while (cursor.at < entities.length && entities[cursor.at]!.end <= s0) cursor.at++;
  for (let x = cursor.at; x < entities.length; x++) {
    const e = entities[x]!;
    if (e.start >= s1) break;
    if (e.end <= s0) continue;
    if (!e.actor && !(e.members && e.members.length)) continue;
    while (k < to && tokens[k]!.end <= e.start) k++;
    let j = k;
    while (j < to && tokens[j]!.start < e.end) j++;
    if (j === k) continue;
    // A mention inside a longer one just taken is part of it: "United States" in "United States government".
    const prev = units[units.length - 1];
    if (prev && k >= prev.i && j <= prev.j) continue;
    const parties: Party[] = e.members && e.members.length
      ? e.members.map((c, q) => ({ code: c, name: e.memberNames?.[q] ?? names.get(c) ?? c }))
      : [{ code: e.actor!, name: e.name ?? e.text }];
    units.push({ i: k, j, parties, chunk: chunkOf(tokens, k, from), via: e.members?.length ? 'group' : e.via === 'quote' ? 'quote' : 'entity' });
  }
  return units;
}

const GROUP_HEADS = new Set(['countries', 'nations', 'states', 'sides', 'parties', 'governments', 'powers', 'allies', 'neighbours', 'neighbors', 'members']);

/** Plural group nouns with no actor ("the other guarantor countries"), for resolution against earlier text. */
export function pendingGroups(tokens: readonly Token[], from: number, to: number, taken: readonly Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let k = from; k < to; k++) {
    if (!GROUP_HEADS.has(tokens[k]!.norm)) continue;
    if (taken.some((u) => u.i <= k && k < u.j)) continue;
    const s = chunkOf(tokens, k, from);
    const det = tokens[s]!.norm;
    if (!(det === 'the' || det === 'both' || det === 'all' || det === 'other')) continue;
    const words = tokens.slice(s, k).map((t) => t.norm).filter((w) => !['the', 'both', 'all', 'other', 'two', 'three', 'four', 'several'].includes(w));
    const other = tokens.slice(s, k).some((t) => t.norm === 'other');
    out.push({ i: s, j: k + 1, parties: [], chunk: s, via: 'group', pending: { words, other } });
  }
  return out;
}

/**
 * Coordinated units: "A, B and C", "A and B", "A as well as B", "A along with B"; in a headline
 * whose first token is `headlineFrom`, also "A, B" opening it before the verb ("Israel, Hamas agree to extend truce").
 */
export function groupUnits(tokens: readonly Token[], units: readonly Unit[], headlineFrom: number | null = null): UnitGroup[] {
  const groups: UnitGroup[] = [];
  let k = 0;
  while (k < units.length) {
    const members = [units[k]!];
    let sawAnd = false;
    let commaOnly: number | null = null;
    let m = k + 1;
    while (m < units.length) {
      const prev = members[members.length - 1]!;
      const u = units[m]!;
      // The next conjunct's own premodifiers ("and Iranian President Hassan Rouhani") are not separators, nor is the rest
      // of the previous conjunct's noun phrase ("an Israeli peace movement and the PLO").
      let after = prev.j;
      while (after < u.i && inChunk(tokens, after) && tokens[after]!.pos !== 'ADJ' && tokens[after]!.norm !== "'s") after++;
      const gap = tokens.slice(after, Math.max(after, Math.min(u.i, u.chunk))).map((t) => t.norm);
      const seps = gap.filter((g) => !['the', 'a', 'an'].includes(g) && !inChunkWord(tokens, prev.j, u.i, g));
      const joined = seps.join(' ');
      if (joined === 'and' || joined === ', and' || joined === 'or' || asideAnd(tokens, after, Math.min(u.i, u.chunk)) || joined === 'as well as' || joined === ', along with' || joined === 'along with' || joined === 'together with') {
        sawAnd = true; members.push(u); m++;
        continue;
      }
      if (joined === ',' && !sawAnd) { if (commaOnly === null) commaOnly = members.length; members.push(u); m++; continue; }
      break;
    }
    // A comma list that never ends in "and" is not a coordination ("In Syria, Russia ..."), but in a headline
    // one right before its verb is.
    let take = members;
    const last = members[members.length - 1]!;
    const headlineList = headlineFrom !== null && members[0]!.i <= headlineFrom + 1 && (tokens[last.j]?.pos === 'VERB' || tokens[last.j]?.pos === 'AUX');
    if (!sawAnd && commaOnly !== null && !headlineList) take = members.slice(0, commaOnly);
    const parties: Party[] = [];
    for (const u of take) for (const p of u.parties) if (!parties.some((q) => q.code === p.code)) parties.push(p);
    groups.push({ i: take[0]!.i, j: take[take.length - 1]!.j, units: take, parties, chunk: take[0]!.chunk });
    k += take.length;
  }
  return groups;
}

/** "…, Sudan, and, with strings attached, Cuba", "and, to a lesser extent, Syria": a conjunction, then a short aside
 * closed by a comma (no name, no clause of its own), then the last conjunct. */
function asideAnd(tokens: readonly Token[], a: number, b: number): boolean {
  let p = a;
  if (tokens[p]?.norm === ',') p++;
  if (p >= b || (tokens[p]!.norm !== 'and' && tokens[p]!.norm !== 'or')) return false;
  p++;
  if (tokens[p]?.norm === ',') p++;
  if (tokens[b - 1]?.norm !== ',' || b - 1 - p < 1 || b - 1 - p > 5) return false;
  for (let q = p; q < b - 1; q++) if (['PROPN', 'AUX', 'PUNCT', 'PRON', 'CCONJ'].includes(tokens[q]!.pos)) return false;
  return tokens[p]!.pos === 'ADP' || tokens[p]!.pos === 'ADV';
}

function inChunkWord(tokens: readonly Token[], a: number, b: number, w: string): boolean {
  for (let q = a; q < b; q++) if (tokens[q]!.norm === w) return tokens[q]!.pos === 'ADJ';
  return false;
}
