/**
 * A saying put before its source: "Said Ellis: “I don’t get the sense she’s interested.”", "Added the senator, “We will
 * fight it.”", "Says Mr. Burman, a tax expert: “It is complex.”". Features and columns open a quotation so; the tagger,
 * which sees the verb before its subject almost only after a quotation ("…,” said Ellis), reads the verb and the name
 * together as the cue, or the name as the content. Here the verb is the cue, the words up to the colon or comma before
 * the quotation the source, and the quotation the content, in place of what the tagger made of the same words.
 */
import type { TokenContext } from './features.js';
import type { Attribution } from './rules.js';

/** Verbs of saying that open such a sentence, as written (capitalised at the sentence's start). */
const FRONTED_VERB = /^(?:Said|Says|Added|Adds|Wrote|Writes|Explained|Explains|Noted|Notes|Continued|Continues|Recalled|Recalls|Quipped|Quips|Declared|Declares|Insisted|Insists|Replied|Replies|Warned|Warns)$/;
/** Most tokens of the source between the verb and the quotation. */
const SOURCE_MAX = 16;
/** What a source is made of: names, descriptions, an apposition between commas, "of", "for", "at". */
const SOURCE_POS = /^(?:PROPN|NOUN|ADJ|DET|NUM|PART|PUNCT|ADP|CCONJ|PRON)$/;

/** The source's last token and the quotation's opening mark after the verb at v, or null. */
function sourceBefore(ctx: TokenContext, v: number): { last: number; open: number } | null {
  const { tokens, quote, sent } = ctx;
  for (let k = v + 1; k < tokens.length && k - v <= SOURCE_MAX + 1 && sent[k] === sent[v]; k++) {
    if (quote[k] === 2) {
      // (A colon or comma right before the mark ends the source; the source has words.)
      const last = /^[:,]$/.test(tokens[k - 1]!.norm) ? k - 2 : k - 1;
      return last > v ? { last, open: k } : null;
    }
    if (quote[k] !== 0 || !SOURCE_POS.test(tokens[k]!.pos) || /^[.;!?]$/.test(tokens[k]!.norm)) return null;
  }
  return null;
}

/** The closing mark of the quotation opened at token open, in its paragraph, or -1. */
function closing(ctx: TokenContext, open: number): number {
  const { quote, tokens } = ctx;
  const para = ctx.sequences.find((s) => s.start <= open && open < s.end);
  const end = para ? para.end : tokens.length;
  for (let k = open + 1; k < end; k++) if (quote[k] === 3) return k;
  return -1;
}

/**
 * Attributions of sayings put before their sources ("Said Ellis: “…”"), in place of the tagger's attributions that
 * share their tokens.
 */
export function frontedSayings(ctx: TokenContext, raws: readonly Attribution[]): Attribution[] {
  const { tokens, sentRange, quote, text } = ctx;
  const added: Attribution[] = [];
  for (const s of sentRange) {
    // The verb opens the sentence.
    const v = s.start;
    if (v >= s.end || quote[v] !== 0 || !FRONTED_VERB.test(text.slice(tokens[v]!.start, tokens[v]!.end))) continue;
    const found = sourceBefore(ctx, v);
    if (!found) continue;
    const close = closing(ctx, found.open);
    if (close < 0) continue;
    added.push({ source: { role: 'SRC', first: v + 1, last: found.last }, cue: { role: 'CUE', first: v, last: v }, content: { role: 'CON', first: found.open, last: close }, fronted: true });
  }
  if (!added.length) return [...raws];
  const touches = (a: Attribution, b: Attribution) => {
    const from = b.cue!.first;
    const to = b.content.last;
    return [a.source, a.cue, a.content].some((x) => x !== null && x.first <= to && from <= x.last);
  };
  return [...raws.filter((a) => !added.some((b) => touches(a, b))), ...added].sort((a, b) => a.content.first - b.content.first);
}
