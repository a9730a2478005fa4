/**
 * Transcript labels that abbreviate a name. An interview opens its turns with the names
 * written out and goes on with their short forms: "((Wikinews))" and "Natasha Gownaris:"
 * become "((WN))" and "NG:"; a reporter introduced as "William S. Saturn" labels his
 * questions "((WSS))". Such a label speaks as the name it abbreviates, and "I" in its turn
 * is that name's.
 */
import type { Mention, Speaker } from './speaker.js';

/** A label that may abbreviate a name: two to five capitals. */
const SHORT_FORM = /^\p{Lu}{2,5}$/u;

/** The initials of a name's words ("William S. Saturn" → "WSS", "Natasha Gownaris" → "NG"). */
export function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w)).map((w) => w[0]!.toUpperCase()).join('');
}

/**
 * Whether a short form abbreviates a name by its letters in order, the first letter opening
 * the name and the last found from the end back ("WN" in "Wikinews"; the rule of Schwartz and
 * Hearst, 2003, for abbreviations defined in text).
 */
export function abbreviates(short: string, name: string): boolean {
  const s = short.toLowerCase();
  const l = name.toLowerCase();
  if (s[0] !== l[0]) return false;
  let j = l.length - 1;
  for (let i = s.length - 1; i > 0; i--) {
    while (j > 0 && l[j] !== s[i]) j--;
    if (j <= 0) return false;
    j--;
  }
  return true;
}

/** The one name among candidates, or null when there are none or several different ones. */
function only<T extends { readonly name: string | null }>(xs: readonly T[]): T | null {
  return xs.length > 0 && xs.every((x) => x.name === xs[0]!.name) ? xs[0]! : null;
}

/**
 * What a transcript label that is a short form (and no actor's name) stands for:
 * - a name of several words whose initials it is: an earlier label's ("NG" after "Natasha
 *   Gownaris:"), else a person or organisation named before it ("WSS" after "reporter William
 *   S. Saturn");
 * - a name of one word it abbreviates by letters in order: an earlier label's, else that of an
 *   organisation or other named thing (a MISC entity) the introduction names, before the first
 *   labelled turn ("WN" after "((Wikinews))", or after "Anthony Boccaletti spoke with Wikinews";
 *   not a "Western" said in a turn), else a capitalised word past the first of the title ("WN" in "Zara Kay
 *   tells Wikinews about …", where the text names Wikinews only at a sentence's start, as the recogniser misses).
 * Null when nothing fits, or several different names do.
 */
export function expandLabel(label: Speaker, labels: readonly Speaker[], mentions: readonly Mention[], at: number, intro: number, title: string | null = null): Speaker | null {
  const short = label.name;
  if (!short || label.actor || !SHORT_FORM.test(short)) return null;
  const before = mentions.filter((m) => m.start < at);
  const fromLabel = (l: Speaker | null): Speaker | null => l && { ...l, via: 'abbreviation' };
  const fromMention = (m: Mention | null): Speaker | null =>
    m && { name: m.name, ...(m.actor ? { actor: m.actor } : {}), via: 'abbreviation', from: { start: m.start, end: m.end } };
  const several = (n: string) => /\s/.test(n);
  const oneWord = (n: string) => /^\p{Lu}\p{L}+$/u.test(n) && n.length > short.length + 2;
  const written = labels.filter((l): l is Speaker & { name: string } => l.name !== null);
  return fromLabel(only(written.filter((l) => several(l.name) && initials(l.name) === short)))
    ?? fromMention(only(before.filter((m) => (m.type === 'PER' || m.type === 'ORG') && several(m.name) && initials(m.name) === short)))
    ?? fromLabel(only(written.filter((l) => oneWord(l.name) && abbreviates(short, l.name))))
    ?? fromMention(only(before.filter((m) => m.start < intro && (m.type === 'ORG' || m.type === 'MISC') && oneWord(m.name) && abbreviates(short, m.name))))
    ?? fromLabel(only((title ?? '').split(/[^\p{L}\p{N}'’-]+/u).slice(1).filter((w) => oneWord(w) && abbreviates(short, w)).map((name) => ({ name }))));
}
