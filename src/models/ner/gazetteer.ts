/**
 * Gazetteer: name lists matched over a sentence's tokens. Entries are lower-cased token
 * sequences with a class (LOC, PER, ORG, ACT for actors of unknown kind, ...). Matches are
 * features for the tagger, not decisions: the model learns how far to trust each class.
 */
import { tokenizeRaw } from './rawtext.js';
import { hashString } from './hash.js';

export interface GazetteerEntry {
  /** Tokens separated by single spaces (see tokenizePhrase). */
  readonly phrase: string;
  readonly cls: string;
}

/** A name as gazetteer tokens: CoNLL-like tokenisation, joined by single spaces. */
export function tokenizePhrase(name: string): string {
  return tokenizeRaw(name).join(' ');
}

export class Gazetteer {
  readonly classes: string[] = [];
  /** Hash of each class name, so features do not depend on the order classes appear in. */
  readonly classHashes: number[] = [];
  /** Every phrase and every proper prefix of one: class bitmask, 0 for a prefix only. */
  private readonly phrases = new Map<string, number>();
  private count = 0;

  constructor(entries: Iterable<GazetteerEntry>) {
    for (const e of entries) {
      let ci = this.classes.indexOf(e.cls);
      if (ci < 0) { ci = this.classes.length; this.classes.push(e.cls); this.classHashes.push(hashString(e.cls, 31)); }
      if (ci > 30) throw new Error('a gazetteer holds at most 31 classes');
      const toks = normToken(e.phrase).split(' ').filter((t) => t);
      if (!toks.length) continue;
      let key = toks[0]!;
      for (let k = 1; k < toks.length; k++) { if (!this.phrases.has(key)) this.phrases.set(key, 0); key += ' ' + toks[k]!; }
      const had = this.phrases.get(key) ?? 0;
      if (!(had & (1 << ci))) this.count++;
      this.phrases.set(key, had | (1 << ci));
    }
  }

  /** Number of (phrase, class) entries. */
  get size(): number { return this.count; }

  /**
   * Every match in the sentence: [start, length, class bitmask]. A match must begin
   * with a capitalised (or numeric) token, so "us" does not match "US".
   */
  matches(words: readonly string[], keys?: readonly string[], starts?: ArrayLike<number>): number[][] {
    const out: number[][] = [];
    const n = words.length;
    for (let i = 0; i < n; i++) {
      const first = starts ? starts[i]! : this.startMask(words[i]!, keys ? keys[i]! : normToken(words[i]!));
      if (first < 0) continue;
      if (first) out.push([i, 1, first]);
      let key = keys ? keys[i]! : normToken(words[i]!);
      for (let len = 2; i + len <= n; len++) {
        key += ' ' + (keys ? keys[i + len - 1]! : normToken(words[i + len - 1]!));
        const m = this.phrases.get(key);
        if (m === undefined) break;
        if (m) out.push([i, len, m]);
      }
    }
    return out;
  }

  /**
   * What a word (as written, and its key) contributes as the first token of a match: -1
   * when no match can start with it, else its class bitmask as a one-token phrase (0 for a
   * prefix only). A word's own property, so callers may compute it once per word type.
   */
  startMask(word: string, key: string): number {
    const c0 = word.charCodeAt(0);
    if (!((c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57) || (c0 > 127 && /^\p{Lu}/u.test(word)))) return -1;
    return this.phrases.get(key) ?? -1;
  }
}

export function normToken(w: string): string {
  return w.toLowerCase().replace(/’/g, "'");
}

const ORG_WORDS = new Set(('army forces force party ministry council front bank police assembly parliament court commission union committee ' +
  'agency organization organisation movement brigades brigade nations association federation league corps guard guards ' +
  'institute university group company corporation fund office department bureau service services authority board ' +
  'congress senate government cabinet church network alliance coalition programme program foundation society center centre ' +
  'liberation national international militia battalion regiment division command navy airforce inc corp ltd co').split(' '));

/** Parse PETRARCH actor dictionary text into gazetteer entries (see dictionaries-format.rst). */
export function petrarchEntries(text: string, file: 'countries' | 'international' | 'nonstate'): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  let names: string[] = [];
  let codes: string[] = [];
  let fromCountryInfo = false;
  const flush = () => {
    if (names.length) {
      const cls = classify(names[0]!, codes, fromCountryInfo, file);
      if (cls) for (const n of names) out.push({ phrase: tokenizePhrase(n), cls });
    }
    names = []; codes = []; fromCountryInfo = false;
  };
  for (const raw of text.split('\n')) {
    const hash = raw.indexOf('#');
    const comment = hash >= 0 ? raw.slice(hash) : '';
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).replace(/\s+$/, '');
    if (!line.trim()) continue;
    const codeMatch = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!.trim().split(/\s+/)[0]!);
    if (/^\s/.test(line)) { codes.push(...codeMatch); continue; }
    const name = cleanName(line.replace(/\[[^\]]*\]/g, '').replace(/^\+/, ''));
    if (line.startsWith('+')) { if (name) names.push(name); codes.push(...codeMatch); continue; }
    flush();
    if (name) names.push(name);
    codes.push(...codeMatch);
    fromCountryInfo = comment.includes('CountryInfo');
  }
  flush();
  return out;
}

function cleanName(s: string): string {
  return s.replace(/\([^)]*\)/g, ' ').replace(/[_+]/g, ' ').replace(/\s+/g, ' ').trim();
}

function classify(name: string, codes: string[], countryInfo: boolean, file: string): string | null {
  const words = name.toLowerCase().split(' ');
  if (words.some((w) => !/[a-z]/.test(w))) return null;
  const orgish = words.some((w) => ORG_WORDS.has(w));
  if (file === 'countries') {
    if (codes.length && codes.every((c) => /^[A-Z]{3}$/.test(c))) return 'LOC';
    if (countryInfo) return 'PER';
    if (orgish) return 'ORG';
    if (words.length >= 2 && words.length <= 4) return 'ACT';
    return null;
  }
  if (orgish || words.length === 1) return 'ORG';
  return 'ACT';
}
