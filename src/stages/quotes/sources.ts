/**
 * Corrections to sources that name no one, or more or less than the source, applied by
 * index.ts after the rules of rules.ts and content.ts (correctSources runs them in order):
 *  - yearSources: a year alone is no source ("2018 saw …"), but the name it dates is
 *    ("The Wildlife Protection Act, 1972 lists …");
 *  - timeSources: a time is no source either. One alone stands where the subject's
 *    time does ("Cyclops yesterday said …": Cyclops speaks), or for no one ("Monday saw
 *    armed police …": the attribution goes); one after a source's words is cut off
 *    ("The Emergencies Ministry on Monday said …");
 *  - clauseSources: a source that runs on into its own clause ends before the verb
 *    ("Mike Pompeo posted a message on Twitter, saying …");
 *  - nameSources: a source that starts inside a name starts with the name ("United States
 *    President Donald Trump", not "States President …");
 *  - articleSources: an article alone ("A suspected gas leak …") is no speaker, and what
 *    the tagger read as said there was not;
 *  - unquotedInversions (first): an inversion without quotation marks read backwards ("Kenya
 *    needs …, said an economist at a Nairobi bank") has source and content swapped back.
 */
import type { TokenSpan } from './assemble.js';
import type { TokenContext } from './features.js';
import { SUBJECT_MAX, SUBJECT_POS, type Attribution } from './rules.js';
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
 * A source that opens with a time loses it (leadingTime); one that ends with a time loses
 * it, after a noun phrase alone ("State media on Saturday"); a source that is a time alone
 * gives way to the noun phrase before it ("The council yesterday said"), or to the subject
 * of the clause a participle hangs on, or the attribution goes ("Monday saw …", "was
 * yesterday reported to …").
 */
export function timeSources(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens } = ctx;
  const out: Attribution[] = [];
  for (const a0 of raws) {
    const a = leadingTime(ctx, a0);
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

/** Parts of speech that open a noun phrase. */
const OPENS_NP = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'PRON', 'NUM']);

/**
 * An attribution whose source opens with a time ("Last year US President Donald Trump",
 * "Yesterday, House Speaker Nancy Pelosi", "On Monday the ministry") without it. A day
 * alone before a name is left, which may be the name's ("Sunday Times"): the time must
 * hold a word such as "last" or "on", or be followed by a comma or an article.
 */
function leadingTime(ctx: TokenContext, a: Attribution): Attribution {
  const s = a.source;
  if (!s || a.turn) return a;
  const { tokens } = ctx;
  let k = s.first;
  let time = false;
  let joined = false;
  while (k < s.last && (isTimeWord(ctx, k) || TIME_WITH.has(tokens[k]!.norm))) {
    time ||= isTimeWord(ctx, k);
    joined ||= TIME_WITH.has(tokens[k]!.norm) && tokens[k]!.norm !== 'the';
    k++;
  }
  if (!time || k === s.first) return a;
  const comma = tokens[k]!.norm === ',';
  if (!joined && !comma && tokens[k]!.pos !== 'DET') return a;
  if (comma) k++;
  // What is left opens a noun phrase ("On this weekend’s broadcast" is a time's, "on Saturday at the gala" a place's).
  // (A capitalised word opens a name whatever its tag: "Yesterday, United States House Speaker …", "United" read as a verb.)
  const opensName = k <= s.last && /^\p{Lu}/u.test(ctx.text.slice(tokens[k]!.start, tokens[k]!.end));
  return k <= s.last && (OPENS_NP.has(tokens[k]!.pos) || opensName) ? { ...a, source: { ...s, first: k } } : a;
}

/** An article alone as source: the tagger read a noun phrase's adjective as a cue ("the proposed end point"). */
export function articleSources(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  return raws.filter((a) => !a.source || a.turn || a.source.first !== a.source.last || !/^(?:a|an|the)$/.test(ctx.tokens[a.source.first]!.norm));
}

/** Past forms that do not end in -ed, of verbs that open a clause after a source's words ("Pompeo wrote a letter …, saying"). */
const IRREGULAR_PAST = new Set(['spoke', 'wrote', 'told', 'sent', 'took', 'gave', 'made', 'put', 'ran', 'began', 'held', 'met', 'left', 'went', 'came', 'broke', 'struck', 'saw', 'got', 'set', 'led', 'brought', 'sought', 'won', 'lost', 'paid', 'kept', 'stood', 'sat', 'read', 'heard', 'felt']);
const RELATIVE = /^(?:who|whom|whose|which|that)$/;
/** Participles that give a common noun a name: "A university student named Wong" is Wong (but "Tom Watson called May's deal lousy"). */
const NAMING = new Set(['named', 'called', 'dubbed', 'titled', 'entitled', 'nicknamed', 'styled', 'identified']);

/**
 * A source that runs on into its own clause ends before the clause's verb: "US Secretary
 * of State Mike Pompeo posted a message on Twitter, saying …" has Pompeo for source, and
 * "the House of Representatives impeached President Donald Trump over …" the House. The
 * verb is a past form in lower case (one word: "state-owned" is an adjective), right after
 * a noun or pronoun, with an object after it (a determiner, pronoun, name or noun, not a
 * time: "a poll published yesterday"); after a common noun, "named" and "called" give it
 * its name. A participle that modifies the noun stays in the source, as PolNeAR's
 * annotators keep it: one in -ing ("A union representing bus drivers"), or one with no
 * object ("a poll released last week", "the officials involved in the talks", "everyone we
 * asked"), and so does what follows a relative pronoun. Before a participle after a comma ("…, saying") the source
 * is a clause whatever its verb takes ("Workers walked out of the plant, saying …").
 */
export function clauseSources(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, text, quote, sent } = ctx;
  return raws.map((a) => {
    const s = a.source;
    if (!s || a.turn || s.last - s.first < 2) return a;
    // (A participle after a comma in the source's sentence: "…, saying", "…, adding".)
    const participle = a.cue !== null && a.cue.first > s.last && sent[a.cue.first] === sent[s.last] && tokens[a.cue.first - 1]!.norm === ','
      && /^[a-z]+ing$/.test(tokens[a.cue.first]!.norm);
    for (let k = s.first; k <= s.last; k++) {
      const t = tokens[k]!;
      if (RELATIVE.test(t.norm)) return a;
      if (k === s.first || t.pos !== 'VERB' || quote[k] !== 0) continue;
      const w = text.slice(t.start, t.end);
      if ((!/^[a-z]+ed$/.test(w) && !IRREGULAR_PAST.has(w)) || (NAMING.has(w) && tokens[k - 1]!.pos === 'NOUN')) continue;
      if (!['NOUN', 'PROPN', 'PRON'].includes(tokens[k - 1]!.pos) || k === s.last) continue;
      if (participle) return { ...a, source: { ...s, last: k - 1 } };
      if (isTimeWord(ctx, k + 1)) continue;
      const o = tokens[k + 1]!.pos;
      if (o === 'DET' || o === 'PRON' || o === 'NOUN' || o === 'PROPN') return { ...a, source: { ...s, last: k - 1 } };
    }
    return a;
  });
}

/** A word in capitals, as a headline's are ("ACME SUPPLIERS SETTLE FTC PRICING CHARGES"): no sign of a name. */
const SHOUTED = /^\p{Lu}{3,}$/u;
/** Parts of speech that do not go on a name leftwards. */
const NOT_NAME_POS = new Set(['ADV', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'ADP', 'PUNCT', 'AUX', 'PART']);

/**
 * A source that starts inside a name starts with the name: "On Tuesday, United States
 * President Donald Trump" had the source from "States" ("United" read as a verb). The
 * words taken in are capitalised (not all in capitals), in the sentence but not its first
 * word, one space apart, no time ("This Wednesday Greek Foreign Minister …" keeps its
 * start), and no part of another attribution.
 */
export function nameSources(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, text, sent, quote } = ctx;
  const capital = (k: number) => /^\p{Lu}/u.test(text.slice(tokens[k]!.start, tokens[k]!.end));
  // (Nor words another attribution's content or cue holds.)
  const held = (k: number) => raws.some((a) => (a.content.first <= k && k <= a.content.last) || (a.cue !== null && a.cue.first <= k && k <= a.cue.last));
  return raws.map((a) => {
    const s = a.source;
    if (!s || a.turn || !capital(s.first)) return a;
    let f = s.first;
    while (f - 2 >= 0 && sent[f - 2] === sent[f] && quote[f - 1] === 0 && tokens[f]!.start - tokens[f - 1]!.end === 1 && capital(f - 1)
      && !NOT_NAME_POS.has(tokens[f - 1]!.pos) && !isTimeWord(ctx, f - 1) && tokens[f - 1]!.norm !== 'i' && !held(f - 1) && !SHOUTED.test(text.slice(tokens[f - 1]!.start, tokens[f - 1]!.end))) f--;
    return f === s.first ? a : { ...a, source: { ...s, first: f } };
  });
}

/** Verbs of saying after which an inversion puts the speaker ("…, said an economist at a Nairobi bank"). */
const INVERTING = new Set(['say', 'add', 'note', 'explain', 'comment', 'state', 'report', 'write', 'observe']);
/** Longest speaker of an inversion, in tokens. */
const UNQUOTED_SPEAKER_MAX = 15;

/**
 * An inversion without quotation marks read backwards: "Kenya needs a new currency regime,
 * said an economist at a Nairobi bank" had the clause for source and the economist for
 * what was said. When the source is a clause (it opens its sentence and has a verb of its
 * own, outside any relative clause or parenthesis), the cue a verb of saying right after
 * its comma, and the content after the cue a short phrase without a verb that ends the
 * sentence, the two change places.
 */
export function unquotedInversions(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, sent, sentRange, quote, lemmas } = ctx;
  return raws.map((a) => {
    const { source: s, cue, content: c } = a;
    if (!s || !cue || a.turn || cue.first !== cue.last || !INVERTING.has(lemmas[cue.first]!) || tokens[cue.first]!.pos !== 'VERB') return a;
    // (The tagger may have taken the comma into the source.)
    const end = tokens[s.last]!.norm === ',' ? s.last - 1 : s.last;
    if (end + 2 !== cue.first || tokens[end + 1]!.norm !== ',' || c.first !== cue.last + 1 || c.last - c.first >= UNQUOTED_SPEAKER_MAX) return a;
    const si = sent[s.first]!;
    if (s.first !== sentRange[si]!.start || sent[c.last] !== si) return a;
    // The content ends its sentence (but for the closing punctuation) and holds no verb and no quotation.
    let e = sentRange[si]!.end - 1;
    while (e > c.last && tokens[e]!.pos === 'PUNCT') e--;
    if (e !== c.last) return a;
    for (let k = c.first; k <= c.last; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || quote[k] !== 0) return a;
    // The source has a verb of its own: before any comma or relative pronoun ("X, who …", "X, winding up …").
    let verb = false;
    for (let k = s.first; k <= end && !verb; k++) {
      const t = tokens[k]!;
      if (t.norm === ',' || /^(?:who|which|that|whose)$/.test(t.norm) || quote[k] !== 0) return a;
      verb = t.pos === 'VERB' || t.pos === 'AUX';
    }
    return verb ? { ...a, source: { ...c, role: 'SRC' }, content: { ...s, last: end, role: 'CON' } } : a;
  });
}

/** The corrections of this file, in the order they apply. */
export function correctSources(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  return articleSources(ctx, nameSources(ctx, timeSources(ctx, clauseSources(ctx, yearSources(ctx, unquotedInversions(ctx, raws))))));
}
