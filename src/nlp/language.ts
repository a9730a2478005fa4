/**
 * Is a text English? The entity, quote and event models and dictionaries are English: on a
 * German or Korean page they find garbage ("Da", "Sie" as speakers). A page's declared language
 * is often wrong (German pages say "en"), so the text decides: at least MIN_WORDS words of its
 * first SAMPLE characters, and either mostly letters outside the Latin script, or more function
 * words of the other common Latin-script news languages (German, French, Spanish, Italian,
 * Portuguese, Polish) than of English, and at least FOREIGN_SHARE of them. English tables of
 * figures, which have few function words of any language, stay English.
 */
const SAMPLE = 3000;
const MIN_WORDS = 40;
const FOREIGN_SHARE = 0.1;

const ENGLISH = new Set(['the', 'of', 'and', 'to', 'is', 'that', 'for', 'with', 'was', 'on', 'are', 'be', 'by', 'this', 'it', 'from', 'have', 'has',
  'not', 'but', 'at', 'said', 'he', 'she', 'they', 'which', 'would', 'will', 'their', 'been', 'were', 'his', 'her', 'who', 'its', 'or', 'had', 'as', 'an']);
const OTHER = new Set([
  // German
  'der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'auf', 'für', 'ein', 'eine', 'dem', 'des', 'auch', 'werden', 'wird', 'sind',
  'oder', 'aber', 'wie', 'bei', 'nach',
  // Spanish, French, Italian, Portuguese
  'el', 'la', 'de', 'que', 'y', 'en', 'los', 'del', 'las', 'por', 'un', 'para', 'con', 'una', 'se', 'es', 'su', 'al', 'le', 'les', 'et', 'est', 'une', 'du',
  'pour', 'dans', 'pas', 'sur', 'au', 'il', 'ne', 'qui', 'di', 'che', 'non', 'per', 'sono', 'della', 'do', 'da', 'em', 'os', 'não', 'uma', 'na', 'no',
  // Polish
  'w', 'i', 'z', 'się', 'nie', 'jest', 'że',
]);

/** Below this share of English function words, a page that declares another language is taken at its word. */
const DECLARED_SHARE = 0.05;

/**
 * Why the text reads as not English, or null when it reads as English (or is too short to tell).
 * `declared`: the language the page declares ("sv", "de-DE"), which counts only together with the text:
 * a Swedish or Finnish page (whose function words the list above lacks) that has almost no English ones.
 */
export function notEnglish(text: string, declared?: string | null): string | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const words = sample.toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < MIN_WORDS) return null;
  let letters = 0;
  let nonLatin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { letters++; continue; }
    if (c < 0xc0) continue;
    if (!/\p{L}/u.test(sample[i]!)) continue;
    letters++;
    // Latin-1 Supplement, Latin Extended-A and -B, IPA, Latin Extended Additional: Latin; the rest not.
    if (c >= 0x250 && !(c >= 0x1e00 && c <= 0x1eff)) nonLatin++;
  }
  if (letters > 0 && nonLatin * 2 > letters) return 'mostly letters outside the Latin script';
  let english = 0;
  let other = 0;
  for (const w of words) {
    if (ENGLISH.has(w)) english++;
    else if (OTHER.has(w)) other++;
  }
  if (other > english && other >= FOREIGN_SHARE * words.length) return 'more function words of another language than of English';
  const lang = declared?.trim().toLowerCase().slice(0, 2);
  if (lang && /^[a-z]{2}$/.test(lang) && lang !== 'en' && english < DECLARED_SHARE * words.length) return `declared "${declared!.trim()}", with almost no English function words`;
  return null;
}

/** notEnglish of the text the last call was given, computed once (the stages that need it run one after another). */
let last: { text: string; declared: string | null; reason: string | null } | null = null;
export function notEnglishOnce(text: string, declared: string | null = null): string | null {
  if (last?.text !== text || last.declared !== declared) last = { text, declared, reason: notEnglish(text, declared) };
  return last.reason;
}
