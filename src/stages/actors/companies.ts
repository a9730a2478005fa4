/**
 * A company the actor data does not know, named with its legal form ("Newmont Mining Corp", "Sandoz AG", "Boral Ltd"), in
 * a story datelined where companies take that form: a business (BUS) of the dateline's country. Wire stories about a
 * company are datelined where it is based ("MINNEAPOLIS, March 3 - Endotronics Inc said"); a form the dateline's country
 * does not use ("NEW YORK - Fiat SpA said") leaves the company uncoded. The story goes on with the company's short name
 * ("Varian said"): the same company (shortNames); and with its officers ("Upjohn official Richard De Villez", "Chairman
 * Robert Reuss"): the company's people (companyOfficers).
 */
import type { Entity } from '../../document/layers.js';
import { lookupName, type ActorKnowledge } from '../../knowledge/actors/load.js';
import { OFFICER_WORDS, STAFF_HEADS } from './appositions.js';
import { withActor } from './coded.js';

/** Legal forms at the end of a company's name, and the countries (ISO alpha-3) whose companies take them. */
const FORM_WORDS: readonly [readonly string[], ReadonlySet<string>][] = [
  [['Inc', 'Incorporated', 'Corp', 'Corporation', 'Co', 'Cos', 'Company', 'LLC'], new Set(['USA', 'CAN', 'JPN', 'KOR', 'TWN', 'PHL'])],
  [['Ltd', 'Limited'], new Set(['GBR', 'IRL', 'CAN', 'AUS', 'NZL', 'HKG', 'IND', 'JPN', 'SGP', 'ZAF', 'ISR', 'MYS', 'KOR', 'TWN', 'PAK', 'KEN', 'NGA'])],
  [['PLC', 'Plc', 'plc'], new Set(['GBR', 'IRL'])],
  [['AG', 'GmbH'], new Set(['DEU', 'CHE', 'AUT'])],
  [['SpA'], new Set(['ITA'])],
  [['NV', 'BV'], new Set(['NLD', 'BEL'])],
  [['AB'], new Set(['SWE'])],
  [['Oy', 'Oyj'], new Set(['FIN'])],
  [['ASA', 'A/S'], new Set(['NOR', 'DNK'])],
  [['Bhd'], new Set(['MYS'])],
  [['KK'], new Set(['JPN'])],
];
const FORMS = FORM_WORDS.map(([words, countries]) => [new RegExp(`\\b(?:${words.join('|')})\\.?$`), countries] as const);
/** Any legal form at the end of a company's name, with the comma that may come before it (", Inc."). */
const ANY_FORM = new RegExp(`,?\\s+(?:${FORM_WORDS.flatMap(([words]) => words).join('|')})\\.?$`);

/**
 * A state's corporation (or corps), not a business: "Federal Deposit Insurance Corp", "Commodity Credit Corporation", "US
 * Marine Corp" (but "Outboard Marine Corp" makes outboard motors: the corps is the Marines alone, or a country's).
 */
const STATE_CORPORATION = /\b(?:Federal|Commodity Credit|Export-Import|Tennessee Valley|Resolution Trust|Overseas Private Investment|Marine Corps)\b|^(?:(?:the\s+)?(?:US|U\.S\.|United States)\s+)?Marine Corp\b/;
/**
 * A country written after the name, or after a ticker that names no exchange: "Dainippon Ink and Chemicals Inc of Japan",
 * "Sharp Corp <SHRP> of Japan" are no companies of the dateline's (a ticker's exchange decides: "Toyota Motor Corp <TOYO.T> of Japan").
 */
const OF_COUNTRY = /^\s*(?:<[A-Z0-9]*>\s*)?\s+of\s+\p{Lu}/u;

/** A company's name without the ticker after it ("Endotronics Inc <ENDO>"), which is no part of it. */
const withoutTicker = (name: string) => name.replace(/\s*<[^<>]*>?$/, '').trim();
/** Does a name end in a legal form ("Ferruzzi SpA", "National Westminster Bank PLC"), and is it no state's corporation? */
export const hasLegalForm = (name: string) => ANY_FORM.test(withoutTicker(name)) && !STATE_CORPORATION.test(name);
/** A business: an organisation coded as a company (BUS) or a multinational (MNC). */
const isBusiness = (e: Entity) => e.type === 'ORG' && !!e.actor && /(?:BUS$|^MNC)/.test(e.actor);

/** The countries of the exchanges a wire ticker's suffix names ("<SLB.N>": New York; "<FUJT.T>": Tokyo). */
const EXCHANGE_COUNTRY: Readonly<Record<string, string>> = {
  N: 'USA', O: 'USA', T: 'JPN', TOK: 'JPN', L: 'GBR', Z: 'CHE', F: 'DEU', PA: 'FRA', AS: 'NLD', HK: 'HKG', HKG: 'HKG', SI: 'SGP', TO: 'CAN', MI: 'ITA', BR: 'BEL',
  ST: 'SWE', AMS: 'NLD',
};
/** A ticker with its exchange, in the name or right after it (or after its "'s"). */
const TICKER_IN = /<[A-Z0-9]+\.([A-Z]{1,3})>?$/;
const TICKER_AFTER = /^(?:['’]s)?\s*<[A-Z0-9]+\.([A-Z]{1,3})>/;

/**
 * The company's actor code as a business of the dateline's country (ISO alpha-3) and its name, or null when the form does
 * not fit it; a ticker that lists it on another country's exchange makes it that country's business, if the form fits it
 * ("MANILA - Toyota Motor Corp <TOYO.T>": JPNBUS; "TOKYO - Schlumberger Ltd's <SLB.N> decision": none); `after`: the
 * text right after the entity; `distinctive`: only a form few countries use (for a country the story is about, not datelined in).
 */
export function datelineCompany(kb: ActorKnowledge, e: Entity, datelined: string, after = '', distinctive = false): { readonly actor: string; readonly name: string } | null {
  if (e.type !== 'ORG' || e.actor || STATE_CORPORATION.test(e.text) || OF_COUNTRY.test(after)) return null;
  // (A ticker's exchange, where it names one, says the country before the dateline does.)
  const exchange = (TICKER_IN.exec(e.text) ?? TICKER_AFTER.exec(after))?.[1];
  const home = (exchange && EXCHANGE_COUNTRY[exchange]) || datelined;
  const name = withoutTicker(e.text);
  // (A form alone, "LLC", names no company.)
  if (name.replace(ANY_FORM, '') === name) return null;
  const form = FORMS.find(([re]) => re.test(name));
  const country = kb.byIso3.get(home);
  if (!form || !form[1].has(home) || !country || (distinctive && form[1].size > DISTINCTIVE_MAX)) return null;
  return { actor: `${country.cameo}BUS`, name: name.replace(/\s+/g, ' ') };
}

/** Most countries a distinctive legal form is used in ("AB", "PLC", "AG", "SpA", "Bhd"; not "Ltd" or "Inc", used in many). */
const DISTINCTIVE_MAX = 3;

/** A coded company's code, country and sector, as withActor gives them to another entity. */
const codeOfCompany = (c: Entity) => ({ code: c.actor!, country: c.country ?? null, sector: c.sector ?? null });

/** A company's short forms: its name without the legal form ("Varian Associates"), and the name's first word ("Varian"). */
function shortForms(name: string): string[] {
  const bare = name.replace(ANY_FORM, '');
  if (bare === name) return [];
  const first = bare.split(' ')[0]!;
  return first !== bare ? [bare, first] : [bare];
}

/**
 * Mentions of a company coded as a business by its short name, after the whole name with its legal form: "Varian Associates
 * Inc said … Varian said" (the recogniser often reads the short name as a person's), "Morden and Helwig Group Inc … Morden".
 * A short name that is a name the actor data knows (a country's, a demonym: "American Savings … American") or a person
 * named in full before ("Henry Ford" against "Ford Motor Co") is left alone.
 */
export function shortNames(kb: ActorKnowledge, entities: Entity[]): Entity[] {
  const company = new Map<string, Entity>();
  // Firms named in full with a firm's word, coded or not, by their first word in lower case ("Rainier Bancorp": "rainier";
  // a headline's "RAINIER" too).
  const firmNamed = new Map<string, Entity>();
  // The surnames of people named in full anywhere in the story ("Dudley Taft" against "Taft Broadcasting Co").
  const people = new Set<string>();
  for (const e of entities) if (e.type === 'PER' && /\s/.test(e.text)) people.add(e.text.split(/\s+/).pop()!.toLowerCase());
  let out: Entity[] | null = null;
  for (const e of entities) {
    const first = e.type === 'ORG' && FIRM_END.test(withoutTicker(e.text)) ? e.text.split(/\s+/)[0]!.toLowerCase() : null;
    if (first && !firmNamed.has(first)) firmNamed.set(first, e);
  }
  entities.forEach((e, x) => {
    if (isBusiness(e)) {
      for (const f of shortForms(withoutTicker(e.text).replace(/\s+/g, ' '))) if (!company.has(f)) company.set(f, e);
      return;
    }
    // A person's name in the actor data that is the first word of a firm the story names, and of no one named in full, is
    // the firm's ("Rainier Bancorp said … Rainier said" is no Prince Rainier of Monaco).
    const firm = e.type === 'PER' && e.actor && e.via !== 'coref' ? firmNamed.get(e.text.toLowerCase()) : undefined;
    if (firm && !people.has(e.text.toLowerCase()) && onlyPeople(kb, e.text)) {
      const { actor: _a, country: _c, sector: _s, ...rest } = e;
      const named = { ...rest, type: 'ORG' as const, name: firm.name ?? firm.text.replace(/\s+/g, ' ') };
      (out ??= [...entities])[x] = isBusiness(firm) ? withActor(named, codeOfCompany(firm)) : named;
      return;
    }
    if (e.actor || (e.type !== 'ORG' && e.type !== 'PER') || e.via === 'coref') return;
    const c = company.get(e.text);
    if (!c || people.has(e.text.toLowerCase()) || lookupName(kb, e.text).length) return;
    (out ??= [...entities])[x] = withActor({ ...e, type: 'ORG', name: c.name ?? c.text }, codeOfCompany(c));
  });
  return out ?? entities;
}

/** The last word of a firm's or a body's name: a legal form, or a word only firms end their names with ("Bancorp", "Industries"). */
const FIRM_END = new RegExp(`${ANY_FORM.source}|\\s(?:Bancorp|Bancshares|Industries|Holdings|Group)$`);

/** Is every actor the data knows by a name a person (no country, place or organisation)? */
function onlyPeople(kb: ActorKnowledge, name: string): boolean {
  const hits = lookupName(kb, name);
  return hits.length > 0 && hits.every((h) => h.kind === 'actor' && h.actor.type === 'person');
}

/** Titles only a company's officers hold ("Chairman", "chief executive officer", "senior vice president"), at the end of a text. */
const CORPORATE_TITLE = /(?:^|[\s,;:(])(?:(?:the|its)\s+)?(?:chairman|chairwoman|chief\s+executive(?:\s+officer)?|ceo|(?:(?:executive|senior|group)\s+)?vice[-\s]+president|treasurer|chief\s+(?:financial|operating)\s+officer|cfo|coo|general\s+manager|managing\s+director)\s+$/i;
/** A sentence's end between two names (not an abbreviation's period: "U.S. District Court"). */
const SENTENCE_END = /(?<![A-Z])[.!?]["”’)]?\s+["“]?\p{Lu}/u;
/** Most characters of an officer's role between a company's name and the officer's ("Upjohn official", "Banco Royal executive vice president"). */
const ROLE_MAX = 40;
/**
 * Words of a role at a company besides an officer's ("Storehouse Plc corporate treasurer", "management board member", "Nomura
 * economist"): who works at a company speaks as one of its people, as appositions.ts codes "an analyst at Nomura".
 */
const COMPANY_ROLE_WORDS = new Set([...OFFICER_WORDS, 'corporate', 'treasurer', 'controller', 'comptroller', 'manager', 'management', 'board',
  'member', 'supervisory', 'economist', 'analyst', 'strategist', 'trader', 'dealer']);

/** Words of an officer's role at a body that is no company ("spokesman", "undersecretary", "press secretary"). */
const BODY_ROLE_WORDS = new Set([...OFFICER_WORDS, 'undersecretary', 'under']);
/** Codes of a university or a medium, whose staff named with its name are of its kind. */
const STAFF_BODY = /^[A-Z]{3}(?:EDU|MED)$/;

/**
 * People the actor data does not know, named as a company's officers, coded as the company: after the company's name and
 * their role ("Upjohn official Richard De Villez", "Centel chief executive Robert Reuss"; so a university's or a medium's
 * staff, "Chinese University political scientist Ma Ngok", and another coded body's officers, "Commerce Department
 * spokesman Tom Lee"), or after a title only a company's officers hold in a story whose organisation last named with a
 * code is a business, or which named a business earlier in the same sentence ("Centel Corp said … Chairman Robert Reuss
 * said"). Entities in text order.
 */
export function companyOfficers(text: string, entities: Entity[]): Entity[] {
  let out: Entity[] | null = null;
  // The organisation last named with a code, and the business last named, before each entity.
  let lastCoded: Entity | null = null;
  let lastBusiness: Entity | null = null;
  for (let x = 0; x < entities.length; x++) {
    const p = entities[x]!;
    if (p.type === 'ORG' && p.actor) lastCoded = p;
    if (isBusiness(p)) lastBusiness = p;
    if (p.type !== 'PER' || p.actor || p.via === 'coref') continue;
    const prev = x > 0 ? entities[x - 1]! : null;
    const between = prev ? text.slice(prev.end, p.start) : '';
    const words = prev && between.length <= ROLE_MAX && /^\s+(?:[\p{L}-]+\s+){1,4}$/u.test(between) ? between.trim().split(/[\s-]+/) : null;
    const role = words && prev!.type === 'ORG' && (isBusiness(prev!) ? words.every((w) => COMPANY_ROLE_WORDS.has(w.toLowerCase()))
      // (A university's or a medium's staff: "UCL astronomer", "Chinese University political scientist", "BBC correspondent".)
      : STAFF_BODY.test(prev!.actor ?? '') ? STAFF_HEADS.has(words.at(-1)!) && words.every((w) => /^\p{Ll}/u.test(w))
      // (Another coded body's officer speaks for it: "Commerce Department spokesman Tom Lee", "Commerce Department undersecretary Robert Ortner".)
      : !!prev!.actor && words.every((w) => BODY_ROLE_WORDS.has(w.toLowerCase())));
    // (Not the officer of another body named right before the title: "London International Financial Futures Exchange
    // (LIFFE) Chief Executive Michael Jenkins", "Senate Banking Committee Chairman".)
    // (Or the business named in the same sentence, other bodies named since: "NYNEX Corp will urge the court to approve Justice
    // Department recommendations …, chairman Delbert Staley said.")
    const titleCompany = lastCoded && isBusiness(lastCoded) ? lastCoded : lastBusiness && !SENTENCE_END.test(text.slice(lastBusiness.end, p.start)) ? lastBusiness : null;
    const titled = !role && titleCompany && CORPORATE_TITLE.test(text.slice(Math.max(0, p.start - ROLE_MAX), p.start))
      && !(prev && between.length <= ROLE_MAX && /^[\s)]*\p{L}[\p{L}\s-]*$/u.test(between));
    const company = role ? prev : titled ? titleCompany : null;
    if (company) (out ??= [...entities])[x] = withActor(p, codeOfCompany(company));
  }
  return out ?? entities;
}
