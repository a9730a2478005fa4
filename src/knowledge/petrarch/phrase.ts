/**
 * Phrase normalisation shared by the dictionaries and the matcher, so that dictionary
 * phrases and token sequences compare word for word: lower case, "'s" and hyphens split off.
 */
export function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  for (const raw of phrase.toLowerCase().split(/[_\s]+/)) {
    if (!raw) continue;
    for (const w of splitWord(raw)) out.push(w);
  }
  return out;
}

/** Split one written word the way the tokenizer splits it: "gondor's" → gondor 's; "workers'" → workers '; "al-qaeda" → al - qaeda. */
export function splitWord(w: string): string[] {
  const out: string[] = [];
  let s = w;
  let tail: string | null = null;
  if (s.length > 2 && (s.endsWith("'s") || s.endsWith('’s'))) { tail = "'s"; s = s.slice(0, -2); }
  // A plural possessive ("workers'" in "Kurdistan Workers' Party") is split like the tokenizer splits it.
  else if (s.length > 2 && (s.endsWith("'") || s.endsWith('’')) && /[a-z]/.test(s[s.length - 2]!)) { tail = "'"; s = s.slice(0, -1); }
  if (s.includes('-') && /[a-z0-9]-[a-z0-9]/.test(s)) {
    const parts = s.split('-');
    parts.forEach((p, i) => { if (i > 0) out.push('-'); if (p) out.push(p); });
  } else if (s) out.push(s);
  if (tail) out.push(tail);
  return out;
}
