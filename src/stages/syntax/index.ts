/**
 * Shallow syntax over POS-tagged tokens: verb groups (auxiliaries, negation, modality,
 * voice, finiteness), noun chunks and clause boundaries. Linear in the number of tokens.
 * Word lists are constants of English grammar, not tunable data.
 */
import type { Token } from '../../document/layers.js';

export type Modality = 'future' | 'hypothetical' | null;

export interface VerbGroup {
  /** Token range [start, end) of the whole group (auxiliaries, adverbs, particles, verbs). */
  readonly start: number;
  readonly end: number;
  /** Indexes of the content verbs, in order ("is about to restore" → [restore]). */
  readonly verbs: readonly number[];
  readonly negated: boolean;
  readonly modality: Modality;
  /** Per content verb: passive voice (a form of be/get before a participle). */
  readonly passive: readonly boolean[];
  /** A finite clause verb (not a bare participle, gerund or infinitive). */
  readonly finite: boolean;
  /** Why the group is not finite, when it is not. */
  readonly nonFinite: 'infinitive' | 'gerund' | 'participle' | null;
  /** Taken as an adjectival participle only because a verb precedes it (the caller may know better). */
  readonly afterVerb?: boolean;
  /** "must": an obligation (reported demands: "X said Y must …"). */
  readonly obligation?: boolean;
  /** Index of an adjective that governs the verbs ("ready to"), if any. */
  readonly governor?: number | null;
  /** Taken as a reduced relative only because a common noun precedes it. */
  readonly afterNoun?: boolean;
}

const NEG = new Set(['not', "n't", 'never', 'no longer']);
const FUTURE = new Set(['will', "'ll", 'shall', 'wo', 'would']);
const HYPO = new Set(['could', 'may', 'might', 'should', 'must', "'d", 'can', 'ca']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", 'get', 'got', 'gets', 'getting', 'gotten']);
const GROUP_ADV = new Set(['also', 'again', 'already', 'still', 'not', "n't", 'never', 'recently', 'jointly', 'reportedly', 'allegedly',
  'further', 'now', 'then', 'even', 'ever', 'just', 'only', 'really', 'certainly', 'most', 'strongly', 'repeatedly', 'once', 'later', 'soon',
  'formally', 'officially', 'publicly', 'finally', 'apparently', 'previously', 'immediately', 'fiercely', 'heavily', 'unexpectedly', 'firmly']);
const READY = new Set(['ready', 'willing', 'prepared', 'determined', 'eager']);
const PARTICLES = new Set(['down', 'up', 'off', 'out', 'over', 'away', 'back', 'in', 'on']);
/** Verbs after which "V-ing" continues the same action (began attacking). */
const ASPECT = new Set(['begin', 'start', 'continue', 'keep', 'stop', 'resume', 'cease', 'finish', 'quit']);

export const SUBORDINATORS = new Set(['that', 'because', 'although', 'though', 'if', 'whether', 'while', 'whereas', 'unless', 'since', 'when', 'after', 'before', 'until', 'as']);
export const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);

/** Subordinators a tagger often reads as a preposition or adverb ("after/ADP U.S. officials alleged", "when/ADV they blew"). */
const CLAUSAL_PREPS = new Set(['after', 'before', 'until', 'till', 'since', 'once', 'when', 'while']);
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/**
 * Does a subordinate clause open at token p? A subordinating conjunction, or "after/before/until/since/once/when/while"
 * tagged otherwise but followed by a clause: a subject (a noun phrase or a subject pronoun) and a verb ("after U.S.
 * officials alleged that …", "until a democratically-elected government takes over"), not a noun phrase alone
 * ("after five days of fighting", "since September").
 */
export function subordinatorAt(tokens: readonly Token[], p: number, to: number): boolean {
  const t = tokens[p]!;
  if (!SUBORDINATORS.has(t.norm)) return false;
  if (t.pos === 'SCONJ') return true;
  if (!CLAUSAL_PREPS.has(t.norm)) return false;
  let q = p + 1;
  if (q < to && SUBJECT_PRONOUNS.has(tokens[q]!.norm)) q++;
  else {
    while (q < to && inChunk(tokens, q) && tokens[q]!.pos !== 'PRON') q++;
    if (q === p + 1 || !['NOUN', 'PROPN'].includes(tokens[q - 1]!.pos)) return false;
  }
  while (q < to && tokens[q]!.pos === 'ADV') q++;
  const v = tokens[q];
  if (!v || q >= to) return false;
  if (v.pos === 'AUX') return true;
  return v.pos === 'VERB' && !v.norm.endsWith('ing');
}

/** The closed class of English auxiliaries: an AUX tag on any other word ("outright", tagged so after "again") is a
 * tagger error, and the word is read as an adverb. */
const AUX_WORDS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", "'m", 'have', 'has', 'had', 'having', "'ve", "'d",
  'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'wo', 'ca', "'ll", 'ought', 'need', 'dare',
  'get', 'gets', 'got', 'getting', 'gotten', 'to', 'used']);
const isAux = (t: Token) => t.pos === 'AUX' && (AUX_WORDS.has(t.norm) || t.norm.includes("'") || t.norm.includes('’'));
/** A word tagged AUX outside the closed class (read as an adverb inside a verb group). */
const misAux = (t: Token) => t.pos === 'AUX' && !isAux(t);
const HAVE = new Set(['have', 'has', 'had', 'having']);

/** Words tagged as adjectives that head a noun phrase as often as they modify one ("the military", "an official"). */
const NOUN_LIKE_ADJECTIVES = new Set(['military', 'official']);

/** Irregular past participles that do not end in -ed/-en. */
const PARTICIPLE_IRREG = new Set(['met', 'held', 'made', 'said', 'told', 'sent', 'led', 'hit', 'put', 'set', 'cut', 'shut', 'left', 'kept',
  'brought', 'bought', 'caught', 'fought', 'sought', 'thought', 'taught', 'found', 'built', 'spent', 'lent', 'hurt', 'struck', 'hung', 'won', 'begun',
  'run', 'shot', 'lost', 'paid', 'laid', 'sold', 'read', 'heard', 'felt', 'dealt', 'meant', 'upheld', 'withheld', 'understood', 'bound', 'swept',
  'fed', 'fled', 'bled', 'spread', 'burnt', 'burst', 'cast', 'forecast', 'broadcast', 'quit', 'slain', 'seen', 'done', 'gone', 'drawn', 'known']);

export function looksParticiple(t: Token): boolean {
  return /(ed|en)$/.test(t.norm) || PARTICIPLE_IRREG.has(t.norm);
}

/** Verb groups of tokens[from, to), in order. */
export function verbGroups(tokens: readonly Token[], from: number, to: number, verbHint?: (k: number) => boolean): VerbGroup[] {
  const out: VerbGroup[] = [];
  // A tagger may call a verb a noun after a modal ("will not ever clash"); the caller's hint corrects it.
  const isVerbAt = (k: number) => tokens[k]!.pos === 'VERB' || (verbHint !== undefined && verbHint(k));
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    if (!(isVerbAt(i) || isAux(t))) { i++; continue; }
    // "expressed hopes": a plural-looking "verb" right after a verb is its object noun.
    if (isVerbAt(i) && i > from && isVerbAt(i - 1) && /[^s]s$/.test(t.norm)) { i++; continue; }
    let j = i;
    const verbs: number[] = [];
    const passive: boolean[] = [];
    let negated = false;
    let modality: Modality = null;
    let sawBe = false;
    let going = false;
    let governor: number | null = null;
    let obligation = false;
    while (j < to) {
      const u = tokens[j]!;
      const n = u.norm;
      if (isVerbAt(j) && GROUP_ADV.has(n) && j + 1 < to && isVerbAt(j + 1)) { j++; continue; }
      // "is prepared to V" (tagged as a participle): the adjective governs, as "is ready to V".
      // (The "be" before it is the adjective's, no passive: "was ready to deepen ties".)
      if (isVerbAt(j) && READY.has(n) && tokens[j + 1]?.norm === 'to' && j > i && isAux(tokens[j - 1]!) && verbs.length === 0) { modality = 'future'; governor = j; sawBe = false; j++; continue; }
      if (misAux(u) && j + 1 < to && (isVerbAt(j + 1) || isAux(tokens[j + 1]!))) { j++; continue; }
      // "has once again outright rejected": any adverbs between a "have" read as the main verb and a participle.
      if ((u.pos === 'ADV' || misAux(u)) && verbs.length === 1 && HAVE.has(tokens[verbs[0]!]!.norm)) {
        let q = j;
        while (q < to && q - j < 4 && (tokens[q]!.pos === 'ADV' || misAux(tokens[q]!))) q++;
        if (q < to && isVerbAt(q) && !tokens[q]!.norm.endsWith('ing') && looksParticiple(tokens[q]!)) { j = q; continue; }
      }
      if (isVerbAt(j)) {
        if (verbs.length > 0) {
          const prev = tokens[j - 1]!;
          const last = verbs[verbs.length - 1]!;
          // "has once again outright rejected": a "have" the tagger read as the main verb, then adverbs and a
          // participle, is the perfect auxiliary.
          if (verbs.length === 1 && HAVE.has(tokens[last]!.norm) && !n.endsWith('ing') && looksParticiple(u) &&
            tokens.slice(last + 1, j).every((x) => x.pos === 'ADV' || misAux(x) || NEG.has(x.norm))) {
            verbs.pop(); passive.pop(); verbs.push(j); passive.push(false); sawBe = false; j++; continue;
          }
          const aspect = last === j - 1 && ASPECT.has((tokens[last]!.lemma ?? '').toLowerCase()) && n.endsWith('ing');
          if (!(prev.norm === 'to' || aspect)) break;
        }
        if (n === 'going' && tokens[j + 1]?.norm === 'to') going = true;
        verbs.push(j);
        passive.push(sawBe && !n.endsWith('ing') && looksParticiple(u));
        sawBe = false;
        j++;
        continue;
      }
      if (isAux(u)) {
        if (verbs.length > 0 && tokens[j - 1]!.norm !== 'to') break;
        if (n === 'must') obligation = true;
        if (FUTURE.has(n)) modality = 'future';
        else if (HYPO.has(n) && modality === null) modality = 'hypothetical';
        if (BE.has(n) || (u.lemma ?? '').toLowerCase() === 'be') sawBe = true;
        j++;
        continue;
      }
      if (NEG.has(n)) { negated = true; j++; continue; }
      if ((u.pos === 'ADV' || n === 'ever') && GROUP_ADV.has(n)) { j++; continue; }
      const next = tokens[j + 1];
      if (n === 'to' && next && j + 1 < to && (isVerbAt(j + 1) || isAux(next) || (next.pos === 'ADV' && j + 2 < to && isVerbAt(j + 2)))) { j++; continue; }
      if (n === 'about' && next?.norm === 'to') { modality = 'future'; j++; continue; }
      // "is ready/willing/prepared to V": the adjective governs the infinitive like an intent verb.
      if (READY.has(n) && next?.norm === 'to' && j > i && isAux(tokens[j - 1]!)) { modality = 'future'; governor = j; sawBe = false; j++; continue; }
      break;
    }
    if (j === i) { i++; continue; }
    // Trailing adverbs and "to" belong to the group only if a verb follows them.
    let end = j;
    while (end > i && !(isVerbAt(end - 1) || isAux(tokens[end - 1]!) || NEG.has(tokens[end - 1]!.norm))) end--;
    if (verbs.length > 0) {
      if (going) modality = 'future';
      const first = tokens[i]!;
      const v0 = tokens[verbs[0]!]!;
      const prev = tokens[i - 1];
      let nonFinite: VerbGroup['nonFinite'] = null;
      let afterVerb = false;
      let afterNoun = false;
      if (isAux(first)) {
        if ((first.norm === 'being' || first.norm === 'having') && (!prev || !isAux(prev))) nonFinite = 'gerund';
      } else if (toBefore(tokens, i)) nonFinite = 'infinitive';
      else if (v0.norm.endsWith('ing')) nonFinite = 'gerund';
      // "remarks issued by Bree" (not "shortened by one hour": "by" and a number is a measure, not an agent).
      else if (looksParticiple(v0) && tokens[verbs[0]! + 1]?.norm === 'by' && tokens[verbs[0]! + 2]?.pos !== 'NUM') nonFinite = 'participle';
      // "Ousted president Aristide …", "Newly appointed Prime Minister …": a sentence-initial participle before a
      // noun is an adjective. After a comma only when a verb follows the noun ("In Baghdad, armed men killed …"),
      // not in "Oshima, the UN coordinator, demanded parties to …".
      else if (looksParticiple(v0) && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[verbs[0]! + 1]?.pos ?? '') && initialParticiple(tokens, from, i, verbs[0]!)) nonFinite = 'participle';
      // "the affected villages", "against besieged Osgiliath", "abandon improved relations": adjectival participles.
      // (Not after an adjective the tagger gave a noun that heads the subject: "The US military attacked Iraq".)
      else if (looksParticiple(v0) && prev && ['DET', 'ADJ', 'ADP', 'VERB'].includes(prev.pos) && prev.norm !== 'that' &&
        !(prev.pos === 'ADJ' && NOUN_LIKE_ADJECTIVES.has(prev.norm) && tokens[verbs[0]! + 1]?.pos !== 'NOUN')) { nonFinite = 'participle'; afterVerb = prev.pos === 'VERB'; }
      // "remarks published on Monday", "issues sent from Bree": a reduced relative (unless the noun is an actor: the caller decides).
      else if (looksParticiple(v0) && verbs.length === 1 && prev?.pos === 'NOUN' && tokens[end]?.pos === 'ADP' && !PARTICLES.has(tokens[end]!.norm) && tokens[end]!.norm !== 'to') { nonFinite = 'participle'; afterNoun = true; }
      // "with strings attached", "without the ban lifted": "with" + noun phrase + participle is an absolute phrase.
      else if (looksParticiple(v0) && verbs.length === 1 && !v0.norm.endsWith('ing') && withAbsolute(tokens, from, i)) nonFinite = 'participle';
      out.push({ start: i, end, verbs, passive, negated, modality, finite: nonFinite === null, nonFinite, afterVerb, afterNoun, governor, obligation });
    }
    i = Math.max(end, i + 1);
  }
  return out;
}

/** Does a noun phrase (with a noun head) run from just after "with"/"without" to token i? */
function withAbsolute(tokens: readonly Token[], from: number, i: number): boolean {
  if (i - 1 < from || tokens[i - 1]!.pos !== 'NOUN') return false;
  let p = i - 1;
  while (p - 1 >= from && inChunk(tokens, p - 1)) p--;
  const w = tokens[p - 1]?.norm;
  return p - 1 >= from && (w === 'with' || w === 'without');
}

/** Is the participle at v (group start i) in sentence-initial, adjectival position? */
function initialParticiple(tokens: readonly Token[], from: number, i: number, v: number): boolean {
  let p = i - 1;
  while (p >= from && tokens[p]!.pos === 'ADV') p--;
  const prev = p >= from ? tokens[p]! : undefined;
  if (!prev) return true;
  if (prev.pos !== 'PUNCT') return false;
  if (prev.norm !== ',') return true;
  let q = v + 1;
  while (q < tokens.length && inChunk(tokens, q)) q++;
  const after = tokens[q];
  return !!after && (after.pos === 'VERB' || after.pos === 'AUX');
}

/** "to" before token i, skipping adverbs ("to further expand"). */
function toBefore(tokens: readonly Token[], i: number): boolean {
  let p = i - 1;
  while (p >= 0 && (tokens[p]!.pos === 'ADV' || GROUP_ADV.has(tokens[p]!.norm))) p--;
  return p >= 0 && tokens[p]!.norm === 'to';
}

export const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** True if tokens[k] can sit inside a noun chunk. */
export function inChunk(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (NP_POS.has(t.pos)) return true;
  if (t.norm === "'s" || t.norm === '’s' || t.norm === "'" ) return true;
  if (t.norm === '-' ) return k > 0 && k + 1 < tokens.length && NP_POS.has(tokens[k - 1]!.pos) && NP_POS.has(tokens[k + 1]!.pos);
  if (t.pos === 'PRON' && /^(its|their|his|her|our)$/.test(t.norm)) return true;
  // "awful and evil minister": a conjunction between adjectives stays inside the chunk.
  if ((t.norm === 'and' || t.norm === 'or') && k > 0 && tokens[k - 1]!.pos === 'ADJ' && tokens[k + 1]?.pos === 'ADJ') return true;
  return false;
}

/** Start of the noun chunk that ends at token k-1 … contains k (scan left over chunk tokens). */
export function chunkStart(tokens: readonly Token[], k: number, floor: number): number {
  let s = k;
  while (s - 1 >= floor && inChunk(tokens, s - 1)) s--;
  return s;
}
