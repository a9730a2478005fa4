/**
 * A learned confidence for finished attributions: a logistic regression over a few
 * properties of each attribution (how likely its cue word is a cue, the cue's category
 * and part of speech, what kind of word the source is, where source, cue and content
 * stand, how long the content is, whether it is quoted, which rule last shaped it),
 * fitted on out-of-fold predictions on PolNeAR train (scripts/train-quote-confidence.ts).
 * Attributions below the threshold in data/quotes/confidence.json are dropped.
 * Work is per attribution, never per token of the document.
 */
import { readFileSync } from 'node:fs';
import type { TokenContext } from './features.js';
import { CATEGORIES, DATA_DIR, LexiconError } from './lexicon.js';
import { RELATIVES, type Attribution } from './rules.js';
import type { TokenSpan } from './assemble.js';

/** The steps of index.ts, in order: the one that last made (or changed) an attribution. */
export const STEPS = ['tagger', 'orphans', 'quotes', 'regions', 'according', 'transcripts', 'signatures', 'clauses', 'extend', 'sources', 'subjectless', 'cut', 'repeats', 'bare'] as const;
export type Step = (typeof STEPS)[number];

/**
 * Steps whose attributions the filter leaves alone: a transcript's speaker label or a
 * quotation's signature states outright who speaks, whatever an annotation guideline
 * made of interview questions or signed letters.
 */
export const KEPT: ReadonlySet<Step> = new Set<Step>(['transcripts', 'signatures']);

const PERSONAL = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'me', 'us', 'him', 'her', 'them']);

/** Names of the features, in the order confidenceFeatures writes them. */
export const FEATURE_NAMES: readonly string[] = [
  'bias',
  'cue:none', 'cue:ratio', 'cue:ratio<0.15', 'cue:ratio0.15-0.3', 'cue:ratio0.3-0.5', 'cue:ratio>=0.5', 'cue:len1', 'cue:len2', 'cue:len3+',
  'cue:verb', 'cue:noun', 'cue:adp', 'cue:other-pos', 'cue:-ing', 'cue:in-quotes',
  ...CATEGORIES.map((c) => `cue:cat:${c}`), 'cue:cat:none',
  'src:none', 'src:personal', 'src:relative', 'src:propn', 'src:noun', 'src:other', 'src:len1', 'src:len2-3', 'src:len4+',
  'src:before-cue', 'src:gap0', 'src:gap1-2', 'src:gap3+', 'src:other-sentence', 'src:in-content',
  'con:before-cue', 'con:gap0-1', 'con:gap2+', 'con:len1-3', 'con:len4-7', 'con:len8-15', 'con:len16-31', 'con:len32+', 'con:log-len',
  'con:direct', 'con:partly-quoted', 'con:sentences2+', 'con:whole-sentence', 'con:starts-that',
  'con:first-sentence', 'con:ends-question', 'src:in-quotes', 'cue:after-comma',
  'sent:alone', 'sent:two', 'sent:three+', 'inherits', 'turn',
  ...STEPS.map((s) => `step:${s}`),
];

export const NFEATURES = FEATURE_NAMES.length;

/** Feature values of attribution a; same counts how many attributions its content's first sentence holds. */
export function confidenceFeatures(ctx: TokenContext, a: Attribution, step: Step, same: number, out = new Float64Array(NFEATURES)): Float64Array {
  out.fill(0);
  const { tokens, quote, sent, sentRange } = ctx;
  let i = 0;
  const put = (v: number | boolean) => (out[i++] = Number(v));
  put(1);
  const c = a.content;
  const cue = a.cue;
  const src = a.source;
  // Cue.
  let ratio = 0;
  let head = -1;
  if (cue) {
    head = cue.first;
    for (let k = cue.first; k <= cue.last; k++) {
      if (ctx.cue[k]! > ratio) {
        ratio = ctx.cue[k]!;
        head = k;
      }
    }
  }
  const clen = cue ? cue.last - cue.first + 1 : 0;
  const pos = head >= 0 ? tokens[head]!.pos : '';
  put(!cue); put(ratio); put(!!cue && ratio < 0.15); put(ratio >= 0.15 && ratio < 0.3); put(ratio >= 0.3 && ratio < 0.5); put(ratio >= 0.5);
  put(clen === 1); put(clen === 2); put(clen >= 3);
  put(pos === 'VERB' || pos === 'AUX'); put(pos === 'NOUN' || pos === 'PROPN'); put(pos === 'ADP'); put(!!cue && !/^(VERB|AUX|NOUN|PROPN|ADP)$/.test(pos));
  put(head >= 0 && /ing$/.test(tokens[head]!.norm)); put(head >= 0 && quote[head] !== 0);
  const cat = head >= 0 ? ctx.cat[head]! : 0;
  for (let k = 1; k <= CATEGORIES.length; k++) put(cat === k);
  put(!!cue && cat === 0);
  // Source.
  let kind = '';
  if (src) {
    const last = lastWord(ctx, src);
    const t = tokens[last]!;
    const w = t.norm.toLowerCase();
    kind = PERSONAL.has(w) ? 'personal' : RELATIVES.has(w) && src.last === src.first ? 'relative' : t.pos === 'PROPN' ? 'propn' : t.pos === 'NOUN' ? 'noun' : 'other';
  }
  const slen = src ? src.last - src.first + 1 : 0;
  put(!src); put(kind === 'personal'); put(kind === 'relative'); put(kind === 'propn'); put(kind === 'noun'); put(kind === 'other');
  put(slen === 1); put(slen >= 2 && slen <= 3); put(slen >= 4);
  const sgap = src && cue ? gap(src, cue) : -1;
  put(!!src && !!cue && src.first < cue.first); put(sgap === 0); put(sgap >= 1 && sgap <= 2); put(sgap >= 3);
  put(!!src && sent[src.first] !== sent[c.first] && sent[src.first] !== sent[c.last]);
  put(!!src && c.first <= src.first && src.last <= c.last);
  // Content.
  const cgap = cue ? gap(c, cue) : -1;
  put(!!cue && c.last < cue.first); put(cgap >= 0 && cgap <= 1); put(cgap >= 2);
  const len = c.last - c.first + 1;
  put(len <= 3); put(len >= 4 && len <= 7); put(len >= 8 && len <= 15); put(len >= 16 && len <= 31); put(len >= 32); put(Math.log2(len) / 5);
  let inside = 0;
  for (let k = c.first; k <= c.last; k++) if (quote[k] !== 0) inside++;
  put(inside * 2 >= len); put(inside > 0 && inside * 2 < len);
  put(sent[c.last] !== sent[c.first]);
  const s = sentRange[sent[c.first]!]!;
  put(c.first <= s.start + 1 && c.last >= s.end - 2);
  put(tokens[c.first]!.norm.toLowerCase() === 'that');
  put(sent[c.first] === 0);
  put(tokens[lastWord(ctx, c)]!.norm === '?' || (c.last + 1 < tokens.length && tokens[c.last + 1]!.norm === '?'));
  put(!!src && quote[src.first] !== 0);
  put(!!cue && cue.first > 0 && (tokens[cue.first - 1]!.norm === ',' || (quote[cue.first - 1] === 3 && cue.first > 1 && tokens[cue.first - 2]!.norm === ',')));
  put(same <= 1); put(same === 2); put(same >= 3);
  put(!!a.inherits); put(!!a.turn);
  for (const st of STEPS) put(st === step);
  return out;
}

/** Tokens between two spans (0 when adjacent or overlapping). */
function gap(x: TokenSpan, y: TokenSpan): number {
  return x.last < y.first ? y.first - x.last - 1 : y.last < x.first ? x.first - y.last - 1 : 0;
}

/** Last token of a span that is not punctuation. */
function lastWord(ctx: TokenContext, s: TokenSpan): number {
  let k = s.last;
  while (k > s.first && ctx.tokens[k]!.pos === 'PUNCT') k--;
  return k;
}

export interface ConfidenceModel {
  readonly weights: Float64Array;
  /** Attributions whose probability of being right is below this are dropped. */
  readonly threshold: number;
}

export function parseConfidence(text: string, file = 'confidence.json'): ConfidenceModel {
  let j: unknown;
  try {
    j = JSON.parse(text);
  } catch (e) {
    throw new LexiconError(file, 1, `not JSON: ${(e as Error).message}`);
  }
  const o = j as { features?: unknown; weights?: unknown; threshold?: unknown };
  if (!Array.isArray(o.features) || !Array.isArray(o.weights) || typeof o.threshold !== 'number' || !(o.threshold >= 0 && o.threshold <= 1)) {
    throw new LexiconError(file, 1, 'expected { features: string[], weights: number[], threshold: number in [0,1] }');
  }
  if (o.features.length !== NFEATURES || o.features.some((f, k) => f !== FEATURE_NAMES[k])) {
    throw new LexiconError(file, 1, `features do not match this version's ${NFEATURES} features (retrain with scripts/train-quote-confidence.ts)`);
  }
  if (o.weights.length !== NFEATURES || o.weights.some((w) => typeof w !== 'number' || !Number.isFinite(w))) {
    throw new LexiconError(file, 1, `expected ${NFEATURES} finite weights`);
  }
  return { weights: Float64Array.from(o.weights as number[]), threshold: o.threshold };
}

export function loadConfidence(path = DATA_DIR + 'confidence.json'): ConfidenceModel {
  return parseConfidence(readFileSync(path, 'utf8'), path);
}

/** How many attributions have their content start in each sentence. */
export function perSentence(ctx: TokenContext, raws: readonly Attribution[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const a of raws) {
    const s = ctx.sent[a.content.first]!;
    m.set(s, (m.get(s) ?? 0) + 1);
  }
  return m;
}

export function probability(model: ConfidenceModel, x: Float64Array): number {
  let z = 0;
  for (let k = 0; k < x.length; k++) z += model.weights[k]! * x[k]!;
  return 1 / (1 + Math.exp(-z));
}

/** The feature values of one attribution, reused from one to the next by dropUnlikely. */
const features = new Float64Array(NFEATURES);

/** The attributions the model finds likely enough (and those of the KEPT steps, and polls' findings); steps gives the step that last made each. */
export function dropUnlikely(ctx: TokenContext, raws: readonly Attribution[], steps: ReadonlyMap<Attribution, Step>, model: ConfidenceModel, scores?: Map<Attribution, number>): Attribution[] {
  const same = perSentence(ctx, raws);
  return raws.filter((a) => {
    const step = steps.get(a) ?? 'tagger';
    if (KEPT.has(step) || a.poll) return true;
    const p = probability(model, confidenceFeatures(ctx, a, step, same.get(ctx.sent[a.content.first]!)!, features));
    scores?.set(a, p);
    return p >= model.threshold;
  });
}
