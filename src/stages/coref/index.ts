/**
 * In-document coreference for actors. Links mentions of one actor into a chain
 * ("Russian President Vladimir Putin", "Putin", "the Russian president"), fills in
 * name and actor along a chain, resolves personal pronouns (he, his, they, ...) and
 * group mentions ("the two sides", "the other guarantor countries") and adds them
 * as entities with via 'coref' so the quote and event stages can use them.
 *
 * Compute, then write: chains and new mentions are found first, then the layer is set once.
 */
import { layer, withLayer, type Doc } from '../../document/document.js';
import type { Entity, EntityType, Sentence, Token } from '../../document/layers.js';
import { firstStartingFrom, lastStartingBy, SpanIndex, type Span } from '../../document/span.js';
import type { RunOptions, Stage } from '../../pipeline.js';
import type { ActorKnowledge } from '../../knowledge/actors/load.js';
import { normName } from '../../knowledge/actors/normalise.js';
import { findQuoteRegions } from '../quotes/marks.js';
import { namesSomeoneElse } from './modifier.js';
import { GROUP_HEADS, GROUP_NUMBERS, PERSON_GROUP_HEADS, PRONOUNS } from './words.js';
import { statedGender } from '../../nlp/gender.js';

interface Mention {
  entity: Entity;
  chain: number;
  sentence: number;
}

/** The sentence holding an offset: the last one starting at or before it (the first if none). */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  return Math.max(0, lastStartingBy(sentences, offset));
}

/** Mentions by sentence, each sentence's in their order: a pronoun looks at a few sentences, not the whole document. */
function bySentence(ms: readonly Mention[]): (si: number) => readonly Mention[] {
  const map = new Map<number, Mention[]>();
  for (const m of ms) {
    const list = map.get(m.sentence);
    if (list) list.push(m);
    else map.set(m.sentence, [m]);
  }
  return (si) => map.get(si) ?? [];
}

function lastWord(s: string): string {
  const w = normName(s);
  return w.slice(w.lastIndexOf(' ') + 1);
}

/**
 * The identity key of a named or resolved mention, or null for mentions that do not name one
 * actor; persons' keys and other mentions' keys are apart (chainNamed keeps them in two maps).
 */
function keyOf(e: Entity): string | null {
  if (e.members) return null;
  if (e.type === 'MISC' && !e.actor) return null; // a demonym ("Russian") is an adjective, not a mention of Russia
  if (e.name) return normName(e.name);
  if (e.type === 'PER' || e.type === 'ORG') return normName(e.text);
  return null;
}

/** Is the actor code that of a country (or a country body), by its first three letters? */
function countryPart(code: string | undefined): string | null {
  return code && /^[A-Z]{3}/.test(code) && !/^(IGO|NGO|NGM|MNC|IMG)/.test(code) ? code.slice(0, 3) : null;
}

/** Link named and nominal mentions: same canonical name, or a surname of an earlier full name. */
function chainNamed(entities: readonly Entity[]): { mentions: Mention[]; next: number } {
  const byPersonKey = new Map<string, number>();
  const byOtherKey = new Map<string, number>();
  const surnames = new Map<string, number>(); // surname of a multi-word PER → chain
  // First word of a PER of two or three words → chain: where the family name comes first ("Mao Ning",
  // "Xi Jinping", "Kim Jong Un") it is the one a story goes on with ("Mao told a briefing").
  const firsts = new Map<string, number>();
  const mentions: Mention[] = [];
  let next = 0;
  for (const e of entities) {
    const key = keyOf(e);
    const byKey = e.type === 'PER' ? byPersonKey : byOtherKey;
    let chain: number | undefined;
    if (key !== null) chain = byKey.get(key);
    if (chain === undefined && e.type === 'PER' && !e.actor && !/\s/.test(e.text.trim())) chain = surnames.get(lastWord(e.text)) ?? firsts.get(normName(e.text));
    if (chain === undefined) chain = next++;
    if (key !== null && !byKey.has(key)) byKey.set(key, chain);
    if (e.type === 'PER' && /\s/.test((e.name ?? e.text).trim())) {
      const s = lastWord(e.name ?? e.text);
      if (!surnames.has(s)) surnames.set(s, chain);
      const words = normName(e.name ?? e.text).split(' ');
      if (words.length <= 3 && !firsts.has(words[0]!)) firsts.set(words[0]!, chain);
    }
    mentions.push({ entity: e, chain, sentence: -1 });
  }
  return { mentions, next };
}

/** Fill name, actor, country and sector along each chain from its best-resolved mention. */
function propagate(mentions: Mention[]): void {
  const best = new Map<number, Entity>();
  for (const m of mentions) {
    const b = best.get(m.chain);
    const e = m.entity;
    if (!b || (!b.actor && e.actor) || (!!b.actor === !!e.actor && (e.name ?? '').length > (b.name ?? '').length)) best.set(m.chain, e);
  }
  for (const m of mentions) {
    const b = best.get(m.chain)!;
    if (b === m.entity || m.entity.members) continue;
    const e = m.entity;
    // Places keep their own reading: "talks in Moscow" stays a location even if "Moscow said" is an actor.
    const identity = e.type === 'PER' || e.type === 'ORG';
    const filled: Writable<Entity> = { ...e };
    if (b.name && !e.actor) filled.name = b.name;
    if (identity && b.actor && !e.actor) filled.actor = b.actor;
    if (b.country && !e.country) filled.country = b.country;
    if (b.sector && !e.sector) filled.sector = b.sector;
    m.entity = filled;
  }
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

interface PronounHit {
  readonly token: Token;
  readonly kind: 'singular' | 'plural';
  readonly possessive: boolean;
}

/** PRONOUNS as a map: a plain object would also answer for "constructor" and "toString". */
const PRONOUN_MAP = new Map(Object.entries(PRONOUNS));
const NUMBER_MAP = new Map(Object.entries(GROUP_NUMBERS));

/** A token's lower-cased text (its norm, which the segmenter sets to exactly that). */
const lowerOf = (text: string, t: Token) => t.norm ?? text.slice(t.start, t.end).toLowerCase();

/** The pronoun a token is, if any (`lower` is its lower-cased text). */
function pronounOf(t: Token, lower: string): (typeof PRONOUNS)[string] | undefined {
  return t.end - t.start > 10 ? undefined : PRONOUN_MAP.get(lower); // longer than any pronoun
}

/** The pronoun tokens (found[k] is pronoun kinds[k], by pronounOf) that no span in `taken` overlaps. */
function pronounsIn(found: readonly Token[], kinds: readonly (typeof PRONOUNS)[string][], taken: readonly Span[]): PronounHit[] {
  const out: PronounHit[] = [];
  const index = new SpanIndex(taken);
  for (let k = 0; k < found.length; k++) {
    const t = found[k]!;
    const p = kinds[k]!;
    if (index.overlapping(t).length > 0) continue;
    out.push({ token: t, kind: p.plural ? 'plural' : 'singular', possessive: p.possessive });
  }
  return out;
}

/** Salience: how often each actor (by chain) or country has been mentioned before an offset. */
function countBefore(mentions: readonly Mention[], offset: number, pick: (e: Entity) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.entity.start >= offset || m.entity.via === 'coref') continue;
    const k = pick(m.entity);
    if (k) counts.set(k, (counts.get(k) ?? 0) + (m.entity.type === 'PER' ? 2 : 1));
  }
  return counts;
}

function topN(counts: Map<string, number>, n: number, firstSeen: Map<string, number>): string[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (firstSeen.get(a[0]) ?? 0) - (firstSeen.get(b[0]) ?? 0))
    .slice(0, n)
    .map(([k]) => k);
}

/**
 * The coref stage. With the actor knowledge base it also uses given names for pronoun
 * agreement (no "she" for Vladimir Putin); without it, it links on names alone.
 */
export function createCorefStage(kb?: ActorKnowledge): Stage {
  return {
    name: 'coref',
    requires: ['tokens', 'sentences', 'entities'],
    produces: ['entities'],
    run(doc: Doc, _options: RunOptions): Doc {
      return withLayer(doc, 'entities', corefEntities(doc, kb));
    },
  };
}

/** The gender a person mention's given name marks, if the knowledge base knows it. */
function genderOf(e: Entity, kb: ActorKnowledge | undefined): 'f' | 'm' | null {
  if (!kb || e.type !== 'PER') return null;
  // A given name comes before the surname: the last word of a full name is none ("Tom Harper" is no woman
  // for Harper); a name of one word may be either.
  const words = (e.name ?? e.text).split(/\s+/);
  for (const w of words.length > 1 ? words.slice(0, -1) : words) {
    const g = kb.givenNames.get(normName(w));
    if (g) return g;
  }
  return null;
}

/**
 * The last n people of these mentions (in text order) named together: "A and B", "A, B and C", with
 * nothing but commas, "and" and titles between them ("Putin and Turkish President Erdogan"); null if
 * there is no such list.
 */
function namedTogether(text: string, ms: readonly Mention[], n: number): Entity[] | null {
  for (let last = ms.length - 1; last >= n - 1; last--) {
    const run = ms.slice(last - n + 1, last + 1).map((m) => m.entity);
    const joined = run.every((e, k) => k === 0 || /^\s*(?:,|and|,\s*and)\s*(?:\p{Lu}[\p{L}.-]*\s+)*$/u.test(text.slice(run[k - 1]!.end, e.start)));
    if (joined && new Set(run.map((e) => e.name ?? e.text)).size === n) return run;
  }
  return null;
}

/** What may stand between a group phrase and the names of its members: an apposition's comma or dash, or words of its clause up to a colon. */
const BEFORE_MEMBERS = /^(?:\s*[,\u2013\u2014-]\s*|[^.;:!?"“”]{0,80}:\s*)$/;

/**
 * The n people a group phrase ending at `end` names after it ("the two leaders, Putin and Erdogan", "only two presidents
 * have been impeached: Andrew Johnson and Bill Clinton"): the first n person mentions after it (ms, in text order), a
 * list ("A, B and C") that opens after an apposition's comma or a colon; else null.
 */
function namedAfter(text: string, end: number, ms: readonly Mention[], n: number): Entity[] | null {
  if (ms.length < n || !BEFORE_MEMBERS.test(text.slice(end, ms[0]!.entity.start))) return null;
  const run = ms.slice(0, n).map((m) => m.entity);
  const joined = run.every((e, k) => k === 0 || /^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(run[k - 1]!.end, e.start)));
  return joined && new Set(run.map((e) => e.name ?? e.text)).size === n ? run : null;
}

/** The entities of a document with chains, propagated names and the pronoun and group mentions added. */
export function corefEntities(doc: Doc, kb?: ActorKnowledge): Entity[] {
  const tokens = layer(doc, 'tokens');
  const sentences = layer(doc, 'sentences');
  const base = layer(doc, 'entities').filter((e) => e.via !== 'coref');
  const sorted = [...base].sort((a, b) => a.start - b.start || b.end - a.end);
  // Mentions nested in a longer mention of the same sentence (the demonym "Russian" in "Russian president") do not start chains of their own.
  const { mentions, next: firstFree } = chainNamed(sorted);
  for (const m of mentions) m.sentence = sentenceAt(sentences, m.entity.start);
  propagate(mentions);
  let next = firstFree;

  const actorMentions = mentions.filter((m) => m.entity.actor || m.entity.type === 'PER');
  const actorsIn = bySentence(actorMentions);
  const baseIndex = new SpanIndex(base);
  const firstSeen = new Map<string, number>();
  for (const m of mentions) {
    const cp = countryPart(m.entity.actor);
    if (cp && !firstSeen.has(cp)) firstSeen.set(cp, m.entity.start);
    const k = String(m.chain);
    if (!firstSeen.has(k)) firstSeen.set(k, m.entity.start);
  }

  const added: Entity[] = [];
  const groupChains = new Map<string, number>();
  const groupChain = (members: readonly string[]) => {
    const k = [...members].sort().join('+');
    let c = groupChains.get(k);
    if (c === undefined) groupChains.set(k, (c = next++));
    return c;
  };
  const groupDefs = new Map<string, { members: string[]; names: string[] }>();

  // ---- group mentions: "the two sides", "the three guarantor countries", "both leaders"
  // (and, in the same pass over the tokens, the pronouns)
  const pronounTokens: Token[] = [];
  // The countries of the first sentence with actors, made when a group first asks.
  let ledeCountries: Map<string, string> | undefined;
  const pronounKinds: (typeof PRONOUNS)[string][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const head = lowerOf(doc.text, t);
    const pronoun = pronounOf(t, head);
    if (pronoun) { pronounTokens.push(t); pronounKinds.push(pronoun); continue; }
    if (!GROUP_HEADS.has(head) || doc.text.slice(t.start, t.end) !== head) continue; // "sides", not "States" of "United States"
    if (baseIndex.overlapping(t).some((e) => e.start <= t.start && t.end <= e.end)) continue;
    // Walk back over modifiers: determiners, numbers, "other", lower-case nouns and adjectives.
    let j = i;
    let number: number | null = null;
    let other = false;
    const modifiers: string[] = [];
    while (j > 0 && i - j < 4) {
      const p = tokens[j - 1]!;
      const w = doc.text.slice(p.start, p.end);
      const lw = w.toLowerCase();
      const num = NUMBER_MAP.get(lw);
      if (num !== undefined) { number = num; j--; continue; }
      if (lw === 'other') { other = true; j--; continue; }
      if (lw === 'the' || lw === 'these' || lw === 'those' || lw === 'all') { j--; continue; }
      if (/^[a-z][a-z-]+$/.test(w) && (p.pos === 'NOUN' || p.pos === 'ADJ') && !GROUP_HEADS.has(lw)) { modifiers.unshift(lw); j--; continue; }
      break;
    }
    const hasDet = j < i && /^(the|both|these|those|all)$/i.test(doc.text.slice(tokens[j]!.start, tokens[j]!.end));
    const start = tokens[j]!.start;
    const defining = /\bas\s*$/i.test(doc.text.slice(Math.max(0, start - 4), start));
    const defKeyEarly = modifiers.join(' ') || head;
    // ("The neighbours" with no number are most often people next door, "the two neighbours" countries.)
    if ((!hasDet || NEIGHBOURS.has(head)) && number === null && !defining && !groupDefs.has(defKeyEarly)) continue;
    const end = t.end;
    const si = sentenceAt(sentences, start);
    const sent = sentences[si];
    const defKey = modifiers.join(' ') || head;
    const inSentence = actorsIn(si).filter((m) => m.entity.end <= start);
    const before = (doc.text.slice(Math.max(0, start - 4), start).toLowerCase().trim());
    let members: string[] = [];
    let names: string[] = [];
    // Whether names are the members' own (persons picked by name), not a country's stand-in for its people.
    let named = false;
    const countries = (ms: Mention[]) => {
      const seen = new Map<string, string>();
      for (const m of ms) {
        const cp = countryPart(m.entity.actor);
        if (cp && !seen.has(cp)) seen.set(cp, m.entity.type === 'LOC' ? (m.entity.name ?? m.entity.text) : (m.entity.name ?? m.entity.text));
      }
      return seen;
    };
    if (before.endsWith('as') && inSentence.length >= 2) {
      // Apposition defines the group: "Russia and Iran, along with Turkey, as guarantor countries".
      const c = countries(inSentence.filter((m) => m.entity.type === 'LOC' || m.entity.type === 'ORG' || m.entity.type === 'PER'));
      members = [...c.keys()];
      names = [...c.values()];
      if (members.length >= 2) groupDefs.set(defKey, { members, names });
    } else if (groupDefs.has(defKey)) {
      ({ members, names } = groupDefs.get(defKey)!);
      if (other) {
        const mentioned = new Set([...countries(inSentence).keys()]);
        const keep = members.map((m, k) => [m, names[k]!] as const).filter(([m]) => !mentioned.has(m));
        members = keep.map(([m]) => m);
        names = keep.map(([, n]) => n);
      }
    } else {
      const n = number ?? 2;
      if (PERSON_GROUP_HEADS.has(head)) {
        // The people named right after it ("only two presidents have been impeached: Andrew Johnson and Bill Clinton",
        // "the two leaders, Putin and Erdogan,"), else those just named together ("Putin and Erdogan discussed the deal.
        // The two leaders agreed …"), else the most mentioned. Named after it without a code each, the group is none.
        const listed = namedAfter(doc.text, end, actorsIn(si).filter((m) => m.entity.type === 'PER' && m.entity.start >= end), n);
        const together = listed ?? namedTogether(doc.text, [...actorsIn(si - 1), ...inSentence].filter((m) => m.entity.type === 'PER' && m.entity.actor), n);
        let reps: Entity[];
        if (listed && !listed.every((e) => e.actor)) reps = [];
        else if (together) reps = together;
        else {
          const counts = countBefore(mentions.filter((m) => m.entity.type === 'PER' && m.entity.actor), start, (e) => e.name ?? null);
          const top = topN(counts, n, new Map(mentions.map((m) => [m.entity.name ?? '', m.entity.start])));
          reps = top.map((nm) => mentions.find((m) => m.entity.name === nm)!.entity);
        }
        members = reps.map((e) => e.actor!);
        names = reps.map((e) => e.name ?? e.text);
        named = true;
      } else {
        // The countries of the story's first sentence with actors, when it names just so many ("Russian President
        // Vladimir Putin met Chinese President Xi Jinping …. Both countries said"), else those that act most
        // (persons count double, locations after "in" not at all).
        // (First the countries of people or places just named together: "Trump and Turkish President Erdoğan spoke
        // on the phone. Then both nations issued statements".)
        const together = namedTogether(doc.text, [...actorsIn(si - 1), ...inSentence].filter((m) => m.entity.actor && countryPart(m.entity.actor)), n);
        const joint = together ? new Set(together.map((e) => countryPart(e.actor)!)) : null;
        const lede = ledeCountries ??= countries(actorsIn(actorMentions.length ? actorMentions[0]!.sentence : -1).filter((m) => !m.entity.actor?.endsWith('MED')));
        const counts = countBefore(actorMentions.filter((m) => m.entity.actor && !(m.entity.type === 'LOC' && !m.entity.actor)), start, (e) => countryPart(e.actor));
        members = joint && joint.size === n ? [...joint]
          : lede.size === n && [...lede.keys()].every((c) => counts.has(c)) ? [...lede.keys()] : topN(counts, n, firstSeen);
        names = members.map((c) => mentions.find((m) => m.entity.type === 'LOC' && countryPart(m.entity.actor) === c)?.entity.name ?? c);
      }
      if (members.length < Math.min(n, 2)) members = [];
    }
    if (!members.length || !sent) continue;
    added.push({
      start, end, text: doc.text.slice(start, end), type: 'MISC', via: 'coref',
      members: Object.freeze(members), name: names.join(', '), chain: groupChain(members),
      ...(named ? { memberNames: Object.freeze([...names]) } : {}),
    });
  }

  // ---- pronouns
  const taken: Span[] = [...base, ...added];
  const allPersons = mentions.filter((m) => m.entity.type === 'PER' && m.entity.via !== 'coref');
  // A person's gender is their chain's: what the full name marks ("Eugene Nida"), else what a name of one word does
  // ("Nida" alone reads as a woman's name).
  const chainGender = new Map<number, 'f' | 'm'>();
  // (What the text says of a person before the name or in its honorific outweighs what the given name marks: "his
  // daughter Dylan Farrow" is a woman, whatever "Dylan" usually is.)
  for (const m of allPersons) {
    const g = chainGender.has(m.chain) ? null : statedGender(doc.text, m.entity.start, m.entity.text);
    if (g) chainGender.set(m.chain, g);
  }
  for (const full of [true, false]) {
    for (const m of allPersons) {
      if (chainGender.has(m.chain) || /\s/.test((m.entity.name ?? m.entity.text).trim()) !== full) continue;
      const g = genderOf(m.entity, kb);
      if (g) chainGender.set(m.chain, g);
    }
  }
  const genders = new Map(allPersons.map((m) => [m, chainGender.get(m.chain) ?? null]));
  const named = mentions.filter((m) => m.entity.via !== 'coref' && m.entity.type !== 'MISC');
  const personsIn = bySentence(allPersons);
  const namedIn = bySentence(named);
  // The group mentions added so far, by sentence, in the order added.
  const groupsIn = new Map<number, Entity[]>();
  const addGroup = (e: Entity) => {
    const k = sentenceAt(sentences, e.start);
    const list = groupsIn.get(k);
    if (list) list.push(e);
    else groupsIn.set(k, [e]);
  };
  for (const e of added) if (e.members) addGroup(e);
  // Quoted words: a name someone is quoted as saying is seldom what a pronoun outside the
  // marks stands for ('"… with Ariane …," he said': he is the speaker, not Ariane).
  const regions = pronounTokens.length ? findQuoteRegions(doc.text, layer(doc, 'paragraphs')) : [];
  const regionAt = (offset: number) => {
    const r = lastStartingBy(regions, offset);
    return r >= 0 && offset < regions[r]!.end ? r : -1;
  };
  // Singular pronouns read as a person, by sentence, in text order.
  const resolvedIn = new Map<number, Mention[]>();
  /** Whether the token at an offset opens its sentence, quotation marks aside, or follows a conjunction that does ("But he"). */
  const opening = (off: number, sentStart: number) => {
    let words = 0;
    for (let k = firstStartingFrom(tokens, sentStart); k < tokens.length && tokens[k]!.start < off; k++) {
      if (!/[\p{L}\p{N}]/u.test(tokens[k]!.norm)) continue;
      if (words > 0 || tokens[k]!.pos !== 'CCONJ') return false;
      words++;
    }
    return true;
  };
  /**
   * Whether the token at an offset is "he" or "she" right after a phrase without a verb fronted before the subject, up to
   * its comma ("On July 27, 2006, he emailed Gaiman", "Later that year, she"): the subject, as one opening the sentence.
   */
  const subjectAfterFronted = (off: number, sentStart: number) => {
    const k = firstStartingFrom(tokens, off);
    const k0 = firstStartingFrom(tokens, sentStart);
    if (k - 1 <= k0 || tokens[k - 1]!.norm !== ',' || !/^(?:he|she)$/i.test(tokens[k]!.norm)) return false;
    for (let j = k0; j < k - 1; j++) if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return false;
    return true;
  };
  for (const p of pronounsIn(pronounTokens, pronounKinds, taken)) {
    const off = p.token.start;
    const si = sentenceAt(sentences, off);
    const sent = sentences[si];
    if (!sent) continue;
    const here = regionAt(off);
    /** Outside the quotation marks the pronoun is not in. */
    const heard = (m: Mention) => { const r = regionAt(m.entity.start); return r < 0 || r === here; };
    let antecedent: Mention | null = null;
    let group: Entity | null = null;
    /**
     * The first of a sentence's persons not in a phrase fronted before its subject, and no possessor of a person named
     * after it ("Hunter Biden's former business partner Tony Bobulinski held …. He claimed": Bobulinski).
     */
    const subjectOf = (ms: readonly Mention[], sentStart: number) => ms.find((m, x) => !inFrontedPhrase(doc.text, sentStart, m.entity.start)
      && !(POSSESSOR.test(doc.text.slice(m.entity.end, m.entity.end + 2)) && x + 1 < ms.length));
    if (p.kind === 'singular') {
      const word = doc.text.slice(p.token.start, p.token.end).toLowerCase();
      const want = PRONOUN_MAP.get(word)!.gender;
      const agrees = (m: Mention) => {
        const g = genders.get(m);
        return (!g || !want || g === want) && heard(m);
      };
      // The persons of a sentence, with the pronouns there already read as one ("She was given a chance
      // …, when Vizmedia dubbed …. When she was cast": the first "She" is the subject, not Vizmedia).
      const persons = (k: number) => {
        const named = personsIn(k).filter((m) => agrees(m) && !PLURAL_NOMINAL.test(m.entity.text));
        const read = (resolvedIn.get(k) ?? []).filter(agrees);
        return read.length ? [...named, ...read].sort((a, b) => a.entity.start - b.entity.start) : named;
      };
      // Cataphora at a sentence start: "For his part, Rouhani said ...".
      const early = firstStartingFrom(tokens, off) - firstStartingFrom(tokens, sent.start) <= 3;
      if (p.possessive && early) {
        const after = persons(si).find((m) => m.entity.start > off && m.entity.start - off < 40);
        if (after) antecedent = after;
      }
      // Persons only in a phrase fronted before a subject pronoun ("In a statement on Twitter, he wrote", "Unlike Biden,
      // he received …") are whom it stands for only when no sentence before names anyone. (Not before a possessive: "Before
      // Qaboos's burial, his successor …".)
      let fronted: Mention | null = null;
      if (!antecedent) {
        const same = persons(si).filter((m) => m.entity.end <= off);
        // The sentence's first person, usually its subject (not one in a phrase fronted before it, nor a possessor).
        if (same.length) antecedent = subjectOf(same, sent.start) ?? (p.possessive ? same[0]! : null);
        if (same.length && !antecedent) fronted = same[0]!;
      }
      if (!antecedent) {
        for (let k = si - 1; k >= Math.max(0, si - 3) && !antecedent; k--) {
          const prev = persons(k);
          // The sentence's subject, not a person in a phrase fronted before it ("Unlike Biden, Trump received …").
          if (prev.length) antecedent = subjectOf(prev, sentences[k]!.start) ?? prev[0]!;
        }
      }
      antecedent ??= fronted;
      // A name that only modifies the subject's words ("A Reagan administration official said …. But he said") is not who
      // "he" is, and no one further back is either: the pronoun stays unresolved here.
      if (antecedent && namesSomeoneElse(doc.text, antecedent.entity)) antecedent = null;
    } else {
      // "Presidents Putin and Rouhani ... their talks": the nearest coordination of two or more actors,
      // else the nearest group mention, else the nearest organisation ("Google ... their fair").
      for (let k = si; k >= Math.max(0, si - 2) && !group && !antecedent; k--) {
        const ms = namedIn(k).filter((m) => m.entity.end <= (k === si ? off : Infinity) && heard(m));
        for (let x = ms.length - 1; x > 0 && !group; x--) {
          const a = ms[x - 1]!.entity, b = ms[x]!.entity;
          const between = doc.text.slice(a.end, b.start);
          // (Two names of one ("The Italian foreign minister, Luigi Di Maio,") are an apposition, no group.)
          const names = [a.name ?? a.text, b.name ?? b.text];
          if (/^\s*(,|and|,\s*and|&)\s*$/.test(between) && a.type === b.type && names[0] !== names[1]) {
            // Members are actor codes: a pair of which one has none ("Maxtor Corp and U.S. Design Corp",
            // "Abydos and Saqqara") is a group by name only, which events cannot code.
            const coded = a.actor && b.actor ? [a.actor, b.actor] : null;
            group = {
              start: off, end: p.token.end, text: doc.text.slice(off, p.token.end), type: a.type as EntityType, via: 'coref',
              members: Object.freeze(coded ?? []), name: names.join(' and '), chain: groupChain(coded ?? names),
              memberNames: Object.freeze(coded ? names : []),
            };
          }
        }
        if (!group) {
          const g = (groupsIn.get(k) ?? []).filter((e) => e.end <= off).pop();
          if (g) group = { ...g, start: off, end: p.token.end, text: doc.text.slice(off, p.token.end) };
        }
        if (!group) {
          // Bodies and plural person mentions ("Scientology officials", "Iraqi troops").
          const plural = (e: Entity) => e.type === 'PER' && /\s(?:[a-z]+s|people|men|women|children|police)$/.test(e.text);
          const orgs = ms.filter((m) => m.entity.type === 'ORG' || (m.entity.type === 'LOC' && m.entity.actor) || plural(m.entity));
          if (orgs.length) antecedent = k === si ? orgs[orgs.length - 1]! : orgs[0]!;
        }
      }
    }
    if (antecedent) {
      const e = antecedent.entity;
      const entity: Entity = {
        start: off, end: p.token.end, text: doc.text.slice(off, p.token.end), type: e.type, via: 'coref', chain: antecedent.chain,
        ...(e.name ? { name: e.name } : { name: e.text }),
        ...(e.actor ? { actor: e.actor } : {}), ...(e.country ? { country: e.country } : {}), ...(e.sector ? { sector: e.sector } : {}),
      };
      added.push(entity);
      // Only a pronoun that opens its sentence ("He …", "But she …", "His moderate politics …"),
      // where the subject stands: "After his long speech to the delegates, spokesman Tom Reed
      // told …" and "At his town hall, … Trump refused …" have Reed and Trump for their person.
      // And not one read forward ("His death was confirmed by his son, Wolfgang": the next "his"
      // is not Wolfgang's).
      if (p.kind === 'singular' && e.type === 'PER' && e.start < off && (opening(off, sent.start) || subjectAfterFronted(off, sent.start))) {
        const m: Mention = { entity, chain: antecedent.chain, sentence: si };
        genders.set(m, genders.get(antecedent) ?? PRONOUN_MAP.get(entity.text.toLowerCase())?.gender ?? null);
        const list = resolvedIn.get(si);
        if (list) list.push(m);
        else resolvedIn.set(si, [m]);
      }
    } else if (group) {
      added.push(group);
      addGroup(group);
    }
  }

  const out: Entity[] = new Array(mentions.length + added.length);
  for (let k = 0; k < mentions.length; k++) out[k] = { ...mentions[k]!.entity, chain: mentions[k]!.chain };
  for (let k = 0; k < added.length; k++) out[mentions.length + k] = added[k]!;
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The mention a span refers back to: for a pronoun or nominal mention, the first mention of its
 * chain that names the actor (e.g. "Russian President Vladimir Putin" for "he"); null when the
 * span is not a linked mention. Needs the coref stage to have run.
 */
export function antecedentOf(doc: Doc, span: Span): Entity | null {
  const ents = layer(doc, 'entities');
  const m = ents.find((e) => e.start === span.start && e.end === span.end) ?? ents.find((e) => e.start <= span.start && span.end <= e.end);
  if (!m || m.chain === undefined) return null;
  const chain = ents.filter((e) => e.chain === m.chain && e.via !== 'coref');
  return chain.find((e) => e.via !== 'actor' && e.type === m.type && /\s/.test(e.text)) ?? chain[0] ?? (m.members ? m : null);
}

const NEIGHBOURS: ReadonlySet<string> = new Set(['neighbours', 'neighbors']);

/** A person mention of many by its words ("American officials", "government sources"), which no "he" or "she" stands for. */
const PLURAL_NOMINAL = /\s(?:[a-z]+[^s]s|people|men|women|children|police)$/;

/** A possessive ending after a name. */
const POSSESSOR = /^['’]s$/;

/** A phrase fronted before a sentence's subject, up to its comma: "Unlike Biden,", "According to Putin,", "In a letter to Biden,". */
const FRONTED = /^\s*[“"]?(?:Unlike|Like|Besides|Despite|Apart from|According to|After|Before|Against|Compared (?:with|to)|In contrast to|(?:In|During) (?:a|an|the|his|her|its|their)\s)\b[^,.;:!?]*$/;

/** Whether offset `at` lies in a phrase fronted before the subject of the sentence starting at `sentenceStart`. */
function inFrontedPhrase(text: string, sentenceStart: number, at: number): boolean {
  return FRONTED.test(text.slice(sentenceStart, at));
}
