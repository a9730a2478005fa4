/**
 * Toponym mentions: LOC entities that name a gazetteer place, and capitalised word
 * sequences the gazetteer knows that no entity covers (carefully: stop names, personal-name
 * neighbours and tails, titles and the population floor keep false positives down), plus
 * "Place, Region" adjacency ("Paris, Texas", "Alexandria, La.").
 */
import type { Entity, Sentence, Token } from '../../document/layers.js';
import { SpanIndex, type Span } from '../../document/span.js';
import { foldName, type Candidate, type Gazetteer } from '../../knowledge/gazetteer/index.js';
import { derivedFrom } from '../../knowledge/derived.js';

export type MentionSource = 'entity' | 'finder' | 'abbreviation';

export interface Mention extends Span {
  readonly text: string;
  readonly key: string;
  readonly source: MentionSource;
  /** Index of the mention this one qualifies ("Texas" in "Paris, Texas"), set by adjacency. */
  readonly qualifies?: number;
}

const UPPER = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\s.'’-]+$/u;
/** A short all-capital word ("UN", "ICO", "ALMA"): an acronym more often than a place. */
const ACRONYM = /^\p{Lu}{2,4}$/u;

/**
 * The best candidate for a folded name with no context hints: gaz.lookupKey(key, hints)[0]
 * for hints of flags only. Kept per gazetteer (the same names come up in article after article).
 */
const topMemo = derivedFrom((_gaz: Gazetteer) => new Map<string, Candidate | null>());
function topCandidate(gaz: Gazetteer, key: string, hints: { noDemonyms?: boolean; allowAbbreviations?: boolean } = {}): Candidate | undefined {
  const memo = topMemo(gaz);
  const k = (hints.noDemonyms ? '1' : '0') + (hints.allowAbbreviations ? '1' : '0') + key;
  let c = memo.get(k);
  if (c === undefined) {
    c = gaz.lookupKey(key, hints)[0] ?? null;
    if (memo.size >= 50_000) memo.clear();
    memo.set(k, c);
  }
  return c ?? undefined;
}

function isCapitalised(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(s);
}

/** The gazetteer name text[start, end) is, without a leading "the" or a trailing possessive. */
function nameMention(text: string, start: number, end: number, gaz: Gazetteer): Mention | null {
  let surface = text.slice(start, end);
  const the = /^(the|The)\s+/.exec(surface);
  if (the) { start += the[0].length; surface = surface.slice(the[0].length); }
  const poss = /['’]s$/.exec(surface);
  if (poss) surface = surface.slice(0, -poss[0].length);
  const key = foldName(surface);
  if (!key || !gaz.hasKey(key)) return null;
  return { start, end: start + surface.length, text: surface, key, source: 'entity' };
}

/** The places an entity names: its whole text, or each part of "Washington, D.C." / "Paris, Texas". */
function entityMentions(text: string, e: Entity, gaz: Gazetteer): Mention[] {
  const whole = nameMention(text, e.start, e.end, gaz);
  const surface = text.slice(e.start, e.end);
  const comma = surface.indexOf(',');
  if (comma > 0 && !(whole && topCandidate(gaz, whole.key)?.match === 'name')) {
    const head = nameMention(text, e.start, e.start + comma, gaz);
    const tailStart = e.start + comma + 1 + (/^\s*/.exec(surface.slice(comma + 1))![0].length);
    const tail = nameMention(text, tailStart, e.end, gaz);
    if (head && tail) return [head, tail];
  }
  return whole ? [whole] : [];
}

/**
 * An entity the NER model typed PER, ORG or MISC whose whole text is a prominent place's own
 * name ("Tbilisi" tagged PER, "Gainesville" tagged ORG) is still a toponym: for ORG and MISC
 * when the finder would accept the place, for PER only for countries, regions, capitals and
 * cities of settings.finder.minAlternateCityPopulation. An organisation with an actor code or a
 * short acronym is never a city.
 */
function mistypedPlace(text: string, m: Mention, e: Entity, gaz: Gazetteer, demonyms: boolean): boolean {
  const best = topCandidate(gaz, m.key, { noDemonyms: !demonyms });
  if (!best || m.start !== e.start || m.end !== e.end) return false;
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, e.start - 20), e.start));
  if (before && finderSets(gaz).titles.has(before[1]!)) return false; // "Mr. Arlington"
  if (best.match === 'demonym') return e.type === 'MISC' && demonyms;
  if (best.match !== 'name' && best.entry.kind === 'city') return false;
  if (finderSets(gaz).stop.has(m.text)) return false;
  const en = best.entry;
  // An organisation the actor layer knows ("UN" is IGOUNO, not the town of Un), or an acronym
  // ("ISNA", "ALMA"), is a place only as a country, a region or a continent.
  if (e.type !== 'PER' && (e.actor || ACRONYM.test(m.text)) && en.kind === 'city') return false;
  if (e.type === 'PER') return en.kind !== 'city' || en.fcode === 'PPLC' || en.population >= gaz.settings.finder.minAlternateCityPopulation;
  return finderAccepts(best, gaz, demonyms);
}

/** Does the finder accept this best candidate on its own, without an entity behind it? */
function finderAccepts(c: Candidate, gaz: Gazetteer, demonyms: boolean): boolean {
  const f = gaz.settings.finder;
  const e = c.entry;
  if (c.match === 'demonym') return demonyms;
  if (c.match === 'abbreviation') return false;
  if (e.kind === 'country' || e.kind === 'continent') return true;
  if (e.kind === 'region') return true;
  if (e.fcode === 'PPLC') return c.match === 'name' || e.population >= f.minAlternateCityPopulation;
  if (c.match === 'name') return e.population >= f.minCityPopulation;
  return e.population >= f.minAlternateCityPopulation;
}

/** The finder's word lists as sets, built once per gazetteer. */
interface FinderSets { connectors: Set<string>; stop: Set<string>; allowed: Set<string>; titles: Set<string>; notPlaces: Set<string> }
const finderSets = derivedFrom((gaz: Gazetteer): FinderSets => {
  const f = gaz.settings.finder;
  return { connectors: new Set(f.connectors), stop: new Set(f.stopNames), allowed: new Set(f.allowedNeighbours), titles: new Set(f.personTitles), notPlaces: new Set(f.notPlaces) };
});

export interface FinderInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
}

/** Capitalised token sequences that name gazetteer places, outside PER/MISC entities. */
export function findToponyms(input: FinderInput, gaz: Gazetteer, options: MentionOptions = {}): Mention[] {
  const { text, tokens, sentences, entities } = input;
  const f = gaz.settings.finder;
  const demonyms = options.demonyms ?? f.demonyms;
  const { connectors, stop, allowed, titles } = finderSets(gaz);
  const out: Mention[] = [];
  const sentenceStarts = new Set<number>();
  for (const s of sentences) sentenceStarts.add(s.start);
  // Each token's text, whether it is capitalised, and whether it follows the previous token
  // in the same sentence with at most one space or tab between them.
  const n = tokens.length;
  const words: string[] = new Array(n);
  const caps: boolean[] = new Array(n);
  const joins: boolean[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const w = words[i] = text.slice(t.start, t.end);
    caps[i] = isCapitalised(w);
    if (i === 0) { joins[i] = false; continue; }
    const gap = t.start - tokens[i - 1]!.end;
    const g = gap === 1 ? text.charCodeAt(t.start - 1) : 0;
    joins[i] = (gap === 0 || g === 32 || g === 9) && !sentenceStarts.has(t.start);
  }
  const tok = (i: number) => words[i]!;
  const joined = (i: number) => joins[i]!;

  /** Entities that rule a match out: PER and MISC always, ORG unless the match is a country or
   *  region opening it ("Texas Department of State", "U.S. House"). */
  const entityIndex = new SpanIndex(entities);
  const blockedByEntity = (a: number, b: number, best: Candidate) => entityIndex.overlapping({ start: a, end: b }).some((e) => {
    if (e.type === 'LOC') return false;
    if (e.type === 'MISC' && best.match === 'demonym') return false;
    if (e.type === 'ORG' && e.start === a && b < e.end && best.entry.kind !== 'city') return false;
    return true;
  });

  // Words that end a multi-word personal name somewhere in the text ("Barack Obama" → "Obama").
  const nameTails = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    if (!joined(i)) continue;
    if (!caps[i] || !caps[i - 1] || tokens[i - 1]!.pos !== 'PROPN') continue;
    const prev = tok(i - 1);
    const w = tok(i);
    if (allowed.has(prev) || connectors.has(prev) || titles.has(prev)) continue;
    if (i + 1 < tokens.length && joined(i + 1) && caps[i + 1]) continue; // not the tail
    if (gaz.hasKey(foldName(`${prev} ${w}`))) continue; // "New York", "Fort Worth"
    nameTails.add(w);
  }

  /** A capitalised neighbour joined to the match means the match is part of a longer name. */
  const blocks = (i: number, adjacentTo: number) => {
    if (i < 0 || i >= tokens.length) return false;
    const t = tokens[i]!;
    if (!(i < adjacentTo ? joined(adjacentTo) : joined(i))) return false;
    const s = tok(i);
    if (!caps[i] || allowed.has(s)) return false;
    if (sentenceStarts.has(t.start) && t.pos !== 'PROPN') return false;
    return true;
  };

  let i = 0;
  while (i < tokens.length) {
    const first = tok(i);
    if (!caps[i] || first === 'The') { i++; continue; } // "The Hague" is found as "Hague"
    let matched: { j: number; key: string } | null = null;
    for (let j = i; j < tokens.length && j - i < f.maxTokens; j++) {
      if (j > i) {
        const gap = tokens[j]!.start - tokens[j - 1]!.end;
        if (gap > 1 || (gap === 1 && text.charCodeAt(tokens[j]!.start - 1) === 10) || sentenceStarts.has(tokens[j]!.start)) break;
      }
      const w = tok(j);
      const cap = caps[j]!;
      if (!cap && !connectors.has(w) && !(w === '.' && j > i)) break;
      if (!cap) continue; // a match never ends on a connector
      const key = foldName(text.slice(tokens[i]!.start, tokens[j]!.end));
      if (gaz.hasKey(key)) matched = { j, key };
    }
    if (!matched) { i++; continue; }
    const { j, key } = matched;
    const start = tokens[i]!.start;
    const end = tokens[j]!.end;
    const surface = text.slice(start, end);
    const best = topCandidate(gaz, key, { noDemonyms: !demonyms });
    const atSentenceStart = sentenceStarts.has(start);
    const properEnough = !atSentenceStart || tokens.slice(i, j + 1).some((t) => t.pos === 'PROPN') || best?.match === 'demonym';
    // A common word written with a capital ("Okay", "Pets", "Basic") names a city only by its own name, not an alternate one.
    const commonWord = j === i && tokens[i]!.pos !== 'PROPN' && best?.match === 'alternate' && best.entry.kind === 'city';
    // An all-capital word ("SANA", "AP") is an acronym unless it is a place's own name or a country's.
    const acronymOk = !ALL_CAPS.test(surface) || (best !== undefined && (best.entry.kind === 'country' || best.match === 'name'));
    const titled = i > 0 && joined(i) && titles.has(tok(i - 1));
    // Short single words ("Can", "Act", "Ms.") are places only as countries' codes ("US", "UK").
    const tooShort = j === i && surface.replace(/\./g, '').length <= 3 && best?.entry.kind !== 'country';
    const ok = best !== undefined && acronymOk && properEnough && !commonWord && !titled && !tooShort && !stop.has(surface)
      && !(j === i && nameTails.has(surface) && best.entry.kind === 'city')
      && !blockedByEntity(start, end, best)
      && !blocks(i - 1, i) && !blocks(j + 1, j) && finderAccepts(best, gaz, demonyms);
    if (ok) { out.push({ start, end, text: surface, key, source: 'finder' }); i = j + 1; } else i++;
  }
  return out;
}

/**
 * All toponym mentions of a text: LOC entities the gazetteer knows (and MISC entities that are
 * demonyms, where settings allow), the finder's matches, and region abbreviations right after
 * "Place, ". Sorted by start.
 */
export interface MentionOptions {
  /** Look for capitalised gazetteer names no entity covers (default true). */
  readonly useFinder?: boolean;
  /** Report demonyms ("Russian") as places of their country (default: settings.finder.demonyms). */
  readonly demonyms?: boolean;
}

export function findMentions(input: FinderInput, gaz: Gazetteer, options: MentionOptions = {}): Mention[] {
  const { text, entities } = input;
  const demonyms = options.demonyms ?? gaz.settings.finder.demonyms;
  const mentions: Mention[] = [];
  // The surnames of the people the text names in full: "Bolton" after "John R. Bolton" is he, whatever the model typed.
  const surnames = new Set<string>();
  for (const e of entities) if (e.type === 'PER' && e.via !== 'coref' && /\s/.test(e.text)) surnames.add(e.text.slice(e.text.lastIndexOf(' ') + 1));
  for (const e of entities) {
    // A coreference mention ("them", "the country") refers to a place named elsewhere; it is not a toponym.
    if (e.via === 'coref') continue;
    if (e.type === 'LOC') {
      for (const m of entityMentions(text, e, gaz)) {
        if (!demonyms && topCandidate(gaz, m.key)?.match === 'demonym') continue;
        mentions.push(m);
      }
    } else {
      if (surnames.has(e.text)) continue;
      const m = nameMention(text, e.start, e.end, gaz);
      if (m && mistypedPlace(text, m, e, gaz, demonyms)) mentions.push(m);
    }
  }
  if (options.useFinder !== false) for (const m of findToponyms(input, gaz, options)) mentions.push(m);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const { notPlaces } = finderSets(gaz);
  // In order of start, a mention overlaps one kept before it when it starts before the end of any.
  const merged: Mention[] = [];
  let keptEnd = -1;
  for (const m of mentions) {
    if (notPlaces.has(m.text) || m.start < keptEnd) continue;
    // A ticker in angle brackets ("KANSAS POWER/LIGHT <KAN>") names a company, not a place.
    if (text[m.start - 1] === '<' && text[m.end] === '>') continue;
    merged.push(m);
    keptEnd = Math.max(keptEnd, m.end);
  }
  return linkAdjacent(text, merged, gaz);
}

const ABBREVIATION = /^,\s*((?:[A-Z](?:[a-z]{0,4}|[A-Z]{1,3})\.)(?:\s?[A-Z][a-z]{0,3}\.)*|[A-Z]{2})(?![\p{L}\p{N}])/u;

/** A region a short form abbreviates ("Kan.", "KAN."), though a town bears it as a name ("Kan" is also Ganzhou). */
function abbreviatedRegion(gaz: Gazetteer, key: string): Candidate | undefined {
  return gaz.lookupKey(key, { allowAbbreviations: true }).find((c) => c.match === 'abbreviation' && c.entry.kind === 'region');
}

/**
 * "Paris, Texas" and "Alexandria, La.": mark the region or country after a place and a comma
 * as qualifying it, adding abbreviations the finder cannot know on their own. Returns the
 * mentions sorted by start.
 */
export function linkAdjacent(text: string, mentions: readonly Mention[], gaz: Gazetteer): Mention[] {
  const base: Mention[] = mentions.slice().sort((a, b) => a.start - b.start);
  const items: { m: Mention; base: number; qualifies?: number }[] = base.map((m, n) => ({ m, base: n }));
  for (let k = 0; k < base.length; k++) {
    const m = base[k]!;
    // The next mention in the text (items added below go after the base ones, out of text order).
    const next = k + 1 < base.length ? items[k + 1] : undefined;
    if (next && /^,\s*$/.test(text.slice(m.end, next.m.start))) {
      let top = topCandidate(gaz, next.m.key, { allowAbbreviations: true });
      // "TOPEKA, KAN.": written as an abbreviation, it is the state's, not a town's name.
      if (top?.entry.kind === 'city' && /^\p{Lu}\p{L}{0,4}\.$/u.test(next.m.text)) top = abbreviatedRegion(gaz, next.m.key) ?? top;
      if (top && top.entry.kind !== 'city' && top.match !== 'demonym') {
        if (top.match === 'abbreviation') next.m = { ...next.m, source: 'abbreviation' };
        next.qualifies = k;
        continue;
      }
    }
    const ab = ABBREVIATION.exec(text.slice(m.end, m.end + 16));
    if (!ab) continue;
    const surface = ab[1]!;
    const key = foldName(surface);
    const top = topCandidate(gaz, key, { allowAbbreviations: true });
    if (!top || (top.entry.kind !== 'region' && !(surface.endsWith('.') && abbreviatedRegion(gaz, key)))) continue;
    const start = m.end + ab[0].length - surface.length;
    if (next && next.m.start < start + surface.length) continue;
    items.push({ m: { start, end: start + surface.length, text: surface, key, source: 'abbreviation' }, base: -1, qualifies: k });
  }
  items.sort((a, b) => a.m.start - b.m.start);
  const finalIndex = new Map<number, number>();
  items.forEach((it, n) => { if (it.base >= 0) finalIndex.set(it.base, n); });
  return items.map((it) => (it.qualifies === undefined ? it.m : { ...it.m, qualifies: finalIndex.get(it.qualifies)! }));
}
