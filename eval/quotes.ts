/**
 * Quote evaluation on PolNeAR dev (brat standoff; see eval/polnear/load.ts), each article
 * read by the stages analyze runs before the quote stage (segmentation, layout, dates,
 * entities, actors, coreference, places), so that the quote stage sees what it sees in use.
 * For content, cue and source spans: precision, recall and F1, exact and overlap
 * match (one-to-one). Spans are scored as spans: one that several attributions share
 * (a speaker quoted twice) counts once, predicted or gold. Attribution F1: content overlaps and the source overlaps
 * (or both have none). Also the time of the quote stage against segmentation.
 * Agreement of annotators on the articles annotated more than once, and the quote stage's on the same: eval/quotes.ts [DIR …] --agreement.
 * Usage: npx tsx eval/quotes.ts [DIR] [--off orphans,orphanRest,according,transcripts,signatures,clauses,extend,sources,subjectless,cut,bare,confidence] [--model PATH | --model DIR/ (model.json and cues.tsv)] [--marks-baseline]
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc, layer, type Doc } from '../src/document/document.js';
import type { Quote } from '../src/document/layers.js';
import type { Span } from '../src/document/span.js';
import { segmentStage } from '../src/stages/segment/index.js';
import { createQuoteStage, type QuoteResources } from '../src/stages/quotes/index.js';
import { findQuoteRegions } from '../src/stages/quotes/marks.js';
import { loadSplit, type GoldArticle } from './polnear/load.js';
import { loadModel } from '../src/stages/quotes/tagger.js';
import { loadCues } from '../src/stages/quotes/lexicon.js';
import { SHARED } from '../test/shared.js';
import { defaultStages } from '../src/analyzer.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import { compose } from '../src/pipeline.js';

export const DEV_DIR = `${SHARED}/corpora/polnear/dev`;

interface Counts {
  tp: number;
  pred: number;
  gold: number;
}
const prf = (c: Counts) => {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

const hull = (frags: readonly Span[]): Span => ({ start: Math.min(...frags.map((f) => f.start)), end: Math.max(...frags.map((f) => f.end)) });
const overlapLen = (a: Span, frags: readonly Span[]) =>
  frags.reduce((n, f) => n + Math.max(0, Math.min(a.end, f.end) - Math.max(a.start, f.start)), 0);

/** Trim white space and the quotation marks and punctuation at the edges, for exact match. */
function norm(text: string, s: Span): string {
  return text.slice(s.start, s.end).replace(/^[\s“”"‘’«»„,.:;]+|[\s“”"‘’«»„,.:;]+$/g, '');
}

/** The items without repeats of the same key, first ones kept. */
function uniqBy<T>(items: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const uniq = (spans: Span[]): Span[] => uniqBy(spans, (s) => `${s.start}:${s.end}`);

/** Gold spans (each a list of fragments) without repeats of the same fragments. */
const uniqFrags = (spans: (readonly Span[])[]): (readonly Span[])[] => uniqBy(spans, (f) => f.map((s) => `${s.start}:${s.end}`).join(','));

/** Pairs [overlap, predicted, gold] matched one-to-one, largest overlap first: how many match (matched gets the predicted ones). */
function greedyMatches(pairs: [number, number, number][], matched?: Set<number>): number {
  pairs.sort((a, b) => b[0] - a[0]);
  const up = new Set<number>();
  const ug = new Set<number>();
  let n = 0;
  for (const [, i, j] of pairs) {
    if (up.has(i) || ug.has(j)) continue;
    up.add(i);
    ug.add(j);
    matched?.add(i);
    n++;
  }
  return n;
}

/** Overlap of two spans given as fragments. */
const fragOverlap = (a: readonly Span[], b: readonly Span[]) => a.reduce((n, f) => n + overlapLen(f, b), 0);

/** One-to-one greedy matching by overlap of spans given as fragments; returns matched count. */
function matchFrags(pred: (readonly Span[])[], gold: (readonly Span[])[]): number {
  const pairs: [number, number, number][] = [];
  pred.forEach((p, i) => gold.forEach((g, j) => {
    const o = fragOverlap(p, g);
    if (o > 0) pairs.push([o, i, j]);
  }));
  return greedyMatches(pairs);
}

function matchExact(text: string, pred: Span[], gold: (readonly Span[])[]): number {
  return matchKeys(pred.map((p) => norm(text, p)), gold.map((x) => norm(text, hull(x))));
}

/** Exact match of contents in pieces: each fragment (a quote's parts, or its content) trimmed as norm() does. */
function matchPieces(text: string, pred: (readonly Span[])[], gold: (readonly Span[])[]): number {
  const key = (frags: readonly Span[]) => frags.map((f) => norm(text, f)).join('\u0000');
  return matchKeys(pred.map(key), gold.map(key));
}

/** Keys matched one-to-one. */
function matchKeys(pred: readonly string[], gold: readonly string[]): number {
  const g = new Map<string, number>();
  for (const k of gold) {
    g.set(k, (g.get(k) ?? 0) + 1);
  }
  let n = 0;
  for (const k of pred) {
    const c = g.get(k) ?? 0;
    if (c > 0) {
      n++;
      g.set(k, c - 1);
    }
  }
  return n;
}

/** Content and source of an attribution as fragments (no source: none). */
type AttributionFrags = Pick<GoldArticle['attributions'][number], 'content' | 'source'>;

/** Attributions matched one-to-one (content overlaps, source overlaps or both lack one); matched gets the indices of the right predictions. */
function matchAttributionFrags(pred: readonly AttributionFrags[], gold: readonly AttributionFrags[], matched?: Set<number>): number {
  const pairs: [number, number, number][] = [];
  pred.forEach((p, i) => gold.forEach((g, j) => {
    const o = fragOverlap(p.content, g.content);
    if (o === 0) return;
    const srcOk = g.source.length === 0 ? p.source.length === 0 : p.source.length > 0 && fragOverlap(p.source, g.source) > 0;
    if (srcOk) pairs.push([o, i, j]);
  }));
  return greedyMatches(pairs, matched);
}

/** Quotes matched one-to-one with gold attributions (matchAttributionFrags); matched gets the indices of the right quotes. */
export function matchAttributions(quotes: readonly Quote[], gold: GoldArticle['attributions'], matched?: Set<number>): number {
  return matchAttributionFrags(quotes.map((q) => ({ content: [q.content], source: q.speaker ? [q.speaker] : [] })), gold, matched);
}

const ROLES = ['content', 'cue', 'source'] as const;
type Role = (typeof ROLES)[number];

/** The quotes' spans of each role, each span once (one that several quotes share counts once). */
function quoteSpans(quotes: readonly Quote[]): Record<Role, Span[]> {
  return {
    content: uniq(quotes.map((q) => q.content)),
    cue: uniq(quotes.flatMap((q) => (q.cue ? [q.cue] : []))),
    source: uniq(quotes.flatMap((q) => (q.speaker ? [q.speaker] : []))),
  };
}

/** An annotation's spans of a role, each (with all its fragments) once. */
const goldSpans = (a: GoldArticle, r: Role) => uniqFrags(a.attributions.map((g) => g[r]).filter((f) => f.length > 0));

/**
 * Scores on a PolNeAR split. rules switches single rules off; modelPath evaluates other
 * weights; baseline scores the text between quotation marks alone (no speakers), the
 * usual shortcut, for scale.
 */
export async function run(dir = DEV_DIR, print = false, rules: QuoteResources['rules'] = {}, modelPath?: string, baseline = false): Promise<Record<string, number>> {
  const arts = loadSplit(dir);
  // The knowledge analyze loads (its quote resources the base of the stage evaluated here), loaded once.
  const knowledge = loadKnowledge();
  const base = knowledge.quotes;
  // --model DIR/ evaluates the weights and cue lexicon written by train-quotes --out DIR/.
  const swap = modelPath ? (modelPath.endsWith('/') ? { model: loadModel(modelPath + 'model.json'), lexicon: loadCues(modelPath + 'cues.tsv') } : { model: loadModel(modelPath) }) : {};
  const stage = createQuoteStage({ resources: { ...base, ...swap, rules } });
  const exact = Object.fromEntries(ROLES.map((r) => [r, { tp: 0, pred: 0, gold: 0 }])) as Record<Role, Counts>;
  const over = Object.fromEntries(ROLES.map((r) => [r, { tp: 0, pred: 0, gold: 0 }])) as Record<Role, Counts>;
  const attr: Counts = { tp: 0, pred: 0, gold: 0 };
  // Contents in pieces (a quotation its own "X said" interrupts), exact: with the quotes' parts, and with each content whole.
  const pieces: Counts = { tp: 0, pred: 0, gold: 0 };
  const whole: Counts = { tp: 0, pred: 0, gold: 0 };
  // The stages analyze runs before the quote stage.
  const stages = defaultStages(knowledge);
  const upToQuotes = compose(stages.slice(0, stages.findIndex((st) => st.name === 'quotes')));
  const newDoc = (text: string) => createDoc(text, { source: { format: 'text' }, headlineInText: true });
  const docs: Doc[] = arts.map((a) => upToQuotes(newDoc(a.text), {}));
  for (const [k, a] of arts.entries()) {
    const doc = docs[k]!;
    const quotes: readonly Quote[] = baseline
      ? findQuoteRegions(a.text, layer(doc, 'paragraphs')).map((r) => ({ content: r.inner, speaker: null, cue: null, speakerName: null, direct: true }))
      : layer(stage.run(doc, {}), 'quotes');
    const predOf = quoteSpans(quotes);
    for (const r of ROLES) {
      // Spans are scored as spans: one that several attributions share (a source quoted twice,
      // "X said … and added …") counts once, on the gold side as on the predicted side (uniq).
      const gold = goldSpans(a, r);
      const pred = predOf[r];
      for (const c of [exact[r], over[r]]) {
        c.pred += pred.length;
        c.gold += gold.length;
      }
      exact[r].tp += matchExact(a.text, pred, gold);
      over[r].tp += matchFrags(pred.map((p) => [p]), gold);
    }
    const goldContents = uniqFrags(a.attributions.map((g) => g.content).filter((f) => f.length > 0));
    const withParts = uniqFrags(quotes.map((q) => q.parts ?? [q.content]));
    for (const [c, pred] of [[pieces, withParts], [whole, uniqFrags(quotes.map((q) => [q.content]))]] as const) {
      c.pred += pred.length;
      c.gold += goldContents.length;
      c.tp += matchPieces(a.text, pred, goldContents);
    }
    attr.pred += quotes.length;
    attr.gold += a.attributions.length;
    attr.tp += matchAttributions(quotes, a.attributions);
  }
  // Cost, measured warm (a second pass over the same articles) in CPU time, which the
  // other processes of a shared machine disturb less than wall time.
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let tSeg = 0;
  let tQuote = 0;
  for (let rep = 0; rep < 2; rep++) {
    for (const [k, a] of arts.entries()) {
      let t = cpu();
      segmentStage.run(newDoc(a.text), {});
      tSeg += cpu() - t;
      t = cpu();
      stage.run(docs[k]!, {});
      tQuote += cpu() - t;
    }
  }
  const out: Record<string, number> = {};
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  for (const r of ROLES) {
    for (const [kind, c] of [['exact', exact[r]], ['overlap', over[r]]] as const) {
      const { p, r: rec, f } = prf(c);
      out[`${r}_${kind}_p`] = r3(p);
      out[`${r}_${kind}_r`] = r3(rec);
      out[`${r}_${kind}_f1`] = r3(f);
    }
  }
  const a = prf(attr);
  out.attribution_p = r3(a.p);
  out.attribution_r = r3(a.r);
  out.attribution_f1 = r3(a.f);
  out.content_pieces_exact_f1 = r3(prf(pieces).f);
  out.content_whole_exact_f1 = r3(prf(whole).f);
  out.articles = arts.length;
  out.cost_vs_segment = r3(tQuote / tSeg);
  if (print) {
    console.log(`PolNeAR ${basename(dir)}: ${arts.length} articles, ${attr.gold} gold attributions, ${attr.pred} predicted`);
    console.log('role      match     P      R      F1');
    for (const r of ROLES) for (const k of ['exact', 'overlap']) {
      console.log(`${r.padEnd(9)} ${k.padEnd(8)} ${out[`${r}_${k}_p`]!.toFixed(3)}  ${out[`${r}_${k}_r`]!.toFixed(3)}  ${out[`${r}_${k}_f1`]!.toFixed(3)}`);
    }
    console.log(`content exact in pieces (gold fragments): F1 ${out.content_pieces_exact_f1!.toFixed(3)} with the quotes' parts, ${out.content_whole_exact_f1!.toFixed(3)} with each content whole`);
    console.log(`attribution (content+source overlap) P ${a.p.toFixed(3)} R ${a.r.toFixed(3)} F1 ${a.f.toFixed(3)}`);
    console.log(`time: segment ${tSeg.toFixed(0)} ms, quotes ${tQuote.toFixed(0)} ms (${(100 * tQuote / tSeg).toFixed(1)}% of segmentation; CPU time, two warm passes)`);
  }
  return out;
}

/**
 * Agreement of human annotators on the articles of a split that several annotated (PolNeAR has a few with five or six
 * annotations), scored as run() scores the quote stage (overlap match, spans counted once, one-to-one): every pair of
 * annotations of an article, one as gold and the other as prediction (F1 is the same either way); and the quote stage
 * against each annotation of the same articles; and, where there are three annotations or more, what more than half of
 * the other annotators marked against each one (majoritySpans, majorityAttributions). Pairs of annotators are no ceiling:
 * their majority agrees with each of them more than any two agree with each other, as a system that learnt what most
 * annotators mark could.
 */
export function agreement(dirs: readonly string[] = [DEV_DIR], print = false): Record<string, number> {
  const out = agreementOf(dirs.flatMap(annotatedMoreThanOnce));
  if (print) {
    console.log(`PolNeAR ${dirs.map((d) => basename(d)).join(' + ')}: ${out.articles} articles annotated more than once (${out.annotations} annotations); overlap F1 of one annotation against another (${out.pairs} pairs), and of the quote stage against each annotation`);
    console.log('(majority: what more than half of the other annotators marked, against each annotation of an article annotated three times or more)');
    console.log('role          annotators  majority  dateline');
    for (const r of ['content', 'cue', 'source', 'attribution']) console.log(`${r.padEnd(13)} ${out[`human_${r}_f1`]!.toFixed(3).padStart(10)}  ${out[`majority_${r}_f1`]!.toFixed(3).padStart(8)}  ${out[`system_${r}_f1`]!.toFixed(3).padStart(8)}`);
  }
  return out;
}

/** The articles of a split with more than one annotation, each article's annotations together. */
export function annotatedMoreThanOnce(dir: string): GoldArticle[][] {
  const byName = new Map<string, GoldArticle[]>();
  for (const a of loadSplit(dir, true)) byName.set(a.name, [...(byName.get(a.name) ?? []), a]);
  return [...byName.values()].filter((g) => g.length > 1);
}

/**
 * What more than half of several annotations mark: the items of any of them that agree with an item of more than half
 * (agrees: does the item agree with one of these), one of each set that agree, the most widely shared first.
 */
function majorityOf<T>(annotations: readonly (readonly T[])[], agrees: (x: T, ys: readonly T[]) => boolean): T[] {
  const candidates = annotations.flat().map((x) => ({ x, n: annotations.filter((ys) => agrees(x, ys)).length })).filter((c) => 2 * c.n > annotations.length);
  const chosen: T[] = [];
  for (const { x } of candidates.sort((a, b) => b.n - a.n)) if (!agrees(x, chosen)) chosen.push(x);
  return chosen;
}

/** The spans (each a list of fragments) more than half of several annotations mark, overlapping. */
export const majoritySpans = (annotations: readonly (readonly (readonly Span[])[])[]): (readonly Span[])[] =>
  majorityOf(annotations, (s, spans) => spans.some((o) => fragOverlap(s, o) > 0));

/** The attributions more than half of several annotations make, as matchAttributionFrags matches them. */
export const majorityAttributions = (annotations: readonly (readonly AttributionFrags[])[]): AttributionFrags[] =>
  majorityOf(annotations, (a, atts) => matchAttributionFrags([a], atts) > 0);

/** agreement's figures on groups of annotations of the same article. */
export function agreementOf(groups: readonly (readonly GoldArticle[])[]): Record<string, number> {
  const knowledge = loadKnowledge();
  const stages = defaultStages(knowledge);
  const upToQuotes = compose(stages.slice(0, stages.findIndex((st) => st.name === 'quotes') + 1));
  const zero = () => Object.fromEntries([...ROLES, 'attribution'].map((r) => [r, { tp: 0, pred: 0, gold: 0 }])) as Record<Role | 'attribution', Counts>;
  const human = zero();
  const system = zero();
  const majority = zero();
  const count = (c: Counts, tp: number, pred: number, gold: number) => {
    c.tp += tp;
    c.pred += pred;
    c.gold += gold;
  };
  let comparisons = 0;
  for (const group of groups) {
    const quotes = layer(upToQuotes(createDoc(group[0]!.text, { source: { format: 'text' }, headlineInText: true }), {}), 'quotes');
    const sys = quoteSpans(quotes);
    const spans = Object.fromEntries(ROLES.map((r) => [r, group.map((a) => goldSpans(a, r))])) as Record<Role, (readonly Span[])[][]>;
    for (const [i, a] of group.entries()) {
      // What most of the other annotators marked is scored against this one where there are three annotations or more.
      const others = group.length > 2 ? group.filter((b) => b !== a) : null;
      for (const r of ROLES) {
        const gold = spans[r][i]!;
        const mine = sys[r].map((s) => [s]);
        count(system[r], matchFrags(mine, gold), mine.length, gold.length);
        for (const other of spans[r].slice(i + 1)) count(human[r], matchFrags(other, gold), other.length, gold.length);
        if (others) {
          const most = majoritySpans(spans[r].filter((_, j) => j !== i));
          count(majority[r], matchFrags(most, gold), most.length, gold.length);
        }
      }
      count(system.attribution, matchAttributions(quotes, a.attributions), quotes.length, a.attributions.length);
      if (others) {
        const most = majorityAttributions(others.map((b) => b.attributions));
        count(majority.attribution, matchAttributionFrags(most, a.attributions), most.length, a.attributions.length);
      }
      for (const b of group.slice(i + 1)) {
        count(human.attribution, matchAttributionFrags(b.attributions, a.attributions), b.attributions.length, a.attributions.length);
        comparisons++;
      }
    }
  }
  const out: Record<string, number> = { articles: groups.length, annotations: groups.reduce((n, g) => n + g.length, 0), pairs: comparisons };
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  for (const r of [...ROLES, 'attribution'] as const) {
    out[`human_${r}_f1`] = r3(prf(human[r]).f);
    out[`system_${r}_f1`] = r3(prf(system[r]).f);
    out[`majority_${r}_f1`] = r3(prf(majority[r]).f);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--agreement')) {
  const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  agreement(dirs.length ? dirs : [DEV_DIR], true);
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // --off according,clauses,extend switches rules off, to measure what each brings.
  const i = process.argv.indexOf('--off');
  const off = i >= 0 ? process.argv[i + 1]!.split(',') : [];
  const j = process.argv.indexOf('--on');
  const on = j >= 0 ? process.argv[j + 1]!.split(',') : [];
  const m = process.argv.indexOf('--model');
  const dir = process.argv.slice(2).find((a, j, all) => !a.startsWith('--') && all[j + 1] !== a && !['--off', '--on', '--model'].includes(all[j - 1]!)) ?? DEV_DIR;
  await run(dir, true, Object.fromEntries([...off.map((k) => [k, false]), ...on.map((k) => [k, true])]), m >= 0 ? process.argv[m + 1] : undefined, process.argv.includes('--marks-baseline'));
}
