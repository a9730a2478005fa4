/**
 * The quote stage: who said what. Finds direct and indirect attributions with
 * their content, cue and source spans, and resolves each speaker to a name (and an
 * actor code where the entities layer has one).
 *
 * 1. quotation regions in every typography (marks.ts);
 * 2. a BIO tagger over tokens, trained on PolNeAR train (tagger.ts, features.ts), whose
 *    emission scores scorer.ts computes without writing feature hashes out;
 * 3. spans joined into attributions (assemble.ts), then corrected by rules (rules.ts, content.ts, sources.ts);
 * 4. attributions a learned confidence finds unlikely dropped (confidence.ts);
 * 5. speakers resolved through entities, pronouns and titles (speaker.ts).
 */
import { layer, single, withLayer, type Doc } from '../../document/document.js';
import type { CueKind, Entity, Quote, QuoteExplanation, Token } from '../../document/layers.js';
import { firstIndex, firstStartingFrom, trimSpan, type Span } from '../../document/span.js';
import type { Stage } from '../../pipeline.js';
import { joinSpans, spansFromTags, withoutNameCues, type TokenSpan } from './assemble.js';
import { accordingTo, accordingToNames, embeddedPosts, attributeQuotes, clauseFallback, clauseSubject, extendClauses, extendFronted, extendToRegions, headlineLabel, orphanCues, quotedAsSaying, reportsWords, RELATIVES, sayingBeforeParticiple, signedQuotes, sourceFallback, splitParticiples, subjectlessCues, trailingSaying, transcriptLines, withNested, type Attribution } from './rules.js';
import { allFeatures, buildContext, taggedRuns, type Sequence, type TokenContext } from './features.js';
import { posIndices, scorerOf, tagSequences } from './scorer.js';
import { loadCategories, loadCues, loadTitles, titleSets, type CategoryLexicon, type CueLexicon } from './lexicon.js';
import { findQuoteRegions, type QuoteRegion } from './marks.js';
import { entityMentions, mergeMentions, nameMentions, resolveSpeaker, type Mention, type Speaker, type SpeakerVia } from './speaker.js';
import { loadModel, tagSequence, type TaggerModel } from './tagger.js';
import { dropUnlikely, loadConfidence, type ConfidenceModel, type Step } from './confidence.js';
import { Floor } from './floor.js';
import type { QuoteStep } from './explain.js';
import { findInterview, inAnswer, inQuestion, type Interview } from './interview.js';
import { notEnglishOnce } from '../../nlp/language.js';
import { afterRelativeSource, contentBeforeInversion, cutIndirect, dropAnonymity, dropBare, dropEditorial, dropForeign, dropMeasures, dropNamings, dropSecurities, dropNounCues, dropQuestions, dropQuotedTitles, dropRepeats, frontedAdverbial, splitCoordinated, splitObjectVerbs, splitSharedSubject, splitInverted, trimDangling, trimReference } from './content.js';
import { correctSources } from './sources.js';
import { contentParts } from './parts.js';
import { pollsSay } from './polls.js';
import { frontedSayings } from './fronted.js';
import { cueKind } from './kind.js';
import { expandLabel } from './abbreviation.js';
import { narrator } from './narrator.js';
import { headlineCapitals, headlineSpeakers, headlineTitleCase } from './headline.js';
import { tickerOwner, trimSource } from './source-span.js';

export interface QuoteResources {
  readonly model: TaggerModel;
  readonly lexicon: CueLexicon;
  /** Word categories (data/quotes/categories.tsv), read by the tagger's category features. */
  readonly categories?: CategoryLexicon;
  readonly titles: readonly string[];
  /** The confidence filter's weights (data/quotes/confidence.json); none: no filter. */
  readonly confidence?: ConfidenceModel;
  /** Switch single rules off (for measuring them); all are on by default. */
  readonly rules?: {
    readonly according?: boolean;
    readonly transcripts?: boolean;
    readonly signatures?: boolean;
    readonly clauses?: boolean;
    readonly extend?: boolean;
    readonly sources?: boolean;
    readonly orphans?: boolean;
    /** Passive, raising and opening-participle cues lose the source before them (subjectlessCues). */
    readonly subjectless?: boolean;
    /**
     * Orphan cues with a source before them take the rest of their sentence when it opens
     * with an object or a clause (opensArgument), not with an adjunct.
     */
    readonly orphanRest?: boolean;
    /** Indirect contents after their cue end with the cue's sentence (cutIndirect). */
    readonly cut?: boolean;
    /** Contents with neither cue nor source are dropped, but for quotations continuing a speaker (dropBare). */
    readonly bare?: boolean;
    /** Attributions the confidence model finds unlikely are dropped (when a model is loaded). */
    readonly confidence?: boolean;
  };
}

export interface QuoteStageOptions {
  /** Preloaded resources (defaults: the shipped files in data/quotes/). */
  readonly resources?: QuoteResources;
}

export function loadQuoteResources(): QuoteResources {
  return { model: loadModel(), lexicon: loadCues(), categories: loadCategories(), titles: loadTitles(), confidence: loadConfidence() };
}

/** What extractQuotes found on the way, for training the confidence filter: the attribution behind each quote. */
export interface QuoteTrace {
  ctx?: TokenContext;
  steps?: ReadonlyMap<Attribution, Step>;
  /** All attributions before the confidence filter. */
  raws?: readonly Attribution[];
  /** The attribution of each quote, in order. */
  readonly atts: Attribution[];
}

/** What the rule steps read besides the attributions. */
interface StepInput {
  readonly ctx: TokenContext;
  readonly regions: readonly QuoteRegion[];
  readonly spans: readonly TokenSpan[];
  readonly res: QuoteResources;
  /** The interview printed as questions and answers the text is, if its introduction names the one interviewed. */
  readonly interview: Interview | null;
  /** The headline's tokens, if the document has a headline. */
  readonly headline: Sequence | null;
}

/**
 * The steps after the tagger, in order: each one's name (the confidence filter reads which
 * step last shaped an attribution), the switch in QuoteResources.rules that turns it off
 * (none: always on), and its work.
 */
export const RULE_STEPS: readonly { readonly step: Step; readonly rule?: keyof NonNullable<QuoteResources['rules']>; readonly run: (raw: Attribution[], x: StepInput) => Attribution[] }[] = [
  { step: 'orphans', rule: 'orphans', run: (raw, { ctx, spans, res }) => orphanCues(ctx, spans, raw, res.rules?.orphanRest !== false) },
  { step: 'quotes', run: (raw, { ctx, regions }) => frontedSayings(ctx, attributeQuotes(ctx, regions, raw)) },
  { step: 'regions', run: (raw, { ctx, regions }) => extendToRegions(ctx, regions, raw) },
  { step: 'according', rule: 'according', run: (raw, { ctx }) => pollsSay(ctx, accordingToNames(ctx, accordingTo(ctx, raw))) },
  { step: 'transcripts', rule: 'transcripts', run: (raw, { ctx, interview, headline, res }) => headlineTitleCase(ctx, headlineCapitals(ctx, headlineLabel(ctx, transcriptLines(ctx, raw, interview?.questions), headline), headline), headline, res.lexicon, res.categories) },
  { step: 'signatures', rule: 'signatures', run: (raw, { ctx, regions }) => signedQuotes(ctx, regions, embeddedPosts(ctx, raw)) },
  { step: 'clauses', rule: 'clauses', run: (raw, { ctx }) => clauseFallback(ctx, raw) },
  { step: 'extend', rule: 'extend', run: (raw, { ctx }) => extendFronted(ctx, extendClauses(ctx, raw)) },
  { step: 'sources', rule: 'sources', run: (raw, { ctx }) => sourceFallback(ctx, quotedAsSaying(ctx, raw)) },
  { step: 'subjectless', rule: 'subjectless', run: (raw, { ctx }) => subjectlessCues(ctx, raw) },
  { step: 'cut', rule: 'cut', run: (raw, { ctx }) => splitInverted(ctx, splitObjectVerbs(ctx, splitSharedSubject(ctx, splitCoordinated(ctx, cutIndirect(ctx, afterRelativeSource(ctx, frontedAdverbial(ctx, contentBeforeInversion(ctx, sayingBeforeParticiple(ctx, trailingSaying(ctx, raw)))))))))) },
  { step: 'repeats', run: (raw, { ctx, res }) => dropRepeats(ctx, correctSources(ctx, dropQuestions(ctx, dropEditorial(ctx, dropForeign(ctx, dropAnonymity(ctx, dropSecurities(ctx, dropMeasures(ctx, dropNamings(ctx, raw, res.titles))))))))) },
  { step: 'bare', rule: 'bare', run: (raw, { ctx }) => dropBare(ctx, dropQuotedTitles(ctx, dropNounCues(ctx, raw))) },
];

/** Quotes of a document with tokens, sentences (and optionally paragraphs, entities). */
export function extractQuotes(doc: Doc, res: QuoteResources, trace?: QuoteTrace): Quote[] {
  const { text } = doc;
  const tokens = layer(doc, 'tokens');
  const sentences = layer(doc, 'sentences');
  const paragraphs = layer(doc, 'paragraphs');
  const regions = findQuoteRegions(text, paragraphs);
  // (On scratch memory unless a trace keeps the context.)
  const ctx = buildContext(text, tokens, sentences, paragraphs, regions, res.lexicon, res.categories, !trace);
  const active = taggedRuns(ctx);
  const pI = posIndices(ctx, true);
  const tags = pI ? tagSequences(scorerOf(res.model), ctx, pI, active, undefined, true) : tagGeneral(res.model, ctx, active);
  const spans = withoutNameCues(ctx, spansFromTags(tags));
  // The step that made each attribution, read by the confidence filter and told in the quote's explanation.
  const steps = new Map<Attribution, Step>();
  const mark = (step: Step) => {
    for (const a of raw) if (!steps.has(a)) steps.set(a, step);
  };
  let raw: Attribution[] = splitParticiples(ctx, joinSpans(ctx, spans));
  mark('tagger');
  const entities = layer(doc, 'entities');
  // The document's names, gathered only when some attribution has a speaker to resolve.
  let mentions: Mention[] | null = null;
  const mentionsOf = () => (mentions ??= mergeMentions(entityMentions(entities), nameMentions(text, tokens)));
  // A question-and-answer interview without labels (interview.ts).
  const interview = findInterview(text, paragraphs, mentionsOf);
  const head = single(doc, 'headline');
  const input: StepInput = { ctx, regions, spans, res, interview, headline: head ? tokenRange(tokens, head) : null };
  for (const s of RULE_STEPS) {
    if (!s.rule || res.rules?.[s.rule] !== false) raw = s.run(raw, input);
    mark(s.step);
  }
  if (trace) {
    trace.ctx = ctx;
    trace.steps = steps;
    trace.raws = raw;
  }
  const scores = new Map<Attribution, number>();
  if (res.confidence && res.rules?.confidence !== false) raw = dropUnlikely(ctx, raw, steps, res.confidence, scores);
  // What a medium relays is its speaker's too ("Xinhua quoted a spokesman as saying that …", "X said …, according to Z").
  const { raws: relayed, nested } = withNested(ctx, raw, titleSets(res.titles).titles);
  raw = relayed;
  const resolveAt = (source: Span, mentions: readonly Mention[] = mentionsOf()): Speaker => resolveSpeaker({ text, source, mentions, previous, titles: res.titles,
    inTurn: floor.holder(source.start) !== null || (interview !== null && inAnswer(interview, source.start)) });
  const charSpan = (s: TokenSpan): Span => trimSpan(text, { start: tokens[s.first]!.start, end: tokens[s.last]!.end });
  // The speakers of a transcript's labelled turns so far.
  const labels: Speaker[] = [];
  // How many lines each transcript label opens.
  const labelUses = new Map<string, number>();
  for (const a of raw) {
    if (!a.turn || !a.source) continue;
    const w = text.slice(tokens[a.source.first]!.start, tokens[a.source.last]!.end);
    labelUses.set(w, (labelUses.get(w) ?? 0) + 1);
  }
  let firstTurn: number | undefined;
  // Whether each quote in out is a transcript's turn.
  const turnAt: boolean[] = [];
  const previous: { at: number; speaker: Speaker; sentence: number; span: Span | null; quoted?: boolean }[] = [];
  const out: Quote[] = [];
  // Who has the floor in a transcript: whom its "I" and "you" stand for.
  const floor = new Floor();
  // The writer (narrator.ts), and the one answering a transcript's "A:" lines: found when first asked for.
  let writer: Speaker | null | undefined;
  let answerer: Speaker | null | undefined;
  const writerOf = () => (writer === undefined ? (writer = narrator(doc)) : writer);
  const answererOf = () => (answerer === undefined ? (answerer = onlyPersonBefore(mentionsOf(), firstLine(raw, tokens))) : answerer);
  // The dateline ("LONDON, March 4 -") opens the first paragraph but is nobody's words;
  // page furniture (a "Check Also" teaser, share buttons) is another story's, or none.
  const dateline = single(doc, 'dateline');
  const furniture = layer(doc, 'boilerplate');
  for (const a of raw) {
    // A content of articles or punctuation alone ("citing the" + "Chuck Jones quote …", the tagger's content "the") says nothing.
    if (articlesOnly(tokens, a.content)) continue;
    let content = charSpan(trimReference(ctx, trimDangling(ctx, a.content)));
    let afterDateline = false;
    if (dateline && content.start < dateline.end && dateline.start < content.end) {
      if (content.end <= dateline.end) continue;
      content = trimSpan(text, { start: dateline.end, end: content.end });
      afterDateline = true;
    }
    if (furniture.some((b) => b.start <= content.start && content.end <= b.end)) continue;
    const cue = a.cue ? charSpan(trimPunct(tokens, a.cue)) : null;
    // (A relative pronoun after the comma opens a clause on the words before, no frame: "…, one source, who asked not to be named".)
    if (cue && a.source && !a.turn && !RELATIVES.has(tokens[a.source.first]!.norm)) content = withoutFrame(text, content, charSpan(a.source), cue, regions);
    if (cue && cue.end <= content.start) {
      // "noted, in a statement to journalists, that Syria …": the circumstance before "that" is the saying's.
      // So is the rest of one the tagger cut after its preposition ("said in" + "its annual report issued today that …",
      // "had charged in" + "a 1981 complaint filed in federal court that …"), up to a "that" with no finite verb before it.
      const lead = SAYING_CIRCUMSTANCE.exec(text.slice(content.start, content.end))
        ?? (CUE_INTO_CIRCUMSTANCE.test(text.slice(cue.start, cue.end)) && !isDirect(content, regions) ? unfinishedCircumstance(text.slice(content.start, content.end)) : null);
      if (lead) content = trimSpan(text, { start: content.start + lead[0].length, end: content.end });
      // "said on the parliament floor, "It follows …"": where it was said is the saying's; the quotation is what was said.
      // (The cue may hold the preposition: "said on" + "the parliament floor, "…"".)
      const said = text.slice(content.start, content.end);
      const where = SAID_WHERE.exec(said) ?? (PREPOSITION_END.test(text.slice(cue.start, cue.end)) ? PLACE_BEFORE_QUOTE.exec(said) : null);
      const quoted = where ? { start: content.start + where[0].length, end: content.end } : null;
      if (quoted && isDirect(quoted, regions)) content = trimSpan(text, quoted);
    }
    // "told Agence France-Presse arson has been used …", "told reporters the Secretary-General was …": whom the words were
    // told to is no part of them (not in a passive's "was told by Zinichev of …", whose listener is its subject).
    if (cue && cue.end <= content.start && TELL.test(text.slice(cue.start, cue.end)) && !PASSIVE_TELL.test(text.slice(cue.start, cue.end)) && !opensQuoted(text, content, regions)) {
      const told = addressee(text, content, mentionsOf());
      if (told > content.start) content = trimSpan(text, { start: told, end: content.end });
      else {
        const past = pastListeners(text, tokens, content);
        if (past > content.start) content = trimSpan(text, { start: past, end: content.end });
      }
    }
    // "Meanwhile, the minister met …, according to sources": the word that links the sentence to the one before is the writer's.
    const link = LINKING_OPENER.exec(text.slice(content.start, content.end));
    if (link && link[0].length < content.end - content.start) content = trimSpan(text, { start: content.start + link[0].length, end: content.end });
    let speakerSpan = a.source ? charSpan(trimSource(text, tokens, a.source, a.cue)) : null;
    // A question after a transcript's label, which the tagger read as a source and a cue ("((WN))  What were the different
    // radiation emissions from this system?"), is asked, not reported.
    if (speakerSpan && askedAfterLabel(text, speakerSpan, content)) continue;
    if (speakerSpan) speakerSpan = closeBracket(text, unlabelled(text, speakerSpan));
    // A content that holds its own source and then its cue, and goes on after the cue, is what follows the cue when
    // - the tagger began it in the dateline ("BEIJING, Nov. 28 (Xinhua) -- X said Thursday that …", the dateline
    //   read as words said before the source), so that it now opens with the source;
    // - it is indirect, with an absolute "with" before the source ("Talks dealt with bilateral relations, with
    //   President al-Assad affirming that …"): the words before "with" are the writer's;
    // - it is indirect, with a clause of the writer's joined before the source and a cue that reports words ("The EAFE
    //   index is tabulated daily, but Sladkus said real-time calculation will be introduced …"): that clause is no part
    //   of what was said.
    if (cue && speakerSpan && speakerSpan.end <= cue.start && cue.end < content.end) {
      const opensWithSource = afterDateline && speakerSpan.start <= content.start && content.start < speakerSpan.end;
      const absolute = content.start < speakerSpan.start && /\bwith\s+$/.test(text.slice(Math.max(content.start, speakerSpan.start - 6), speakerSpan.start))
        && !isDirect(content, regions);
      const coordinated = content.start < speakerSpan.start && WRITER_CLAUSE_BEFORE.test(text.slice(Math.max(content.start, speakerSpan.start - 12), speakerSpan.start))
        && !isDirect(content, regions) && reportsWords(ctx, a.cue!);
      if (opensWithSource || absolute || coordinated) {
        const when = WHEN_AFTER_CUE.exec(text.slice(cue.end, content.end));
        content = trimSpan(text, { start: cue.end + (when?.[0].length ?? 0), end: content.end });
      }
    }
    // A source of punctuation alone is none; the ">" of a ticker in angle brackets is the company named before it, from the
    // start of its line ("TANDEM COMPUTERS <TNDM> SEES HIGHER NET", "INFINITE GRAPHICS <INFG> SEES HIGHER 4TH QTR").
    if (speakerSpan && !/[\p{L}\p{N}]/u.test(text.slice(speakerSpan.start, speakerSpan.end))) speakerSpan = tickerOwner(text, speakerSpan, cue);
    let speaker: Speaker = { name: null };
    if (a.answer) {
      // An interview's answer: the one its introduction names as interviewed.
      speaker = { ...interview!.interviewee, via: 'interview' };
    } else if (a.qa) {
      // A transcript of "Q:" and "A:": the answers are the one person the introduction names (before the first line),
      // the questions the writer's, or the site's.
      const site: Speaker | null = doc.meta.siteName ? { name: doc.meta.siteName, via: 'author' } : null;
      speaker = (a.qa === 'answer' ? answererOf() : writerOf() ?? site) ?? { name: null };
    } else if (speakerSpan) {
      // The first person speaks in the voice of whoever is quoted or has the floor there.
      // (An editor's brackets around it, "[I]", change nothing.)
      const words = text.slice(speakerSpan.start, speakerSpan.end).replace(/[[\]\s]/g, '');
      const at = speakerSpan.start;
      // Outside every quotation, and in no one's turn, a singular first person is the writer's (narrator.ts).
      const first = FIRST_PERSON.test(words)
        ? enclosingSpeaker(out, speakerSpan) ?? reached(floor.holder(at) ?? interviewee(interview, at, inAnswer), 'first person')
          ?? (SINGULAR_FIRST.test(words) && !regions.some((r) => r.start <= at && at < r.end) ? writerOf() : null)
        : /^[Yy]ou$/.test(words) ? reached(floor.addressee(at, asks(ctx, a.source!)) ?? interviewee(interview, at, inQuestion), 'addressee') : null;
      speaker = first ?? resolveAt(speakerSpan);
      // "West Germany … could hit German farmers, they added": "they" (or "it") after its words stands for someone
      // named before them, not for a name inside them; resolved again without the words' names and the pronoun's
      // coreference. (Not "he" or "she": "… a concern to analyst Jim Rozich, but …, he said" is Rozich.)
      if (!first && speaker.from && NOT_OWN_WORDS.test(words) && content.start <= speaker.from.start && speaker.from.end <= content.end) {
        const c = content, s = speakerSpan;
        speaker = resolveAt(speakerSpan, mentionsOf().filter((m) => (m.end <= c.start || m.start >= c.end) && (m.end <= s.start || m.start >= s.end)));
      }
      if (!a.turn) speaker = lowerOpening(ctx, speaker, speakerSpan, entities);
      if (a.turn) {
        if (headingLabel(text, speakerSpan, cue, labelUses, entities)) continue;
        // A turn labelled with a short form ("((WN))", "NG:") speaks as the name it abbreviates.
        firstTurn ??= speakerSpan.start;
        speaker = expandLabel(speaker, labels, mentionsOf(), speakerSpan.start, firstTurn, doc.meta.title ?? null) ?? speaker;
        labels.push(speaker);
      }
    } else if (a.inherits && a.cue) {
      // "…, affirming that …": the subject of the clause it hangs on, span and all.
      const here = ctx.sent[a.cue.first]!;
      let found = false;
      for (let i = previous.length - 1; i >= 0 && !found; i--) {
        const p = previous[i]!;
        if (p.sentence < here - 1) break;
        if (p.sentence <= here && (p.speaker.name !== null || (p.sentence === here && p.span))) {
          const { from: _, ...rest } = p.speaker;
          speaker = p.sentence === here || !p.span ? { ...rest, via: 'clause' } : { ...rest, via: 'clause', from: p.span };
          if (p.sentence === here) speakerSpan = p.span;
          found = true;
        }
      }
      // None (the clause's own attribution was dropped as unlikely): the clause's subject.
      const subject = found ? null : clauseSubject(ctx, a.cue.first, a.content.first, a.content.last);
      if (subject) {
        speakerSpan = charSpan(subject);
        speaker = { ...resolveAt(speakerSpan), via: 'clause' };
      }
    }
    // A "you" no one is known to address, outside any quotation, is the reader, generic ("you might think …", "if you
    // want to buy some …"): no one's words.
    if (speaker.name === null && speakerSpan && GENERIC_YOU.test(text.slice(speakerSpan.start, speakerSpan.end)) && !opensQuoted(text, content, regions)
      && !regions.some((r) => r.start <= speakerSpan!.start && speakerSpan!.start < r.end)) continue;
    const anchor = speakerSpan ?? cue ?? content;
    if (a.turn) floor.take(speaker, anchor.start, asks(ctx, { ...a.content, first: a.content.last }));
    previous.push({ at: anchor.start, speaker, sentence: ctx.sent[(a.source ?? a.cue ?? a.content).first]!, span: speakerSpan, ...(nested.has(a) ? { quoted: true } : {}) });
    trace?.atts.push(a);
    turnAt.push(!!a.turn);
    content = withoutOpeningMark(text, content);
    const parts = contentParts(text, content, [speakerSpan, cue], regions);
    out.push({
      content,
      ...(parts ? { parts } : {}),
      speaker: speakerSpan,
      cue,
      speakerName: speaker.name,
      ...(speaker.actor ? { speakerActor: speaker.actor } : {}),
      direct: opensQuoted(text, content, regions),
      explanation: explanationOf(nested.has(a) ? 'nested' : steps.get(a) ?? 'tagger', scores.get(a), speaker, a.cue && res.categories ? cueKind(ctx, a.cue) : a.turn || a.answer || a.qa ? 'speech' : undefined),
    });
  }
  // A transcript's turn says all the attributions the tagger read inside it with the turn's label for their source ("((WN))
  // Tell me about your most memorable tournament.": "WN" + "Tell me about" + "your most memorable tournament").
  const turns = out.filter((q, i) => turnAt[i] && q.speaker);
  const inTurn = (q: Quote, i: number) => !turnAt[i] && q.speaker !== null
    && turns.some((t) => t.speaker!.start < q.speaker!.end && q.speaker!.start < t.speaker!.end && t.content.start <= q.content.start && q.content.end <= t.content.end);
  if (turns.length && out.some(inTurn)) {
    const keep = out.map((q, i) => !inTurn(q, i));
    if (trace) trace.atts.splice(0, trace.atts.length, ...trace.atts.filter((_, i) => keep[i]));
    return headlineSpeakers(text, head ?? null, out.filter((_, i) => keep[i]));
  }
  // A headline's speaker in short is the lede's, named in full (headline.ts).
  return headlineSpeakers(text, head ?? null, out);
}

/**
 * A heading in a transcript label's place ("Acknowledgment:", "Peanut Butter:", "Power Orientation:"): a label not in
 * capitals, in which the recogniser found no person or organisation, that opens no other line of the text.
 */
function headingLabel(text: string, label: Span, cue: Span | null, uses: ReadonlyMap<string, number>, entities: readonly Entity[]): boolean {
  const words = text.slice(label.start, label.end);
  return words !== words.toUpperCase() && cue !== null && text.slice(cue.start, cue.end) === ':' && (uses.get(words) ?? 0) < 2
    && !entities.some((e) => (e.type === 'PER' || e.type === 'ORG') && e.start < label.end && label.start < e.end);
}

/**
 * A content without the punctuation that opens it: the colon after a transcript's label ("((WSS)) : Why did you …"),
 * the comma after a cue ("I think, announcements and …"), a dash before an aside. What was said starts after them.
 */
function withoutOpeningMark(text: string, s: Span): Span {
  const m = OPENING_MARK.exec(text.slice(s.start, Math.min(s.end, s.start + 8)));
  return m && m[0].length < s.end - s.start ? trimSpan(text, { start: s.start + m[0].length, end: s.end }) : s;
}
const OPENING_MARK = /^(?:[,:;]+\s*|[—–-]\s+)+/;

/** Where a transcript's first "Q:" or "A:" line starts (its content's first character), or Infinity. */
function firstLine(raws: readonly Attribution[], tokens: readonly Token[]): number {
  return raws.reduce((at, a) => (a.qa ? Math.min(at, tokens[a.content.first]!.start) : at), Infinity);
}

/** The one person named before an offset ("Experience is thrilled to have Junior Gaspard … as our new CEO"), else null. */
function onlyPersonBefore(mentions: readonly Mention[], before: number): Speaker | null {
  const people = mentions.filter((m) => m.type === 'PER' && m.end <= before);
  if (people.length === 0 || people.some((m) => m.name !== people[0]!.name)) return null;
  const m = people[0]!;
  return { name: m.name, ...(m.actor ? { actor: m.actor } : {}), via: 'interview', from: { start: m.start, end: m.end } };
}

/** Words after a cue that tell where, when or how the words were said: "as lead manager", "without giving details", "on Tuesday" (not "at least"). */
const CIRCUMSTANCE_AFTER = /^\s*(?:as|in|at(?!\s+(?:least|most)\b)|on|during|after|before|when|while|without|via|from|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight)\b/;
/** A cue the tagger ended at a preposition whose object tells to whom or as whom it was said ("said in a report to" + "President Corazon Aquino", "said as" + "one of the lead managers"). */
const CUE_TO_LISTENER = /\s(?:to|with|for|as)$/;
/** A clause joined after the cue, which goes on with what was said: "…, they said but the longer the contract …". */
const JOINED_AFTER = /^\s*(?:but|and|or|so|whereas|although|though|because|since)\b/;
/** A condition set before the source, part of what was said: "If this argument fails to persuade, Mr. Castañeda argues …". */
const CONDITION_FRONT = /^\s*(?:if|unless|provided|once)\b/i;

/**
 * A content that holds its source and then its cue, with a comma before the source and the content's words going on
 * right after the cue, is cut to the words said:
 * - where the words after the cue open with a preposition or a day, they tell where, when or how the words were said
 *   ("The debentures are non-callable for three years, Drexel said as lead manager", "…, he said without giving any
 *   details", "…, the Treasury said in its latest budget statement"): what was said is before the comma;
 * - otherwise what was said follows the cue, and what stands before the comma is the writer's frame of the saying ("On
 *   the failure of the recent ICO talks, Arango said Colombia felt frustrated …", "In answer to a question, Wrigley said
 *   there have been no buyout offers"), as PolNeAR annotates it: not a condition of what was said ("If …", "Unless …"),
 *   a frame that holds a quotation, or words that go on with a clause joined after the cue ("but …").
 * Not a content mostly quoted, nor one of a cue that tells someone (whose listener follows it). (The caller leaves out a
 * source that opens with a relative pronoun.)
 */
function withoutFrame(text: string, content: Span, source: Span, cue: Span, regions: readonly QuoteRegion[]): Span {
  if (!(content.start < source.start && source.end <= cue.start && cue.end < content.end) || isDirect(content, regions)) return content;
  const comma = /,\s*$/.exec(text.slice(content.start, source.start));
  const rest = text.slice(cue.end, content.end);
  const cueWords = text.slice(cue.start, cue.end);
  if (!comma || /^\s*[,.;!?)\]]/.test(rest) || TELL.test(cueWords)) return content;
  const quotedIn = (start: number, end: number) => regions.some((r) => r.start < end && start < r.end);
  if (CIRCUMSTANCE_AFTER.test(rest) || PREPOSITION_END.test(cueWords) || CUE_TO_LISTENER.test(cueWords)) {
    return quotedIn(cue.end, content.end) || /\bthat\b/.test(rest) ? content : trimSpan(text, { start: content.start, end: source.start - comma[0].length });
  }
  if (CONDITION_FRONT.test(text.slice(content.start, source.start)) || quotedIn(content.start, source.start) || JOINED_AFTER.test(rest)) return content;
  return trimSpan(text, { start: cue.end + /^\s*:?/.exec(rest)![0].length, end: content.end });
}

/** A span that opens a bracket it does not close, when the closing one follows: "the Saudi Press Agency (SPA)". */
function closeBracket(text: string, s: Span): Span {
  const w = text.slice(s.start, s.end);
  const open = (w.match(/\(/g) ?? []).length - (w.match(/\)/g) ?? []).length;
  return open === 1 && text[s.end] === ')' ? { start: s.start, end: s.end + 1 } : s;
}

/** A word that opens a sentence only to link it to the one before ("Meanwhile,", "However,"). */
const LINKING_OPENER = /^(?:Meanwhile|However|Separately|Moreover|Furthermore|In addition|In turn),\s+/;
/** A writer's clause joined before an attribution in the same sentence: ", but " (", while ", "; and "). */
const WRITER_CLAUSE_BEFORE = /[,;]\s+(?:but|and|while|whereas|although|though)\s+$/;
/** A phrase of circumstance between a cue and its "that" ("in a statement to journalists, that …"). */
const SAYING_CIRCUMSTANCE = /^(?:in|during|at|on|to|via|through|after|before|while)\s[^,.;:"“”]{1,80},\s*(?=that\s)/;
/** Prepositions of a place or occasion of saying ("on the parliament floor", "in a separate interview"). */
const WHERE = '(?:on|in|at|during|after|before|from|via|outside|inside)';
/** Such a place set off by a comma before the quotation said there ("the parliament floor, "…""). */
const PLACE = '[^"“”«»„‘’,.;:]{1,60},\\s*(?=["“«„‘])';
const SAID_WHERE = new RegExp(`^${WHERE}\\s${PLACE}`);
const PLACE_BEFORE_QUOTE = new RegExp(`^${PLACE}`);
/** A cue that ends with the preposition of such a place ("said on"). */
const PREPOSITION_END = new RegExp(`\\s${WHERE}$`);
/** A cue the tagger ended inside the circumstance of the saying: at its "in", "at" or "during", or a word after ("said in two"). */
const CUE_INTO_CIRCUMSTANCE = /\s(?:in|at|during)(?:\s[\p{L}\p{N}]+)?$/u;
/** Finite auxiliaries: before "that", they make the words a clause of what was said, not a circumstance; after it, "that" a relative. */
const FINITE_WORDS = '(?:would|will|was|were|is|are|had|has|have|could|should|may|might|can|must|did|does|do)\\b';
const FINITE = new RegExp(`\\b${FINITE_WORDS}`, 'i');
/** The rest of such a circumstance, up to the "that" of what was said (not a relative "that", a verb after it). */
const BEFORE_THAT = new RegExp(`^[^"“”,.;:]{1,150}?\\sthat\\s(?!${FINITE_WORDS})`);

/** The words of a circumstance and its "that" at the start of a content, or null. */
function unfinishedCircumstance(said: string): RegExpExecArray | null {
  const m = BEFORE_THAT.exec(said);
  return m && !FINITE.test(m[0]) ? m : null;
}
/** A first-person source: "I", "we", and the possessives a cue's noun takes ("My plan is …", "Our view is …"). */
const FIRST_PERSON = /^(?:I|me|[Mm]y|[Ww]e|us|[Oo]ur)$/;
const SINGULAR_FIRST = /^(?:I|me|[Mm]y)$/;
/** Pronouns that never stand for a name inside the words they are said to have said. */
const NOT_OWN_WORDS = /^(?:[Tt]hey|them|[Tt]heir|[Ii]ts?)$/;
/** The reader, or anyone: "you", "one". */
const GENERIC_YOU = /^(?:[Yy]ou|[Oo]ne)$/;
/** A time right after a cue ("said Thursday that …", "said on Monday"): the saying's, not what is said. */
const WHEN_AFTER_CUE = /^\s*(?:(?:on|last|this|late|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|week|(?:this|last)\s+week)\b(?:\s+(?:morning|afternoon|evening|night))?,?/;

/** The one interviewed, where an offset is in the part of the interview they speak for (`where`). */
function interviewee(iv: Interview | null, at: number, where: (iv: Interview, at: number) => boolean): Speaker | null {
  return iv && where(iv, at) ? iv.interviewee : null;
}

/** A speaker, if any, marked with how it was reached. */
function reached(sp: Speaker | null, via: SpeakerVia): Speaker | null {
  return sp && { ...sp, via };
}

function explanationOf(step: QuoteStep, confidence: number | undefined, speaker: Speaker, kind: CueKind | undefined): QuoteExplanation {
  // (Fields set one by one, in this order, which costs less than spreading objects.)
  const out: { -readonly [K in keyof QuoteExplanation]: QuoteExplanation[K] } = { step };
  if (confidence !== undefined) out.confidence = Math.round(confidence * 1000) / 1000;
  if (speaker.name !== null && speaker.via) out.speakerVia = speaker.via;
  if (speaker.name !== null && speaker.from) out.speakerFrom = { start: speaker.from.start, end: speaker.from.end };
  if (kind) out.cueKind = kind;
  return out;
}

/** Does the sentence of this span end with a question mark? */
function asks(ctx: TokenContext, s: TokenSpan): boolean {
  const r = ctx.sentRange[ctx.sent[s.first]!]!;
  for (let k = r.end - 1; k >= r.start; k--) {
    const w = ctx.tokens[k]!.norm;
    if (w === '?') return true;
    if (!/^[”"’')\]]$/.test(w)) return false;
  }
  return false;
}

/**
 * "I" (or "we") inside what someone is quoted as saying is that someone: the speaker of the
 * innermost earlier quote whose content holds it (otherwise, in a transcript, the
 * speaker of the turn it falls in).
 */
function enclosingSpeaker(quotes: readonly Quote[], at: Span): Speaker | null {
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i]!;
    if (q.speakerName !== null && q.content.start <= at.start && at.end <= q.content.end) {
      return { name: q.speakerName, ...(q.speakerActor ? { actor: q.speakerActor } : {}), via: 'first person', ...(q.speaker ? { from: q.speaker } : {}) };
    }
  }
  return null;
}

/** Tags by the feature hashes of allFeatures (what the scorer computes faster for the usual POS tags). */
function tagGeneral(model: TaggerModel, ctx: TokenContext, active: readonly Sequence[]): Int8Array {
  const feats = allFeatures(ctx, active);
  const tags = new Int8Array(ctx.tokens.length);
  for (const s of active) tags.set(tagSequence(model, feats, s.start, s.end), s.start);
  return tags;
}

/**
 * A speaker named by the source's words, whose first word is capitalised only because it opens the sentence, in the
 * lower case the words have elsewhere ("Analysts said" and "analysts said" name the same speakers, "analysts"); not a
 * proper noun ("Airbus said"), a word of a name or a demonym the entity layer holds ("Brazilian newspapers"), nor a word
 * in capitals.
 */
function lowerOpening(ctx: TokenContext, speaker: Speaker, source: Span, entities: readonly Span[]): Speaker {
  const name = speaker.name;
  if (speaker.via !== 'words' || !name || !/^\p{Lu}\p{Ll}/u.test(name)) return speaker;
  const { tokens, text } = ctx;
  const k = firstStartingFrom(tokens, source.start);
  const t = tokens[k];
  if (!t || t.pos === 'PROPN' || t.start >= source.end || !name.startsWith(text.slice(t.start, t.end))) return speaker;
  if (entities.some((e) => e.start <= t.start && t.start < e.end)) return speaker;
  // (The sentence's first word, after any opening quotation mark.)
  let first = ctx.sentRange[ctx.sent[k]!]!.start;
  while (first < k && ctx.quote[first]! >= 2) first++;
  return first === k ? { ...speaker, name: name[0]!.toLowerCase() + name.slice(1) } : speaker;
}

/** A cue without the punctuation at its end ("said:" → "said"). */
function trimPunct(tokens: readonly Token[], s: TokenSpan): TokenSpan {
  let last = s.last;
  while (last > s.first && tokens[last]!.pos === 'PUNCT') last--;
  return { ...s, last };
}

/**
 * A source without the double parentheses of an interview's speaker label: "((WN))" is "WN".
 * (A span that runs on past the label, "Perttu Ahola))  I and many of our core developers",
 * keeps it: the label names its speaker better than the words after it.)
 */
function unlabelled(text: string, s: Span): Span {
  const words = text.slice(s.start, s.end);
  if (!words.includes('((') && !words.includes('))')) return s;
  let start = s.start;
  let end = s.end;
  while (start < end && /[\s(]/.test(text[start]!)) start++;
  while (end > start && /[\s)]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Words that open a question. */
const QUESTION_OPENER = /^(?:what|which|who|whom|whose|where|when|why|how|is|are|was|were|do|does|did|can|could|would|will|should|have|has|had|may|might)\b/i;

/** Whether a source runs on past a transcript's label ("WN))  What were …") into a question that the content ends. */
function askedAfterLabel(text: string, source: Span, content: Span): boolean {
  const words = text.slice(source.start, source.end);
  const label = words.indexOf('))');
  return label >= 0 && QUESTION_OPENER.test(words.slice(label + 2).trimStart()) && /\?[\s"”’')]*$/.test(text.slice(content.start, content.end));
}

/** News media often told things, by name. */
const MEDIA_NAME = /^(?:Reuters|Agence France-Presse|AFP|AP|(?:The )?Associated Press|CNN|BBC|Fox News|MSNBC|NPR|Bloomberg|Xinhua|TASS|Interfax|RIA Novosti|Anadolu(?: Agency)?|Al Jazeera|The New York Times|The Washington Post|The Guardian|Wikinews)$/;
/** A pronoun as a mention's words. */
const PRONOUN_WORD = /^(?:he|she|it|they|we|i|you|him|her|them|us|me|his|its|their|our)$/i;
/** The tokens [start, end) of a span. */
function tokenRange(tokens: readonly Token[], s: Span): Sequence {
  const start = firstIndex(tokens.length, (i) => tokens[i]!.end > s.start);
  return { start, end: Math.max(start, firstStartingFrom(tokens, s.end)) };
}

/** A cue that tells someone: "told", "tells", "telling". */
const TELL = /\b(?:told|tells?|telling|(?:explained|explains|said|says|wrote|writes|stated|confirmed|admitted|revealed|complained|described|mentioned|insisted|stressed|noted|added|reported)\s+to)$/i;
/** … in the passive, whose listener is its subject ("was told by Zinichev of …"). */
const PASSIVE_TELL = /\b(?:was|were|been|be|is|are|being)\s+(?:\w+\s+)?told$/i;
/** Whom words are told to, as a content's first words: a pronoun, a group of listeners ("reporters", "the court"). */
const LISTENERS = /^(?:(?:me|us|him|her|them|you|reporters|journalists|lawmakers|legislators|parliament|senators|delegates|supporters|students|investors|analysts|(?:the|a)\s+(?:court|committee|jury|audience|crowd|conference|meeting|summit|assembly|parliament|senate|council|newspaper|paper|agency|broadcaster|radio|station|channel|website|magazine|news\s+agency|judge|panel|inquiry|hearing))\b\s*)(?:that\s+)?/i;

/**
 * Where what was told begins after whom it was told to, at the start of a content after "told": a pronoun or listeners
 * (LISTENERS), or an organisation or medium by its name ("told Agence France-Presse arson has been used"), followed by a
 * clause; the content's start where none.
 */
function addressee(text: string, content: Span, mentions: readonly Mention[]): number {
  const words = text.slice(content.start, content.end);
  const listeners = LISTENERS.exec(words);
  // (What follows must open a clause: "told you, we've had …" is no content after "you".)
  if (listeners && listeners[0].length < words.length) return /^[,;:.]/.test(words.slice(listeners[0].length)) ? content.start : content.start + listeners[0].length;
  // (An organisation or a medium by its name, not a person, who opens the clause told as often as listens to it ("told
  // reporters Hamza bin Laden had appeared …"), nor a pronoun coreference gave a name: "told Reuters he hoped …" keeps "he".)
  // (One that begins before the content, only as a medium's whole name: the tagger began the content inside "Agence
  // France-Presse", but left "NPR" of the recogniser's "NPR Hamza" out on purpose.)
  const named = mentions.find((m) => m.start <= content.start && content.start < m.end && m.end < content.end
    && (m.start === content.start ? m.type === 'ORG' || m.actor?.endsWith('MED') || MEDIA_NAME.test(m.text) : MEDIA_NAME.test(m.text))
    && /^\p{Lu}/u.test(m.text) && !PRONOUN_WORD.test(m.text));
  if (!named) return content.start;
  // A clause after the name: its subject's first word, not a verb the name is the subject of ("told Putin was wrong"), nor
  // more of the listeners or the name's own ("told Reuters and Visnews …", "told Adamowicz's doctors …").
  const rest = /^\s*(?:that\s+)?/.exec(text.slice(named.end, content.end))![0].length;
  const next = /^[\p{L}\p{N}"“‘]+/u.exec(text.slice(named.end + rest, content.end))?.[0] ?? '';
  return next && !/^(?:was|were|is|are|had|has|have|would|will|could|should|said|says|and|or|of)$/i.test(next) ? named.end + rest : content.start;
}

/**
 * Parts of speech of words that say nothing alone: articles and punctuation. (Not a "that", which may be a pronoun
 * standing for what was said: "We don't know that", as PolNeAR annotates it.)
 */
const ARTICLE_POS = /^(?:DET|PUNCT)$/;

/** Whether a token span holds no word but articles and punctuation (ARTICLE_POS). */
function articlesOnly(tokens: readonly Token[], s: TokenSpan): boolean {
  for (let k = s.first; k <= s.last; k++) if (!ARTICLE_POS.test(tokens[k]!.pos)) return false;
  return true;
}

/** Nouns for the ones told, as a gathering or a body ("told the annual meeting", "told a news conference", "told business executives"). */
const AUDIENCE = /^(?:meeting|conference|hearing|session|audience|forum|gathering|rally|seminar|symposium|convention|summit|assembly|parliament|congress|senate|committee|subcommittee|panel|executives|leaders|farmers|shareholders|stockholders|investors|analysts|bankers|delegates|members|legislators|lawmakers|correspondent|interviewer|reporter|journalist)$/;
/** Most words of the ones told before what they were told. */
const LISTENERS_MAX = 8;

/**
 * Where what was told begins after a noun phrase of the ones told that the content opens with: before the "that" after
 * it ("told Appropriations subcommittee hearing that soybeans …"), or after its last word when that is a gathering's or
 * a body's noun (AUDIENCE) and a clause follows ("told the annual meeting 80 pct of sales came …", "told our correspondent
 * an AIS transponder will …"); the content's start where there is none.
 */
function pastListeners(text: string, tokens: readonly Token[], content: Span): number {
  const k0 = firstStartingFrom(tokens, content.start);
  let k = k0;
  let audience = -1;
  for (; k < tokens.length && k - k0 < LISTENERS_MAX && tokens[k]!.end < content.end; k++) {
    const t = tokens[k]!;
    if (t.norm === 'that') return k > k0 ? t.start : content.start;
    // (A noun the tagger read as a verb after a name or a noun counts for "that" only: "a House Appropriations
    // subcommittee hearing that …"; not a past tense, "Smith hoped that".)
    if (t.pos === 'VERB' && k > k0 && /^(?:NOUN|PROPN|VERB)$/.test(tokens[k - 1]!.pos) && !/ed$/.test(t.norm) && /^\p{Ll}/u.test(text[t.start]!)) continue;
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos) && !(t.pos === 'PRON' && /^(?:our|my|his|her|their|its|your)$/.test(t.norm)) && !(t.pos === 'PART' && /^['’]s$/.test(t.norm))) break;
    if (AUDIENCE.test(t.norm)) audience = k;
  }
  // (The phrase of the ones told ends at the gathering's noun, and a clause, not more of the phrase, follows.)
  if (audience < 0 || audience + 1 >= tokens.length) return content.start;
  const next = tokens[audience + 1]!;
  return next.end <= content.end && /^(?:DET|NUM|PROPN|PRON|NOUN|ADJ)$/.test(next.pos) && next.norm !== 'of' && hasVerbAfter(tokens, audience + 1, content.end) ? next.start : content.start;
}

/** Whether a verb comes among the next few tokens from k within `end`: the clause after the ones told has one. */
function hasVerbAfter(tokens: readonly Token[], k: number, end: number): boolean {
  for (let i = k; i < tokens.length && i < k + 8 && tokens[i]!.end <= end; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return true;
  return false;
}

/**
 * A direct quote: the content opens between quotation marks (after a "that" or a colon the tagger may have taken in), the
 * speaker's words as the writer quotes them, whatever the writer adds after the closing mark; a content of the writer's
 * words that takes in a quoted phrase ("said the plan was "dead"", "warning that the enclave was "becoming a graveyard"")
 * is indirect.
 */
function opensQuoted(text: string, content: Span, regions: readonly QuoteRegion[]): boolean {
  const lead = /^(?:that\s+|:\s*)?/.exec(text.slice(content.start, content.start + 6))![0].length;
  const at = content.start + lead;
  for (const r of regions) {
    if (r.start > at) break;
    if (at < r.end) return true;
  }
  return false;
}

/** Mostly quoted: at least half of the content lies between quotation marks (the rules' test of a quotation). */
function isDirect(content: Span, regions: readonly QuoteRegion[]): boolean {
  let inside = 0;
  for (const r of regions) {
    const a = Math.max(r.start, content.start);
    const b = Math.min(r.end, content.end);
    if (b > a) inside += b - a;
  }
  return inside * 2 >= content.end - content.start;
}

/** The stage: requires tokens and sentences, reads paragraphs and entities when present. */
export function createQuoteStage(opts: QuoteStageOptions = {}): Stage {
  let res = opts.resources ?? null;
  return {
    name: 'quotes',
    requires: ['tokens', 'sentences'],
    produces: ['quotes'],
    run(doc: Doc): Doc {
      // The tagger and its lexicon are English (the entity stage warns of another language).
      if (notEnglishOnce(doc.text, doc.meta.language ?? null)) return withLayer(doc, 'quotes', []);
      res ??= loadQuoteResources();
      return withLayer(doc, 'quotes', extractQuotes(doc, res));
    },
  };
}

export type { TokenContext };
