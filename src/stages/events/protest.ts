/**
 * CAMEO 14 (demonstrate, hunger strike, strike, boycott, obstruct, riot) is civilian collective action against an
 * authority (PLOVER PROTEST: "civilian demonstrations and other collective actions carried out as protests against
 * the recipient"). Two consequences for the coded parties:
 *   - a crowd named only by its nationality ("thousands of Iraqi Kurds demonstrated", "Young Algerians blocked roads")
 *     is that country's people (sector CVL), not the state itself;
 *   - when the sentence names no one the protest is against, it is against the protesters' own government.
 * State organs (police blocking a road) and protesters of several countries are left as they are.
 */
import type { Party } from './units.js';

const STATE = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

export function protestParties(code: string, sources: readonly Party[], targets: readonly Party[]):
  { sources: Party[]; targets: Party[]; note: string } | null {
  if (!code.startsWith('14') || !sources.length) return null;
  const country = sources[0]!.code.slice(0, 3);
  if (!/^[A-Z]{3}$/.test(country) || country === 'IGO' || country === 'NGO' || country === 'MNC' || country === 'IMG' || country === 'NGM') return null;
  if (sources.some((p) => p.code.slice(0, 3) !== country || STATE.has(p.code.slice(3, 6)))) return null;
  const people = sources.map((p) => (p.code.length === 3 ? { code: `${country}CVL`, name: p.name } : p));
  if (targets.length) {
    return people.some((p, i) => p !== sources[i]) ? { sources: people, targets: [...targets], note: 'protesters named by their country: its people (CVL)' } : null;
  }
  return {
    sources: people,
    targets: [{ code: `${country}GOV`, name: `government of ${sources[0]!.name}` }],
    note: 'protest with no one named as its target: against the protesters\' own government (CAMEO 14 is civilian action against an authority)',
  };
}
