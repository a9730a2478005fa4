/**
 * Acronyms a text defines: "the World Health Organization (WHO)" makes every later "WHO" a mention
 * of the World Health Organization, with its type, name and code, where no other entity covers it.
 */
import type { Entity } from '../../document/layers.js';

/** An acronym in brackets right after a name: two to eight capitals (digits, "&" and dots inside). */
const DEFINED = /^\s*\(([A-Z][A-Z0-9&.]{1,7})\)/;

export function acronymMentions(text: string, entities: readonly Entity[]): Entity[] {
  const defined = new Map<string, { entity: Entity; at: number }>();
  for (const e of entities) {
    if ((e.type !== 'ORG' && e.type !== 'PER') || e.via === 'coref') continue;
    const m = DEFINED.exec(text.slice(e.end, e.end + 14));
    if (!m || !/[A-Z].*[A-Z]/.test(m[1]!) || m[1] === e.text) continue;
    if (!defined.has(m[1]!)) defined.set(m[1]!, { entity: e, at: e.end + m[0].length });
  }
  if (defined.size === 0) return [...entities];
  const added: Entity[] = [];
  const covered = (s: number, t: number) => entities.some((x) => x.start < t && s < x.end);
  for (const [acr, { entity, at }] of defined) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${acr.replace(/\./g, '\\.')}(?![\\p{L}\\p{N}])`, 'gu');
    re.lastIndex = at;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + acr.length;
      if (covered(start, end)) continue;
      const { chain: _chain, ...rest } = entity;
      added.push({ ...rest, start, end, text: acr, via: 'actor', name: entity.name ?? entity.text });
    }
  }
  return added.length ? [...entities, ...added].sort((x, y) => x.start - y.start || y.end - x.end) : [...entities];
}
