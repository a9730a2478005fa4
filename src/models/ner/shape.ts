/** Word shape and orthographic classes of a token. */

function shapeChar(ch: string): string {
  const k = ch.charCodeAt(0);
  if (k < 128) {
    if (k >= 65 && k <= 90) return 'X';
    if (k >= 97 && k <= 122) return 'x';
    if (k >= 48 && k <= 57) return 'd';
    return ch;
  }
  if (/\p{Lu}/u.test(ch)) return 'X';
  if (/\p{Ll}/u.test(ch)) return 'x';
  if (/\p{N}/u.test(ch)) return 'd';
  if (/\p{L}/u.test(ch)) return 'x';
  return ch === '’' ? "'" : ch;
}

/** Detailed shape: letters→X/x, digits→d, others kept; runs cut to 3 ("Washington" → "Xxxx"). */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    const c = shapeChar(ch);
    if (c === last) { run++; if (run > 3) continue; } else { last = c; run = 1; }
    out += c;
  }
  return out;
}

/** Collapsed shape: every run of one class written once ("Xxxx-Xxx" → "Xx-Xx"). */
export function shortShape(w: string): string {
  const s = wordShape(w);
  let out = '';
  for (const c of s) if (out[out.length - 1] !== c) out += c;
  return out;
}

/** Lower-cased form with digits replaced by 0, so numbers and dates share features. */
export function normWord(w: string): string {
  return w.toLowerCase().replace(/\p{N}/gu, '0').replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}

export function isAllCapsWord(w: string): boolean {
  return /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
}

export function isCapitalised(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}

/** Whether a sentence is in capitals throughout (a headline in CoNLL style). */
export function isUpperSentence(words: readonly string[]): boolean {
  let letters = 0;
  for (const w of words) { if (/\p{Ll}/u.test(w)) return false; if (/\p{Lu}/u.test(w)) letters++; }
  return letters > 0;
}

/** Forms to look a word up under in case-sensitive tables: as written, title case, lower case. */
export function lookupForms(w: string): string[] {
  const lower = w.toLowerCase();
  const title = w.length ? w[0]!.toUpperCase() + w.slice(1).toLowerCase() : w;
  return [w, title, lower];
}
