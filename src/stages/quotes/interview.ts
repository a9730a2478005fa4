/**
 * A question-and-answer interview without speaker labels, as news sites print them: an
 * introduction that names the one interviewed ("Wikinews interviews Marymegan Daly on …",
 * "Nick Bos tells Wikinews …", "Interview with LibriVox founder Hugh McGuire"), then the
 * interviewer's questions, each a paragraph of its own ending with a question mark, each
 * followed by the answer. In the answers "I" and "we" are the one interviewed, and so is
 * "you" in the questions. (Transcripts whose turns are labelled, "((WN))" or "PENCE:", are
 * read by their labels instead: see rules.ts's transcriptLines and floor.ts.)
 */
import type { Span } from '../../document/span.js';
import type { Mention, Speaker } from './speaker.js';

export interface Interview {
  /** The one interviewed, or two named together ("Mario J. Lucero and Isabel Ruiz"). */
  readonly interviewee: Speaker;
  /** The question paragraphs, in order. */
  readonly questions: readonly Span[];
}

/** Fewest question paragraphs followed by an answer that make a text an interview. */
const MIN_QUESTIONS = 2;
/**
 * Most paragraphs from the first question on per question: an interview goes on asking (Wikinews' run at one
 * question in two to ten paragraphs), a news story or a live blog that quotes a question or two does not (one in
 * fifteen to forty in PolNeAR's).
 */
const PARAGRAPHS_PER_QUESTION = 12;
/** A longer paragraph is no interviewer's question, even ending with one. */
const QUESTION_MAX = 700;
/** How far into the text the introduction naming the one interviewed may run. */
const INTRO_MAX = 1500;
/** How far from the words of interviewing the name may be. */
const NAME_REACH = 120;

/** Words that say who is interviewed: the name comes after them ("interviews X") … */
const BEFORE_NAME = /\b(?:[Ii]nterview(?:s|ed)?(?:\s+with)?|[Ii]nterviewee|(?:spoke|spoken|talked|talks|speaks)\s+(?:with|to))\s/g;
/** … or before them ("X tells Wikinews", "X, wikiHow founder interviewed by Wikinews", "X: An interview with …"). */
const AFTER_NAME = /\b(?:tells|talks\s+to|interviewed\s+by|answered)\b|:\s+(?:[Aa]n\s+)?[Ii]nterview\b/g;
/** Talking with someone: the one interviewed may be either side. */
const TALK = /^(?:spoke|spoken|talked|talks|speaks)\b/;
/**
 * A journalist's role before the name after "spoke with": that one asks, and the one
 * interviewed is who spoke ("he spoke with POLITICO senior writer Michael Grunwald").
 */
const ASKER = /\b(?:writer|reporter|correspondent|journalist|editor|host|anchor|columnist|interviewer|presenter)s?\b/i;
/** A name after a preposition is what the interview is about ("interviews bar owner on Santorum cocktail"), not whom. */
const ABOUT = /\b(?:on|about|over|regarding|after|for|at|in|from)\s/;

/**
 * Whether a paragraph is a question: it ends with a question mark (single quotation marks and
 * brackets after it aside). A question inside double quotation marks ("“Who's going to pay for
 * it?”", "Hannity interjected: “So you're saying …?”") is someone's words a story quotes, not
 * the interviewer's.
 */
function asks(text: string, p: Span): boolean {
  return p.end - p.start <= QUESTION_MAX && /\?[\s’')]*$/.test(text.slice(p.start, p.end));
}

/**
 * The question paragraphs of a text laid out as questions and answers (indices into
 * `paragraphs`): two or more questions each followed by an answer, and asked all through the
 * rest of the text, after an introduction with words of interviewing ("interviews", "spoke
 * with", "tells"); null for any other text.
 */
function questionParagraphs(text: string, paragraphs: readonly Span[]): number[] | null {
  const questions: number[] = [];
  let answered = 0;
  paragraphs.forEach((p, i) => {
    if (!asks(text, p)) return;
    questions.push(i);
    const next = paragraphs[i + 1];
    if (next && !asks(text, next)) answered++;
  });
  if (answered < MIN_QUESTIONS || questions.length * PARAGRAPHS_PER_QUESTION < paragraphs.length - questions[0]!) return null;
  const intro = text.slice(0, Math.min(INTRO_MAX, paragraphs[questions[0]!]!.start));
  return [BEFORE_NAME, AFTER_NAME].some((re) => new RegExp(re.source).test(intro)) ? questions : null;
}

/**
 * The interview a text is, if it is one: questions and answers (questionParagraphs) after an
 * introduction that names a person as the one interviewed. The text's mentions are asked for
 * only when it is laid out so.
 */
export function findInterview(text: string, paragraphs: readonly Span[], mentions: () => readonly Mention[]): Interview | null {
  const qs = questionParagraphs(text, paragraphs);
  if (!qs) return null;
  const questions = qs.map((i) => paragraphs[i]!);
  const intro = Math.min(INTRO_MAX, questions[0]!.start);
  const people = mentions().filter((m) => m.type === 'PER' && m.end <= intro);
  // Nothing but spaces, titles and commas between the words and the name: the same sentence.
  const near = (a: number, b: number) => b >= a && b - a <= NAME_REACH && !/[.!?]\s|\n/.test(text.slice(a, b)) && !ABOUT.test(text.slice(a, b));
  let found: Mention | undefined;
  let at = Infinity;
  for (const re of [BEFORE_NAME, AFTER_NAME]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && m.index < intro; m = re.exec(text)) {
      const end = m.index + m[0].length;
      let after = re === BEFORE_NAME;
      const asked = after ? people.find((x) => near(end, x.start)) : undefined;
      // "he spoke with … writer Michael Grunwald": the one who spoke, named before or as "he"/"she" after a name.
      if (asked && TALK.test(m[0]) && ASKER.test(text.slice(end, asked.start))) after = false;
      const p = after ? asked : [...people].reverse().find((x) => near(x.end, m!.index) || (x.end <= m!.index && /\b(?:[Hh]e|[Ss]he)\s+$/.test(text.slice(m!.index - 4, m!.index))));
      if (p && m.index < at) { found = p; at = m.index; }
    }
  }
  if (!found) return null;
  // Two named together: "Mario J. Lucero and Isabel Ruiz".
  const other = people.find((x) => x.start > found!.end && /^\s+and\s+$/.test(text.slice(found!.end, x.start)));
  const interviewee: Speaker = other
    ? { name: `${found.name} and ${other.name}`, group: true, from: { start: found.start, end: other.end } }
    : { name: found.name, ...(found.actor ? { actor: found.actor } : {}), from: { start: found.start, end: found.end } };
  return { interviewee, questions };
}

/** Whether an offset lies in one of the interview's questions. */
export function inQuestion(iv: Interview, at: number): boolean {
  return iv.questions.some((q) => q.start <= at && at < q.end);
}

/** Whether an offset lies in an answer: after the first question, and in none. */
export function inAnswer(iv: Interview, at: number): boolean {
  return at >= iv.questions[0]!.start && !inQuestion(iv, at);
}
