/**
 * The typed annotation layers of a document. Each layer is a list of spans with
 * the fields that layer carries. Stages add layers; nothing rewrites the text.
 */
import type { Span } from './span.js';

/** A token with its Universal POS tag (PROPN, VERB, NOUN, ...) from src/nlp. */
export interface Token extends Span {
  readonly pos: string;
  /** Lower-cased normal form. */
  readonly norm: string;
  /** Lemma (src/nlp/lemma.ts); proper nouns keep their form. */
  readonly lemma?: string;
}

export type Sentence = Span;
export type Paragraph = Span;
export type Headline = Span;
export type Body = Span;

export interface Dateline extends Span {
  readonly place: string | null;
  readonly agency: string | null;
  /** Date written in the dateline itself, ISO, if any (year may be inferred). */
  readonly date: string | null;
  readonly placeSpan: Span | null;
  readonly agencySpan: Span | null;
  /** The region written after the place, as written ("Fla." in "MAITLAND, Fla."), if any. */
  readonly region?: string;
}

/** A dateline's place with its region, as a gazetteer reads it ("Maitland, Fla.", which Maitland alone in Australia is not), or the place alone. */
export function placeWithRegion(d: Pick<Dateline, 'place' | 'region'>): string | null {
  return d.place && d.region ? `${d.place}, ${d.region}` : d.place;
}

export interface Byline extends Span {
  readonly authors: readonly string[];
  /** Spans of each author name, aligned with authors. */
  readonly authorSpans: readonly Span[];
}

export type BoilerplateKind = 'related' | 'byline' | 'share' | 'other';
export interface Boilerplate extends Span {
  readonly kind: BoilerplateKind;
}

/** A temporal expression with its resolved calendar date (ISO) when it has one. */
export interface Timex extends Span {
  readonly value: string | null;
  readonly kind: 'absolute' | 'relative' | 'weekday';
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export interface Entity extends Span {
  readonly text: string;
  readonly type: EntityType;
  /** CAMEO-style actor code, when resolved. */
  readonly actor?: string;
  /** Canonical name of the actor or place. */
  readonly name?: string;
  readonly country?: string;
  readonly sector?: string;
  /** Index of the coreference chain this mention belongs to, if any. */
  readonly chain?: number;
  /** 'model' | 'gazetteer' | 'coref' | 'title' ... how it was found. */
  readonly via?: string;
  /** For a group mention ("the two sides", "the guarantor countries"): its members' actor codes. */
  readonly members?: readonly string[];
  /** The members' names, in the order of members, where the group was formed from named mentions ("Vladimir Putin", "Hassan Rouhani"). */
  readonly memberNames?: readonly string[];
}

export interface Quote {
  readonly content: Span;
  /**
   * The content's parts, where its own source or cue stands inside it ("…," Opelka said. "…"): the
   * words said without that frame (src/stages/quotes/parts.ts). Absent for a content in one piece.
   */
  readonly parts?: readonly Span[];
  readonly speaker: Span | null;
  readonly cue: Span | null;
  readonly speakerName: string | null;
  readonly speakerActor?: string | null;
  readonly direct: boolean;
  readonly explanation?: QuoteExplanation;
}

/** How a quote was found and its speaker named (what `dateline explain` shows). */
export interface QuoteExplanation {
  /** The step that made the attribution as it stands: the tagger, or a rule after it (src/stages/quotes/confidence.ts STEPS). */
  readonly step: string;
  /** The confidence filter's probability that the attribution is right (none for steps it trusts: transcripts, signatures). */
  readonly confidence?: number;
  /** How the speaker's name was reached (src/stages/quotes/speaker.ts SpeakerVia). */
  readonly speakerVia?: string;
  /** The words the name was taken from, where they are not the speaker span's own (the antecedent of "he"). */
  readonly speakerFrom?: Span;
  /** What the cue says the source did (src/stages/quotes/kind.ts): spoke, thought, found, or other (a deed or a state); a transcript's or an interview's turn, with no cue word, is speech. */
  readonly cueKind?: CueKind;
}

/** What a cue says its source did: spoke or wrote, thought or wanted, saw or showed, or something else. */
export const CUE_KINDS = ['speech', 'thought', 'evidence', 'other'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export interface ActorRef {
  readonly code: string;
  readonly name: string;
}

export interface PloverRef {
  readonly type: string;
  readonly mode: string | null;
}

export interface Place extends Span {
  readonly text: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  readonly geonameid?: number;
  /** The gazetteer's name of the place the mention resolves to ("Genève" for "Geneva"). */
  readonly name?: string;
  /** What the mention names: a continent or world region (country is then a CAMEO region code such
   *  as AFR or MEA), a country, a first-level region, a city, or a country by its demonym ("Russian"). */
  readonly kind?: 'continent' | 'country' | 'region' | 'city' | 'demonym';
}

export interface EventAnnotation {
  readonly source: ActorRef | null;
  readonly target: ActorRef | null;
  readonly cameo: string;
  readonly plover: PloverRef | null;
  readonly goldstein: number;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly date: string | null;
  /** Where it happened; kind and geonameid as the place mention resolved (see Place). */
  readonly location: { readonly name: string; readonly lat: number; readonly lon: number; readonly country: string; readonly kind?: Place['kind']; readonly geonameid?: number } | null;
  readonly evidence: Span;
  readonly confidence: number;
  /** Further places the same event is reported in this article. */
  readonly mentions?: readonly Span[];
  /** How it was coded, for `dateline explain`. */
  readonly explanation?: {
    readonly pattern: string;
    readonly verb: Span | null;
    readonly sourceSpan: Span | null;
    readonly targetSpan: Span | null;
    readonly negated?: boolean;
    readonly modality?: string | null;
    readonly notes?: readonly string[];
  };
}

/** Every layer name with the type of its items. */
export interface LayerTypes {
  tokens: Token;
  sentences: Sentence;
  paragraphs: Paragraph;
  headline: Headline;
  dateline: Dateline;
  byline: Byline;
  body: Body;
  boilerplate: Boilerplate;
  timexes: Timex;
  entities: Entity;
  quotes: Quote;
  events: EventAnnotation;
  places: Place;
}

export type LayerName = keyof LayerTypes;
