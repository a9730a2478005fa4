/**
 * A headline's speaker is the lede's: "OPEC PRESIDENT SAYS …", "PAPER SAYS …", "STAN WEST <SWMC> SEES …" name
 * in capitals, and in short, whom the story's first attribution names in full ("OPEC president Rilwanu Lukman", "the
 * China Daily", "Stan West Mining Corp"). A headline speaker the quote stage left without a code takes the name and
 * code of the lede's speaker, where the headline's words are all in the lede speaker's, or the headline names them by
 * a word of their kind that the lede's words hold ("CHAIRMAN": "… supervisory board chairman Karl Gustaf Ratjen";
 * "PAPER": a news medium).
 *
 * A headline in capitals is also read as its story writes its words (headlineCapitals): a passive participle with its
 * "is" left out has no speaker ("DOLLAR SEEN FALLING"), and a word of a name or a modifier is no cue ("AMERICAN
 * EXPRESS", "PREFERRED STOCK"). A headline in title case with no attribution the tagger found has one at its first verb
 * of speech, thought or evidence in the third person (headlineTitleCase: "New Poll Shows Large Gap …").
 */
import type { Quote } from '../../document/layers.js';
import type { Span } from '../../document/span.js';
import type { RawAttribution } from './assemble.js';
import type { Sequence, TokenContext } from './features.js';
import { titled } from '../../nlp/truecase.js';
import { lemmatize } from '../../nlp/lemma.js';
import { CATEGORIES, type CategoryLexicon, type CueLexicon } from './lexicon.js';

/** How far after the headline (characters) the lede's speaker may stand: its first sentence or two. */
const LEDE_REACH = 600;
/** Words that name a speaker by their kind, which the lede's own words for them hold. */
const KIND_WORDS = new Set(['official', 'officials', 'chairman', 'president', 'minister', 'judge', 'spokesman', 'group', 'analyst', 'analysts',
  'economist', 'economists', 'banker', 'bankers', 'dealer', 'dealers', 'trader', 'traders', 'source', 'sources', 'study', 'report', 'survey', 'poll']);
/** Words that name a news medium, whatever its name. */
const MEDIUM_WORDS = new Set(['paper', 'newspaper', 'daily', 'agency', 'press', 'radio', 'television']);

/** A ticker in angle brackets or parentheses after a company's name. */
const TICKER = /<[^>]*>|\([A-Z.]+\)/;

/** Lower-case words of a name, without a ticker's "<SWMC>" or "(GENM.J)". */
function wordsOf(s: string): string[] {
  return s.replace(/<[^>]*>|\([^)]*\)/g, ' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** The quotes, with the headline's uncoded speakers in capitals named as the lede's where its words name the same. */
export function headlineSpeakers(text: string, headline: Span | null, quotes: Quote[]): Quote[] {
  if (!headline) return quotes;
  const lede = quotes.find((q) => q.content.start >= headline.end && q.speaker);
  if (!lede?.speakerActor || lede.speaker!.start - headline.end > LEDE_REACH) return quotes;
  const ledeSpan = text.slice(lede.speaker!.start, lede.speaker!.end);
  const ledeWords = new Set(wordsOf(`${ledeSpan} ${lede.speakerName ?? ''}`));
  const ledeName = new Set(wordsOf(`${ledeSpan.split(',')[0]} ${lede.speakerName ?? ''}`));
  const medium = lede.speakerActor.endsWith('MED');
  let out: Quote[] | null = null;
  quotes.forEach((q, i) => {
    if (!q.speaker || q.speakerActor || q.content.start >= headline.end) return;
    const raw = text.slice(q.speaker.start, q.speaker.end);
    if (raw !== raw.toUpperCase() || !/\p{Lu}/u.test(raw)) return;
    const words = wordsOf(raw);
    // A ticker marks a company, which the lede's name or the words before its comma hold ("STAN WEST <SWMC>": "Stan West
    // Mining Corp"), not only a description after the comma ("EXCHANGE BANK <EXCG>": "John Rau, president of the Exchange
    // National Bank").
    if (TICKER.test(raw) && !words.some((w) => ledeName.has(w))) return;
    const same = words.length > 0 && (words.every((w) => ledeWords.has(w))
      || (words.length === 1 && (KIND_WORDS.has(words[0]!) ? ledeWords.has(words[0]!) : MEDIUM_WORDS.has(words[0]!) && medium)));
    if (!same) return;
    (out ??= [...quotes])[i] = {
      ...q,
      speakerName: lede.speakerName,
      speakerActor: lede.speakerActor,
      ...(q.explanation ? { explanation: { ...q.explanation, speakerVia: 'coreference', speakerFrom: lede.explanation?.speakerFrom ?? lede.speaker! } } : {}),
    };
  });
  return out ?? quotes;
}

/**
 * Participles a headline in capitals writes for the passive, its "is" left out: "DOLLAR SEEN FALLING UNLESS JAPAN SPURS
 * ECONOMY", "FED EXPECTED TO SET CUSTOMER REPURCHASES", "IRAN SAID TO ATTACK CYPRIOT TANKER", "CHANNEL FERRY REPORTED
 * SINKING": someone unnamed sees, expects or reports what the subject does; the subject is no speaker.
 */
const PASSIVE = new Set(['said', 'seen', 'expected', 'reported', 'believed', 'feared', 'thought', 'considered', 'estimated', 'forecast',
  'projected', 'rumoured', 'rumored', 'tipped']);
/** Words after "SAID" that make it the passive ("USDA SAID UNLIKELY TO …", "CME BOARD PLAN SAID NOT ANSWER …"); any other is its object. */
const SAID_STATE = new Set(['to', 'not', 'unlikely', 'likely', 'in', 'close', 'near', 'down', 'up', 'held', 'divided', 'lax', 'stable', 'ready']);

/** Words a participle's object or complement may open with, which no noun it modifies is ("expected to", "seen as"). */
const FUNCTION_WORDS = new Set(['to', 'in', 'on', 'as', 'by', 'for', 'at', 'of', 'from', 'with', 'the', 'a', 'an', 'and', 'or', 'not', 'that', 'it', 'its', 'this']);

/**
 * The attributions of a headline in capitals, read as the story's body writes its words. A cue word that the body writes
 * as part of a name ("AMERICAN EXPRESS", "FEDERAL EXPRESS", "PREFERRED HEALTHCARE": "American Express") or a participle the
 * body writes before the same noun ("PREFERRED STOCK", "PROPOSED OFFERINGS": "preferred stock") is no cue: such
 * attributions go. A passive participle (PASSIVE) has no source: the subject before it is part of what is said.
 */
export function headlineCapitals<A extends RawAttribution>(ctx: TokenContext, raws: readonly A[], headline: Sequence | null): A[] {
  if (!headline || !raws.some((a) => a.cue && a.cue.first >= headline.start && a.cue.last < headline.end)) return [...raws];
  const { text, tokens } = ctx;
  const head = text.slice(tokens[headline.start]!.start, tokens[headline.end - 1]!.end);
  if (/\p{Ll}/u.test(head) || !/\p{Lu}/u.test(head)) return [...raws];
  const body = text.slice(tokens[headline.end - 1]!.end);
  const word = (k: number) => (k >= headline.start && k < headline.end && /^\p{Lu}+$/u.test(text.slice(tokens[k]!.start, tokens[k]!.end)) ? text.slice(tokens[k]!.start, tokens[k]!.end) : null);
  const out: A[] = [];
  for (const a of raws) {
    const cue = a.cue;
    const w = cue && cue.first === cue.last ? word(cue.first) : null;
    if (!cue || !w) {
      out.push(a);
      continue;
    }
    const before = word(cue.first - 1);
    const after = word(cue.first + 1);
    const named = (before && body.includes(`${titled(before)} ${titled(w)}`)) || (after && body.includes(`${titled(w)} ${titled(after)}`));
    const modifier = /ED$/.test(w) && after && !FUNCTION_WORDS.has(after.toLowerCase()) && body.includes(`${w.toLowerCase()} ${after.toLowerCase()}`);
    if (named || modifier) continue;
    // (So is any participle in "-ED" before a word its passive takes, or at the end: "RECOMMENDATION REITERATED ON WANG LABS".)
    const passive = (PASSIVE.has(w.toLowerCase()) && after && (w !== 'SAID' || /ING$/.test(after) || SAID_STATE.has(after.toLowerCase())))
      || (w !== 'SAID' && /ED$/.test(w) && (!after || FUNCTION_WORDS.has(after.toLowerCase())));
    if (passive && a.source && a.source.last < cue.first) {
      out.push({ ...a, source: null, content: { ...a.content, first: Math.min(a.source.first, a.content.first) } } as A);
      continue;
    }
    out.push(a);
  }
  return out;
}

/** Small words a title or a headline in title case may leave in lower case ("of", "to", "the"). */
export const TITLE_SMALL: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'vs', 'v']);
/** The most words of a title-case headline's source before its verb ("Benghazi Widow Dorothy Woods"). */
const TITLE_SOURCE_MAX = 6;
/** A word in the present's third person, capitalised ("Explains", "Shows", "Warns", "Says"). */
const THIRD_PERSON = /^\p{Lu}\p{Ll}+s$/u;
/** Categories of the verbs that open such a headline's cue: speech, thought, evidence ("Shows", "Finds"). */
const TITLE_VERBS: ReadonlySet<number> = new Set(['speech', 'cognition', 'evidence'].map((c) => CATEGORIES.indexOf(c as (typeof CATEGORIES)[number]) + 1));
/** Small words no title-case source holds (it may hold "of", "the", "and": "Secretary of State", "Obama and Biden"). */
const NOT_IN_SOURCE: ReadonlySet<string> = new Set([...TITLE_SMALL].filter((w) => !['of', 'the', 'and'].includes(w)));
const QUESTION_WORD = /^(?:How|Why|What|When|Where|Who|Which|Whether)$/;
/** Prepositions such a cue takes with it. */
const TITLE_PARTICLE: ReadonlySet<string> = new Set(['of', 'about', 'on', 'against', 'over']);
/** Lexicon ratio from which such a verb opens a cue whatever its category. */
const TITLE_CUE_RATIO = 0.3;

/** Is the headline written in title case: every word capitalised but the small ones, and some in lower case? */
function titleCase(text: string, tokens: readonly { start: number; end: number }[], headline: Sequence): boolean {
  let words = 0;
  for (let k = headline.start; k < headline.end; k++) {
    const w = text.slice(tokens[k]!.start, tokens[k]!.end);
    if (!/^\p{L}/u.test(w)) continue;
    words++;
    if (/^\p{Ll}/u.test(w) && !TITLE_SMALL.has(w)) return false;
  }
  return words >= 4 && /\p{Ll}/u.test(text.slice(tokens[headline.start]!.start, tokens[headline.end - 1]!.end));
}

/**
 * A headline in title case ("Rush Limbaugh Explains The Democrats’ Opposition To A Debate", "New Poll Shows Large Gap
 * Emerging Between Candidates"), which the tagger, reading every word as a proper noun, often leaves without its
 * attribution: its first word in the present's third person that is a verb of speech, thought or evidence (the word
 * categories', or a likely cue in the lexicon: "Explains", "Shows", "Warns", "Says") after a few capitalised words is
 * the cue, the words before it the source, the rest of the line the content. Only where the tagger found no attribution
 * in the headline, and not after a colon (a label's, headlineLabel).
 */
export function headlineTitleCase<A extends RawAttribution>(ctx: TokenContext, raws: readonly A[], headline: Sequence | null, lexicon: CueLexicon,
  categories: CategoryLexicon | undefined): A[] {
  if (!headline || raws.some((a) => a.content.first < headline.end && a.content.last >= headline.start)) return [...raws];
  const { text, tokens } = ctx;
  if (!titleCase(text, tokens, headline)) return [...raws];
  let last = headline.end - 1;
  while (last > headline.start && tokens[last]!.pos === 'PUNCT') last--;
  for (let k = headline.start + 1; k <= Math.min(headline.start + TITLE_SOURCE_MAX, last - 2); k++) {
    const w = text.slice(tokens[k]!.start, tokens[k]!.end);
    // (The source is a noun phrase: no question word before it, no "To", "As", "In" … in it: "Bernie Sanders To Release Medical
    // Records", "U.S. Flexes Muscles As Asia Worries", "How Paul Ryan Thinks".)
    if (w === ':' || tokens[k]!.pos === 'AUX' || NOT_IN_SOURCE.has(w.toLowerCase()) || (k === headline.start + 1 && QUESTION_WORD.test(text.slice(tokens[headline.start]!.start, tokens[headline.start]!.end)))) break;
    if (!THIRD_PERSON.test(w)) continue;
    // (Its lemma as a verb's: the tagger read the word as a proper noun, which keeps its form.)
    const lemma = lemmatize(w.toLowerCase(), 'VERB');
    if (!TITLE_VERBS.has(categories?.get(lemma) ?? 0) && (lexicon.get(lemma) ?? 0) < TITLE_CUE_RATIO) continue;
    // ("Warns Of", "Speaks About": the preposition is the cue's.)
    const c = TITLE_PARTICLE.has(text.slice(tokens[k + 1]!.start, tokens[k + 1]!.end).toLowerCase()) ? k + 1 : k;
    const added = { source: { role: 'SRC', first: headline.start, last: k - 1 }, cue: { role: 'CUE', first: k, last: c }, content: { role: 'CON', first: c + 1, last } } as A;
    return [...raws, added].sort((a, b) => a.content.first - b.content.first);
  }
  return [...raws];
}
