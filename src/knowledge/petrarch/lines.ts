/** Shared line reading for PETRARCH files: strips # comments and <!-- --> blocks. */

export interface SourceLine {
  readonly n: number;
  /** The line without its comment, right-trimmed (leading white space kept). */
  readonly text: string;
}

export function readLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  const raw = text.split(/\r?\n/);
  let inXml = false;
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i]!;
    if (inXml) {
      if (line.includes('-->')) inXml = false;
      continue;
    }
    const t = line.trimStart();
    if (t.startsWith('<!--')) {
      if (!t.includes('-->')) inXml = true;
      continue;
    }
    const hash = line.indexOf('#');
    if (hash >= 0) line = line.slice(0, hash);
    line = line.replace(/\s+$/, '');
    if (line.trim() === '') continue;
    out.push({ n: i + 1, text: line });
  }
  return out;
}

/** Regular English plurals as PETRARCH makes them: +S, Y→IES, SS→SSES. */
export function plural(word: string): string {
  const w = word.toLowerCase();
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(ss|sh|ch|x)$/.test(w)) return w + 'es';
  return w + 's';
}

/** CAMEO-ish code check: 2–4 digits, optionally a letter, or ---. */
export function validCode(c: string): boolean {
  return /^(\d{2,4}[A-Z]?|---)$/.test(c);
}

/** YYYYMMDD or YYMMDD → ISO; YY ≥ 30 is 19YY, else 20YY (PETRARCH's reading). */
export function petrarchDate(s: string): string | null {
  let y: number, m: string, d: string;
  if (/^\d{8}$/.test(s)) { y = +s.slice(0, 4); m = s.slice(4, 6); d = s.slice(6, 8); }
  else if (/^\d{6}$/.test(s)) { const yy = +s.slice(0, 2); y = yy >= 30 ? 1900 + yy : 2000 + yy; m = s.slice(2, 4); d = s.slice(4, 6); }
  else return null;
  if (+m < 1 || +m > 12 || +d < 1 || +d > 31) return null;
  return `${String(y).padStart(4, '0')}-${m}-${d}`;
}
