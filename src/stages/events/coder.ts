/**
 * The clause coder: for each finite verb group of a sentence, the verb pattern that
 * fires (CAMEO code), the source actor group (subject, or "by" agent in the passive),
 * the target group (pattern slot, else first actor group after the verb in the clause),
 * negation and modality. Works on token indexes; the stage turns results into spans.
 */
import type { Token } from '../../document/layers.js';
import type { PatternItem, VerbPattern } from '../../knowledge/petrarch/types.js';
import { inChunk, looksParticiple, RELATIVES, SUBORDINATORS, subordinatorAt, verbGroups, type Modality, type VerbGroup } from '../syntax/index.js';
import { combineCode } from './control.js';
import { protestParties } from './protest.js';
import { patternCandidates, type Lexicon, type VerbForm } from './lexicon.js';
import type { Party, UnitGroup } from './units.js';

export interface ClauseEvent {
  readonly sources: readonly Party[];
  readonly targets: readonly Party[];
  readonly code: string;
  readonly reverse: string | null;
  /** The pattern (or bare verb) that fired, with its origin. */
  readonly pattern: string;
  readonly origin: string;
  readonly verb: readonly [number, number];
  readonly source: UnitGroup | null;
  readonly target: UnitGroup | null;
  readonly negated: boolean;
  readonly modality: Modality;
  readonly passive: boolean;
  /** Token range of the clause: subject (or verb) to the end of the verb's window. */
  readonly clause: readonly [number, number];
  readonly notes: readonly string[];
  /** Pattern words matched (0 = the verb's own code). */
  readonly specificity: number;
  /** Both parties come from one coordinated subject acting together (reciprocal pairs). */
  readonly reciprocal: boolean;
}

export interface SentenceContext {
  /** Subject of the last finite clause seen (for pronoun subjects). */
  lastSubject: UnitGroup | null;
  /** Index of the sentence being coded, and of the one lastSubject was found in. */
  sentence: number;
  lastSubjectSentence: number;
}

/** How many sentences back a pronoun subject may find the subject it stands for (the sentence before, no further). */
const PRONOUN_REACH = 1;

/** Verbs that report speech: their subject is the speaker of a following "Y must …". */
const SAY = new Set(['say', 'declare', 'announce', 'reiterate', 'insist', 'conclude', 'state', 'tell', 'stress', 'warn', 'add', 'argue', 'write',
  'confirm', 'report', 'claim', 'note', 'explain', 'acknowledge', 'admit', 'disclose']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'did', 'does', 'do', 'wo', 'ca']);
/** CAMEO roots of verbal acts a participial clause can carry by the verb's own code: demand, disapprove, reject
 * (appeals and threats through the control verbs: "urging", "threatening"; a THREATEN block also holds "risk"). */
const VERBAL_ROOTS = new Set(['10', '11', '12']);
const PROGRESSIVE_BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'am', "'re"]);
/** Verbs that carry a statement or document ("issued a declaration demanding …", "sent a letter accusing …"). */
const VEHICLES = new Set(['issue', 'release', 'publish', 'make', 'send', 'adopt', 'sign', 'write', 'deliver', 'present', 'submit', 'hand', 'pass']);
/** Verbs of naming: "what it called interference", "what he described as an attack", "what they termed …". */
const NAMING_VERBS = new Set(['call', 'describe', 'term', 'label', 'dub', 'characterize', 'characterise', 'brand']);
/** Subordinators that open a condition rather than a fact. */
const CONDITIONS = new Set(['if', 'unless', 'whether']);
const PRONOUN_SUBJECT = new Set(['he', 'she', 'it', 'they', 'we']);
/** Verbs of opinion and expectation: no event by their own code (see codeSentence). */
const OPINION_VERBS = new Set(['think', 'believe', 'expect', 'hope', 'feel', 'suppose', 'guess', 'reckon', 'wonder']);
const NEG_WORDS = new Set(['not', "n't", 'never']);
/** CAMEO roots that govern an infinitive: appeal, intent, demand, reject, threaten. */
const GOVERNING_ROOTS = new Set(['02', '03', '10', '12', '13']);
/** Roots where a joint subject without a target acts on its own members (talks, agreements, cooperation). */
const RECIPROCAL_ROOTS = new Set(['03', '04', '05', '06']);
/**
 * Words after which an -ing word before an actor qualifies it ("with visiting …", "the ruling …"); after "of", "for",
 * "to", "against" or "after" it is as often a gerund ("a goal of ousting Syrian President Assad").
 */
const BEFORE_PREMODIFIER = new Set(['with', 'among', 'between', 'the', 'a', 'an', 'its', 'their', 'his', 'her']);
/** Prepositions that introduce what a joint action is about or where it is, not a party to it. */
const TOPIC_PREPS = new Set(['in', 'on', 'about', 'over', 'at', 'around', 'regarding', 'concerning']);
/** Verbs whose object is what is talked of, not a party: "Lavrov and Wang Yi discussed Ukraine". */
const TOPIC_VERBS = new Set(['discuss', 'debate', 'review', 'examine', 'address', 'tackle']);

interface Match { code: string | null; reverse: string | null; score: number; pattern: VerbPattern | null; form: VerbForm | null; vs: number; ve: number;
  slots: { source?: UnitGroup; target?: UnitGroup }; negConsumed: boolean; label?: string }

function wordAt(tokens: readonly Token[], p: number, w: string): boolean {
  const t = tokens[p];
  if (!t) return false;
  return t.norm === w || (t.lemma !== undefined && t.lemma.toLowerCase() === w);
}

function phraseAt(tokens: readonly Token[], p: number, words: readonly string[], lo: number, hi: number): boolean {
  if (p < lo || p + words.length > hi) return false;
  for (let q = 0; q < words.length; q++) if (!wordAt(tokens, p + q, words[q]!)) return false;
  return true;
}

const DAYS = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
/** How many tokens from p a time adverbial takes ("on Monday", "yesterday", "last week"), 0 if none. */
function timeAt(tokens: readonly Token[], p: number, hi: number): number {
  const w = (k: number) => (k < hi ? tokens[k]!.norm : '');
  if (/^(?:yesterday|today|tonight)$/.test(w(p))) return 1;
  if (w(p) === 'on' && DAYS.test(w(p + 1))) return 2;
  if (DAYS.test(w(p))) return 1;
  if (/^(?:last|this)$/.test(w(p)) && /^(?:week|month|year)$/.test(w(p + 1))) return 2;
  return 0;
}

/** Match one side of a pattern; returns words matched or -1. */
function matchSide(items: readonly PatternItem[], tokens: readonly Token[], lo: number, hi: number, anchor: number, forward: boolean,
  groupsAt: ReadonlyMap<number, UnitGroup>, slots: Match['slots']): { score: number; neg: boolean } {
  let score = 0;
  let neg = false;
  if (forward) {
    let cur = anchor;
    for (const it of items) {
      let found = -1;
      let len = 0;
      // A time between the verb and what it takes is no word of the pattern ("received on Monday + ").
      if (it.adjacent) cur += timeAt(tokens, cur, hi);
      for (let p = cur; p < hi; p++) {
        if (it.kind === 'actor') {
          const g = groupsAt.get(p);
          // An actor right after the verb ("received + ") is its object, not a modifier of one ("receive
          // Finance Ministry approval").
          const modifies = it.adjacent && g !== undefined && tokens[g.j]?.pos === 'NOUN';
          if (g && !modifies) { found = p; len = g.j - g.i; if (it.role === 'source') slots.source = g; else slots.target = g; }
        } else {
          for (const a of it.alts) if (phraseAt(tokens, p, a, lo, hi)) { found = p; len = a.length; break; }
        }
        if (found >= 0 || it.adjacent) break;
      }
      if (found < 0) return { score: -1, neg };
      score += it.kind === 'actor' ? 1 : len;
      cur = found + len;
    }
  } else {
    let cur = anchor; // exclusive end
    for (let x = items.length - 1; x >= 0; x--) {
      const it = items[x]!;
      let found = -1;
      let len = 0;
      for (let e = cur; e > lo; e--) {
        if (it.kind === 'actor') {
          for (const g of groupsAt.values()) if (g.j === e) { found = g.i; len = g.j - g.i; if (it.role === 'source') slots.source = g; else slots.target = g; }
        } else {
          for (const a of it.alts) if (phraseAt(tokens, e - a.length, a, lo, hi)) { found = e - a.length; len = a.length; if (a.some((w) => NEG_WORDS.has(w))) neg = true; break; }
        }
        if (found >= 0 || it.adjacent) break;
      }
      if (found < 0) return { score: -1, neg };
      score += it.kind === 'actor' ? 1 : len;
      cur = found;
    }
  }
  return { score, neg };
}

/** Verb forms of the dictionary that match at content verb k (multi-word forms first). */
function formsAt(tokens: readonly Token[], k: number, lo: number, hi: number, lex: Lexicon): { form: VerbForm; vs: number; ve: number }[] {
  const out: { form: VerbForm; vs: number; ve: number }[] = [];
  const t = tokens[k]!;
  const seen = new Set<VerbForm>();
  formsFrom(tokens, k, hi, lex, k, t.norm, seen, out);
  if (t.lemma) formsFrom(tokens, k, hi, lex, k, t.lemma.toLowerCase(), seen, out);
  if (k - 1 >= lo) formsFrom(tokens, k, hi, lex, k - 1, tokens[k - 1]!.norm, seen, out);
  return out;
}

/** The verb forms listed under `key` that start at token s and cover the content verb k. */
function formsFrom(tokens: readonly Token[], k: number, hi: number, lex: Lexicon, s: number, key: string, seen: Set<VerbForm>,
  out: { form: VerbForm; vs: number; ve: number }[]): void {
  for (const f of lex.verbsByWord.get(key) ?? []) {
    if (seen.has(f)) continue;
    if (s + f.words.length <= k) continue;
    let ok = true;
    for (let q = 1; q < f.words.length; q++) if (!wordAt(tokens, s + q, f.words[q]!) || s + q >= hi) { ok = false; break; }
    if (ok) { seen.add(f); out.push({ form: f, vs: s, ve: s + f.words.length }); }
  }
}

/** Does the sentence have, for every word item of a pattern, one of its first words? */
function meetsNeeds(needs: readonly (readonly string[])[], words: ReadonlySet<string>): boolean {
  for (const need of needs) {
    let found = false;
    for (const w of need) if (words.has(w)) { found = true; break; }
    if (!found) return false;
  }
  return true;
}

/** The words of a sentence (norms and lemmas) and, per indexed verb block, the patterns they allow. */
interface SentenceWords {
  readonly set: ReadonlySet<string>;
  readonly candidates: Map<number, readonly number[] | null>;
}

function candidatesOf(sw: SentenceWords, lex: Lexicon, block: number): readonly number[] | null {
  let c = sw.candidates.get(block);
  if (c === undefined) sw.candidates.set(block, (c = patternCandidates(lex, block, sw.set)));
  return c;
}

function bestMatch(tokens: readonly Token[], k: number, from: number, windowEnd: number, lex: Lexicon, sw: SentenceWords,
  groupsAt: ReadonlyMap<number, UnitGroup>): Match | null {
  const words = sw.set;
  let best: Match | null = null;
  for (const { form, vs, ve } of formsAt(tokens, k, from, windowEnd, lex)) {
    const base: Match = { code: form.entry.code, reverse: form.entry.reverse, score: 0, pattern: null, form, vs, ve, slots: {}, negConsumed: false };
    let local = base;
    const ownCode = form.entry.code !== null && form.entry.code !== form.block.code;
    const list = lex.patterns.get(form.block.id) ?? [];
    // A large block offers only the patterns whose indexed word the sentence has (the others cannot fire).
    const cands = list.length ? candidatesOf(sw, lex, form.block.id) : null;
    const n = cands ? cands.length : list.length;
    for (let q = 0; q < n; q++) {
      const cp = list[cands ? cands[q]! : q]!;
      if (cp.size <= local.score) continue;
      // A verb's own code is not overridden by a block pattern that only names its subject ("&MILITARY *").
      if (ownCode && cp.pattern.post.length === 0) continue;
      if (!meetsNeeds(cp.needs, words)) continue;
      const slots: Match['slots'] = {};
      const post = matchSide(cp.pattern.post, tokens, ve, windowEnd, ve, true, groupsAt, slots);
      if (post.score < 0) continue;
      const pre = matchSide(cp.pattern.pre, tokens, from, vs, vs, false, groupsAt, slots);
      if (pre.score < 0) continue;
      const score = pre.score + post.score;
      if (score > local.score) local = { code: cp.pattern.code, reverse: cp.pattern.reverse, score, pattern: cp.pattern, form, vs, ve, slots, negConsumed: pre.neg };
    }
    // Ties: the same verb form in a later dictionary overrides the earlier entry, even to say "no
    // event" (user and dateline additions load after CAMEO.2.0); else the code over no code, then
    // the longer verb form, then the later dictionary.
    const sameForm = best !== null && best.form !== null && local.form !== null && best.form.words.join(' ') === local.form.words.join(' ');
    // A later block that only adds patterns to a verb ("--- BEAT_UP [---] --- BEAT - * UP [182]") keeps the
    // verb's earlier default when none of its patterns fires; only a block with no patterns says "no event".
    const addsOnly = local.code === null && local.score === 0 && best?.code != null && (lex.patterns.get(local.form?.block.id ?? -1)?.length ?? 0) > 0;
    if (!best || local.score > best.score || (local.score === best.score && sameForm && !addsOnly && (local.form?.block.id ?? 0) > (best.form?.block.id ?? 0)) || (local.score === best.score && !sameForm && (
      (best.code === null && local.code !== null) ||
      ((best.code === null) === (local.code === null) && ((local.form?.words.length ?? 0) > (best.form?.words.length ?? 0) ||
        ((local.form?.words.length ?? 0) === (best.form?.words.length ?? 0) && (local.form?.block.id ?? 0) > (best.form?.block.id ?? 0))))))) best = local;
  }
  return best;
}

/** Token index where the window of the clause ends (exclusive): a new clause, a purpose
 * infinitive ("steps to exterminate X") or a gerund after a preposition ("in fighting X"). */
function windowEnd(tokens: readonly Token[], start: number, to: number, nextFinite: number, nonFinite: readonly VerbGroup[]): number {
  let limit = Math.min(to, nextFinite);
  for (const g of nonFinite) {
    if (g.start < start || g.start >= limit) continue;
    // "from neighboring Lebanon": a V-ing right before a proper name modifies it; it starts no clause.
    if (g.nonFinite === 'gerund' && tokens[g.end]?.pos === 'PROPN' && g.verbs.length === 1) continue;
    if (g.nonFinite === 'infinitive' || (g.nonFinite === 'gerund' && tokens[g.start - 1]?.pos === 'ADP')) {
      let s = g.start;
      while (s - 1 >= start && (tokens[s - 1]!.norm === 'to' || tokens[s - 1]!.pos === 'ADV' || tokens[s - 1]!.pos === 'ADP')) s--;
      limit = s;
      break;
    }
  }
  for (let p = start; p < limit; p++) {
    const t = tokens[p]!;
    if (t.norm === ';' || t.norm === ':' || t.norm === '“' || t.norm === '”' || t.norm === '"') return p;
    if (subordinatorAt(tokens, p, to)) return p;
    if (isRelative(t)) return p;
  }
  return limit;
}

/** A relative pronoun: which/who/whom/whose/where, or "that" read as a pronoun ("a resolution that aims to …"). */
function isRelative(t: Token): boolean {
  return (RELATIVES.has(t.norm) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADV')) || (t.norm === 'that' && t.pos === 'PRON');
}

/** Most tokens between a relative pronoun set off by a comma and the comma that closes its clause before a verb. */
const RELATIVE_CLAUSE_MAX = 30;

/**
 * The subject of a verb that follows a relative clause set off by commas: the actor group right before ", which", ", who" or
 * ", whose" ("The United States, which has backed rebels fighting President Bashar al-Assad, said …" is the United States,
 * not Assad; "The European Union, which imposed sanctions on Iran in 2012, condemned Israel"). Null when no such clause
 * ends right before the verb (its adverbs aside), when another comma or a clause break stands inside it, or when no actor
 * group ends at its opening comma or that group is the object of a preposition.
 */
function relativeAntecedent(tokens: readonly Token[], groups: readonly UnitGroup[], from: number, vgStart: number): UnitGroup | null {
  let k = vgStart - 1;
  while (k > from && tokens[k]!.pos === 'ADV') k--;
  if (k <= from || tokens[k]!.norm !== ',') return null;
  for (let r = k - 1; r > from && k - r <= RELATIVE_CLAUSE_MAX; r--) {
    const t = tokens[r]!;
    // (Not the object of a preposition: "Carl Hensman of the Gates Foundation, which …, noted" is Hensman's act.)
    if (/^(?:which|who|whose)$/.test(t.norm) && tokens[r - 1]!.norm === ',') {
      const g = groups.find((x) => x.j === r - 1);
      return g && !inPP(tokens, g, from) ? g : null;
    }
    if (t.norm === ',' || t.norm === ';' || t.norm === ':' || t.norm === '“' || t.norm === '”' || t.norm === '"') return null;
  }
  return null;
}

function subjectStart(tokens: readonly Token[], from: number, floor: number, vgStart: number): number {
  let s = Math.max(from, floor);
  for (let p = vgStart - 1; p >= s; p--) {
    const t = tokens[p]!;
    if (t.norm === ';' || t.norm === ':' || t.norm === '“' || t.norm === '”' || t.norm === '"' || subordinatorAt(tokens, p, vgStart + 1) ||
      isRelative(t)) { s = p + 1; break; }
  }
  return s;
}

/** Nouns of number or part whose "of" phrase is what acts ("thousands of Iraqi Kurds demonstrated"). */
const QUANTITY_HEADS = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'tens', 'millions', 'group', 'groups', 'crowd', 'crowds', 'number',
  'members', 'supporters', 'some', 'many', 'most', 'all', 'several', 'one', 'two', 'three', 'four', 'five', 'third', 'half', 'majority', 'contingent', 'batch', 'unit', 'units',
  'deployment', 'detachment', 'delegation', 'team', 'battalion', 'convoy']);

const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our']);

/** Is the group the object of a preposition ("in south Ithilen", "by X")? */
function inPP(tokens: readonly Token[], g: UnitGroup, floor: number): boolean {
  let p = g.chunk - 1;
  // Walk back over adverbs and coordinated noun chunks ("of primary health and Gondor's centres").
  // A possessive determiner inside the chunk opens a noun phrase of its own: "said on Tuesday their forces had …"
  // is no prepositional phrase.
  for (let q = g.chunk + 1; q <= g.i; q++) if (tokens[q]!.pos === 'PRON' && POSSESSIVE.has(tokens[q]!.norm)) return false;
  for (let n = 0; p >= floor && n < 8 && (tokens[p]!.pos === 'ADV' || tokens[p]!.pos === 'CCONJ' || inChunk(tokens, p)); n++) p--;
  if (p >= floor && tokens[p]!.norm === 'of' && QUANTITY_HEADS.has(tokens[p - 1]?.norm ?? '') && !inUnitBefore(tokens, p - 1)) return false;
  return p >= floor && tokens[p]!.pos === 'ADP';
}

/** The quantity noun itself must not start a prepositional phrase of its own ("the release of thousands of …" is no subject). */
function inUnitBefore(tokens: readonly Token[], q: number): boolean {
  let p = q - 1;
  while (p >= 0 && (inChunk(tokens, p) || tokens[p]!.norm === 'of')) p--;
  return p >= 0 && tokens[p]!.pos === 'ADP';
}

/** Can the group be "he" or "she"? One party with a sector (a person's role), not a bare country or organisation
 * code, a coordination or a plural head noun. */
function personLike(tokens: readonly Token[], g: UnitGroup): boolean {
  if (g.parties.length !== 1 || g.units.length !== 1 || g.parties[0]!.code.length <= 3) return false;
  const head = tokens[g.j - 1]!;
  return !(head.pos === 'NOUN' && head.norm.length > 3 && head.norm.endsWith('s') && !head.norm.endsWith('ss'));
}

function lemmaOf(tokens: readonly Token[], k: number): string {
  return (tokens[k]!.lemma ?? tokens[k]!.norm).toLowerCase();
}

/** Code one sentence (tokens[from, to)) given its actor groups. */
export function codeSentence(tokens: readonly Token[], from: number, to: number, groups: readonly UnitGroup[], lex: Lexicon, ctx: SentenceContext): ClauseEvent[] {
  const out: ClauseEvent[] = [];
  // Words inside an actor name ("Minister of Silly Walks") are not verbs.
  const inUnit = new Uint8Array(to - from);
  for (const g of groups) for (const u of g.units) for (let k = u.i; k < u.j; k++) inUnit[k - from] = 1;
  const hint = (k: number) => {
    const t = tokens[k]!;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
    let p = k - 1;
    while (p >= from && (tokens[p]!.pos === 'ADV' || tokens[p]!.pos === 'PART' || tokens[p]!.norm === 'ever')) p--;
    if (!lex.verbsByWord.has(t.norm)) return false;
    // "Israeli helicopters and tanks shelled positions": a past form the tagger read as an adjective, between a
    // plural subject noun and its object.
    const next = tokens[k + 1];
    if (t.pos === 'ADJ' && t.norm.endsWith('ed') && k - 1 >= from && tokens[k - 1]!.pos === 'NOUN' && tokens[k - 1]!.norm.endsWith('s') &&
      next && ['DET', 'NUM', 'NOUN', 'PROPN'].includes(next.pos) && !verbBefore(k)) return true;
    if (p < from) return false;
    // "will not ever clash"; "are demanding autonomy" (a progressive the tagger read as an adjective).
    return MODALS.has(tokens[p]!.norm) || (t.norm.endsWith('ing') && PROGRESSIVE_BE.has(tokens[p]!.norm));
  };
  const verbBefore = (k: number) => { for (let p = from; p < k; p++) if (tokens[p]!.pos === 'VERB' || tokens[p]!.pos === 'AUX') return true; return false; };
  // verbGroups asks about a token several times; the answer depends on the token alone.
  const hinted = new Int8Array(to - from);
  const hintOnce = (k: number) => {
    if (k < from || k >= to) return hint(k);
    if (!hinted[k - from]) hinted[k - from] = hint(k) ? 2 : 1;
    return hinted[k - from] === 2;
  };
  // "met with visiting French President Emmanuel Macron": a lone -ing word between a preposition or article and an actor
  // (its title words between) qualifies the actor; it is no verb.
  const premodifier = (g: VerbGroup) => {
    const k = g.verbs[0]!;
    if (g.verbs.length !== 1 || k <= from || !tokens[k]!.norm.endsWith('ing') || !BEFORE_PREMODIFIER.has(tokens[k - 1]!.norm)) return false;
    let q = k + 1;
    while (q < to && q - k <= 4 && !inUnit[q - from] && ['PROPN', 'ADJ', 'NOUN'].includes(tokens[q]!.pos)) q++;
    return q < to && inUnit[q - from] === 1;
  };
  const raw = verbGroups(tokens, from, to, hintOnce).filter((g) => !g.verbs.some((k) => inUnit[k - from]) && !premodifier(g));
  // "Prisoners rioted at a jail …, locals said": a participle after the sentence's first noun is its main verb, not
  // a reduced relative ("remarks published on Monday urged …"), when no main verb follows except a reporting one
  // after a comma.
  const mainAfter = (g: VerbGroup) => raw.some((h) => h.start > g.start && h.finite && !tokens.slice(Math.max(from, h.start - 4), h.start).some((t) => t.norm === ','));
  const subjectFirst = (g: VerbGroup) => { let p = from; while (p < g.start - 1 && ['DET', 'NUM', 'ADJ', 'NOUN'].includes(tokens[p]!.pos)) p++; return p === g.start - 1 && tokens[p]!.pos === 'NOUN'; };
  // "…, demanding that Turkey release him", "issued a statement accusing Israel of …": a participial clause that
  // makes a demand, accusation, refusal or threat is the act of the clause before it (its subject's).
  const verbalAct = (k: number) => {
    const t = tokens[k]!;
    const cls = lex.control.verbs.get((t.lemma ?? t.norm).toLowerCase());
    if (cls && cls !== 'intent') return true;
    return (lex.verbsByWord.get(t.norm) ?? []).some((f) => { const c = f.entry.code ?? f.block.code; return c !== null && VERBAL_ROOTS.has(c.slice(0, 2)); });
  };
  const vgs: (VerbGroup & { participial?: boolean })[] = raw.map((g) => ((g.afterVerb || g.afterNoun) && inUnit[g.start - 1 - from]) || (g.afterNoun && subjectFirst(g) && !mainAfter(g))
    ? { ...g, finite: true, nonFinite: null }
    : g.nonFinite === 'gerund' && g.start > from && (tokens[g.start - 1]!.norm === ',' || tokens[g.start - 1]!.pos === 'NOUN') && !inUnit[g.start - 1 - from] &&
      raw.some((h) => h.finite && h.end <= g.start) && verbalAct(g.verbs[0]!)
      ? { ...g, finite: true, nonFinite: null, participial: true } : g);
  // "British aircraft using precision guided missiles killed 4 Iraqis": a lone past form between nouns, whose noun
  // phrase runs straight into another finite verb, modifies that noun; it is not a verb of its own.
  const adjectival = (g: VerbGroup) => {
    if (!g.finite || g.verbs.length !== 1 || g.verbs[0] !== g.start || !tokens[g.start]!.norm.endsWith('ed') || tokens[g.start - 1]?.pos !== 'NOUN') return false;
    let p = g.end;
    while (p < to && (tokens[p]!.pos === 'NOUN' || tokens[p]!.pos === 'ADJ')) p++;
    return p > g.end && tokens[p - 1]!.pos === 'NOUN' && vgs.some((h) => h !== g && h.finite && h.start === p);
  };
  const finite = vgs.filter((g) => g.finite && !adjectival(g));
  if (finite.length === 0) return out;
  const nonFinite = vgs.filter((g) => !g.finite);
  const words = new Set<string>();
  for (let p = from; p < to; p++) {
    const t = tokens[p]!;
    words.add(t.norm);
    if (t.lemma && t.lemma !== t.norm) words.add(t.lemma.length && t.lemma.charCodeAt(0) < 97 ? t.lemma.toLowerCase() : t.lemma);
  }
  const sw: SentenceWords = { set: words, candidates: new Map() };
  const groupsAt = new Map<number, UnitGroup>();
  for (const g of groups) groupsAt.set(g.i, g);
  let prevEnd = from;
  let prevSubject: UnitGroup | null = null;
  const subjects: UnitGroup[] = [];
  /** The subject of the finite clause just before, actor or not: a verb coordinated with it shares it ("a resolution
   * that aims to tighten sanctions and impose a blockade": no actor imposes). */
  let prevClauseSubject: UnitGroup | null = null;
  /** The control class (data/verbs/control.tsv) that governed the clause just before, if any. */
  let prevGoverning: string | null = null;
  let prevConditional = false;
  /** Index (in `finite`) of the last clause coded as a demand or appeal (CAMEO 10, 02). */
  let lastDemand = -2;
  let speaker: UnitGroup | null = null;
  let reported = false;
  for (let gi = 0; gi < finite.length; gi++) {
    const vg = finite[gi]!;
    const nextFinite = finite[gi + 1]?.start ?? to;
    const wEnd = windowEnd(tokens, vg.end, to, nextFinite, nonFinite);
    // Subject.
    const sStart = subjectStart(tokens, from, prevEnd, vg.start);
    // "… unless President Oueddei arranged a ceasefire … and held elections": a condition is no event (nor is what is
    // coordinated with it).
    // "… must agree to changes before they demobilize": a "before/until" clause in the present tells of what has not
    // happened yet.
    const lead0 = tokens[vg.start]!;
    const presentTense = MODALS.has(lead0.norm) || (lead0.lemma !== undefined && [lead0.lemma.toLowerCase(), `${lead0.lemma.toLowerCase()}s`, `${lead0.lemma.toLowerCase()}es`].includes(lead0.norm) &&
      !['had', 'was', 'were', 'did'].includes(lead0.norm));
    // "almost five years after Calenardhon crowds burned down its embassy": a dated past event, background.
    const backdated = ['after', 'since'].includes(tokens[sStart - 1]?.norm ?? '') && /^(years|months|weeks|days|decades|hours)$/.test(tokens[sStart - 2]?.norm ?? '');
    const opensCondition = CONDITIONS.has(tokens[sStart - 1]?.norm ?? '') || (['before', 'until'].includes(tokens[sStart - 1]?.norm ?? '') && presentTense) || backdated;
    const notes: string[] = [];
    let subject: UnitGroup | null = null;
    // "killed two Iraqi youths and wounded five others": the group right after the previous verb is its object,
    // and a verb coordinated after it shares the previous verb's subject.
    const coordinated = gi > 0 && ['and', 'but', ','].includes(tokens[vg.start - 1]?.norm ?? '');
    let sharesSubject = vg.participial === true;
    // A preposition that can open a clause ("after U.S. officials alleged …", tagged ADP) does not hide the clause's subject.
    const clauseOpener = (g: UnitGroup) => {
      let p = g.chunk - 1;
      while (p >= sStart && tokens[p]!.pos === 'DET') p--;
      if (p < sStart || !SUBORDINATORS.has(tokens[p]!.norm)) return false;
      // "almost five years after Calenardhon crowds burned down its embassy": a dated past event, background.
      if (/^(years|months|weeks|days|decades|hours)$/.test(tokens[p - 1]?.norm ?? '')) return false;
      for (let q = g.j; q < vg.start; q++) if (!inChunk(tokens, q) && tokens[q]!.pos !== 'ADV') return false;
      return true;
    };
    // "The United States, which has backed rebels fighting Assad, said": the noun before the relative clause.
    const antecedent = sharesSubject ? null : relativeAntecedent(tokens, groups, from, vg.start);
    if (antecedent) { subject = antecedent; notes.push('the subject before a relative clause set off by commas'); }
    const candidates = sharesSubject || antecedent ? [] : groups.filter((g) => g.i >= sStart && g.j <= vg.start && (!inPP(tokens, g, sStart) || clauseOpener(g)));
    const first = candidates[0];
    if (first) {
      // (", and said": the comma before the conjunction belongs to the coordination)
      const conjAt = tokens[vg.start - 1]!.norm !== ',' && tokens[vg.start - 2]?.norm === ',' ? vg.start - 2 : vg.start - 1;
      const g = first;
      if (coordinated && g.j <= conjAt && tokens.slice(g.j, conjAt).every((_, q) => inChunk(tokens, g.j + q)) && tokens.slice(prevEnd, g.chunk).every((t) => t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADJ')) sharesSubject = true;
      else {
        // The noun phrase nearest the verb is its subject ("… after U.S. officials alleged"), and an apposition names the
        // role ("Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded"), unless it only names a
        // country ("Pakistan, a key U.S. ally in the war, has refused").
        const last = candidates[candidates.length - 1]!;
        const appositive = last !== first && tokens.slice(first.j, last.i).some((t) => t.norm === ',') && tokens.slice(last.j, vg.start).some((t) => t.norm === ',');
        // Nor one that names a former role ("Rutte, a former Dutch prime minister, added"): the name acts in its own.
        const formerRole = appositive && tokens.slice(first.j, last.i).some((t) => t.norm === 'former');
        subject = appositive && (formerRole || last.parties.every((p) => p.code.length <= 3 || p.part)) ? first : last;
      }
    }
    if (sharesSubject) {
      subject = vg.participial ? prevSubject : prevClauseSubject;
      if (subject) notes.push(vg.participial ? 'participial clause: the subject of the clause before' : 'subject shared with the previous verb');
    }
    if (!subject) {
      // The pronoun subject is the one right before the verb group ("Japan said on Tuesday it had halted …").
      let lp = vg.start - 1;
      while (lp > sStart && (tokens[lp]!.pos === 'ADV' || tokens[lp]!.pos === 'AUX')) lp--;
      const lead = lp >= sStart && PRONOUN_SUBJECT.has(tokens[lp]!.norm) && tokens[lp - 1]?.pos !== 'ADP' ? tokens[lp] : tokens[sStart];
      const prevTok = tokens[sStart - 1];
      if (lead && PRONOUN_SUBJECT.has(lead.norm) && sStart + 1 <= vg.start) {
        // "he"/"she" is a person: not a country, a coordination or a plural ("rebel leaders said … if he gave them …").
        // (A subject more sentences back is too far: "it" may be anything named in between that no actor code names.)
        const last = ctx.sentence - ctx.lastSubjectSentence <= PRONOUN_REACH ? ctx.lastSubject : null;
        subject = lead.norm === 'he' || lead.norm === 'she'
          ? [...subjects].reverse().find((g) => personLike(tokens, g)) ?? (last && personLike(tokens, last) ? last : null)
          : prevSubject ?? last;
        if (subject) notes.push(`pronoun "${lead.norm}" resolved to the previous subject`);
      } else if (prevTok && isRelative(prevTok) && sStart === vg.start) {
        // The antecedent is the noun right before the pronoun (or its comma): "a resolution that aims …" is not
        // the Security Council's act even though "U.N. Security Council" comes two words before.
        subject = [...groups].reverse().find((g) => g.j === sStart - 1 || (g.j === sStart - 2 && tokens[sStart - 2]!.norm === ',')) ?? null;
        if (subject) notes.push('subject of a relative clause');
      } else if (tokens[vg.start - 1]?.norm === 'and' || tokens[vg.start - 1]?.norm === 'but') {
        subject = prevClauseSubject;
        if (subject) notes.push('subject shared with the previous verb');
      } else if (sStart === vg.start && prevTok?.norm === 'which' ) {
        subject = null;
      }
    }
    if (!subject && vg.start - sStart <= 1 && tokens[vg.start - 1] && ['and', 'but', ','].includes(tokens[vg.start - 1]!.norm)) {
      subject = prevClauseSubject;
      if (subject) notes.push('subject shared with the previous verb');
    }
    // "demanded that the United States match …": the content of a demand or appeal is what is asked, not an event.
    const demanded = lastDemand === gi - 1 && tokens[sStart - 1]?.norm === 'that' && tokens[sStart - 1]!.pos === 'SCONJ';
    if (demanded) notes.push('the "that" clause of a demand or appeal is what is asked');
    // "over what it called interference", "what he described as …": a verb of naming in a free relative
    // names a thing, it tells of no act (CALL would read as a telephone call, 041).
    const freeRelative = NAMING_VERBS.has((tokens[vg.verbs[0]!]!.lemma ?? '').toLowerCase())
      && (tokens[vg.start - 1]?.norm === 'what' || (tokens[vg.start - 1]?.pos === 'PRON' && tokens[vg.start - 2]?.norm === 'what'));
    if (freeRelative) notes.push('a verb of naming in a free relative ("what it called") tells of no act');
    const conditional: boolean = opensCondition || demanded || freeRelative || (prevConditional && notes.includes('subject shared with the previous verb'));
    prevConditional = conditional;
    const pv = finite[gi - 1];
    const pvNext = pv ? tokens[pv.end] : undefined;
    const PARTICLES = ['down', 'up', 'off', 'out', 'over', 'away', 'back'];
    const pvReduced = !!pv && tokens[pv.start]!.pos === 'VERB' && looksParticiple(tokens[pv.start]!) && tokens[pv.start - 1]?.pos === 'NOUN' &&
      !inUnit[pv.start - 1 - from] && !!pvNext && ((pvNext.pos === 'ADP' && pvNext.norm !== 'to' && !PARTICLES.includes(pvNext.norm)) || pvNext.norm === ',');
    if (!subject && pvReduced) {
      // "X, in remarks published on Monday, urged …": look past verbs without a subject of their own.
      const wide = subjectStart(tokens, from, from, vg.start);
      const firstVerb = finite.find((g) => g.start >= wide)?.start ?? vg.start;
      subject = groups.find((g) => g.i >= wide && g.j <= firstVerb && !inPP(tokens, g, wide)) ?? null;
      if (subject) notes.push('subject found before an intervening verb');
    }
    // Verb chain: code each content verb, then combine.
    // Patterns may read into a "that" complement ("allowed that Mordor isn't a real pleasant place"), but not
    // a verb of saying's: "told reporters that the sanctions were illegal" announces no sanctions ("* SANCTIONS"
    // [163] is for "announced sanctions"); the reported clause is coded on its own.
    const says = vg.verbs.some((k) => SAY.has((tokens[k]!.lemma ?? tokens[k]!.norm).toLowerCase()));
    const pEnd = !says && tokens[wEnd]?.norm === 'that' && tokens[wEnd]!.pos === 'SCONJ' ? (finite.find((g) => g.start > wEnd + 1)?.start ?? to) : wEnd;
    const matches: (Match | null)[] = vg.verbs.map((k) => bestMatch(tokens, k, from, pEnd, lex, sw, groupsAt));
    let chosen = -1;
    for (let x = matches.length - 1; x >= 0; x--) if (matches[x]?.code) { chosen = x; break; }
    let governed = false;
    let governing: string | null = null;
    let complementEnd = -1;
    let bareObject = false;
    for (let x = 0; x < vg.verbs.length; x++) {
      const k = vg.verbs[x]!;
      // The dictionary's verb key names the verb where the lemmatizer does not ("sworn" → SWEAR).
      const cls = lex.control.verbs.get(lemmaOf(tokens, k)) ?? lex.control.verbs.get(matches[x]?.form?.entry.key.toLowerCase().replace(/^\+/, '') ?? '');
      const m = matches[x];
      let complement: Match | null = null;
      let compWord = '';
      if (x < vg.verbs.length - 1) {
        for (let y = vg.verbs.length - 1; y > x; y--) if (matches[y]?.code) { complement = matches[y]!; compWord = tokens[vg.verbs[y]!]!.norm; break; }
      } else if (cls) {
        // Object control: "urged Iran to release ...": the infinitive right after the window.
        const inf = vgs.find((g) => g.nonFinite === 'infinitive' && g.start >= wEnd && g.start <= wEnd + 2);
        if (inf) {
          const last = inf.verbs[inf.verbs.length - 1]!;
          const infEnd = windowEnd(tokens, inf.end, to, finite.find((g) => g.start > inf.end)?.start ?? to, nonFinite.filter((g) => g !== inf));
          complement = bestMatch(tokens, last, from, infEnd, lex, sw, groupsAt);
          compWord = tokens[last]!.norm;
          complementEnd = infEnd;
          // "urging the counterpart to sign the SAFTA": the object of an appeal is its recipient; a noun there that names no
          // actor leaves the recipient unknown (the complement's object is not it).
          // Only a single noun phrase right between the appeal and "to" ("urged the counterpart to", not "threatened today to").
          let p = vg.end;
          while (p < inf.start && inChunk(tokens, p)) p++;
          const objHead = tokens[p - 1];
          bareObject = cls === 'appeal' && p > vg.end && p === inf.start - 1 && tokens[p]!.norm === 'to' && (objHead!.pos === 'NOUN' || objHead!.pos === 'PRON') &&
            !/^(today|yesterday|tonight|morning|afternoon|evening|night|week|month|year)$/.test(objHead!.norm) &&
            !groups.some((g) => g.i < p && g.j > vg.end);
        }
      } else continue;
      // "refused to commit to …": a governing verb whose complement no pattern codes still says what it says
      // (control.tsv rows with root "-"; none for intent, where the complement carries the meaning).
      const bare = cls && !complement && x < vg.verbs.length - 1 && !(m && m.score > 0 && m.code) ? lex.control.combine.get(`${cls}/-`) : undefined;
      if (bare) {
        matches[x] = { code: bare, reverse: null, score: 0, pattern: null, form: m?.form ?? null, vs: k, ve: k + 1, slots: {}, negConsumed: false,
          label: `${tokens[k]!.norm} (${cls}) + to ${tokens[vg.verbs[x + 1]!]!.norm} → [${bare}]` };
        notes.push(`"${tokens[k]!.norm}" governs an uncoded "${tokens[vg.verbs[x + 1]!]!.norm}" (data/verbs/control.tsv)`);
        chosen = x; governed = true; governing = cls ?? null; break;
      }
      if (cls && complement && !(m && m.score > 0 && m.code)) {
        const code = combineCode(lex.control, cls, complement?.code ?? null);
        if (code) {
          matches[x] = { code, reverse: null, score: complement?.score ?? 0, pattern: null, form: m?.form ?? null, vs: k, ve: k + 1, slots: complement?.slots ?? {},
            negConsumed: false, label: `${tokens[k]!.norm} (${cls})${compWord ? ` + to ${compWord}${complement?.code ? ` [${complement.code}]` : ''}` : ''} → [${code}]` };
          notes.push(`"${tokens[k]!.norm}" governs${compWord ? ` "${compWord}"` : ''} (data/verbs/control.tsv)`);
          chosen = x; governed = true; governing = cls; break;
        }
      }
      // "declined to comment": a governing verb's own pattern over the words after it ("* COMMENT [011]",
      // decline comment) says more than the bare code of the verb it governs ("comment" [010]).
      if (cls && x < vg.verbs.length - 1 && m?.code && m.score > 0 && chosen > x && !(matches[chosen]!.score > 0)) {
        notes.push(`"${tokens[k]!.norm}" governs "${tokens[vg.verbs[chosen]!]!.norm}", which its own pattern takes in`); chosen = x; governed = true; governing = cls; break;
      }
      if (x < vg.verbs.length - 1 && m?.code && GOVERNING_ROOTS.has(m.code.slice(0, 2)) && chosen > x) {
        notes.push(`"${tokens[vg.verbs[chosen]!]!.norm}" is the complement of "${tokens[k]!.norm}"`); chosen = x; governed = true; break;
      }
    }
    // "is ready to contribute": the adjective governs the whole chain.
    if (!governed && vg.governor != null && chosen >= 0) {
      const cls = lex.control.verbs.get(tokens[vg.governor]!.norm);
      const comp = matches[chosen]!;
      const code = cls ? combineCode(lex.control, cls, comp.code) : null;
      if (code) {
        matches[chosen] = { ...comp, code, reverse: null, pattern: null, label: `${tokens[vg.governor]!.norm} (${cls}) + to ${tokens[vg.verbs[chosen]!]!.norm} [${comp.code}] → [${code}]` };
        notes.push(`"${tokens[vg.governor]!.norm}" governs "${tokens[vg.verbs[chosen]!]!.norm}" (data/verbs/control.tsv)`);
        governed = true; governing = cls ?? null;
      }
    }
    // "promised to democratize Serbia and establish the rule of law": a bare verb coordinated after a governed
    // infinitive is governed by the same verb.
    const bareVerb = vg.verbs.length === 1 && ['and', 'or'].includes(tokens[vg.start - 1]?.norm ?? '') &&
      (tokens[vg.verbs[0]!]!.lemma ?? '').toLowerCase() === tokens[vg.verbs[0]!]!.norm;
    if (!governed && chosen >= 0 && bareVerb && prevGoverning) {
      const comp = matches[chosen]!;
      const code = combineCode(lex.control, prevGoverning, comp.code);
      if (code) {
        matches[chosen] = { ...comp, code, reverse: null, pattern: null, label: `(${prevGoverning}) + and ${tokens[vg.verbs[chosen]!]!.norm} [${comp.code}] → [${code}]` };
        notes.push(`"${tokens[vg.verbs[chosen]!]!.norm}" is coordinated with the governed infinitive before it (data/verbs/control.tsv)`);
        governed = true; governing = prevGoverning;
      }
    }
    prevEnd = vg.end;
    if (says) { reported = true; speaker = subject; }
    if (subject) { prevSubject = subject; subjects.push(subject); }
    prevClauseSubject = subject;
    prevGoverning = governed ? governing : vg.verbs.length > 1 ? lex.control.verbs.get(lemmaOf(tokens, vg.verbs[0]!)) ?? null : null;
    if (subject) {
      ctx.lastSubject = subject;
      ctx.lastSubjectSentence = ctx.sentence;
    }
    // "X declared that China must drop barriers": a reported obligation is a demand even when no pattern codes its verb.
    if (chosen < 0 && vg.obligation && reported && speaker !== subject && !vg.negated) {
      const last = vg.verbs.length - 1;
      const k = vg.verbs[last]!;
      matches[last] = { code: null, reverse: null, score: 0, pattern: null, form: matches[last]?.form ?? null, vs: k, ve: k + 1, slots: {}, negConsumed: false, label: `must ${tokens[k]!.norm}` };
      chosen = last;
    }
    if (chosen < 0) continue;
    const m = matches[chosen]!;
    const passive = vg.passive[chosen] ?? false;
    let negated = vg.negated && !m.negConsumed;
    let code = m.code;
    // "X said that Y must …": a demand by the speaker on Y.
    let demandBy: UnitGroup | null = null; // the speaker of a reported "must" (null when not an actor)
    if (vg.obligation && reported && speaker !== subject && !negated) {
      const r = combineCode(lex.control, 'demand', code);
      if (r) { notes.push(`"must" reported by a speaker: a demand [${r}]`); code = r; demandBy = speaker; governed = true; }
    }
    const root = code ? +code.slice(0, 2) : 0;
    if (code && negated && lex.semantics.negationAsRejection && root >= 3 && root <= 8) {
      const r = combineCode(lex.control, 'reject', code);
      if (r) { notes.push(`negated ${code} coded as a rejection [${r}]`); code = r; negated = false; }
    } else if (code && !negated && !governed && lex.semantics.futureAsIntent && vg.modality === 'future') {
      // "will withdraw its force unless …" is a threat; "would meet him if he …" is a conditional offer (intent),
      // "would strike if …" a threat: "if" makes a threat only of what hurts.
      let conditional = false;
      for (let p = m.ve; p < to; p++) if (tokens[p]!.norm === 'unless' || (tokens[p]!.norm === 'if' && tokens[p]!.pos === 'SCONJ' && root >= 9)) conditional = true;
      const cls = conditional && (root >= 4 && root <= 20) ? 'threaten' : root >= 4 && root <= 8 ? 'intent' : root >= 14 ? 'threaten' : null;
      const r = cls ? combineCode(lex.control, cls, cls === 'threaten' && root <= 8 ? '16' : code) : null;
      if (r && r !== code) { notes.push(`future${conditional ? ' on a condition' : ''}: ${code} coded as ${cls} [${r}]`); code = r; }
    }
    // Roles.
    let source: UnitGroup | null = subject;
    let target: UnitGroup | null = null;
    if (reported && vg.obligation && governed && code !== m.code) { source = demandBy; target = subject; }
    // A governed infinitive after the window ("threatened on Monday to break relations with Russia") extends it.
    let tEnd = governed && complementEnd > wEnd ? complementEnd : wEnd;
    // "donated and personally delivered goods to Baghdad University": a verb coordinated right before another shares
    // its object and recipient.
    const nx = finite[gi + 1];
    // So does one whose own object ends in a stranded preposition ("established diplomatic ties with and opened an
    // embassy in Tehran").
    if (nx && !passive && m.ve >= vg.end - 1 && tEnd === nx.start && nx.start > m.ve) {
      let c = nx.start - 1;
      while (c > m.ve && tokens[c]!.pos === 'ADV') c--;
      if (tokens[c]!.norm === 'and' || tokens[c]!.norm === 'or') {
        let p = m.ve;
        while (p < c && (tokens[p]!.pos === 'ADV' || tokens[p]!.norm === ',')) p++;
        const stranded = p < c && tokens[c - 1]!.pos === 'ADP' && !groups.some((g) => g.i >= m.ve && g.j <= c);
        if (p === c || stranded) tEnd = windowEnd(tokens, nx.end, to, finite[gi + 2]?.start ?? to, nonFinite);
      }
    }
    const inWindow = groups.filter((g) => g.i >= m.ve && g.j <= tEnd);
    if (passive) {
      const agent = inWindow.find((g) => tokens[g.chunk - 1]?.norm === 'by' || tokens[g.i - 1]?.norm === 'by');
      if (agent) { source = agent; target = subject; notes.push('passive voice: the "by" phrase is the source'); }
      else { source = null; target = subject; notes.push('passive voice without an agent: the subject is the target'); }
      // "A camp for Congolese refugees was attacked": the subject's head names no actor, its "for/of" phrase does.
      if (!target) {
        // Only in the subject itself: not "During the meeting of Cyprus and Greece, a route was considered".
        const head = (x: UnitGroup) => { let h = x.chunk - 2; while (h - 1 >= sStart && inChunk(tokens, h - 1)) h--; return h; };
        const g = groups.find((x) => x.i >= sStart && x.j <= vg.start && ['of', 'for'].includes(tokens[x.chunk - 1]?.norm ?? '') && tokens[x.chunk - 2]?.pos === 'NOUN' &&
          !(tokens[head(x) - 1]?.pos === 'ADP') && !tokens.slice(x.j, vg.start).some((t) => t.norm === ','));
        if (g) { target = g; notes.push(`passive voice: the subject's "${tokens[g.chunk - 1]!.norm}" phrase is the target`); }
      }
    } else if (!(reported && vg.obligation && governed && code !== m.code)) {
      // A group right before a following reporting verb is its speaker, not this verb's object ("X and Y agreed on a
      // pact, the White House announced").
      const next = finite[gi + 1];
      const subjectOfNext = (g: UnitGroup) => {
        if (!next || g.j > nextFinite || !next.verbs.some((k) => SAY.has(lemmaOf(tokens, k)))) return false;
        let p = g.j;
        while (p < nextFinite && inChunk(tokens, p)) p++; // the rest of its noun chunk ("a Jordanian military spokesman said")
        for (; p < nextFinite; p++) if (tokens[p]!.pos !== 'ADV' && tokens[p]!.pos !== 'AUX' && !NEG_WORDS.has(tokens[p]!.norm)) return false;
        return true;
      };
      // Nor is the subject's own possession ("Syria offered its troops to Lebanon").
      const owned = (g: UnitGroup) => !!subject && tokens.slice(g.chunk, g.i).some((t) => t.norm === 'its' || t.norm === 'their') &&
        g.parties.every((p) => subject!.parties.some((q) => q.code.slice(0, 3) === p.code.slice(0, 3)));
      const eligible = (g: UnitGroup) => g !== subject && !(subject && g.parties.every((p) => subject!.parties.some((q) => q.code === p.code && !(q.part && p.part)))) && !subjectOfNext(g) && !owned(g);
      // "launched artillery, mortar and rocket fire against Kampuchean guerrilla camps": in material conflict (CAMEO
      // 14-20) "against" marks the recipient.
      const hostile = !!code && +code.slice(0, 2) >= 14;
      target = (hostile ? inWindow.find((g) => eligible(g) && tokens[g.chunk - 1]?.norm === 'against') : undefined) ?? inWindow.find(eligible) ?? null;
      // "X expressed hopes that Y …", "X allowed that Y …": with no object, the that-clause's subject is the target.
      let that = -1;
      for (let p = m.ve; p < Math.min(to, wEnd + 6) && that < 0; p++) if (tokens[p]!.norm === 'that' && tokens[p]!.pos === 'SCONJ') that = p;
      if (!target && that >= 0) {
        const g = groups.find((x) => x.i > that && x.chunk <= that + 2);
        if (g && g !== subject) { target = g; notes.push('target: the subject of the "that" clause'); }
      }
    }
    // "Russia threatened to stop negotiations if the United States goes ahead with …": a threat is aimed at whoever
    // must meet its condition.
    if (!target && code?.startsWith('13') && !passive) {
      for (let p = m.ve; p < to; p++) {
        if (!CONDITIONS.has(tokens[p]!.norm) || tokens[p]!.pos !== 'SCONJ') continue;
        let q = p + 1;
        while (q < to && tokens[q]!.pos === 'DET') q++;
        const g = groups.find((x) => (x.i === q || x.i === p + 1) && x !== source);
        if (g) { target = g; notes.push(`target: the subject of the "${tokens[p]!.norm}" condition`); }
        break;
      }
    }
    if (m.slots.source) source = m.slots.source;
    if (m.slots.target && !(bareObject && governed)) target = m.slots.target;
    if (bareObject && governed && target && target.i >= wEnd) { target = null; notes.push('the appeal\'s object names no actor: no recipient'); }
    let sources = source?.parties ?? [];
    let targets = target?.parties ?? [];
    let reciprocal = false;
    const protest = code ? protestParties(code, sources, targets) : null;
    if (protest) { sources = protest.sources; targets = protest.targets; notes.push(protest.note); }
    // "French and Egyptian warships launched war games": military exercises of several countries together are military
    // cooperation (CAMEO 062; PLOVER manual, MOBILIZE: "Joint military operations are coded as COOPERATE but
    // single-country exercises should be coded as MOBILIZE").
    if (code === '150' && !target && new Set(sources.map((p) => p.code.slice(0, 3))).size >= 2) {
      code = '062'; notes.push('military exercises of several countries: military cooperation [062]');
    }
    const topicObject = !!target && target.chunk - 1 >= m.vs && target.chunk - 1 < m.ve && TOPIC_VERBS.has(lemmaOf(tokens, target.chunk - 1));
    if (sources.length >= 2 && code && RECIPROCAL_ROOTS.has(code.slice(0, 2)) && !m.slots.target &&
      (!target || topicObject || TOPIC_PREPS.has(tokens[target.chunk - 1]?.norm ?? ''))) {
      if (target) notes.push(topicObject ? `"${tokens[target.i]!.norm}…" is what is discussed, not a party` : `"${tokens[target.chunk - 1]!.norm} ${tokens[target.i]!.norm}…" is a topic or place, not a party`);
      target = null; targets = sources; reciprocal = true; notes.push('joint subject: each member acts on the others');
    }
    if (!code || conditional) continue;
    // "I think it would be OK", "he hoped the swap would work", "is expected to pass": an opinion or an expectation
    // coded by its bare verb (THINK [040], HOPE [020], EXPECT [030]) is no act; a pattern that names one ("hope for
    // peace" [013]) still is.
    if (m.score === 0 && !governed && OPINION_VERBS.has(lemmaOf(tokens, m.vs))) continue;
    if (code.startsWith('10') || code.startsWith('02')) lastDemand = gi;
    // "issued a declaration demanding that …": the demand is the act; the bare verb that carried it ("issue") is none.
    const before = out[out.length - 1];
    if (vg.participial && before && before.verb[1] <= vg.start && before.specificity === 0 && before.source === subject &&
      VEHICLES.has(lemmaOf(tokens, before.verb[1] - 1)) &&
      finite[gi - 1] && before.verb[0] >= finite[gi - 1]!.start) {
      out.pop();
      notes.push(`"${tokens[before.verb[0]]!.norm}" only carries the act of the participle`);
    }
    // The evidence is this sentence's words: a subject found in the sentence before (a pronoun's) is shown by its own span.
    const clauseStart = Math.max(from, Math.min(source?.chunk ?? vg.start, vg.start, target?.chunk ?? vg.start));
    const clauseEnd = Math.min(to, Math.max(wEnd, m.ve, target?.j ?? 0, source?.j ?? 0));
    const origin = m.pattern ? `${m.pattern.file}:${m.pattern.line}` : m.label ? 'data/verbs/control.tsv' : m.form ? `${m.form.block.file}:${m.form.entry.line}` : '';
    out.push({
      sources, targets, code, reverse: code === m.code ? m.reverse : null,
      pattern: m.pattern ? m.pattern.text : m.label ?? (m.form ? `${m.form.entry.key} [${m.form.entry.code ?? "---"}]` : code),
      origin, verb: [m.vs, m.ve], source, target, negated, modality: vg.modality, passive, clause: [clauseStart, clauseEnd], notes,
      specificity: m.score, reciprocal,
    });
  }
  return out;
}

export type { VerbGroup };
