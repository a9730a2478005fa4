/**
 * What a poll says: "In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton",
 * "In his words, the deal was dead". Election news reports the numbers of polls and surveys as their findings, with
 * "In" for the cue and the poll for the source, and PolNeAR annotates them so; the tagger, trained on few of them,
 * misses most. (Not a poll after its clause, "Trump has a lead in the polls": PolNeAR train annotates fewer than half
 * of those, and "in the polls" is as often where someone stands as what a poll found.)
 */
import type { Token } from '../../document/layers.js';
import type { TokenContext } from './features.js';
import { verbIn, type Attribution } from './rules.js';

/** Nouns of polls and surveys, the heads of the sources "in" opens. */
const POLL = /^(?:poll|polls|polling|survey|surveys)$/;
/** Most tokens from "in" to the comma that closes a fronted source ("In a New York Times/CBS News survey released last Thursday,"). */
const FRONTED_MAX = 16;

/** An auxiliary or a verb not in a participle's form among tokens [from, to] ("a poll released Monday" has none). */
function finiteIn(ctx: TokenContext, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ed|en|ing)$/.test(t.norm))) return true;
  }
  return false;
}

/** Whether the tokens [from, to] name a poll by its noun, or someone's words ("Forbes' words", "his words"). */
function namesPoll(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    // (In the phrase's first noun phrase, before a preposition or a participle: "a poll of 800 voters", not "a memo
    // released as polls closed".)
    if (t.pos === 'ADP' || t.pos === 'VERB') return false;
    if (POLL.test(t.norm)) return true;
    if (t.norm === 'words' && k > from && (tokens[k - 1]!.pos === 'PART' || /^(?:his|her|their|its|my|our|your)$/.test(tokens[k - 1]!.norm) || /['’]$/.test(tokens[k - 1]!.norm))) return true;
  }
  return false;
}

/**
 * The polls' attributions the tagger missed, added to `raws`: a sentence that opens with "In" and a poll's noun phrase
 * (or someone's words) up to a comma before a clause; the clause is what the poll found. Not where an attribution already
 * holds that "In" as its cue. The tagger's reading of the poll as the source of the clause, with the comma for its cue,
 * gives way.
 */
export function pollsSay(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, sentRange, quote } = ctx;
  let added: Attribution[] | null = null;
  /** Where the contents of the tagger's readings of a fronted poll start, which give way to the poll's. */
  let replaced: Set<number> | null = null;
  const cueAt = (k: number) => raws.some((a) => a.cue !== null && a.cue.first <= k && k <= a.cue.last);
  for (const s of sentRange) {
    if (s.end - s.start < 5) continue;
    let first = s.start;
    while (first < s.end && tokens[first]!.pos === 'PUNCT') first++;
    let last = s.end - 1;
    while (last > first && tokens[last]!.pos === 'PUNCT' && quote[last] === 0) last--;
    // "In a CBS News poll last month, she led Mr. Sanders 56 percent to 32 percent."
    if (tokens[first]!.norm === 'in' && quote[first] === 0 && !cueAt(first)) {
      let comma = first + 1;
      while (comma < last && comma - first <= FRONTED_MAX && tokens[comma]!.norm !== ',') comma++;
      if (tokens[comma]!.norm === ',' && comma - first >= 2 && namesPoll(tokens, first + 1, comma - 1) && !finiteIn(ctx, first + 1, comma - 1) && verbIn(ctx, comma + 1, last)) {
        (added ??= []).push({ poll: true, cue: { role: 'CUE', first, last: first }, source: { role: 'SRC', first: first + 1, last: comma - 1 }, content: { role: 'CON', first: comma + 1, last } });
        // (The tagger's reading of the poll as the source of the clause with another cue, the comma, gives way.)
        (replaced ??= new Set()).add(comma + 1);
      }
    }
  }
  if (!added) return [...raws];
  const kept = replaced ? raws.filter((a) => !(replaced!.has(a.content.first) && a.source && a.cue && a.cue.first < a.content.first && a.source.last < a.cue.first)) : raws;
  return [...kept, ...added].sort((a, b) => a.content.first - b.content.first);
}
