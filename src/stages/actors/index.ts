/**
 * Actors: give each entity its CAMEO actor code, canonical name, country and
 * sector, using titles in context ("Russian President Vladimir Putin") and the
 * article date for dated roles; add the nominal actor mentions NER leaves out
 * ("Syrian government", "the Russian president", "Iraqi troops"); fix entity
 * types the knowledge base is sure about (ISIS → ORG). A body named alone ("the Senate") and
 * an unknown person with a state title but no country ("Interior Minister X") are held in the
 * country the document is about, when its entities name one country clearly most (homeCountry).
 *
 * Compute, then write: every entity is resolved first, then the layer is set once.
 */
import { firstOfTwoSurnames } from '../../nlp/surnames.js';
import { withLayer, layer, single, type Doc } from '../../document/document.js';
import { placeWithRegion, type Dateline, type Entity, type EntityType, type Token } from '../../document/layers.js';
import { firstStartingFrom, lastStartingBy, SpanIndex } from '../../document/span.js';
import type { RunOptions, Stage } from '../../pipeline.js';
import { lookupName, splitCode, type Actor, type ActorKnowledge, type Agent, type Country, type NameHit } from '../../knowledge/actors/load.js';
import { STATE_SECTOR } from '../../knowledge/actors/codes.js';
import { normName, normNameGivenLower } from '../../knowledge/actors/normalise.js';
import { BODY_HEAD, bodyName, homeCountry, homeTitled, isPersonAgent, STATE_OFFICE, stateOffice, type BodyName } from './home.js';
import { principalsPeople, roleAppositions } from './principals.js';
import { acronymMentions } from './acronyms.js';
import { companyOfficers, datelineCompany, hasLegalForm, shortNames } from './companies.js';
import { homeUnion } from './unions.js';
import { codeOf, roleAfterName, roleBeforeName } from './appositions.js';
import { placeOffices } from './offices.js';
import { placeCountryOf, townCountryOf, type PlaceCountry } from './places.js';
import { asFormer, chooseHit, givenNameNotTitle, isPartyAlias, FORMER_WORDS, officeHolder, resolveNamedActor, resolveWords, scan, type AgentMatch, type Resolution, type Word } from './resolve.js';

export { isoDate, resolveActor, resolveRecord, resolveWords, words, type Resolution, type ResolveRequest } from './resolve.js';

/** Words before a place that make it a location, not an actor ("talks in Moscow"). */
const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'near', 'outside', 'into', 'across', 'throughout', 'toward', 'towards', 'inside', 'around', 'via', 'of', 'within']);

/** Sectors whose PETRARCH role words are safe to read as actor mentions after a country word. */
const NOMINAL_SECTORS = new Set(['GOV', 'MIL', 'REB', 'OPP', 'COP', 'JUD', 'LEG', 'SPY', 'UAF', 'PTY', 'ELI']);
/** Words of rank between a country and a role word ("the Russian top diplomat", "a Chinese senior official"). */
const RANK_WORDS: ReadonlySet<string> = new Set(['top', 'senior', 'chief', 'leading', 'high-ranking', 'veteran', 'new', 'incoming', 'interim']);
/** Offices written after a portfolio or a court ("Oil Minister", "Health Secretary", "District Judge"), and how many words that may take. */
const PORTFOLIO_OFFICE = /(?:minister|secretary|judge|justice|commissioner)$/;
const PORTFOLIO_MAX = 4;
/** First words of an office's name that tell its rank, not its portfolio ("prime minister", "first minister", "general secretary"). */
const RANK_LEADS: ReadonlySet<string> = new Set(['prime', 'first', 'chief', 'general']);
/** Offices a place in a country (a state, a region, a city) holds for it: "Connecticut Senator", "Texas Governor", "Chicago Mayor", "Scotland First Minister", "Indiana House Speaker". */
const PLACE_OFFICE = /(?:^|\s)(?:senator|congressman|congresswoman|representative|lawmaker|legislator|governor|lieutenant governor|mayor|judge|sheriff|attorney general|police chief|prosecutor|(?:deputy )?first minister|premier|chief minister|police and crime commissioner|chief constable|police commissioner|house speaker)$/;

/** The parties of US offices, written before them ("Republican Senator", "Democratic Governor"). */
const US_PARTIES: ReadonlySet<string> = new Set(['Republican', 'Democratic', 'Democrat', 'GOP']);

/** The country a place names (a state, a city in it), for an office it holds ("Connecticut Senator"). */
function placeOfMatch(hits: readonly NameHit[], start: number): { start: number; hit: Extract<NameHit, { kind: 'country' }> } | null {
  for (const h of hits) if (h.kind === 'country' && h.form === 'place') return { start, hit: h };
  return null;
}

/** A portfolio word before "ministry" ("energy", "Economy"): one word of letters, lower-case or capitalised. */
const PORTFOLIO_WORD = /^(?:\p{Ll}{3,}|\p{Lu}\p{Ll}{2,})$/u;

interface Title {
  readonly country: Country | null;
  readonly agent: { phrase: string; code: string; position: 'suffix' | 'prefix' } | null;
  /** "former", "ex-", "late": the title is not the role at the time of writing. */
  readonly former?: boolean;
  /** An organisation written before the role word ("White House Press Secretary", "NASA Administrator"). */
  readonly org?: Actor;
  /** A body's role word before a person's ("central bank president", "army chief"): the office the person holds is the body's. */
  readonly bodyAgent?: { phrase: string; code: string; position: 'suffix' | 'prefix' };
  /**
   * Nothing but the title qualifies the name: the title opens its sentence or follows punctuation or a
   * lower-case word, not a name the title belongs to ("FPL spokeswoman", "British Trade and Industry Secretary").
   */
  readonly open?: boolean;
  /** Token index of the title's first word ("former" and the like before it aside). */
  readonly start?: number;
  /** An officer's title word stands between the role word and the name ("Police director"). */
  readonly officer?: boolean;
}

/**
 * Title abbreviations written before a name, with their period, and the role words they stand for ("Sen. Ben Sasse",
 * "Rep. Brian Babin", "Gov. Kristi Noem", "Adm. Michael Gilday"). Not as words of their own ("Amartya Sen", a sales rep).
 */
const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['Sen.', 'senator'], ['Rep.', 'congressman'], ['Gov.', 'governor'], ['Adm.', 'admiral'], ['Col.', 'colonel']]);

/** The agent of a title abbreviation (TITLE_ABBREVIATIONS) that is the token, as a match of the one word ending at `end`. */
function abbreviatedTitle(kb: ActorKnowledge, text: string, token: Token, end: number): AgentMatch | undefined {
  const phrase = token.end - token.start <= 4 ? TITLE_ABBREVIATIONS.get(text.slice(token.start, token.end)) : undefined;
  const agent = phrase ? kb.agents.get(phrase) : undefined;
  return agent && { start: end - 1, end, agent };
}

/** A US legislator's party and state after the name: " (R-TX)", " (D-N.Y.)", ", R-Neb.,", " (I-Vt.)". */
const PARTY_STATE = /^(?:\s*\(|,\s*)[RDI]-(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]{0,3}\.)?|[A-Z]\.[A-Z]\.|[A-Z][a-z]+)(?:\)|,)/;

/** Titles of people who work for an organisation, after its name ("White House Press Secretary", "FBI Director"). */
const ORG_TITLE_WORDS = new Set(['secretary', 'press', 'administrator', 'director', 'agent', 'ceo', 'chairman', 'chairwoman', 'chair', 'spokesman',
  'spokeswoman', 'spokesperson', 'commissioner', 'counsel', 'adviser', 'advisor', 'deputy', 'executive', 'chief', 'head', 'general', 'attorney', 'officer']);

/**
 * What an organisation's staff are ("CNN anchor", "Fox News reporter", "NASA planetary scientist", "Princeton University
 * neuroscience professor"): a person titled so works for the organisation named before the title, and takes its code.
 */
const STAFF_WORDS: ReadonlySet<string> = new Set(['reporter', 'correspondent', 'anchor', 'commentator', 'columnist', 'editor', 'journalist',
  'host', 'presenter', 'producer', 'analyst', 'economist', 'scientist', 'researcher', 'professor', 'lecturer', 'expert', 'engineer', 'strategist']);
/** Staff of the media, whose organisation is the medium they work for, not the beat before the title ("VOA Pentagon correspondent"). */
const MEDIA_STAFF: ReadonlySet<string> = new Set(['reporter', 'correspondent', 'anchor', 'commentator', 'columnist', 'editor', 'journalist', 'host', 'presenter', 'producer']);

const FORMER = new Set(['former', 'ex', 'ex-', 'late', 'then', 'outgoing', 'erstwhile', 'onetime', 'one-time', 'retired']);
/** Words before a role word that keep its kind of office: "Vice President", "Deputy Prime Minister". */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['vice', 'deputy', 'acting', 'interim', 'assistant', 'junior']);

function wordOf(doc: Doc, t: Token): Word {
  const text = doc.text.slice(t.start, t.end);
  return { text, norm: normNameGivenLower(text, t.norm) };
}

/** The words of a document's tokens, each made once (titles and nominal mentions read the same tokens). */
class DocWords {
  private readonly ws: (Word | undefined)[];
  constructor(private readonly doc: Doc, private readonly tokens: readonly Token[]) { this.ws = new Array(tokens.length); }
  at(i: number): Word { return (this.ws[i] ??= wordOf(this.doc, this.tokens[i]!)); }
  /** The words of tokens a … b-1, made if need be, in an array indexed by token (read only that range of it). */
  upTo(a: number, b: number): readonly Word[] {
    for (let i = a; i < b; i++) this.at(i);
    return this.ws as readonly Word[];
  }
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

const NO_TITLE: Title = { country: null, agent: null };

function matchEndingAt<M extends { readonly end: number }>(ms: readonly M[], end: number): M | undefined {
  for (let k = 0; k < ms.length; k++) if (ms[k]!.end === end) return ms[k];
  return undefined;
}

function matchStartingAt<M extends { readonly start: number }>(ms: readonly M[], start: number): M | undefined {
  for (let k = 0; k < ms.length; k++) if (ms[k]!.start === start) return ms[k];
  return undefined;
}

/** The first hit naming a country by its name, alias, demonym or capital (not a mere place in it). */
function countryHit(hits: readonly NameHit[]): Extract<NameHit, { kind: 'country' }> | undefined {
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    if (h.kind === 'country' && h.form !== 'place') return h;
  }
  return undefined;
}

/**
 * The country a name match (words base + start … base + end - 1) names, and where that name starts. "The United
 * States" at a sentence start: the capitalised article made the match a longer name that names no country;
 * without it, it does.
 */
function countryOfMatch(kb: ActorKnowledge, ws: readonly Word[], base: number, n: { start: number; end: number; hits: readonly NameHit[] }): { start: number; hit: Extract<NameHit, { kind: 'country' }> } | null {
  const hit = countryHit(n.hits);
  if (hit) return { start: n.start, hit };
  if (n.end - n.start < 2 || ws[base + n.start]!.norm !== 'the') return null;
  const bare = countryHit(lookupName(kb, ws.slice(base + n.start + 1, base + n.end).map((w) => w.text).join(' ')));
  return bare ? { start: n.start + 1, hit: bare } : null;
}

/**
 * Where a lower-case portfolio before an office starts ("Italian [economic development] minister", "Italy's [economy]
 * minister"): up to PORTFOLIO_MAX nouns and adjectives (an "and" between them) ending at word `at` of the title's words,
 * with a country's name (or its "'s") right before them; null where no country is.
 */
function lowerPortfolioStart(kb: ActorKnowledge, ws: readonly Word[], tokens: readonly Token[], names: ReturnType<typeof scan>['names'], from: number, at: number): number | null {
  for (let k = at; k > 0 && at - k < PORTFOLIO_MAX;) {
    const w = ws[from + k - 1]!;
    if (!/^\p{Ll}+$/u.test(w.text) || FORMER.has(w.norm)) return null;
    const and = w.norm === 'and';
    if (and ? k === at : !/^(?:NOUN|ADJ)$/.test(tokens[from + k - 1]!.pos)) return null;
    k--;
    if (and) continue;
    let c = k;
    while (c > 0 && /^(?:'s|')$/.test(ws[from + c - 1]!.norm)) c--;
    const n = matchEndingAt(names, c);
    if (n && countryOfMatch(kb, ws, from, n)) return k;
  }
  return null;
}

/**
 * The title written just before an entity, inside its sentence: a run of country words
 * (name, demonym, "Russia's") and role words ending at the entity ("Russian President").
 */
function titleBefore(kb: ActorKnowledge, text: string, words: DocWords, tokens: readonly Token[], first: number, sentenceStart: number, places: PlaceCountry | null): Title {
  // The (up to) seven tokens before the entity that are in its sentence (tokens are in text order), and a bracketed
  // abbreviation of the title ("Member of Parliament (MP) Yvette Cooper").
  const bracketed = first >= 3 && tokens[first - 1]!.norm === ')' && tokens[first - 3]!.norm === '(' && /^\p{Lu}{2,6}$/u.test(text.slice(tokens[first - 2]!.start, tokens[first - 2]!.end));
  let from = Math.max(first - (bracketed ? 10 : 7), 0);
  while (from < first && tokens[from]!.start < sentenceStart) from++;
  if (from >= first) return NO_TITLE;
  const ws = words.upTo(from, first);
  const { names, agents } = scan(kb, ws, from, first);
  // Walk back from the entity over role and country words only.
  let at = first - from - (bracketed ? 3 : 0);
  let country: Country | null = null;
  let agent: Title['agent'] = null;
  let org: Actor | undefined;
  let orgTitle = false;
  // A lower-case organisation title ("deputy chairman") holds only for an organisation named before it, not a country.
  let lowerTitle = false;
  let bodyAgent: Title['bodyAgent'];
  let portfolio = 0;
  // "Republican Senator Ben Sasse", "Nebraska Republican Governor Kay Orr": a US party between the office and any place.
  let usParty = false;
  // "Minister of Local Administration and Environment Hussein Makhlouf": a portfolio after "of", between the office and the name.
  if (!matchEndingAt(agents, at)) {
    let k = at;
    while (k > 0 && at - k < PORTFOLIO_MAX && (/^\p{Lu}\p{Ll}+$/u.test(ws[from + k - 1]!.text) || (k < at && /^(?:and|&)$/.test(ws[from + k - 1]!.norm)))) k--;
    const office = k < at && k > 1 && /^(?:of|for)$/.test(ws[from + k - 1]!.norm) ? matchEndingAt(agents, k - 1) : undefined;
    if (office && PORTFOLIO_OFFICE.test(office.agent.phrase)) at = k - 1;
  }
  while (at > 0) {
    const a = matchEndingAt(agents, at) ?? abbreviatedTitle(kb, text, tokens[from + at - 1]!, at);
    if (a) {
      if (!agent) {
        agent = a.agent;
        // "Oil and Mines Minister": a portfolio the dictionaries write with its office ("mines minister") counts as one
        // word of the portfolio, so that an "and" may join another before it.
        // (Not a rank's office: "prime minister", "first minister", "deputy secretary".)
        const lead = agent.phrase.split(/\s/)[0]!;
        if (PORTFOLIO_OFFICE.test(agent.phrase) && lead !== agent.phrase && !TITLE_MODIFIERS.has(lead) && !RANK_LEADS.has(lead)) portfolio = 1;
      } else if (!bodyAgent && !isPersonAgent(a.agent.phrase) && BODY_HEAD.test(a.agent.phrase)) bodyAgent = a.agent;
      at = a.start;
      continue;
    }
    // (A party's short name is read as the walk reads a US party's: "GOP Gov. Matt Bevin".)
    const n = matchEndingAt(names, at);
    if (n && !n.hits.every(isPartyAlias)) {
      // "Connecticut Senator", "Texas Governor", "Chicago Mayor": a place in the country holds the offices of its state.
      const c = countryOfMatch(kb, ws, from, n) ?? (agent && PLACE_OFFICE.test(agent.phrase) ? placeOfMatch(n.hits, n.start) : null);
      // (Nor a place before an organisation's portfolio: "USA Today Washington Bureau Chief" is no Washington office.)
      if (c && (lowerTitle || (orgTitle && !agent && portfolio > 0))) break;
      // ("a China scholar", "an Iran expert": a country's name before an expert's word is the field, not the expert's country.)
      if (c && agent && c.hit.form === 'name' && EXPERTISE.test(agent.phrase)) break;
      if (c) { country = c.hit.country; at = c.start; continue; }
      // An organisation before the role word: the person works for it.
      // (Not a body any country has, "Congress Leader Girish Chodankar": which congress, the name does not say; nor a party
      // by a name several countries' parties have, "Labor activist Howie Hawkins".)
      const o = (agent || orgTitle) && !country ? n.hits.find((h): h is Extract<NameHit, { kind: 'actor' }> => h.kind === 'actor' && h.actor.type !== 'person' && !kb.agents.has(normName(h.surface)) && !isPartyAlias(h)) : undefined;
      if (o) { org = o.actor; at = n.start; }
      break;
    }
    const norm = ws[from + at - 1]!.norm;
    if (norm === "'s" || norm === "'" || norm === 'the') { at--; continue; }
    // A title word only an organisation's people bear ("Press Secretary", "Administrator", "deputy director"), next to the
    // name; it counts only if the walk then reaches the organisation's name.
    if (!agent && !country && (ORG_TITLE_WORDS.has(norm.toLowerCase()) || (STAFF_WORDS.has(norm.toLowerCase()) && tokens[from + at - 1]!.pos === 'NOUN'))) {
      orgTitle = true;
      if (!/^\p{Lu}/u.test(ws[from + at - 1]!.text)) lowerTitle = true;
      at--;
      continue;
    }
    // "NASA planetary scientist", "Northwestern University public health expert": up to two lower-case words of the field
    // between an organisation's name and its staff's title word (only where the name is right before them).
    if ((orgTitle || (agent && STAFF_WORDS.has(agent.phrase))) && !country && /^\p{Ll}+$/u.test(ws[from + at - 1]!.text)) {
      const lower = (j: number) => /^\p{Ll}+$/u.test(ws[from + j]!.text) && /^(?:NOUN|ADJ)$/.test(tokens[from + j]!.pos);
      const fieldStart = lower(at - 1) ? [at - 1, at - 2].find((j) => j > 0 && (j === at - 1 || lower(j)) && matchEndingAt(names, j)?.hits.some((h) => h.kind === 'actor' && h.actor.type !== 'person')) : undefined;
      if (fieldStart !== undefined) { at = fieldStart; orgTitle = true; continue; }
    }
    // "EC Agriculture Commissioner Frans Andriessen": up to three capitalised words of the portfolio between an
    // organisation's title word and its name (counting only if the walk then reaches the name).
    if (orgTitle && !agent && !country && !lowerTitle && portfolio < PORTFOLIO_MAX - 1 && /^\p{Lu}\p{Ll}+$/u.test(ws[from + at - 1]!.text)
      && !FORMER.has(norm.toLowerCase()) && at > 1) { portfolio++; at--; continue; }
    // "US Ambassador to Germany Richard Grenell": the country after "to" is where the envoy is sent, not theirs.
    if (norm === 'to' && country && !agent && matchEndingAt(agents, at - 1)) { country = null; at--; continue; }
    // "Vice President", "Deputy Prime Minister": the same kind of office ("Former Vice President" is former).
    if (agent && TITLE_MODIFIERS.has(norm.toLowerCase())) { at--; continue; }
    // ("First Deputy Prime Minister", "first vice president": "first" before such a word is of the same office.)
    if (agent && norm.toLowerCase() === 'first' && TITLE_MODIFIERS.has(ws[from + at]!.norm.toLowerCase())) { at--; continue; }
    if (agent && !country && PLACE_OFFICE.test(agent.phrase) && US_PARTIES.has(ws[from + at - 1]!.text)) { usParty = true; at--; continue; }
    // "Saudi Arabian Oil Minister", "Civil Aviation Minister", "Road Transport and Bridges Minister", "U.S. District Judge": up to
    // three capitalised words of the portfolio or court (and an "and" between them) between the office and the country.
    if (agent && portfolio < PORTFOLIO_MAX && PORTFOLIO_OFFICE.test(agent.phrase) && !FORMER.has(norm.toLowerCase())
      && (/^\p{Lu}\p{Ll}+$/u.test(ws[from + at - 1]!.text) || (portfolio > 0 && /^(?:and|&)$/.test(norm) && at > 1 && /^\p{Lu}\p{Ll}+$/u.test(ws[from + at - 2]!.text)))) { portfolio++; at--; continue; }
    // "Italian economic development minister", "Italy's economy minister": a portfolio in lower case the dictionaries do not
    // write with its office, only where a country is named right before it.
    if (agent && portfolio === 0 && PORTFOLIO_OFFICE.test(agent.phrase)) {
      const k = lowerPortfolioStart(kb, ws, tokens, names, from, at);
      if (k !== null) { portfolio = at - k; at = k; continue; }
    }
    // "Iloilo City Mayor", "Wilmington Mayor", "Koszalin police chief": a town the dictionaries do not know, found in the
    // gazetteer, holds the office for its country.
    const town: { country: Country; start: number } | null = agent && !country && places && PLACE_OFFICE.test(agent.phrase) ? townEndingAt(kb, ws, tokens, from, at, places) : null;
    if (town) { country = town.country; at = town.start; continue; }
    break;
  }
  // A US party's office with no place written: the United States' ("Republican Senator Ben Sasse").
  if (usParty && !country) country = kb.byCameo.get('USA') ?? null;
  // ("former federal prosecutor": a word may stand between.)
  const former = (at > 0 && FORMER.has(ws[from + at - 1]!.norm.toLowerCase())) || (at > 1 && /^\p{Ll}/u.test(ws[from + at - 1]!.text) && FORMER.has(ws[from + at - 2]!.norm.toLowerCase()));
  const lead = at > 0 ? ws[from + at - 1]! : null;
  // Open: nothing but the title qualifies the name (Title.open); not where a country or a body is named just
  // before ("Soviet first deputy prime minister").
  // (Only names among the five words before the entity count: a longer title walks farther than a dateline's place two words before it.)
  const qualifies = (n: (typeof names)[number]) => n.start >= first - from - 5 && (countryHit(n.hits) || n.hits.some((h) => h.kind === 'actor' && h.actor.type !== 'person'));
  const open = names.some(qualifies) ? false : lead ? !/^\p{Lu}/u.test(lead.text) && !/^(?:and|&|of|for|at|'s)$/i.test(lead.norm) : tokens[from]!.start <= sentenceStart;
  const staff = !!agent && STAFF_WORDS.has(agent.phrase);
  // (An officer's title word between the role word and the name: "Police director".)
  const officer = orgTitle && !!agent && !org;
  // (A medium's staff work for a medium: "VOA Pentagon correspondent" is no one at the Pentagon.)
  const staffTitle = org ? ws.slice(from + at, first).find((w) => STAFF_WORDS.has(w.norm)) : undefined;
  if (org && staffTitle && MEDIA_STAFF.has(staffTitle.norm) && !org.periods.some((p) => /MED/.test(p.code))) org = undefined;
  return { country, agent, former, open, start: from + at, ...(officer ? { officer } : {}), ...(bodyAgent ? { bodyAgent } : {}), ...(org && (orgTitle || staff || (agent && isPersonAgent(agent.phrase))) ? { org } : {}) };
}

/** Words of those who study a field, which a country's name before them names ("China scholar", "Russia expert"). */
const EXPERTISE = /(?:^|\s)(?:scholar|expert|analyst|specialist|watcher|researcher|historian|economist)s?$/;
/** Parts of speech no town's name is made of ("But", "And", "When" opening a sentence). */
const FUNCTION_POS: ReadonlySet<string> = new Set(['CCONJ', 'SCONJ', 'ADV', 'ADP', 'DET', 'PRON', 'AUX', 'PART', 'INTJ']);
/** Most capitalised words a town's name before an office runs to ("Palm Beach Gardens"). */
const TOWN_WORDS = 3;

/**
 * A town or city the gazetteer knows (a well-known one: gazetteerPlaceCountry), written in capitalised words right before
 * word `at` of the title's words: its country, and its first word. The longest name that is one wins ("Iloilo City", then
 * "City"); none of its words is a name or a role word the dictionaries know.
 */
function townEndingAt(kb: ActorKnowledge, ws: readonly Word[], tokens: readonly Token[], from: number, at: number, places: PlaceCountry): { country: Country; start: number } | null {
  let k = at;
  // (Not a function word that opens the sentence in capitals: "But Senator Tom Reed" is no senator of But, a town in Congo.)
  while (k > 0 && at - k < TOWN_WORDS && /^\p{Lu}[\p{L}'’.-]*$/u.test(ws[from + k - 1]!.text) && !kb.agents.has(ws[from + k - 1]!.norm)
    && !FUNCTION_POS.has(tokens[from + k - 1]!.pos)) k--;
  for (let s = k; s < at; s++) {
    const c = townCountryOf(kb, places, ws.slice(from + s, from + at).map((w) => w.text).join(' '));
    if (c) return { country: c, start: s };
  }
  return null;
}

/** A role phrase a person holds ("security official", "presidential nominee", "member"), not a body's ("government"). */
function personRole(phrase: string): boolean {
  return isPersonAgent(phrase) || isPersonAgent(phrase.slice(phrase.lastIndexOf(' ') + 1)) || /(?:^|\s)(?:member|nominee|candidate|official|officer)$/.test(phrase);
}

/**
 * The actor a title makes of a person the dictionaries do not know: a country's office ("Iranian Foreign Minister" IRNGOV;
 * "former New Mexico governor", "the late Alabama Governor": an elite of that country), or an organisation's ("White House
 * Press Secretary", "NASA Administrator": its code; "Former CIA deputy director": an elite of its country). Null for a title
 * that names neither.
 */
function titledActor(kb: ActorKnowledge, title: Title, date: string | null, name: string): Resolution | null {
  if (title.country && title.agent) {
    const code = titleCode(title.country, title.agent);
    const parts = splitCode(kb, code);
    const r: Resolution = { code, country: parts.country, sector: parts.sector, name, basis: 'nominal' };
    return title.former ? { ...asFormer(kb, r), name } : r;
  }
  if (!title.country && title.org) {
    const o = resolveNamedActor(kb, title.org, date);
    if (o) return title.former ? { ...asFormer(kb, o), name, basis: 'nominal' } : { ...o, name, basis: 'nominal' };
  }
  return null;
}

function titleCode(country: Country, agent: NonNullable<Title['agent']>): string {
  return agent.position === 'prefix' ? agent.code + country.cameo : country.cameo + agent.code;
}

/** Head words of the bodies an international organisation shares its short names with. */
const OWNED_BODY = /\b(?:Council|Assembly|Commission|Court|Parliament|Committee|Secretariat|Tribunal)$/;
/** An owner's name with "'s" before an organisation's (and the capitalised words of the name the tagger left out: "Peace and"). */
const OWNER = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})[’']s\s+(?:(?:\p{Lu}[\p{L}-]*|and)\s+){0,3}$/u;

/** The country or international organisation that owns the organisation starting at `start` ("the African Union's …"), if one does. */
function ownerBefore(kb: ActorKnowledge, text: string, start: number): { code: string; name: string } | null {
  const m = OWNER.exec(text.slice(Math.max(0, start - 80), start));
  if (!m) return null;
  for (const h of lookupName(kb, m[1]!)) {
    if (namesCountry(h)) return { code: h.country.cameo, name: h.country.name };
    if (h.kind === 'actor' && h.actor.type === 'org' && /^IGO/.test(h.actor.periods[0]?.code ?? '')) return { code: h.actor.periods[0]!.code, name: h.actor.name };
  }
  return null;
}

/** Words without the article that opens them. */
const withoutThe = (words: string) => words.replace(/^the\s+/i, '');

/** An entity given an actor code (its country and sector with it) and a name, and a type where one is given. */
function codedAs(kb: ActorKnowledge, e: Entity, code: string, name: string, type?: EntityType): Resolved {
  const parts = splitCode(kb, code);
  const entity: Writable<Entity> = { ...e, ...(type ? { type } : {}), actor: code, name };
  if (parts.country) entity.country = parts.country;
  if (parts.sector) entity.sector = parts.sector;
  return { entity, titled: false };
}

/** A hit that is a country by its name (or an alias), not by a demonym, capital or place. */
const namesCountry = (h: NameHit): h is Extract<NameHit, { kind: 'country' }> => h.kind === 'country' && (h.form === 'name' || h.form === 'alias');

/** The name after a body's: "of" (or "of the") and its capitalised words. */
const OF_NAME = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3})/u;

/** The place after a body's or a group's role word: "in" (or "in the") and its capitalised words. */
const IN_NAME = /^\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3})/u;
/** People of a state who are where a place after them says ("officials in Wuhan", "health officials in Lagos"), as bodies are. */
const LOCATED_PEOPLE = /(?:^|\s)(?:officials|authorities)$/;

/**
 * The country of the place named right after offset `end` by "in" ("police in Kharkiv", "officials in Washington"): a country or
 * a place of one the dictionaries know, or a well-known town of the gazetteer. All the capitalised words name it.
 */
function locatedIn(kb: ActorKnowledge, text: string, end: number, places: PlaceCountry | null): Country | null {
  const c = text.charCodeAt(end);
  if ((c !== 32 && c !== 10) || text.charCodeAt(end + 1) !== 105) return null;
  const m = IN_NAME.exec(text.slice(end, end + 80));
  if (!m) return null;
  return placeCountryOf(kb, places, m[1]!.replace(/[’']s$/, '').replace(/\s+/g, ' '));
}

/** The country named right after offset `end` by "of" ("the government of Egypt"), if the words after "of" are one's name. */
function countryAfter(kb: ActorKnowledge, text: string, end: number): Country | null {
  const c = text.charCodeAt(end);
  if ((c !== 32 && c !== 10) || text.charCodeAt(end + 1) !== 111) return null;
  const m = OF_NAME.exec(text.slice(end, end + 80));
  if (!m) return null;
  // All the capitalised words name the country ("of Iraq", "of Iraq's"; not "of American Samoa", whose first word is a demonym).
  return lookupName(kb, m[1]!.replace(/[’']s$/, '').replace(/\s+/g, ' ')).find(namesCountry)?.country ?? null;
}

export interface ActorStageOptions {
  /** Add nominal mentions ("Syrian government") as entities with via 'actor' (default true). */
  readonly nominals?: boolean;
  /** Towns the dictionaries do not know, as the country of an office held there ("Iloilo City Mayor"); none when absent. */
  readonly places?: PlaceCountry;
}

/** An entity resolved, and whether its role came from the title written with it. */
interface Resolved {
  readonly entity: Entity;
  readonly titled: boolean;
  /** An unknown person with a state title and no country: the country the document is about would code them. */
  readonly wantsHome?: boolean;
  /** A party by a name parties of several countries have: read again for the country the document is about. */
  readonly party?: boolean;
}

/** The one country of those a document names (ISO alpha-3) that has a party called `name`, or null. */
function partyCountry(kb: ActorKnowledge, name: string, named: ReadonlySet<string>): Country | null {
  const own = new Set(lookupName(kb, name).flatMap((h) => (isPartyAlias(h) && h.actor.country && named.has(h.actor.country) ? [h.actor.country] : [])));
  return own.size === 1 ? kb.byIso3.get([...own][0]!) ?? null : null;
}

/** A company's name: a legal form at its end, or an ordinal bank ("First National Bank of Chicago"). */
const COMPANY = /\b(?:Ltd|Inc|Corp|Co|PLC|Plc|LLC|AG|SA|NV|Bhd)\.?>?$|^(?:the\s+)?(?:First|Second|Third)\b/i;
/**
 * A body of members named by what they are or do ("Canadian Lake Carriers Association", "Royal Air Force Association"): a role
 * word in its name ("carriers", "air force") is what its members are, and no organ of the state (STATE_ORGAN) is a body of
 * members; a profession's may be its sector ("Swiss Lawyers Federation" CHEJUD, as lawyers are).
 */
const MEMBERS_BODY = /\b(?:Association|Federation|Society|League|Foundation|Club|Alliance|Coalition|Guild|Institute)$/;
/** Sectors of the state's own organs: its government, legislature, armed forces, police and intelligence. */
const STATE_ORGAN = /^(?:GOV|LEG|MIL|COP|SPY)/;
/** Do one to three words of a longer name make a role word ("Federal Court", "Air Force", "Court of Appeals")? */
function holdsAgent(kb: ActorKnowledge, text: string): boolean {
  const ws = normName(text).replace(/['’]s\b/g, '').split(' ');
  for (let i = 0; i < ws.length; i++) {
    let phrase = '';
    for (let n = 1; n <= 3 && i + n <= ws.length && n < ws.length; n++) {
      phrase = n === 1 ? ws[i]! : `${phrase} ${ws[i + n - 1]}`;
      if (kb.agents.has(phrase)) return true;
    }
  }
  return false;
}

/**
 * One entity's actor. `home` (the country the document is about) and `body` (bodyName of the entity) are given on the
 * second reading, for the mentions the home country can change.
 */
function resolveEntity(kb: ActorKnowledge, doc: Doc, words: DocWords, tokens: readonly Token[], sentenceStart: number, e: Entity, date: string | null,
  places: PlaceCountry | null, home: Country | null = null, bodyOf: BodyName | null = null): Resolved {
  const first = firstStartingFrom(tokens, e.start);
  const title = titleBefore(kb, doc.text, words, tokens, first, sentenceStart, places);
  // A body named alone in a document about one country is that country's ("the Senate" in a
  // story from Manila), not the one the dictionaries give it.
  // (Where the dictionaries give it to that very country, as they give "Senate" to the United States, their code stands.)
  let named = lookupName(kb, e.text);
  // A party by a short name that parties of several countries have ("the Labour Party", "the Democratic Party", "the
  // Conservatives"): the party of the country named with it ("Finland's Conservatives", a party of Finland's whatever the
  // dictionaries know), else of the country the document is about, read again once that country is known, or none when
  // that country has no party of the name (a Korean story's "Democratic Party" is no American one).
  if (named.length > 0 && named.every(isPartyAlias)) {
    const own = title.country ?? home;
    if (!own) return { entity: e, titled: false, party: true };
    named = named.filter((x) => x.kind === 'actor' && x.actor.country === own.iso3);
    if (!named.length && title.country) return codedAs(kb, e, `${title.country.cameo}PTY`, `${title.country.name} ${withoutThe(e.text)}`, 'ORG');
    if (!named.length) return { entity: e, titled: false };
  }
  // A body with its country after it ("the government of Egypt", "the Supreme Court of Puerto Rico") is that country's.
  const owner = title.country ? null : countryAfter(kb, doc.text, e.end);
  const ownBody = owner ? (bodyOf ?? bodyName(kb, e))?.bare ?? null : null;
  if (owner && ownBody) return codedAs(kb, e, titleCode(owner, ownBody), `${owner.name} ${withoutThe(e.text)}`, 'ORG');
  // A body another country or organisation owns ("the African Union's Peace and Security Council") is the owner's,
  // not the international one the dictionaries know by that short name (the UN's "Security Council").
  const igoAlias = (h: NameHit) => h.kind === 'actor' && h.surface !== h.actor.name && /^IGO/.test(h.actor.periods[0]?.code ?? '');
  if (e.type === 'ORG' && OWNED_BODY.test(e.text) && named.some(igoAlias)) {
    const owned = ownerBefore(kb, doc.text, e.start);
    const own = (h: NameHit) => h.kind === 'actor' && h.actor.periods.some((p) => p.code.startsWith(owned!.code));
    if (owned && !named.some(own)) return codedAs(kb, e, owned.code, `${owned.name}'s ${withoutThe(e.text)}`);
  }
  const body = home && !title.country ? bodyOf?.bare ?? null : null;
  if (body && !named.some((h) => h.kind === 'actor' && h.actor.periods.some((p) => p.code.startsWith(home!.cameo)))) {
    return codedAs(kb, e, titleCode(home!, body), `${home!.name} ${withoutThe(e.text)}`, 'ORG');
  }
  // A body any country may have, which the dictionaries give to another country than the story's and which is no
  // body of the state ("Congress" in an Indian story is the party, not the US Congress), is left unresolved.
  if (home && !body && !title.country && bodyOf) {
    // (A body by its own full name stands: "Securities and Exchange Commission" is the United States'.)
    const elsewhere = (h: NameHit) => h.kind === 'actor' && h.actor.type !== 'person' && h.surface !== h.actor.name && !h.actor.periods.some((p) => p.code.startsWith(home.cameo));
    if (named.length && named.every(elsewhere)) return { entity: e, titled: false };
  }
  // "Venezuela-style inflation", "Soviet-style": a likeness, no actor.
  if (/^-(?:style|like|type|esque|inspired)\b/i.test(doc.text.slice(e.end, e.end + 10))) return { entity: e, titled: false };
  let hits: NameHit[] = named;
  // "United Nations-mediated", "Kurdish-led": the name without its hyphenated participle.
  if (!hits.length) {
    const stripped = /^(.+?)-(led|backed|mediated|based|run|sponsored|brokered|controlled|held|allied|linked|affiliated|supported|owned)$/.exec(e.text);
    if (stripped) hits = lookupName(kb, stripped[1]!);
  }
  // "the Islamic State" / "President Putin" inside the span: try without leading words.
  if (!hits.length && /\s/.test(e.text)) {
    const ws = e.text.split(/\s+/);
    let lead = '';
    for (let k = 1; k < ws.length && !hits.length; k++) {
      lead = k === 1 ? ws[0]! : lead + ' ' + ws[k - 1]!;
      // (Not a party's short name after another word: "Christian Democratic Party" is no "Democratic Party"; nor a
      // surname after a given name that is a role word too: "Hunter Biden" is no "Biden", whatever the recogniser
      // typed the two words.)
      const given = k === 1 && ws.length === 2 && givenNameNotTitle(kb, { text: lead, norm: normName(lead) });
      if ((k === 1 && /^(the|a|an)$/i.test(lead)) || (kb.agents.has(normName(lead)) && !given)) hits = lookupName(kb, ws.slice(k).join(' ')).filter((x) => !isPartyAlias(x));
    }
  }
  // "President Reagan": the name with its title is a known person's alias.
  if (!hits.length && e.type === 'PER' && title.agent && !title.country) hits = lookupName(kb, `${title.agent.phrase} ${e.text}`);
  const prefer = e.type === 'PER' ? 'person' : e.type === 'ORG' ? 'org' : e.type === 'LOC' ? 'place' : undefined;
  // Only a PER mention can be a person the hand file does not vouch for ("Christian" as MISC is not a name).
  if (e.type !== 'PER' && hits.some(unvouchedPerson)) hits = hits.filter((x) => !unvouchedPerson(x));
  let h = chooseHit(kb, hits, date, title.country?.cameo ?? null, prefer);
  // A surname the date does not vouch for alone may be with its title ("President Reagan" decades after his office).
  if (!h && hits.length && e.type === 'PER' && title.agent && !title.country) h = chooseHit(kb, lookupName(kb, `${title.agent.phrase} ${e.text}`), date, null, prefer);
  let r: Resolution | null = null;
  let titled = false;
  let type: EntityType = e.type;
  if (h?.kind === 'actor') {
    r = resolveNamedActor(kb, h.actor, date);
    if (h.actor.provenance === 0) type = h.actor.type === 'person' ? 'PER' : h.actor.type === 'org' ? 'ORG' : type;
    // The title the article gives a known person is their role when it was written
    // ("Iranian President Hassan Rouhani" with no article date, or one the dated roles miss).
    // A government title without a country ("Treasury Secretary James Baker" in 1987, a post
    // the dated roles miss) holds in the country the roles give, for someone they have out of office.
    // So does any title of someone whose dated roles give only their country at the date, before a first role they have
    // ("Member of Parliament Yvette Cooper" in 2019, a minister from 2024: GBRLEG).
    const country = title.country
      ?? (r && title.agent?.code.startsWith('GOV') && r.code.endsWith('ELI') ? kb.byCameo.get(r.code.slice(0, 3)) ?? null : null)
      ?? (r && title.agent && r.code.length === 3 ? kb.byCameo.get(r.code) ?? null : null);
    if (r && h.actor.type === 'person' && country && title.agent && !title.former) {
      const code = titleCode(country, title.agent);
      const parts = splitCode(kb, code);
      if (code !== r.code && parts.country === country.iso3) r = { ...r, code, country: parts.country, sector: parts.sector };
      titled = true;
    }
  } else if (h?.kind === 'country') {
    const c = h.country;
    if (h.form === 'demonym') {
      // An adjective: the country is known, but it is not itself an actor.
      const entity: Writable<Entity> = { ...e };
      entity.name = c.name;
      entity.country = c.iso3;
      entity.type = e.type === 'PER' ? e.type : 'MISC';
      return { entity, titled: false };
    }
    const place = h.form === 'capital' || h.form === 'place';
    // A capital stands for its government ("Moscow said"), but not as a location or a modifier ("Astana talks").
    const metonymy = h.form === 'capital' && !locatedOrModifier(doc, tokens, first, sentenceStart, e);
    if (e.type !== 'PER') type = 'LOC';
    const entity: Writable<Entity> = { ...e };
    entity.type = type;
    entity.name = place ? h.surface : c.name;
    entity.country = c.iso3;
    if (!(place && !metonymy)) entity.actor = c.cameo;
    return { entity, titled: false };
  }
  if (!r && e.type === 'PER' && (title.country || title.agent || title.org)) {
    // An unknown person with a title: "Iranian Foreign Minister X" → IRNGOV.
    if (title.country && title.agent) {
      r = titledActor(kb, title, date, e.text);
    } else if (title.country) {
      r = { code: title.country.cameo, country: title.country.iso3, sector: null, name: e.text, basis: 'nominal' };
    } else if (home && title.agent && homeTitled(title)) {
      // "Senator Franklin Drilon" in a story from Manila: the role is held in the document's country; "central bank
      // president Jier Nogales" in a Bolivian one: the bank's office there.
      const code = titleCode(home, title.bodyAgent ?? title.agent);
      const parts = splitCode(kb, code);
      r = { code, country: parts.country, sector: parts.sector, name: e.text, basis: 'nominal' };
    } else if (title.org) {
      r = titledActor(kb, title, date, e.text);
    }
  }
  // "Rep. Brian Babin (R-TX)", "Sen. Ben Sasse, R-Neb.,": a party and a state after the name mark a member of the US
  // Congress (or of a state's legislature), whatever the story's country.
  if (!r && e.type === 'PER' && !title.country && !title.former && PARTY_STATE.test(doc.text.slice(e.end, e.end + 20))) {
    const parts = splitCode(kb, 'USALEG');
    r = { code: 'USALEG', country: parts.country, sector: parts.sector, name: e.text, basis: 'nominal' };
  }
  if (!r && !h && e.type === 'ORG' && holdsAgent(kb, e.text)) {
    // A state body named with its country inside a name the dictionaries do not know ("Canadian Federal Court",
    // "U.S. Administration", "Royal Saudi Air Force"): the country and the role, as a description of it reads. Not a
    // country alone, nor a company or a college (their country words are often places: "Sierra Nevada Corporation").
    const end = firstStartingFrom(tokens, e.end);
    const w = resolveWords(kb, words.upTo(first, end).slice(first, end), date);
    const last = e.text.slice(e.text.lastIndexOf(' ') + 1).toLowerCase();
    const people = isPersonAgent(last) || isPersonAgent(last.replace(/s$/, '')); // "Sacramento Kings"
    // (A party may be read by its short name with the country's: "Maryland Democratic Party".)
    if (w && w.country && w.sector && (w.basis === 'nominal' || w.sector === 'PTY') && (STATE_SECTOR.test(w.sector) || w.sector === 'PTY') && !people && !COMPANY.test(e.text)
      && !(MEMBERS_BODY.test(e.text) && STATE_ORGAN.test(w.sector))) r = { ...w, name: e.text };
  }
  if (!r && e.type === 'ORG' && title.country && !title.agent) {
    // A body named by its role word after the country's name: "United States House of Representatives" (which the
    // recogniser splits into the country and "House of Representatives"), "Iranian parliament", and by a name the
    // dictionaries do not know that ends in a body's role word ("Japan's Economy Ministry").
    const agent = kb.agents.get(normName(e.text.replace(/^the\s+/i, ''))) ?? (bodyOf ?? bodyName(kb, e))?.bare
      // (A body's name whose head is a state office's, "Israel's Central Bureau of Statistics": the country's government.)
      ?? (stateOffice(e.text) ? STATE_OFFICE : undefined);
    // ("Japan's Ministry of International Trade and Industry", "Britain's National Westminster Bank PLC", "Italy's Ferruzzi
    // SpA", "Australia's Griffith University": a ministry, a company by its legal form, a university of that country; a
    // company and a university keep their own names.)
    // (A country's bare name right before a company's may be the name's first word, "<China Entertainment and Land Investment
    // Co Ltd>": only its "'s" or its adjective say whose the company is.)
    const prev = first > 0 ? tokens[first - 1]! : null;
    const owned = !!prev && (/^['’]s?$/.test(prev.norm) || (prev.norm === 'the' && first > 1 && /^['’]s?$/.test(tokens[first - 2]!.norm))
      || lookupName(kb, doc.text.slice(prev.start, prev.end)).some((x) => x.kind === 'country' && x.form === 'demonym') || /^U\.?[SK]\.?$/.test(doc.text.slice(prev.start, prev.end)));
    const kind = agent || !owned ? undefined : ownedKind(kb, e.text);
    const role = agent ?? kind;
    if (role && !isPersonAgent(role.phrase)) {
      const code = titleCode(title.country, role);
      const parts = splitCode(kb, code);
      const own = kind && kind.phrase !== 'ministry';
      r = { code, country: parts.country, sector: parts.sector, name: own ? e.text.replace(/\s+/g, ' ') : `${title.country.name} ${e.text.replace(/^the\s+/i, '')}`, basis: 'nominal' };
    }
  }
  // A university the dictionaries do not know, named by its place ("University of California", "Ohio State University",
  // "Medical University of Gdańsk"): that place's country's educators.
  if (!r && !h && e.type === 'ORG') {
    const country = universityCountry(kb, e.text);
    if (country) r = { ...codeOf(kb, `${country.cameo}EDU`), name: e.text.replace(/\s+/g, ' ') };
  }
  // So is a newspaper named by its place and a newspaper's word ("The Kathmandu Post", "Samoa Observer", "Fiji Times"): that
  // place's country's news media, whatever type the recogniser gave it.
  if (!r && !h && (e.type === 'ORG' || e.type === 'LOC')) {
    const country = newspaperCountry(kb, e.text);
    if (country) {
      r = { ...codeOf(kb, `${country.cameo}MED`), name: e.text.replace(/\s+/g, ' ') };
      type = 'ORG';
    }
  }
  if (!r) return { entity: e, titled: false, wantsHome: e.type === 'PER' && !title.country && homeTitled(title) };
  const entity: Writable<Entity> = { ...e };
  entity.type = type;
  entity.actor = r.code;
  entity.name = r.name;
  if (r.country) entity.country = r.country;
  if (r.sector) entity.sector = r.sector;
  return { entity, titled };
}

/** A ministry's name with what it is for after it: "Ministry of International Trade and Industry", "Ministry for Foreign Affairs". */
const MINISTRY_OF = /^(?:the\s+)?Ministry\s+(?:of|for)\s+\p{Lu}/u;
/** A university's or college's name. */
const COLLEGE = /\b(?:University|College)\b/;

/**
 * The kind of body a name the dictionaries do not know says it is, where a country is written before it ("Japan's",
 * "Italian"): a ministry (GOV), a company by its legal form (BUS), a university (EDU); undefined for any other.
 */
function ownedKind(kb: ActorKnowledge, name: string): Agent | undefined {
  const text = name.replace(/\s+/g, ' ');
  const word = MINISTRY_OF.test(text) ? 'ministry' : hasLegalForm(text) ? 'company' : COLLEGE.test(text) ? 'university' : null;
  return word ? kb.agents.get(word) : undefined;
}

/** A university's name with its place after "University of" ("University of California", "Medical University of Gdańsk"). */
const UNIVERSITY_OF = /\bUniversity\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/u;
/** … or before it ("Ohio State University", "Boston University", "American University"). */
const PLACE_UNIVERSITY = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}?)\s+(?:State\s+)?University\b/u;

/**
 * The country of a university the actor data does not know, from the place its name holds: a country, a demonym, or a
 * state, region or city the country data lists (not the gazetteer's every town: "Saint Louis University" is no
 * Senegalese one); null when the name holds none ("Howard University", "Rutgers University").
 */
function universityCountry(kb: ActorKnowledge, name: string): Country | null {
  const m = UNIVERSITY_OF.exec(name) ?? PLACE_UNIVERSITY.exec(name);
  if (!m) return null;
  return leadingPlace(kb, m[1]!.split(/\s+/))[0]?.country ?? null;
}

/** The country hits of the longest run of words from their start that names a place of a country ("New South Wales", not "New"); none for none. */
function leadingPlace(kb: ActorKnowledge, words: readonly string[]): Extract<NameHit, { kind: 'country' }>[] {
  for (let n = words.length; n > 0; n--) {
    const hits = lookupName(kb, words.slice(0, n).join(' ')).filter((x): x is Extract<NameHit, { kind: 'country' }> => x.kind === 'country');
    if (hits.length) return hits;
  }
  return [];
}

/** A newspaper's name: one to three capitalised words, then a word newspapers are named by. */
const NEWSPAPER = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(?:Post|Times|Observer|Herald|Tribune|Gazette|Journal|Chronicle|Bulletin|Telegraph|Globe|Inquirer|Examiner|Courier|Dispatch|Mercury|Daily)$/u;

/**
 * The country of a newspaper the actor data does not know, from the city or region its name opens with ("Kathmandu Post",
 * "Houston Chronicle", "Hong Kong Economic Journal"); null for none. Not from a country's own name alone, which papers elsewhere
 * bear too ("China Times" is Taiwan's), nor a place of two countries ("Korea Herald").
 */
function newspaperCountry(kb: ActorKnowledge, name: string): Country | null {
  const m = NEWSPAPER.exec(name.replace(/\s+/g, ' '));
  if (!m) return null;
  const hits = leadingPlace(kb, m[1]!.trim().split(' '));
  // (One country's: "Korea" is a place of two.)
  return hits.length && hits.every((x) => x.country === hits[0]!.country) && hits.some((x) => x.form === 'capital' || x.form === 'place') ? hits[0]!.country : null;
}

/** Is a place entity a location ("talks in Moscow") or a modifier ("Astana talks")? */
function locatedOrModifier(doc: Doc, tokens: readonly Token[], first: number, sentenceStart: number, e: Entity): boolean {
  const prevWord = first > 0 && tokens[first - 1]!.start >= sentenceStart ? doc.text.slice(tokens[first - 1]!.start, tokens[first - 1]!.end).toLowerCase() : '';
  if (LOCATIVE.has(prevWord)) return true;
  const last = firstStartingFrom(tokens, e.end);
  return last < tokens.length && tokens[last]!.start === e.end + 1 && /^(NOUN)$/.test(tokens[last]!.pos) && /^[a-z]/.test(doc.text[tokens[last]!.start]!);
}

/** A person from PETRARCH or REIGN, not the hand file: only a PER mention is believed to name one. */
function unvouchedPerson(x: NameHit): boolean {
  return x.kind === 'actor' && x.actor.type === 'person' && x.actor.provenance !== 0;
}

/** The role each titled person has in the article, by canonical name (the first titled mention's). */
function titledRoles(resolved: readonly Resolved[]): Map<string, Entity> {
  const roles = new Map<string, Entity>();
  for (const { entity: e, titled } of resolved) if (titled && e.name && !roles.has(e.name)) roles.set(e.name, e);
  return roles;
}

/**
 * The role an article gives a person with a title ("Iranian President Hassan Rouhani") holds for
 * every mention of that person in it ("Rouhani said"), whatever the dated roles say.
 */
function titledRoleForAllMentions(entities: Entity[], roles: ReadonlyMap<string, Entity>): Entity[] {
  if (!roles.size) return entities;
  return entities.map((e) => {
    const t = e.type === 'PER' && e.name ? roles.get(e.name) : undefined;
    if (!t || t.actor === e.actor || t.country !== e.country) return e;
    const { sector: _s, ...rest } = e;
    return { ...rest, actor: t.actor!, ...(t.sector ? { sector: t.sector } : {}) };
  });
}

/** Words after an organisation's name that make it a market index's: "S and P 500", "S and P index", "S and P pit". */
const INDEX_AFTER = /^(?:\d+|index|indexes|indices|contract|contracts|futures|options|pit|pits|<)$/;

/** An organisation entity over [s, t) for a known actor, by its code at the date; null when it has none then. */
function namedOrg(kb: ActorKnowledge, doc: Doc, actor: Actor, s: number, t: number, date: string | null): Entity | null {
  const r = resolveNamedActor(kb, actor, date);
  return r ? mentionOf(doc, s, t, 'ORG', r) : null;
}

/** A mention over [s, t) that a rule found: its type, and the code, country, sector and name the rule gave it. */
function mentionOf(doc: Doc, s: number, t: number, type: EntityType, r: { readonly code: string; readonly country: string | null; readonly sector: string | null; readonly name: string }): Entity {
  const e: Writable<Entity> = { start: s, end: t, text: doc.text.slice(s, t), type, via: 'actor', actor: r.code, name: r.name };
  if (r.country) e.country = r.country;
  if (r.sector) e.sector = r.sector;
  return e;
}

/** The same for a code alone, with the country and sector splitCode reads in it. */
function codedMention(kb: ActorKnowledge, doc: Doc, s: number, t: number, type: EntityType, code: string, name: string): Entity {
  const parts = splitCode(kb, code);
  return mentionOf(doc, s, t, type, { code, country: parts.country, sector: parts.sector, name });
}

/**
 * Nominal actor mentions in a sentence: [country word] + role word(s), not followed by a
 * name (then it is a title): "Syrian government", "the Russian president", "Iraqi troops".
 * `entities`: those over the sentence (or more).
 */
function nominalMentions(kb: ActorKnowledge, doc: Doc, words: DocWords, tokens: readonly Token[], sentence: { start: number; end: number }, entities: readonly Entity[], date: string | null, home: Country | null = null, places: PlaceCountry | null = null): Entity[] {
  const a = firstStartingFrom(tokens, sentence.start);
  const b = firstStartingFrom(tokens, sentence.end);
  // ws[a + i] is the word of the sentence's i-th token, tokens[a + i] the token.
  const ws = words.upTo(a, b);
  const { names, agents } = scan(kb, ws, a, b);
  const out: Entity[] = [];
  // A known body whose name holds a country the recogniser took alone ("the US military", where it found "US"):
  // the whole name, by its own code.
  for (const n of names) {
    const hit = n.hits.find((h): h is Extract<NameHit, { kind: 'actor' }> => h.kind === 'actor' && h.actor.type !== 'person');
    if (!hit) continue;
    const s = tokens[a + n.start]!.start;
    const t = tokens[a + n.end - 1]!.end;
    const inner = entities.filter((e) => e.start < t && s < e.end);
    // (The country as a place or as its adjective: "US military", "Iranian parliament".)
    if (!inner.length || !inner.every((e) => (e.type === 'LOC' || e.type === 'MISC') && e.start >= s && e.end <= t)) continue;
    // (More words than the country's, not a period: "Soviet Union." is the country; nor a title before a name: "US President Donald Trump".)
    const rest = doc.text.slice(s, inner[0]!.start) + doc.text.slice(inner[inner.length - 1]!.end, t);
    if (!/\p{L}/u.test(rest) || (a + n.end < b && startsPersonOrOrg(entities, tokens[a + n.end]!.start))) continue;
    const e = namedOrg(kb, doc, hit.actor, s, t, date);
    if (e) out.push(e);
  }
  // A curated organisation the recogniser missed ("Press TV reported", "S and P said") or read in pieces: its name of two or
  // more capitalised words, as the hand file writes it.
  for (const n of names) {
    if (n.end - n.start < 2) continue;
    const hit = n.hits.find((h): h is Extract<NameHit, { kind: 'actor' }> => h.kind === 'actor' && h.actor.type === 'org' && h.actor.provenance === 0);
    if (!hit) continue;
    let k = n.start;
    if (ws[a + k]!.norm === 'the') k++;
    // (Capitalised but for joining words inside: "S and P", "Bank of Montreal".)
    const inner = (w: Word, j: number) => j > 0 && j < n.end - k - 1 && /^(?:and|of|for|on|de|du|la|&)$/.test(w.text);
    if (n.end - k < 2 || !ws.slice(a + k, a + n.end).every((w, j) => /^[\p{Lu}\p{N}&]/u.test(w.text) || inner(w, j))) continue;
    const s = tokens[a + k]!.start;
    const t = tokens[a + n.end - 1]!.end;
    // (Nor over the recogniser's own entity, but for pieces of the name it read as organisations or other names without a code:
    // "Presidential Commission" and "Good Government" of the Presidential Commission on Good Government.)
    if (entities.some((e) => e.start < t && s < e.end && !((e.type === 'ORG' || e.type === 'MISC') && !e.actor && e.start >= s && e.end <= t && e.end - e.start < t - s))
      || out.some((e) => e.start < t && s < e.end)) continue;
    // (Nor a market index named after it: "the S and P 500", "the S and P contract <SPX>", "the S and P pit".)
    if (a + n.end < b && INDEX_AFTER.test(ws[a + n.end]!.norm)) continue;
    const e = namedOrg(kb, doc, hit.actor, s, t, date);
    if (e) out.push(e);
  }
  // Every other nominal mention ends in a role word: a sentence without one has none.
  if (!agents.length) return out.length ? out : NO_ENTITIES;
  // Does a country's name end right before word `end`, or before the "'s" there?
  const countryEndsAt = (end: number) => {
    const m = matchEndingAt(names, end);
    return !!m && !!countryOfMatch(kb, ws, a, m);
  };
  const countryBefore = (j: number) => countryEndsAt(ws[a + j - 1]!.norm === "'s" ? j - 1 : j);
  for (const ag of agents) {
    // Several role words in a row: "foreign minister" is one phrase; "army chief" two; take the last.
    if (matchStartingAt(agents, ag.end)) continue;
    // Nor is "deputy" in "Sweden's deputy director of public prosecutions" a role of its own (PETRARCH's sheriff's deputy).
    if (TITLE_MODIFIERS.has(ag.agent.phrase) && a + ag.end < b && ORG_TITLE_WORDS.has(ws[a + ag.end]!.norm.toLowerCase())) continue;
    // The country word right before the role word(s) ("Syrian", "Russia 's").
    let j = ag.start;
    // One word between the country and the role word: a portfolio the role words do not know before "ministry"
    // ("Germany's economy ministry", "the Ukrainian energy ministry"; not a name's: "Russia's Gazprom ministry" is no such
    // thing), a rank ("the Russian top diplomat", "a Chinese senior official"), or a person's office of the same kind
    // ("Russia's deputy foreign minister", "the Iranian acting president").
    const between = ws[a + j - 1];
    const word = between?.norm.toLowerCase() ?? '';
    if (j > 1 && ((ag.agent.phrase === 'ministry' && PORTFOLIO_WORD.test(between!.text) && !matchEndingAt(agents, j)) || RANK_WORDS.has(word)
      || (TITLE_MODIFIERS.has(word) && isPersonAgent(ag.agent.phrase)))
      && !matchEndingAt(names, j) && countryBefore(j - 1)) j--;
    if (j > 0 && ws[a + j - 1]!.norm === "'s") j--;
    const n0 = matchEndingAt(names, j);
    const named = n0 ? countryOfMatch(kb, ws, a, n0) : null;
    const n = named ? { ...n0!, start: named.start } : n0;
    const ch = named?.hit;
    // "the Russian and Syrian defense ministries": the bodies of two countries, no one country's.
    if (n && ch && n.start > 1 && /^(?:and|&)$/.test(ws[a + n.start - 1]!.norm) && countryEndsAt(n.start - 1)) continue;
    let startWord = n && ch ? n.start : ag.start;
    if (!n || !ch) {
      // Extend over preceding role words ("Iranian foreign ministry spokesman").
      for (let k = agents.length - 1; k >= 0; k--) if (agents[k]!.end === startWord) startWord = agents[k]!.start;
      // An ethnic group before the role word: "Kurdish rebels" → KURREB, "Uyghur activists" → CHNUIGOPP.
      // (A country written after the body, "the government of Egypt", is its own, whatever the story is about.)
      // So is a place written after it ("police in Kharkiv", "officials in Wuhan"); not after another body's role words
      // ("ministry officials in New York for the debt talks" are the ministry's, wherever they are).
      const located = startWord === ag.start ? locatedIn(kb, doc.text, tokens[a + ag.end - 1]!.end, places) : null;
      const owner = countryAfter(kb, doc.text, tokens[a + ag.end - 1]!.end) ?? located ?? home;
      const e = ethnicNominal(kb, doc, tokens, ws, a, ag, startWord, entities, date)
        ?? (owner ? homeBody(kb, doc, tokens, ws, a, ag, startWord, entities, owner, !!located) ?? homeBodyPeople(kb, doc, tokens, ws, a, ag, agents, startWord, entities, owner)
          ?? domainOfficials(kb, doc, tokens, ws, a, ag, startWord, entities, owner) : null)
        ?? (places && startWord === ag.start ? townPeople(kb, doc, tokens, ws, a, ag, entities, places) : null);
      if (e) out.push(e);
      continue;
    }
    if (!ag.agent.curated && !NOMINAL_SECTORS.has(ag.agent.code.slice(0, 3))) continue;
    if (a + ag.end < b && startsPersonOrOrg(entities, tokens[a + ag.end]!.start)) continue; // a title: "Russian President Vladimir Putin"
    const s = tokens[a + startWord]!.start;
    const t = tokens[a + ag.end - 1]!.end;
    if (overlapsActorEntity(entities, s, t, tokens[a + ag.start]!.start)) continue;
    const country = ch.country;
    const phrase = ag.agent.phrase;
    // "the former Iranian president": no office holder, an elite (ELI) of that country.
    const former = startWord > 0 && FORMER_WORDS.has(ws[a + startWord - 1]!.norm);
    let r: Resolution | null = null;
    if (isPersonAgent(phrase) && !former) r = officeHolder(kb, country.cameo, phrase, date);
    const text = doc.text.slice(s, t);
    if (!r) {
      const code = ag.agent.position === 'prefix' ? ag.agent.code + country.cameo : country.cameo + ag.agent.code;
      const parts = splitCode(kb, code);
      r = { code, country: parts.country, sector: parts.sector, name: text, basis: 'nominal' };
      if (former) r = asFormer(kb, r);
    }
    out.push(mentionOf(doc, s, t, isPersonAgent(phrase) ? 'PER' : 'ORG', r));
  }
  return out;
}

/**
 * "the government", "the Interior Ministry", "police" with no country written before them, in a
 * document about one country, or with one after them ("the government of Egypt"): that
 * country's body (`home` + the agent's code).
 */
function homeBody(kb: ActorKnowledge, doc: Doc, tokens: readonly Token[], ws: readonly Word[], a: number, ag: { start: number; end: number; agent: { phrase: string; code: string; position: 'suffix' | 'prefix' } }, startWord: number, entities: readonly Entity[], home: Country, located = false): Entity | null {
  const phrase = ag.agent.phrase;
  if (!STATE_SECTOR.test(ag.agent.code) || !(located ? BODY_HEAD.test(phrase) || LOCATED_PEOPLE.test(phrase) : BODY_HEAD.test(phrase) && !isPersonAgent(phrase))) return null;
  const before = startWord > 0 ? ws[a + startWord - 1]!.norm.toLowerCase() : '';
  // (A body's document, "a ministry statement", "an army communique", "a government report", is the body's however it opens.)
  const next = a + ag.end < tokens.length ? tokens[a + ag.end]! : null;
  const document = !!next && DOCUMENT.test(doc.text.slice(next.start, next.end)) && (!/\p{L}/u.test(before) || /^(?:a|an|the|in)$/.test(before));
  if (before !== 'the' && !document && !((phrase === 'police' || located) && !/^(?:a|an|of)$/.test(before))) return null;
  const s = tokens[a + startWord]!.start;
  const t = tokens[a + ag.end - 1]!.end;
  if (overlapsActorEntity(entities, s, t) || (next && startsPersonOrOrg(entities, next.start))) return null;
  return codedMention(kb, doc, s, t, 'ORG', titleCode(home, ag.agent), `${home.name} ${doc.text.slice(s, t).toLowerCase()}`);
}

/** A body's documents, which speak for it: "a ministry statement", "a government report". */
const DOCUMENT = /^(?:statement|report|communiqu[eé]|release|announcement|circular|notice|decree|bulletin|directive|memorandum|document)s?$/i;

/** Words that may stand before a state body's people ("a government official", "senior ministry officials"). */
const PEOPLE_BEFORE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'senior', 'top', 'some', 'several', 'other', 'many', 'two', 'three', 'four', 'five']);

/**
 * A state body's people with no country written before them, in a document about one country: "government
 * officials said", "a senior ministry official", "an army spokesman", "government sources", "official sources",
 * "parliamentary sources", "a government finance official" are that country's body (`home` + the body's code), as "the government" is
 * (homeBody); so are "lawmakers" or "legislators" alone, its legislature's. Not after a word that names or qualifies
 * another body ("foreign government officials", "industry and government officials", "Tokyo's ministry officials").
 */
function homeBodyPeople(kb: ActorKnowledge, doc: Doc, tokens: readonly Token[], ws: readonly Word[], a: number, ag: AgentMatch, agents: readonly AgentMatch[], startWord: number, entities: readonly Entity[], home: Country): Entity | null {
  const phrase = ag.agent.phrase;
  const cut = phrase.lastIndexOf(' ');
  const last = phrase.slice(cut + 1);
  const rest = cut > 0 ? phrase.slice(0, cut) : '';
  // (The word after the role words, when it is "sources": "government sources", "military sources".)
  const next = a + ag.end < tokens.length ? tokens[a + ag.end]! : null;
  const sources = !!next && next.start - tokens[a + ag.end - 1]!.end <= 1 && SOURCES.test(doc.text.slice(next.start, next.end));
  const people = (w: string) => isPersonAgent(w) || SOURCES.test(w);
  const body = rest
    // One role phrase: "government officials", "official sources"; or a body's role word before a person's phrase ("government" + "finance official").
    ? (((people(last) && BODY_HEAD.test(rest)) || BODY_ADJECTIVE.test(rest)) && startWord === ag.start ? ag : people(last) && startWord < ag.start ? matchEndingAt(agents, ag.start) : null)
    // A body's role word before a person's ("army" + "spokesman"); a body's before "sources"; the legislature's people.
    : LEGISLATORS.test(phrase) ? (startWord === ag.start ? ag : null)
      : people(phrase) ? (startWord < ag.start ? matchEndingAt(agents, ag.start) : null)
      : sources && startWord === ag.start ? ag : null;
  if (!body || body.start !== startWord || !STATE_SECTOR.test(body.agent.code)) return null;
  if (body !== ag && (isPersonAgent(body.agent.phrase) || !BODY_HEAD.test(body.agent.phrase))) return null;
  if (body === ag && !rest && !LEGISLATORS.test(phrase) && (isPersonAgent(phrase) || !BODY_HEAD.test(phrase))) return null;
  // (The word before the people's words: a determiner, a rank, a number, or none; the sentence's start or punctuation.)
  const before = startWord > 0 ? ws[a + startWord - 1]!.norm.toLowerCase() : '';
  if (/\p{L}/u.test(before) && !PEOPLE_BEFORE.has(before)) return null;
  const s = tokens[a + startWord]!.start;
  const t = sources && body === ag && !rest ? next!.end : tokens[a + ag.end - 1]!.end;
  // (Nor people placed elsewhere: "ministry officials in New York for the talks" are some ministry's, whose the place does not say.)
  if (IN_NAME.test(doc.text.slice(t, t + 80))) return null;
  if (overlapsActorEntity(entities, s, t) || (a + ag.end < tokens.length && startsPersonOrOrg(entities, tokens[a + ag.end]!.start))) return null;
  return codedMention(kb, doc, s, t, 'PER', titleCode(home, body.agent), `${home.name} ${doc.text.slice(s, t).replace(/\s+/g, ' ').toLowerCase()}`);
}

/**
 * A town's officials, the gazetteer's well-known town written right before them, which the recogniser read as a place ("the
 * Shanghai official", "Moscow officials"): the town's country's government (its people's sector: "a Kharkiv police spokesman" is read as a body's
 * people above). Only people who speak for an office (officials, spokesmen), after an article, a rank or nothing.
 */
function townPeople(kb: ActorKnowledge, doc: Doc, tokens: readonly Token[], ws: readonly Word[], a: number, ag: AgentMatch, entities: readonly Entity[], places: PlaceCountry): Entity | null {
  if (!OFFICE_PEOPLE.test(ag.agent.phrase) || !STATE_SECTOR.test(ag.agent.code) || ag.start === 0) return null;
  const town = townEndingAt(kb, ws, tokens, a, ag.start, places);
  if (!town) return null;
  const before = town.start > 0 ? ws[a + town.start - 1]!.norm.toLowerCase() : '';
  if (/\p{L}/u.test(before) && !PEOPLE_BEFORE.has(before)) return null;
  const s = tokens[a + town.start]!.start;
  const t = tokens[a + ag.end - 1]!.end;
  // (The recogniser must have read the town as a place: "Union officials" are a trade union's, not Union, New Jersey's. Nothing
  // else may stand there, nor a name follow: "Moscow official Ivan Petrov" is a title.)
  const townEnd = tokens[a + ag.start - 1]!.end;
  if (!entities.some((e) => e.type === 'LOC' && e.start === s && e.end === townEnd)) return null;
  if (entities.some((e) => e.start < t && s < e.end && e.type !== 'LOC') || (a + ag.end < tokens.length && startsPersonOrOrg(entities, tokens[a + ag.end]!.start))) return null;
  return codedMention(kb, doc, s, t, 'PER', titleCode(town.country, ag.agent), doc.text.slice(s, t).replace(/\s+/g, ' '));
}

/** The people who speak for an office, whose town says whose they are. */
const OFFICE_PEOPLE = /^(?:officials?|spokes(?:man|woman|person))$/;

/** Prepositions that may stand before such officials ("according to wildlife officials", "told by county officials"). */
const AFTER_PREPOSITION: ReadonlySet<string> = new Set(['to', 'by', 'from', 'with']);
/**
 * Fields of public administration, which officials of no body the role words know are of: "wildlife officials", "Forest
 * officials", "election officials", "a county spokesman".
 */
const DOMAIN_WORD = /^(?:wildlife|forest|forestry|fisheries|customs|tax|election|electoral|immigration|border|transport|transportation|education|agriculture|agricultural|energy|environment|environmental|water|prison|prisons|port|airport|aviation|city|county|state|federal|provincial|municipal|district|village|town|regional|local|emergency|disaster|fire|park|parks|highway|railway|postal|labou?r|trade|finance|treasury|statistics|census|housing|welfare|zoo)$/i;

/**
 * Officials of a field of public administration, with no country written before them ("According to wildlife officials",
 * "Forest officials said", "state officials"), in a document about one country or with a place after them: that country's
 * government. Only after an article, a rank or nothing (not "Olympic officials", "company officials", "the union's election
 * officials").
 */
function domainOfficials(kb: ActorKnowledge, doc: Doc, tokens: readonly Token[], ws: readonly Word[], a: number, ag: AgentMatch, startWord: number, entities: readonly Entity[], home: Country): Entity | null {
  if (startWord !== ag.start || ag.start === 0 || !OFFICE_PEOPLE.test(ag.agent.phrase) || !STATE_SECTOR.test(ag.agent.code)) return null;
  if (!DOMAIN_WORD.test(ws[a + ag.start - 1]!.text)) return null;
  const before = ag.start > 1 ? ws[a + ag.start - 2]!.norm.toLowerCase() : '';
  if (/\p{L}/u.test(before) && !PEOPLE_BEFORE.has(before) && !AFTER_PREPOSITION.has(before)) return null;
  const s = tokens[a + ag.start - 1]!.start;
  const t = tokens[a + ag.end - 1]!.end;
  // (No entity over the words, coded or not.)
  if (entities.some((e) => e.start < t && s < e.end) || (a + ag.end < tokens.length && startsPersonOrOrg(entities, tokens[a + ag.end]!.start))) return null;
  return codedMention(kb, doc, s, t, 'PER', titleCode(home, ag.agent), `${home.name} ${doc.text.slice(s, t).replace(/\s+/g, ' ').toLowerCase()}`);
}

/** Words of a state body before its people: "official sources", "parliamentary sources", "congressional aides". */
const BODY_ADJECTIVE = /^(?:official|parliamentary|congressional)$/;
/** Unnamed informants, whom the role words do not know: "government sources", "official sources". */
const SOURCES = /^sources?$/i;
/** The legislature's people, who are it when named alone ("lawmakers said"). */
const LEGISLATORS = /^(?:lawmakers|legislators)$/;

const NO_ENTITIES: Entity[] = [];

/** Does a person or organisation entity start at this offset? */
function startsPersonOrOrg(entities: readonly Entity[], start: number): boolean {
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    if (e.start === start && (e.type === 'PER' || e.type === 'ORG')) return true;
  }
  return false;
}

/**
 * Does an entity other than a place or a MISC one overlap [s, t)? (Not an organisation without a code inside the role words
 * from `roleStart`: the recogniser's "Foreign Affairs" in "the Turkish Ministry of Foreign Affairs" is part of the body, not
 * another one; but "Georgia Institute of Technology", the whole of it, is a name, and "Gazprom" no portfolio.)
 */
function overlapsActorEntity(entities: readonly Entity[], s: number, t: number, roleStart = t): boolean {
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    if (e.start < t && s < e.end && !(e.type === 'MISC' || e.type === 'LOC') && !(e.type === 'ORG' && !e.actor && roleStart < e.start && e.end <= t)) return true;
  }
  return false;
}

/** "Kurdish rebels": a capitalised ethnic-group word right before a role word, resolved as a phrase (word i is ws[base + i], token tokens[base + i]). */
function ethnicNominal(kb: ActorKnowledge, doc: Doc, tokens: readonly Token[], ws: readonly Word[], base: number, ag: { start: number; end: number; agent: { curated: boolean; code: string; phrase: string } }, startWord: number, entities: readonly Entity[], date: string | null): Entity | null {
  const j = startWord - 1;
  if (j < 0 || !kb.ethnic.has(ws[base + j]!.norm) || !/^\p{Lu}/u.test(ws[base + j]!.text)) return null;
  if (!ag.agent.curated && !NOMINAL_SECTORS.has(ag.agent.code.slice(0, 3))) return null;
  const s = tokens[base + j]!.start;
  const t = tokens[base + ag.end - 1]!.end;
  if (overlapsActorEntity(entities, s, t)) return null;
  const r = resolveWords(kb, ws.slice(base + j, base + ag.end), date);
  if (!r) return null;
  const text = doc.text.slice(s, t);
  return {
    start: s, end: t, text, type: isPersonAgent(ag.agent.phrase) ? 'PER' : 'ORG', via: 'actor',
    actor: r.code, name: text, ...(r.country ? { country: r.country } : {}), ...(r.sector ? { sector: r.sector } : {}),
  };
}

/**
 * A bare surname means the person the article named in full ("James Cameron ... Cameron"), not
 * whoever the knowledge base knows by that surname (David Cameron): it takes the full mention's reading.
 */
function surnamesFollowFullNames(entities: Entity[]): Entity[] {
  const full = new Map<string, Entity>();
  // (Else the first of two family names, "Rosselló" for "Ricardo Rosselló Nevares", where that name has a code: one
  // without would take away the code the actor data gives the surname.)
  const paternal = new Map<string, Entity>();
  for (const e of entities) {
    if (e.type !== 'PER' || !/\s/.test(e.text.trim())) continue;
    const last = normName(e.text).split(' ').pop()!;
    if (!full.has(last)) full.set(last, e);
    const first = firstOfTwoSurnames(e.text);
    if (first && e.actor && !paternal.has(normName(first))) paternal.set(normName(first), e);
  }
  for (const [k, e] of paternal) if (!full.has(k)) full.set(k, e);
  return entities.map((e) => {
    if (e.type !== 'PER' || /\s/.test(e.text.trim())) return e;
    const f = full.get(normName(e.text));
    if (!f || f.name === e.name) return e;
    const { actor: _a, name: _n, country: _c, sector: _s, ...rest } = e;
    return { ...rest, ...(f.actor ? { actor: f.actor } : {}), ...(f.name ? { name: f.name } : {}), ...(f.country ? { country: f.country } : {}), ...(f.sector ? { sector: f.sector } : {}) };
  });
}

/** The article date for dated roles: the document's own, else the run's --published. */
export function articleDate(doc: Doc, options: RunOptions): string | null {
  return doc.meta.published ?? options.published ?? null;
}

/**
 * Start of the first sentence holding an offset (0 when none does): by binary search when the
 * sentences are in order and do not overlap, as the segmenter makes them; else by a scan.
 */
function sentenceStartOf(sentences: readonly { start: number; end: number }[]): (offset: number) => number {
  let ordered = true;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.end < s.start || (i > 0 && s.start < sentences[i - 1]!.end)) { ordered = false; break; }
  }
  if (!ordered) return (offset) => sentences.find((s) => s.start <= offset && offset < s.end)?.start ?? 0;
  return (offset) => {
    // The last sentence starting at or before the offset is the only one that can hold it.
    const s = sentences[lastStartingBy(sentences, offset)];
    return s && offset < s.end ? s.start : 0;
  };
}

/**
 * The country (ISO alpha-3) of the dateline's place: a country the recogniser's place there has ("BEIJING" CHN; "PALO ALTO,
 * Calif.": the first of its places with one), else the country of a town the gazetteer knows well ("KALAMAZOO, Mich."
 * USA), else null.
 */
function datelineCountry(kb: ActorKnowledge, dateline: Dateline, entities: readonly Entity[], places: PlaceCountry | null): string | null {
  const span = dateline.placeSpan;
  if (!span) return null;
  // A place with its region ("MAITLAND, Fla.", "CAMBRIDGE, Mass.") is the region's, whatever namesake the place has elsewhere.
  const qualified = dateline.region && dateline.place ? placeCountryOf(kb, places, placeWithRegion(dateline)!)?.iso3 : null;
  if (qualified) return qualified;
  const named = entities.find((e) => e.start < span.end && span.start < e.end && e.country)?.country;
  return named ?? (dateline.place ? placeCountryOf(kb, places, dateline.place)?.iso3 ?? null : null);
}

export function createActorStage(kb: ActorKnowledge, stageOptions: ActorStageOptions = {}): Stage {
  return {
    name: 'actors',
    requires: ['tokens', 'sentences', 'entities'],
    produces: ['entities'],
    run(doc: Doc, options: RunOptions): Doc {
      const places = stageOptions.places ?? null;
      const date = articleDate(doc, options);
      const tokens = layer(doc, 'tokens');
      const sentences = layer(doc, 'sentences');
      const entities = layer(doc, 'entities');
      const words = new DocWords(doc, tokens);
      const sentenceStart = sentenceStartOf(sentences);
      const once = entities.map((e) => resolveEntity(kb, doc, words, tokens, sentenceStart(e.start), e, date, places));
      // Bodies named alone and people with a role but no country are read again in the light of
      // the country the document is about.
      // (The country of the dateline's place, "BEIJING, Nov. 28 (Xinhua) --", settles a story that names two countries often.)
      const dateline = single(doc, 'dateline');
      const datelined = dateline ? datelineCountry(kb, dateline, once.map((x) => x.entity), places) : null;
      const home = homeCountry(kb, once.map((x) => x.entity), datelined);
      // (A party by a name parties of several countries have is the party of the document's country; in a document about
      // none, of the one country it names that has a party so called; else no one's: the Finnish "Conservatives".)
      const named = new Set<string>();
      for (const x of once) if (x.entity.country && !x.party) named.add(x.entity.country);
      const first = home || once.some((x) => x.party)
        ? once.map((x, i) => {
          const e = entities[i]!;
          const body = bodyName(kb, e, doc.text.slice(Math.max(0, e.start - 24), e.start), doc.text.slice(e.end, e.end + 24));
          if (x.party) {
            const own = home ?? partyCountry(kb, e.text, named);
            return own ? resolveEntity(kb, doc, words, tokens, sentenceStart(e.start), e, date, places, own, body) : { entity: e, titled: false };
          }
          return home && (x.wantsHome || body) ? resolveEntity(kb, doc, words, tokens, sentenceStart(e.start), e, date, places, home, body) : x;
        })
        : once;
      // A company named with its legal form, in a story datelined (or, with no dateline, about one country) where companies
      // take that form (companies.ts); a trade union named as unions are, in a story about one country or datelined in one (unions.ts).
      const unionHome = home ?? (datelined ? kb.byIso3.get(datelined) ?? null : null);
      const companyHome = datelined ?? home?.iso3 ?? null;
      const dated = companyHome || unionHome ? first.map((x) => {
        const after = doc.text.slice(x.entity.end, x.entity.end + 24);
        // (A form of few countries the dateline's does not use may be the story's country's: "WATCHUNG, N.J. - … KEBO AB", in a
        // story about Sweden; not "Ltd", which so many use that a British bank in a story about Australia would be Australian.)
        const c = (companyHome ? datelineCompany(kb, x.entity, companyHome, after) : null)
          ?? (home && home.iso3 !== companyHome ? datelineCompany(kb, x.entity, home.iso3, after, true) : null)
          ?? (unionHome ? homeUnion(x.entity, unionHome, after) : null);
        return c ? codedAs(kb, x.entity, c.actor, c.name) : x;
      }) : first;
      const resolved = principalsPeople(kb, doc, tokens, titledRoleForAllMentions(surnamesFollowFullNames(companyOfficers(doc.text, shortNames(kb, dated.map((x) => x.entity)))), titledRoles(dated)));
      // Each sentence is given the entities over it, not the document's (long documents).
      const byPlace = new SpanIndex(resolved);
      const nominals = stageOptions.nominals === false ? [] : sentences.flatMap((s) => nominalMentions(kb, doc, words, tokens, s, byPlace.overlapping(s), date, home, places));
      // (The pieces of a curated name the recogniser read apart, organisations without a code, give way to the whole name.)
      const whole = nominals.filter((e) => e.type === 'ORG');
      const kept = whole.length ? resolved.filter((e) => !(e.type === 'ORG' && !e.actor && whole.some((w) => w.start <= e.start && e.end <= w.end && w.end - w.start > e.end - e.start))) : resolved;
      const sorted = [...kept, ...nominals].sort((x, y) => x.start - y.start || y.end - x.end);
      // A title written as a role after a name, in tokens [from, to): the actor it makes, when its words are all of them.
      const roleOver = (from: number, to: number): Resolution | null => {
        const t = titleBefore(kb, doc.text, words, tokens, to, tokens[from]!.start, places);
        return t.start !== undefined && t.start <= from + (t.former ? 2 : 0) ? titledActor(kb, t, date, '') : null;
      };
      // A title written before a name and a comma ("the El Paso mayor, Dee Margo"): the actor it makes.
      const roleEndingAt = (to: number): Resolution | null => {
        const t = titleBefore(kb, doc.text, words, tokens, to, sentenceStart(tokens[to]!.start), places);
        // (A person's role, not a body's: "guaranteed by the Australian government, Hand said" names no role of Hand's; but a
        // member of the body has one: "A member of the Tunisian Parliament, Samir Dilou".)
        if (t.start === undefined || t.start >= to) return null;
        let k = t.start;
        if (tokens[k]?.norm !== 'the' && tokens[k - 1]?.norm === 'the') k--;
        const member = t.agent !== null && BODY_HEAD.test(t.agent.phrase) && tokens[k - 1]?.norm === 'of' && /^members?$/.test(tokens[k - 2]?.norm ?? '');
        return (t.agent ? personRole(t.agent.phrase) || member : !!t.org) ? titledActor(kb, t, date, '') : null;
      };
      const beside = roleBeforeName(tokens, roleAfterName(kb, doc, tokens, placeOffices(kb, doc, tokens, roleAppositions(kb, doc, tokens, sorted), places), roleOver), roleEndingAt);
      const all = acronymMentions(doc.text, beside);
      return withLayer(doc, 'entities', all);
    },
  };
}
