/**
 * What a cue says its source did, by the category of its first categorised word
 * (data/quotes/categories.tsv): spoke or wrote ("said", "told", "according to", "in a
 * statement"), thought, found or wanted ("believes", "found", "expects", "wants"), saw or
 * showed ("saw", "showed"), or something else, a deed or a state ("signed", "voted", "is
 * conditioned on").
 * PolNeAR annotates all four as attributions, and the quote stage finds them all; the kind
 * lets a reader keep what was said.
 */
import type { CueKind } from '../../document/layers.js';
import type { TokenSpan } from './assemble.js';
import type { TokenContext } from './features.js';
import { CATEGORIES } from './lexicon.js';

const KIND_OF_CATEGORY: Readonly<Record<(typeof CATEGORIES)[number], CueKind | null>> = {
  speech: 'speech',
  report: 'speech',
  cognition: 'thought',
  intent: 'thought',
  evidence: 'evidence',
  source: null,
};

/**
 * Words of the categories that tell no thought or finding of a source but a deed, an offer or a look: "decided to
 * sell", "chose to leave", "tried to", "offers a simple interface", "seemed to ponder", "appears to be", "refused to accept".
 */
const DEEDS_OF_CATEGORIES = new Set(['decide', 'choose', 'try', 'offer', 'seem', 'appear', 'refuse']);
/** Verbs of thought that take a thing, not a thought, as a deed: "did not accept the offer" (but "accepted that …" is thought). */
const DEEDS_BUT_THAT = new Set(['accept']);

/** Verbs of speech that, before "to" and a verb, tell a deed or a state, not words: "agreed to inject", "continued to decline". */
const DEED_BEFORE_INFINITIVE = new Set(['agree', 'continue']);

/**
 * "call" and "issue", which the word categories leave out lest the tagger take every one for a likely cue,
 * are speech where a cue: "called the law "perverse"", "called for calm", "issued a warning". Not a naming
 * ("is called", "a technology called"), nor "called off" and the like.
 */
function saidCall(ctx: TokenContext, cue: TokenSpan, i: number): boolean {
  const { tokens, lemmas } = ctx;
  if (lemmas[i] === 'issue') return true;
  if (lemmas[i] !== 'call' || tokens[i]!.pos !== 'VERB' || CALL_PARTICLES.has(tokens[i + 1]?.norm ?? '')) return false;
  for (let j = cue.first; j < i; j++) if (lemmas[j] === 'be' || lemmas[j] === 'get') return false;
  return i === cue.first || !/^(?:NOUN|PROPN|ADJ)$/.test(tokens[i - 1]!.pos);
}
const CALL_PARTICLES = new Set(['off', 'in', 'back', 'up']);

/** Words of answering, and words that refuse or deny one: "did not respond to requests for comment", "declined to comment". */
const ANSWERS = new Set(['respond', 'comment', 'reply', 'return', 'reach']);
const REFUSALS = new Set(['not', "n't", 'never', 'decline', 'refuse', 'no']);

/** Whether a cue tells that its source gave no answer: no words said ("did not immediately respond", "had no comment"). */
function noAnswer(ctx: TokenContext, cue: TokenSpan): boolean {
  let refused = false;
  let answer = false;
  for (let i = cue.first; i <= cue.last; i++) {
    const l = ctx.lemmas[i]!;
    if (REFUSALS.has(l) || REFUSALS.has(ctx.tokens[i]!.norm)) refused = true;
    else if (refused && ANSWERS.has(l)) answer = true;
  }
  return answer;
}

/** Adverbs of hearsay, whose cue reports what others say. */
const HEARSAY: ReadonlySet<string> = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'reputedly']);

/** The dash of a signature, a cue of its own (rules.ts signedQuotes, embeddedPosts). */
export const SIGN_DASH = /^(?:[―—–]|--)$/;

/** The kind of a cue (its tokens in ctx, whose word categories buildContext read). */
export function cueKind(ctx: TokenContext, cue: TokenSpan): CueKind {
  const { tokens, lemmas } = ctx;
  if (noAnswer(ctx, cue)) return 'other';
  // A signature's dash ("“…” ― Sonya Herridge", a post signed "— Robert Maguire (@RobertMaguire_)"): the words signed are said.
  if (cue.first === cue.last && SIGN_DASH.test(tokens[cue.first]!.norm)) return 'speech';
  for (let i = cue.first; i <= cue.last; i++) {
    // "according to" is a report of words; its lemma is no verb of speech.
    if (lemmas[i] === 'according' || lemmas[i] === 'accord' || saidCall(ctx, cue, i)) return 'speech';
    // "made clear that …", "made it clear that …" is said.
    if (lemmas[i] === 'make' && ((tokens[i + 1]?.norm === 'clear' && i + 1 <= cue.last) || (tokens[i + 1]?.norm === 'it' && tokens[i + 2]?.norm === 'clear' && i + 2 <= cue.last))) return 'speech';
    // Hearsay: "reportedly", "allegedly" report what others say.
    if (HEARSAY.has(tokens[i]!.norm.toLowerCase())) return 'speech';
    // A text that "reads" says ("the statement reads", "the headline reads").
    if (lemmas[i] === 'read' && tokens[i]!.norm === 'reads') return 'speech';
    // An adverb's category before the verb is no deed of the source: "has long denied" is a denial, not a longing.
    if (tokens[i]!.pos === 'ADV' && i < cue.last) continue;
    const c = ctx.cat[i]!;
    const kind = c > 0 ? KIND_OF_CATEGORY[CATEGORIES[c - 1]!] : null;
    if (kind === 'speech' && DEED_BEFORE_INFINITIVE.has(lemmas[i]!) && tokens[i + 1]?.norm === 'to' && tokens[i + 2]?.pos === 'VERB') return 'other';
    if (kind && DEEDS_OF_CATEGORIES.has(lemmas[i]!)) return 'other';
    if (kind && DEEDS_BUT_THAT.has(lemmas[i]!) && tokens[i + 1]?.norm !== 'that') return 'other';
    if (kind) return kind;
  }
  return 'other';
}
