/**
 * Events: who did what to whom, coded in CAMEO and PLOVER, with Goldstein score, quad
 * class, date, place, evidence and an explanation of how each code was reached.
 *
 *   createEventStage(dicts)      the pipeline stage (tokens, sentences, entities → events)
 *   codeDocument(input, dicts)   the same over plain arrays (used by the stage and the CLI)
 *   codeSentences(lines, dicts)  `dateline code --jsonl`
 *   explainEvents(record)        `dateline explain ID`
 *   loadEventDictionaries(opts)  built-in data, optionally with a PETRARCH --dictionaries DIR
 */
import { layer, withLayer, type Doc } from '../../document/document.js';
import type { Entity, EventAnnotation, Place, Quote, Sentence, Timex, Token } from '../../document/layers.js';
import { firstStartingFrom, SpanIndex, type Span } from '../../document/span.js';
import { cameoInfo, loadCameoTables, ploverOf, type CameoTables } from '../../knowledge/cameo/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinDir, loadBuiltinDictionaries, loadCountryNames, readAgentsTsv } from '../../knowledge/petrarch/builtin.js';
import { loadPetrarchDictionaries, mergeDictionaries } from '../../knowledge/petrarch/index.js';
import type { DictIssue, PetrarchDictionaries } from '../../knowledge/petrarch/types.js';
import type { RunOptions, Stage } from '../../pipeline.js';
import { segment } from '../segment/index.js';
import { notEnglishOnce } from '../../nlp/language.js';
import { inChunk, RELATIVES, SUBORDINATORS } from '../syntax/index.js';
import { codeSentence, type ClauseEvent, type SentenceContext } from './coder.js';
import { dateInTokens, timexIn } from './dates.js';
import { addDays } from '../dates/iso.js';
import { FUTURE } from '../dates/timex.js';
import { compileLexicon, DEFAULT_SEMANTICS, discardsAt, type Lexicon, type Semantics } from './lexicon.js';
import { dictionaryUnits, entityUnits, groupUnits, pendingGroups, placedAgentUnits, type Located, type Party, type Unit, type UnitGroup } from './units.js';

export type ActorSource = 'entities' | 'dictionary' | 'auto';

export interface EventDictionaries {
  readonly lexicon: Lexicon;
  readonly cameo: CameoTables;
  /** Where actors come from: the entity layer (default for the stage), the dictionaries' actors
   * (codeSentences), or entities with dictionary fill-in for uncovered words (slower). */
  readonly actors: ActorSource;
  /** Actor code → display name (for group members named only by code). */
  readonly names: ReadonlyMap<string, string>;
}

export interface LoadOptions {
  /** A directory of PETRARCH-format *.actors.txt, *.agents.txt, *.verbs.txt, *.discards.txt. */
  readonly dictionaries?: string;
  /** With a directory: use only its files where it has them (verbs, actors, agents, discards) instead of adding them. */
  readonly replace?: boolean;
  readonly actors?: ActorSource;
  readonly semantics?: Partial<Semantics>;
}

export function loadEventDictionaries(opts: LoadOptions = {}): { dicts: EventDictionaries; issues: readonly (DictIssue | { code: string; file: string; line: number; message: string })[] } {
  const actorSource = opts.actors ?? 'entities';
  const built = loadBuiltinDictionaries(undefined, { actors: actorSource !== 'entities' });
  const countries = loadCountryNames();
  const issues: (DictIssue | { code: string; file: string; line: number; message: string })[] = [...built.issues, ...countries.issues];
  let d: PetrarchDictionaries = built.dictionaries;
  if (actorSource === 'entities') {
    // Actors come from the entity layer, but agents alone ("militants near Mosul") from the agent dictionary,
    // as in the dictionary coder.
    const dir = builtinDir();
    const g = readAgentsTsv(readFileSync(join(dir, 'agents.tsv'), 'utf8'), join(dir, 'agents.tsv'));
    issues.push(...g.issues);
    d = { ...d, agents: g.value };
  }
  if (opts.dictionaries) {
    const u = loadPetrarchDictionaries(opts.dictionaries);
    issues.push(...u.issues);
    if (opts.replace) {
      d = {
        verbs: u.present.verbs ? u.dictionaries.verbs : d.verbs,
        actors: u.present.actors ? u.dictionaries.actors : d.actors,
        agents: u.present.agents ? u.dictionaries.agents : d.agents,
        discards: u.present.discards ? u.dictionaries.discards : d.discards,
      };
    } else {
      // User entries are appended, so where both name a phrase the user's (later) entry wins.
      d = mergeDictionaries(d, u.dictionaries);
    }
  }
  const cam = loadCameoTables();
  issues.push(...cam.issues);
  return { dicts: makeDictionaries(d, cam.tables, actorSource, { ...DEFAULT_SEMANTICS, ...opts.semantics }, countries.names), issues };
}

export function makeDictionaries(d: PetrarchDictionaries, cameo: CameoTables, actors: ActorSource, semantics: Semantics = DEFAULT_SEMANTICS,
  countryNames: ReadonlyMap<string, string> = new Map()): EventDictionaries {
  const names = new Map<string, string>(countryNames);
  for (const a of d.actors) if (a.code && a.code.length === 3 && !names.has(a.code)) names.set(a.code, titleCase(a.name));
  return { lexicon: compileLexicon(d, undefined, semantics), cameo, actors, names };
}

function titleCase(s: string): string {
  return s.replace(/\b([a-z])/g, (m) => m.toUpperCase());
}

export interface CodeInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly entities?: readonly Entity[];
  readonly places?: readonly Place[];
  readonly timexes?: readonly Timex[];
  /** Publication date, ISO. */
  readonly published: string | null;
  /** Spans not to code (boilerplate). */
  readonly skip?: readonly Span[];
  /** Spans whose words are no actors (the dateline "Moscow, SANA –"). */
  readonly noActors?: readonly Span[];
  /** Headlines, whose commas may stand for "and" ("Israel, Hamas agree to extend truce"). */
  readonly headlines?: readonly Span[];
}

/** An event as coded, before it becomes a layer item (codes outside the CAMEO table are kept here). */
export interface CodedEvent {
  readonly source: Party | null;
  readonly target: Party | null;
  readonly cameo: string;
  readonly clause: ClauseEvent;
  readonly evidence: Span;
  readonly date: string | null;
  /** The date is written in the sentence (not the publication date). */
  readonly dateExplicit: boolean;
  readonly location: EventAnnotation['location'];
  readonly negated: boolean;
  readonly mentions: Span[];
  /** The same event from the other side, by the pattern's reverse code ("hosted" [043:042] → the guest visited). */
  readonly reverse?: true;
}

/** Sectors that are the state itself: a country and these organs of it are one actor. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);
/** An actor acting on itself: the same code, or a country and one of its own state organs (RUS, RUSGOV).
 * A state acting on its own rebels, opposition or civilians (TUR → TURREBKUR) is a real event. */
const sameCountryPair = (a: string, b: string) => {
  if (a === b) return true;
  if (a.slice(0, 3) !== b.slice(0, 3) || (a.length !== 3 && b.length !== 3)) return false;
  const other = a.length === 3 ? b : a;
  return STATE_SECTORS.has(other.slice(3, 6));
};

function tokenRange(tokens: readonly Token[], s: Span, lo: number): [number, number] {
  let i = lo;
  while (i < tokens.length && tokens[i]!.end <= s.start) i++;
  let j = i;
  while (j < tokens.length && tokens[j]!.start < s.end) j++;
  return [i, j];
}

interface History { from: number; to: number; groups: readonly UnitGroup[] }

/** Discard phrases that date what they follow or name a past era ("two years ago", "months later", "World War Two"). */
const DATING = /\b(ago|later)$|^(post )?world war\b/;

/** Is token k inside a relative or subordinate clause that opens after the sentence start? */
function inSubClause(tokens: readonly Token[], from: number, k: number): boolean {
  for (let p = from + 1; p < k; p++) {
    const t = tokens[p]!;
    if ((RELATIVES.has(t.norm) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADV')) || (t.norm === 'that' && t.pos === 'PRON') ||
      (t.pos === 'SCONJ' && SUBORDINATORS.has(t.norm))) return true;
  }
  return false;
}

/** Does a discard phrase occur in the sentence (starting at a word)? Indexed by each word's first letters. */
function discarded(lex: Lexicon, text: string, tokens: readonly Token[], from: number, to: number, dated: number[]): 'story' | 'sentence' | null {
  let res: 'story' | 'sentence' | null = null;
  let lower: string | null = null;
  const base = tokens[from]!.start;
  for (let k = from; k < to; k++) {
    const list = discardsAt(lex, tokens[k]!.norm);
    if (!list) continue;
    lower ??= text.slice(base, tokens[to - 1]!.end).toLowerCase();
    const at = tokens[k]!.start - base;
    for (const d of list) {
      if (!lower.startsWith(d.text, at)) continue;
      const after = lower[at + d.text.length] ?? ' ';
      if (d.whole && /[a-z0-9]/.test(after)) continue;
      if (d.story) return 'story';
      // A time-distance phrase ("years ago", "months later") or a past era ("World War Two") dates a retrospective
      // sentence, but inside a relative or subordinate clause it dates only that clause ("asylum to rebels who entered
      // the country two years ago", "admission that Soviet forces murdered officers during World War Two").
      if (DATING.test(d.text) && inSubClause(tokens, from, k)) { dated.push(k); continue; }
      res = 'sentence';
    }
  }
  return res;
}

/** Code every sentence of a document. Returns the events (deduplicated) and what was dropped. */
export interface CodeOptions {
  /** Also return events whose actors were not identified (for measuring event typing apart from actors). */
  readonly actorless?: boolean;
}

/**
 * Whether a sentence's tokens from … to end with a question mark (closing brackets aside). A question
 * inside quotation marks is someone's words, in a sentence that may still tell of their saying it
 * ('Cardinal Ouellet said, "…?"').
 */
function isQuestion(tokens: readonly Token[], from: number, to: number): boolean {
  let k = to - 1;
  while (k > from && /^[)\]]$/.test(tokens[k]!.norm)) k--;
  return tokens[k]!.norm === '?';
}

export function codeDocument(input: CodeInput, dicts: EventDictionaries, opts: CodeOptions = {}): { events: CodedEvent[]; notes: string[] } {
  const { tokens, text } = input;
  const lex = dicts.lexicon;
  const notes: string[] = [];
  const ctx: SentenceContext = { lastSubject: null, sentence: -1, lastSubjectSentence: -1 };
  const history: History[] = [];
  const events: CodedEvent[] = [];
  const entities = input.entities ?? [];
  const useEntities = dicts.actors !== 'dictionary';
  const useDict = dicts.actors !== 'entities' && lex.hasActors;
  let tk = 0;
  const cursor = { at: 0 };
  const sortedEntities = isSorted(entities) ? entities : [...entities].sort((a, b) => a.start - b.start);
  // Indexed once: a long document asks for the ones in each sentence and clause.
  const entityIndex = new SpanIndex(sortedEntities);
  const places = new SpanIndex(input.places ?? []);
  const timexes = new SpanIndex(input.timexes ?? []);
  const timexAt = (start: number, end: number) => timexIn(timexes.inside({ start, end }), start, end);
  for (const s of input.sentences) {
    ctx.sentence++;
    if (input.skip?.some((b) => b.start <= s.start && s.end <= b.end)) continue;
    const [from, to] = tokenRange(tokens, s, tk);
    tk = from;
    if (from >= to) continue;
    // A question tells of no act ("Which U.S. presidents do you most admire?", "Will Iran attack?").
    if (isQuestion(tokens, from, to)) { notes.push(`question at ${s.start}: no events`); continue; }
    // Tokens where a dating phrase sits in a subordinate clause: that clause's events are skipped.
    const dated: number[] = [];
    if (lex.discards.length) {
      const dis = discarded(lex, text, tokens, from, to, dated);
      if (dis === 'story') { notes.push('story discarded by the discard list'); return { events: [], notes }; }
      if (dis === 'sentence') { notes.push(`sentence at ${s.start} discarded`); continue; }
    }
    let units: Unit[] = useEntities ? entityUnits(tokens, from, to, sortedEntities, dicts.names, cursor) : [];
    if (useEntities && !useDict && lex.agents.next.size) {
      const located: Located[] = [];
      for (const u of units) for (const q of u.parties) if (/^[A-Z]{3}$/.test(q.code)) located.push({ i: u.i, j: u.j, country: q.code });
      for (const p of places.inside(s)) {
        if (!p.country) continue;
        const [i, j] = tokenRange(tokens, p, from);
        if (j > i) located.push({ i, j, country: p.country });
      }
      // An agent in the same noun chunk as an entity is its title or description ("Iranian President Hassan Rouhani").
      const chunkEnd = (j: number) => { let e = j; while (e < to && inChunk(tokens, e)) e++; return e; };
      for (const u of placedAgentUnits(tokens, from, to, lex, located)) {
        const a = tokens[u.chunk]!.start, b = tokens[chunkEnd(u.j) - 1]!.end;
        if (units.some((v) => v.i < u.j && u.i < v.j) || entityIndex.overlapping({ start: a, end: b }).length > 0) continue;
        units.push(u);
      }
      units.sort((a, b) => a.i - b.i);
    }
    if (useDict) {
      const extra = dictionaryUnits(tokens, from, to, lex, input.published);
      for (const u of extra) if (!units.some((v) => v.i < u.j && u.i < v.j)) units.push(u);
      units.sort((a, b) => a.i - b.i);
    }
    if (input.noActors?.length) units = units.filter((u) => !input.noActors!.some((b) => b.start < tokens[u.j - 1]!.end && tokens[u.i]!.start < b.end));
    const pending = pendingGroups(tokens, from, to, units).map((u) => resolvePending(u, history, tokens));
    for (const p of pending) if (p.parties.length) units.push(p);
    units.sort((a, b) => a.i - b.i);
    if (units.length === 0 && !opts.actorless) continue; // no actor, no event (and nothing for pronouns to refer to)
    const headline = input.headlines?.some((h) => h.start <= tokens[from]!.start && tokens[to - 1]!.end <= h.end) ?? false;
    const groups = groupUnits(tokens, units, headline ? from : null);
    history.push({ from, to, groups });
    const clauses = codeSentence(tokens, from, to, groups, lex, ctx);
    // The date written in the sentence, for clauses that write none of their own (found once).
    let sentenceDate: string | null | undefined;
    for (const c of clauses) {
      if (dated.length && dated.some((k) => k >= c.verb[0] && k < c.clause[1])) { notes.push(`clause at ${tokens[c.verb[0]]!.start} dated in the past`); continue; }
      const evidence: Span = { start: tokens[c.clause[0]]!.start, end: tokens[Math.max(c.clause[0], c.clause[1] - 1)]!.end };
      let written = timexAt(evidence.start, evidence.end) ?? dateInTokens(tokens, c.clause[0], c.clause[1], input.published)
        ?? (sentenceDate === undefined ? (sentenceDate = timexAt(s.start, s.end) ?? dateInTokens(tokens, from, to, input.published)) : sentenceDate);
      // A date after publication (a day's grace: a dateline's local date runs ahead of a wire's timestamp) is the
      // event's only when the clause speaks of the future ("will meet on May 20"); otherwise it dates something the
      // clause reports ("said the bond is due April 13, 1994"), and the report is at publication.
      if (written && input.published && written > addDays(input.published, 1) && c.modality !== 'future'
        && !FUTURE.test(input.text.slice(evidence.start, evidence.end))) written = null;
      const date = written ?? input.published ?? null;
      const dateExplicit = written !== null;
      const actorSpans: Span[] = [];
      for (const g of [c.source, c.target]) if (g) actorSpans.push({ start: tokens[g.i]!.start, end: tokens[g.j - 1]!.end });
      const location = placeIn(places.inside(evidence), evidence, actorSpans, text) ?? placeIn(places.inside(s), s, actorSpans, text);
      const emit = (src: Party | null, tgt: Party | null, code: string, reverse = false) => {
        // A country's own organ is no recipient of its action ("Iraqi troops killed five militants near Mosul":
        // Mosul names IRQ); the action itself stands, with no recipient.
        // A body only named by its country's word ("the Nigerian Union of Teachers") is not that country's state.
        const distinct = !!(src?.part || tgt?.part);
        if (src && tgt && src.code === tgt.code && !distinct) return;
        if (src && tgt && !distinct && sameCountryPair(src.code, tgt.code)) { if (tgts.length > 1) return; tgt = null; }
        // An event needs its actor; only a passive without agent ("X was attacked") may lack it.
        if (!src && !(tgt && c.passive) && !opts.actorless) return;
        events.push({ source: src, target: tgt, cameo: code, clause: c, evidence, date, dateExplicit, location, negated: c.negated, mentions: [], ...(reverse ? { reverse: true as const } : {}) });
      };
      const srcs: (Party | null)[] = c.sources.length ? [...c.sources] : [null];
      const tgts: (Party | null)[] = c.targets.length ? [...c.targets] : [null];
      const before = events.length;
      for (const a of srcs) for (const b of tgts) {
        // A joint subject acts on each other member, not on itself.
        if (c.reciprocal && a === b) continue;
        emit(a, b, c.code);
        if (c.reverse && !c.reciprocal && a && b) emit(b, a, c.reverse, true);
      }
      // For measuring event typing apart from actors: keep the clause even when every pair was dropped.
      if (opts.actorless && events.length === before) {
        events.push({ source: srcs[0] ?? null, target: null, cameo: c.code, clause: c, evidence, date, dateExplicit, location, negated: c.negated, mentions: [] });
      }
    }
  }
  // Negated events are not events; they are reported in notes.
  const kept: CodedEvent[] = [];
  for (const e of events) {
    if (e.negated) { notes.push(`negated: ${e.source?.code ?? '-'} ${e.cameo} ${e.target?.code ?? '-'} at ${e.evidence.start}`); continue; }
    const at = kept.findIndex((k) => k.cameo === e.cameo && k.source?.code === e.source?.code && k.target?.code === e.target?.code);
    if (at < 0) { kept.push(e); continue; }
    const same = kept[at]!;
    if (same.evidence.start === e.evidence.start) continue;
    // The mention that says most (a written date, a place, a specific pattern) leads; the others are mentions.
    const info = (x: CodedEvent) => (x.dateExplicit ? 4 : 0) + (x.location ? 2 : 0) + (x.clause.specificity > 0 ? 1 : 0);
    if (info(e) > info(same)) kept[at] = { ...e, mentions: [same.evidence, ...same.mentions] };
    else same.mentions.push(e.evidence);
  }
  return { events: kept, notes };
}

/**
 * A plural group noun ("the other guarantor countries", "the two sides") takes the members
 * of the nearest earlier coordinated group described with the same words ("Russia and Iran,
 * along with Turkey, as guarantor countries"), or with no describing words, the last group
 * of two or more.
 */
function isSorted(xs: readonly Entity[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i]!.start < xs[i - 1]!.start) return false;
  return true;
}

function resolvePending(u: Unit, history: readonly History[], tokens: readonly Token[]): Unit {
  const want = u.pending!.words;
  for (let h = history.length - 1; h >= 0; h--) {
    const x = history[h]!;
    if (want.length === 0) {
      const g = [...x.groups].reverse().find((g) => g.parties.length >= 2);
      if (g) return { ...u, parties: g.parties };
      continue;
    }
    let at = -1;
    for (let k = x.from; k < x.to && at < 0; k++) if (tokens[k]!.norm === want[0] && want.every((w, q) => tokens[k + q]?.norm === w)) at = k;
    if (at < 0) continue;
    const before = [...x.groups].reverse().find((g) => g.j <= at && at - g.j <= 4 && g.parties.length >= 2);
    const after = x.groups.find((g) => g.i > at && g.i - at <= 4 && g.parties.length >= 2);
    const g = before ?? after;
    if (g) return { ...u, parties: g.parties };
  }
  return u;
}

/** The words after a place that make it qualify a person: a title or an office ("President", "Foreign Minister", "officials"). */
const QUALIFIES_PERSON = /^[’']?s?\s+(?:(?:Vice|Prime|Foreign|Defense|Defence|Interior|Finance|Deputy|Acting|[Ff]ormer|National|Security)\s+)*(?:[Pp]resident|[Mm]inister|Secretary|[Aa]mbassador|[Ee]nvoy|Senator|Governor|Chancellor|King|Queen|Prince|Premier|Mayor|leader|officials?|spokes(?:man|woman|person)|diplomats?)\b/;

/** Where the clause happened: a place in the span that is not one of its actors ("Russia and Iran …"),
 * one after "in/at/near" first. */
function placeIn(places: readonly Place[], s: Span, actors: readonly Span[], text: string): EventAnnotation['location'] {
  let best: Place | null = null;
  for (const p of places) {
    if (p.start < s.start || p.end > s.end) continue;
    if (actors.some((a) => a.start < p.end && p.start < a.end)) continue;
    // A place that qualifies a person ("U.S. President Joe Biden", "Israeli officials") says whose, not where.
    if (QUALIFIES_PERSON.test(text.slice(p.end, p.end + 40))) continue;
    const before = text.slice(Math.max(0, p.start - 12), p.start).toLowerCase();
    if (/\b(in|at|near|outside|inside)\s+(the\s+)?$/.test(before)) { best = p; break; }
    best ??= p;
  }
  if (!best) return null;
  return { name: best.text, lat: best.lat, lon: best.lon, country: best.country, ...(best.kind ? { kind: best.kind } : {}), ...(best.geonameid !== undefined ? { geonameid: best.geonameid } : {}) };
}

function confidence(e: CodedEvent): number {
  let c = 0.5;
  if (e.clause.specificity > 0) c += 0.2;
  if (e.target) c += 0.1;
  if (e.clause.notes.some((n) => n.startsWith('pronoun') || n.startsWith('subject'))) c -= 0.15;
  if (e.clause.modality === 'hypothetical') c -= 0.1;
  if (e.clause.reciprocal) c -= 0.05;
  return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100;
}

/** Turn coded events into layer items (codes the CAMEO table does not know are dropped). */
export function toAnnotations(events: readonly CodedEvent[], input: { tokens: readonly Token[] }, dicts: EventDictionaries): EventAnnotation[] {
  const out: EventAnnotation[] = [];
  const span = (r: readonly [number, number] | null): Span | null => (r && r[1] > r[0] ? { start: input.tokens[r[0]]!.start, end: input.tokens[r[1] - 1]!.end } : null);
  for (const e of events) {
    const info = cameoInfo(dicts.cameo, e.cameo);
    if (!info) continue;
    const pl = e.source && !e.reverse ? ploverOf(dicts.cameo, e.cameo) : null; // no PLOVER event without an actor, nor twice (as in codeLine)
    const c = e.clause;
    const actorNote = (role: string, p: Party | null, g: typeof c.source) => p && g ? `${role} ${p.code} (${p.name}) from "${g.units.map((u) => u.via).join('+')}" mention` : null;
    out.push({
      source: e.source ? { code: e.source.code, name: e.source.name } : null,
      target: e.target ? { code: e.target.code, name: e.target.name } : null,
      cameo: e.cameo,
      plover: pl ? { type: pl.type, mode: pl.mode ?? (c.modality ?? null) } : null,
      goldstein: info.goldstein,
      quadClass: info.quadClass,
      date: e.date,
      location: e.location,
      evidence: e.evidence,
      confidence: confidence(e),
      ...(e.mentions.length ? { mentions: e.mentions.slice() } : {}),
      explanation: {
        pattern: `${c.pattern} (${c.origin})`,
        verb: span(c.verb),
        sourceSpan: span(c.source ? [c.source.i, c.source.j] : null),
        targetSpan: span(c.target ? [c.target.i, c.target.j] : c.reciprocal && c.source ? [c.source.i, c.source.j] : null),
        negated: c.negated,
        modality: c.modality,
        notes: [...c.notes, ...[actorNote('source', e.source, c.source), actorNote('target', e.target, c.target ?? (c.reciprocal ? c.source : null))].filter((x): x is string => !!x),
          ...(c.passive ? ['passive'] : [])],
      },
    });
  }
  return out;
}

const FIRST_PERSON = new Set(['i', 'me', 'we', 'us']);

/**
 * "I" and "we" (and "me", "us") in a direct quote whose speaker has an actor code, as mentions of that
 * speaker: '"We will go to the General Assembly," Erekat said' is the Palestinians' act. (Not in
 * indirect speech, where "we" may be the reporter's or anyone's.)
 */
export function firstPersonMentions(text: string, tokens: readonly Token[], quotes: readonly Quote[]): Entity[] {
  const out: Entity[] = [];
  for (const q of quotes) {
    if (!q.direct || !q.speakerActor) continue;
    for (let k = firstStartingFrom(tokens, q.content.start); k < tokens.length && tokens[k]!.end <= q.content.end; k++) {
      const t = tokens[k]!;
      const w = text.slice(t.start, t.end);
      if (!FIRST_PERSON.has(w.toLowerCase()) || (w === 'US' || w === 'Us')) continue;
      out.push({ start: t.start, end: t.end, text: w, type: 'PER', actor: q.speakerActor, name: q.speakerName ?? w, via: 'quote' });
    }
  }
  return out;
}

/** The events stage. Requires tokens, sentences and entities; uses places, timexes, boilerplate and quotes when present. */
export function createEventStage(dicts: EventDictionaries): Stage {
  return {
    name: 'events',
    requires: ['tokens', 'sentences', 'entities'],
    produces: ['events'],
    run(doc: Doc, options: RunOptions): Doc {
      // The verb patterns are English (the entity stage warns of another language).
      if (notEnglishOnce(doc.text, doc.meta.language ?? null)) return withLayer(doc, 'events', []);
      const tokens = layer(doc, 'tokens');
      const entities = layer(doc, 'entities');
      const speaking = firstPersonMentions(doc.text, tokens, layer(doc, 'quotes'));
      const input: CodeInput = {
        text: doc.text, tokens, sentences: layer(doc, 'sentences'),
        entities: speaking.length ? [...entities, ...speaking].sort((a, b) => a.start - b.start || b.end - a.end) : entities, places: layer(doc, 'places'),
        timexes: layer(doc, 'timexes'), published: doc.meta.published ?? options.published ?? null, skip: layer(doc, 'boilerplate'),
        noActors: layer(doc, 'dateline'), headlines: layer(doc, 'headline'),
      };
      const { events } = codeDocument(input, dicts);
      return withLayer(doc, 'events', toAnnotations(events, input, dicts));
    },
  };
}

export interface CodeLine { readonly id: string; readonly text: string; readonly date?: string }
export interface CodedLine {
  readonly id: string;
  readonly events: { source: string | null; target: string | null; cameo: string; plover: { type: string; mode: string | null } | null;
    /** Set when a joint subject acts together ("Russia and Iran agreed"): PLOVER lists all as actors, no recipient. */
    joint?: true }[];
}

/** `dateline code --jsonl`: code sentences or short stories with the dictionaries' actors. */
export function codeSentences(lines: Iterable<CodeLine>, dicts: EventDictionaries): CodedLine[] {
  const out: CodedLine[] = [];
  const d: EventDictionaries = dicts.actors === 'dictionary' ? dicts : { ...dicts, actors: 'dictionary' };
  for (const l of lines) out.push(codeLine(l, d));
  return out;
}

export function codeLine(l: CodeLine, dicts: EventDictionaries, opts: CodeOptions = {}): CodedLine {
  const date = normDate(l.date);
  const seg = segment(l.text);
  const { events } = codeDocument({ text: l.text, tokens: seg.tokens, sentences: seg.sentences, published: date }, dicts, opts);
  return {
    id: l.id,
    events: events.map((e) => {
      // PLOVER codes no event without a named actor ("4 people were killed in a suicide bombing", PLOVER_MANUAL.tex
      // §Required entities); the CAMEO code stays, as PETRARCH's "---" source.
      // Nor is the reverse reading of a pattern a second PLOVER event: PLOVER records an event once ("the visitor …
      // as the actor and the host … the recipient", or all parties as actors).
      const pl = (e.source && !e.reverse) || opts.actorless ? ploverOf(dicts.cameo, e.cameo) : null;
      return { source: e.source?.code ?? null, target: e.target?.code ?? null, cameo: e.cameo, plover: pl ? { type: pl.type, mode: pl.mode ?? e.clause.modality ?? null } : null,
        ...(e.clause.reciprocal ? { joint: true as const } : {}) };
    }),
  };
}

function normDate(d: string | undefined): string | null {
  if (!d) return null;
  if (/^\d{8}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
  return null;
}

export interface EventExplanation {
  readonly index: number;
  readonly cameo: string;
  readonly cameoName: string | null;
  readonly plover: string | null;
  readonly source: string | null;
  readonly target: string | null;
  readonly sourceText: string | null;
  readonly targetText: string | null;
  readonly verb: string | null;
  readonly pattern: string | null;
  readonly evidence: string;
  readonly date: string | null;
  readonly location: string | null;
  readonly confidence: number;
  readonly mentions: number;
  readonly notes: readonly string[];
}

/** `dateline explain ID`: for each event of an analyze record, what fired and on which words. */
export function explainEvents(record: { text: string; events?: readonly EventAnnotation[] }, cameo?: CameoTables): EventExplanation[] {
  const t = (s: Span | null | undefined) => (s ? record.text.slice(s.start, s.end) : null);
  return (record.events ?? []).map((e, index) => ({
    index,
    cameo: e.cameo,
    cameoName: cameo ? cameoInfo(cameo, e.cameo)?.name ?? null : null,
    plover: e.plover ? `${e.plover.type}${e.plover.mode ? `/${e.plover.mode}` : ''}` : null,
    source: e.source ? `${e.source.code} (${e.source.name})` : null,
    target: e.target ? `${e.target.code} (${e.target.name})` : null,
    sourceText: t(e.explanation?.sourceSpan),
    targetText: t(e.explanation?.targetSpan),
    verb: t(e.explanation?.verb),
    pattern: e.explanation?.pattern ?? null,
    evidence: record.text.slice(e.evidence.start, e.evidence.end),
    date: e.date,
    location: e.location?.name ?? null,
    confidence: e.confidence,
    mentions: 1 + (e.mentions?.length ?? 0),
    notes: [...(e.explanation?.notes ?? []), ...(e.explanation?.negated ? ['negated'] : []), ...(e.explanation?.modality ? [`modality: ${e.explanation.modality}`] : [])],
  }));
}

/** Plain-text rendering of explainEvents, one block per event. */
export function formatExplanations(xs: readonly EventExplanation[]): string {
  return xs.map((x) => [
    `#${x.index + 1} ${x.source ?? '—'} → ${x.target ?? '—'}  CAMEO ${x.cameo}${x.cameoName ? ` ${x.cameoName}` : ''}  PLOVER ${x.plover ?? '—'}  (confidence ${x.confidence}, ${x.mentions} mention${x.mentions > 1 ? 's' : ''})`,
    `   verb: ${x.verb ?? '—'}   pattern: ${x.pattern ?? '—'}`,
    `   source: ${x.sourceText ?? '—'}   target: ${x.targetText ?? '—'}`,
    `   date: ${x.date ?? '—'}   place: ${x.location ?? '—'}`,
    `   evidence: ${x.evidence}`,
    ...(x.notes.length ? [`   notes: ${x.notes.join('; ')}`] : []),
  ].join('\n')).join('\n\n');
}

export { codeSentence } from './coder.js';
export type { ClauseEvent } from './coder.js';
