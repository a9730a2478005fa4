/**
 * A company the actor data does not know, named with its legal form ("Newmont Mining Corp", "Sandoz AG", "Boral Ltd"), in
 * a story datelined where companies take that form: a business (BUS) of the dateline's country. Wire stories about a
 * company are datelined where it is based ("MINNEAPOLIS, March 3 - Endotronics Inc said"); a form the dateline's country
 * does not use ("NEW YORK - Fiat SpA said") leaves the company uncoded.
 */
import type { Entity } from '../../document/layers.js';
import type { ActorKnowledge } from '../../knowledge/actors/load.js';

/** Legal forms at the end of a company's name, and the countries (ISO alpha-3) whose companies take them. */
const FORMS: readonly [RegExp, ReadonlySet<string>][] = [
  [/\b(?:Inc|Incorporated|Corp|Corporation|Co|Cos|Company|LLC)\.?$/, new Set(['USA', 'CAN', 'JPN', 'KOR', 'TWN', 'PHL'])],
  [/\b(?:Ltd|Limited)\.?$/, new Set(['GBR', 'IRL', 'CAN', 'AUS', 'NZL', 'HKG', 'IND', 'JPN', 'SGP', 'ZAF', 'ISR', 'MYS', 'KOR', 'TWN', 'PAK', 'KEN', 'NGA'])],
  [/\b(?:PLC|Plc|plc)\.?$/, new Set(['GBR', 'IRL'])],
  [/\b(?:AG|GmbH)\.?$/, new Set(['DEU', 'CHE', 'AUT'])],
  [/\bSpA\.?$/, new Set(['ITA'])],
  [/\b(?:NV|BV)\.?$/, new Set(['NLD', 'BEL'])],
  [/\bAB\.?$/, new Set(['SWE'])],
  [/\b(?:Oy|Oyj)\.?$/, new Set(['FIN'])],
  [/\b(?:ASA|A\/S)\.?$/, new Set(['NOR', 'DNK'])],
  [/\bBhd\.?$/, new Set(['MYS'])],
  [/\bKK\.?$/, new Set(['JPN'])],
];

/** A state's corporation, not a business: "Federal Deposit Insurance Corp", "Commodity Credit Corporation". */
const STATE_CORPORATION = /\b(?:Federal|Commodity Credit|Export-Import|Tennessee Valley|Resolution Trust|Overseas Private Investment)\b/;
/** A country written after the name: "Dainippon Ink and Chemicals Inc of Japan" is no company of the dateline's. */
const OF_COUNTRY = /^\s+of\s+\p{Lu}/u;

/**
 * The company's actor code as a business of the dateline's country (ISO alpha-3) and its name, or null when the form does
 * not fit it; `after`: the text right after the entity.
 */
export function datelineCompany(kb: ActorKnowledge, e: Entity, datelined: string, after = ''): { readonly actor: string; readonly name: string } | null {
  if (e.type !== 'ORG' || e.actor || STATE_CORPORATION.test(e.text) || OF_COUNTRY.test(after)) return null;
  // (A ticker after the name, "Endotronics Inc <ENDO>", is no part of it.)
  const name = e.text.replace(/\s*<[^<>]*>?$/, '').trim();
  const form = FORMS.find(([re]) => re.test(name));
  const country = kb.byIso3.get(datelined);
  if (!form || !form[1].has(datelined) || !country) return null;
  return { actor: `${country.cameo}BUS`, name: name.replace(/\s+/g, ' ') };
}
