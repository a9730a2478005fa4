/**
 * Truecasing for tagging: a sentence set in capitals (a wire headline: "IRAN REPORTS
 * OFFENSIVE AS IRAQ THREATENS AIR RAIDS") tags poorly, every word looking like a name.
 * Its words are given to the tagger as the rest of the document writes them. The tokens
 * themselves keep the text's own form.
 */
/** Fewest words outside capitals a document needs for its capitals to be truecased. */
const QUIET_MIN = 20;

/** Longest unseen word in capitals still read as an acronym. */
const ACRONYM_MAX = 2;

/** Is the word (or name) all capitals, with two capital letters or more? */
export function shouted(w: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
}

/**
 * A name set in capitals (a headline's "U.S. EXPORTERS", "TREASURY", "BAKER") written as the text writes its words
 * elsewhere: each word in lower case where the text has it so, else capitalised where it has it so. A word of three
 * letters or fewer stays (WHO, U.S.), and so does a short word or one with a dot that the text writes only in capitals
 * (OECD). Null when some longer word is written only in capitals or not at all.
 */
export function asWritten(text: string, name: string): string | null {
  // How the text writes each word of the name elsewhere: in lower case, capitalised, or (null) as it stands.
  const seen: { w: string; lower: boolean; capitalised: boolean }[] = [];
  for (const w of name.split(' ')) {
    // (Three letters or fewer in capitals are read as an acronym, which a word may spell: "WHO", "US".)
    if (!shouted(w) || w.replace(/\P{L}/gu, '').length <= 3) {
      seen.push({ w, lower: false, capitalised: false });
      continue;
    }
    let lower = false;
    let capitalised = false;
    for (const m of occurrences(text, w)) {
      if (m === m.toLowerCase()) lower = true;
      else if (!shouted(m)) capitalised = true;
      if (lower && capitalised) break;
    }
    if (!lower && !capitalised && w.length > 5 && !w.includes('.')) return null;
    seen.push({ w, lower, capitalised });
  }
  // (A name is capitalised throughout where the text also writes a lower-case word of it so: "American Farm Bureau", not
  // "American farm Bureau"; "U.S. exporters" stays.)
  const isName = seen.some((x) => x.capitalised && !x.lower);
  return seen.map((x) => (x.lower ? (x.capitalised && isName ? titled(x.w) : x.w.toLowerCase()) : x.capitalised ? titled(x.w) : x.w)).join(' ');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** The last text lowered (asWritten looks several names up in one text). */
let lastText = '';
let lastLowered = '';

/** Each way the text writes the word (in any case) as a whole word: not inside a longer word or number. */
function* occurrences(text: string, word: string): Generator<string> {
  if (text !== lastText) {
    lastText = text;
    lastLowered = text.toLowerCase();
  }
  // (Where lower case changes the text's length, "İ", the offsets would not hold: none found there.)
  if (lastLowered.length !== text.length) return;
  const w = word.toLowerCase();
  if (w.length !== word.length) return;
  for (let at = lastLowered.indexOf(w); at >= 0; at = lastLowered.indexOf(w, at + 1)) {
    const end = at + w.length;
    if ((at > 0 && WORD_CHAR.test(text[at - 1]!)) || (end < text.length && WORD_CHAR.test(text[end]!))) continue;
    yield text.slice(at, end);
  }
}

/** A word in capitals capitalised, as a name writes it ("BUREAU" → "Bureau"). */
export const titled = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();

/**
 * The words with each sentence set in capitals (most of its words of two letters or more
 * in capitals) written as the document's other sentences write them: lower case where
 * the word appears in lower case elsewhere, capitalised where it appears only so, left in
 * capitals where it is written so elsewhere too (USDA); unseen words in lower case, but for
 * the shortest (US, UN), left as they are. Null when no sentence is in capitals, or when
 * (almost) all are.
 */
export function truecased(words: readonly string[], lowers: readonly string[], ends: readonly number[]): string[] | null {
  const loud: boolean[] = [];
  let from = 0;
  let any = false;
  for (const e of ends) {
    let caps = 0;
    let lettered = 0;
    for (let i = from; i < e; i++) {
      const w = words[i]!;
      if (w.length < 2 || !/\p{L}/u.test(w)) continue;
      lettered++;
      if (shouted(w)) caps++;
    }
    const isLoud = lettered >= 2 && caps * 5 >= lettered * 4;
    loud.push(isLoud);
    any ||= isLoud;
    from = e;
  }
  if (!any) return null;
  // A document all in capitals has nothing to learn from: its words stay as they are.
  let quiet = 0;
  from = 0;
  ends.forEach((e, si) => {
    if (!loud[si]) quiet += e - from;
    from = e;
  });
  if (quiet < QUIET_MIN) return null;
  // How the quiet sentences write each word of the loud ones: 0 not at all, 1 in lower case
  // somewhere, else 2 capitalised, else 3 in capitals, else 4 capitalised only at the start of
  // a sentence. Only the loud sentences' words are looked up, so the map stays small.
  const seen = new Map<string, number>();
  from = 0;
  ends.forEach((e, si) => {
    if (loud[si]) for (let i = from; i < e; i++) if (shouted(words[i]!)) seen.set(lowers[i]!, 0);
    from = e;
  });
  from = 0;
  ends.forEach((e, si) => {
    if (!loud[si]) {
      for (let i = from; i < e; i++) {
        const prev = seen.get(lowers[i]!);
        if (prev === undefined || prev === 1) continue;
        const w = words[i]!;
        // A sentence's first word is capitalised by position, not by kind: weak evidence (4).
        const how = w === lowers[i] ? 1 : shouted(w) ? 3 : i === from ? 4 : 2;
        if (prev === 0 || how < prev) seen.set(lowers[i]!, how);
      }
    }
    from = e;
  });
  const out = words.slice();
  from = 0;
  ends.forEach((e, si) => {
    if (loud[si]) {
      for (let i = from; i < e; i++) {
        const w = words[i]!;
        if (!shouted(w)) continue;
        const how = seen.get(lowers[i]!);
        if (how === 1 || (how === 0 && w.length > ACRONYM_MAX)) out[i] = lowers[i]!;
        else if (how === 2 || how === 4) out[i] = w[0]! + lowers[i]!.slice(1);
      }
    }
    from = e;
  });
  return out;
}
