/**
 * The span of a source as written: what the tagger read as the source, without what is no part of who spoke (a
 * dateline, a conjunction, a phrase the sentence opens with, an adverb or a time after the name, a discourse phrase
 * set off after it), with the names it is coordinated with; and the company a headline's ticker stands for.
 */
import type { Token } from '../../document/layers.js';
import type { Span } from '../../document/span.js';
import type { TokenSpan } from './assemble.js';
import { RELATIVES } from './rules.js';
import { CALENDAR } from './speaker.js';

/** A dash that sets a dateline or a label off before the source. */
const DASH = /^(?:[–—]|--?)$/;

/** Conjunctions a source may be read with: "but securities sources said". */
const CONJUNCTION = /^(?:but|and|or|yet|so)$/;

/**
 * A source without a leading dateline ("Moscow, SANA – Putin"), conjunction or trailing punctuation, and
 * with the names it is coordinated with ("Putin and Rouhani:", where the tagger took
 * "Rouhani" alone).
 */
export function trimSource(text: string, tokens: readonly Token[], s: TokenSpan, cue: TokenSpan | null = null): TokenSpan {
  let first = s.first;
  // (A dash between two words without spaces joins them: "the Harvard–Smithsonian Center".)
  const joins = (k: number) => k > 0 && tokens[k - 1]!.end === tokens[k]!.start && tokens[k]!.end === tokens[k + 1]!.start;
  for (let k = s.first; k < s.last; k++) if (DASH.test(tokens[k]!.norm) && !joins(k)) first = k + 1;
  if (first === s.first) first = coordinatedFrom(tokens, first);
  while (first < s.last && CONJUNCTION.test(tokens[first]!.norm)) first++;
  // "Afterwards Penny said", "Yesterday Smith told …": an adverb of time before the name of the one who speaks is no part
  // of the source (the tagger reads a capitalised one at a sentence's start as part of the name).
  if (first < s.last && TIME_ADVERBS.has(tokens[first]!.norm) && tokens[first + 1]!.pos === 'PROPN') first++;
  // "…, which analysts said …", "which Trump denied": the relative pronoun is what was said of, not who said it (but
  // "which considers the US biased" is the relative's own deed).
  const modifier = (k: number) => tokens[k]!.pos === 'VERB' && /ing$/.test(tokens[k]!.norm) && k + 1 <= s.last && tokens[k + 1]!.pos === 'NOUN';
  if (first < s.last && tokens[first]!.norm === 'which' && (OBJECT_RELATIVE_NEXT.has(tokens[first + 1]!.pos) || modifier(first + 1))) first++;
  // "For several days Iran denied …": how long, before the one who speaks, is no part of the source.
  const span = (k: number) => DURATION_AMOUNT.test(tokens[k]!.norm) && k + 1 < s.last && DURATION_UNIT.test(tokens[k + 1]!.norm) ? k + 2 : k;
  if (first < s.last && tokens[first]!.norm === 'for' && span(first + 1) > first + 1) first = span(first + 1);
  else first = span(first);
  first = afterLeadPhrase(text, tokens, first, s.last);
  let last = s.last;
  // (Nor are adverbs after it: "I really did not know", "he also said".)
  while (last > first && (/^[,;:–—-]$/.test(tokens[last]!.norm) || (tokens[last]!.pos === 'ADV' && /^\p{Ll}/u.test(text[tokens[last]!.start]!)))) last--;
  // "One official, who asked to remain anonymous, told Reuters": the relative pronoun after the name opens a clause of its own,
  // closed before the cue (not "Mr. Obama, who has long argued that …", where it is the cue's own subject).
  if (cue && last - 1 > first && /^(?:who|which)$/.test(tokens[last]!.norm) && tokens[last - 1]!.norm === ',' && cue.first > last
    && tokens.slice(last + 1, cue.first).some((t) => t.norm === ',')) last -= 2;
  // Nor is when it was said, right after the name ("Doumeng last month said", "The Fed in February said", "Salant today
  // reported"; not a participle's time, "a survey released last week").
  last = beforeTime(text, tokens, first, last);
  // A discourse phrase set off after the name ("Kremlin spokesman Dmitry Peskov, in turn, said") is no part of it.
  for (let k = last; k > first + 1; k--) {
    if (tokens[k - 1]!.norm !== ',') continue;
    const tail = tokens.slice(k, last + 1).map((t) => t.norm).join(' ');
    if (DISCOURSE_TAIL.test(tail)) last = k - 2;
    break;
  }
  // A headline's "Xi meets Lula, calls for closer cooperation": the one who does the first deed speaks, not the one met.
  const names = (a: number, b: number) => { for (let k = a; k <= b; k++) if (tokens[k]!.pos !== 'PROPN') return false; return true; };
  for (let k = first + 1; k < last; k++) {
    if (tokens[k]!.pos === 'VERB' && /[^s]s$/.test(tokens[k]!.norm) && names(first, k - 1) && names(k + 1, last)) return { ...s, first, last: k - 1 };
  }
  return { ...s, first, last };
}

/**
 * Where the source starts after a phrase that a preposition opening the sentence begins ("In a filing with the
 * Securities and Exchange Commission, the group, led by …, said", "Under terms of the agreement, Pilgrim … said",
 * "In today's statement Diamant Boart said", "At midday today Hughes said"): that phrase says where, when or how it
 * was said, not who said it. Set off by a comma, the source is what follows the comma; without one, the name that ends
 * the span. `first` when there is no such phrase (nor after "according to", whose object is the source).
 */
function afterLeadPhrase(text: string, tokens: readonly Token[], first: number, last: number): number {
  const p = tokens[first]!.pos === 'ADP' && LEAD_PREPOSITIONS.has(tokens[first]!.norm) ? first
    : first > 0 && tokens[first - 1]!.pos === 'ADP' && LEAD_PREPOSITIONS.has(tokens[first - 1]!.norm) ? first - 1 : -1;
  if (p < 0 || !opensSentence(text, tokens, p) || (tokens[p]!.norm === 'at' && /^(?:least|most)$/.test(tokens[p + 1]?.norm ?? ''))) return first;
  // (The comma that closes the phrase is one a noun phrase follows: not one of its own clause, "his letter, made
  // available at the Treasury, Volcker", "a letter to …, which was included in the SEC filing, General Partners
  // officials", nor a place's region, "In Woodbridge, N.J., Supermarkets General".)
  for (let k = p + 2; k < last; k++) {
    if (tokens[k]!.norm !== ',') continue;
    const next = tokens[k + 1]!;
    if (NOUN_PHRASE_START.has(next.pos) && !RELATIVES.has(next.norm) && !(next.norm.endsWith('.') && tokens[k + 2]?.norm === ',')) return k + 1;
  }
  if (tokens.slice(p + 2, last).some((t) => t.norm === ',')) return first;
  if (tokens[last]!.pos !== 'PROPN') return first;
  let k = last;
  while (k > p + 2 && tokens[k - 1]!.pos === 'PROPN' && !CALENDAR.test(tokens[k - 1]!.norm)) k--;
  if (CALENDAR.test(tokens[k]!.norm)) return first;
  // The name follows the phrase's last word ("signed in February the Saudis" with its article), not a preposition of its
  // own ("institute in Hamburg"), nor only its article ("the Fed").
  const ends = (t: Token) => NAME_AFTER.has(t.pos) || CALENDAR.test(t.norm) || /self$/.test(t.norm);
  if (ends(tokens[k - 1]!)) return k;
  return tokens[k - 1]!.norm === 'the' && k - 2 > p && ends(tokens[k - 2]!) ? k - 1 : first;
}

/** What the name of a source may follow at the end of a phrase before it: "statement Diamant Boart", "today Hughes", "1986 Smith". */
const NAME_AFTER: ReadonlySet<string> = new Set(['NOUN', 'ADV', 'NUM']);

/** What a noun phrase may begin with. */
const NOUN_PHRASE_START: ReadonlySet<string> = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM']);

/** Prepositions that may open a sentence with where, when or how something was said, before its source. */
const LEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'during', 'after', 'following', 'under', 'through', 'before', 'since', 'amid', 'upon']);

/** Does token k open its sentence (the text's first, or after a sentence's end or a line break)? */
function opensSentence(text: string, tokens: readonly Token[], k: number): boolean {
  if (!/^\p{Lu}/u.test(text[tokens[k]!.start] ?? '')) return false;
  if (k === 0) return true;
  return /^[.!?]$/.test(tokens[k - 1]!.norm) || text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n');
}

/**
 * The last token of a source before the time at its end ("Doumeng last month", "The European Community (EC) yesterday",
 * "The Justice Department in January"), when a name or a noun comes before that time; `last` otherwise.
 */
function beforeTime(text: string, tokens: readonly Token[], first: number, last: number): number {
  let k = last;
  // ("USA Today" is a name.)
  if (TIME_WORD.test(tokens[k]!.norm) && !(TIME_ADVERB.test(tokens[k]!.norm) && /^\p{Lu}/u.test(text[tokens[k]!.start]!))) {
    k--;
    if (k > first && TIME_BEFORE.has(tokens[k]!.norm)) k--;
  } else if (TIME_UNIT.test(tokens[k]!.norm) && k - 1 > first && TIME_BEFORE.has(tokens[k - 1]!.norm)) k -= 2;
  // ("a CNN/ORC poll the same month", "the governor the same day".)
  else if (/^(?:day|week|month|year)$/.test(tokens[k]!.norm) && k - 2 > first && tokens[k - 1]!.norm === 'same' && tokens[k - 2]!.norm === 'the') k -= 3;
  else return last;
  const head = tokens[k];
  // (A name at a sentence's start may be tagged as another word: "Doumeng/VERB last month said".)
  const named = head && (head.pos === 'PROPN' || head.pos === 'NOUN' || head.pos === 'PRON' || head.norm === ')' || /^\p{Lu}/u.test(text[head.start]!));
  if (k < first || !named || CALENDAR.test(head.norm)) return last;
  // (The time of a clause in the source is that clause's: "Knox, who arrived in Argentina last Thursday", "data released by
  // MOTIE in August".)
  for (let i = first; i < k; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return last;
  return k;
}

/** Times that are adverbs, in lower case unless in a name ("USA Today"). */
const TIME_ADVERB = /^(?:yesterday|today|tonight)$/;

/** A time a source may end with: a day, a month, "yesterday", "today" (after TIME_BEFORE, or alone). */
const TIME_WORD = /^(?:yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|september|october|november|december)$/;
/** A unit of time after "last" or "this" ("last month", "this week"). */
const TIME_UNIT = /^(?:week|month|year|weekend)$/;
/** Words before a time: "in January", "on Monday", "last week", "earlier this week" (the last word only). */
const TIME_BEFORE: ReadonlySet<string> = new Set(['in', 'on', 'last', 'this', 'early', 'late']);

/**
 * The company whose ticker in angle brackets ends right before the cue, named from the start of its line ("TANDEM
 * COMPUTERS <TNDM>" for the ">" the tagger read as the source of "SEES"); null when the punctuation closes no such ticker.
 */
export function tickerOwner(text: string, span: Span, cue: Span | null): Span | null {
  if (!cue || text.slice(span.start, span.end) !== '>' || !/^\s*$/.test(text.slice(span.end, cue.start))) return null;
  const lineStart = text.lastIndexOf('\n', span.start) + 1;
  const m = TICKER_AFTER_NAME.exec(text.slice(lineStart, span.end));
  return m ? { start: lineStart + m.index, end: span.end } : null;
}

/** A name and the ticker in angle brackets after it, at the end of a line's start ("TANDEM COMPUTERS <TNDM>", "GENERAL MILLS<GIS>"). */
const TICKER_AFTER_NAME = /[\p{Lu}\p{N}][\p{Lu}\p{N}.&'’ -]*?\s*<[\p{Lu}\p{N}.]{1,8}>$/u;

/** Adverbs of time that may open a sentence before its speaker's name. */
const TIME_ADVERBS: ReadonlySet<string> = new Set(['afterwards', 'afterward', 'later', 'earlier', 'then', 'now', 'meanwhile', 'separately', 'finally',
  'again', 'yesterday', 'today', 'tonight', 'previously', 'subsequently', 'recently', 'initially', 'eventually']);

/** What follows a "which" that is the object of the cue after it: the subject of the relative clause ("leading forecasts" too). */
const OBJECT_RELATIVE_NEXT = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON']);

/** How long, before a source: "several days", "two weeks", "many years". */
const DURATION_AMOUNT = /^(?:several|many|some|few|a|\d+|two|three|four|five|six|seven|eight|nine|ten)$/;
const DURATION_UNIT = /^(?:hours|days|weeks|months|years|decades)$/;

/** Words set off after a source that only link it to what came before: "in turn", "for his part", "meanwhile". */
const DISCOURSE_TAIL = /^(?:in turn|for (?:his|her|its|their) part|meanwhile|however|too|also|in response|in reply|for example|in a statement)$/;

/**
 * Where a list of names ending with the one at `first` starts: "Putin and Rouhani", "La
 * Riva, Hawkins and Carroll" (names are runs of proper nouns a space apart); `first` when
 * the name does not end such a list.
 */
function coordinatedFrom(tokens: readonly Token[], first: number): number {
  // (A day or a month is no name: "on Wednesday and Citicorp said".)
  const name = (k: number) => k >= 0 && tokens[k]!.pos === 'PROPN' && !CALENDAR.test(tokens[k]!.norm);
  const near = (a: number, b: number) => tokens[b]!.start - tokens[a]!.end <= 1;
  let conn = first - 1;
  // (Not ", and": "…, and Trump said" joins two clauses more often than it ends a list.)
  if (!name(first) || conn < 1 || !/^(?:and|&)$/.test(tokens[conn]!.norm) || tokens[conn - 1]!.norm === ',') return first;
  let start = first;
  for (;;) {
    let j = conn - 1;
    if (!name(j)) break;
    while (name(j - 1) && near(j - 1, j)) j--;
    start = j;
    conn = j - 1;
    if (conn < 1 || tokens[conn]!.norm !== ',') break;
  }
  return start;
}
