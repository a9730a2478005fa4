/**
 * The lookup key of a name: lower case, no diacritics, no dots, hyphens and
 * underscores as spaces, single spaces. "Jabhat al-Nusra", "JABHAT_AL_NUSRA" and
 * "Jabhat Al Nusra" share one key; so do "U.N." and "UN".
 */
export function normName(s: string): string {
  // Fastest path: plain words and single spaces only need lower-casing.
  const lower = s.toLowerCase();
  if (SIMPLE.test(lower)) return lower;
  return normAscii(s, lower);
}

const SIMPLE = /^[a-z0-9']+(?: [a-z0-9']+)*$/;

/**
 * normName(s), given what may be s in lower case (a token's norm): when it is, and is made of
 * plain words only, it is the key itself and no new string is made.
 */
export function normNameGivenLower(s: string, lower: string | undefined): string {
  if (lower === undefined || lower.length !== s.length) return normName(s);
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(i)) return normName(s);
  }
  // Plain words: lower is all ASCII, so is s, and lower is s.toLowerCase(), normName's first step.
  return SIMPLE.test(lower) ? lower : normName(s);
}

function normAscii(s: string, lower: string): string {
  // ASCII without dots, hyphens, underscores, white space or backquotes: only lower-casing applies.
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return normSlow(s);
    if (c === 46 || c === 95 || c === 45 || c === 32 || c === 9 || c === 10 || c === 13 || c === 96) { plain = false; break; }
  }
  if (plain) return lower;
  // Fast path for ASCII: one pass, no Unicode normalisation.
  let out = '';
  let space = true;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c > 127) return normSlow(s);
    if (c === 46) continue; // .
    if (c === 95 || c === 45 || c === 32 || c === 9 || c === 10 || c === 13) { // _ - space
      if (!space) { out += ' '; space = true; }
      continue;
    }
    if (c === 96) c = 39; // ` → '
    if (c >= 65 && c <= 90) c += 32;
    out += String.fromCharCode(c);
    space = false;
  }
  return space && out.length ? out.slice(0, -1) : out;
}

function normSlow(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`ʻ]/g, "'")
    .toLowerCase()
    .replace(/[_\-‐–]/g, ' ')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters only, for the acronym check ("U.N." → "UN"). */
export function lettersOf(s: string): string {
  // eslint-disable-next-line no-control-regex
  return (/^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFKD')).replace(/[^A-Za-z]/g, '');
}

/** True when every letter of s is upper case ("UN", "U.N.", "ISIS"). */
export function isUpperCase(s: string): boolean {
  // ASCII: some letter, and none in lower case (as below, without building the letters).
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return isUpperCaseSlow(s);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters > 0;
}

function isUpperCaseSlow(s: string): boolean {
  const l = lettersOf(s);
  return l.length > 0 && l === l.toUpperCase();
}
