/**
 * Name keys: the folded form under which the gazetteer indexes and looks up names.
 * "Genève" and "Geneve", "St. Louis" and "Saint Louis", "the Gambia" and "Gambia" meet.
 */

const PLAIN = /^[\x20-\x7e]*$/;
const SIMPLE = /^[A-Za-z]+( [A-Za-z]+)*$/;

/** Lower-case, strip accents, dots and a leading "the", unify dashes, apostrophes and spaces. */
export function foldName(name: string): string {
  if (SIMPLE.test(name)) {
    const l = name.toLowerCase();
    return l.startsWith('the ') ? l.slice(4) : l;
  }
  let s = PLAIN.test(name) ? name : name.normalize('NFD').replace(/\p{M}+/gu, '');
  s = s.toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015-]/g, ' ')
    .replace(/\./g, ' ')
    .replace(/[,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.startsWith('the ')) s = s.slice(4);
  return s;
}

/** Further keys a folded name is also found under ("saint louis" also as "st louis", and back). */
const SWAPS: readonly (readonly [string, string])[] = [['saint ', 'st '], ['sainte ', 'ste '], ['fort ', 'ft '], ['mount ', 'mt ']];
const NONE: readonly string[] = [];

export function variantKeys(key: string): readonly string[] {
  const c = key.charCodeAt(0);
  if (c !== 115 && c !== 102 && c !== 109) return NONE; // s, f, m
  const out: string[] = [];
  for (const [long, short] of SWAPS) {
    if (key.startsWith(long)) out.push(short + key.slice(long.length));
    else if (key.startsWith(short)) out.push(long + key.slice(short.length));
  }
  return out;
}
