/**
 * `dateline explain ID`, for quotes: for each quote of an analyze record, its words, what
 * made it (the tagger or a rule, and the confidence filter's probability) and how its
 * speaker was named, with the words the name came from (the antecedent of "he", the
 * earlier "Russian President Vladimir Putin" a later "the Russian president" stands for).
 */
import type { Quote } from '../../document/layers.js';
import type { Span } from '../../document/span.js';
import type { Step } from './confidence.js';
import type { SpeakerVia } from './speaker.js';

export interface QuoteExplanationView {
  readonly index: number;
  readonly speaker: string | null;
  readonly actor: string | null;
  readonly direct: boolean;
  readonly content: string;
  readonly cue: string | null;
  /** What the cue says the source did, in words. */
  readonly cueKind: string | null;
  readonly speakerText: string | null;
  /** The step that made the attribution as it stands, in words. */
  readonly madeBy: string | null;
  readonly confidence: number | null;
  /** How the speaker was named, in words, with the words it came from. */
  readonly named: string | null;
}

/** What made a quote: a step of the quote stage (confidence.ts STEPS), or, after the confidence filter, the reading of relayed speech. */
export type QuoteStep = Step | 'nested';

/** The steps of the quote stage, as "made by …". */
const MADE_BY: Readonly<Record<QuoteStep, string>> = {
  tagger: 'the attribution tagger',
  orphans: 'the rule giving a cue the tagger left without content the rest of its sentence',
  quotes: 'the rule reading quotation marks with the cue and source beside them',
  regions: 'the rule widening a content to its quotation marks',
  according: 'the "according to" rule',
  transcripts: 'the rule reading a transcript\'s turns: its speaker labels, or an interview\'s questions and answers',
  signatures: 'the rule reading a signature after a quotation',
  clauses: 'the rule reading a clause on a verb of speech the tagger missed',
  extend: 'the rule carrying a content on to the end of its clause',
  sources: 'the rule taking a cue\'s subject as its source',
  subjectless: 'the rule dropping the source before a passive or raising cue',
  cut: 'the rule ending an indirect content with its sentence',
  repeats: 'the rule merging repeated attributions',
  bare: 'the rule keeping a quotation that continues its speaker',
  nested: 'the rule giving what a medium relays ("quoted X as saying", "X said …, according to Z") to the one relayed as well',
};

/** How a speaker was named (speaker.ts SpeakerVia), in words. */
const NAMED: Readonly<Record<SpeakerVia, string>> = {
  name: 'a name in the source',
  coreference: 'coreference of the source',
  pronoun: 'a pronoun: the last person named or quoted before it',
  relative: 'a relative pronoun: the name before it',
  organisation: 'an organisation named or quoted before',
  earlier: 'a description an earlier name fits',
  words: 'the source\'s own words (no name found)',
  clause: 'the subject of the clause the attribution hangs on',
  'first person': '"I" in the words or the turn of a speaker, or in an interview\'s answers: the one interviewed',
  addressee: '"you" in a transcript, or in an interview\'s questions: the one the speaker addresses',
  interview: 'an answer of an interview printed as questions and answers (or labelled "A:"): the one its introduction names as interviewed',
  abbreviation: 'a transcript label that abbreviates a name written out before ("NG" for Natasha Gownaris)',
  author: 'the writer, the one author the byline names (or the site): "I" outside every quotation, or a transcript\'s "Q:"',
};

/** What made a quote, in words, from its explanation's step (the step itself if unknown, as from a newer dateline). */
export const describeStep = (step: string): string => MADE_BY[step as QuoteStep] ?? step;

/** How a speaker was named, in words, from its explanation's speakerVia. */
export const describeVia = (via: string): string => NAMED[via as SpeakerVia] ?? via;

/** A stored quote's words of explanation (StoredQuote's fields), as `dateline quotes` and the dashboard list them. */
export interface QuoteHow {
  readonly cue: string | null;
  readonly source: string | null;
  readonly speakerName: string | null;
  readonly confidence: number | null;
  readonly step: string | null;
  readonly speakerVia: string | null;
  readonly speakerFrom: string | null;
  /** What the cue says the source did (explanation.cueKind), where known. */
  readonly cueKind?: string | null;
}

/** What a cue kind says the source did, in words (kind.ts). */
const CUE_KINDS: Readonly<Record<string, string>> = {
  speech: 'said or wrote',
  thought: 'a thought, wish or plan, not words',
  evidence: 'something seen or shown, not words',
  other: 'a deed or a state, not words',
};

/** What a cue kind says, in words (the kind itself if unknown). */
export const describeCueKind = (kind: string): string => CUE_KINDS[kind] ?? kind;

/**
 * The parts of a listed quote's explanation: its cue, its source words (with `withSource`, where
 * they are not the name), its confidence, what made it and how its speaker was named; quoted words
 * between the given marks.
 */
export function howParts(q: QuoteHow, marks: readonly [string, string], withSource: boolean): string[] {
  const words = (s: string) => `${marks[0]}${s.replace(/\s+/g, ' ')}${marks[1]}`;
  return [
    q.cue ? `cue ${words(q.cue)}${q.cueKind ? ` (${describeCueKind(q.cueKind)})` : ''}` : 'no cue',
    ...(withSource && q.source && q.source !== q.speakerName ? [`source ${words(q.source)}`] : []),
    ...(q.confidence !== null ? [`confidence ${q.confidence}`] : []),
    ...(q.step ? [`made by ${describeStep(q.step)}`] : []),
    ...(q.speakerVia ? [`speaker named by ${describeVia(q.speakerVia)}${q.speakerFrom ? `, from ${words(q.speakerFrom)}` : ''}`] : []),
  ];
}

export function explainQuotes(record: { text: string; quotes?: readonly Quote[] }): QuoteExplanationView[] {
  const t = (s: Span | null | undefined) => (s ? record.text.slice(s.start, s.end).replace(/\s+/g, ' ') : null);
  return (record.quotes ?? []).map((q, index) => {
    const x = q.explanation;
    const from = t(x?.speakerFrom);
    const via = x?.speakerVia ? describeVia(x.speakerVia) : null;
    return {
      index,
      speaker: q.speakerName,
      actor: q.speakerActor ?? null,
      direct: q.direct,
      content: t(q.content)!,
      cue: t(q.cue),
      cueKind: x?.cueKind ? describeCueKind(x.cueKind) : null,
      speakerText: t(q.speaker),
      madeBy: x ? describeStep(x.step) : null,
      confidence: x?.confidence ?? null,
      named: via ? `${via}${from ? `, from "${from}" (characters ${x!.speakerFrom!.start}–${x!.speakerFrom!.end})` : ''}` : null,
    };
  });
}

/** Plain-text rendering of explainQuotes, one block per quote. */
export function formatQuoteExplanations(xs: readonly QuoteExplanationView[]): string {
  return xs.map((x) => [
    `#${x.index + 1} ${x.speaker ?? '(no speaker)'}${x.actor ? ` [${x.actor}]` : ''}  ${x.direct ? 'direct' : 'indirect'}${x.confidence !== null ? `  (confidence ${x.confidence})` : ''}`,
    `   source: ${x.speakerText ?? '—'}   cue: ${x.cue ?? '—'}${x.cueKind ? ` (${x.cueKind})` : ''}`,
    `   content: ${x.content}`,
    ...(x.madeBy ? [`   made by: ${x.madeBy}`] : []),
    ...(x.named ? [`   speaker named by: ${x.named}`] : []),
  ].join('\n')).join('\n\n');
}
