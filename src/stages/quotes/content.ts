/**
 * Corrections applied by index.ts after the rules of rules.ts, to contents and to whole
 * attributions:
 *  - cutIndirect: an indirect content after its cue ends with the cue's sentence, or at a semicolon;
 *  - afterRelativeSource: what "…, who said …" said follows the cue, not the clause the relative hangs on;
 *  - splitCoordinated: "X said A, while Y said B" is two attributions, not X's "A, while Y said B";
 *  - splitSharedSubject: "X claimed A and said B" is two attributions of X's, not X's claim "A and said B";
 *  - dropRepeats: two rules that found the same attribution leave one copy;
 *  - dropBare: a content with neither cue nor source is no attribution;
 *  - dropEditorial: a newsroom label before a colon ("CLARIFICATION:") is no source;
 *  - dropNamings: "a process called exfiltration" names a thing, it quotes no one;
 *  - dropAnonymity: "who asked not to be named" is a source's wish, not what it said;
 *  - trimDangling, trimReference: a content does not end with a joining word, nor with a reference marker ("(36)");
 *  - dropForeign: a source or cue in another script (a translation printed beside the English) is the
 *    English model's misreading.
 * Corrections to sources alone are in sources.ts.
 */
import type { TokenSpan } from './assemble.js';
import { CUE_THRESHOLD, type TokenContext } from './features.js';
import { CATEGORIES, titleSets } from './lexicon.js';
import { isEditorialLabel, reportsWords, type Attribution } from './rules.js';
import { cueKind } from './kind.js';
import { TITLE_SMALL } from './headline.js';

/** Last token of sentence si that is not closing punctuation outside a quotation. */
function lastWordOf(ctx: TokenContext, si: number): number {
  const s = ctx.sentRange[si]!;
  let e = s.end - 1;
  while (e > s.start && ctx.tokens[e]!.pos === 'PUNCT' && ctx.quote[e] !== 3) e--;
  return e;
}

/** Pronouns of one who speaks in the first person. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we']);
/** Parts of speech a clause of its own opens with: its subject ("United States Geological Survey reported", "their identities were"). */
const SUBJECT_POS = /^(?:PROPN|PRON|DET|NOUN|ADJ|NUM)$/;

/**
 * Whether tokens [from, last] open with a subject and hold a verb before the next semicolon: a clause of its own, not the
 * next item of a list ("McFarlane successor John Poindexter;") or words that go on ("; to which the sold units contributed").
 */
function clauseAfter(ctx: TokenContext, from: number, last: number): boolean {
  // (A capitalised word whatever its tag: the tagger reads "United" in "United States" as a verb.)
  if (from > last || !(SUBJECT_POS.test(ctx.tokens[from]!.pos) || /^\p{Lu}/u.test(ctx.text[ctx.tokens[from]!.start]!))) return false;
  for (let k = from + 1; k <= last && ctx.tokens[k]!.norm !== ';'; k++) if (ctx.tokens[k]!.pos === 'VERB' || ctx.tokens[k]!.pos === 'AUX') return true;
  return false;
}

/**
 * An indirect content that follows its cue ("He sees Cruz as a uniter.") ends with the
 * cue's sentence: the sentences after it are the writer's, or another attribution's. A
 * sentence that ends with a colon, or inside a quotation, goes on into the next one. It
 * ends at a semicolon outside quotation marks and brackets too ("Officials said three people
 * died; their identities were not provided").
 */
export function cutIndirect(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { sent, sentRange, quote, tokens } = ctx;
  return raws.map((a) => {
    const c = a.content;
    // (A transcript's turn, "A: …", is the whole line.)
    if (!a.cue || a.turn || a.cue.last >= c.first || quote[c.first] !== 0) return a;
    // (Or at a semicolon outside quotation marks and brackets before a clause of its own: what follows is another statement,
    // the writer's or another's. Not in the words of one who speaks in the first person, whose talk goes on.)
    const own = a.source && a.source.first === a.source.last && FIRST_PERSON.has(tokens[a.source.first]!.norm.toLowerCase());
    let depth = 0;
    for (let k = c.first + 1; k < c.last && !own; k++) {
      const w = tokens[k]!.norm;
      if (w === '(' || w === '[') depth++;
      else if ((w === ')' || w === ']') && depth > 0) depth--;
      // (Not one inside a word, a typist's slip: "pl;aced".)
      else if (w === ';' && depth === 0 && quote[k] === 0 && /\s/.test(ctx.text[tokens[k]!.end] ?? ' ') && clauseAfter(ctx, k + 1, c.last)) return { ...a, content: { ...c, last: k - 1 } };
    }
    const si = sent[a.cue.last]!;
    if (sent[c.first] !== si || sent[c.last]! <= si) return a;
    const last = lastWordOf(ctx, si);
    const next = sentRange[si + 1]!.start;
    const end = sentRange[si]!.end - 1;
    if (last < c.first || quote[next] === 1 || quote[next] === 3 || tokens[end]!.norm === ':') return a;
    return { ...a, content: { ...c, last } };
  });
}

/** Relative pronouns that stand for a speaker named before them ("LaFalce, who said", "the newspaper, which said"). */
const RELATIVE_SOURCE = new Set(['who', 'which']);
/** Words of when or where between a cue and its "that" ("said on Monday that", "said in a statement that"). */
const BEFORE_THAT = /^(?:ADP|DET|NOUN|PROPN|NUM|ADJ|ADV)$/;

/**
 * "The facility was proposed by Rep. John LaFalce, who said it would help ease the debt crisis": where the source is
 * a relative pronoun and the content runs from before it to after its cue, the words before are the clause the
 * relative hangs on, the writer's; what was said follows the cue (from its "that", where words of when or where
 * stand between: "which said on Monday that …"). Only where the content ends its sentence: in "…, one source, who asked
 * not to be named, said." the words before are what was said, and the relative clause is an aside. So too where the
 * content opens with the relative clause right after a named source's comma ("GM, which has been taking steps to cut
 * costs, said in a letter it cut …"). Not inside quotation marks.
 */
export function afterRelativeSource(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, quote } = ctx;
  return raws.map((a) => {
    const { source: s, cue, content: c } = a;
    if (!s || !cue || c.last <= cue.last + 1 || quote[c.first] !== 0) return a;
    // (Or the relative clause after a named source, which the tagger took for the content's first part: "GM, which has been
    // taking steps to cut costs, said in a letter it cut the amount …".)
    const afterName = s.last === c.first - 2 && tokens[c.first - 1]!.norm === ',' && c.first < cue.first && RELATIVE_SOURCE.has(tokens[c.first]!.norm.toLowerCase());
    if (!afterName && (s.first !== s.last || c.first >= s.first || !RELATIVE_SOURCE.has(tokens[s.first]!.norm.toLowerCase())
      || lastWordOf(ctx, ctx.sent[c.last]!) !== c.last)) return a;
    let first = cue.last + 1;
    for (let k = first; k <= Math.min(c.last - 1, cue.last + 5); k++) {
      if (tokens[k]!.norm.toLowerCase() === 'that') {
        first = k;
        break;
      }
      if (!BEFORE_THAT.test(tokens[k]!.pos)) break;
    }
    return { ...a, content: { ...c, first } };
  });
}

/** Conjunctions that join a second attribution to an indirect content: "…, while the ministry said …". */
const JOINING = new Set(['while', 'whereas', 'but', 'and']);
/** Parts of speech of a short source between the conjunction and its verb ("Ukraine's energy ministry", "a spokesman for the army"). */
const SOURCE_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'PART', 'NUM', 'ADP', 'PRON']);

/**
 * "Russia's foreign ministry said talks were possible, while Ukraine's energy ministry said a missile had hit a power
 * station": where an indirect content after its cue holds ", while" (", but", ", and") + a short source + a verb that
 * reports words (said, told, added …), the content ends before the comma and the rest is the second source's
 * attribution. Not inside quotation marks, nor where another attribution already holds that verb.
 */
export function splitCoordinated(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, quote, sent } = ctx;
  return splitWhere(raws, (a, cues) => {
    const c = a.content;
    if (!a.cue || a.turn || a.cue.last >= c.first || quote[c.first] !== 0) return null;
    for (let k = c.first + 1; k + 3 < c.last; k++) {
      if (quote[k] !== 0) break;
      if (tokens[k]!.norm !== ',' || !JOINING.has(tokens[k + 1]!.norm.toLowerCase()) || sent[k] !== sent[c.last]) continue;
      const s0 = k + 2;
      const w = ctx.text.slice(tokens[s0]!.start, tokens[s0]!.end);
      if (!/^(?:\p{Lu}|the$|a$|an$)/u.test(w)) continue;
      for (let v = s0 + 1; v <= Math.min(s0 + 6, c.last - 1); v++) {
        const t = tokens[v]!;
        if (t.pos === 'VERB' && /(?:ed|^said|^told|s)$/.test(t.norm) && reportsWords(ctx, { role: 'CUE', first: v, last: v }) && !cues.has(v)) return { comma: k, verb: v };
        if (!SOURCE_POS.has(t.pos) || quote[v] !== 0) break;
      }
    }
    return null;
  }, (a, { comma, verb }) => [
    { ...a, content: { ...a.content, last: comma - 1 } },
    { source: { role: 'SRC', first: comma + 2, last: verb - 1 }, cue: { role: 'CUE', first: verb, last: verb }, content: { role: 'CON', first: verb + 1, last: a.content.last } },
  ]);
}

/** Participles of speech that more often qualify a noun: "… business affairs and alleged influence peddling". */
const ATTRIBUTIVE: ReadonlySet<string> = new Set(['alleged', 'so-called', 'purported']);
/** Conjunctions that open a clause of its own inside a content. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['although', 'though', 'if', 'unless', 'because', 'since', 'while', 'whereas', 'when', 'after', 'before', 'until', 'as', 'once']);
/**
 * Verbs of speech that, joined by "and" to a content, are the cue's subject's second saying, besides those that report words
 * (rules.ts REPORTING: "said", "added", "predicted", "denied"): not "agreed", "directed", "decided", whose subject is as often
 * the content's ("Benedicto had surrendered control … and agreed to PCGG control").
 */
const SHARED_SPEECH: ReadonlySet<string> = new Set(['call', 'urge', 'ask', 'suggest', 'describe', 'mention', 'demand', 'promise', 'praise', 'criticize',
  'criticise', 'blame', 'term', 'outline', 'accuse', 'vow', 'pledge', 'acknowledge', 'concede', 'admit', 'recommend', 'propose', 'maintain', 'quote', 'cite']);
/** The particle of "called on", "called for". */
const CALL_PARTICLE: ReadonlySet<string> = new Set(['on', 'for']);
/** A verb's past form ("said", "told", "urged"), for a cue in the past. */
const PAST = /(?:ed|^said|^told|^wrote|^spoke|^gave|^made)$/;

/**
 * "He claimed a vaccine was near and said people are "learning to live" with the virus", "Dealers said investors had
 * not been buying and predicted consolidation": where an indirect content after a cue of speech holds "and" (or "but")
 * followed at once by a second verb of speech in the cue's tense, that verb shares the cue's subject: the content ends
 * before the conjunction, and the verb opens the same source's second attribution. Not where the content has a verb of
 * speech of its own before the conjunction ("a statement said the meeting noted … and urged …": the meeting's) or a
 * subordinate clause ("… although she had decided and informed …"), nor inside quotation marks, nor where another
 * attribution already holds that verb.
 */
export function splitSharedSubject(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, quote, sent } = ctx;
  // (What the content holds before a conjunction is read only once one is found: most contents have none.)
  const blocks = (k: number) => (tokens[k]!.pos === 'VERB' && cueKind(ctx, { role: 'CUE', first: k, last: k }) === 'speech')
    || (tokens[k]!.pos === 'SCONJ' && CLAUSE_OPENERS.has(tokens[k]!.norm));
  return splitWhere(raws, (a, cues) => {
    const c = a.content;
    const cue = a.cue;
    if (!cue || !a.source || a.turn || cue.last >= c.first || quote[c.first] !== 0 || sent[c.first] !== sent[cue.last]) return null;
    let read = c.first;
    let speech: boolean | null = null;
    for (let k = c.first; k + 1 < c.last && sent[k] === sent[cue.last]; k++) {
      const t = tokens[k]!;
      if (quote[k] !== 0 || (t.norm !== 'and' && t.norm !== 'but')) continue;
      const v = k + 1;
      const w = tokens[v]!;
      if (w.pos !== 'VERB' || cues.has(v) || ATTRIBUTIVE.has(w.norm)) continue;
      // (The content's own verb of speech before it, where the conjunction may join its verbs, not the cue's; or a clause of its
      // own opening before it: "… although she had decided and informed the federation".)
      for (; read < k; read++) if (blocks(read)) return null;
      speech ??= cueKind(ctx, cue) === 'speech';
      if (!speech) return null;
      const second: TokenSpan = { role: 'CUE', first: v, last: v };
      if (!(PAST.test(tokens[cue.last]!.norm) ? PAST.test(w.norm) : /s$/.test(w.norm)) || cueKind(ctx, second) !== 'speech'
        || !(reportsWords(ctx, second) || SHARED_SPEECH.has(ctx.lemmas[v]!))) continue;
      // (A passive's participles are no one's words of their own: "a move welcomed by X … and described by diplomats as …".)
      if (tokens[v + 1]!.norm === 'by' || tokens[cue.last + 1]!.norm === 'by') return null;
      const comma = tokens[k - 1]!.norm === ',' ? k - 1 : k;
      // (The first content keeps some words: ", and wrote, and wrote" is no such.)
      if (comma - c.first < 2) return null;
      return { comma, verb: v };
    }
    return null;
  }, (a, { comma, verb }) => {
    // ("called on producers to …", "called for calm": the particle is the cue's.)
    const last = ctx.lemmas[verb] === 'call' && CALL_PARTICLE.has(tokens[verb + 1]!.norm) && verb + 1 < a.content.last ? verb + 1 : verb;
    return [
      { ...a, content: { ...a.content, last: comma - 1 } },
      { source: a.source, cue: { role: 'CUE', first: verb, last }, content: { role: 'CON', first: last + 1, last: a.content.last } },
    ];
  });
}

/** Where a content splits: at a comma, before a second source whose verb reports words. */
interface Split {
  readonly comma: number;
  readonly verb: number;
}

/** Conjunctions that join a second verb phrase to the cue's. */
const VERB_JOINING: ReadonlySet<string> = new Set(['and', 'or', 'but']);
/** Prepositions a second cue takes with it ("warned against", "decided against", "spoke of"). */
const CUE_PARTICLE: ReadonlySet<string> = new Set(['against', 'about', 'of', 'on', 'for', 'over', 'with']);

/** Categories of the verbs that attribute: speech, thought, intent. */
const ATTRIBUTING: ReadonlySet<string> = new Set(['speech', 'cognition', 'intent']);
/** Does the verb at v attribute: a likely cue in the lexicon, or of an ATTRIBUTING category? */
function attributive(ctx: TokenContext, v: number): boolean {
  const c = ctx.cat[v]!;
  return ctx.cue[v]! >= CUE_THRESHOLD || (c > 0 && ATTRIBUTING.has(CATEGORIES[c - 1]!));
}

/**
 * "She attacked law enforcement officers nationwide and blamed police shootings on implicit bias", "The administration
 * has promised a veto and attempted to make the case …": where an indirect content that is the cue's object (a noun
 * phrase or an infinitive, no clause of its own: no auxiliary, no verb but after "to" or in "-ing") holds "and" ("or",
 * "but") and then a verb in the cue's form (both past, or both in "-s") that attributes (the cue lexicon's, or a verb of
 * speech, thought or intent: not "quoted the Talmud and visited the grave"), that verb is the subject's second act: the
 * content ends before the conjunction, and the verb (with a preposition right after it) opens the same source's second
 * attribution. A clause after the cue ("said the company lost money and cut jobs") may coordinate verbs of its own, so
 * is left alone (splitSharedSubject reads verbs of speech there), and so is any content of a cue that reports words,
 * which as often opens a clause. A participle before a noun qualifies it ("… and planned redemption of debt"). Not
 * inside quotation marks, nor where another attribution already holds that verb, nor for a passive's participles
 * ("… and described by diplomats as …").
 */
export function splitObjectVerbs(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, quote, sent } = ctx;
  return splitWhere(raws, (a, cues) => {
    const c = a.content;
    const cue = a.cue;
    if (!cue || !a.source || a.turn || cue.last >= c.first || quote[c.first] !== 0 || sent[c.first] !== sent[cue.last]) return null;
    const head = tokens[cue.last]!;
    // (A cue that reports words takes a clause as often as an object: "reported astronomers … and elsewhere discovered …".)
    if (head.pos !== 'VERB' || reportsWords(ctx, cue)) return null;
    const past = PAST.test(head.norm);
    if (!past && !/[^s]s$/.test(head.norm)) return null;
    for (let k = c.first; k + 1 < c.last && sent[k] === sent[cue.last]; k++) {
      const t = tokens[k]!;
      if (quote[k] !== 0) continue;
      if (t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'VERB' && tokens[k - 1]!.norm !== 'to' && !/ing$/.test(t.norm))) return null;
      if (!VERB_JOINING.has(t.norm) || k === c.first) continue;
      let v = k + 1;
      if (tokens[v]!.pos === 'ADV' && v + 1 < c.last) v++;
      const w = tokens[v]!;
      // (A participle right after the conjunction and before a noun qualifies it: "earnings and continued strong cash flow",
      // "affairs and alleged influence peddling"; with an adverb between, it is a verb: "and specifically mentioned family honor".)
      if (w.pos !== 'VERB' || (v === k + 1 && (tokens[v + 1]!.pos === 'NOUN' || tokens[v + 1]!.pos === 'ADJ'))) continue;
      if (cues.has(v) || !(past ? PAST.test(w.norm) : /[^s]s$/.test(w.norm)) || tokens[v + 1]!.norm === 'by' || !attributive(ctx, v)) return null;
      const last = CUE_PARTICLE.has(tokens[v + 1]!.norm) && v + 1 < c.last ? v + 1 : v;
      // (Some words on either side: "… and decided" with nothing after it is no second attribution.)
      if (last >= c.last) return null;
      const comma = tokens[k - 1]!.norm === ',' ? k - 1 : k;
      return comma > c.first ? { comma, verb: v } : null;
    }
    return null;
  }, (a, { comma, verb }) => {
    const last = CUE_PARTICLE.has(tokens[verb + 1]!.norm) && verb + 1 < a.content.last ? verb + 1 : verb;
    return [
      { ...a, content: { ...a.content, last: comma - 1 } },
      { source: a.source, cue: { role: 'CUE', first: verb, last }, content: { role: 'CON', first: last + 1, last: a.content.last } },
    ];
  });
}

/** Each attribution, or what `make` makes of it where `find` finds a split at a verb no attribution holds as its cue. */
function splitWhere(raws: readonly Attribution[], find: (a: Attribution, cues: ReadonlySet<number>) => Split | null, make: (a: Attribution, s: Split) => Attribution[]): Attribution[] {
  const cues = new Set<number>();
  for (const a of raws) if (a.cue) for (let k = a.cue.first; k <= a.cue.last; k++) cues.add(k);
  const out: Attribution[] = [];
  for (const a of raws) {
    const s = find(a, cues);
    if (s) out.push(...make(a, s));
    else out.push(a);
  }
  return out;
}

/** Words of when after an inverted cue ("announced Monday", "said on Tuesday", "said late on Friday"). */
const WHEN_WORDS = new Set(['on', 'late', 'early', 'last', 'this', 'today', 'yesterday', 'tonight', 'week', 'morning', 'afternoon', 'evening', 'night',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** The first word of an inverted source: a name, a determiner, a pronoun, or a possessive ("…, his family reported"). */
const SOURCE_OPENER = /^(?:\p{Lu}|the$|a$|an$|he$|she$|they$|it$|his$|her$|their$|its$)/u;

/**
 * "A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar (D-Minn.), the U.S. Attorney's Office
 * announced Monday": where an indirect content runs to the end of its sentence over a comma, a short source and a verb
 * that reports words (and when), those are an inverted attribution of their own, whose content is the sentence before
 * the comma; the first content ends there. Not inside quotation marks, nor where another attribution holds that verb.
 */
export function splitInverted(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, quote, sent, sentRange } = ctx;
  return splitWhere(raws, (a, cues) => {
    const c = a.content;
    if (!a.cue || a.turn || quote[c.first] !== 0 || quote[c.last] !== 0) return null;
    let end = sentRange[sent[c.last]!]!.end - 1;
    while (end > c.last && tokens[end]!.pos === 'PUNCT') end--;
    if (end !== c.last) return null;
    let v = c.last;
    while (v > c.first && WHEN_WORDS.has(tokens[v]!.norm.toLowerCase())) v--;
    if (tokens[v]!.pos !== 'VERB' || cues.has(v) || !reportsWords(ctx, { role: 'CUE', first: v, last: v })) return null;
    let k = v - 1;
    while (k > c.first && v - k <= 14 && tokens[k]!.norm !== ',' && SOURCE_POS.has(tokens[k]!.pos) && quote[k] === 0) k--;
    return k > c.first && k < v - 1 && tokens[k]!.norm === ',' && SOURCE_OPENER.test(ctx.text.slice(tokens[k + 1]!.start, tokens[k + 1]!.end)) ? { comma: k, verb: v } : null;
  }, (a, { comma, verb }) => {
    // The inverted attribution first: a pronoun source ("…, he said") stands for someone named before the sentence, not
    // for the subject of the clause it reports.
    const inverted: Attribution = { source: { role: 'SRC', first: comma + 1, last: verb - 1 }, cue: { role: 'CUE', first: verb, last: verb }, content: { role: 'CON', first: sentRange[sent[comma]!]!.start, last: comma - 1 } };
    // A first attribution with no source whose cue lies inside what the inverted one reports was the tagger's misreading of
    // that sentence ("… and philanthropist Don Imus … died on Friday …, his family reported": "philanthropist" no cue).
    if (!a.source && a.cue && a.cue.first >= inverted.content.first && a.cue.last < inverted.content.last) return [inverted];
    return [inverted, { ...a, content: { ...a.content, last: comma - 1 } }];
  });
}

/** Words that open a clause of the writer's after an inverted source and cue ("…, the ministry said, as sirens sounded"). */
const SUBORDINATORS = new Set(['as', 'while', 'after', 'when', 'before', 'because', 'since', 'amid', 'although', 'though', 'whereas']);

/**
 * "A missile hit a power station on Monday, the energy ministry said, as air raid sirens sounded": when the tagger
 * took the clause after an inverted source and cue for the content, the content is the words before them, from
 * the start of the sentence (the clause after is the writer's). Only where no other attribution holds those words.
 */
export function contentBeforeInversion(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, sent, sentRange, quote, lemmas } = ctx;
  return raws.map((a) => {
    const { source, cue, content } = a;
    if (!source || !cue || a.turn || source.last + 1 !== cue.first || cue.last >= content.first || quote[content.first] !== 0) return a;
    let first = cue.last + 1;
    while (first < content.first && tokens[first]!.norm === ',') first++;
    if (first !== content.first || !SUBORDINATORS.has(lemmas[content.first]!) || tokens[content.first - 1]!.norm !== ',') return a;
    const comma = source.first - 1;
    const start = sentRange[sent[cue.first]!]!.start;
    if (comma <= start || tokens[comma]!.norm !== ',' || sent[comma] !== sent[cue.first]) return a;
    const last = comma - 1;
    if (raws.some((b) => b !== a && b.content.first <= last && start <= b.content.last)) return a;
    return { ...a, content: { ...content, first: start, last } };
  });
}

/** Longest phrase (tokens, its comma included) set before the clause of an inverted attribution that belongs to what was said. */
const FRONTED_MAX = 8;
/** Words that link a sentence to the one before, the writer's ("Meanwhile,", "However,"): no part of what was said. */
const LINKING = new Set(['meanwhile', 'however', 'separately', 'moreover', 'furthermore', 'also', 'still', 'but', 'and', 'yet', 'so', 'then', 'instead', 'nonetheless', 'nevertheless']);
/** … and phrases that do so ("In addition,", "At the same time,"), and one word in "-ly" ("Similarly,", "Reportedly,"), the writer's. */
const LINKING_PHRASES = new Set(['in addition', 'at the same time', 'on the other hand', 'in turn', 'as a result', 'for example', 'for instance',
  'in fact', 'of course', 'in other words', 'by contrast', 'in contrast', 'on the contrary', 'as well', 'in the meantime', 'after all']);

/**
 * "In the evening, the priorities would reverse, Mr. Barrios said": a short phrase that opens the sentence of an
 * inverted attribution, before a comma and the clause the tagger took for the content, is part of what was said
 * (when, where, how it holds), not the writer's, unless it links the sentence to the one before ("However,").
 */
export function frontedAdverbial(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, sent, sentRange, quote } = ctx;
  return raws.map((a) => {
    const { cue, content } = a;
    if (!cue || a.turn || content.last >= cue.first || quote[content.first] !== 0) return a;
    const start = sentRange[sent[content.first]!]!.start;
    const comma = content.first - 1;
    if (comma <= start || comma - start + 1 > FRONTED_MAX || tokens[comma]!.norm !== ',' || sent[comma] !== sent[content.first]) return a;
    for (let k = start; k < comma; k++) {
      const t = tokens[k]!;
      if (quote[k] !== 0 || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'PRON') return a;
    }
    const phrase = tokens.slice(start, comma).map((t) => t.norm).join(' ');
    if (LINKING.has(tokens[start]!.norm) || LINKING_PHRASES.has(phrase) || (comma === start + 1 && /ly$/.test(phrase))) return a;
    if (raws.some((b) => b !== a && b.content.first <= comma && start <= b.content.last)) return a;
    return { ...a, content: { ...content, first: start } };
  });
}

/** What a cue in a sentence after its content weighs against one by it, in words. */
const AFTER_SENTENCE = 1000;

/**
 * One attribution per content, cue and source: later copies (two rules finding the same one) go. Of
 * several of one content, those whose cue stands nearest it stay (a quotation widened to its marks for
 * "He spoke in English later", after 'Scholz said: „…“', goes).
 */
export function dropRepeats(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { sent, tokens } = ctx;
  // A content's key: its first and last token as one number (which costs less than a string).
  const contentKey = (a: Attribution) => a.content.first * (tokens.length + 1) + a.content.last;
  const same = (x: TokenSpan | null, y: TokenSpan | null) => (x?.first ?? -1) === (y?.first ?? -1) && (x?.last ?? -1) === (y?.last ?? -1);
  // The attributions kept of each content.
  const kept = new Map<number, Attribution[]>();
  const unique = raws.filter((a) => {
    const key = contentKey(a);
    const ofContent = kept.get(key);
    if (ofContent?.some((b) => same(b.cue, a.cue) && same(b.source, a.source))) return false;
    if (ofContent) ofContent.push(a);
    else kept.set(key, [a]);
    return true;
  });
  // How far a cue stands from its content, in words between, and farther in a sentence after it (none: farthest).
  const gap = (a: Attribution) => {
    if (!a.cue) return Infinity;
    if (sent[a.cue.first]! > sent[a.content.last]!) return AFTER_SENTENCE + a.cue.first - a.content.last;
    const [from, to] = a.cue.last < a.content.first ? [a.cue.last + 1, a.content.first] : [a.content.last + 1, a.cue.first];
    // ("said on Monday: „…“": a colon hands the quotation to the cue before it.)
    let c = a.content.first - 1;
    while (c >= from && !/[\p{L}\p{N}:]/u.test(tokens[c]!.norm)) c--;
    if (a.cue.last < a.content.first && c >= from && tokens[c]!.norm === ':') return 0;
    let n = 0;
    for (let k = from; k < to; k++) if (/[\p{L}\p{N}]/u.test(tokens[k]!.norm)) n++;
    return n;
  };
  // The nearest cue's gap of each content.
  const nearest = new Map<number, number>();
  const gaps = unique.map((a) => {
    const key = contentKey(a);
    const g = gap(a);
    nearest.set(key, Math.min(g, nearest.get(key) ?? Infinity));
    return g;
  });
  return unique.filter((a, i) => gaps[i]! <= nearest.get(contentKey(a))!);
}

/** Nouns of words said aloud before "of" and a quotation. */
const CHANTED = new Set(['chant', 'chants', 'cry', 'cries', 'shout', 'shouts', 'slogan', 'slogans', 'refrain', 'words', 'call', 'calls']);
/** Most words of a quoted title. */
const TITLE_WORDS_MAX = 10;
/** Words right before a quoted title: where words were said ("on", "with", "ABC's") or whose author ("the author of"). */
const BEFORE_TITLE = new Set(['on', 'with', 'of', 'in', 'to', 'told', "'s", '’s']);

/**
 * A quotation that is a title, not words said: a show, a book or a podcast named after the words where its speaker
 * spoke or what they wrote ("said in an interview with “Fox News Sunday.”", "said on ABC's “This Week With George
 * Stephanopoulos”", "Jon Meacham, the author of ''Destiny and Power,''", "Fiorina told “Fox and Friends,”"): every word
 * capitalised but the small ones, at most TITLE_WORDS_MAX words, right after a preposition, a possessive or "told".
 * Attributions whose content is such a title alone go (the tagger had read it as a second content of the cue before it).
 */
export function dropQuotedTitles(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, quote, text } = ctx;
  const title = (a: Attribution) => {
    const c = a.content;
    if (quote[c.first] !== 2 || c.first === 0 || !BEFORE_TITLE.has(tokens[c.first - 1]!.norm.toLowerCase())) return false;
    // (Words chanted or shouted are said: "chants of “Ted! Ted! Ted!”", "a chant of "Feel the Bern!"".)
    if (c.first > 1 && tokens[c.first - 1]!.norm === 'of' && CHANTED.has(tokens[c.first - 2]!.norm.toLowerCase())) return false;
    let words = 0;
    for (let k = c.first + 1; k <= c.last; k++) {
      if (quote[k] === 3) return words > 0 && k >= c.last - 1;
      const w = text.slice(tokens[k]!.start, tokens[k]!.end);
      if (!/^\p{L}/u.test(w)) continue;
      if (++words > TITLE_WORDS_MAX || (!/^\p{Lu}/u.test(w) && !TITLE_SMALL.has(w))) return false;
    }
    return false;
  };
  return raws.some(title) ? raws.filter((a) => !title(a)) : [...raws];
}

/** How many sentences back a speaker may stand for a quotation that has none of its own. */
const CONTINUE_SENTENCES = 2;

/**
 * Attributions with neither cue nor source: nothing says that anyone said the content, or
 * who, and on PolNeAR (train and dev) they almost never match an attribution whole. They
 * go, except a quotation that opens its sentence right after someone's quoted words (within
 * CONTINUE_SENTENCES sentences), which goes on in that speaker's voice ('"We will win," she
 * said. "The voters are with us."') and takes that source.
 */
export function dropBare(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { quote, sent, sentRange } = ctx;
  const out: Attribution[] = [];
  for (const a of raws) {
    // (An interview's answer is spoken by the one interviewed, whom the quote stage names.)
    if (a.cue !== null || a.source !== null || a.answer) {
      out.push(a);
      continue;
    }
    const c = a.content.first;
    if (quote[c] === 0 && (c + 1 > a.content.last || quote[c + 1] === 0)) continue;
    const si = sent[c]!;
    // A quotation the writer's words lead into ("Trump took to social media, posting …, "…"") is not one going on;
    // nor one that another attribution already gives a cue ('"…  "And it ends here," she added').
    if (c > sentRange[si]!.start || raws.some((b) => b !== a && b.cue && b.content.first === c && b.content.last === a.content.last)) continue;
    for (let i = out.length - 1; i >= 0; i--) {
      const b = out[i]!;
      if (b.content.last >= c || !b.source) continue;
      // Only quoted words go on: after an indirect content ("Officials said the son tested negative") the voice is the writer's.
      const quoted = quote[b.content.first] !== 0 || quote[b.content.last] !== 0;
      if (quoted && sent[b.content.last]! >= si - CONTINUE_SENTENCES) out.push({ ...a, source: b.source });
      break;
    }
  }
  return out;
}

/**
 * A sourceless attribution whose cue is one word that names or modifies what follows it, not a saying: "Demand deposit
 * rates, however, will remain the same", "a fall in note circulation will add …", "Proposed dividend four crowns vs
 * 3.38", "PROPOSED OFFERINGS RECENTLY FILED WITH THE SEC", "Demand totalled 18.45 billion francs". Such a cue is a noun
 * read as a verb of saying, or a participle before a noun; the content starts right after it and not with what opens
 * words said ("that", "to", "whether", a colon or a quotation). Such an attribution goes.
 */
export function dropNounCues(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, text, sent, sentRange, quote } = ctx;
  return raws.filter((a) => {
    if (a.source || !a.cue || a.cue.first !== a.cue.last || a.content.first !== a.cue.last + 1) return true;
    const cue = tokens[a.cue.first]!;
    const next = tokens[a.content.first]!;
    if (quote[a.content.first] !== 0 || WORDS_OPEN.has(next.norm) || /^\p{P}/u.test(next.norm)) return true;
    const opens = a.cue.first === sentRange[sent[a.cue.first]!]!.start;
    const word = text.slice(cue.start, cue.end);
    // (Not a headline's verb in capitals after its subject, "DANAHER <DHR> EXPECTS EARNINGS INCREASE", nor one a clause with
    // its own subject follows, "By reports he secured five of the territory's six delegates".)
    if (cue.pos === 'NOUN') return next.pos === 'PRON' || (!opens && word === word.toUpperCase());
    // A participle that opens the sentence before a noun ("Proposed dividend", "Estimated profit") describes it.
    return !(opens && /ed$/i.test(word) && next.pos === 'NOUN');
  });
}

/** Words before "point" or "points" that make it a measure: "10 basis points", "a percentage point", "at which point", "at this point". */
const MEASURE_BEFORE: ReadonlySet<string> = new Set(['basis', 'percentage', 'which', 'that', 'this']);

/**
 * "Point" or "points" read as a verb of saying where it is a measure: "a fee of 10 basis points on the unavailable
 * portion", "up 4.57 points to 2,250", "a 15 basis point maximum cap", "at which point", "at that point". Such an
 * attribution goes.
 */
export function dropMeasures(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens } = ctx;
  return raws.filter((a) => {
    if (!a.cue || !/^points?$/.test(tokens[a.cue.first]!.norm) || a.cue.first === 0) return true;
    const before = tokens[a.cue.first - 1]!;
    return !(MEASURE_BEFORE.has(before.norm) || before.pos === 'NUM');
  });
}

/** Kinds of security and what is said of them, after "preferred" or "note(s)" used as names of them ("preferred stock", "notes due 1994"). */
const SECURITY_AFTER: ReadonlySet<string> = new Set(['stock', 'stocks', 'share', 'shares', 'dividend', 'dividends', 'payout', 'payouts', 'issue',
  'issues', 'holders', 'stockholders', 'shareholders', 'equity', 'securities', 'due', 'accounts', 'offering', 'maturing']);
/** Words before "note(s)" that make it a debt security: "floating rate notes", "10-1/2 pct notes", "an issue of notes", "tax and loan note accounts". */
const SECURITY_BEFORE: ReadonlySet<string> = new Set(['pct', 'rate', 'coupon', 'dlr', 'dlrs', 'loan', 'treasury', 'floating', 'zero-coupon', 'subordinated',
  'senior', 'promissory', 'convertible', 'perpetual', 'denominated', 'exchangeable', 'guaranteed', 'secured', 'unsecured', 'of']);
/** What is realised when it names gains or losses ("realized investment gains", "net realized loss"). */
const REALISED_WHAT: ReadonlySet<string> = new Set(['gain', 'gains', 'loss', 'losses', 'investment', 'profit', 'profits', 'capital']);

/**
 * Words of finance read as verbs of saying or thinking where they name securities or sums: "its 10.84 pct preferred
 * shares", "Bay State Gas preferred upgraded", "a 75 mln dlr issue of notes due 1994", "26-week notes went at an average
 * 15.414", "1985 net excludes realized investment gains of 439,000 dlrs". Such an attribution goes.
 */
export function dropSecurities(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens } = ctx;
  return raws.filter((a) => {
    if (!a.cue || a.cue.first !== a.cue.last) return true;
    const i = a.cue.first;
    const w = tokens[i]!.norm.toLowerCase();
    const next = tokens[i + 1]?.norm.toLowerCase() ?? '';
    if (w === 'preferred') return !SECURITY_AFTER.has(next);
    if (w === 'realized' || w === 'realised') return !REALISED_WHAT.has(next);
    if (w !== 'note' && w !== 'notes') return true;
    const before = i > 0 ? tokens[i - 1]! : null;
    const prev = before?.norm.toLowerCase() ?? '';
    return !(SECURITY_AFTER.has(next) || SECURITY_BEFORE.has(prev) || before?.pos === 'NUM' || /-(?:year|month|week|day|coupon|rate|denominated)$/.test(prev));
  });
}

/** Words that open what was said after a cue. */
const WORDS_OPEN: ReadonlySet<string> = new Set(['that', 'to', 'whether', 'if', 'of', 'about', 'on', 'for', 'how', 'why', 'what', 'when', 'where', 'who']);

/**
 * A newsroom's label before a colon ("CLARIFICATION: …", "UPDATE: …") is nobody speaking:
 * such an attribution goes.
 */
export function dropEditorial(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { text, tokens } = ctx;
  return raws.filter((a) => {
    if (!a.source || !a.cue || tokens[a.cue.first]!.norm !== ':') return true;
    return !isEditorialLabel(text.slice(tokens[a.source.first]!.start, tokens[a.source.last]!.end));
  });
}

/** Words of a cue that report what the one asked said before ("You said you have been working for 25 years, right?"). */
const SAID_BEFORE = new Set(['said', 'mentioned', 'wrote', 'written', 'stated', 'noted', 'told', 'claimed', 'suggested', 'argued', 'described', 'announced']);

/**
 * A question put to "you" is no attribution: "Could you briefly explain this study?", "What do you think of the DMCA
 * notice?", "According to you, what is the significance of a hijab?" (an interviewer's questions, which had been given to the
 * one interviewed) ask what the answer will say. One that reports what the one asked said before stays ("You said you
 * helped 5000 people, right?").
 */
export function dropQuestions(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, sent, sentRange } = ctx;
  const asked = (a: Attribution) => {
    if (!a.source || !a.cue || a.source.first !== a.source.last || tokens[a.source.first]!.norm !== 'you') return false;
    const end = sentRange[sent[a.cue.first]!]!.end;
    if (tokens[end - 1]?.norm !== '?') return false;
    for (let i = a.cue.first; i <= a.cue.last; i++) if (SAID_BEFORE.has(tokens[i]!.norm)) return false;
    return true;
  };
  return raws.some(asked) ? raws.filter((a) => !asked(a)) : [...raws];
}

/** Verbs whose participle after a noun gives the noun's name ("a drug called Ecstasy", "a ship named Vega"). */
const NAMING = new Set(['call', 'name', 'dub', 'term', 'nickname', 'title', 'label', 'christen']);
/** Word categories of nouns that may well be the subject of "called" as a verb of saying ("a spokesman called it …"). */
const SPEAKING_NOUNS = new Set([CATEGORIES.indexOf('source') + 1, CATEGORIES.indexOf('report') + 1]);
/** A source's wish to stay unnamed: "(who) asked not to be named", "declined to be identified". */
const ANONYMITY = /^(?:(?:not\s+)?to\s+be\s+(?:named|identified|quoted|quoted\s+by\s+name)|to\s+remain\s+(?:anonymous|unnamed|unidentified)|anonymity)\s*[.,]?$/i;

/**
 * Attributions without the wish of a source to stay unnamed ("The officials, who asked not to be named, said …", "who asked
 * to remain anonymous", "requested anonymity"): the source's "asked" says nothing of what it said, which the attribution of
 * "said" holds.
 */
export function dropAnonymity(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { text, tokens } = ctx;
  const unnamed = (a: Attribution) => a.content.last - a.content.first < 6 && ANONYMITY.test(text.slice(tokens[a.content.first]!.start, tokens[a.content.last]!.end));
  return raws.some(unnamed) ? raws.filter((a) => !unnamed(a)) : [...raws];
}

/** Determiners of a thing first mentioned. */
const INDEFINITE = new Set(['a', 'an', 'another']);

/**
 * Attributions without those whose cue is the participle that names a thing just mentioned: "a
 * llama-like species called the rhea", "was a British colony called Southern Rhodesia", "…, a process
 * called "exfiltration"". The noun phrase before the cue opens with "a", "an" or "another" after a
 * verb, a preposition or a comma, so it is no subject of the cue; a speaker's noun ("a spokesman"), a
 * title or a report ("a statement called …") may still be one, and those stay. So does a participle set
 * off by commas after a noun when the sentence's verb follows the name ("The move, called prorogation,
 * came after …"). Nor those whose cue names a thing or says what it is known for (namesOrDescribes).
 */
export function dropNamings(ctx: TokenContext, raws: readonly Attribution[], titles: readonly string[]): Attribution[] {
  const { tokens, sent, lemmas, cat } = ctx;
  const titleWords = titleSets(titles).last;
  const naming = (k: number): boolean => {
    const head = k - 1;
    if (!NAMING.has(lemmas[k]!) || !/ed$/.test(tokens[k]!.norm) || head < 0 || sent[head] !== sent[k]) return false;
    // Set off by commas before the sentence's verb: "The invention, called a liquid-entrenched smooth surface
    // coating, involves …", "The move, called prorogation, came after …".
    if (tokens[head]!.norm === ',' && head > 0 && tokens[head - 1]!.pos === 'NOUN') {
      for (let j = k + 1; j <= k + 10 && j + 1 < tokens.length && sent[j + 1] === sent[k]; j++) {
        if (tokens[j]!.norm === ',' && /^(?:VERB|AUX)$/.test(tokens[j + 1]!.pos) && !/ing$/.test(tokens[j + 1]!.norm)) return true;
      }
      return false;
    }
    if (tokens[head]!.pos !== 'NOUN' || SPEAKING_NOUNS.has(cat[head]!) || titleWords.has(lemmas[head]!)) return false;
    // Back over the noun phrase ("a llama-like species", "a sex worker's group") to its determiner.
    let d = head - 1;
    const inPhrase = (j: number) => /^(NOUN|PROPN|ADJ|ADV|NUM|PART)$/.test(tokens[j]!.pos) || tokens[j]!.norm === '-';
    while (d >= 0 && sent[d] === sent[k] && head - d <= 6 && inPhrase(d)) d--;
    if (d < 1 || sent[d] !== sent[k] || !INDEFINITE.has(lemmas[d]!)) return false;
    const before = tokens[d - 1]!;
    return sent[d - 1] === sent[k] && (/^(ADP|VERB|AUX)$/.test(before.pos) || before.norm === ',');
  };
  return raws.filter((a) => !(a.cue && ((a.cue.first === a.cue.last && (naming(a.cue.first) || appoints(ctx, a))) || namesOrDescribes(ctx, a.cue))));
}

/**
 * Is the attribution's cue "named", "appointed" or "elected" someone to a post, which reports no words: "The company named
 * Bear, Stearns and Co as lead underwriter of the offering" (not "He named them as U.S. protectionist behaviour, …")?
 */
function appoints(ctx: TokenContext, a: Attribution): boolean {
  const { tokens, lemmas, sent } = ctx;
  const k = a.cue!.first;
  if (!APPOINTING.has(lemmas[k]!) || a.content.first <= k) return false;
  for (let j = a.content.first; j <= a.content.last && sent[j] === sent[k]; j++) {
    if (tokens[j]!.norm !== 'as') continue;
    for (let r = j + 1; r <= Math.min(a.content.last, j + 5); r++) if (POSTS.has(lemmas[r]!)) return true;
    return false;
  }
  return false;
}

/** Verbs that put someone in a post. */
const APPOINTING: ReadonlySet<string> = new Set(['name', 'appoint', 'elect']);
/** Posts one is named to: "as lead underwriter", "as its new chairman", "as co-manager". */
const POSTS: ReadonlySet<string> = new Set(['manager', 'co-manager', 'underwriter', 'agent', 'adviser', 'advisor', 'director', 'chairman', 'president',
  'chief', 'officer', 'executive', 'trustee', 'head', 'successor', 'member', 'secretary', 'minister', 'governor', 'ambassador', 'coach', 'captain',
  'editor', 'partner', 'dealer', 'arranger', 'auditor', 'counsel', 'representative', 'nominee', 'candidate']);

/**
 * Words before "called" that make it a name's: "is called", "so-called", "was commonly called", or an adverb after a comma,
 * a bracket or at a sentence's start ("Rapa Nui, also called Easter Island", "Often called …"; not "the AP and NBC News also
 * called Nevada", nor "was called a charlatan by fellow physicians").
 */
const CALLED_AS_NAME = /(?:(?:^|[,(]\s*|[.!?]\s+)(?:also|commonly|otherwise|formerly|often|sometimes|locally)|(?:^|\s)(?:is|are|so-|(?:is|are|was|were|been)\s+(?:also|commonly|often|sometimes|usually|widely|locally)))\s*$/i;

/**
 * Does a cue name a thing or say what it is known for, and report nobody's words: "an area of the city known as the Gay
 * Village", "He was known for pursuing a neutral foreign policy", "Rapa Nui, also called Easter Island", "this is called the
 * radial velocity technique"? ("called on" and "called for" are sayings.)
 */
function namesOrDescribes(ctx: TokenContext, cue: TokenSpan): boolean {
  const { tokens } = ctx;
  const last = tokens[cue.last]!.norm.toLowerCase();
  if ((last === 'as' || last === 'for') && cue.last > cue.first && tokens[cue.last - 1]!.norm.toLowerCase() === 'known') return true;
  if (last !== 'called' && last !== 'so-called') return false;
  const at = tokens[cue.last]!.start;
  return last === 'so-called' || CALLED_AS_NAME.test(ctx.text.slice(Math.max(0, at - 14), at));
}

/** A letter of the Latin script. */
const LATIN = /\p{Script=Latin}/u;
/** A letter of another script. */
const OTHER_LETTER = /(?!\p{Script=Latin})\p{L}/u;
/** A character outside ASCII, whose letters are all Latin: words without one have no letter of another script. */
const NON_ASCII = /[^\x00-\x7f]/;
const otherLetter = (s: string) => NON_ASCII.test(s) && OTHER_LETTER.test(s);

/**
 * Attributions without those whose source or cue is written in another script: an interview printed
 * with its Hindi or Korean original beside the English gives the tagger words it cannot read ("बोलते"
 * as a source). A source with Latin letters ("Xi Jinping (习近平)") stays.
 */
export function dropForeign(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { text, tokens } = ctx;
  const words = (s: TokenSpan | null) => (s ? text.slice(tokens[s.first]!.start, tokens[s.last]!.end) : '');
  const foreign = (s: string) => otherLetter(s) && !LATIN.test(s);
  return raws.filter((a) => !foreign(words(a.source)) && !otherLetter(words(a.cue)));
}

/** Words that join what follows: a content outside quotation marks does not end with one. */
const JOINERS = new Set(['but', 'and', 'or', 'nor', 'which', 'who', 'whom', 'whose', 'that', 'while', 'whereas', 'though', 'although', 'because', 'as', 'if', 'unless', 'when', 'where']);

/** Punctuation that joins what follows: a content outside quotation marks does not end with it. */
const JOINING_MARK = /^[,;:–—-]$/;

/**
 * A content without the joining word the tagger left at its end, and the comma before it
 * ("24 people have been hospitalised, but" → "24 people have been hospitalised"), or the joining mark alone ("The FSB
 * denies the two explosions are related;" → "the two explosions are related"). A word that ends its sentence joins
 * nothing ("nothing stops that.") and stays.
 */
export function trimDangling(ctx: TokenContext, c: TokenSpan): TokenSpan {
  const { tokens, quote, sent } = ctx;
  let last = c.last;
  while (last > c.first && quote[last] === 0 && JOINING_MARK.test(tokens[last]!.norm)) last--;
  if (last !== c.last) return { ...c, last };
  if (last <= c.first || quote[last] !== 0 || !JOINERS.has(tokens[last]!.norm)) return c;
  const next = tokens[last + 1];
  if (!next || sent[last + 1] !== sent[last] || next.pos === 'PUNCT') return c;
  last--;
  while (last > c.first && quote[last] === 0 && JOINING_MARK.test(tokens[last]!.norm)) last--;
  return { ...c, last };
}

/** Most tokens inside a reference marker's brackets ("(27, 28, 29)"). */
const MARKER_MAX = 9;

/**
 * A content without the reference marker that ends it, outside quotation marks: "… a lower risk of obesity (36)",
 * "… weight loss (10, 11)", "[4]". Only numbers of up to three digits, after a word (a figure's bracketed
 * comparison, "beef offal 4,476 (4,672)", stays).
 */
export function trimReference(ctx: TokenContext, c: TokenSpan): TokenSpan {
  const { tokens, quote, text } = ctx;
  const last = c.last;
  const close = tokens[last]!.norm;
  if (quote[last] !== 0 || (close !== ')' && close !== ']')) return c;
  let open = last - 1;
  while (open > c.first && last - open <= MARKER_MAX && /^(?:\d{1,3}|,|[–-])$/.test(tokens[open]!.norm)) open--;
  if (open === last - 1 || open <= c.first || tokens[open]!.norm !== (close === ')' ? '(' : '[')) return c;
  const before = tokens[open - 1]!;
  if (!/\p{L}$/u.test(text.slice(before.start, before.end)) || !/^\d/.test(tokens[open + 1]!.norm)) return c;
  return { ...c, last: open - 1 };
}
