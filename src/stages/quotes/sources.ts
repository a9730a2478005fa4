/**
 * Corrections to sources that name no one, applied by index.ts after the rules of
 * rules.ts and content.ts:
 *  - yearSources: a year alone is no source ("2018 saw …"), but the name it dates is
 *    ("The Wildlife Protection Act, 1972 lists …");
 *  - timeSources: a time is no source either. One alone stands where the subject's
 *    time does ("Cyclops yesterday said …": Cyclops speaks), or for no one ("Monday saw
 *    armed police …": the attribution goes); one after a source's words is cut off
 *    ("The Emergencies Ministry on Monday said …");
 *  - articleSources: an article alone ("A suspected gas leak …") is no speaker, and what
 *    the tagger read as said there was not.
 */
import type { TokenSpan } from './assemble.js';
import type { TokenContext } from './features.js';
import type { Attribution } from './rules.js';
import { CALENDAR } from './speaker.js';

/** A year, as a source may wrongly be one. */
const YEAR = /^(?:1[5-9]|20)\d\d$/;

/**
 * A year alone is nobody speaking. After a name and a comma it dates the name ("The
 * Wildlife Protection Act, 1972 lists …"), and the source takes the name in; otherwise it
 * is the time of a verb that reports nothing ("2018 saw 11,187 accidents", "has until
 * March, 1990 to approve"), and the attribution goes.
 */
export function yearSources(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, sent } = ctx;
  const out: Attribution[] = [];
  for (const a of raws) {
    const s = a.source;
    if (!s || s.first !== s.last || !YEAR.test(tokens[s.first]!.norm)) {
      out.push(a);
      continue;
    }
    const si = sent[s.first];
    const inSentence = (k: number) => k >= 0 && sent[k] === si;
    let k = s.first - 1;
    // A month before the year ("until March, 1990") is a date, and names no one either.
    if (!inSentence(k - 1) || tokens[k]!.norm !== ',' || tokens[k - 1]!.pos !== 'PROPN' || CALENDAR.test(tokens[k - 1]!.norm)) continue;
    k--;
    while (inSentence(k - 1) && tokens[k - 1]!.pos === 'PROPN') k--;
    if (inSentence(k - 1) && tokens[k - 1]!.pos === 'DET') k--;
    out.push({ ...a, source: { ...s, first: k } });
  }
  return out;
}

/** Words of time in lower case ("USA Today" is a name). */
const TIME_WORD = /^(?:yesterday|today|tonight|tomorrow|days?|weeks?|weekends?|months?|years?|mornings?|afternoons?|evenings?|nights?)$/;
/**
 * Words that go with a time: "on Monday", "earlier this week", "both yesterday". (Not "in",
 * "over" or "for": "a speech delivered in July", "polls taken over the past two weeks"
 * date what the noun phrase names, not the saying.)
 */
const TIME_WITH = new Set(['on', 'last', 'this', 'next', 'early', 'late', 'earlier', 'later', 'past', 'the', 'both']);

/** A token of a time: a day, a month, or one of TIME_WORD as written (capitalised where it opens its sentence). */
function isTimeWord(ctx: TokenContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  const w = ctx.text.slice(t.start, t.end);
  const opens = k === 0 || ctx.sent[k - 1] !== ctx.sent[k];
  return TIME_WORD.test(opens ? w.toLowerCase() : w) || (CALENDAR.test(w) && /^\p{Lu}/u.test(w));
}

/** Where the time that ends tokens first … last starts (a time word, with the words that go with it before), or -1. */
function timeFrom(ctx: TokenContext, first: number, last: number): number {
  if (!isTimeWord(ctx, last)) return -1;
  let k = last;
  while (k > first && (isTimeWord(ctx, k - 1) || TIME_WITH.has(ctx.tokens[k - 1]!.norm))) k--;
  return k;
}

/** Subject words: a noun phrase before a time ("Cyclops Corp yesterday said"). */
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);
const SUBJECT_MAX = 8;

/**
 * The noun phrase that ends right before token at, in its sentence and outside quotations,
 * opening its clause (the sentence's start, or after punctuation or a conjunction); null
 * when there is none ("… were on Wednesday reported …" has a verb there).
 */
function subjectBefore(ctx: TokenContext, at: number): TokenSpan | null {
  const { tokens, sent, quote } = ctx;
  const e = at - 1;
  const same = (k: number) => k >= 0 && sent[k] === sent[at] && quote[k] === 0;
  if (!same(e) || !['NOUN', 'PROPN', 'PRON'].includes(tokens[e]!.pos) || isTimeWord(ctx, e)) return null;
  let b = e;
  while (same(b - 1) && e - b + 1 < SUBJECT_MAX && SUBJECT_POS.has(tokens[b - 1]!.pos) && !isTimeWord(ctx, b - 1)) b--;
  if (same(b - 1) && !['PUNCT', 'CCONJ'].includes(tokens[b - 1]!.pos) && tokens[b - 1]!.norm !== 'that') return null;
  return { role: 'SRC', first: b, last: e };
}

/**
 * A source that ends with a time loses it, after a noun phrase alone ("State media on
 * Saturday"); a source that is a time alone gives way to the noun phrase before it ("The
 * council yesterday said"), or to the subject of the clause a participle hangs on, or the
 * attribution goes ("Monday saw …", "was yesterday reported to …").
 */
export function timeSources(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens } = ctx;
  const out: Attribution[] = [];
  for (const a of raws) {
    const s = a.source;
    const from = s && !a.turn ? timeFrom(ctx, s.first, s.last) : -1;
    if (!s || from < 0) {
      out.push(a);
      continue;
    }
    if (from > s.first) {
      // Cut off after a noun phrase alone; after a verb or modifier the time is theirs
      // ("a poll released Friday", "a wife of 20 years").
      const before = tokens[from - 1]!.pos;
      let verb = false;
      for (let k = s.first; k < from; k++) verb ||= tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX';
      out.push(!verb && ['NOUN', 'PROPN', 'PRON'].includes(before) ? { ...a, source: { ...s, last: from - 1 } } : a);
      continue;
    }
    const subject = subjectBefore(ctx, s.first);
    if (subject) out.push({ ...a, source: subject });
    // "…, yesterday saying …": a participle speaks for the subject of its clause.
    else if (a.cue && /ing$/.test(tokens[a.cue.first]!.norm) && tokens[a.cue.first]!.pos === 'VERB') out.push({ ...a, source: null, inherits: true });
  }
  return out;
}

/** An article alone as source: the tagger read a noun phrase's adjective as a cue ("the proposed end point"). */
export function articleSources(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  return raws.filter((a) => !a.source || a.turn || a.source.first !== a.source.last || !/^(?:a|an|the)$/.test(ctx.tokens[a.source.first]!.norm));
}
