/**
 * The cue lexicon (data/quotes/cues.tsv): how often a lemma opens an attribution
 * cue, from PolNeAR train counts. And the speaker titles (data/quotes/titles.tsv).
 * Loaders validate each line and name file and line of a bad entry.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export class LexiconError extends Error {
  readonly code = 'bad_lexicon_entry' as const;
  constructor(readonly file: string, readonly line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
  }
}

export const DATA_DIR = fileURLToPath(new URL('../../../data/quotes/', import.meta.url));

/** lemma → share of its occurrences that open a cue (0..1), for lemmas seen often enough. */
export type CueLexicon = ReadonlyMap<string, number>;

/** Non-comment, non-empty lines with their 1-based line numbers; the first of them is the header. */
function rows(text: string): { line: number; cols: string[] }[] {
  const out: { line: number; cols: string[] }[] = [];
  text.split('\n').forEach((l, i) => {
    if (l.trim() === '' || l.startsWith('#')) return;
    out.push({ line: i + 1, cols: l.split('\t') });
  });
  return out;
}

export function parseCues(text: string, file = 'cues.tsv'): Map<string, number> {
  const rs = rows(text);
  const head = rs.shift();
  if (!head || head.cols.join('\t') !== 'lemma\tcue\ttotal\tratio') {
    throw new LexiconError(file, head?.line ?? 1, 'header must be: lemma, cue, total, ratio');
  }
  const m = new Map<string, number>();
  for (const { line, cols } of rs) {
    const [lemma, cue, total, ratio] = cols;
    const r = Number(ratio);
    if (!lemma || cols.length !== 4 || !Number.isInteger(Number(cue)) || !Number.isInteger(Number(total)) || !(r >= 0 && r <= 1)) {
      throw new LexiconError(file, line, `expected lemma, cue count, total count, ratio in [0,1]; got ${JSON.stringify(cols)}`);
    }
    m.set(lemma, r);
  }
  return m;
}

/** Hand-written cue priors (lemma, ratio) for verbs PolNeAR lacks. */
export function parseExtraCues(text: string, file = 'cues-extra.tsv'): Map<string, number> {
  const rs = rows(text);
  const head = rs.shift();
  if (!head || head.cols.join('\t') !== 'lemma\tratio') throw new LexiconError(file, head?.line ?? 1, 'header must be: lemma, ratio');
  const m = new Map<string, number>();
  for (const { line, cols } of rs) {
    const r = Number(cols[1]);
    if (cols.length !== 2 || !/^[a-z][a-z-]*$/.test(cols[0]!) || !(r > 0 && r <= 1)) {
      throw new LexiconError(file, line, `expected a lower-case lemma and a ratio in (0,1]; got ${JSON.stringify(cols)}`);
    }
    m.set(cols[0]!, r);
  }
  return m;
}

/** The PolNeAR-derived lexicon, raised by the hand-written priors where they are higher. */
export function loadCues(path = DATA_DIR + 'cues.tsv', extraPath: string | null = DATA_DIR + 'cues-extra.tsv'): Map<string, number> {
  const m = parseCues(readFileSync(path, 'utf8'), path);
  if (extraPath) {
    for (const [l, r] of parseExtraCues(readFileSync(extraPath, 'utf8'), extraPath)) m.set(l, Math.max(r, m.get(l) ?? 0));
  }
  return m;
}

/** Title words that describe a person by office ("president", "foreign minister"). */
export function parseTitles(text: string, file = 'titles.tsv'): string[] {
  const rs = rows(text);
  const head = rs.shift();
  if (!head || head.cols[0] !== 'title') throw new LexiconError(file, head?.line ?? 1, 'header must be: title');
  const out: string[] = [];
  for (const { line, cols } of rs) {
    const t = cols[0]!.trim().toLowerCase();
    if (!/^[\p{L}][\p{L} .'-]*$/u.test(t)) throw new LexiconError(file, line, `bad title ${JSON.stringify(cols[0])}`);
    out.push(t);
  }
  return out;
}

export function loadTitles(path = DATA_DIR + 'titles.tsv'): string[] {
  return parseTitles(readFileSync(path, 'utf8'), path);
}

/** Sets made from a title list, for lookups by word. */
export interface TitleSets {
  /** The titles ("foreign minister"). */
  readonly titles: ReadonlySet<string>;
  /** Their words, but "of" and "the" ("foreign", "minister"). */
  readonly words: ReadonlySet<string>;
  /** Their last words ("minister"). */
  readonly last: ReadonlySet<string>;
}

const titleSetsMade = new WeakMap<readonly string[], TitleSets>();

/** The sets of a title list, made once per list. */
export function titleSets(titles: readonly string[]): TitleSets {
  let sets = titleSetsMade.get(titles);
  if (!sets) {
    sets = {
      titles: new Set(titles),
      words: new Set(titles.flatMap((t) => t.split(' ')).filter((x) => x !== 'of' && x !== 'the')),
      last: new Set(titles.map((t) => t.split(' ').pop()!)),
    };
    titleSetsMade.set(titles, sets);
  }
  return sets;
}

/** Word categories (data/quotes/categories.tsv), numbered from 1 in this order; 0: none. */
export const CATEGORIES = ['speech', 'cognition', 'report', 'source', 'intent', 'evidence'] as const;

/** lemma → category number (1 … CATEGORIES.length). */
export type CategoryLexicon = ReadonlyMap<string, number>;

export function parseCategories(text: string, file = 'categories.tsv'): Map<string, number> {
  const rs = rows(text);
  const head = rs.shift();
  if (!head || head.cols.join('\t') !== 'lemma\tcategory') throw new LexiconError(file, head?.line ?? 1, 'header must be: lemma, category');
  const m = new Map<string, number>();
  for (const { line, cols } of rs) {
    const c = CATEGORIES.indexOf(cols[1] as (typeof CATEGORIES)[number]);
    if (cols.length !== 2 || !/^[a-z][a-z-]*$/.test(cols[0]!) || c < 0) {
      throw new LexiconError(file, line, `expected a lower-case lemma and one of ${CATEGORIES.join(', ')}; got ${JSON.stringify(cols)}`);
    }
    if (m.has(cols[0]!)) throw new LexiconError(file, line, `${cols[0]} is listed twice`);
    m.set(cols[0]!, c + 1);
  }
  return m;
}

export function loadCategories(path = DATA_DIR + 'categories.tsv'): Map<string, number> {
  return parseCategories(readFileSync(path, 'utf8'), path);
}
