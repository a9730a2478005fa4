/**
 * From tags to attributions: read the source, cue and content spans off the tag
 * sequence, then join each content to its nearest cue (in its paragraph, or at the end of
 * the one before when that ends with a colon) and each cue to the
 * nearest source of its sentence (one after the cue only in an inversion or right after
 * it, and no relative pronoun of a clause closed before the cue).
 */
import { firstIndex } from '../../document/span.js';
import type { TokenContext } from './features.js';
import { TAGS } from './tagger.js';

export type Role = 'SRC' | 'CUE' | 'CON';

/** A span of tokens [first, last] with its role. */
export interface TokenSpan {
  readonly role: Role;
  readonly first: number;
  readonly last: number;
}

export interface RawAttribution {
  readonly content: TokenSpan;
  readonly cue: TokenSpan | null;
  readonly source: TokenSpan | null;
}

/** Runs of B-X I-X … in the tag sequence of the whole document. */
export function spansFromTags(tags: ArrayLike<number>): TokenSpan[] {
  const out: TokenSpan[] = [];
  // The B- tag of the open span (0: none) and where it began. (B-X is an odd index of TAGS, I-X the one after it.)
  let open = 0;
  let first = 0;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : 0;
    if (open && t !== open + 1) {
      out.push({ role: ROLE_OF[open]!, first, last: i - 1 });
      open = 0;
    }
    if (t % 2 === 1) {
      open = t;
      first = i;
    }
  }
  return out;
}

/** The role of each B- tag, by its index in TAGS. */
const ROLE_OF: readonly (Role | undefined)[] = TAGS.map((t) => (t.startsWith('B-') ? t.slice(2) as Role : undefined));

/** Words that join the words of a name ("University of Reading", "Banco de España"). */
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'for']);

/**
 * Cue spans without those that open on a capitalised word inside a name, which the tagger read as a verb
 * of saying: "Senior advisor Hope Hicks", "the Holy See", "Sultan Said bin Taimur", "National Rail". A cue
 * capitalised only because it opens its sentence stays, as do those of a headline in title case ("Trump Says …").
 */
export function withoutNameCues(ctx: TokenContext, spans: readonly TokenSpan[]): TokenSpan[] {
  const { tokens, text, sent } = ctx;
  const word = (k: number) => text.slice(tokens[k]!.start, tokens[k]!.end);
  const capital = (k: number) => k >= 0 && k < tokens.length && /^\p{Lu}[\p{L}.'’-]*$/u.test(word(k));
  // (Two words a space apart in one sentence.)
  const joined = (a: number, b: number) => a >= 0 && b < tokens.length && sent[a] === sent[b] && text.slice(tokens[a]!.end, tokens[b]!.start) === ' ';
  const inName = (k: number): boolean => {
    if (!/^\p{Lu}\p{Ll}+$/u.test(word(k)) || k === 0 || sent[k - 1] !== sent[k]) return false;
    // ("University of Reading": a name's word after its "of".)
    const afterOf = k >= 2 && NAME_LINKS.has(word(k - 1)) && capital(k - 2) && joined(k - 2, k - 1) && joined(k - 1, k);
    if (!(capital(k - 1) && joined(k - 1, k)) && !(capital(k + 1) && joined(k, k + 1)) && !afterOf) return false;
    // A sentence in title case (a headline): most of its words capitalised.
    let words = 0;
    let caps = 0;
    for (let j = k - 1; j >= 0 && sent[j] === sent[k]; j--) if (/^\p{L}/u.test(word(j))) { words++; if (capital(j)) caps++; }
    for (let j = k + 1; j < tokens.length && sent[j] === sent[k]; j++) if (/^\p{L}/u.test(word(j))) { words++; if (capital(j)) caps++; }
    return caps * 2 <= words;
  };
  // The name's word goes to the source or content it is part of (the span right before it, else right after),
  // and that span takes in the rest of the name ("Compagnie" | "Francaise" | "de Raffinage …" is one content).
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.role !== 'CUE' || !inName(s.first)) {
      out.push(s);
      continue;
    }
    const prev = out[out.length - 1];
    const next = spans[i + 1];
    const before = prev && prev.role !== 'CUE' && prev.last === s.first - 1 ? prev : null;
    const after = next && next.role !== 'CUE' && next.first === s.last + 1 ? next : null;
    if (before && after && (before.role === after.role || after.role === 'CON')) {
      // ("Compagnie" | "Francaise" | "de Raffinage … will close": a content that opens with the name; but
      // "Consolidated" | "Rail" | "Corp" | "estimated": a source, whose cue follows.)
      const cueNext = spans[i + 2]?.role === 'CUE' && spans[i + 2]!.first === after.last + 1;
      out[out.length - 1] = { role: cueNext ? before.role : after.role, first: before.first, last: after.last };
      i++;
    } else if (before) out[out.length - 1] = { ...before, last: s.last };
    else if (after) {
      out.push({ ...after, first: s.first });
      i++;
    }
  }
  return out;
}

/** Token gap between two spans (0 when adjacent or overlapping). */
function gap(a: TokenSpan, b: TokenSpan): number {
  if (a.last < b.first) return b.first - a.last - 1;
  if (b.last < a.first) return a.first - b.last - 1;
  return 0;
}

/** Penalty, in tokens, for joining across a sentence boundary. */
const SENTENCE_PENALTY = 40;
/** How many sentences away a cue may stand from its content. */
const MAX_SENTENCES = 1;

/** A source farther than this after its cue is not its subject unless the content stands before the cue. */
const LATE_GAP = 2;
/** What such a source weighs against the sources before the cue: it is taken only when none stands there. */
const LATE_PENALTY = 1000;
const RELATIVE = /^(?:who|which|that)$/;
/** What a cue joined on after a content weighs against it, in tokens. */
const JOINED_PENALTY = 3;
const COORDINATOR = /^(?:and|but|or)$/;
/** A comma or dash, which opens or closes a parenthetical. */
const PAREN = /^(?:,|[–—]|--?)$/;

export function joinSpans(ctx: TokenContext, spans: readonly TokenSpan[]): RawAttribution[] {
  const { sent, tokens } = ctx;
  // "said this week that … and suggested that …": a verb joined on after an indirect
  // content has its own content after it; the content goes to the cue before it.
  const joinedAfter = (c: TokenSpan, q: TokenSpan): boolean => {
    if (ctx.quote[c.first] !== 0 || q.first - c.last > 3) return false;
    for (let k = c.last + 1; k < q.first; k++) if (COORDINATOR.test(tokens[k]!.norm)) return true;
    return false;
  };
  // "said on Friday that it opposes the sanctions, vowing to …": a participle set off after an indirect content
  // opens a content of its own; the one before is the verb's before it ("according to" is not such a participle).
  const participleAfter = (c: TokenSpan, q: TokenSpan): boolean =>
    ctx.quote[c.first] === 0 && q.first - c.last <= 2 && tokens[q.first - 1]!.norm === ',' && /ing$/.test(tokens[q.first]!.norm) && tokens[q.first]!.norm !== 'according';
  // The paragraph (tagging sequence) of a token.
  const paraOf = (i: number) => firstIndex(ctx.sequences.length, (k) => ctx.sequences[k]!.end > i);
  // A cue reaches a content in another paragraph only when its own paragraph ends with a
  // colon that opens the content's ("He said:" and the quotation below it): a content
  // across the break is the next paragraph's words, not the cue's.
  const reaches = (pc: number, q: TokenSpan): boolean => {
    const pq = paraOf(q.first);
    return pq === pc || (pc === pq + 1 && tokens[ctx.sequences[pq]!.end - 1]!.norm === ':');
  };
  const cues = spans.filter((s) => s.role === 'CUE');
  const sources = spans.filter((s) => s.role === 'SRC');
  const contents = spans.filter((s) => s.role === 'CON');
  const byCue = new Map<TokenSpan, TokenSpan[]>();
  const noCue: TokenSpan[] = [];
  for (const c of contents) {
    const s0 = sent[c.first]!;
    const pc = paraOf(c.first);
    const s1 = sent[c.last]!;
    let best: TokenSpan | null = null;
    let bestScore = Infinity;
    // Only the cues of the sentences around (spans are in text order).
    for (let i = firstIndex(cues.length, (k) => sent[cues[k]!.first]! >= s0 - MAX_SENTENCES); i < cues.length; i++) {
      const q = cues[i]!;
      const sq = sent[q.first]!;
      if (sq > s1 + MAX_SENTENCES) break;
      if (!reaches(pc, q)) continue;
      const score = gap(c, q) + (sq < s0 || sq > s1 ? SENTENCE_PENALTY : 0) + (q.first > c.last && (joinedAfter(c, q) || participleAfter(c, q)) ? JOINED_PENALTY : 0);
      if (score < bestScore) {
        bestScore = score;
        best = q;
      }
    }
    if (best) {
      const l = byCue.get(best) ?? [];
      l.push(c);
      byCue.set(best, l);
    } else noCue.push(c);
  }
  // "X, who …, told": a relative pronoun opening a parenthetical that closes before the cue.
  const parenthetical = (s: TokenSpan, cue: TokenSpan): boolean => {
    if (s.last >= cue.first || s.first !== s.last || s.first < 1 || !RELATIVE.test(tokens[s.first]!.norm) || !PAREN.test(tokens[s.first - 1]!.norm)) return false;
    let k = cue.first - 1;
    while (k > s.last && /^(ADV|AUX|PART)$/.test(tokens[k]!.pos)) k--;
    return k > s.last + 1 && PAREN.test(tokens[k]!.norm);
  };
  const nearestSource = (anchor: TokenSpan, contentBefore: boolean): TokenSpan | null => {
    const sa = sent[anchor.first]!;
    let best: TokenSpan | null = null;
    let bestScore = Infinity;
    for (let i = firstIndex(sources.length, (k) => sent[sources[k]!.last]! >= sa); i < sources.length && sent[sources[i]!.first]! <= sa; i++) {
      const s = sources[i]!;
      if (sent[s.first]! !== sa && sent[s.last]! !== sa) continue;
      // A source after the cue, unless right after it, only in an inversion ("“…,” said
      // on Monday the minister"): otherwise one before the cue is its subject.
      const g = gap(anchor, s) + (s.first > anchor.last + LATE_GAP && !contentBefore ? LATE_PENALTY : 0) + (parenthetical(s, anchor) ? LATE_PENALTY : 0);
      if (g < bestScore) {
        bestScore = g;
        best = s;
      }
    }
    // A relative pronoun alone is no source for a cue after its clause: the noun phrase
    // before the clause is (sourceFallback finds it when the tagger did not).
    return best && parenthetical(best, anchor) ? null : best;
  };
  // A cue with content after it keeps a content before it only from its own sentence:
  // one that ends in an earlier sentence ("“…” As it stands, …, according to X, …")
  // belongs to another attribution, and stays out rather than swallow that one.
  for (const [cue, cs] of byCue) {
    const sq = sent[cue.first]!;
    if (!cs.some((c) => c.first > cue.last)) continue;
    const kept = cs.filter((c) => c.last > cue.first || sent[c.last]! >= sq);
    if (kept.length < cs.length) byCue.set(cue, kept);
  }
  const out: RawAttribution[] = [];
  for (const [cue, cs] of byCue) {
    // Contents split by their cue ("…," he said, "…") form one attribution.
    const first = Math.min(...cs.map((c) => c.first));
    const last = Math.max(...cs.map((c) => c.last));
    out.push({ content: { role: 'CON', first, last }, cue, source: nearestSource(cue, first < cue.first) });
  }
  for (const c of noCue) out.push({ content: c, cue: null, source: null });
  out.sort((a, b) => a.content.first - b.content.first);
  return out;
}
