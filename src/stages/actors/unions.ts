/**
 * A trade union the actor data does not know, named by what unions are called ("Transport Workers Union", "National Union
 * of Mineworkers", "the Hospital Employees Federation", or any name with "union" written after it: "the Acme Workers
 * union"), in a story about one country or datelined in one: that country's labour (LAB). The unions news names most, with their country
 * whatever the story, are in data/actors/hand/organisations.tsv.
 */
import type { Entity } from '../../document/layers.js';
import type { Country } from '../../knowledge/actors/load.js';

/** A union's head word in its name. */
const UNION_HEAD = /\b(?:Unions?|Federation|Association|Brotherhood|Guild|Confederation|Congress|Council|Syndicate)\b/;
/** The workers a union's name is of. */
const WORKERS = /\b(?:Workers?|Employees|Labou?r|Trades?|Teachers|Nurses|Doctors|Physicians|Miners|Mineworkers|Metalworkers|Steelworkers|Autoworkers|Pilots|Machinists|Dockers|Dockworkers|Longshoremen|Seamen|Sailors|Railwaymen|Firefighters|Journalists|Drivers|Farmworkers|Electricians|Engineers|Clerks|Postal|Public Service)\b/;
/** "union" after the name: "the United Auto Workers union". */
const UNION_AFTER = /^\s+union\b/;
/** Not one country's: an international federation ("International Transport Workers' Federation"). */
const INTERNATIONAL = /\b(?:International|World|Global|European|Asian|African|Arab|Pan|Inter-\p{L}+)\b/u;

/** The union's actor code as labour of the story's country and its name, or null; `after`: the text right after the entity. */
export function homeUnion(e: Entity, home: Country, after = ''): { readonly actor: string; readonly name: string } | null {
  if (e.type !== 'ORG' || e.actor || INTERNATIONAL.test(e.text)) return null;
  const named = UNION_HEAD.test(e.text) && WORKERS.test(e.text);
  if (!named && !(UNION_AFTER.test(after) && WORKERS.test(e.text))) return null;
  return { actor: `${home.cameo}LAB`, name: e.text.replace(/^the\s+/i, '').replace(/\s+/g, ' ') };
}
