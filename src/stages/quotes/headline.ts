/**
 * A headline's speaker is the lede's: "OPEC PRESIDENT SAYS …", "PAPER SAYS …", "STAN WEST <SWMC> SEES …" name
 * in capitals, and in short, whom the story's first attribution names in full ("OPEC president Rilwanu Lukman", "the
 * China Daily", "Stan West Mining Corp"). A headline speaker the quote stage left without a code takes the name and
 * code of the lede's speaker, where the headline's words are all in the lede speaker's, or the headline names them by
 * a word of their kind that the lede's words hold ("CHAIRMAN": "… supervisory board chairman Karl Gustaf Ratjen";
 * "PAPER": a news medium).
 */
import type { Quote } from '../../document/layers.js';
import type { Span } from '../../document/span.js';

/** How far after the headline (characters) the lede's speaker may stand: its first sentence or two. */
const LEDE_REACH = 600;
/** Words that name a speaker by their kind, which the lede's own words for them hold. */
const KIND_WORDS = new Set(['official', 'officials', 'chairman', 'president', 'minister', 'judge', 'spokesman', 'group', 'analyst', 'analysts',
  'economist', 'economists', 'banker', 'bankers', 'dealer', 'dealers', 'trader', 'traders', 'source', 'sources', 'study', 'report', 'survey', 'poll']);
/** Words that name a news medium, whatever its name. */
const MEDIUM_WORDS = new Set(['paper', 'newspaper', 'daily', 'agency', 'press', 'radio', 'television']);

/** Lower-case words of a name, without a ticker's "<SWMC>" or "(GENM.J)". */
function wordsOf(s: string): string[] {
  return s.replace(/<[^>]*>|\([^)]*\)/g, ' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** The quotes, with the headline's uncoded speakers in capitals named as the lede's where its words name the same. */
export function headlineSpeakers(text: string, headline: Span | null, quotes: Quote[]): Quote[] {
  if (!headline) return quotes;
  const lede = quotes.find((q) => q.content.start >= headline.end && q.speaker);
  if (!lede?.speakerActor || lede.speaker!.start - headline.end > LEDE_REACH) return quotes;
  const ledeWords = new Set(wordsOf(`${text.slice(lede.speaker!.start, lede.speaker!.end)} ${lede.speakerName ?? ''}`));
  const medium = lede.speakerActor.endsWith('MED');
  let out: Quote[] | null = null;
  quotes.forEach((q, i) => {
    if (!q.speaker || q.speakerActor || q.content.start >= headline.end) return;
    const raw = text.slice(q.speaker.start, q.speaker.end);
    if (raw !== raw.toUpperCase() || !/\p{Lu}/u.test(raw)) return;
    const words = wordsOf(raw);
    const same = words.length > 0 && (words.every((w) => ledeWords.has(w))
      || (words.length === 1 && (KIND_WORDS.has(words[0]!) ? ledeWords.has(words[0]!) : MEDIUM_WORDS.has(words[0]!) && medium)));
    if (!same) return;
    (out ??= [...quotes])[i] = {
      ...q,
      speakerName: lede.speakerName,
      speakerActor: lede.speakerActor,
      ...(q.explanation ? { explanation: { ...q.explanation, speakerVia: 'coreference', speakerFrom: lede.explanation?.speakerFrom ?? lede.speaker! } } : {}),
    };
  });
  return out ?? quotes;
}
