/**
 * The country a story is about, and the bodies whose country their name does not say: "the Senate",
 * "the Finance Ministry", "Congress" are held in the country the document's entities name clearly most
 * (homeCountry), as are unknown people with a state title and no country (homeTitled).
 */
import type { Entity } from '../../document/layers.js';
import { PERSON_AGENT_HEADS, STATE_SECTOR } from '../../knowledge/actors/codes.js';
import { lookupName, type ActorKnowledge, type Agent, type Country } from '../../knowledge/actors/load.js';
import { normName } from '../../knowledge/actors/normalise.js';

/** What homeTitled reads of the title written before a name (index.ts Title). */
export interface TitleShape {
  readonly agent: { readonly phrase: string } | null;
  readonly open?: boolean;
  readonly org?: unknown;
  readonly former?: boolean;
  readonly bodyAgent?: { readonly phrase: string };
  /** An officer's title word stands between the role word and the name ("Police director", "Army chief"). */
  readonly officer?: boolean;
}

/** Is the role word a person's ("president", "spokesman", "military spokesman"), not a body's? */
export function isPersonAgent(phrase: string): boolean {
  return PERSON_AGENT_HEADS.has(phrase) || SPEAKER_HEAD.test(phrase);
}
/** Role phrases ending in a speaker's or a minister's word are a person's whatever comes before ("military spokesman", "home secretary"). */
const SPEAKER_HEAD = /\s(?:spokes(?:man|woman|person)|minister|secretary)$/;

/** Last words of a body any country has, whose name alone does not say which ("the Senate", "Interior Ministry"). */
export const BODY_HEAD = /(?:^|\s)(?:senate|parliament|assembly|court|cabinet|ministry|treasury|department|army|navy|air force|police|bank|council|commission|government|administration|legislature|diet|duma|house|house of commons|chamber|tribunal|judiciary|military|presidency|gendarmerie|coast guard|national guard)$/;
/** A body's head word before what it is for: "ministry of defence", "department of state". */
const BODY_OF = /^(?:ministry|department|office|court|council|commission|bank|house)\s+(?:of|for)\s/;

/**
 * What an entity's name says of a body, read once per mention; null when the name is no body's role word
 * ("Congress" is one, though no state body in every country: in an Indian story, the party). `bare`: the
 * agent of a state body named alone ("Senate", "the Supreme Court", "Interior Ministry"), whose country its
 * name does not say; none for a body the hand files name by that very name ("Securities and Exchange
 * Commission" is the United States'; their "House of Commons", an alias of the British Parliament, is
 * Canada's too).
 */
export interface BodyName {
  readonly bare: Agent | null;
}

/**
 * "the House", an organisation the recogniser named so: a legislature's chamber (the House of Representatives, of Commons),
 * as its capital letter says; "house" in lower case, which the role words lack, is any building, and "a U.S. House", "one
 * U.K. House" in market reports a securities house.
 */
const HOUSE: Agent = { phrase: 'house', code: 'LEG', position: 'suffix', curated: true };
/** A verb right after the name, of which it is the subject: "a U.S. House sold", "one U.K. House citing". */
const ACTS_AFTER = /^\s+(?:\p{Ll}+(?:ed|ing)|said|says|sold|sells|bought|buys|saw|sees|was|is|has|had|put|puts)\b/u;
/** An indefinite article or number before the name, with up to two words between: "a U.S. House", "a leading U.S. House". */
const INDEFINITE_BEFORE = /(?:^|\s)(?:an?|one|another)\s+(?:\S+\s+){0,2}$/i;

/**
 * `before` and `after`: the text around the entity, which say whether "House" is a chamber ("a House subcommittee", "a
 * House source" are the chamber's; "a U.S. House sold", "one U.K. House citing" a firm's); without them "House" is none.
 */
export function bodyName(kb: ActorKnowledge, e: Entity, before?: string, after = ''): BodyName | null {
  if (e.type === 'PER' || e.type === 'LOC') return null;
  const key = normName(e.text.replace(/^the\s+/i, ''));
  const chamber = before !== undefined && e.type === 'ORG' && /^(?:[Tt]he\s+)?House$/.test(e.text) && !(INDEFINITE_BEFORE.test(before) && ACTS_AFTER.test(after));
  const named = kb.agents.get(key) ?? (chamber ? HOUSE : undefined);
  const agent = named ?? namedHead(kb, e, key);
  let bare: Agent | null = null;
  if (agent && !isPersonAgent(agent.phrase) && (BODY_HEAD.test(key) || BODY_OF.test(key) || agent === STATE_OFFICE) && STATE_SECTOR.test(agent.code)
    && !lookupName(kb, e.text).some((h) => h.kind === 'actor' && h.actor.provenance === 0 && h.surface === h.actor.name)) bare = agent;
  return bare || (named && !isPersonAgent(named.phrase)) ? { bare } : null;
}

/** Head words that keep their office after the capitalised words of a name ("Finance Ministry", "Federal Court", "Trump Administration"). */
/** The head words of a state office's name (STATE_OFFICE_NAME). */
const OFFICE_HEADS = 'Agency|Bureau|Office|Service|Commission|Authority|Directorate|Inspectorate';
const NAMED_HEAD = new RegExp(String.raw`^(?:\p{Lu}[\p{L}'-]*\s+(?:(?:and|&)\s+)?){1,2}(?:[Mm]inistry|[Cc]ourt|[Tt]ribunal|[Aa]dministration|${OFFICE_HEADS})$`, 'u');

/**
 * A name whose head is a state office's ("Statistics Bureau", "Economic Planning Agency", "Serious Fraud Office",
 * "Central Bureau of Statistics"): the government's, as a role word would make it.
 */
const STATE_OFFICE_NAME = new RegExp(String.raw`\b(?:${OFFICE_HEADS})(?:\s+(?:of|for|on)\s+.+)?$`);
/**
 * … but not a medium's nor a trade's ("Kyodo News Agency", "Ace Travel Agency", "Better Business Bureau"), nor an
 * international body's ("European Space Agency", "EC Commission", "International Development Agency").
 */
const NOT_STATE_OFFICE = /\b(?:News|Press|Broadcasting|Radio|Television|Travel|Talent|Advertising|Modell?ing|Insurance|Business|Detective|Employment|International|European|World|Global|Asian|African|Arab|Regional|Inter-\p{L}+|[A-Z]{2,})\b/u;
export const STATE_OFFICE: Agent = { phrase: 'office', code: 'GOV', position: 'suffix', curated: true };

/** Is it a state office's name (STATE_OFFICE_NAME, not NOT_STATE_OFFICE)? */
export function stateOffice(name: string): boolean {
  return STATE_OFFICE_NAME.test(name) && !NOT_STATE_OFFICE.test(name);
}

/**
 * A word of public administration, which a state office named alone, with no country, must hold to be read as the
 * government's of the country the story is about ("the Federal Statistics Office", "the State Statistics Bureau", "the
 * Defense Logistics Agency"; not "the Lancet Commission", "the Presidential Commission" read apart from its name).
 */
const PUBLIC_WORD = /\b(?:Federal|National|State|Central|Statistics|Statistical|Census|Customs|Cartel|Competition|Planning|Defen[cs]e|Police|Crime|Criminal|Tax|Taxation|Revenue|Audit|Accounting|Telecommunications|Aviation|Rescue|Anti-Corruption|Supervisory|Fair Trade|Election|Electoral|Prison|Prisons|Immigration|Border|Coast|Fire|Health|Public|Sheriff's|Civil|Environment|Environmental|Energy|Agriculture|Agricultural|Fisheries|Forestry|Meteorological|Weather|Intelligence|Security|Narcotics|Drug|Food|Transport|Highway|Postal|Labou?r|Pensions?|Housing|Water|Nuclear)\b/;

/**
 * The agent of a body's head word after one or two words of a name the dictionaries do not know
 * ("Finance Ministry", "Food and Drug Administration"), or none: not after a country's word
 * ("Canadian Federal Court" is Canada's, whatever the story).
 */
function namedHead(kb: ActorKnowledge, e: Entity, key: string): Agent | undefined {
  const text = e.text.replace(/^the\s+/i, '').replace(/\s+/g, ' ');
  if (!NAMED_HEAD.test(text) || lookupName(kb, e.text).length) return undefined;
  if (text.split(' ').slice(0, -1).some((w) => lookupName(kb, w).some((h) => h.kind === 'country'))) return undefined;
  return kb.agents.get(key.slice(key.lastIndexOf(' ') + 1)) ?? (stateOffice(text) && PUBLIC_WORD.test(text) ? STATE_OFFICE : undefined);
}

/**
 * Titles of the state's people that are held in the country a story is about when it names no other
 * ("Planning Minister Taher Kan'an", "Senator Franklin Drilon"). Not "president" or "spokesman",
 * which companies have too, nor "ambassador", who is another country's.
 */
const HOME_TITLE = /(?:^|\s)(?:minister|secretary|premier|chancellor|king|queen|emir|sultan|crown prince|senator|congressman|congresswoman|lawmaker|legislator|mp|member of parliament|house speaker|governor|mayor|judge|prosecutor|attorney general|exchequer)$/;

/**
 * A title held in the document's country when it names none: a state office, alone before the name, current; or an officer of
 * a state body ("Police director Vladimir Rebic" in a Serbian story: SRBCOP).
 */
export function homeTitled(title: TitleShape): boolean {
  return !!title.agent && !!title.open && !title.org && !title.former
    && (HOME_TITLE.test(title.agent.phrase) || !!title.bodyAgent || (!!title.officer && BODY_HEAD.test(title.agent.phrase) && !isPersonAgent(title.agent.phrase)));
}

/** Least mentions of the home country, and how many times the next country's it must have. */
const HOME_MIN = 2;
const HOME_LEAD = 2;

/**
 * The country a document is about: the one its entities name most, by a clear lead (at least
 * HOME_MIN mentions, HOME_LEAD times the next country's), or without the lead when its dateline
 * is there too (`datelined`, ISO alpha-3: a Xinhua story from Beijing that names the United
 * States often is still China's); else none. Bare bodies do not vote (the dictionaries give
 * "Senate" to the United States).
 */
export function homeCountry(kb: ActorKnowledge, entities: readonly Entity[], datelined: string | null = null): Country | null {
  const counts = new Map<string, number>();
  // (News media say where they are from, not what the story is about: "NPR", "The Guardian".)
  for (const e of entities) if (e.country && e.sector !== 'MED' && !bodyName(kb, e)?.bare) counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
  let top: string | null = null;
  let n1 = 0;
  let n2 = 0;
  for (const [c, n] of counts) {
    if (n > n1) { n2 = n1; n1 = n; top = c; } else if (n > n2) n2 = n;
  }
  return top && n1 >= HOME_MIN && n1 > n2 && (n1 >= HOME_LEAD * n2 || top === datelined) ? kb.byIso3.get(top) ?? null : null;
}
