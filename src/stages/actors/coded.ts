/** An entity given the actor a rule resolved it to: its code, and the code's country and sector. */
import type { Entity } from '../../document/layers.js';

/** The entity with the resolution's code, country and sector (the rest of it unchanged). */
export function withActor(e: Entity, r: { readonly code: string; readonly country: string | null; readonly sector: string | null }): Entity {
  return { ...e, actor: r.code, ...(r.country ? { country: r.country } : {}), ...(r.sector ? { sector: r.sector } : {}) };
}
