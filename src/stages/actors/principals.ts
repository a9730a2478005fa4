/**
 * People who act for others: "Trump adviser Steve Bannon", "Putin's spokesman Dmitry Peskov": the
 * person named before another's role is the principal; the phrase is one mention of the one who acts
 * (principalsPeople). "Anna Weber, a spokeswoman for the Interior Ministry": a person set beside a
 * role for a coded body takes its code (roleAppositions).
 */
import { firstStartingFrom } from '../../document/span.js';
import type { Doc } from '../../document/document.js';
import type { Entity, Token } from '../../document/layers.js';
import { splitCode, type ActorKnowledge } from '../../knowledge/actors/load.js';
import { STATE_SECTOR } from '../../knowledge/actors/codes.js';
import { asFormer, type Resolution } from './resolve.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** People who speak or act for the person named before their role: their code is the principal's ("Putin spokesman"). */
const SPEAKS_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'adviser', 'advisor', 'envoy', 'secretary', 'staff', 'representative']);
/** Possessive pronouns that own a role ("his spokesman"), as coreference codes them. */
const POSSESSIVES = new Set(['his', 'her', 'its', 'their']);
/** How far before a person an owner's role may begin, in tokens ("… 's Representative in the Occupied Palestinian Territory ,"). */
const OWNED_ROLE_REACH = 10;
/** People tied to the person named before their role, but not in office through them: the principal's country only. */
const TIED_TO = new Set(['lawyer', 'attorney', 'ally', 'associate', 'confidant', 'friend', 'manager', 'chairman', 'son', 'daughter',
  'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'son-in-law', 'daughter-in-law', 'biographer', 'donor', 'fixer']);
/** Those tied to a body who hold its office when it is the state's or a party's. */
const CHAIRS = new Set(['chairman', 'chairwoman']);
/** Words that may stand before such a role ("former Trump national security adviser", "Putin's longtime friend"). */
const ROLE_MODIFIERS = new Set(['senior', 'top', 'chief', 'personal', 'special', 'longtime', 'long-time', 'close', 'former', 'national',
  'security', 'economic', 'campaign', 'press', 'deputy', 'foreign', 'policy', 'trade', 'political', 'legal', 'White', 'House', 'of']);

/** The CAMEO code of the country an actor code is of ("USAGOV" → "USA"), for those only tied to the actor. */
function countryCode(kb: ActorKnowledge, actor: string): string {
  const country = splitCode(kb, actor).country;
  return country ? kb.byIso3.get(country)?.cameo ?? actor.slice(0, 3) : actor.slice(0, 3);
}

/**
 * "Trump adviser Steve Bannon", "Putin's spokesman Dmitry Peskov": a person named before another's role is the
 * principal, not the one who acts. The whole phrase becomes one mention of the second person (so the first is no
 * party of an event there), coded by the principal's code for those who speak for them (a spokesman, an adviser)
 * or by the principal's country for those tied to them (a lawyer, a son), when the second has no code of their own.
 */
export function principalsPeople(kb: ActorKnowledge, doc: Doc, tokens: readonly Token[], entities: Entity[]): Entity[] {
  const added: Entity[] = [];
  let out: Entity[] | null = null;
  for (let x = 0; x + 1 < entities.length; x++) {
    const a = entities[x]!;
    if (a.type !== 'PER' || !a.actor || !/^[A-Z]{3}/.test(a.actor)) continue;
    let k = firstStartingFrom(tokens, a.end);
    if (k < tokens.length && /^['’]s$/.test(tokens[k]!.norm)) k++;
    const roleFrom = k;
    while (k < tokens.length && k - roleFrom < 4 && (ROLE_MODIFIERS.has(tokens[k]!.norm) || ROLE_MODIFIERS.has(doc.text.slice(tokens[k]!.start, tokens[k]!.end)))) k++;
    const head = k < tokens.length ? tokens[k]!.norm.toLowerCase() : '';
    const speaks = SPEAKS_FOR.has(head);
    if (!speaks && !TIED_TO.has(head)) continue;
    const next = k + 1 < tokens.length ? tokens[k + 1]! : null;
    const b = next ? entities.slice(x + 1, x + 4).find((e) => e.type === 'PER' && e.start === next.start) : undefined;
    if (!b || /[.!?;]/.test(doc.text.slice(a.end, b.start))) continue;
    const former = /\bformer\b/i.test(doc.text.slice(Math.max(0, a.start - 8), b.start));
    let code = b.actor ?? null;
    if (!code) {
      const parts = splitCode(kb, a.actor);
      const base: Resolution = { code: speaks ? a.actor : countryCode(kb, a.actor), country: parts.country, sector: speaks ? parts.sector : null, name: b.text, basis: 'nominal' };
      code = (former ? asFormer(kb, base) : base).code;
    }
    const parts = splitCode(kb, code);
    const whole: Writable<Entity> = { start: a.start, end: b.end, text: doc.text.slice(a.start, b.end), type: 'PER', via: 'actor', actor: code, name: b.name ?? b.text };
    if (parts.country) whole.country = parts.country;
    if (parts.sector) whole.sector = parts.sector;
    added.push(whole);
    if (!b.actor) {
      out ??= [...entities];
      const bw: Writable<Entity> = { ...b, actor: code };
      if (parts.country) bw.country = parts.country;
      if (parts.sector) bw.sector = parts.sector;
      out[out.indexOf(b)] = bw;
    }
  }
  return added.length ? [...(out ?? entities), ...added].sort((p, q) => p.start - q.start || q.end - p.end) : entities;
}

/** Prepositions that join a role to the body or person it serves: "a spokesman for the government", "an aide to the president". */
const ROLE_OF = new Set(['for', 'to', 'of', 'at']);

/**
 * "A spokesman for the German government, Steffen Hebestreit" and "Anna Weber, a spokeswoman for the
 * Interior Ministry": a person set beside a role that speaks or acts for a coded body or person takes
 * its code (DEUGOV), or its country for a role only tied to it ("a lawyer for the president"), when the
 * person has no code of their own. Entities in text order, nominal mentions included.
 */
export function roleAppositions(kb: ActorKnowledge, doc: Doc, tokens: readonly Token[], entities: Entity[]): Entity[] {
  let out: Entity[] | null = null;
  const norm = (k: number) => (k >= 0 && k < tokens.length ? tokens[k]!.norm.toLowerCase() : '');
  /** The role head of "DET? MODIFIERS* HEAD PREP the?" ending right before token k (the body's first), and where it starts; null if none. */
  const roleBefore = (k: number): { head: string; from: number } | null => {
    let j = k - 1;
    if (norm(j) === 'the') j--;
    if (!ROLE_OF.has(norm(j))) return null;
    const head = norm(j - 1);
    if (!SPEAKS_FOR.has(head) && !TIED_TO.has(head)) return null;
    let from = j - 1;
    while (from - 1 >= 0 && from - 1 >= j - 6 && (ROLE_MODIFIERS.has(norm(from - 1)) || ROLE_MODIFIERS.has(doc.text.slice(tokens[from - 1]!.start, tokens[from - 1]!.end)))) from--;
    if (/^(?:a|an|the)$/.test(norm(from - 1))) from--;
    return { head, from };
  };
  const codeFor = (head: string, body: Entity): string | null => {
    if (!body.actor || !/^[A-Z]{3}/.test(body.actor)) return null;
    // (The chair of a state body, a party or a multinational company holds its office: "Ramon Diaz, Chairman of the
    // Presidential Commission on Good Government" PHLGOV; "chairman of Toyota" MNCJPN, not the bare prefix MNC.)
    const sector = splitCode(kb, body.actor).sector ?? '';
    const chairs = CHAIRS.has(head) && (STATE_SECTOR.test(sector) || sector === 'PTY' || body.actor.startsWith('MNC'));
    return SPEAKS_FOR.has(head) || chairs ? body.actor : countryCode(kb, body.actor);
  };
  /** The code of a coded owner of the role right before the person at token `at` ("X's spokesman, NAME", "his spokesman NAME"). */
  const ownersRole = (ents: readonly Entity[], x: number, at: number): string | null => {
    let k = at - 1;
    if (norm(k) === ',') k--;
    for (let j = k; j >= Math.max(0, at - OWNED_ROLE_REACH); j--) {
      if (!SPEAKS_FOR.has(norm(j))) continue;
      // After the role, only where it serves: "Representative in the Occupied Palestinian Territory".
      if (j < k && !/^(?:in|for|to|at|on)$/.test(norm(j + 1))) return null;
      let o = j - 1;
      while (o >= 0 && ROLE_MODIFIERS.has(norm(o))) o--;
      const possessive = /^['’]s$/.test(norm(o));
      const owner = ents.slice(Math.max(0, x - 8), x).reverse().find((e) => !!e.actor && /^[A-Z]{3}/.test(e.actor)
        && (possessive ? firstStartingFrom(tokens, e.end) === o : firstStartingFrom(tokens, e.start) === o && POSSESSIVES.has(norm(o))));
      return owner?.actor ?? null;
    }
    return null;
  };
  for (let x = 0; x < entities.length; x++) {
    const p = entities[x]!;
    if (p.type !== 'PER' || p.actor || p.via === 'coref') continue;
    const at = firstStartingFrom(tokens, p.start);
    const after = firstStartingFrom(tokens, p.end);
    let code: string | null = null;
    // "NAME, a spokeswoman for the Interior Ministry"
    if (norm(after) === ',') {
      for (const body of entities.slice(x + 1, x + 5)) {
        const bk = firstStartingFrom(tokens, body.start);
        const role = roleBefore(bk);
        if (role && role.from === after + 1) code = codeFor(role.head, body);
        if (role || code) break;
      }
    }
    // "A spokesman for the German government, NAME"
    if (!code && norm(at - 1) === ',') {
      const body = entities.slice(Math.max(0, x - 4), x).reverse().find((e) => firstStartingFrom(tokens, e.end) === at - 1);
      const role = body ? roleBefore(firstStartingFrom(tokens, body.start)) : null;
      if (body && role) code = codeFor(role.head, body);
    }
    // "Olaf Scholz's spokesman, Steffen Hebestreit", "his spokesman Stephane Dujarric", "The World Health Organization's
    // Representative in the Occupied Palestinian Territory, Dr. Richard Peeperkorn": the owner's code.
    if (!code) code = ownersRole(entities, x, at);
    if (!code) continue;
    const parts = splitCode(kb, code);
    const w: Writable<Entity> = { ...p, actor: code };
    if (parts.country) w.country = parts.country;
    if (parts.sector) w.sector = parts.sector;
    (out ??= [...entities])[x] = w;
  }
  return out ?? entities;
}
