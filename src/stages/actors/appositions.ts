/**
 * A person's role written beside the name, as news introduces officials. After it, between commas:
 * "Ali Reza, the Iranian foreign minister, said" (IRNGOV, the role's nominal mention), "Craig
 * Fugate, a former FEMA administrator, said" (an officer of a coded body: its code, an elite's for
 * a former one), "William Conley, a United States District judge," (the title walk of index.ts);
 * or the body the person is "of": "Morris Goldstein of the International Monetary Fund". Before
 * it and a comma: "the El Paso mayor, Dee Margo". A person with no code of their own takes the
 * role's; so does one who works at a university, a medium or a company ("Sara Seager, a professor at MIT,": USAEDU;
 * "Rusmik Oza, head of research at Nomura,": MNCJPN). ("Anna Weber, a spokeswoman for the Interior Ministry": principals.ts; "Lori Lightfoot,
 * the mayor of Chicago": offices.ts.)
 */
import { firstStartingFrom } from '../../document/span.js';
import type { Doc } from '../../document/document.js';
import type { Entity, Token } from '../../document/layers.js';
import { splitCode, type ActorKnowledge } from '../../knowledge/actors/load.js';
import { withActor } from './coded.js';
import { asFormer, type Resolution } from './resolve.js';

/** Words of an officer's role after a body's name ("FEMA administrator", "LVMH chief financial officer"). */
export const OFFICER_WORDS = new Set(['secretary', 'press', 'administrator', 'director', 'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'chair',
  'spokesman', 'spokeswoman', 'spokesperson', 'commissioner', 'counsel', 'deputy', 'executive', 'chief', 'head', 'general', 'president',
  'vice', 'official', 'officer', 'financial', 'operating', 'managing', 'assistant', 'associate', 'acting', 'regional', 'senior', 'top']);
/** Heads of an officer's role before the body it serves ("policy director of the American Federation of Government Employees"). */
const OFFICER_HEADS = new Set(['secretary', 'administrator', 'director', 'ceo', 'chairman', 'chairwoman', 'chair', 'commissioner', 'counsel',
  'head', 'president', 'official', 'officer', 'chief', 'governor', 'manager', 'executive']);
/**
 * People who work at a body without speaking for it ("a professor at MIT", "an analyst at Nomura", "a reporter for the
 * Post"): of its kind, so coded by a university's, a medium's or a company's code (USAEDU, USAMED, MNCJPN), not by a
 * state body's or an international one's ("an economist at the World Bank" is no voice of the Bank).
 */
export const STAFF_HEADS = new Set(['professor', 'lecturer', 'dean', 'researcher', 'scientist', 'fellow', 'economist', 'analyst', 'strategist',
  'editor', 'correspondent', 'reporter', 'epidemiologist', 'physician',
  'astronomer', 'astrophysicist', 'physicist', 'biologist', 'chemist', 'geologist', 'historian', 'virologist', 'ecologist', 'engineer', 'student', 'undergraduate']);
/** Codes of the bodies whose staff are of their kind. */
const STAFF_KIND = /^(?:[A-Z]{3}(?:EDU|MED|BUS)$|MNC)/;
/** Most words of the field between a role and "at" its body ("head of research at Nomura", "professor of economics at Harvard"). */
const FIELD_MAX = 3;
/** Words joining such a role to its body ("an analyst with Oppenheimer and Co" too). */
const OF_BODY = new Set(['of', 'at', 'for', 'with']);
/** Most words of such a role after the body's name, or before it. */
const OFFICER_MAX = 4;
const FORMER = new Set(['former', 'ex', 'then', 'late', 'retired', 'onetime', 'one-time']);
/** Tokens that close an apposition (a relative clause may follow the role: "a former FDA official who conducted …"). */
const CLOSES = new Set([',', '.', ';', ')', '—', '–', 'who']);

/** A code as the resolution a role gives (its country and sector). */
export function codeOf(kb: ActorKnowledge, code: string): Resolution {
  const parts = splitCode(kb, code);
  return { code, country: parts.country, sector: parts.sector, name: '', basis: 'nominal' };
}

/** The entity starting at token `k`, or null. */
function entityAt(tokens: readonly Token[], entities: readonly Entity[], from: number, k: number): Entity | null {
  const at = tokens[k]?.start;
  if (at === undefined) return null;
  for (let x = from; x < entities.length && entities[x]!.start <= at; x++) if (entities[x]!.start === at) return entities[x]!;
  return null;
}

/** The entity starting at token k, or after a "the" there that the recogniser left out of the name ("a reporter for the Post", "The New York Times"). */
function bodyAt(tokens: readonly Token[], entities: readonly Entity[], from: number, k: number): Entity | null {
  return entityAt(tokens, entities, from, k) ?? (tokens[k]?.norm === 'the' ? entityAt(tokens, entities, from, k + 1) : null);
}

/** Most lower-case words of a body's kind between "of" and its name ("of stockbrokers Wood Mackenzie", "at investment bank Kent"). */
const KIND_MAX = 2;

/**
 * The coded body a person is "of" or "at", written right after the name ("Daniel Roling of Merrill Lynch said", "Anderson
 * Cooper, of CNN,", "Philip Augar of stockbrokers Wood Mackenzie and Co Ltd", "Ilmar Martens at Walwyn Stodgell Cochran
 * Murray Ltd"), whose name ends the phrase (punctuation or a lower-case word after it, not "'s"); null for another.
 */
function affiliation(doc: Doc, tokens: readonly Token[], entities: readonly Entity[], x: number, after: number): Entity | null {
  // (Or between commas: "Anderson Cooper, of CNN,".)
  if (tokens[after]?.norm === ',' && tokens[after + 1]?.norm === 'of') after++;
  if (tokens[after]?.norm !== 'of' && tokens[after]?.norm !== 'at') return null;
  let k = tokens[after + 1]?.norm === 'the' ? after + 2 : after + 1;
  // (Its kind, in lower case, before the name.)
  for (let n = 0; n < KIND_MAX && /^\p{Ll}+$/u.test(doc.text.slice(tokens[k]?.start ?? 0, tokens[k]?.end ?? 0)) && !entityAt(tokens, entities, x + 1, k); n++) k++;
  const q = entityAt(tokens, entities, x + 1, k);
  if (!q || q.type !== 'ORG' || !q.actor || !/^[A-Z]{3}/.test(q.actor)) return null;
  // (A period ends it, after the name or as its last character: "… Capital Markets Inc." and the next sentence.)
  if (/^[.,;:)]/.test(doc.text.slice(q.end, q.end + 1)) || q.text.endsWith('.')) return q;
  const next = tokens[firstStartingFrom(tokens, q.end)];
  if (!next) return q;
  const word = doc.text.slice(next.start, next.end);
  return /^\p{Ll}/u.test(word) || (/^[^\p{L}\p{N}'’]/u.test(word)) ? q : null;
}

/** The actor a title in tokens [from, to) makes, when its words are all of them (the title walk of index.ts). */
export type RoleOver = (from: number, to: number) => Resolution | null;

/** A possessive "'s", with a straight or a curly apostrophe. */
const POSSESSIVE = /^['’]s$/;
/** A body's units, after its name and "'s" ("Dai-Ichi Kangyo Bank Ltd's international treasury division"). */
const UNIT_WORDS = new Set(['division', 'department', 'unit', 'section', 'desk', 'office', 'branch', 'arm', 'subsidiary', 'operations', 'team', 'group']);

/** The token after up to FIELD_MAX words (`word`, none joining a role to its body) after token e ("for strategic planning"). */
function fieldEnd(tokens: readonly Token[], e: number, word: RegExp): number {
  let f = e + 1;
  while (f < tokens.length && f - e <= FIELD_MAX && word.test(tokens[f]!.norm) && !OF_BODY.has(tokens[f]!.norm)) f++;
  return f;
}

/** Most tokens of a role read as a title ("a United States District judge"). */
const TITLE_MAX = 7;

/**
 * The code of a role that starts at token k with a coded body: the role's own nominal mention ("the Iranian foreign minister,";
 * one without "former" starts a word earlier: "the former Iranian foreign minister"), an officer's role after a body's name
 * ("an NTSB spokesman,"), or before it ("policy director of the American Federation of Government Employees,"); null for none.
 */
function bodyRole(kb: ActorKnowledge, tokens: readonly Token[], entities: readonly Entity[], x: number, k: number, former: boolean, closes: (k: number) => boolean): Resolution | null {
  let q = entityAt(tokens, entities, x + 1, k) ?? (former ? entityAt(tokens, entities, x + 1, k - 1) : null);
  let served = false;
  if (!q) {
    let h = k;
    while (h < tokens.length && h - k < OFFICER_MAX && /^\p{Ll}+$/u.test(tokens[h]!.norm) && !OF_BODY.has(tokens[h]!.norm)) h++;
    const staff = h > k && STAFF_HEADS.has(tokens[h - 1]!.norm);
    if (h > k && (OFFICER_HEADS.has(tokens[h - 1]!.norm) || staff) && OF_BODY.has(tokens[h]?.norm ?? '')) {
      q = bodyAt(tokens, entities, x + 1, h + 1);
      // A field between the role and "at" its body: "head of research at Nomura", "professor of economics at Harvard".
      if (!q && tokens[h]!.norm === 'of') {
        let f = h + 1;
        while (f < tokens.length && f - h <= FIELD_MAX && tokens[f]!.pos !== 'PROPN' && /^\p{L}+$/u.test(tokens[f]!.norm) && !OF_BODY.has(tokens[f]!.norm)) f++;
        if (f > h + 1 && (tokens[f]?.norm === 'at' || tokens[f]?.norm === 'for')) q = bodyAt(tokens, entities, x + 1, f + 1);
      }
      if (staff && !(q?.type === 'ORG' && STAFF_KIND.test(q.actor ?? ''))) q = null;
      served = q?.type === 'ORG';
    }
  }
  if (!q?.actor || !/^[A-Z]{3}/.test(q.actor)) return null;
  const end = firstStartingFrom(tokens, q.end);
  // The role's words end at the body's name ("… of the American Federation of Government Employees,"), or after it ("FEMA administrator,").
  let e = end;
  // (After its "'s" too: "Tesco's CEO for Central Europe,".)
  const owner = !served && q.type === 'ORG' && POSSESSIVE.test(tokens[end]?.norm ?? '') ? 1 : 0;
  if (!served && q.type === 'ORG') while (e + owner < tokens.length && e - end < OFFICER_MAX && OFFICER_WORDS.has(tokens[e + owner]!.norm)) e++;
  if (e > end) e += owner;
  // (And the part of the world or the trade an officer there has: "Tesco's CEO for Central Europe,", "IBM chief for strategic planning,".)
  if (!served && e > end && tokens[e]?.norm === 'for') {
    const f = fieldEnd(tokens, e, /^\p{L}+$/u);
    if (f > e + 1 && closes(f)) e = f;
  }
  // (Or after a portfolio that follows the body served: "vice president at Outboard for strategic planning,"; or after the
  // body's unit: "assistant general manager of Dai-Ichi Kangyo Bank Ltd's international treasury division,".)
  if (served && (tokens[e]?.norm === 'for' || POSSESSIVE.test(tokens[e]?.norm ?? ''))) {
    const f = fieldEnd(tokens, e, /^\p{Ll}+$/u);
    if (f > e + 1 && closes(f) && (tokens[e]!.norm === 'for' || UNIT_WORDS.has(tokens[f - 1]!.norm))) e = f;
  }
  // (A name whose abbreviation's period ends the sentence too closes the role: "analyst at E.F. Hutton Co. He …".)
  const closed = (k: number) => closes(k) || (k === end && q!.text.endsWith('.'));
  const fits = q.via === 'actor' && q.type === 'PER' ? closed(end) : q.type === 'ORG' && (served || e > end) && closed(e);
  return fits ? codeOf(kb, q.actor) : null;
}

/** The actor the title walk makes of the role's words from token `from` (its first, an article aside) to the closing token. */
function titleAfter(tokens: readonly Token[], from: number, k: number, closes: (k: number) => boolean, roleOver?: RoleOver): Resolution | null {
  if (!roleOver) return null;
  let c = k;
  while (c < tokens.length && c - k < TITLE_MAX && !closes(c)) c++;
  return c > k && c < tokens.length && closes(c) ? roleOver(from, c) : null;
}

/** People with their role in an apposition, coded by it. Entities in text order. */
export function roleAfterName(kb: ActorKnowledge, doc: Doc, tokens: readonly Token[], entities: Entity[], roleOver?: RoleOver): Entity[] {
  let out: Entity[] | null = null;
  const closes = (k: number) => k >= tokens.length || CLOSES.has(tokens[k]!.norm);
  const set = (x: number, r: Resolution) => {
    (out ??= [...entities])[x] = withActor(entities[x]!, r);
  };
  for (let x = 0; x < entities.length; x++) {
    const p = entities[x]!;
    if (p.type !== 'PER' || p.actor || p.via === 'coref') continue;
    const after = firstStartingFrom(tokens, p.end);
    // "Morris Goldstein of the International Monetary Fund": the body the person is of, its whole name.
    const of = affiliation(doc, tokens, entities, x, after);
    if (of) {
      set(x, codeOf(kb, of.actor!));
      continue;
    }
    if (tokens[after]?.norm !== ',') continue;
    let k = after + 1;
    // ("formerly a deputy administrator of FEMA")
    const formerly = tokens[k]?.norm === 'formerly';
    if (formerly) k++;
    if (/^(?:a|an|the)$/.test(tokens[k]?.norm ?? '')) k++;
    const former = formerly || FORMER.has(tokens[k]?.norm ?? '');
    if (former && !formerly) k++;
    // "a senior State Department official": a rank before the body.
    while (k < tokens.length && (tokens[k]!.norm === 'senior' || tokens[k]!.norm === 'top')) k++;
    const r = bodyRole(kb, tokens, entities, x, k, former, closes)
      // A title written after the name: "William Conley, a United States District judge,".
      ?? titleAfter(tokens, formerly ? k : after + 1 + (/^(?:a|an|the)$/.test(tokens[after + 1]?.norm ?? '') ? 1 : 0), k, closes, roleOver);
    if (r) set(x, former ? asFormer(kb, r) : r);
  }
  return out ?? entities;
}

/** The actor the title walk makes of the title words that end at token `to` (a comma before a name), or null. */
export type RoleEndingAt = (to: number) => Resolution | null;

/**
 * A person whose role is written before the name and a comma: "the El Paso mayor, Dee Margo" (USAGOV), "a United States
 * Department of State spokesperson, Morgan Ortagus". A person with no code of their own takes the title's.
 */
export function roleBeforeName(tokens: readonly Token[], entities: Entity[], roleEndingAt: RoleEndingAt): Entity[] {
  let out: Entity[] | null = null;
  for (let x = 0; x < entities.length; x++) {
    const p = entities[x]!;
    if (p.type !== 'PER' || p.actor || p.via === 'coref') continue;
    const at = firstStartingFrom(tokens, p.start);
    if (at < 2 || tokens[at - 1]!.norm !== ',') continue;
    const r = roleEndingAt(at - 1);
    if (r) (out ??= [...entities])[x] = withActor(p, r);
  }
  return out ?? entities;
}
