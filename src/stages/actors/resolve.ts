/**
 * Actor resolution: a phrase ("Russian President Vladimir Putin", "the Iranian
 * foreign minister", "Iraqi troops", "ISIS") → a CAMEO actor code, country,
 * sector and canonical name at a date. Used by the actor stage and by
 * `dateline resolve`.
 */
import { PERSON_AGENT_HEADS, PETRARCH_VINTAGE, RELIGION_CODES, ROLE_SYNONYMS } from '../../knowledge/actors/codes.js';
import {
  lookupName, mixedCaseAcronym, periodAt, splitCode,
  type Actor, type ActorKnowledge, type Agent, type Country, type EthnicGroup, type NameHit,
} from '../../knowledge/actors/load.js';
import { isUpperCase, normName } from '../../knowledge/actors/normalise.js';
import { townCountryOf, type PlaceCountry } from './places.js';
import { derivedFrom } from '../../knowledge/derived.js';

export interface Resolution {
  readonly code: string;
  /** ISO alpha-3 (state actors) or the international body's code (UNO, EUR, ...); null when unknown. */
  readonly country: string | null;
  readonly sector: string | null;
  readonly name: string;
  /** What resolved it: a named actor, a country (name, demonym, capital or place), or a role phrase. */
  readonly basis: 'actor' | 'country' | 'nominal' | 'agent';
  /** The knowledge-base actor, for named actors and office holders. */
  readonly actor?: Actor;
  readonly role?: string | null;
  /** The CAMEO ethnic code when the phrase names an ethnic group ("Kurdish rebels" → KUR). */
  readonly ethnic?: string;
}

export interface Word {
  readonly text: string;
  readonly norm: string;
}

export interface NameMatch {
  /** Word indices [start, end). */
  readonly start: number;
  readonly end: number;
  readonly hits: readonly NameHit[];
}

export interface AgentMatch {
  readonly start: number;
  readonly end: number;
  readonly agent: Agent;
}

/** Prepositions that put a name in a place or target role rather than the head ("ambassador to Poland"). */
const PP_WORDS = new Set(['to', 'in', 'at', 'from', 'against', 'with', 'into', 'across', 'near', 'on', 'for', 'by', 'of', 'over', 'throughout']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'several', 'some', 'many', 'few', 'other', 'current', 'top', 'senior', 'new', 'incumbent', 'sitting']);
/**
 * Words that put an office in the past ("former president", "ex-minister", "retired
 * general"). CAMEO codes former officials as elites (ELI; PETRARCH2 has FORMER_PRESIDENT,
 * FORMER_PRIME_MINISTER and RETIRED as [~ELI]).
 */
export const FORMER_WORDS: ReadonlySet<string> = new Set(['former', 'ex', 'retired', 'onetime', 'one time', 'erstwhile']);
/** Roles that a former holder leaves behind: state offices and posts. */
const OFFICE_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY']);

/** Split a phrase into words; "Chile's" gives "Chile" and "'s". */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’\-]*|[,;:()]/gu)) {
    let w = m[0];
    // "ex-president": the prefix is a word of its own ("ex" + "president"), as "former" is.
    const ex = /^ex[-‐]\p{L}/iu.exec(w);
    if (ex) { out.push({ text: w.slice(0, 2), norm: 'ex' }); w = w.slice(3); }
    let poss = false;
    if (/['’]s$/i.test(w) && w.length > 2) { w = w.slice(0, -2); poss = true; }
    else if (/['’]$/.test(w)) w = w.slice(0, -1);
    if (w.endsWith('.') && !/^([A-Z]\.)+$/.test(w) && !/^(Jr|Sr|St|Gen|Lt|Col|Maj|Dr|Mr|Mrs|Ms|Sgt|Capt)\.$/i.test(w)) w = w.slice(0, -1);
    if (w) out.push({ text: w, norm: normName(w) });
    if (poss) out.push({ text: "'s", norm: "'s" });
  }
  return out;
}

/**
 * Country names and demonyms that are also common lower-case words: in text written all in
 * lower case they are not read as countries ("turkey", "chad", "polish").
 */
const LOWERCASE_AMBIGUOUS = new Set(['turkey', 'chad', 'jordan', 'guinea', 'polish', 'georgia', 'china', 'japan', 'panama', 'man', 'nice', 'reading', 'mobile', 'split', 'bath', 'sale', 'date', 'of', 'hull']);

/**
 * Find known names and agent phrases in a word sequence, longest first, left to right.
 * Names must be capitalised, except that in text written all in lower case country names,
 * demonyms and capitals still count ("south korean troops").
 * With `from` and `to`, only the words ws[from] … ws[to - 1] are read, and the matches'
 * indices count from `from` (as if that slice had been passed).
 */
export function scan(kb: ActorKnowledge, ws: readonly Word[], from = 0, to = ws.length): { names: readonly NameMatch[]; agents: readonly AgentMatch[] } {
  const n = to - from;
  // Is the text all in lower case? Asked only when a lower-case word could start a name.
  let lowercase: boolean | undefined;
  let names: NameMatch[] | null = null;
  let agents: AgentMatch[] | null = null;
  const root = scanTrie(kb);
  const edges = root.edges!;
  // A match never crosses punctuation or a possessive 's.
  if (BARRIER.length < n) BARRIER = new Uint8Array(Math.max(n, 2 * BARRIER.length));
  const barrier = BARRIER;
  for (let k = 0; k < n; k++) barrier[k] = isBarrier(ws[from + k]!.text) ? 1 : 0;
  const path = PATH;
  let i = 0;
  while (i < n) {
    if (barrier[i]) { i++; continue; }
    const w0 = ws[from + i]!;
    const norm0 = w0.norm;
    const sp = norm0.indexOf(' ');
    const len0 = sp < 0 ? norm0.length : sp;
    // Most words start no name or phrase: the bit set of the trie's edges answers for most of them.
    const bit = edgeBit(0, norm0, len0);
    if (!(edges[bit >>> 5]! & (1 << (bit & 31)))) { i++; continue; }
    const start = root.next.get(sp < 0 ? norm0 : norm0.slice(0, sp));
    if (!start) { i++; continue; }
    const nameMax = start.nameMax;
    const agentMax = start.agentMax;
    let end = i;
    const limit = Math.min(n, i + Math.max(nameMax, agentMax));
    while (end < limit && !barrier[end]) end++;
    // What the index holds for the words i … i+len-1 (by their joined keys), for every len the
    // trie reaches (path[len], up to depth `reached`). Joined word keys equal the key of the
    // joined text (normName) while every word has a non-empty key; past a word without one,
    // the text itself is looked up.
    let clean = end - i;
    for (let j = i; j < end; j++) if (!ws[from + j]!.norm) { clean = j - i; break; }
    let reached = 0;
    let node: ScanNode | undefined = root;
    for (let j = i; j < i + clean && node; j++) {
      const w = ws[from + j]!.norm;
      if (w.includes(' ')) for (const piece of w.split(' ')) node = node?.next.get(piece);
      else {
        const bit = edgeBit(node.id, w, w.length);
        node = edges[bit >>> 5]! & (1 << (bit & 31)) ? node.next.get(w) : undefined;
      }
      if (node) path[(reached = j - i + 1)] = node;
    }
    let norms: string[] | null = null;
    // Names must start with a capital letter or digit, or be all capitals (the surface starts with word i).
    const capital = capitalOrDigitStart(w0.text);
    let done = false;
    for (let len = end - i; len >= 1; len--) {
      const at = len <= reached ? path[len]! : undefined;
      if (len <= nameMax && capital) {
        const hits = len > clean ? lookupName(kb, surfaceOf(ws, from + i, len)) : at?.hits ? hitsOf(at, ws, from + i, len) : NO_HITS;
        if (hits.length) { (names ??= []).push({ start: i, end: i + len, hits }); i += len; done = true; break; }
      } else if (len <= nameMax && (lowercase ??= allLowerCase(ws, from, to)) && !LOWERCASE_AMBIGUOUS.has(joinedNorms(ws, from + i, len, (norms ??= [])))) {
        const found = len > clean ? lookupName(kb, surfaceOf(ws, from + i, len)) : at?.hits ? hitsOf(at, ws, from + i, len) : NO_HITS;
        const hits = found.length ? found.filter((h) => h.kind === 'country' && h.form !== 'place') : NO_HITS;
        if (hits.length) { (names ??= []).push({ start: i, end: i + len, hits }); i += len; done = true; break; }
      }
      if (len <= agentMax) {
        const agent = len > clean ? kb.agents.get(joinedNorms(ws, from + i, len, (norms ??= []))) : at?.agent;
        if (agent) { (agents ??= []).push({ start: i, end: i + len, agent }); i += len; done = true; break; }
      }
    }
    if (!done) i++;
  }
  return { names: names ?? NO_NAMES, agents: agents ?? NO_AGENTS };
}

/** The empty results of scan (shared: its results are read only). */
const NO_NAMES: readonly NameMatch[] = Object.freeze([]);
const NO_AGENTS: readonly AgentMatch[] = Object.freeze([]);
const HAS_UPPER = /\p{Lu}/u;
const CAPITAL_OR_DIGIT_START = /^\p{Lu}|^\d/u;
const NO_HITS: readonly NameHit[] = [];
/** scan's scratch space (scan calls nothing that scans): the barrier flags and the trie path of a run of words. */
let BARRIER = new Uint8Array(64);
const PATH: ScanNode[] = [];

/** No word of ws[from] … ws[to - 1] has a capital letter. */
function allLowerCase(ws: readonly Word[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (HAS_UPPER.test(ws[k]!.text)) return false;
  return true;
}

/** /^\p{Lu}|^\d/u, without the regular expression for ASCII. */
function capitalOrDigitStart(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return CAPITAL_OR_DIGIT_START.test(text);
}

/**
 * lookupName for words i … i+len-1 whose joined keys reach a name node of the trie: the node
 * holds the index's hits for that key, so only the capitals-only rule needs the surface.
 */
function hitsOf(node: ScanNode, ws: readonly Word[], i: number, len: number): readonly NameHit[] {
  if (!node.capitalsOnly) return node.hits!;
  const surface = surfaceOf(ws, i, len);
  if (isUpperCase(surface)) return node.hits!;
  // A mixed-case acronym ("JeM") also matches as written.
  return node.asWritten ? node.hits!.filter((h) => !h.capitalsOnly || (h.surface === surface && mixedCaseAcronym(surface))) : node.lowerHits!;
}

/**
 * The bit of the edge from a trie node to a word (norm[0 … len-1]) in the trie's bit set of
 * edges: from the node and the word's length and first, second and last characters (edges
 * that share them share the bit). A word whose bit is not set is not a child of the node.
 */
function edgeBit(node: number, norm: string, len: number): number {
  if (len === 0) return 0;
  let h = Math.imul(len ^ Math.imul(node, 0x165667b1), 0x9e3779b1) ^ norm.charCodeAt(0);
  h = Math.imul(h, 0x85ebca6b) ^ (len > 1 ? norm.charCodeAt(1) : 0);
  h = Math.imul(h, 0xc2b2ae35) ^ norm.charCodeAt(len - 1);
  h = Math.imul(h ^ (h >>> 15), 0x27d4eb2d);
  return (h ^ (h >>> 13)) & EDGE_BITS_MASK;
}

const EDGE_BITS_MASK = (1 << 20) - 1;

function isBarrier(text: string): boolean {
  return text.length === 1 ? (text === ',' || text === ';' || text === ':' || text === '(' || text === ')') : text === "'s";
}

/** The keys of words i … i+len-1 joined, made as needed into norms (norms[len - 1] for each len). */
function joinedNorms(ws: readonly Word[], i: number, len: number, norms: string[]): string {
  for (let j = i + norms.length; j < i + len; j++) norms.push(j === i ? ws[j]!.norm : norms[norms.length - 1] + ' ' + ws[j]!.norm);
  return norms[len - 1]!;
}

function surfaceOf(ws: readonly Word[], i: number, len: number): string {
  let s = ws[i]!.text;
  for (let j = i + 1; j < i + len; j++) s += ' ' + ws[j]!.text;
  return s;
}

/**
 * The knowledge's name keys and agent phrases as a trie over their words: scan follows it
 * word by word instead of joining and looking up every run of words. A first word's node
 * carries the most words a name or an agent phrase starting with it has; a name's node, the
 * index's hits for it (all of them, and those without the capitals-only ones).
 */
interface ScanNode {
  readonly next: Map<string, ScanNode>;
  hits: readonly NameHit[] | undefined;
  lowerHits: readonly NameHit[] | undefined;
  capitalsOnly: boolean;
  /** Some capitals-only hit is a mixed-case acronym, matched as written too. */
  asWritten: boolean;
  agent: Agent | undefined;
  nameMax: number;
  agentMax: number;
  /** The node's number (the root's is 0). */
  readonly id: number;
  /** The root only: the bit (edgeBit) of every edge of the trie is set. */
  edges: Uint32Array | undefined;
}

/** The trie of a knowledge base, made on first use. */
const scanTrie = derivedFrom((kb: ActorKnowledge): ScanNode => {
  let ids = 0;
  const edges = new Uint32Array((EDGE_BITS_MASK + 1) >>> 5);
  const node = (): ScanNode => ({ next: new Map(), hits: undefined, lowerHits: undefined, capitalsOnly: false, asWritten: false, agent: undefined, nameMax: 0, agentMax: 0, id: ids++, edges: undefined });
  const root = node();
  const insert = (key: string): ScanNode => {
    let at = root;
    for (const w of key.split(' ')) {
      let c = at.next.get(w);
      if (!c) {
        at.next.set(w, (c = node()));
        const bit = edgeBit(at.id, w, w.length);
        edges[bit >>> 5] |= 1 << (bit & 31);
      }
      at = c;
    }
    return at;
  };
  for (const [key, hits] of kb.names) {
    const at = insert(key);
    at.hits = hits;
    at.capitalsOnly = hits.some((h) => h.capitalsOnly);
    at.lowerHits = at.capitalsOnly ? hits.filter((h) => !h.capitalsOnly) : hits;
    at.asWritten = hits.some((h) => h.capitalsOnly && mixedCaseAcronym(h.surface));
  }
  for (const [phrase, agent] of kb.agents) insert(phrase).agent = agent;
  for (const [w, c] of root.next) { c.nameMax = kb.nameFirstWords.get(w) ?? 0; c.agentMax = kb.agentFirstWords.get(w) ?? 0; }
  root.edges = edges;
  return root;
});

function countryCodeOf(a: Actor, date: string | null): string | null {
  const p = periodAt(a, date);
  return p ? p.code.slice(0, 3) : null;
}

/** Resolve a named actor at a date. */
export function resolveNamedActor(kb: ActorKnowledge, actor: Actor, date: string | null): Resolution | null {
  const p = periodAt(actor, date);
  if (!p) return null;
  const parts = splitCode(kb, p.code);
  // The data's explicit country wins (the World Bank is IGO, not UNO); else the code's.
  const country = actor.country ? (kb.byCameo.get(actor.country)?.iso3 ?? actor.country) : parts.country;
  return { code: p.code, country, sector: parts.sector, name: actor.name, basis: 'actor', actor, role: p.role };
}

function countryResolution(c: Country): Resolution {
  return { code: c.cameo, country: c.iso3, sector: null, name: c.name, basis: 'country' };
}

/** Does a dated period of the actor cover the date (or, with no date, run on)? */
function covered(a: Actor, date: string | null): boolean {
  return a.periods.some((p) => {
    if (!p.start && !p.end) return false;
    // PETRARCH's open periods are only known to run to its vintage.
    const end = p.end ?? (p.provenance === 2 ? PETRARCH_VINTAGE : null);
    return date ? (!p.start || p.start <= date) && (!end || date < end) : !end;
  });
}

/** Years before and after a person's dated roles in which their surname alone still names them. */
const SURNAME_YEARS = 5;

/** Does the date fall within SURNAME_YEARS of a dated role of the actor (true when none is dated)? */
function near(a: Actor, date: string): boolean {
  const year = Number(date.slice(0, 4));
  const dated = a.periods.filter((p) => p.start || p.end);
  return dated.length === 0 || dated.some((p) => (!p.start || Number(p.start.slice(0, 4)) - SURNAME_YEARS <= year) && (!p.end || year <= Number(p.end.slice(0, 4)) + SURNAME_YEARS));
}

/**
 * Is this hit trustworthy on its own? PETRARCH's long tail of office holders ("Gary Gray",
 * "Christian") is only believed when one of their dated roles covers the date or the context
 * names their country; the hand file and REIGN always are.
 */
export function credible(hit: NameHit, date: string | null, contextCountry: string | null): boolean {
  if (hit.kind !== 'actor' || hit.actor.type !== 'person') return true;
  // A surname alone ("Harris", "De Croo") is that person only in the years of their dated
  // roles: in a 1987 article it is somebody else, whatever the hand file says.
  if (date && normName(hit.actor.name).endsWith(' ' + normName(hit.surface)) && !near(hit.actor, date)) return false;
  // A person known by a surname alone (REIGN's "Smith", Rhodesia 1965–79; "Lewis", "Chambers")
  // is any Mr. Smith unless the date is near their office, or, undated, they still hold it
  // or the context names their country.
  if (!hit.actor.name.includes(' ') && hit.actor.periods.some((p) => p.start || p.end)) {
    const inCountry = !!contextCountry && hit.actor.periods.some((p) => p.code.startsWith(contextCountry));
    if (date ? !near(hit.actor, date) && !inCountry : !inCountry && !hit.actor.periods.some((p) => p.start && !p.end)) return false;
  }
  if (hit.actor.provenance < 2) return true;
  if (covered(hit.actor, date)) return true;
  return !!contextCountry && hit.actor.periods.some((p) => p.code.startsWith(contextCountry));
}

/** Choose among hits for one name: by a country given in context, then by date cover, then by provenance. */
export function chooseHit(kb: ActorKnowledge, allHits: readonly NameHit[], date: string | null, contextCountry: string | null, prefer?: 'person' | 'org' | 'place'): NameHit | null {
  // The first credible hit with the highest score.
  let best: NameHit | null = null;
  let bestScore = 0;
  for (let k = 0; k < allHits.length; k++) {
    const h = allHits[k]!;
    if (!credible(h, date, contextCountry)) continue;
    const sc = hitScore(kb, h, date, contextCountry, prefer);
    if (!best || sc > bestScore) { best = h; bestScore = sc; }
  }
  return best;
}

function hitScore(kb: ActorKnowledge, h: NameHit, date: string | null, contextCountry: string | null, prefer: 'person' | 'org' | 'place' | undefined): number {
  let s = 0;
  if (h.kind === 'actor') {
    const p = periodAt(h.actor, date);
    const cc = p ? p.code.slice(0, 3) : null;
    if (contextCountry && cc === contextCountry) s += 8;
    if (contextCountry && cc && cc !== contextCountry && kb.byCameo.has(cc)) s -= 4;
    // A dated role of theirs at the date (not the country before a first role or the elite after a last, which periodAt makes up).
    if (p && date && (p.start || p.end) && (!p.start || p.start <= date) && (!p.end || date < p.end) && h.actor.periods.includes(p)) s += 2;
    s += 2 - h.actor.provenance;
    if (prefer === 'person' && h.actor.type === 'person') s += 3;
    if (prefer === 'org' && h.actor.type !== 'person') s += 3;
    if (prefer === 'place') s -= 2;
  } else {
    if (contextCountry && h.country.cameo === contextCountry) s += 4;
    s += h.form === 'place' ? 0 : 3;
    if (prefer === 'place' || prefer === 'org') s += 2;
    if (prefer === 'person') s -= 2;
  }
  return s;
}

/** The office holder for a role word in a country at a date ("Russian" + "president" + 2017 → Putin). */
export function officeHolder(kb: ActorKnowledge, cameo: string, agentPhrase: string, date: string | null): Resolution | null {
  const roles = ROLE_SYNONYMS[agentPhrase];
  if (!roles) return null;
  for (const role of roles) {
    const holders = kb.holders.get(`${cameo}|${normName(role)}`) ?? [];
    let best: (typeof holders)[number] | null = null;
    for (const h of holders) {
      const p = h.period;
      const covers = date ? (!p.start || p.start <= date) && (!p.end || date < p.end) : !p.end;
      if (!covers) continue;
      if (!best || p.provenance < best.period.provenance || (p.provenance === best.period.provenance && (p.start ?? '') > (best.period.start ?? ''))) best = h;
    }
    if (best) {
      const parts = splitCode(kb, best.period.code);
      return { code: best.period.code, country: parts.country, sector: parts.sector, name: best.actor.name, basis: 'actor', actor: best.actor, role: best.period.role };
    }
  }
  return null;
}

/** Country, ethnic group and role in CAMEO order: SYR + KUR + REB, NGO + CHN + TIB + HRI. */
function combine(country: Country | null, agent: Agent, ethnic: EthnicGroup | null = null): string {
  const who = (country?.cameo ?? '') + (ethnic?.code ?? '');
  return agent.position === 'prefix' ? agent.code + who : who + agent.code;
}

interface EthnicMatch {
  readonly start: number;
  readonly end: number;
  readonly group: EthnicGroup;
}

/**
 * An ethnic group named in the head ("Kurdish rebels", "Syrian Kurds", "Uyghur activists"),
 * capitalised as names are (or in an all-lower-case phrase), and not part of a longer known
 * name ("Kurdistan Workers' Party"); a region named like its people ("Amhara") may be read as them.
 */
function findEthnic(kb: ActorKnowledge, body: readonly Word[], headEnd: number, names: readonly NameMatch[], agents: readonly AgentMatch[]): EthnicMatch | null {
  if (!kb.ethnic.size) return null;
  const lowercase = body.every((w) => !/\p{Lu}/u.test(w.text));
  const blocked = (i: number) =>
    names.some((n) => n.start <= i && i < n.end && !n.hits.every((h) => h.kind === 'country' && h.form === 'place')) ||
    agents.some((a) => a.start <= i && i < a.end);
  for (let i = 0; i < headEnd; i++) {
    if (!lowercase && !/^\p{Lu}/u.test(body[i]!.text)) continue;
    for (let len = Math.min(kb.maxEthnicWords, headEnd - i); len >= 1; len--) {
      let ok = true;
      for (let j = i; j < i + len; j++) if (blocked(j)) { ok = false; break; }
      if (!ok) continue;
      const group = kb.ethnic.get(body.slice(i, i + len).map((w) => w.norm).join(' '));
      if (group) return { start: i, end: i + len, group };
    }
  }
  return null;
}

/** The office word(s) right before a name ("Secretary of State" in "U.S. Secretary of State Antony Blinken"). */
function titleBefore(kb: ActorKnowledge, body: readonly Word[], at: number): Agent | null {
  for (let k = Math.min(kb.maxAgentWords, at); k >= 1; k--) {
    const phrase = body.slice(at - k, at).map((w) => w.norm).join(' ');
    const agent = kb.agents.get(phrase);
    if (agent && PERSON_AGENT_HEADS.has(phrase)) return agent;
  }
  return null;
}

/** Titles before a name that are given names too ("Prince Harry", "Bishop Tutu"), beside PERSON_AGENT_HEADS. */
const TITLES_AS_GIVEN_NAMES: ReadonlySet<string> = new Set(['prince', 'princess', 'bishop', 'archbishop']);

/** A capitalised word that is a given name and no title before names ("Hunter", "Christian", not "General", "Prince"). */
export function givenNameNotTitle(kb: ActorKnowledge, w: Word): boolean {
  return /^\p{Lu}\p{Ll}/u.test(w.text) && kb.givenNames.has(w.norm) && !PERSON_AGENT_HEADS.has(w.norm) && !TITLES_AS_GIVEN_NAMES.has(w.norm);
}

/**
 * Whether a name matched by one word runs on from a given name that the dictionaries also know as a role word
 * ("Hunter Biden", "Christian Lindner", "Dean Baquet"): another person of that surname, not the one the word
 * names alone ("Hunter Biden" is not Joe Biden). Not a title ("General Dynamics", "King Charles").
 */
function givenNameBefore(kb: ActorKnowledge, body: readonly Word[], agents: readonly AgentMatch[], n: NameMatch): boolean {
  if (n.end - n.start !== 1 || n.start === 0) return false;
  const w = body[n.start - 1]!;
  if (!givenNameNotTitle(kb, w) || !agents.some((a) => a.start === n.start - 1 && a.end === n.start)) return false;
  // (Unless the person's own name opens with it.)
  return !n.hits.some((h) => h.kind === 'actor' && h.actor.type === 'person' && [h.actor.name, ...h.actor.aliases].some((a) => normName(a).startsWith(w.norm + ' ')));
}

/** A name that is a country word and an office ("US President"): the office holder at the date, if known. */
function officeEntry(kb: ActorKnowledge, ws: readonly Word[], date: string | null): Resolution | null {
  for (let k = 1; k < ws.length; k++) {
    const phrase = ws.slice(k).map((w) => w.norm).join(' ');
    if (!ROLE_SYNONYMS[phrase]) continue;
    const hit = lookupName(kb, ws.slice(0, k).map((w) => w.text).join(' ')).find((h) => h.kind === 'country' && h.form !== 'place');
    if (hit?.kind === 'country') return officeHolder(kb, hit.country.cameo, phrase, date);
  }
  return null;
}

/** "forces loyal to Assad": the state the named leader belongs to at the date. */
function loyalTo(kb: ActorKnowledge, body: readonly Word[], actorMatches: readonly NameMatch[], date: string | null): Country | null {
  const m = actorMatches.find((n) => n.start >= 2 && body[n.start - 1]!.norm === 'to' && body[n.start - 2]!.norm === 'loyal');
  if (!m) return null;
  const h = chooseHit(kb, m.hits.filter((x) => x.kind === 'actor'), date, null);
  return h?.kind === 'actor' ? kb.byCameo.get(countryCodeOf(h.actor, date) ?? '') ?? null : null;
}

/**
 * Nouns that end the names of bodies outside the state ("League", "Association", "Academy"):
 * a state body ("Atomic Energy Organization", "Central Election Commission") keeps the title's role.
 */
const CIVIL_BODY_NOUNS = new Set(['league', 'association', 'society', 'academy', 'foundation', 'institute', 'club', 'federation', 'union', 'alliance', 'network', 'movement', 'coalition', 'forum', 'trust', 'centre', 'center', 'observatory', 'syndicate', 'chamber', 'guild', 'order', 'bar']);

/**
 * Is there, after the title's preposition, a capitalised name the dictionaries do not know that
 * names a civil body ("the Chadian Human Rights League", "the Russian Academy of Sciences")?
 */
function unknownBodyAfter(body: readonly Word[], headEnd: number, names: readonly NameMatch[], agents: readonly AgentMatch[]): boolean {
  const known = (i: number) => names.some((n) => n.start <= i && i < n.end) || agents.some((a) => a.start <= i && i < a.end);
  for (let i = headEnd + 1; i < body.length; i++) {
    const w = body[i]!;
    if (/^\p{Lu}/u.test(w.text) && CIVIL_BODY_NOUNS.has(w.norm) && !known(i)) return true;
  }
  return false;
}

/** Titles that point to the body named after them ("president of the Riigikogu"). */
const GENERIC_HEADS = new Set(['president', 'chairman', 'chairwoman', 'head', 'leader', 'member', 'members', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'chief', 'director', 'secretary general', 'secretary', 'representative', 'representatives', 'envoy', 'delegation', 'office', 'residence']);

/**
 * Resolve a word sequence: named actors first (the rightmost one outside a prepositional
 * phrase), then country + role ("Iranian foreign minister"), then country or role alone.
 */
export function resolveWords(kb: ActorKnowledge, ws: readonly Word[], date: string | null, places?: PlaceCountry): Resolution | null {
  // Determiners and "former" before the head go, unless a known name starts with them
  // ("New Zealand", "the former Soviet Union" keeps "Soviet Union" after "former").
  let from = 0;
  let former = false;
  const startsName = (i: number) => /^\p{Lu}/u.test(ws[i]!.text) && scan(kb, ws, i, Math.min(ws.length, i + kb.maxNameWords)).names.some((n) => n.start === 0);
  while (from < ws.length && (DETERMINERS.has(ws[from]!.norm) || FORMER_WORDS.has(ws[from]!.norm) || ws[from]!.norm === "'s") && !startsName(from)) {
    if (FORMER_WORDS.has(ws[from]!.norm)) former = true;
    from++;
  }
  // "Russia's former defence minister": "former" after the country, before the role.
  let body = ws.slice(from);
  const formerAt = body.findIndex((w, i) => i > 0 && FORMER_WORDS.has(w.norm) && !startsName(from + i));
  if (formerAt > 0 && !body.slice(0, formerAt).some((w) => PP_WORDS.has(w.norm))) {
    former = true;
    body = [...body.slice(0, formerAt), ...body.slice(formerAt + 1)];
  }
  if (!body.length) return null;
  const r = resolveBody(kb, body, date, former, places);
  return r && former ? asFormer(kb, r) : r;
}

/** A former office holder: the office part of the code becomes ELI ("IRNGOV" → "IRNELI", "GOVMIL" → "ELI"). */
export function asFormer(kb: ActorKnowledge, r: Resolution): Resolution {
  if (!r.sector || !OFFICE_SECTORS.has(r.sector)) return r;
  let at = -1;
  for (let i = 0; i + 3 <= r.code.length; i += 3) if (r.code.slice(i, i + 3) === r.sector) { at = i; break; }
  if (at < 0) return r;
  const code = r.code.slice(0, at) + 'ELI';
  return { ...r, code, sector: splitCode(kb, code).sector ?? 'ELI', role: null };
}

/** Words a town name follows when it locates the actor ("police in Kharkiv"). */
const LOCATING = new Set(['in', 'from', 'near']);

/**
 * A town or city the dictionaries do not know, as the actor's country: capitalised words
 * right before a role word ("Kharkiv police") or after "in"/"from" ("police in Kharkiv").
 */
function townCountry(kb: ActorKnowledge, body: readonly Word[], names: readonly NameMatch[], agents: readonly AgentMatch[], ethnic: EthnicMatch | null, places: PlaceCountry): Country | null {
  const taken = (i: number) => names.some((n) => n.start <= i && i < n.end) || agents.some((a) => a.start <= i && i < a.end) || (!!ethnic && ethnic.start <= i && i < ethnic.end);
  const cap = (i: number) => /^\p{Lu}/u.test(body[i]!.text) && !taken(i) && !DETERMINERS.has(body[i]!.norm);
  for (let i = 0; i < body.length; i++) {
    if (!cap(i)) continue;
    let j = i;
    while (j < body.length && cap(j)) j++;
    const beforeRole = agents.some((a) => a.start === j);
    const located = i > 0 && LOCATING.has(body[i - 1]!.norm);
    if (beforeRole || located) {
      const c = townCountryOf(kb, places, body.slice(i, j).map((w) => w.text).join(' '));
      if (c) return c;
    }
    i = j;
  }
  return null;
}

/**
 * A party's hit by one of its short names, not its full one ("Labour" for the British Labour Party): a name parties of
 * several countries may have, which the country the text is about decides.
 */
export function isPartyAlias(h: NameHit): h is Extract<NameHit, { kind: 'actor' }> {
  return h.kind === 'actor' && h.actor.kind === 'party' && h.surface !== h.actor.name;
}

function resolveBody(kb: ActorKnowledge, body: readonly Word[], date: string | null, former: boolean, places?: PlaceCountry): Resolution | null {
  const scanned = scan(kb, body);
  const agents = scanned.agents;

  // The head: the first agent or name before any preposition.
  // A preposition inside a known name or role ("Secretary of State", "Ministry of Defense") is not one.
  const inside = (i: number) => scanned.names.some((n) => n.start < i && i < n.end) || agents.some((a) => a.start < i && i < a.end);
  const firstPP = body.findIndex((w, i) => i > 0 && PP_WORDS.has(w.norm) && !inside(i));
  const headEnd = firstPP < 0 ? body.length : firstPP;
  const inHead = (m: { start: number }) => m.start < headEnd;
  const ethnic = findEthnic(kb, body, headEnd, scanned.names, agents);
  let names = ethnic ? scanned.names.filter((n) => n.end <= ethnic.start || n.start >= ethnic.end) : scanned.names;

  const countryHits = names.filter((n) => n.hits.some((h) => h.kind === 'country'));
  const countryOf = (n: NameMatch) => (n.hits.find((h) => h.kind === 'country') as Extract<NameHit, { kind: 'country' }> | undefined)?.country ?? null;
  const headCountry = countryHits.find(inHead) ?? null;
  const contextCountry = headCountry ? countryOf(headCountry)!.cameo : null;
  // A party's short name is the party of the country named with it ("Maryland Democratic Party", "Republican Party of
  // Idaho" the American one; "Socialist Party USA" the American party of that name, not a French one), and without a
  // country only the whole of the words ("Christian Democratic Party" is no "Democratic Party").
  const partyCountry = headCountry ? countryOf(headCountry) : countryHits[0] ? countryOf(countryHits[0]) : null;
  const ownParty = (n: NameMatch) => (h: NameHit) => !isPartyAlias(h) || (partyCountry ? h.actor.country === partyCountry.iso3 : n.start === 0 && n.end === body.length);
  if (names.some((n) => !n.hits.every(ownParty(n)))) {
    names = names.map((n) => ({ ...n, hits: n.hits.filter(ownParty(n)) }));
    // (The name's words are then a party of the country's, as its role word would have said.)
    if (partyCountry && names.some((n) => n.hits.length === 0)) {
      const code = `${partyCountry.cameo}PTY`;
      return { code, country: partyCountry.iso3, sector: 'PTY', name: body.map((w) => w.text).join(' '), basis: 'nominal' };
    }
    names = names.filter((n) => n.hits.length > 0);
  }

  // A name that runs into more capitalised words is part of another name ("Juan Carlos" in "Juan Carlos Jobet").
  const isCap = (i: number) => i >= 0 && i < body.length && /^\p{Lu}/u.test(body[i]!.text) && !names.some((n) => n.start <= i && i < n.end) && !agents.some((a) => a.start <= i && i < a.end);
  const actorMatches = names.filter((n) => n.hits.some((h) => h.kind === 'actor') && !isCap(n.end) && !isCap(n.start - 1) && !givenNameBefore(kb, body, agents, n));
  const headAgents = agents.filter(inHead);
  const headAgent = headAgents[headAgents.length - 1] ?? null;
  const genericHead = headAgent ? GENERIC_HEADS.has(headAgent.agent.phrase) : false;

  // 1. A named actor: in the head, or after a generic title ("president of the European Council").
  const usable = actorMatches.filter((m) => inHead(m) || genericHead || !headAgent);
  const named = usable.filter((m) => inHead(m)).pop() ?? usable[0];
  // PETRARCH lists some offices as actors ("US President", "German Chancellor"): the office's
  // holder at the date says more than the office.
  const office = named && !former ? officeEntry(kb, body.slice(named.start, named.end), date) : null;
  if (office) return { ...office, basis: 'nominal' };
  if (named) {
    const hits = named.hits.filter((h) => h.kind === 'actor');
    const h = chooseHit(kb, hits, date, contextCountry);
    if (h && h.kind === 'actor') {
      let r = resolveNamedActor(kb, h.actor, date);
      // "president of the European Council": a generic title over a body without a role takes the title's role.
      if (r && !r.sector && headAgent && genericHead && !inHead(named)) {
        const code = r.code + headAgent.agent.code;
        r = { ...r, code, sector: splitCode(kb, code).sector ?? headAgent.agent.code.slice(0, 3) };
      }
      // A country-level actor from a dictionary before a role word: "Arnorian steward" → ARN + GOV.
      const after = agents.find((a) => a.start >= named.end && inHead(a));
      if (r && r.code.length === 3 && after) {
        const code = after.agent.position === 'prefix' ? after.agent.code + r.code : r.code + after.agent.code;
        r = { ...r, code, sector: splitCode(kb, code).sector ?? after.agent.code.slice(0, 3) };
      }
      // The title the text gives a known person is their role when it was written, where the
      // dated roles give none at the date ("U.S. Secretary of State Antony Blinken", undated).
      const title = titleBefore(kb, body, named.start);
      if (r && title && h.actor.type === 'person' && (r.sector === 'ELI' || r.sector === null) && r.country && kb.byIso3.has(r.country)) {
        const code = combine(kb.byIso3.get(r.country)!, title);
        r = { ...r, code, sector: splitCode(kb, code).sector };
      }
      // A country name that is also an actor alias ("Moscow" in PETRARCH) keeps the country reading.
      if (r && !(named.hits[0]!.kind === 'country' && h.actor.provenance > 0)) return r;
    }
  }

  // 2. Country + role word. A people of one country belongs to it ("Uyghur activists" → CHN).
  const anyCountry = headCountry ?? countryHits[0] ?? null;
  const home = ethnic && ethnic.group.countries.length === 1 ? kb.byCameo.get(ethnic.group.countries[0]!) ?? null : null;
  const country = anyCountry ? countryOf(anyCountry) : home ?? loyalTo(kb, body, actorMatches, date) ?? (places && agents.length ? townCountry(kb, body, names, agents, ethnic, places) : null);
  let agent = headAgent ?? agents[0] ?? null;
  if (genericHead && agents.length > 1) {
    const after = agents.find((a) => a.start >= headEnd);
    if (after) agent = after;
  }
  // "president of the Chadian Human Rights League": a generic title over a body the
  // dictionaries do not know heads that body, not the state: only its country is known.
  if (genericHead && agent === headAgent && country && unknownBodyAfter(body, headEnd, names, agents)) {
    return { ...countryResolution(country), name: body.map((w) => w.text).join(' ') };
  }
  // "Muslim leaders", "Buddhist clerics": religious leaders (REL) of that religion.
  const religion = headAgents.find((a) => RELIGION_CODES.has(a.agent.code.slice(0, 3)) && a !== headAgent);
  if (religion && headAgent && /^(leaders?|clerics?|officials?|figures?)$/.test(headAgent.agent.phrase)) {
    agent = { ...headAgent, agent: { ...headAgent.agent, code: 'REL' + religion.agent.code.slice(0, 3) } };
  }
  // A people's own organs are not its home state's: "Kachin Independence Army", "Kurdish
  // Regional Government" are KAC MIL and KUR GOV, not Myanmar's army or Iraq's government.
  const stateOrgan = agent && OFFICE_SECTORS.has(agent.agent.code.slice(0, 3));
  const owner = ethnic && !anyCountry && stateOrgan ? null : country;
  if (agent) {
    const country = owner;
    // "the Russian president" is whoever holds the office at the date; a former one is not known.
    if (country && !former && !ethnic && PERSON_AGENT_HEADS.has(agent.agent.phrase)) {
      const holder = officeHolder(kb, country.cameo, agent.agent.phrase, date);
      if (holder && agent.end >= body.length - 1) return { ...holder, basis: 'nominal' };
    }
    const code = combine(country, agent.agent, ethnic?.group ?? null);
    const parts = splitCode(kb, code);
    const surface = body.map((w) => w.text).join(' ').replace(/ 's/g, "'s");
    return {
      code, country: country ? country.iso3 : null, sector: parts.sector,
      name: surface, basis: country || ethnic ? 'nominal' : 'agent',
      ...(ethnic ? { ethnic: ethnic.group.code } : {}),
    };
  }

  // An ethnic group without a role: "Kurds" → KUR, "Syrian Kurds" → SYRKUR, "Uyghurs" → CHNUIG.
  if (ethnic) {
    const code = (country?.cameo ?? '') + ethnic.group.code;
    const surface = body.map((w) => w.text).join(' ').replace(/ 's/g, "'s");
    return { code, country: country ? country.iso3 : null, sector: null, name: surface, basis: 'nominal', ethnic: ethnic.group.code };
  }

  // 3. A country (name, demonym or capital: the state) alone; a city or region alone stands
  //    for its people (NGEC/PLOVER convention: "Sydney" → AUSCVL).
  if (country) {
    const hit = anyCountry!.hits.find((h) => h.kind === 'country');
    if (hit && hit.kind === 'country' && hit.form === 'place' && anyCountry!.end - anyCountry!.start === body.length) {
      return { code: country.cameo + 'CVL', country: country.iso3, sector: 'CVL', name: hit.surface, basis: 'country' };
    }
    return countryResolution(country);
  }
  return null;
}

/** Resolve an actor's name or description at a date (ISO YYYY-MM-DD, or null for now). */
export function resolveActor(text: string, date: string | null, kb: ActorKnowledge, places?: PlaceCountry): { code: string; country: string | null; sector: string | null; name: string } | null {
  const r = resolveWords(kb, words(text), date, places);
  return r ? { code: r.code, country: r.country, sector: r.sector, name: r.name } : null;
}

/** An input line of `dateline resolve --jsonl` (see CONTRACT.md). */
export interface ResolveRequest {
  readonly id: unknown;
  readonly text: string;
  /** "YYYYMMDD" or "YYYY-MM-DD"; absent = now. */
  readonly date?: string | null;
}

/** ISO date from the contract's "YYYYMMDD" or "YYYY-MM-DD"; null when absent or unreadable. */
export function isoDate(d: string | null | undefined): string | null {
  if (!d) return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(d.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** One output line of `dateline resolve --jsonl`: {id, code, country, sector, name}, nulls when unresolved. */
export function resolveRecord(req: ResolveRequest, kb: ActorKnowledge, places?: PlaceCountry): { id: unknown; code: string | null; country: string | null; sector: string | null; name: string | null } {
  const r = resolveActor(String(req.text ?? ''), isoDate(req.date ?? null), kb, places);
  return { id: req.id, code: r?.code ?? null, country: r?.country ?? null, sector: r?.sector ?? null, name: r?.name ?? null };
}
