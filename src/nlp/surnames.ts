/**
 * The first of two family names in a name written in full: Spanish names give the father's family
 * name and then the mother's, and the news calls the person by the first ("Rosselló" for "Ricardo
 * Rosselló Nevares", "Vázquez" for "Wanda Vázquez Garced"), where the last word is what other names
 * are called by.
 */

/** Words that end a name without being a family name ("Jr."), or that join one ("Van", "Del"). */
const NOT_SURNAME = /^(?:Jr\.?|Sr\.?|I{2,3}|IV|Van|Von|Der|Den|Del|Della|De|Da|Do|Dos|Das|La|Le|Bin|Bint|Ibn|Al|El|Abu|Mac|Mc|St\.?)$/;
/** A capitalised word of a name, with its accents and hyphens ("Rosselló", "Ocasio-Cortez"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{L}$/u;

/**
 * The next-to-last word of a person's name of three words or more, all capitalised, which may be the first of two
 * family names; null for a shorter name or one whose last two words are no pair of family names.
 */
export function firstOfTwoSurnames(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 3) return null;
  const first = words[words.length - 2]!;
  const second = words[words.length - 1]!;
  if (!words.every((w) => NAME_WORD.test(w)) || NOT_SURNAME.test(first) || NOT_SURNAME.test(second)) return null;
  return first;
}
