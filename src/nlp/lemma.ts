/**
 * Lemmas for tagged tokens: a table of exceptions learned from GUM (data/pos/lemmas.tsv:
 * lower-cased form + UPOS → lemma, for irregular and frequent forms: met → meet,
 * 's/AUX → be) over suffix rules for verbs, nouns and adjectives that test candidates
 * against known lemmas (data/pos/bases.tsv): stressed → stress, agreed → agree,
 * noted → note, talks → talk, countries → country, stopped → stop.
 * Proper nouns keep their form; other words their lower-cased form.
 */
import { join } from 'node:path';
import { dataDir, dataLines, DataFileError } from './data.js';
import { E_ENDINGS, ES_PLURAL, UNDOUBLE } from './lemma-rules.js';
import { UPOS } from './pos.js';

const UPOS_SET = new Set<string>(UPOS);
const E_SET = new Set(E_ENDINGS);
const UNDOUBLE_SET = new Set(UNDOUBLE);
const VOWEL = /[aeiou]/;

/** The table key of a form: lower case, ’ read as '. */
export function lemmaKey(form: string): string {
  const l = form.toLowerCase();
  return l.includes('’') ? l.replace(/’/g, "'") : l;
}

export class Lemmatizer {
  /** form → UPOS → lemma. */
  private readonly table = new Map<string, Map<string, string>>();

  /**
   * exceptions: "form\tUPOS" → lemma; bases: VERB, NOUN, ADJ → known lemmas, ANY → known words.
   */
  constructor(exceptions: ReadonlyMap<string, string>, private readonly bases: ReadonlyMap<string, ReadonlySet<string>>) {
    for (const [k, lemma] of exceptions) {
      const [form, upos] = k.split('\t') as [string, string];
      const m = this.table.get(form) ?? new Map<string, string>();
      m.set(upos, lemma);
      this.table.set(form, m);
    }
  }

  /** Lemma of a token written form with tag upos; lower: its lemmaKey, if known. */
  lemma(form: string, upos: string, lower?: string): string {
    if (upos === 'PROPN') return form;
    const key = lower === undefined || lower.includes('’') ? lemmaKey(form) : lower;
    const e = this.table.get(key)?.get(upos);
    return e ?? this.rules(key, upos);
  }

  /** The suffix rules alone, on the table key of a form. */
  rules(w: string, upos: string): string {
    if (upos === 'VERB' || upos === 'AUX') return this.verb(w);
    if (upos === 'NOUN') return this.noun(w);
    if (upos === 'ADJ') return this.adjective(w);
    return w;
  }

  private known(pos: string, w: string): boolean {
    return this.bases.get(pos)?.has(w) ?? false;
  }

  private undouble(stem: string): string | null {
    return stem.length > 2 && UNDOUBLE_SET.has(stem.slice(-2)) ? stem.slice(0, -1) : null;
  }

  /** Stem of -ed/-ing: known as is, with e, undoubled; else by ending. */
  private stem(stem: string, pos: string): string {
    if (this.known(pos, stem)) return stem;
    if (this.known(pos, stem + 'e')) return stem + 'e';
    const u = this.undouble(stem);
    if (u && this.known(pos, u)) return u;
    if (this.known('ANY', stem)) return stem;
    if (this.known('ANY', stem + 'e')) return stem + 'e';
    if (u) return u;
    if (stem.length < 2 || !VOWEL.test(stem)) return stem;
    const end = stem.slice(-2);
    if (E_SET.has(end)) {
      const cv = VOWEL.test(end[0]!) && !VOWEL.test(end[1]!);
      if (!cv || stem.length < 3 || !VOWEL.test(stem[stem.length - 3]!)) return stem + 'e';
    }
    if (stem.length <= 3 && /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(stem)) return stem + 'e'; // hop-ed, us-ed
    return stem;
  }

  private verb(w: string): string {
    const n = w.length;
    if (n > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
    if (n > 4 && w.endsWith('ied')) return w.slice(0, -3) + 'y';
    if (n > 4 && w.endsWith('ing')) return this.stem(w.slice(0, -3), 'VERB');
    if (n > 3 && w.endsWith('ed')) {
      if (this.known('VERB', w.slice(0, -1))) return w.slice(0, -1); // agree-d, note-d
      if (w.endsWith('eed')) return w.slice(0, -1);
      return this.stem(w.slice(0, -2), 'VERB');
    }
    if (n > 2 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
      if (this.known('VERB', w.slice(0, -1))) return w.slice(0, -1);
      if (w.endsWith('es') && this.known('VERB', w.slice(0, -2))) return w.slice(0, -2);
      if (/(?:ss|sh|ch|x|z|o)es$/.test(w)) return w.slice(0, -2);
      return w.slice(0, -1);
    }
    return w;
  }

  private noun(w: string): string {
    const n = w.length;
    if (n < 3 || !w.endsWith('s') || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith("'s")) return w;
    if (this.known('NOUN', w)) return w; // news, series
    if (n > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
    if (this.known('NOUN', w.slice(0, -1))) return w.slice(0, -1);
    if (w.endsWith('es') && this.known('NOUN', w.slice(0, -2))) return w.slice(0, -2);
    for (const e of ES_PLURAL) if (w.endsWith(e)) return w.slice(0, -2);
    return w.slice(0, -1);
  }

  private adjective(w: string): string {
    for (const suf of ['est', 'er']) {
      if (w.length <= suf.length + 2 || !w.endsWith(suf)) continue;
      const stem = w.slice(0, -suf.length);
      if (stem.endsWith('i') && this.known('ADJ', stem.slice(0, -1) + 'y')) return stem.slice(0, -1) + 'y';
      if (this.known('ADJ', stem)) return stem;
      if (this.known('ADJ', stem + 'e')) return stem + 'e';
      const u = this.undouble(stem);
      if (u && this.known('ADJ', u)) return u;
    }
    return w;
  }
}

/** data/pos/lemmas.tsv: form, UPOS, lemma, count. */
export function loadLemmaExceptions(file = join(dataDir(), 'lemmas.tsv')): Map<string, string> {
  const out = new Map<string, string>();
  const lines = dataLines(file);
  if (lines[0]?.text !== 'form\tupos\tlemma\tcount') throw new DataFileError(file, lines[0]?.line ?? 1, 'expected the header "form<TAB>upos<TAB>lemma<TAB>count"');
  for (const { line, text } of lines.slice(1)) {
    const c = text.split('\t');
    if (c.length !== 4 || !c[0] || !c[2] || !UPOS_SET.has(c[1]!) || !/^\d+$/.test(c[3]!)) throw new DataFileError(file, line, `expected form, UPOS, lemma, count: ${JSON.stringify(text)}`);
    out.set(`${c[0]}\t${c[1]}`, c[2]!);
  }
  return out;
}

/** data/pos/bases.tsv: word, class (VERB, NOUN, ADJ: known lemmas; ANY: a known lower-case word). */
export function loadBases(file = join(dataDir(), 'bases.tsv')): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>([['VERB', new Set()], ['NOUN', new Set()], ['ADJ', new Set()], ['ANY', new Set()]]);
  const lines = dataLines(file);
  if (lines[0]?.text !== 'word\tclass') throw new DataFileError(file, lines[0]?.line ?? 1, 'expected the header "word<TAB>class"');
  for (const { line, text } of lines.slice(1)) {
    const [w, pos, extra] = text.split('\t');
    const set = pos ? out.get(pos) : undefined;
    if (!w || !set || extra !== undefined) throw new DataFileError(file, line, `expected word and VERB, NOUN, ADJ or ANY: ${JSON.stringify(text)}`);
    set.add(w);
  }
  return out;
}

let shared: Lemmatizer | null = null;
/** The lemmatizer over the shipped tables (loaded once; immutable). */
export function defaultLemmatizer(): Lemmatizer {
  shared ??= new Lemmatizer(loadLemmaExceptions(), loadBases());
  return shared;
}

/** Lemma of a form with its UPOS tag, by the shipped tables. */
export function lemmatize(form: string, upos: string): string {
  return defaultLemmatizer().lemma(form, upos);
}
