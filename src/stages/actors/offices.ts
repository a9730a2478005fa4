/**
 * An office of a place written beside a person: "Lori Lightfoot, the mayor of Chicago", "the
 * governor of Lagos State, Babajide Sanwo-Olu", "Mayor of Koszalin Piotr Jedlinski", "Jess
 * Phillips, MP for Birmingham Yardley". A person with no code of their own takes the office's code
 * in the place's country (USAGOV, NGAGOV, POLGOV, GBRLEG; an elite's for a former holder). The
 * place is one the actor dictionaries know as a country's ("Chicago", "Texas", "Paris"), or a
 * well-known town of the gazetteer ("Koszalin"). ("Chicago Mayor Lori Lightfoot", the office
 * before the name, is the title walk's: index.ts.)
 */
import { firstStartingFrom } from '../../document/span.js';
import type { Doc } from '../../document/document.js';
import type { Entity, Token } from '../../document/layers.js';
import { splitCode, type ActorKnowledge, type Country } from '../../knowledge/actors/load.js';
import { placeCountryOf, type PlaceCountry } from './places.js';
import { withActor } from './coded.js';
import { asFormer, type Resolution } from './resolve.js';

/** Offices a place holds for its country, as the dictionaries' role phrases (their codes: GOV, LEG, COP, JUD). */
const OFFICES: readonly (readonly string[])[] = [['mayor'], ['governor'], ['sheriff'], ['police', 'chief'], ['prosecutor'], ['attorney', 'general'],
  ['senator'], ['congressman'], ['congresswoman'], ['mp'], ['member', 'of', 'parliament'], ['lawmaker'], ['legislator']];
/** Words between the article and the office that leave it the same office ("the deputy mayor"), or make it a past one ("former"). */
const MODIFIERS = new Set(['deputy', 'acting', 'interim', 'vice', 'longtime', 'long-time', 'incumbent', 'current', 'newly-elected', 'former', 'then']);
const FORMER = new Set(['former', 'then']);
/** Words joining the office to its place. */
const OF_PLACE = new Set(['of', 'for', 'from']);
/** Most capitalised words of a place's name. */
const PLACE_WORDS = 4;
/** A last word that says what kind of place it is, which the dictionaries and the gazetteer name without ("Lagos State"). */
const PLACE_KIND = new Set(['State', 'County', 'City', 'Province', 'District', 'Region', 'Prefecture']);

interface Office {
  /** The role phrase, as the dictionaries write it. */
  readonly phrase: string;
  readonly former: boolean;
  /** Tokens [from, to) of the words from the article to the office ("the former mayor"). */
  readonly from: number;
  readonly to: number;
}

/**
 * The country a place's name (its capitalised tokens from `at`, before `limit`) is in, and the token after it; null when the words
 * name no place the dictionaries or the gazetteer know.
 */
function placeAt(kb: ActorKnowledge, doc: Doc, tokens: readonly Token[], at: number, places: PlaceCountry | null, limit = tokens.length): { country: Country; end: number } | null {
  let k = at;
  if (tokens[k]?.norm === 'the') k++;
  let end = k;
  while (end < limit && end - k < PLACE_WORDS && /^\p{Lu}/u.test(doc.text.slice(tokens[end]!.start, tokens[end]!.end))) end++;
  const name = (e: number) => doc.text.slice(tokens[k]!.start, tokens[e - 1]!.end);
  for (let e = end; e > k; e--) {
    const words = name(e);
    const c = placeCountryOf(kb, PLACE_KIND.has(words) ? null : places, words);
    if (c) return { country: c, end };
    // Only the whole name, or the name without its kind ("Lagos State" → "Lagos"): a shorter one is another place.
    if (e < end || !PLACE_KIND.has(doc.text.slice(tokens[e - 1]!.start, tokens[e - 1]!.end))) break;
  }
  return null;
}

/** The office whose words start at token `at` (an article and modifiers first), and where it ends. */
function officeAt(tokens: readonly Token[], at: number): Office | null {
  let k = at;
  if (/^(?:the|a|an)$/.test(tokens[k]?.norm ?? '')) k++;
  let former = false;
  while (k < tokens.length && MODIFIERS.has(tokens[k]!.norm)) { former ||= FORMER.has(tokens[k]!.norm); k++; }
  for (const o of OFFICES) {
    if (o.every((w, i) => tokens[k + i]?.norm === w)) return { phrase: o.join(' '), former, from: at, to: k + o.length };
  }
  return null;
}

function coded(kb: ActorKnowledge, office: Office, country: Country): Resolution | null {
  const agent = kb.agents.get(office.phrase);
  if (!agent) return null;
  const code = agent.position === 'prefix' ? agent.code + country.cameo : country.cameo + agent.code;
  const parts = splitCode(kb, code);
  const r: Resolution = { code, country: parts.country, sector: parts.sector, name: '', basis: 'nominal' };
  return office.former ? asFormer(kb, r) : r;
}

/** People beside an office of a place, coded as its holders. Entities in text order. */
export function placeOffices(kb: ActorKnowledge, doc: Doc, tokens: readonly Token[], entities: Entity[], places: PlaceCountry | null): Entity[] {
  let out: Entity[] | null = null;
  for (let x = 0; x < entities.length; x++) {
    const p = entities[x]!;
    if (p.type !== 'PER' || p.actor || p.via === 'coref') continue;
    let r: Resolution | null = null;
    // "NAME, the mayor of Chicago"
    const after = firstStartingFrom(tokens, p.end);
    if (tokens[after]?.norm === ',') {
      const office = officeAt(tokens, after + 1);
      const place = office && OF_PLACE.has(tokens[office.to]?.norm ?? '') ? placeAt(kb, doc, tokens, office.to + 1, places) : null;
      if (office && place) r = coded(kb, office, place.country);
    }
    // "The mayor of Chicago, NAME", "Mayor of Koszalin NAME": the office opens its sentence or follows punctuation.
    if (!r) {
      const at = firstStartingFrom(tokens, p.start);
      const before = tokens[at - 1]?.norm === ',' ? at - 1 : at;
      for (let s = before - 2; s >= Math.max(0, before - 2 - PLACE_WORDS - 6) && !r; s--) {
        const office = officeAt(tokens, s);
        if (!office || !OF_PLACE.has(tokens[office.to]?.norm ?? '')) continue;
        const place = placeAt(kb, doc, tokens, office.to + 1, places, before);
        const opens = s === 0 || /^[^\p{L}\p{N}]+$/u.test(tokens[s - 1]!.norm) || (tokens[s - 1]!.end < tokens[s]!.start && doc.text.slice(tokens[s - 1]!.end, tokens[s]!.start).includes('\n'));
        if (place && place.end === before && opens) r = coded(kb, office, place.country);
      }
    }
    if (r) (out ??= [...entities])[x] = withActor(p, r);
  }
  return out ?? entities;
}
