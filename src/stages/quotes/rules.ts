/**
 * Corrections to the tagger's attributions that follow from the structure of the
 * sentence rather than from learned weights, applied in this order by index.ts:
 *  - splitParticiples: a participial cue inside a content ("…, affirming that …",
 *    "…, adding that …") starts an attribution of its own, whose speaker is the
 *    clause's subject;
 *  - attributeQuotes: a quotation the tagger left unattributed, with a speech verb in
 *    its sentence (or a sentence ending in a colon before it), is attributed by it;
 *  - extendToRegions: a content reaching into a quotation covers all of it (over
 *    several paragraphs too);
 *  - accordingTo: "According to X, …" and "…, according to X" (inside a quotation, the
 *    quoted words before it); accordingToNames: its source runs to the comma where the
 *    tagger cut it inside a name ("the Centers for" + "Disease Control and Prevention, …");
 *  - transcriptLines: "PENCE: …" lines (not an image credit: "Reuters Photo: …");
 *    headlineLabel: a headline's role label before a colon ("UN chief: …");
 *  - signedQuotes: "“…” ― Sonya Herridge";
 *  - embeddedPosts: a social-media post printed in the page, signed "— Robert Maguire (@RobertMaguire_) November 18, 2019";
 *  - clauseFallback: "SUBJECT VERB [that] CLAUSE" in sentences the tagger left empty;
 *  - extendClauses: an indirect content runs to the end of its sentence;
 *  - quotedAsSaying: "X was quoted by RIA Novosti as saying that …" has "as saying" in its cue;
 *  - sourceFallback: a cue without a source takes the name or pronoun next to it, or the
 *    subject of the clause a participle or a joined verb continues (clauseSubject), also
 *    where the tagger took that subject for content, or the phrase after an inverted cue
 *    ("“…,” said the ruling."); a participle's source that is the object of a verb or
 *    preposition gives way to that subject;
 *  - subjectlessCues: passive, raising and sentence-opening participial cues do not speak
 *    for the noun phrase before (or after) them (a raising verb going on to a verb of
 *    speech, thought or intent does: "seemed to think"); a passive's "by" agent does. Evidential
 *    adverbs ("reportedly"), an expletive "it" with an adjective or a passive ("it is unclear",
 *    "it was announced that"), naming participles ("known as") and nouns with a noun phrase
 *    far after them name no speaker.
 * orphanCues, applied right after splitParticiples, gives a content to a cue the tagger
 * found but joined none to ("…, sources said.", "The governor added:").
 */
import type { Token } from '../../document/layers.js';
import { firstIndex, type Span } from '../../document/span.js';
import type { RawAttribution, TokenSpan } from './assemble.js';
import { CUE_THRESHOLD, lemmaOf, type Sequence, type TokenContext } from './features.js';
import { CATEGORIES } from './lexicon.js';
import { SIGN_DASH } from './kind.js';
import type { QuoteRegion } from './marks.js';

/** Category number (features.ts) of the verbs of speech. */
const SPEECH = CATEGORIES.indexOf('speech') + 1;
/** Category number of the nouns of people who speak for others (spokesman, official). */
const SOURCE = CATEGORIES.indexOf('source') + 1;
const INTENT = CATEGORIES.indexOf('intent') + 1;

/** Attributions whose speaker is the subject of the clause before (participial cues). */
export type Attribution = RawAttribution & {
  readonly inherits?: boolean;
  /** A transcript turn (transcriptLines): its speaker is the "I" of the paragraphs up to the next turn. */
  readonly turn?: boolean;
  /** An answer of an interview printed as questions and answers without labels: the one interviewed speaks it. */
  readonly answer?: boolean;
  /** A line a transcript labels as an answer ("A:") or a question ("Q:"), whoever the text says answers or asks. */
  readonly qa?: 'question' | 'answer';
  /** A poll's finding ("In a CBS News poll, she led …", polls.ts): its pattern is its evidence, whatever the confidence filter makes of "in". */
  readonly poll?: boolean;
  /** A saying put before its source ("Said Ellis: “…”", fronted.ts): the words after the verb are its subject, no participle's. */
  readonly fronted?: boolean;
};

/** Is token k a participial cue after a comma (or after a closing mark with a comma before it)? */
function participleAt(ctx: TokenContext, k: number): number {
  const { tokens, cue, quote } = ctx;
  const t = tokens[k]!;
  if (k < 1 || !/ing$/.test(t.norm) || cue[k]! < CUE_THRESHOLD) return -1;
  if (tokens[k - 1]!.norm === ',') return k - 2;
  if (quote[k - 1] === 3 && k >= 2 && tokens[k - 2]!.norm === ',') return k - 1;
  return -1;
}

export function splitParticiples(ctx: TokenContext, raws: readonly RawAttribution[]): Attribution[] {
  const { tokens } = ctx;
  const out: Attribution[] = [];
  for (const a of raws) {
    let first = a.content.first;
    let cur: Attribution = a;
    for (let k = a.content.first + 1; k < a.content.last - 1; k++) {
      const end = participleAt(ctx, k);
      if (end < first || tokens[k + 1]!.norm !== 'that') continue;
      // The part before a participle that is this attribution's own cue is not its content.
      const own = cur.cue !== null && cur.cue.first === k;
      out.push(own ? { content: { role: 'CON', first, last: end }, cue: null, source: null } : { ...cur, content: { role: 'CON', first, last: end } });
      cur = { content: { role: 'CON', first: k + 1, last: a.content.last }, cue: { role: 'CUE', first: k, last: k }, source: null, inherits: true };
      first = k + 1;
    }
    out.push(cur.content.first === a.content.first ? a : { ...cur, content: { role: 'CON', first, last: a.content.last } });
  }
  // A participial cue with a comma before it speaks for the clause's subject.
  return out.map((a) => {
    if (!a.cue || a.inherits) return a;
    const k = a.cue.first;
    // Its source is the subject's only when that subject already speaks through another cue.
    if (participleAt(ctx, k) < 0 || (a.source && a.source.last >= k)) return a;
    const src = a.source;
    const shared = !src || out.some((b) => b !== a && b.source && b.source.first === src.first && b.source.last === src.last);
    return shared ? { ...a, source: null, inherits: true } : a;
  });
}

/** Token range [first, last] of a character span, or null. */
function tokenRange(ctx: TokenContext, start: number, end: number): [number, number] | null {
  const { tokens } = ctx;
  const lo = firstIndex(tokens.length, (i) => tokens[i]!.end > start);
  let last = lo - 1;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  return last >= lo ? [lo, last] : null;
}

const inside = (x: TokenSpan | null, first: number, last: number) => x !== null && x.first >= first && x.last <= last;

/**
 * A content that reaches into a quotation covers all of it (a quotation over
 * several paragraphs is one content), and attributions without a cue or speaker
 * of their own that it then covers are folded into it.
 */
export function extendToRegions(ctx: TokenContext, regions: readonly QuoteRegion[], raws: readonly Attribution[]): Attribution[] {
  const ranges = regions.map((r) => tokenRange(ctx, r.start, r.end)).filter((x): x is [number, number] => x !== null).sort((a, b) => a[0] - b[0]);
  // The greatest last token of the ranges up to each: those before the first one reaching a content's start end before it.
  const reach = upTo(ranges.map((r) => r[1]));
  const ext = raws.map((a) => {
    let { first, last } = a.content;
    for (let i = firstAtLeast(reach, first); i < ranges.length && ranges[i]![0] <= last; i++) {
      const [f, l] = ranges[i]!;
      if (l < first) continue;
      if (inside(a.cue, f, l) || inside(a.source, f, l)) continue;
      first = Math.min(first, f);
      last = Math.max(last, l);
    }
    return first === a.content.first && last === a.content.last ? a : { ...a, content: { role: 'CON' as const, first, last } };
  });
  ext.sort((a, b) => a.content.first - b.content.first || b.content.last - a.content.last);
  const out: Attribution[] = [];
  // The greatest content end of out up to each: the first that holds a later content is the first reaching its end.
  const outReach: number[] = [];
  for (const a of ext) {
    const at = firstAtLeast(outReach, a.content.last);
    const host = at < out.length ? out[at]! : undefined;
    if (host && (!a.cue || !a.source || inside(a.cue, host.content.first, host.content.last))) continue;
    out.push(a);
    outReach.push(Math.max(outReach[outReach.length - 1] ?? -Infinity, a.content.last));
  }
  return out;
}

/** The running maximum of xs. */
function upTo(xs: readonly number[]): number[] {
  const out: number[] = [];
  for (const x of xs) out.push(Math.max(out[out.length - 1] ?? -Infinity, x));
  return out;
}

/** Index of the first value of a non-decreasing list that is at least x, or its length. */
const firstAtLeast = (xs: readonly number[], x: number) => firstIndex(xs.length, (i) => xs[i]! >= x);

/** Does a span of the attribution (content, cue or source) reach into tokens [first, last]? */
const touches = (a: Attribution, first: number, last: number) =>
  (a.content.first <= last && first <= a.content.last) || (a.cue !== null && a.cue.first <= last && first <= a.cue.last)
  || (a.source !== null && a.source.first <= last && first <= a.source.last);

/** Longest noun phrase after an inverted cue ("said the ruling") taken for its source, in tokens. */
const INVERTED_MAX = 8;

/**
 * A sourceless attribution whose content is a quotation closed right before its cue
 * ("“…,” said"), or an indirect content before a comma and a cue that reports words
 * ("Prices will rise, said the minister."), and runs on after the cue to the end of the
 * sentence over a short phrase without a verb: that phrase is the source, and the content
 * ends before the cue.
 */
function invertedSource(ctx: TokenContext, a: Attribution): Attribution | null {
  const { tokens, quote, sent } = ctx;
  const cue = a.cue!;
  if (a.content.first >= cue.first || a.content.last <= cue.last) return null;
  let b = cue.first - 1;
  const comma = b >= 0 && tokens[b]!.norm === ',';
  if (comma) b--;
  // (Or an indirect content before a comma and a cue that reports words: "Prices will rise, said the minister.")
  // (Not a participle, "…, adding …", whose source is its clause's subject.)
  const indirect = comma && quote[b] === 0 && !a.inherits && !/ing$/.test(tokens[cue.first]!.norm) && a.content.first < b && sent[a.content.first] === sent[cue.first] && reportsWords(ctx, cue);
  if (b < 0 || (quote[b] !== 3 && !indirect)) return null;
  const s = ctx.sentRange[sent[cue.first]!]!;
  const end = lastWord(ctx, s);
  // The content ends with the sentence, or runs on into a quotation that opens the next one (the speaker's
  // words go on: '"…," said a protester. "…"'), which stays the content's.
  const goesOn = a.content.last > end && s.end < tokens.length && quote[s.end] === 2;
  if ((a.content.last !== end && !goesOn) || end - cue.last > INVERTED_MAX) return null;
  // A short phrase without a verb of its own: a participle after its noun ("a protester using the pseudonym Katya") is the phrase's.
  if (!verbless(ctx, cue.last + 1, end, true)) return null;
  return { ...a, source: { role: 'SRC', first: cue.last + 1, last: end }, content: goesOn ? a.content : { ...a.content, last: b } };
}

/**
 * An attribution whose source stands before a comma and its cue, in the clause that opens the sentence, and whose content
 * is a short phrase without a verb after the cue to the end of the sentence (", argued the government's lawyer, Richard
 * Keen."): the phrase is the source, the clause before the comma the content. Only for a cue that reports words, outside
 * quotation marks.
 */
function swappedSource(ctx: TokenContext, a: Attribution): Attribution | null {
  const { tokens, quote, sent } = ctx;
  const cue = a.cue!;
  const src = a.source!;
  const b = cue.first - 1;
  if (b < 1 || tokens[b]!.norm !== ',' || src.last >= b || a.content.first <= cue.last || quote[a.content.first] !== 0) return null;
  if (/ing$/.test(tokens[cue.first]!.norm) || !reportsWords(ctx, cue)) return null;
  const s = ctx.sentRange[sent[cue.first]!]!;
  const end = lastWord(ctx, s);
  if (a.content.last !== end || end - cue.last > INVERTED_MAX || sent[src.first] !== sent[cue.first]) return null;
  if (!verbless(ctx, cue.last + 1, end, false)) return null;
  let first = s.start;
  while (first < b && tokens[first]!.pos === 'PUNCT') first++;
  return first < src.first ? { ...a, source: { role: 'SRC', first: cue.last + 1, last: end }, content: { role: 'CON', first, last: b - 1 } } : null;
}

/** Most tokens of a source the tagger ran a content on into, after its last comma (and a name before it). */
const RUN_ON_SOURCE_MAX = 12;
/** Most words of a name before a source's apposition ("Gilberto Arango, president of …"). */
const TAIL_NAME_MAX = 6;
/** Most tokens after such a cue to the end of its sentence ("said recently", "told Reuters"). */
const TAIL_AFTER = 3;
/** Personal pronouns that may be a saying's subject. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
/** Words after a content's comma to the sentence's end that may be a saying's tail (its source, the verb, "told Reuters"). */
const SAYING_TAIL_WORDS = 10;

/**
 * A sourceless attribution whose indirect content runs on, after a comma or a closing quotation mark, into a phrase without
 * a verb right before its cue at the end of the sentence ("… to reach agreement on export quotas, Gilberto Arango, president
 * of Colombia's private coffee exporters' association, said.", "…,\" central bank president Carlos Julio Emanuel said."): the
 * phrase (with a name before it and a comma) is the source, and the content ends before it. Only for a phrase that names
 * someone and a cue that reports words.
 */
function tailSource(ctx: TokenContext, a: Attribution, clauseEnd = -1, pronouns = false): Attribution | null {
  const { tokens, quote, sent } = ctx;
  const cue = a.cue!;
  const c = a.content;
  // (Right before the cue, or before a comma and the cue: "…, president of the association, said.")
  const before = cue.first - 1 - (tokens[cue.first - 1]?.norm === ',' && quote[cue.first - 1] === 0 ? 1 : 0);
  if (c.last !== before || c.last - c.first < 4 || quote[c.last] !== 0 || /ing$/.test(tokens[cue.first]!.norm) || !reportsWords(ctx, cue)) return null;
  // (The saying's clause ends with its sentence, or where the caller says: before ", adding …".)
  const end = clauseEnd >= 0 ? clauseEnd : lastWord(ctx, ctx.sentRange[sent[cue.first]!]!);
  if (end - cue.last > TAIL_AFTER) return null;
  if (verbIn(ctx, cue.last + 1, end, true)) return null;
  const boundary = (k: number) => (tokens[k]!.norm === ',' && quote[k] === 0) || quote[k] === 3;
  let k = c.last;
  while (k > c.first && !boundary(k)) k--;
  // (A personal pronoun alone is a source too when the caller allows it: "Closing is expected March 17, it said." So is a
  // phrase whose first word the tagger read as a verb before a noun, "trade/VERB sources".)
  const pronoun = pronouns && c.last === k + 1 && SUBJECT_PRONOUNS.has(tokens[c.last]!.norm);
  const modifier = k + 2 <= c.last && tokens[k + 1]!.pos === 'VERB' && tokens[k + 2]!.pos === 'NOUN' && ctx.lemmas[k + 1] === tokens[k + 1]!.norm;
  if (k <= c.first + 1 || c.last - k > RUN_ON_SOURCE_MAX || !(pronoun || verbless(ctx, modifier ? k + 2 : k + 1, c.last, false))) return null;
  // (A name before the apposition: "Gilberto Arango, president of …", "the Federal Office of Industry, Trade and Labour".)
  let first = k + 1;
  if (quote[k] === 0) {
    let j = k - 1;
    while (j > c.first && !boundary(j)) j--;
    const named = j > c.first && k - j - 1 <= TAIL_NAME_MAX && Array.from({ length: k - j - 1 }, (_, x) => tokens[j + 1 + x]!).every((t) => t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'ADP');
    if (named && (tokens[j + 1]!.pos === 'PROPN' || tokens[j + 2]?.pos === 'PROPN')) first = j + 1;
  }
  // (Someone: a name, a word for those who speak, "analysts", "officials", or a personal pronoun alone, "…, it said"; not
  // "…, more than the 22.4 pct fall originally reported".)
  let someone = pronoun && first === c.last;
  for (let x = first; x <= c.last && !someone; x++) someone = tokens[x]!.pos === 'PROPN' || ctx.cat[x] === SOURCE;
  if (!someone) return null;
  // What stays the content is a clause (it has a verb).
  let last = first - 1;
  while (last > c.first && (tokens[last]!.norm === ',' && quote[last] === 0)) last--;
  return verbIn(ctx, c.first, last) ? { ...a, source: { role: 'SRC', first, last: c.last }, content: { ...c, last } } : null;
}

/**
 * "The Brazilian Coffee Institute, IBC, is unlikely to disclose its export policy until next week, trade sources said.",
 * "Taiwan's maize imports are expected to rise to 970,000 tonnes …, a spokesman for the importers told Reuters.": a
 * sentence that closes with its own saying (a phrase naming someone, then a verb that reports words) whose words the
 * tagger read as an attribution inside them, its content run on over the saying. The saying is an attribution of its own
 * (its source and cue as tailSource reads them, the sentence before it its content); the attribution inside keeps its
 * words before the saying, and one with no source of its own (a passive's "are expected") is the saying's alone.
 */
export function trailingSaying(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, sent, sentRange, quote } = ctx;
  let out: Attribution[] | null = null;
  for (let i = 0; i < raws.length; i++) {
    const a = raws[i]!;
    const c = a.content;
    const s = sentRange[sent[c.last]!]!;
    // The saying's verb: at most TAIL_AFTER words before the sentence's end ("said", "told Reuters"), after the cue. The
    // content runs on over it, or stops at the comma before a short tail that holds it ("Officials … are expected to meet
    // tomorrow, banking sources said.", whose source the passive's sourceless cue had lost).
    const end = lastWord(ctx, s);
    // (Or it runs on over the saying's source alone: "Miners … have called a strike …, union sources" + "said".)
    const beforeTail = c.last < end && ((tokens[c.last + 1]!.norm === ',' && quote[c.last + 1] === 0 && end - c.last <= SAYING_TAIL_WORDS)
      || (end - c.last <= TAIL_AFTER && saysAt(ctx, c.last + 1)));
    const closes = !!a.cue && !a.turn && quote[c.last] === 0 && (c.last === end || beforeTail);
    let v = end;
    if (closes) while (v > a.cue!.last && end - v <= TAIL_AFTER && !saysAt(ctx, v)) v--;
    const saying = closes && v > a.cue!.last && saysAt(ctx, v) && !raws.some((b) => b.cue?.first === v)
      ? tailSource(ctx, { source: null, cue: { role: 'CUE', first: v, last: v }, content: { role: 'CON', first: s.start, last: v - 1 } }, -1, !a.source) : null;
    if (!saying || saying.source!.first <= a.cue!.last || !onePhrase(ctx, saying.source!)) {
      out?.push(a);
      continue;
    }
    out ??= raws.slice(0, i);
    // (An attribution inside with the saying's source for its own, or none, was the saying misread.)
    let last = saying.source!.first - 1;
    while (last > c.first && tokens[last]!.norm === ',' && quote[last] === 0) last--;
    if (a.source && !(a.source.first <= saying.source!.last && saying.source!.first <= a.source.last) && last > c.first) out.push({ ...a, content: { ...c, last } });
    out.push(saying);
  }
  return out ?? [...raws];
}

/**
 * "A total of 39 are confirmed dead, officials told state media, adding that rescuers ended their work yesterday.", "The
 * U.K. exported 535,460 tonnes of wheat in January, the Home Grown Cereals Authority (HGCA) said, quoting adjusted Customs
 * figures.": a saying between a clause and a participle that goes on with it, which the tagger read as no cue, the
 * participle's source running over it (or over the whole clause). The saying is an attribution of its own (its source and
 * cue as tailSource reads them, the sentence before them its content), whose source the participle's is too; an attribution
 * inside that clause with no source of its own ("are confirmed" + "dead") was the saying misread, and gives way.
 */
export function sayingBeforeParticiple(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, sent, sentRange, quote, lemmas } = ctx;
  let out: Attribution[] | null = null;
  for (const a of raws) {
    const p = a.cue?.first ?? -1;
    // The participle: a reporting or relaying verb's "-ing" after a comma ("adding", "quoting"), its source before the comma.
    if (p < 2 || !a.source || a.source.last >= p - 1 || !/ing$/.test(tokens[p]!.norm) || !(REPORTING.has(lemmas[p]!) || RELAYING.has(lemmas[p]!))
      || tokens[p - 1]!.norm !== ',' || quote[p - 1] !== 0) continue;
    // The saying's verb: in the participle's source or after it, at most TAIL_AFTER tokens before the comma, no one's cue.
    let v = p - 2;
    while (v > a.source.first && p - 2 - v < TAIL_AFTER && !saysAt(ctx, v)) v--;
    if (!saysAt(ctx, v) || /ing$/.test(tokens[v]!.norm) || cueHolds(out ?? raws, v) || sent[p] !== sent[v]) continue;
    let first = sentRange[sent[v]!]!.start;
    while (first < v && tokens[first]!.pos === 'PUNCT' && quote[first] === 0) first++;
    const saying = tailSource(ctx, { source: null, cue: { role: 'CUE', first: v, last: v }, content: { role: 'CON', first, last: v - 1 } }, p - 2);
    // (The participle's source holds the saying's, or is it: not someone else named before.)
    const src = saying?.source;
    if (!saying || !src || !onePhrase(ctx, src) || a.source.last < src.first || src.last < a.source.first) continue;
    const con = saying.content;
    out ??= [...raws];
    const inside = (b: Attribution) => b !== a && !b.source && !!b.cue && con.first <= b.cue.first && b.content.first >= con.first && b.content.last <= con.last;
    // (The saying before the participle, in the order of the text.)
    out = out.filter((b) => !inside(b)).flatMap((b) => (b === a ? [saying, { ...a, source: src }] : [b]));
  }
  return out ?? [...raws];
}

/** Is token k a verb that reports words ("said", "told")? */
function saysAt(ctx: TokenContext, k: number): boolean {
  return ctx.tokens[k]!.pos === 'VERB' && REPORTING.has(ctx.lemmas[k]!);
}

/** Is a span one noun phrase: no determiner right after a noun ("… in corporate earnings statements the official")? */
function onePhrase(ctx: TokenContext, s: TokenSpan): boolean {
  for (let k = s.first + 1; k <= s.last; k++) {
    const prev = ctx.tokens[k - 1]!.pos;
    if (ctx.tokens[k]!.pos === 'DET' && (prev === 'NOUN' || prev === 'PROPN')) return false;
  }
  return true;
}

/** Whether tokens [from, end] hold a verb (or, with `quoted`, a word inside quotation marks). */
export function verbIn(ctx: TokenContext, from: number, end: number, quoted = false): boolean {
  for (let k = from; k <= end; k++) if (ctx.tokens[k]!.pos === 'VERB' || ctx.tokens[k]!.pos === 'AUX' || (quoted && ctx.quote[k] !== 0)) return true;
  return false;
}

/**
 * Whether tokens [from, end] are a phrase outside quotation marks with a noun and no verb of its own (with `participles`,
 * a participle after a noun is the phrase's: "a protester using the pseudonym Katya").
 */
function verbless(ctx: TokenContext, from: number, end: number, participles: boolean): boolean {
  let noun = false;
  for (let k = from; k <= end; k++) {
    const t = ctx.tokens[k]!;
    if (ctx.quote[k] !== 0 || t.pos === 'AUX' || (t.pos === 'VERB' && !(participles && noun && /(?:ing|ed)$/.test(t.norm)))) return false;
    noun ||= t.pos === 'NOUN' || t.pos === 'PROPN';
  }
  return noun || participles;
}

/** Last token of the sentence that is not closing punctuation. */
function lastWord(ctx: TokenContext, s: { start: number; end: number }): number {
  let e = s.end - 1;
  while (e > s.start && ctx.tokens[e]!.pos === 'PUNCT' && ctx.quote[e] !== 3) e--;
  return e;
}

/** Verbs of "quoted X as saying" (by lemma). */
const QUOTED_AS = new Set(['say', 'tell', 'state', 'add', 'warn', 'write', 'describe', 'call']);
/** Verbs that report words, not deeds ("agreed", "urged" may be either), by lemma. */
const REPORTING = new Set(['say', 'tell', 'state', 'announce', 'stress', 'note', 'warn', 'add', 'affirm', 'confirm', 'declare', 'indicate',
  'claim', 'report', 'write', 'explain', 'insist', 'argue', 'charge', 'allege', 'emphasize', 'emphasise', 'underline', 'reiterate', 'deny', 'predict']);
/** Does a cue report words (one of its tokens a REPORTING verb)? */
export function reportsWords(ctx: TokenContext, cue: TokenSpan): boolean {
  for (let k = cue.first; k <= cue.last; k++) if (REPORTING.has(ctx.lemmas[k]!)) return true;
  return false;
}
/** Cues of a medium relaying someone's words: "quoted X as saying", "cited X as saying". */
const RELAYING = new Set(['quote', 'cite']);

/**
 * The attribution a relayed content holds of its own, as that speaker's: "Xinhua quoted a spokesman for the
 * foreign ministry as saying that Beijing supports a political solution" is the spokesman's (source "a
 * spokesman for the foreign ministry", cue "as saying", content "Beijing supports a political solution"), and
 * "Deputy Foreign Minister Sergei Ryabkov said Moscow regretted the decision, according to the RIA news
 * agency" Ryabkov's (cue "said"), as well as the medium's, whose attribution (all the rest its content) stays
 * as it is. titles: the titles (titleSets), of which a one-word one ("leader") may speak. Null when a holds none.
 */
function nestedAttribution(ctx: TokenContext, a: Attribution, titles: ReadonlySet<string>): Attribution | null {
  const { tokens, sent, lemmas, cat } = ctx;
  const { cue, content } = a;
  if (!cue || a.turn) return null;
  const reach = Math.min(content.last - 2, content.first + 25);
  const inner = (source: [number, number], cueAt: [number, number]): Attribution | null => {
    let last = source[1];
    while (last > source[0] && tokens[last]!.pos === 'PUNCT') last--;
    let first = cueAt[1] + 1;
    while (first < content.last && (tokens[first]!.norm === 'that' || /^[,:]$/.test(tokens[first]!.norm))) first++;
    if (first > content.last || last < source[0]) return null;
    return { source: { role: 'SRC', first: source[0], last }, cue: { role: 'CUE', first: cueAt[0], last: cueAt[1] }, content: { role: 'CON', first, last: content.last } };
  };
  // "quoted X as saying …": "as saying" within the words right after the one quoted, in the cue's sentence.
  if (cue.first === cue.last && RELAYING.has(lemmas[cue.first]!) && content.first === cue.last + 1) {
    for (let k = content.first + 1; k <= reach && sent[k] === sent[cue.first]; k++) {
      if (tokens[k]!.norm === 'as' && /ing$/.test(tokens[k + 1]!.norm) && QUOTED_AS.has(lemmas[k + 1]!)) return inner([content.first, k - 1], [k, k + 1]);
    }
    return null;
  }
  // "X said …, according to Z" (and "…, Z reported"): a content outside quotation marks that opens with a
  // subject and a verb of saying, the verb the first of its sentence.
  if (cue.first <= content.last || ctx.quote[content.first] !== 0) return null;
  for (let k = content.first + 1; k <= reach && sent[k] === sent[content.first]; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      // (A name, a speaker's noun or a title right before it, "The Turkish leader said": "the loss reported last
      // week by VW", "details of a program announced yesterday" are participles after a thing.)
      const before = tokens[k - 1]!;
      const speaking = before.pos === 'PROPN' || (before.pos === 'NOUN' && (cat[k - 1] === SOURCE || titles.has(lemmas[k - 1]!)));
      if (!REPORTING.has(lemmas[k]!) || !/ed$|^said$|^told$/.test(t.norm) || !speaking) return null;
      return inner([content.first, k - 1], [k, k]);
    }
    if (t.pos === 'PUNCT' && t.norm !== '.' && t.norm !== '-') return null;
  }
  return null;
}

/**
 * The attributions with each one's nested attribution (nestedAttribution) right after it, and the set of those
 * nested ones. The list is the same one when there are none, as in most documents.
 */
export function withNested(ctx: TokenContext, raws: Attribution[], titles: ReadonlySet<string>): { raws: Attribution[]; nested: ReadonlySet<Attribution> } {
  const nested = new Set<Attribution>();
  let out: Attribution[] | null = null;
  for (let i = 0; i < raws.length; i++) {
    const inner = nestedAttribution(ctx, raws[i]!, titles);
    if (inner) {
      nested.add(inner);
      out ??= raws.slice(0, i);
    }
    if (!out) continue;
    out.push(raws[i]!);
    if (inner) out.push(inner);
  }
  return { raws: out ?? raws, nested };
}

/** Words a name goes on after: a source the tagger ended on one was cut inside a name ("the Centers for" + "Disease Control …"). */
const NAME_GOES_ON = new Set(['of', 'for', 'and', '&', 'the', 'on']);
/** How far the rest of such a name may run to its comma, in tokens. */
const NAME_REST_MAX = 12;

/**
 * "According to the Centers for Disease Control and Prevention in the United States, one out of …": where the tagger ended
 * the source of "according to" on a word a name goes on after and began the content with the rest of the name, or began
 * it with a past participle that goes on with the source (participleAfter), the source runs to the comma and the content
 * starts after it; so where it took a word inside the source for the cue (innerCue).
 */
export function accordingToNames(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, text, quote } = ctx;
  return raws.map((a) => {
    const { cue, source, content: c } = a;
    const inner = innerCue(ctx, a);
    if (inner) return inner;
    const within = accordingWithin(ctx, a);
    if (within) return within;
    if (!cue || !source || cue.last !== cue.first + 1 || tokens[cue.first]!.norm !== 'according' || source.first !== cue.last + 1
      || c.first !== source.last + 1 || quote[c.first] !== 0) return a;
    const open = (k: number) => /^\p{Lu}/u.test(text.slice(tokens[k]!.start, tokens[k]!.end));
    const nameGoesOn = NAME_GOES_ON.has(tokens[source.last]!.norm) && (open(c.first) || (tokens[c.first]!.norm === 'the' && c.first < c.last && open(c.first + 1)));
    if (!nameGoesOn && !participleAfter(ctx, source, c.first)) return a;
    const comma = restComma(ctx, c);
    // (After a participle's phrase, a clause: "…, the Senate cancelled …".)
    if (comma < 0 || (!nameGoesOn && !verbIn(ctx, comma + 1, c.last))) return a;
    return { ...a, source: { ...source, last: comma - 1 }, content: { ...c, first: comma + 1 } };
  });
}

/**
 * "Prices, according to the ministry, have risen since March", "Women, who make up 16% of …, according to nonprofit CNA,
 * have been serving …": where "according to" with its source is set off by commas inside a clause, and the tagger read
 * the clause's subject before it as the content and the rest of the clause as the source's, the source ends at its
 * comma, and the content runs on over the frame to the clause's end (its parts the words on either side). Only where an
 * auxiliary or a finite verb opens what follows the comma (not "the report, released on Monday" nor "Smith, a spokesman").
 */
function accordingWithin(ctx: TokenContext, a: Attribution): Attribution | null {
  const { tokens, quote, text } = ctx;
  const { cue, source, content: c } = a;
  if (!cue || !source || cue.last !== cue.first + 1 || tokens[cue.first]!.norm !== 'according' || source.first !== cue.last + 1) return null;
  const subject = pronounClause(ctx, a);
  if (subject) return subject;
  if (c.last >= cue.first || cue.first - c.last > 2 || (c.last + 1 < cue.first && tokens[c.last + 1]!.norm !== ',') || quote[source.first] !== 0) return null;
  // (The comma before the cue sets it off: "Women, …, according to".)
  if (tokens[cue.first - 1]!.norm !== ',') return null;
  let comma = source.first + 1;
  while (comma < source.last && tokens[comma]!.norm !== ',') comma++;
  if (comma >= source.last || quote[comma] !== 0) return null;
  // (An adverb may come first: "but, according to her memoirs, also had …".)
  let v = comma + 1;
  while (v < source.last && tokens[v]!.pos === 'ADV') v++;
  if (!finiteAt(ctx, v)) return null;
  return { ...a, source: { ...source, last: comma - 1 }, content: { ...c, last: source.last } };
}

/** Whether token k is an auxiliary or a verb in a finite form (not a participle: "released", "taken", "saying"). */
function finiteAt(ctx: TokenContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  const form = ctx.text.slice(t.start, t.end);
  return t.pos === 'AUX' || (t.pos === 'VERB' && /^\p{Ll}+$/u.test(form) && !/(?:ing|ed|en)$/.test(form));
}

/** A verb after a subject pronoun: an auxiliary, a finite form, or a past tense ("he died"). */
function finiteOrPast(ctx: TokenContext, k: number): boolean {
  const v = ctx.tokens[k]!;
  return v.pos === 'AUX' || (v.pos === 'VERB' && /ed$/.test(v.norm)) || finiteAt(ctx, k);
}

/** Conjunctions that join the writer's clause to the one "according to" frames. */
const AND_BUT = /^(?:and|but)$/;

/** Subject pronouns that open a clause inside what the tagger read as the source of "according to". */
const CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);

/**
 * "… this year and according to the Ministry of Foreign Affairs he died at Gleneagles Hospital in the morning": a subject
 * pronoun and its verb after the name the tagger read as the source of "according to", or as the start of its source
 * (no comma between them), open the clause the source says: the source ends before the pronoun, and that clause, to its
 * sentence's end, is the content; not the clause before "and according to", which the writer says. (Not after a common
 * noun, where the pronoun opens a relative clause: "according to an interview she gave to a radio station".)
 */
function pronounClause(ctx: TokenContext, a: Attribution): Attribution | null {
  const { tokens, quote, sent, sentRange } = ctx;
  const { cue, source, content: c } = a;
  if (!cue || !source || quote[source.first] !== 0) return null;
  // "… this year and according to the ministry he died …", read as one content around its frame: the clause before
  // "and" is the writer's.
  if (c.first < cue.first && c.last > source.last + 1 && cue.first > 0 && AND_BUT.test(tokens[cue.first - 1]!.norm)) {
    const k = source.last + 1;
    if (tokens[k]!.pos === 'PRON' && CLAUSE_PRONOUNS.has(tokens[k]!.norm) && quote[k] === 0 && finiteOrPast(ctx, k + 1)) return { ...a, content: { ...c, first: k } };
    return null;
  }
  for (let k = source.first + 1; k < source.last; k++) {
    const t = tokens[k]!;
    if (t.norm === ',' || quote[k] !== 0) return null;
    if (t.pos !== 'PRON' || !CLAUSE_PRONOUNS.has(t.norm) || ctx.text[t.start] !== t.norm[0]) continue;
    // (Its verb, an auxiliary or a past tense: "he died", "she has said"; the word before it a noun of the source's.)
    // (After a name: after a common noun, the pronoun opens a relative clause, "an interview she gave to a radio station".)
    if (!finiteOrPast(ctx, k + 1) || tokens[k - 1]!.pos !== 'PROPN') return null;
    const end = c.first > source.last ? c.last : lastWord(ctx, sentRange[sent[k]!]!);
    return { ...a, source: { ...source, last: k - 1 }, content: { ...c, first: k, last: Math.max(end, source.last) } };
  }
  return null;
}

/** Most tokens of a cue the tagger read inside the source of "according to". */
const INNER_CUE_MAX = 3;

/**
 * "According to videos" + "posted on" + "social media, people approached Khan …", "According to a 1989 report" + "from" +
 * "the National Transportation Safety Board (NTSB), the same aircraft …", "According to a report" + "citing" + "the mayor's
 * office, twenty people were arrested": where the tagger read a participle or a preposition inside the source of
 * "according to" as the cue, the cue is "according to", the source runs to the comma, and the clause after it is what
 * was said. Not a source with a comma or a relative pronoun of its own (RELATIVES: "CNN who reported that …"), nor a
 * content that opens with "that".
 */
function innerCue(ctx: TokenContext, a: Attribution): Attribution | null {
  const { tokens, quote, text } = ctx;
  const { cue, source, content: c } = a;
  if (!cue || !source || source.first < 2 || tokens[source.first - 2]!.norm !== 'according' || tokens[source.first - 1]!.norm !== 'to') return null;
  if (cue.first !== source.last + 1 || cue.last - cue.first >= INNER_CUE_MAX || c.first !== cue.last + 1 || quote[c.first] !== 0 || tokens[c.first]!.norm === 'that') return null;
  const head = tokens[cue.first]!;
  if (!(head.pos === 'ADP' || (head.pos === 'VERB' && /^\p{Ll}+(?:ed|en|ing)$/u.test(text.slice(head.start, head.end))))) return null;
  for (let k = source.first; k <= source.last; k++) if (tokens[k]!.norm === ',' || RELATIVES.has(tokens[k]!.norm)) return null;
  const comma = restComma(ctx, c);
  if (comma < 0 || quote[comma] !== 0 || !verbIn(ctx, comma + 1, c.last)) return null;
  return { ...a, cue: { ...cue, first: source.first - 2, last: source.first - 1 }, source: { ...source, last: comma - 1 }, content: { ...c, first: comma + 1 } };
}

/**
 * The comma where the rest of a source that the tagger began a content with ends (within NAME_REST_MAX tokens of the
 * content's start, in its sentence, and before its last token), or -1.
 */
function restComma(ctx: TokenContext, c: TokenSpan): number {
  const { tokens, sent } = ctx;
  let comma = c.first + 1;
  while (comma < c.last && comma - c.first < NAME_REST_MAX && tokens[comma]!.norm !== ',' && sent[comma] === sent[c.first]) comma++;
  return tokens[comma]!.norm === ',' && comma < c.last ? comma : -1;
}

/**
 * "According to a survey" + "published in 2017 by the Royal Pharmaceutical Society, 84% of …", "According to a memo" + "posted
 * online by Senator Juan Dalmau, the Senate …": a past participle right after a source that ends on a noun goes on with it.
 */
function participleAfter(ctx: TokenContext, source: TokenSpan, k: number): boolean {
  const { tokens } = ctx;
  const last = tokens[source.last]!.pos;
  return (last === 'NOUN' || last === 'PROPN') && tokens[k]!.pos === 'VERB' && /^\p{Ll}[\p{Ll}-]*(?:ed|en|wn)$/u.test(ctx.text.slice(tokens[k]!.start, tokens[k]!.end));
}

/** Does an attribution's cue hold token k? (A function of its own: a closure over the loop's k in the loop would cost a context per token.) */
function cueHolds(raws: readonly Attribution[], k: number): boolean {
  for (const a of raws) if (a.cue && a.cue.first <= k && k <= a.cue.last) return true;
  return false;
}

/** "According to X, …" and "…, according to X." wherever the tagger missed them. */
export function accordingTo(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens } = ctx;
  const added: Attribution[] = [];
  // The tagger's own "According to" whose content is what the words are according to ("According to models prepared by
  // epidemiologists at Harvard, this could cost lives": the models are the source, and the words after the comma what they say).
  const misread = new Set<Attribution>();
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k]!.norm !== 'according' || tokens[k + 1]!.norm !== 'to') continue;
    if (cueHolds(raws, k)) {
      const h = raws.find((a) => a.cue && a.cue.first === k && a.cue.last === k + 1 && !a.source && a.content.first === k + 2);
      const a = h && accordingAt(ctx, raws.filter((x) => x !== h), k);
      // (Only a source a comma closes, before a clause that is no second source: "According to reports from X on
      // Friday, and Y, …" is left as the tagger read it.)
      if (a && tokens[a.source!.last + 1]?.norm === ',' && a.content.first === a.source!.last + 2 && tokens[a.content.first]!.pos !== 'CCONJ') {
        misread.add(h!);
        added.push(a);
      }
      continue;
    }
    const a = accordingAt(ctx, raws, k);
    if (a) added.push(a);
  }
  if (added.length === 0) return [...raws];
  const within = (a: Attribution, b: Attribution) => a.cue !== null && a.cue.first >= b.content.first && a.cue.last <= b.content.last;
  const kept = raws.filter((a) => !misread.has(a) && !added.some((b) => b.content.first <= a.content.last && a.content.first <= b.content.last && (!a.cue || within(a, b))));
  return [...kept, ...added].sort((a, b) => a.content.first - b.content.first);
}

/** Longest source (tokens from "according") of an "According to X, …" before its clause. */
const SOURCE_BEFORE_CLAUSE_MAX = 30;

/** Pronouns "according to" takes as its whole source. */
const OBJECT_PRONOUNS = new Set(['you', 'him', 'her', 'them', 'us', 'me', 'it']);

/** The attribution of the "according to" at token k, unless one the tagger found holds its clause. */
function accordingAt(ctx: TokenContext, raws: readonly Attribution[], k: number): Attribution | null {
  const { tokens, sent, sentRange } = ctx;
  const s = sentRange[sent[k]!]!;
  let e = k + 2;
  // (A pronoun is the whole source: "What, according to you, makes chess beautiful?")
  if (!OBJECT_PRONOUNS.has(tokens[k + 2]!.norm.toLowerCase())) while (e + 1 < s.end && tokens[e + 1]!.norm !== ',' && tokens[e + 1]!.pos !== 'PUNCT' && e - k < 14) e++;
  const cue: TokenSpan = { role: 'CUE', first: k, last: k + 1 };
  let content: TokenSpan | null = null;
  let start = s.start;
  // Inside a quotation, the clause starts no earlier than the quotation does.
  if (ctx.quote[k] === 1) {
    let o = k - 1;
    while (o > s.start && ctx.quote[o] !== 2) o--;
    if (ctx.quote[o] === 2) {
      start = o + 1;
      // (Two apostrophes are two tokens.)
      while (start < k && /^['"“‘«„]$/.test(tokens[start]!.norm)) start++;
    }
  }
  while (start < k && ctx.quote[start] === 0 && tokens[start]!.pos === 'PUNCT') start++;
  // Before its clause, the source runs to the comma that ends it, however long ("According to models prepared by
  // epidemiologists and computer scientists at Harvard and MIT, …"), but over no auxiliary ("According to the data
  // there were …" has no comma of its own).
  if (k <= start + 1 && tokens[e + 1]?.norm !== ',') {
    let f = e;
    while (f + 1 < s.end && tokens[f + 1]!.norm !== ',' && tokens[f + 1]!.pos !== 'PUNCT' && tokens[f + 1]!.pos !== 'AUX' && f - k < SOURCE_BEFORE_CLAUSE_MAX) f++;
    if (tokens[f + 1]?.norm === ',') e = f;
  }
  const source: TokenSpan = { role: 'SRC', first: k + 2, last: e };
  if (k <= start + 1 && e + 2 < s.end) content = { role: 'CON', first: e + 2, last: lastWord(ctx, s) };
  else if (k > start + 2) content = { role: 'CON', first: start, last: tokens[k - 1]!.norm === ',' ? k - 2 : k - 1 };
  if (!content || content.last < content.first) return null;
  const c = content;
  // An attribution of its own overlapping the clause wins, unless its cue is a verb of
  // the clause ("According to police, officers saw …").
  const inClause = (a: Attribution) => a.cue !== null && a.cue.first >= c.first && a.cue.last <= c.last;
  if (raws.some((a) => a.content.first <= c.last && c.first <= a.content.last && a.cue && !inClause(a))) return null;
  return { content, cue, source };
}

/** Marks a clause before its source and cue does not reach back over: a dateline's dash, a label's colon. */
const CLAUSE_OPENERS = new Set(['-', '--', '—', '–', ':', ';']);

/**
 * An indirect content before a comma and its source and cue that end the sentence ("French domestic bond issues … have
 * been approved … in the Official Bulletin of March 30, the committee announced.") is the whole clause before the comma:
 * the tagger's words within it ("issues … for publication") run out to the comma and back to the sentence's start (after a
 * dateline's dash or a colon). Not over a quotation, nor over another attribution's words, nor where the words after
 * the cue have a verb of their own.
 */
export function extendFronted(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, quote, sent, sentRange } = ctx;
  return raws.map((a) => {
    const { source: s, cue, content: c } = a;
    if (!s || !cue || quote[c.first] !== 0 || quote[c.last] !== 0) return a;
    const head = Math.min(s.first, cue.first);
    const b = head - 1;
    if (b <= c.last || tokens[b]!.norm !== ',' || quote[b] !== 0 || sent[b] !== sent[c.first] || sent[cue.last] !== sent[c.first]) return a;
    const sr = sentRange[sent[c.first]!]!;
    const end = lastWord(ctx, sr);
    if (verbIn(ctx, Math.max(s.last, cue.last) + 1, end, true)) return a;
    let first = c.first;
    while (first > sr.start && quote[first - 1] === 0 && !CLAUSE_OPENERS.has(tokens[first - 1]!.norm)) first--;
    while (first < c.first && tokens[first]!.pos === 'PUNCT') first++;
    // (Out to the comma, not over a semicolon or a dash that closes the clause first: "…; but, …".)
    let last = b - 1;
    for (let k = c.last + 1; k < b; k++) if (CLAUSE_OPENERS.has(tokens[k]!.norm)) last = c.last;
    while (last > c.last && tokens[last]!.pos === 'PUNCT') last--;
    if (first === c.first && last === c.last) return a;
    const taken = (x: TokenSpan | null) => !!x && x.first <= last && first <= x.last;
    if (raws.some((o) => o !== a && (taken(o.content) || taken(o.cue) || taken(o.source)))) return a;
    return { ...a, content: { ...c, first, last } };
  });
}

/**
 * An indirect content that follows its cue runs to the end of its sentence unless
 * another attribution begins on the way ("…, adding that further talks would follow").
 */
export function extendClauses(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { sent, sentRange, quote } = ctx;
  const sorted = [...raws].sort((a, b) => a.content.first - b.content.first);
  // Where each attribution's spans begin, in order, for the first one after a content.
  const begins: { at: number; b: Attribution }[] = [];
  for (const b of sorted) {
    begins.push({ at: b.content.first, b });
    if (b.cue) begins.push({ at: b.cue.first, b });
    if (b.source) begins.push({ at: b.source.first, b });
  }
  begins.sort((x, y) => x.at - y.at);
  const atsOf = begins.map((x) => x.at);
  return sorted.map((a) => {
    if (!a.cue || a.cue.last >= a.content.first || quote[a.content.first] !== 0) return a;
    const si = sent[a.content.first]!;
    if (sent[a.content.last] !== si) return a;
    const end = lastWord(ctx, sentRange[si]!);
    if (end <= a.content.last) return a;
    let next = firstAtLeast(atsOf, a.content.last + 1);
    while (next < begins.length && begins[next]!.b === a) next++;
    const stop = Math.min(end, next < begins.length ? begins[next]!.at - 1 : Infinity);
    if (stop <= a.content.last) return a;
    let last = stop;
    while (last > a.content.last && joinsOn(ctx.tokens[last]!)) last--;
    return { ...a, content: { ...a.content, last } };
  });
}

/**
 * A cue the tagger gave no source: the name, pronoun or noun phrase next to it, or the
 * subject of its clause. A participle's source that is an object gives way to that subject.
 */
export function sourceFallback(ctx: TokenContext, raws: readonly Attribution[], appositions = true): Attribution[] {
  return raws.map((a) => {
    // "Trump attacked Clinton over the plan, calling it …": a participle's tagger source
    // that is the object of a verb or preposition gives way to the clause's subject.
    if (a.source && a.cue && !a.inherits && a.source.last < a.cue.first && a.source.first > 0 && participleAt(ctx, a.cue.first) >= 0) {
      const b = ctx.tokens[a.source.first - 1]!;
      const object = (b.pos === 'ADP' && b.norm !== 'by') || b.pos === 'VERB';
      const subject = object ? clauseSubject(ctx, a.cue.first, a.content.first, a.content.last) : null;
      if (subject) return { ...a, source: subject };
    }
    // "The mayor, speaking to reporters at the town hall, said …": a tagger source that is
    // the object of a preposition in an apposition gives way to the subject before it.
    if (a.source && a.cue && !a.inherits && a.source.last < a.cue.first && prepositionalObject(ctx, a.source)) {
      const subject = subjectBeforeApposition(ctx, a.cue.first, a.content.first, a.content.last);
      if (subject && subject.last < a.source.first) return { ...a, source: subject };
    }
    // "It is not for the Court to opine, argued the government's lawyer, Richard Keen.": the tagger took a name in the
    // clause before the comma for the source and the speaker after the cue for the content.
    const swapped = a.source && a.cue && !a.turn ? swappedSource(ctx, a) : null;
    if (swapped) return swapped;
    // (A transcript's turn without a speaker, "A:", has none to find.)
    if (a.source || !a.cue || a.turn) return a;
    // "“…,” said the ruling.": a quotation closed right before its cue, and a short noun phrase
    // after the cue to the end of the sentence that the tagger ran the content on into.
    const inverted = invertedSource(ctx, a);
    if (inverted) return inverted;
    const closing = closingSource(ctx, a);
    if (closing) return closing;
    // "…, Gilberto Arango, president of the exporters' association, said.": a source the tagger ran the content on into.
    const tail = tailSource(ctx, a);
    if (tail) return tail;
    if (a.inherits) {
      // A participle inherits the speaker of its clause (index.ts) when one spoke before it
      // in the sentence; when none did, it takes the clause's subject.
      const cueAt = a.cue.first;
      const si = ctx.sent[cueAt];
      if (raws.some((b) => b !== a && b.source && ctx.sent[b.source.first] === si && b.source.last < cueAt)) return a;
      const src = clauseSubject(ctx, cueAt, a.content.first, a.content.last);
      return src ? { ...a, source: src, inherits: false } : a;
    }
    // A content around its cue that does not open with a quotation ("Trump, appearing
    // after Clinton, cited problems …"): the tagger took the subject for content. The
    // clause's subject is looked for as if only the part after the cue were content, and
    // once found it leaves the content.
    const around = a.content.first < a.cue.first && a.content.last > a.cue.last && ctx.quote[a.content.first] === 0;
    const cFirst = around ? a.cue.last + 1 : a.content.first;
    const near = subjectOf(ctx, a.cue.first, a.content.first, a.content.last);
    const src = near ?? clauseSubject(ctx, a.cue.first, cFirst, a.content.last) ?? (appositions ? subjectBeforeApposition(ctx, a.cue.first, cFirst, a.content.last) : null);
    if (!src || raws.some((b) => b !== a && b.source && b.source.first <= src.last && src.first <= b.source.last)) return a;
    if (around && src.first >= a.content.first && src.last < a.cue.first) {
      let first = a.cue.last + 1;
      while (first < a.content.last && ctx.tokens[first]!.pos === 'PUNCT' && ctx.quote[first] === 0) first++;
      return { ...a, source: src, content: { ...a.content, first } };
    }
    return { ...a, source: src };
  });
}

/** What a medium quotes someone "as" doing: "was quoted by RIA Novosti as saying". */
const AS_SAYING = new Set(['saying', 'telling', 'stating', 'adding', 'warning', 'writing']);
/** How far "as saying" may stand after the "by" that opens such a content, in tokens. */
const QUOTED_BY_MAX = 8;

/**
 * "Ryabkov, for his part, was quoted by RIA Novosti as saying that Moscow would …": where the tagger took "was quoted"
 * alone for the cue and ran the content from "by", the cue runs on to "as saying" and the content starts after it
 * (and after "that"); its source, the subject before the cue, is sourceFallback's to find.
 */
export function quotedAsSaying(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, lemmas } = ctx;
  return raws.map((a) => {
    const { cue, content: c } = a;
    if (!cue || cue.last + 1 !== c.first || !RELAYING.has(lemmas[cue.last]!) || tokens[c.first]!.norm !== 'by' || ctx.quote[c.first] !== 0) return a;
    let be = false;
    for (let k = Math.max(0, cue.first - 2); k < cue.last; k++) if (tokens[k]!.pos === 'AUX' && lemmas[k] === 'be') be = true;
    if (!be) return a;
    for (let k = c.first + 2; k <= Math.min(c.first + QUOTED_BY_MAX, c.last - 2); k++) {
      if (tokens[k]!.norm !== 'as' || !AS_SAYING.has(tokens[k + 1]!.norm)) continue;
      const first = tokens[k + 2]!.norm === 'that' && k + 3 <= c.last ? k + 3 : k + 2;
      return { ...a, cue: { ...cue, last: k + 1 }, content: { ...c, first } };
    }
    return a;
  });
}

/** Longest source closing a content before its cue ("…, the Kremlin press service said."), in tokens. */
const CLOSING_SOURCE_MAX = 6;
/** What may follow such a cue in its sentence: when it was said, and the full stop. */
const CLOSING_REST = /^\s*(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|(?:last|this)\s+(?:week|month|year))?\s*[.!?]?$/;

/**
 * "… on Friday, the Kremlin press service said.": a content run on, after its last comma, into the noun phrase
 * of the cue that ends the sentence. The phrase is the source and leaves the content. Null when a is no such.
 */
function closingSource(ctx: TokenContext, a: Attribution): Attribution | null {
  const { tokens, sent, quote } = ctx;
  const cue = a.cue!;
  const c = a.content;
  if (c.last !== cue.first - 1 || quote[c.first] !== 0 || quote[c.last] !== 0 || a.inherits) return null;
  // The cue ends its sentence, but for when it was said ("said on Monday.").
  const s = ctx.sentRange[sent[cue.last]!]!;
  const rest = s.end > cue.last + 1 ? ctx.text.slice(tokens[cue.last]!.end, tokens[s.end - 1]!.end) : '';
  if (!CLOSING_REST.test(rest)) return null;
  let k = c.last;
  while (k > c.first && c.last - k < CLOSING_SOURCE_MAX && tokens[k]!.norm !== ',') k--;
  if (tokens[k]!.norm !== ',' || k === c.last || k - 1 < c.first) return null;
  const first = k + 1;
  if (!/^(?:DET|PROPN|NOUN)$/.test(tokens[first]!.pos)) return null;
  for (let j = first; j <= c.last; j++) if (!/^(?:DET|NOUN|PROPN|ADJ|PART|NUM|ADP)$/.test(tokens[j]!.pos)) return null;
  if (tokens[c.last]!.pos !== 'NOUN' && tokens[c.last]!.pos !== 'PROPN') return null;
  return { ...a, source: { role: 'SRC', first, last: c.last }, content: { ...c, last: k - 1 } };
}

/** Is a source the object of a preposition ("to reporters"), not a passive's "by" agent nor "according to" X? */
function prepositionalObject(ctx: TokenContext, src: TokenSpan): boolean {
  const b = ctx.tokens[src.first - 1];
  if (!b || b.pos !== 'ADP' || b.norm === 'by') return false;
  return !(b.norm === 'to' && ctx.tokens[src.first - 2]?.norm === 'according');
}

/** Labels of a newsroom's own notes, not speakers ("NOTE: 1985 net includes …", "CORRECTION: …", "The Latest: …", "BYLINE: …"). */
const EDITORIAL_LABELS: ReadonlySet<string> = new Set(['note', 'notes', "editor's note", 'editors note', 'update', 'updated', 'correction',
  'corrections', 'clarification', 'source', 'sources', 'background', 'summary', 'warning', 'disclaimer', 'photo', 'video',
  'watch', 'related', 'breaking', 'read more', 'see also', 'advisory', 'caption', 'credit', 'credits', 'contact', 'tags',
  'topics', 'alert', 'exclusive', 'analysis', 'factbox', 'opinion', 'commentary', 'editorial', 'nb', 'ps', 'p.s',
  'latest', 'the latest', 'live', 'explainer', 'timeline', 'fact check', 'q&a', 'recap', 'highlights', 'image', 'audio', 'podcast',
  // A byline, and the exclamations a web headline opens with ("BOOM: …", "BUSTED: …", "LOOK: …").
  'byline', 'dateline', 'boom', 'busted', 'look', 'listen', 'wow', 'whoa', 'revealed', 'bombshell', 'flashback', 'just in', 'developing',
  'must see', 'must watch', 'breaking news']);

/** Is this label before a colon one of a newsroom's own notes ("NOTE", "Editor’s note")? */
export function isEditorialLabel(label: string): boolean {
  return EDITORIAL_LABELS.has(label.toLowerCase().replace(/[’']/g, "'"));
}

/**
 * Is this label a caption's credit, not a speaker: "Reuters Photo", or a caption run into its
 * label, as text taken from a page's image boxes has it ("Jo JorgensenImage: Jo Jorgensen
 * for President.")?
 */
function isCaptionLabel(label: string): boolean {
  const last = /(?:^|\s|(?<=\p{Ll}))(\p{Lu}\p{Ll}+)$/u.exec(label)?.[1];
  return !!last && /^(?:Image|Images|Photo|Photos|Picture|Video|Caption|Credit|Source)$/.test(last) && last !== label;
}

/** Last words of a headline's speaker label that name a role: "UN chief:", "Iran's FM:", "Russian officials:". */
const LABEL_ROLES = new Set(['chief', 'fm', 'minister', 'president', 'premier', 'pm', 'spokesman', 'spokeswoman', 'spokesperson', 'official',
  'officials', 'ministry', 'envoy', 'leader', 'head', 'secretary', 'commander', 'army', 'military', 'police', 'government', 'diplomat', 'sources']);
/** Longest such label, in tokens. */
const HEADLINE_LABEL_MAX = 5;

/**
 * A headline "UN chief: Gaza is becoming a graveyard for children", "Iran's FM: Tehran will respond …": a short label
 * ending in a role word before the colon is the speaker, the rest the content, whatever the tagger made of the line
 * (names alone, "Lavrov:", the tagger reads itself). Not a newsroom label ("Analysis:").
 */
export function headlineLabel(ctx: TokenContext, raws: readonly Attribution[], headline: Sequence | null): Attribution[] {
  if (!headline || headline.end - headline.start < 4) return [...raws];
  const { tokens, text } = ctx;
  let k = headline.start + 1;
  while (k < headline.end && k - headline.start <= HEADLINE_LABEL_MAX && tokens[k]!.norm !== ':') k++;
  if (k >= headline.end - 2 || tokens[k]!.norm !== ':' || !LABEL_ROLES.has(tokens[k - 1]!.norm.toLowerCase())) return [...raws];
  const label = text.slice(tokens[headline.start]!.start, tokens[k - 1]!.end);
  if (!/^\p{Lu}/u.test(label) || isEditorialLabel(label)) return [...raws];
  for (let j = headline.start; j < k; j++) if (!/^(?:PROPN|NOUN|ADJ|PART|DET|NUM)$/.test(tokens[j]!.pos)) return [...raws];
  const inHeadline = (a: Attribution) => a.content.first >= headline.start && a.content.last < headline.end;
  const labelled: Attribution = { source: { role: 'SRC', first: headline.start, last: k - 1 }, cue: { role: 'CUE', first: k, last: k }, content: { role: 'CON', first: k + 1, last: headline.end - 1 } };
  return [...raws.filter((a) => !inHeadline(a)), labelled].sort((a, b) => a.content.first - b.content.first);
}

/** The label of an answer in a transcript of questions and answers … */
const ANSWER_LABEL = /^(?:A|Answer|ANSWER)$/;
/** … and of a question. */
const QUESTION_LABEL = /^(?:Q|Question|QUESTION)$/;
/** A letter's salutation before its colon. */
const SALUTATION = /^(?:Dear|DEAR)\s/;
/** Longest speaker label of a transcript line ("PENCE:", "Chris Wallace:"), in tokens. */
const LABEL_MAX = 4;

/**
 * Transcript lines: a paragraph opening with a speaker's name and a colon
 * ("WALLACE: Let's start…"), or with the name in double parentheses (the interview
 * transcripts of Wikinews: "((Jane Doe)) We began…"), is that speaker's content,
 * whatever the tagger said. They are marked as turns: "I" in the paragraphs of a
 * turn is its speaker. Without labels, in an interview printed as questions and answers
 * (interview.ts) whose `questions` the quote stage found, the answers are turns of the one interviewed.
 */
export function transcriptLines(ctx: TokenContext, raws: readonly Attribution[], questions?: readonly Span[]): Attribution[] {
  const { tokens, sequences, text } = ctx;
  const added: Attribution[] = [];
  // The tokens of labels that name no speaker ("A:", "DEAR ABBY:"): no source either, whatever the tagger said.
  const unnamed = new Set<number>();
  const capitalised = (k: number) => /^\p{Lu}[\p{L}.'’-]*$/u.test(text.slice(tokens[k]!.start, tokens[k]!.end));
  for (const p0 of sequences) {
    // The line may sit inside a quotation that reopens at each paragraph.
    const p = /^["“„«‘]$/.test(tokens[p0.start]!.norm) ? { start: p0.start + 1, end: p0.end } : p0;
    const at = (k: number, w: string) => k < p.end && tokens[k]!.norm === w;
    if (at(p.start, '(') && at(p.start + 1, '(')) {
      // "((Name))": up to LABEL_MAX capitalised words (or an upper-case abbreviation) in two parentheses.
      let k = p.start + 2;
      while (k < p.end && k - p.start - 2 < LABEL_MAX && capitalised(k)) k++;
      if (k === p.start + 2 || !at(k, ')') || !at(k + 1, ')') || k + 2 >= p.end) continue;
      added.push({ source: { role: 'SRC', first: p.start + 2, last: k - 1 }, cue: null, content: { role: 'CON', first: k + 2, last: p.end - 1 }, turn: true });
      continue;
    }
    let k = p.start;
    while (k < p.end && k - p.start < LABEL_MAX && tokens[k]!.norm !== ':') {
      if (!capitalised(k)) break;
      k++;
    }
    if (k === p.start || k >= p.end - 2 || tokens[k]!.norm !== ':') continue;
    const label = text.slice(tokens[p.start]!.start, tokens[k - 1]!.end);
    // "A:" (or "Answer:") is the answer of the one interviewed: the interview's (interview.ts) where its introduction
    // says whom it interviews, else the one person named before the first line, whom the quote stage finds (qa), else
    // someone unnamed ("I" in it is not the questioner's). "Q:" is the questioner's (qa too).
    // A letter's salutation ("DEAR ABBY:") names whom it is written to, not who writes.
    if (ANSWER_LABEL.test(label) || SALUTATION.test(label)) {
      for (let j = p.start; j < k; j++) unnamed.add(j);
      const answer = ANSWER_LABEL.test(label);
      added.push({ source: null, cue: { role: 'CUE', first: k, last: k }, content: { role: 'CON', first: k + 1, last: p.end - 1 }, turn: true,
        ...(questions?.length && answer ? { answer: true } : answer ? { qa: 'answer' as const } : {}) });
      continue;
    }
    // An all-capitals label, or a proper name (not a headline-style "Update:" word).
    const caps = label === label.toUpperCase() && /\p{Lu}{2}/u.test(label) && !isEditorialLabel(label);
    const name = tokens.slice(p.start, k).every((t) => t.pos === 'PROPN');
    if ((!caps && !name) || isCaptionLabel(label)) continue;
    // A name and a figure ("Hillary Clinton: 1,769.", a tally) are no one's words.
    if (!tokens.slice(k + 1, p.end).some((t) => /\p{L}/u.test(t.norm))) continue;
    added.push({ source: { role: 'SRC', first: p.start, last: k - 1 }, cue: { role: 'CUE', first: k, last: k }, content: { role: 'CON', first: k + 1, last: p.end - 1 }, turn: true,
      ...(QUESTION_LABEL.test(label) ? { qa: 'question' as const } : {}) });
  }
  // Without labels, an interview printed as questions and answers whose introduction names the one interviewed.
  if (added.length === 0 && questions?.length) added.push(...answers(ctx, questions));
  if (added.length === 0) return [...raws];
  // Attributions inside a line give way to it, and so do quotations without cue or
  // speaker that run over the lines (a transcript opened by one unclosed mark).
  const kept = raws.filter((a) => !(a.source && unnamed.has(a.source.first)) && !added.some((b) => b.content.first <= a.content.last && a.content.first <= b.content.last
    && ((b.content.first <= a.content.first && a.content.last <= b.content.last && !(a.source && a.cue)) || (!a.source && !a.cue))));
  return [...kept, ...added].sort((a, b) => a.content.first - b.content.first);
}

/** A photo's caption and credit ("File photo of interviewee David Titley. Image: David Titley."). */
const CAPTION = /(?:^|\s)(?:Image|Photo|Picture|Credit)s?:\s/;
/** Fewest words of an interview's answer: a shorter paragraph is a heading ("General questions"). */
const ANSWER_MIN = 4;

/**
 * The answers of an interview printed as questions and answers without labels
 * (interview.ts): each paragraph after the first question that is no question, no
 * heading (a few words without a closing stop) and no caption, as a turn of the one
 * interviewed, whom the quote stage names from the introduction.
 */
function answers(ctx: TokenContext, questions: readonly Span[]): Attribution[] {
  const { tokens, sequences, text } = ctx;
  const asked = (p: Sequence) => questions.some((q) => q.start <= tokens[p.start]!.start && tokens[p.start]!.start < q.end);
  const first = sequences.findIndex(asked);
  const out: Attribution[] = [];
  for (let i = first + 1; first >= 0 && i < sequences.length; i++) {
    const p = sequences[i]!;
    if (asked(p) || p.end - p.start < ANSWER_MIN || !/[.!?…"”’)]$/.test(tokens[p.end - 1]!.norm)) continue;
    if (CAPTION.test(text.slice(tokens[p.start]!.start, tokens[p.end - 1]!.end))) continue;
    out.push({ source: null, cue: null, content: { role: 'CON', first: p.start, last: p.end - 1 }, turn: true, answer: true });
  }
  return out;
}

/** Minimum cue ratio for the clause fallback. */
const CLAUSE_MIN = 0.5;
/** Words right after the fallback's verb that make it no saying: a passive's "by", a phrasal verb's particle or preposition. */
const NOT_A_SAYING = new Set(['by', 'to', 'off', 'from', 'into']);

/**
 * Sentences the tagger left without any attribution, shaped "SUBJECT VERB [that]
 * CLAUSE" with a likely speech verb: the clause is the content (not after a passive's "by" or a phrasal verb's
 * particle: "described by", "withdrew from", "added up to"). (An attribution whose cue
 * lies inside quotation marks leaves its sentence's frame without one: "Estrosi told BFM TV
 * that "the driver fired on the crowd, according to the police."")
 */
export function clauseFallback(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, sentRange, cue } = ctx;
  const added: Attribution[] = [];
  let r = 0;
  const sorted = [...raws].sort((a, b) => a.content.first - b.content.first);
  for (const s of sentRange) {
    let touched = false;
    while (r < sorted.length && sorted[r]!.content.last < s.start - 200) r++;
    for (let j = r; j < sorted.length && sorted[j]!.content.first <= s.end && !touched; j++) {
      const a = sorted[j]!;
      touched = touches(a, s.start, s.end - 1) && !(a.cue && ctx.quote[a.cue.first] !== 0);
    }
    if (touched) continue;
    for (let k = s.start + 1; k < s.end - 3; k++) {
      if (cue[k]! < CLAUSE_MIN || tokens[k]!.pos !== 'VERB' || ctx.quote[k] !== 0) continue;
      // (Not a phrasal verb or a passive: "added to the uncertainty", "described by the president", "withdrew from the race",
      // "blasted off", "WRITES OFF", "added up to".)
      const next = tokens[k + 1]!.norm.toLowerCase();
      if (NOT_A_SAYING.has(next) || (next === 'up' && ctx.lemmas[k] === 'add')) continue;
      const source = subjectOf(ctx, k, -1, -1, true);
      if (!source) continue;
      const last = lastWord(ctx, s);
      if (last - k < 3) continue;
      added.push({ content: { role: 'CON', first: k + 1, last }, cue: { role: 'CUE', first: k, last: k }, source });
      break;
    }
  }
  return added.length ? [...raws, ...added].sort((a, b) => a.content.first - b.content.first) : [...raws];
}

const SPEECH_MIN = 0.3;

/** Attribute quotations the tagger missed, through a likely cue in their sentence. */
export function attributeQuotes(ctx: TokenContext, regions: readonly QuoteRegion[], raws: readonly Attribution[]): Attribution[] {
  const { tokens, sent, sentRange, cue } = ctx;
  const covered = (r: QuoteRegion) =>
    raws.some((a) => tokens[a.content.first]!.start < r.inner.end && r.inner.start < tokens[a.content.last]!.end);
  const added: Attribution[] = [];
  // Attributions whose content a quotation takes (below).
  const replaced = new Map<Attribution, Attribution>();
  let ti = 0;
  for (const r of regions) {
    if (covered(r)) continue;
    while (ti < tokens.length && tokens[ti]!.end <= r.inner.start) ti++;
    const first = ti;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < r.inner.end) last++;
    if (first >= tokens.length || last - first < 2) continue;
    // The cue: a likely speech verb in the sentences the quotation starts or ends in.
    const s0 = sent[first]!;
    const s1 = sent[last]!;
    let best = -1;
    let bestD = Infinity;
    for (const si of new Set([s0, s1])) {
      const s = sentRange[si]!;
      for (let k = s.start; k < s.end; k++) {
        if (k >= first - 1 && k <= last + 1) continue;
        if (cue[k]! < SPEECH_MIN || tokens[k]!.pos !== 'VERB') continue;
        const d = k < first ? first - k : k - last;
        if (d < bestD) {
          bestD = d;
          best = k;
        }
      }
    }
    // "He said:" closing the previous sentence, then the quotation.
    if (best < 0 && s0 > 0) {
      const prev = sentRange[s0 - 1]!;
      const end = prev.end - 1;
      if (end >= prev.start && tokens[end]!.norm === ':') {
        for (let k = end - 1; k >= prev.start; k--) {
          if (cue[k]! >= SPEECH_MIN && tokens[k]!.pos === 'VERB') {
            best = k;
            break;
          }
        }
      }
    }
    if (best < 0) {
      // A quoted question or exclamation ends its sentence: '"Who would have believed …?" Trump said, looking out on the
      // crowd.' The cue opens the next one, after its source. The tagger may have given that cue the participle's clause
      // for content: the quotation takes its place.
      const asks = /[?!]\s*$/.test(ctx.text.slice(r.inner.start, r.inner.end));
      const next = asks && s1 + 1 < sentRange.length && sentRange[s1]!.end - 1 <= last + 1 ? sentRange[s1 + 1]! : null;
      const k = next ? speakerOpens(ctx, next.start, next.end) : -1;
      // (The verb's own words after it are another attribution: '"Why?" He said the plan …'.)
      if (k < 0 || (k + 1 < next!.end && tokens[k + 1]!.norm !== ',' && tokens[k + 1]!.norm !== '.')) continue;
      const source = subjectOf(ctx, k, first, last, true);
      if (!source || source.first !== next!.start) continue;
      const own = raws.find((a) => a.cue?.first === k && a.content.first > k && tokens[a.content.first - 1]!.norm === ',' && /ing$/.test(tokens[a.content.first]!.norm)
        && tokens[a.content.first]!.pos === 'VERB' && cue[a.content.first]! < SPEECH_MIN);
      if (own) replaced.set(own, { ...own, content: { role: 'CON', first, last }, source: own.source ?? source });
      else added.push({ content: { role: 'CON', first, last }, cue: { role: 'CUE', first: k, last: k }, source });
      continue;
    }
    added.push({ content: { role: 'CON', first, last }, cue: { role: 'CUE', first: best, last: best }, source: subjectOf(ctx, best, first, last) });
  }
  return [...raws.map((a) => replaced.get(a) ?? a), ...added].sort((a, b) => a.content.first - b.content.first);
}

/** A likely verb of speech right after a sentence's first word and any proper nouns ("Trump said", "He said", "Mary Smith said"), or -1. */
function speakerOpens(ctx: TokenContext, start: number, end: number): number {
  const { tokens, cue } = ctx;
  for (let k = start + 1; k < Math.min(end, start + 4); k++) {
    if (cue[k]! >= SPEECH_MIN && tokens[k]!.pos === 'VERB') return k;
    if (tokens[k]!.pos !== 'PROPN') return -1;
  }
  return -1;
}

/** Pronouns that can be a clause's subject. */
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** The speaker next to a cue: a proper-noun run or pronoun just before it, or just after it ("said Putin"). */
export function subjectOf(ctx: TokenContext, cueAt: number, cFirst: number, cLast: number, leftOnly = false): TokenSpan | null {
  const { tokens, sent, sentRange } = ctx;
  const s = sentRange[sent[cueAt]!]!;
  const isName = (k: number) => tokens[k]!.pos === 'PROPN' || PRONOUNS.has(tokens[k]!.norm);
  const run = (from: number, step: number): TokenSpan | null => {
    let k = from;
    // Allow a determiner-led description: "the Russian president said".
    const inContent = (x: number) => x >= cFirst && x <= cLast;
    if (k < s.start || k >= s.end || inContent(k)) return null;
    if (isName(k) && !PRONOUNS.has(tokens[k]!.norm)) {
      let a = k;
      while (a + step >= s.start && a + step < s.end && !inContent(a + step) && tokens[a + step]!.pos === 'PROPN') a += step;
      return step < 0 ? { role: 'SRC', first: a, last: k } : { role: 'SRC', first: k, last: a };
    }
    if (PRONOUNS.has(tokens[k]!.norm)) return { role: 'SRC', first: k, last: k };
    if (step < 0 && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN')) {
      let a = k;
      while (a - 1 >= s.start && !inContent(a - 1) && /^(NOUN|PROPN|ADJ|DET)$/.test(tokens[a - 1]!.pos)) {
        a--;
        if (tokens[a]!.pos === 'DET') break;
      }
      return { role: 'SRC', first: a, last: k };
    }
    return null;
  };
  // After the cue only in an inversion: '"…," said Putin' or '…, said the minister' (never after a verb that
  // takes the one told: in "…, a ministry official told Reuters" Reuters is told).
  const prev = cueAt > s.start ? tokens[cueAt - 1]! : null;
  const lemma = ctx.lemmas[cueAt]!;
  const inverted = prev !== null && (prev.norm === ',' || ctx.quote[cueAt - 1] === 3) && !(TELLING.has(lemma) && !SPOKEN_BEFORE.has(lemma));
  return run(cueAt - 1, -1) ?? (leftOnly || !inverted ? null : run(cueAt + 1, 1));
}

/** Longest name in a signature line ("― Sonya Herridge"), in tokens. */
const SIGNATURE_MAX = 5;

/**
 * Signed quotations: a quotation followed by a dash and a name that ends its paragraph
 * ("“… our greatest shame.” ― Sonya Herridge"), as in vox pops and epigraphs. The dash
 * is the cue and the name the speaker.
 */
export function signedQuotes(ctx: TokenContext, regions: readonly QuoteRegion[], raws: readonly Attribution[]): Attribution[] {
  const { tokens, text, sequences } = ctx;
  const found: Attribution[] = [];
  let p = 0;
  for (const r of regions) {
    const span = tokenRange(ctx, r.inner.start, r.inner.end);
    const marks = tokenRange(ctx, r.start, r.end);
    if (!span || !marks) continue;
    const k = marks[1] + 1;
    if (k + 1 >= tokens.length || !SIGN_DASH.test(tokens[k]!.norm)) continue;
    while (p < sequences.length && sequences[p]!.end <= k) p++;
    const para = sequences[p];
    if (!para || para.start > k) continue;
    // The name runs to the end of its line (a full stop may close it).
    let end = k + 1;
    while (end + 1 < para.end && !text.slice(tokens[end]!.end, tokens[end + 1]!.start).includes('\n')) end++;
    if (end + 1 < para.end && !text.slice(tokens[end]!.end, tokens[end + 1]!.start).includes('\n')) continue;
    if (end > k + 1 && tokens[end]!.norm === '.') end--;
    if (end - k > SIGNATURE_MAX) continue;
    let ok = true;
    for (let j = k + 1; j <= end; j++) if (!/^\p{Lu}/u.test(text.slice(tokens[j]!.start, tokens[j]!.end)) && tokens[j]!.norm !== '.') ok = false;
    if (!ok) continue;
    found.push({ content: { role: 'CON', first: span[0], last: span[1] }, cue: { role: 'CUE', first: k, last: k }, source: { role: 'SRC', first: k + 1, last: end } });
  }
  return signedInstead(raws, found);
}

/** The attributions, those whose content overlaps a signed one's left out for it: a signature replaces whatever the tagger made of the same words. */
function signedInstead(raws: readonly Attribution[], signed: readonly Attribution[]): Attribution[] {
  if (signed.length === 0) return [...raws];
  const kept = raws.filter((a) => !signed.some((b) => a.content.first <= b.content.last && b.content.first <= a.content.last));
  return [...kept, ...signed].sort((a, b) => a.content.first - b.content.first);
}

/** A post's author's handle in its signature: "(@RobertMaguire_)". */
const HANDLE = /^@\w{1,30}$/;
/** A link or picture at a post's end ("https://t.co/XPxUJuyIAC", "pic.twitter.com/MYwRz9euaq"): no words of the author's. */
const POST_LINK = /^(?:https?:\/\/\S+|pic\.twitter\.com\/\S+)$/;
/** The most a post's signature holds after the handle: its date ("November 18, 2019"), in tokens. */
const POST_DATE_MAX = 5;

/**
 * Social-media posts a page prints as the platform embeds them: the post's text, then a line of its own that signs it
 * with a dash, the author's name, the handle in brackets and the date ("— Rep. Ilhan Omar (@Ilhan) November 19,
 * 2019"). The paragraph before the signature is the author's words (a first person in it is the author), without the
 * links at its end; the dash is the cue and the name the source. An earlier paragraph may be the post's too, but
 * nothing in the text tells it from the writer's, so only the last is taken. The post replaces whatever the tagger
 * made of the same words.
 */
export function embeddedPosts(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, text, sequences } = ctx;
  const found: Attribution[] = [];
  for (let p = 1; p < sequences.length; p++) {
    const sig = sequences[p]!;
    const k = sig.start;
    if (!SIGN_DASH.test(tokens[k]!.norm) || k + 4 >= sig.end) continue;
    let open = k + 1;
    while (open < sig.end && open - k <= SIGNATURE_MAX + 1 && tokens[open]!.norm !== '(') open++;
    if (open === k + 1 || open + 2 >= sig.end || tokens[open]!.norm !== '(') continue;
    if (!HANDLE.test(tokens[open + 1]!.norm) || tokens[open + 2]!.norm !== ')' || sig.end - (open + 3) > POST_DATE_MAX) continue;
    if (!/^\p{Lu}/u.test(text.slice(tokens[k + 1]!.start, tokens[k + 1]!.end))) continue;
    const post = sequences[p - 1]!;
    let last = post.end - 1;
    while (last > post.start && POST_LINK.test(tokens[last]!.norm)) last--;
    if (POST_LINK.test(tokens[last]!.norm)) continue;
    found.push({ content: { role: 'CON', first: post.start, last }, cue: { role: 'CUE', first: k, last: k }, source: { role: 'SRC', first: k + 1, last: open - 1 } });
  }
  return signedInstead(raws, found);
}

/** Pronouns a frame repeats an already named speaker with ("… “…,” she said."). */
const PERSONAL: ReadonlySet<string> = new Set(['he', 'she', 'they']);

/** Longest tail after a sentence-final cue that still counts as "nothing more" ("said on Monday."). */
const TAIL_MAX = 5;

/**
 * Cues the tagger found but joined no content to (their content went to a cue nested in
 * it, or was not tagged): each takes the clause its position implies.
 *  - "The governor added:" closing its paragraph: the next paragraph (colonParagraph);
 *  - "…, sources said." / "…, said Smith.": the sentence up to the comma before the
 *    frame; an attribution lying wholly inside that clause is nested in it and gives way
 *    (unless the frame only repeats its named speaker with a pronoun), and one whose
 *    content ran on into the sentence from an earlier one ends where its sentence ends;
 *  - "Clinton wants to sign up …": the rest of the sentence after the cue (after the one
 *    told, for a telling verb), up to where another attribution begins, when the tagger
 *    also found the source before the cue and the rest opens with an object or a clause,
 *    not an adjunct (opensArgument) (`rest`, which index.ts turns on: it buys recall with
 *    some precision).
 * The source is the tagger's source next to the cue, if one is free.
 */
export function orphanCues(ctx: TokenContext, spans: readonly TokenSpan[], raws: readonly Attribution[], rest = false): Attribution[] {
  const { tokens, sent, sentRange, quote } = ctx;
  const used = new Set<number>();
  for (const a of raws) if (a.cue) used.add(a.cue.first);
  // The tokens of the sources already joined to a cue (made when first asked).
  let inSource: Uint8Array | null = null;
  const usedSrc = (s: TokenSpan) => {
    if (!inSource) {
      inSource = new Uint8Array(tokens.length);
      for (const a of raws) if (a.source) inSource.fill(1, a.source.first, a.source.last + 1);
    }
    return inSource.subarray(s.first, s.last + 1).includes(1);
  };
  let out: Attribution[] = [...raws];
  // How many attributions of out cover each token (content, cue or source): made when first
  // asked, as are the lists below (most documents have no orphan cue).
  let cover: Int32Array | null = null;
  const count = (a: Attribution, d: number) => {
    if (cover) for (const x of [a.content, a.cue, a.source]) if (x) for (let k = x.first; k <= x.last; k++) cover[k]! += d;
  };
  const taken = (k: number) => {
    if (!cover) {
      cover = new Int32Array(tokens.length);
      for (const a of out) count(a, 1);
    }
    return cover[k]! > 0;
  };
  let cueStarts: Set<number> | null = null;
  const cueAt = (k: number) => (cueStarts ??= new Set(spans.flatMap((x) => (x.role === 'CUE' ? [x.first] : [])))).has(k);
  // The greatest sentence index of the spans up to each (spans are in text order).
  let spanSentences: number[] | null = null;
  for (const cue of spans) {
    if (cue.role !== 'CUE' || used.has(cue.first)) continue;
    const si = sent[cue.first]!;
    if (sent[cue.last] !== si) continue;
    const s = sentRange[si]!;
    // The tagger's free source next to the cue (before it, or after it in an inversion).
    let source: TokenSpan | null = null;
    // (Spans are in text order: those of the cue's sentence lie together.)
    spanSentences ??= upTo(spans.map((x) => sent[x.first]!));
    for (let i = firstAtLeast(spanSentences, si); i < spans.length && spanSentences[i]! <= si; i++) {
      const x = spans[i]!;
      if (x.role !== 'SRC' || sent[x.first] !== si || usedSrc(x)) continue;
      if (x.last === cue.first - 1 || (x.last === cue.first - 2 && tokens[cue.first - 1]!.pos === 'ADV') || x.first === cue.last + 1) source = x;
    }
    const end = lastWord(ctx, s);
    // "…, a senior official, who asked not to be named, told Reuters.": the frame's subject before its relative clause.
    if (!source) source = relativeSubject(ctx, cue.first, s.start);
    const frameFirst = source && source.last < cue.first ? source.first : cue.first;
    const frameLast = source && source.first > cue.last ? source.last : cue.last;
    let content: TokenSpan | null = null;
    let replaces: Attribution[] = [];
    const before = frameFirst - 1;
    const next = colonParagraph(ctx, frameLast, s);
    if (next) {
      // "The governor added:" ending its paragraph: the next paragraph is what was said.
      if (!out.some((a) => a.cue && a.content.first <= next.last && next.first <= a.content.last && (a.cue.first < next.first || a.cue.last > next.last))) content = next;
    } else if (end - frameLast <= TAIL_MAX && before > s.start && (tokens[before]!.norm === ',' || quote[before] === 3)) {
      // "…, sources said (on Monday)."
      let tail = true;
      for (let k = frameLast + 1; k <= end; k++) if (tokens[k]!.pos === 'VERB' || quote[k] !== 0) tail = false;
      let last = before;
      while (last > s.start && (tokens[last]!.norm === ',' || (tokens[last]!.pos === 'PUNCT' && quote[last] === 0))) last--;
      let first = s.start;
      while (first < last && tokens[first]!.pos === 'PUNCT' && quote[first] === 0) first++;
      if (tail && last - first >= 2) {
        // An indirect content that ran on from an earlier sentence into this one ("Alvarez said
        // she hoped for $12 a crate. Early crates went for $9, she said.") ends with its own
        // sentence: the rest is this cue's.
        // (Not inside a quotation that runs over the sentence end.)
        for (let i = 0; i < out.length && quote[first] !== 1 && quote[first] !== 3; i++) {
          const a = out[i]!;
          if (a.content.first >= first || a.content.last < first || a.content.last > last) continue;
          if ((a.cue && a.cue.last >= first) || (a.source && a.source.last >= first)) continue;
          let end = first - 1;
          while (end > a.content.first && tokens[end]!.pos === 'PUNCT' && quote[end] === 0) end--;
          if (end - a.content.first < 2) continue;
          count(a, -1);
          out[i] = { ...a, content: { ...a.content, last: end } };
          count(out[i]!, 1);
        }
        const inner = out.filter((a) => a.content.first <= last && first <= a.content.last);
        const nested = inner.every((a) => a.content.first >= first && a.content.last <= last && (!a.cue || (a.cue.first >= first && a.cue.last <= last))
          && (!a.source || (a.source.first >= first && a.source.last <= last)));
        // "Okafor said she felt … “…,” she said.": a pronoun repeating the named speaker of
        // the clause's own attribution adds no frame around it.
        const repeats = !!source && source.first === source.last && PERSONAL.has(tokens[source.first]!.norm)
          && inner.length > 0 && inner.every((a) => a.cue && a.source && !(a.source.first === a.source.last && tokens[a.source.first]!.pos === 'PRON'));
        if (nested && !repeats) {
          content = { role: 'CON', first, last };
          replaces = inner;
        }
      }
    } else if (rest && source && source.last < cue.first) {
      // "Clinton wants to sign up …": the rest of the sentence, up to the next attribution
      // (only with a source before the cue: a cue alone is too weak a sign).
      let last = cue.last;
      while (last + 1 <= end && !taken(last + 1) && !cueAt(last + 1)) last++;
      // (Nor a word that only joins on what follows: "…, with", "… and".)
      while (last > cue.last && joinsOn(tokens[last]!)) last--;
      // "told reporters he lost power": the one told is no part of what was said.
      const first = afterAddressee(ctx, cue, last);
      if (last - first >= 1 && last - cue.last >= 2 && opensArgument(ctx, first)) content = { role: 'CON', first, last };
    }
    if (!content) continue;
    for (const a of replaces) count(a, -1);
    out = out.filter((a) => !replaces.includes(a));
    const made: Attribution = { content, cue, source };
    out.push(made);
    count(made, 1);
    used.add(cue.first);
  }
  return out.length === raws.length && out.every((a, i) => a === raws[i]) ? [...raws] : out.sort((a, b) => a.content.first - b.content.first);
}

/** Longest subject of a sentence-final frame before its relative clause, in tokens. */
const RELATIVE_SUBJECT_MAX = 8;

/**
 * The subject set off before a relative clause that ends right before a cue, after a comma
 * (", a senior official, who asked not to be named, told"): a noun phrase of a few words, or null.
 */
function relativeSubject(ctx: TokenContext, cueAt: number, from: number): TokenSpan | null {
  const { tokens, quote } = ctx;
  if (cueAt - 1 <= from || tokens[cueAt - 1]!.norm !== ',') return null;
  let c1 = cueAt - 2;
  while (c1 > from && tokens[c1]!.norm !== ',' && quote[c1] === 0) c1--;
  if (c1 <= from || tokens[c1]!.norm !== ',' || !/^(?:who|which)$/.test(tokens[c1 + 1]!.norm)) return null;
  let c0 = c1 - 1;
  while (c0 > from && c1 - c0 <= RELATIVE_SUBJECT_MAX + 1 && /^(NOUN|PROPN|ADJ|DET|NUM)$/.test(tokens[c0]!.pos)) c0--;
  if (c0 === c1 - 1 || tokens[c0]!.norm !== ',' || !/^(NOUN|PROPN)$/.test(tokens[c1 - 1]!.pos)) return null;
  return { role: 'SRC', first: c0 + 1, last: c1 - 1 };
}

/**
 * The paragraph after a cue's frame that ends its own paragraph with a colon, the words
 * between (at most TAIL_MAX, no verb: "said in a statement:") aside: its tokens up to the
 * last word; null if the frame does not end so.
 */
function colonParagraph(ctx: TokenContext, frameLast: number, s: Sequence): TokenSpan | null {
  const { tokens, sequences } = ctx;
  // (The tagger may take the colon into the cue: "added:".)
  let k = tokens[frameLast]!.norm === ':' ? frameLast : frameLast + 1;
  while (k < s.end && k - frameLast <= TAIL_MAX && tokens[k]!.norm !== ':' && tokens[k]!.pos !== 'VERB') k++;
  if (k >= tokens.length || tokens[k]!.norm !== ':') return null;
  const p = firstIndex(sequences.length, (i) => sequences[i]!.end > k);
  const para = sequences[p];
  if (!para || para.end !== k + 1) return null;
  const following = sequences[p + 1];
  if (!following) return null;
  const last = lastWord(ctx, following);
  return last - following.start >= 2 ? { role: 'CON', first: following.start, last } : null;
}

/** A comma, a conjunction or a preposition: a word that only joins on what follows ("…, with", "… and"). */
const joinsOn = (t: Token) => t.norm === ',' || /^(ADP|CCONJ|SCONJ)$/.test(t.pos);

/** Verbs whose object is the one spoken to, before what was said ("told reporters he …"). */
const TELLING: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'notify', 'convince', 'persuade', 'promise', 'reassure']);
/** Telling verbs a speaker may follow ('"…," warned the minister'); after the others a name is the one told. */
const SPOKEN_BEFORE: ReadonlySet<string> = new Set(['warn', 'promise']);
/** Longest addressee skipped, in tokens. */
const ADDRESSEE_MAX = 4;

/**
 * Where what was said starts after a telling verb: past its addressee ("told reporters he
 * lost power", "assured the council that …"), when a clause follows it; else right after
 * the cue.
 */
function afterAddressee(ctx: TokenContext, cue: TokenSpan, last: number): number {
  const { tokens } = ctx;
  const next = cue.last + 1;
  if (!TELLING.has(ctx.lemmas[cue.last]!)) return next;
  let k = next;
  while (k <= last && k - next < ADDRESSEE_MAX && /^(DET|ADJ|NOUN|PROPN|PRON)$/.test(tokens[k]!.pos) && !PRONOUNS.has(tokens[k]!.norm)) k++;
  if (k === next || k > last) return next;
  return tokens[k]!.norm === 'that' || PRONOUNS.has(tokens[k]!.norm) ? k : next;
}

/**
 * Can token k open a verb's object or complement clause? A noun phrase, a pronoun, a
 * "that"/"whether" clause, an infinitive or a gerund can; a comma, a preposition or an
 * adverb after the verb starts an adjunct ("spoke over boos from …", "reported, even on
 * Friday").
 */
export function opensArgument(ctx: TokenContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (ctx.quote[k] !== 0) return true;
  if (/^(DET|NOUN|PROPN|PRON|ADJ|NUM|VERB)$/.test(t.pos)) return true;
  if (t.pos === 'SCONJ') return true;
  if (t.pos === 'PART' && t.norm === 'to') return true;
  return false;
}

/** Longest apposition or relative clause skipped between a subject and its cue, in tokens. */
const APPOSITION_MAX = 30;
/** Words that open an apposition or a parenthetical after a subject ("X, which …,", "X, like Y,", "X, including Y,"). */
const APPOSITION_OPENERS = new Set(['which', 'who', 'whose', 'like', 'including', 'such', 'especially', 'among',
  // … and a circumstance set off after it: "X, in an interview with Reuters, said", "X, at a news conference, said".
  'in', 'at', 'during', 'after', 'on']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * The subject of a cue separated from it by an apposition or a relative clause set off
 * by commas: "The alliance, which includes two unions, advocates …", "Critics of the
 * program, like Senator X, see …", "Smith, the bank's chief economist, said …" (when the
 * tagger found no source). The noun phrase before the first comma (with an "of" phrase
 * before it) must open its clause: it stands at the start of the sentence or after a
 * comma, a conjunction or a subordinator.
 */
export function subjectBeforeApposition(ctx: TokenContext, cueAt: number, cFirst: number, cLast: number): TokenSpan | null {
  const { tokens, sent, sentRange } = ctx;
  const s = sentRange[sent[cueAt]!]!;
  const inContent = (x: number) => x >= cFirst && x <= cLast;
  let k = cueAt - 1;
  while (k > s.start && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART')) k--;
  if (k <= s.start || tokens[k]!.norm !== ',' || inContent(k)) return null;
  // The comma that opens the apposition.
  let c0 = k - 1;
  while (c0 > s.start && k - c0 <= APPOSITION_MAX && tokens[c0]!.norm !== ',' && ctx.quote[c0] === 0 && !inContent(c0)) c0--;
  if (c0 <= s.start || tokens[c0]!.norm !== ',' || c0 === k - 1) return null;
  const open = tokens[c0 + 1]!;
  const opener = APPOSITION_OPENERS.has(open.norm) || (open.pos === 'VERB' && /(ing|ed)$/.test(open.norm)) || ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(open.pos);
  if (!opener) return null;
  // The noun phrase before it, with an "of" phrase ("Critics of the program").
  const last = c0 - 1;
  if (!NOMINAL.has(tokens[last]!.pos) || inContent(last)) return null;
  let first = last;
  // (A capitalised participle inside a name is of the name, as the tagger reads "United" in "the United States" after GUM.)
  const ofPhrase = (k: number) => /^(NOUN|PROPN|ADJ|DET|NUM)$/.test(tokens[k]!.pos)
    || (tokens[k]!.pos === 'VERB' && tokens[k + 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(ctx.text[tokens[k]!.start]!));
  while (first - 1 >= s.start && !inContent(first - 1) && ofPhrase(first - 1)) first--;
  if (first - 2 >= s.start && tokens[first - 1]!.norm === 'of' && NOMINAL.has(tokens[first - 2]!.pos) && !inContent(first - 2)) {
    first -= 2;
    while (first - 1 >= s.start && !inContent(first - 1) && ofPhrase(first - 1)) first--;
  }
  const before = first > s.start ? tokens[first - 1]! : null;
  if (before && !(before.norm === ',' || before.pos === 'CCONJ' || before.pos === 'SCONJ' || before.norm === 'that' || (before.pos === 'PUNCT' && ctx.quote[first - 1] === 0))) return null;
  return { role: 'SRC', first, last };
}

/** Participles that, before "to", are adjectives of the subject's own resolve or readiness ("is determined to"). */
const RESOLVE = new Set(['determined', 'prepared', 'poised', 'inclined', 'resolved', 'committed', 'disposed', 'minded']);

/** Endings of English past participles, regular and irregular ("asked", "seen", "known", "thought", "told", "put"). */
const PARTICIPLE = /(ed|en|wn|rn|ne|ght|ld|id|lt|nt|pt|ung|uck|ut|un|de)$/;
/** Subordinators that may stand before a bare participle ("when asked", "if elected", "once told"). */
const SUBORDINATORS = new Set(['when', 'whenever', 'if', 'once', 'after', 'before', 'until', 'unless', 'while', 'though', 'although']);
const NEGATIONS = new Set(['not', "n't", 'n’t', 'never']);

/** Verbs that raise their clause's subject ("Clinton seems to …"): the subject belongs to the content. */
const RAISING = new Set(['seem', 'appear', 'happen', 'tend']);
/** Words between a raising verb and the verb its subject acts through ("appears set to announce"). */
const RAISED_READY = new Set(['set', 'poised', 'ready', 'likely', 'unlikely', 'about', 'willing', 'eager', 'determined']);

/**
 * Is a cue's verb passive ("was accused of", "has been criticized for", "is expected")
 * or a raising verb ("seems", "appeared")? Then the noun phrase before it is what is
 * talked about, not who talks. The auxiliaries may stand just before the cue.
 */
function subjectlessVoice(ctx: TokenContext, cue: TokenSpan): 'passive' | 'raising' | null {
  const { tokens } = ctx;
  // "…, she said when asked about …": a participle right after a subordinator is passive.
  const c0 = tokens[cue.first]!;
  if (cue.first > 0 && SUBORDINATORS.has(tokens[cue.first - 1]!.norm) && c0.pos === 'VERB' && /ed$/.test(c0.norm)) return 'passive';
  let k = cue.first;
  while (k > 0 && k > cue.first - 3 && (tokens[k - 1]!.pos === 'AUX' || tokens[k - 1]!.pos === 'ADV' || tokens[k - 1]!.pos === 'PART')) k--;
  for (; k <= cue.last; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' && lemmaOf(t) === 'be') {
      // be + past participle: a passive.
      let j = k + 1;
      while (j <= cue.last && (tokens[j]!.pos === 'ADV' || NEGATIONS.has(tokens[j]!.norm))) j++;
      if (j <= cue.last && tokens[j]!.pos === 'VERB' && PARTICIPLE.test(tokens[j]!.norm)) {
        const next = tokens[j + 1];
        // "he's sought to", "who's called for": a contracted "has", not "is", before a verb of
        // intent or a verb taking "for".
        if (/^['’]s$/.test(t.norm) && (ctx.cat[j] === INTENT || (next && next.norm === 'for'))) return null;
        // "is convinced that", "were angry over": the subject thinks after all.
        if (next && /^(that|over|at)$/.test(next.norm)) return null;
        // "was quoted as saying", "was prompted to say": the subject speaks through the verb
        // the cue goes on to; "is expected to", "is seen as" alone leave the speaker unnamed.
        const after = tokens[j + 2];
        if (next && /^(to|as)$/.test(next.norm) && j + 2 <= cue.last && (after!.pos === 'VERB' || after!.pos === 'AUX')) return null;
        // … also with the one who quoted it between ("was quoted by Interfax as saying").
        if (next && next.norm === 'by') {
          let a = j + 2;
          while (a < cue.last && !/^(to|as)$/.test(tokens[a]!.norm)) a++;
          if (a < cue.last && /^(to|as)$/.test(tokens[a]!.norm) && (tokens[a + 1]!.pos === 'VERB' || tokens[a + 1]!.pos === 'AUX')) return null;
        }
        // "is devoted to defeating …", "are opposed to the plan": "to" a preposition, the
        // participle an adjective of the subject's own stance.
        if (next && next.norm === 'to' && after && ((after.pos !== 'VERB' && after.pos !== 'AUX') || /ing$/.test(after.norm))) return null;
        // "is determined to", "are poised to": adjectives of the subject's own resolve.
        if (next && next.norm === 'to' && RESOLVE.has(tokens[j]!.norm)) return null;
        // "were worried about": the subject thinks; "was asked about": someone spoke to it.
        if (next && next.norm === 'about' && ctx.cat[j] !== SPEECH) return null;
        return 'passive';
      }
    }
    if (t.pos === 'VERB') {
      if (!RAISING.has(lemmaOf(t))) return null;
      // "appeared to suggest", "seemed to think": the raised subject speaks through the
      // verb the cue goes on to.
      for (let j = k + 1; j <= cue.last; j++) if (tokens[j]!.pos === 'VERB') return null;
      // … also when a verb of speech, thought or intent follows the cue ("seemed to think
      // that", "appears set to announce").
      let j = cue.last + 1;
      if (tokens[j] && RAISED_READY.has(tokens[j]!.norm)) j++;
      if (tokens[j]?.norm === 'to' && tokens[j + 1]?.pos === 'VERB' && ctx.cat[j + 1] !== 0) return null;
      return 'raising';
    }
  }
  return null;
}

/**
 * Cues whose subject is not their speaker: passive ("X was accused of …") and raising
 * ("X seems …") cues lose the source before them, and a past participle opening its
 * sentence ("Asked about …, the mayor said") the one after it. A passive's agent ("was
 * first reported by the Herald") is its source, also where the tagger found none.
 */
export function subjectlessCues(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  return raws.map((a) => {
    if (!a.cue || a.fronted) return a;
    if (a.source && (evidentialCue(ctx, a.cue) || expletiveCue(ctx, a.cue, a.source))) return { ...a, source: null };
    if (a.source && namingParticiple(ctx, a.cue)) return { ...a, source: agentOf(ctx, a.cue, a.content.first, a.content.last) };
    if (a.source && a.source.first > a.cue.last && nominalCue(ctx, a.cue) && !OF_SPEAKER.has(ctx.tokens[a.source.first - 1]!.norm)) return { ...a, source: null };
    const voice = subjectlessVoice(ctx, a.cue);
    const passive = voice === 'passive';
    const agent = () => (passive || openingParticiple(ctx, a.cue!) ? agentOf(ctx, a.cue!, a.content.first, a.content.last) : null);
    if (!a.source) {
      const src = agent();
      return src ? { ...a, source: src } : a;
    }
    if (a.source.last < a.cue.first) return voice !== null ? { ...a, source: agent() } : a;
    // "Asked about …, the mayor said": the mayor answers through a cue of his own.
    if (a.source.first > a.cue.last && openingParticiple(ctx, a.cue)) return { ...a, source: agent() };
    // "The veto is expected to come Friday, but Republicans …": after a passive or raising
    // cue only a passive's agent speaks.
    if (a.source.first > a.cue.last && voice !== null) return { ...a, source: agent() };
    return a;
  });
}

/**
 * Adverbs that report hearsay or inference without naming whose ("The firm reportedly
 * cut jobs", "the allegedly forged letter"): as a cue of their own they have no speaker.
 */
const EVIDENTIAL = new Set(['reportedly', 'allegedly', 'apparently', 'purportedly', 'supposedly', 'seemingly', 'presumably',
  'ostensibly', 'evidently', 'reputedly']);

function evidentialCue(ctx: TokenContext, cue: TokenSpan): boolean {
  let found = false;
  for (let k = cue.first; k <= cue.last; k++) {
    if (EVIDENTIAL.has(ctx.tokens[k]!.norm)) found = true;
    else if (ctx.tokens[k]!.pos !== 'PUNCT') return false;
  }
  return found;
}

/** Verbs of an expletive "it" with an adjective ("it is clear that …", "it became obvious", "it seems unlikely"). */
const COPULAS = new Set(['be', 'become', 'seem', 'remain', 'appear', 'look', 'prove']);

/**
 * "It is unclear whether …", "it's not obvious that …": an expletive "it" with a copula and
 * an adjective, or "it was announced that …" with a passive, in the cue or as its source, names no speaker.
 */
function expletiveCue(ctx: TokenContext, cue: TokenSpan, source: TokenSpan): boolean {
  const { tokens } = ctx;
  let k = cue.first;
  if (tokens[k]!.norm === 'it') k++;
  else if (!(source.first === source.last && tokens[source.first]!.norm === 'it' && source.last < cue.first)) return false;
  if (k > cue.last || !COPULAS.has(lemmaOf(tokens[k]!))) return false;
  const be = lemmaOf(tokens[k]!) === 'be';
  k++;
  while (k <= cue.last && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART' || tokens[k]!.pos === 'AUX')) k++;
  if (k > cue.last) return false;
  // "It was announced that …", "it is reported that …": a passive with an expletive "it" names no one either.
  return tokens[k]!.pos === 'ADJ' || (be && tokens[k]!.pos === 'VERB' && PARTICIPLE.test(tokens[k]!.norm) && tokens[cue.last + 1]?.norm === 'that');
}

/** Participles that name a thing, never past tenses ("a tax known as …", "a film entitled …"). */
const NAMING = new Set(['known', 'entitled', 'titled', 'nicknamed', 'so-called']);

/**
 * A naming participle after a noun ("the contests known as …", "a film entitled …", "the
 * resort, now known as …") tells what a thing is called, by nobody named ("called", also a
 * past tense, is left alone).
 */
function namingParticiple(ctx: TokenContext, cue: TokenSpan): boolean {
  const { tokens } = ctx;
  let k = cue.first;
  while (k <= cue.last && tokens[k]!.pos === 'ADV') k++;
  if (k > cue.last || !NAMING.has(tokens[k]!.norm)) return false;
  let b = cue.first - 1;
  while (b >= 0 && tokens[b]!.pos === 'ADV') b--;
  if (b >= 0 && tokens[b]!.norm === ',') b--;
  return b >= 0 && NOMINAL.has(tokens[b]!.pos) && tokens[b]!.pos !== 'PRON';
}

/** Prepositions that bring in the speaker of a noun ("a warning from the police", "claims by rivals"). */
const OF_SPEAKER = new Set(['by', 'from', 'of', 'among']);

/**
 * A cue that is a noun phrase, with no verb ("growing concerns that …", "reports of …"):
 * its speaker is its possessor or a "by"/"from" phrase, never a noun phrase somewhere
 * after it ("Questions about the deal remain, the senator said": the senator speaks
 * through "said", not through "questions").
 */
function nominalCue(ctx: TokenContext, cue: TokenSpan): boolean {
  let noun = false;
  for (let k = cue.first; k <= cue.last; k++) {
    const p = ctx.tokens[k]!.pos;
    if (p === 'VERB' || p === 'AUX') return false;
    if (p === 'NOUN') noun = true;
  }
  return noun;
}

/**
 * A past participle that opens its sentence ("Asked about the plan, the mayor said …",
 * "When asked whether …, she said"): the question's asker goes unnamed, and the speaker
 * after it answers through a cue of their own.
 */
function openingParticiple(ctx: TokenContext, cue: TokenSpan): boolean {
  const { tokens, sent, sentRange } = ctx;
  const t = tokens[cue.first]!;
  if (t.pos !== 'VERB' || !/(ed|en|wn|ld|ght)$/.test(t.norm)) return false;
  const s = sentRange[sent[cue.first]!]!;
  let k = s.start;
  while (k < cue.first && tokens[k]!.pos === 'PUNCT' && ctx.quote[k] === 0) k++;
  if (k < cue.first && (tokens[k]!.pos === 'SCONJ' || tokens[k]!.pos === 'ADV')) k++;
  return k === cue.first;
}

/** The longest subject noun phrase, in tokens, and the parts of speech it is made of. */
export const SUBJECT_MAX = 8;
export const SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);

/** Farthest a clause's subject may stand before a participial or coordinated cue, in tokens. */
const CLAUSE_SPAN = 60;
export const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose']);

/**
 * The subject of the clause a cue continues: a participle after a comma ("Romney went
 * after Trump, calling it …") speaks for the subject of the main clause; a verb joined by
 * a conjunction ("He is bearish on loans and expects …", "…, yet refuses …") for the
 * subject of the verb it is joined to, the nearest one. A subject is a noun phrase right
 * before a verb group that opens its clause (at the start of the sentence, or after a
 * comma, a quotation, a conjunction); subjects of subordinate clauses ("when he …",
 * "that she believes …") do not count for a participle.
 */
export function clauseSubject(ctx: TokenContext, cueAt: number, cFirst: number, cLast: number): TokenSpan | null {
  const { tokens, sent, sentRange, quote } = ctx;
  const s = sentRange[sent[cueAt]!]!;
  const inContent = (x: number) => x >= cFirst && x <= cLast;
  let p = cueAt - 1;
  while (p > s.start && tokens[p]!.pos === 'ADV') p--;
  if (p <= s.start) return null;
  const participle = tokens[p]!.norm === ',' && /ing$/.test(tokens[cueAt]!.norm) && tokens[cueAt]!.pos === 'VERB';
  const joined = tokens[p]!.pos === 'CCONJ' && tokens[cueAt]!.pos === 'VERB';
  if (!participle && !joined) return null;
  let found: TokenSpan | null = null;
  for (let j = p - 1; j > s.start && cueAt - j <= CLAUSE_SPAN; j--) {
    if (inContent(j)) break;
    const t = tokens[j]!;
    if (quote[j] !== 0 && t.pos !== 'PUNCT') continue;
    if ((t.pos !== 'VERB' && t.pos !== 'AUX') || /^(AUX|VERB|PART)$/.test(tokens[j - 1]!.pos)) continue;
    // The verb group's first word; the noun phrase before it (adverbs between).
    let e = j - 1;
    while (e > s.start && tokens[e]!.pos === 'ADV') e--;
    if (tokens[e]!.norm === ',') {
      // "The authors of the report, which …, combed through … and found": the subject
      // before an apposition or relative clause.
      const before = subjectBeforeApposition(ctx, j, cFirst, cLast);
      if (before) {
        found = before;
        if (joined) return found;
        j = before.first;
      }
      continue;
    }
    if (!NOMINAL.has(tokens[e]!.pos) || quote[e] !== 0 || inContent(e)) continue;
    if (RELATIVES.has(tokens[e]!.norm)) {
      if (joined && tokens[e]!.pos === 'PRON') return { role: 'SRC', first: e, last: e };
      continue;
    }
    let b = e;
    while (b - 1 >= s.start && e - b + 1 < SUBJECT_MAX && SUBJECT_POS.has(tokens[b - 1]!.pos) && quote[b - 1] === 0 && !inContent(b - 1)) b--;
    const before = b > s.start ? tokens[b - 1]! : null;
    const subordinate = before !== null && (before.pos === 'SCONJ' || before.norm === 'that' || RELATIVES.has(before.norm) || before.pos === 'ADP');
    if (before && !subordinate && !(before.pos === 'PUNCT' || before.pos === 'CCONJ')) continue;
    if (subordinate) {
      if (joined && !found) return null;
      continue;
    }
    found = { role: 'SRC', first: b, last: e };
    // A conjunction joins the nearest verb; a participle the main clause's (keep looking left).
    if (joined) return found;
  }
  return found;
}

/** How far after a passive cue its "by" phrase may begin, in tokens. */
const AGENT_GAP = 4;
const AGENT_MAX = 10;

/** The agent of a passive cue: the noun phrase after "by" ("was first reported by the Herald"). */
function agentOf(ctx: TokenContext, cue: TokenSpan, cFirst: number, cLast: number): TokenSpan | null {
  const { tokens, sent } = ctx;
  const si = sent[cue.first];
  for (let k = cue.first + 1; k <= cue.last + AGENT_GAP && k + 1 < tokens.length && sent[k] === si; k++) {
    if (k >= cFirst && k <= cLast) return null;
    if (tokens[k]!.norm !== 'by') continue;
    let e = k;
    while (e + 1 < tokens.length && sent[e + 1] === si && e - k < AGENT_MAX && !(e + 1 >= cFirst && e + 1 <= cLast)
      && (SUBJECT_POS.has(tokens[e + 1]!.pos) || (tokens[e + 1]!.norm === 'of' && e > k) || tokens[e + 1]!.pos === 'ADV')) e++;
    while (e > k && !NOMINAL.has(tokens[e]!.pos)) e--;
    return e > k ? { role: 'SRC', first: k + 1, last: e } : null;
  }
  return null;
}
