/**
 * A deterministic PTB/CoNLL-2003-like tokenizer. It keeps no state between calls: the
 * same text always gives the same tokens, with offsets into the original string.
 *
 * - White space separates chunks; a chunk is then split: opening quotes and brackets
 *   in front, closing ones and , ; : ! ? . … - at its end, clitics ('s n't 're 'll
 *   've 'd 'm, with ' or ’) off its word, "cannot" into can + not, "gonna" into gon + na.
 * - Kept whole: abbreviations (data/pos/abbreviations.txt and single letters with
 *   periods: U.S., a.m., J.), numbers (1,000.50, 3.5%, 1987/88, 10:30), hyphenated
 *   words (al-Nusra, Russian-brokered, 10-year), URLs and e-mail addresses.
 * - Dashes (– — --) and ellipses (... …) are tokens of their own.
 */
import type { Span } from '../document/span.js';
import { loadAbbreviations, type AbbreviationKind } from './data.js';

export interface TokenizerData {
  /** Abbreviation → kind, as in data/pos/abbreviations.txt. */
  readonly abbreviations: ReadonlyMap<string, AbbreviationKind>;
}

/** White space: ASCII controls and space, NBSP, the Unicode spaces, BOM. */
export function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x85 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isAlpha = (c: number) => isLower(c) || isUpper(c) || (c > 0xff && c !== 0x2019 && c !== 0x2018 && c !== 0x201c && c !== 0x201d && !(c >= 0x2010 && c <= 0x2015) && c !== 0x2026);

const APOS = 39; // '
const RSQUO = 0x2019; // ’
const LSQUO = 0x2018; // ‘
const HYPHEN = 45;
const PERIOD = 46;
const ELLIPSIS = 0x2026;

/** Brackets (with < > as in Reuters' "<ACME>" tickers) and double quotes: always tokens of their own. */
function isBracketOrQuote(c: number): boolean {
  return c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125 || c === 60 || c === 62 || c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a || c === 96;
}
/** En dash, em dash, horizontal bar, figure dash. */
const isDashChar = (c: number) => c === 0x2013 || c === 0x2014 || c === 0x2015 || c === 0x2012;
const isCurrency = (c: number) => c === 36 || c === 0xa3 || c === 0x20ac || c === 0xa5 || c === 0x20b9;
/** Punctuation split off the end of a chunk. */
const isTrailing = (c: number) => c === 44 || c === 59 || c === 58 || c === 33 || c === 63;

const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm']);
const SPLIT_NA = new Set(['gonna', 'wanna', 'gotta']);

function isInitials(w: string): boolean {
  // U.S. / a.m. / J. / e.g. / U.S.A.
  const n = w.length;
  if (n < 2 || n % 2 !== 0) return false;
  for (let i = 0; i < n; i += 2) {
    const c = w.charCodeAt(i);
    if (!(isUpper(c) || isLower(c)) || w.charCodeAt(i + 1) !== PERIOD) return false;
  }
  return true;
}

export class Tokenizer {
  constructor(private readonly data: TokenizerData) {}

  /** Kind of the abbreviation w (ending in a period), or null when w is none. */
  abbreviation(w: string): AbbreviationKind | 'initials' | null {
    const a = this.data.abbreviations;
    const k = a.get(w);
    if (k) return k;
    if (isInitials(w)) return 'initials';
    if (w.length > 2 && isUpper(w.charCodeAt(0))) {
      // Headline capitals: "CORP." → "Corp."
      const t = w[0] + w.slice(1).toLowerCase();
      const k2 = a.get(t) ?? a.get(w.toLowerCase());
      if (k2) return k2;
    }
    return null;
  }

  /** Tokens of text[start, end) as spans into text. */
  tokenize(text: string, start = 0, end = text.length): Span[] {
    const flat: number[] = [];
    this.tokenizeFlat(text, start, end, flat);
    const out: Span[] = new Array(flat.length >> 1);
    for (let i = 0, j = 0; i < flat.length; i += 2, j++) out[j] = { start: flat[i]!, end: flat[i + 1]! };
    return out;
  }

  /** Tokens of text[start, end) as start, end pairs pushed onto out. */
  tokenizeFlat(text: string, start: number, end: number, out: number[]): void {
    let i = start;
    while (i < end) {
      while (i < end && isSpace(text.charCodeAt(i))) i++;
      if (i >= end) break;
      let j = i + 1;
      while (j < end && !isSpace(text.charCodeAt(j))) j++;
      this.chunk(text, i, j, out);
      i = j;
    }
  }

  private chunk(text: string, a: number, b: number, out: number[]): void {
    if (b - a === 1) {
      out.push(a, b);
      return;
    }
    // Leading punctuation.
    while (a < b) {
      const c = text.charCodeAt(a);
      const n = a + 1 < b ? text.charCodeAt(a + 1) : -1;
      if (isBracketOrQuote(c)) {
        const len = c === 96 && n === 96 ? 2 : 1;
        out.push(a, a + len);
        a += len;
      } else if (c === APOS || c === RSQUO || c === LSQUO) {
        if (isDigit(n) && c !== LSQUO) break; // '90s
        if (a + 1 < b && this.cliticAt(text, a, b) && c !== LSQUO) break; // a bare clitic: 's
        out.push(a, a + 1);
        a++;
      } else if (c === HYPHEN) {
        if (n === HYPHEN) { out.push(a, a + 2); a += 2; }
        else if (isDigit(n)) break; // -5
        else { out.push(a, a + 1); a++; }
      } else if (isDashChar(c) || c === ELLIPSIS || isTrailing(c)) {
        out.push(a, a + 1);
        a++;
      } else if (c === PERIOD) {
        if (isDigit(n)) break; // .5
        let k = a;
        while (k < b && text.charCodeAt(k) === PERIOD) k++;
        out.push(a, k);
        a = k;
      } else if ((isCurrency(c) && a + 1 < b) || (c === 35 && isDigit(n))) { // $5, #2
        out.push(a, a + 1);
        a++;
      } else break;
    }
    if (a >= b) return;
    if (this.isUrlOrEmail(text, a, b)) {
      const tail: number[] = [];
      while (b > a + 1) {
        const c = text.charCodeAt(b - 1);
        if (isTrailing(c) || c === PERIOD || c === 41 || c === 93 || c === 62 || c === 34 || c === 0x201d || c === APOS || c === RSQUO || c === 0xbb) { tail.push(b - 1, b); b--; } else break;
      }
      out.push(a, b);
      for (let k = tail.length - 2; k >= 0; k -= 2) out.push(tail[k]!, tail[k + 1]!);
      return;
    }
    // Trailing punctuation, collected from the end.
    const tail: number[] = [];
    while (b > a) {
      const c = text.charCodeAt(b - 1);
      const p = b - 2 >= a ? text.charCodeAt(b - 2) : -1;
      if (isBracketOrQuote(c) || isTrailing(c) || isDashChar(c) || c === ELLIPSIS) {
        if (c === 96 && p === 96) { tail.push(b - 2, b); b -= 2; } else { tail.push(b - 1, b); b--; }
      } else if (c === APOS || c === RSQUO) {
        if (b - 1 === a) break;
        tail.push(b - 1, b);
        b--;
      } else if (c === HYPHEN) {
        if (b - 1 === a) break;
        if (p === HYPHEN) { tail.push(b - 2, b); b -= 2; } else { tail.push(b - 1, b); b--; }
      } else if (c === PERIOD) {
        if (p === PERIOD) {
          let k = b - 1;
          while (k > a && text.charCodeAt(k - 1) === PERIOD) k--;
          tail.push(k, b);
          b = k;
        } else if (b - 1 > a && this.abbreviation(text.slice(a, b)) !== null) {
          break;
        } else {
          tail.push(b - 1, b);
          b--;
        }
      } else break;
    }
    if (b > a) this.middle(text, a, b, out);
    for (let k = tail.length - 2; k >= 0; k -= 2) out.push(tail[k]!, tail[k + 1]!);
  }

  /** True when text[a] is an apostrophe opening a clitic that runs to b ("'s", "’ll"). */
  private cliticAt(text: string, a: number, b: number): boolean {
    const n = b - a - 1;
    if (n < 1 || n > 2) return false;
    return CLITICS.has(text.slice(a + 1, b).toLowerCase());
  }

  private isUrlOrEmail(text: string, a: number, b: number): boolean {
    let at = -1;
    for (let k = a; k < b; k++) {
      const c = text.charCodeAt(k);
      if (c === 58 && k + 2 < b && text.charCodeAt(k + 1) === 47 && text.charCodeAt(k + 2) === 47 && k > a) return true;
      if (c === 64 && at < 0) at = k;
    }
    if ((text.charCodeAt(a) | 32) === 119 && b - a > 6 && text.slice(a, a + 4).toLowerCase() === 'www.') return true;
    if (at > a) {
      // local@domain.tld
      let dot = -1;
      for (let k = at + 1; k < b - 1; k++) if (text.charCodeAt(k) === PERIOD) dot = k;
      return dot > at + 1 && isAlpha(text.charCodeAt(dot + 1));
    }
    return false;
  }

  /** Split the inside of a chunk at brackets, quotes, dashes, ellipses and non-numeric , : ; ! ? */
  private middle(text: string, a: number, b: number, out: number[]): void {
    let p = a;
    let k = a;
    while (k < b) {
      const c = text.charCodeAt(k);
      let len = 0;
      if (isBracketOrQuote(c) || isDashChar(c) || c === ELLIPSIS || c === 59 || c === 33 || c === 63) len = 1;
      else if (c === HYPHEN && k + 1 < b && text.charCodeAt(k + 1) === HYPHEN) {
        len = 2;
        while (k + len < b && text.charCodeAt(k + len) === HYPHEN) len++;
      } else if (c === PERIOD && k + 2 < b && text.charCodeAt(k + 1) === PERIOD && text.charCodeAt(k + 2) === PERIOD) {
        len = 3;
        while (k + len < b && text.charCodeAt(k + len) === PERIOD) len++;
      } else if ((c === 44 || c === 58) && !(k > a && k + 1 < b && isDigit(text.charCodeAt(k - 1)) && isDigit(text.charCodeAt(k + 1)))) len = 1;
      if (len > 0) {
        if (k > p) this.piece(text, p, k, out);
        out.push(k, k + len);
        k += len;
        p = k;
      } else k++;
    }
    if (b > p) this.piece(text, p, b, out);
  }

  /** A word: split clitics off its end. */
  private piece(text: string, p: number, q: number, out: number[]): void {
    const n = q - p;
    if (n >= 4) {
      // n't / n’t
      const t = text.charCodeAt(q - 1) | 32;
      const ap = text.charCodeAt(q - 2);
      if (t === 116 && (ap === APOS || ap === RSQUO) && (text.charCodeAt(q - 3) | 32) === 110) {
        out.push(p, q - 3, q - 3, q);
        return;
      }
    }
    if (n >= 3) {
      for (let k = q - 2; k >= q - 3 && k > p; k--) {
        const c = text.charCodeAt(k);
        if ((c === APOS || c === RSQUO) && this.cliticAt(text, k, q)) {
          out.push(p, k, k, q);
          return;
        }
      }
    }
    if (n === 6 && (text.charCodeAt(p) | 32) === 99 && text.slice(p, q).toLowerCase() === 'cannot') {
      out.push(p, p + 3, p + 3, q);
      return;
    }
    if (n === 5 && SPLIT_NA.has(text.slice(p, q).toLowerCase())) { // gon na, wan na, got ta (PTB)
      out.push(p, q - 2, q - 2, q);
      return;
    }
    out.push(p, q);
  }
}

/**
 * The parts of a hyphenated token text[start, end) and its hyphens, as spans: "United
 * Nations-mediated" has the token "Nations-mediated" → Nations, -, mediated. For consumers
 * that want a name inside a compound the tokenizer keeps whole (as CoNLL does).
 */
export function hyphenParts(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let p = start;
  for (let k = start + 1; k < end - 1; k++) {
    if (text.charCodeAt(k) === HYPHEN && k > p) {
      out.push({ start: p, end: k }, { start: k, end: k + 1 });
      p = k + 1;
    }
  }
  out.push({ start: p, end });
  return out;
}

let shared: Tokenizer | null = null;
/** The tokenizer over the shipped data (loaded once; immutable). */
export function defaultTokenizer(): Tokenizer {
  shared ??= new Tokenizer({ abbreviations: loadAbbreviations() });
  return shared;
}

/** Tokens of text[start, end) with the shipped abbreviation list. */
export function tokenize(text: string, start = 0, end = text.length): Span[] {
  return defaultTokenizer().tokenize(text, start, end);
}
