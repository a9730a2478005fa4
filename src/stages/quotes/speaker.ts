/**
 * Who is speaking: turn a source span into a name. Uses the entities layer where
 * it is there (its canonical `name` and `actor`, set by actor resolution and
 * coreference), and otherwise the document's own proper-noun runs:
 *  - a named source ("Rouhani") takes the fullest earlier form ("Hassan Rouhani");
 *  - a pronoun ("he") takes the most recent person, or the last speaker;
 *  - a description ("the Russian president") takes the name that followed the
 *    same words earlier ("Russian President Vladimir Putin");
 *  - an organisation head noun ("the ministry") takes the earlier name it ends
 *    ("the Foreign Ministry"); "it" and "the company" take the organisation last
 *    quoted (else the last one named); other non-person sources keep their own words;
 *  - a relative pronoun ("Acme Corp, which said") takes the name before it, else a speaking
 *    noun right before it ("according to police, who said" → police);
 *  - "the spokesman" takes the earlier speaker whose words held it ("a TRW spokesman"), "the
 *    diplomat" one named by a diplomatic role ("Deputy Foreign Minister Sergei Ryabkov"), and
 *    "the Bank" the organisation named with that word ("the Bank of England");
 *  - a possessor in the source says whose, not who: "his publicist" is "Tony Mendez’s publicist";
 *  - speakers named together are all named ("Presidents Putin and Rouhani" → "Vladimir Putin
 *    and Hassan Rouhani"), but a name with "and" in it is one ("Standard and Poor's Corp");
 *  - someone at an organisation is named as such ("a spokesman for the company" → "Union
 *    Pacific Corp spokesman"; "a dealer at one leading bank" stays a dealer);
 *  - a capitalised word before a common noun is a description's ("Banking sources"), and a
 *    ticker in angle brackets names the company before it ("Alsthom <ALSF.PA>");
 *  - a name set in capitals (a headline's "REAGAN") is written as the text has it elsewhere;
 *    an age after it ("the princess, 67") is dropped; days, months and figures are no names;
 *  - a source's own words lose the time written after them ("State media on Saturday") and a
 *    heading before a colon; a time or a conjunction alone ("This week saw", "upon") names no one.
 */
import { firstOfTwoSurnames } from '../../nlp/surnames.js';
import type { Entity, Token } from '../../document/layers.js';
import { firstStartingFrom, SpanIndex, type Span } from '../../document/span.js';
import { asWritten, shouted } from '../../nlp/truecase.js';
import { statedGender } from '../../nlp/gender.js';
import { namesSomeoneElse } from '../coref/modifier.js';
import { PRONOUNS } from '../coref/words.js';
import { STATE_SECTOR } from '../../knowledge/actors/codes.js';
import { titleSets } from './lexicon.js';
import { RELATIVES } from './rules.js';

export interface Mention extends Span {
  readonly text: string;
  /** Canonical name, if known. */
  readonly name: string;
  readonly type: Entity['type'] | 'NAME';
  readonly actor?: string;
  /** The coreference chain of the entity (entities layer). */
  readonly chain?: number;
  /** A group of people or bodies ("they" for "Putin and Rouhani"): an entity with members. */
  readonly group?: boolean;
}

/**
 * How a speaker's name was reached: a name in the source's own words ("name"), the entity
 * layer's coreference ("coreference"), a pronoun ("pronoun"), a relative pronoun
 * ("relative"), "it" or an organisation's noun ("organisation"), a description an earlier
 * name or speaker fits ("earlier"), the source's words themselves with no name found
 * ("words"), the subject of the clause an attribution hangs on ("clause"), "I" inside
 * someone's words, a transcript's turn or an interview's answer ("first person"), "you" in a transcript or
 * an interview's question ("addressee"), an interview's answer ("interview"), a transcript label that
 * abbreviates a name written out before ("abbreviation", abbreviation.ts).
 */
export type SpeakerVia = 'name' | 'coreference' | 'pronoun' | 'relative' | 'organisation' | 'earlier' | 'words' | 'clause' | 'first person' | 'addressee' | 'interview' | 'abbreviation' | 'author';

export interface Speaker {
  readonly name: string | null;
  readonly actor?: string;
  readonly via?: SpeakerVia;
  /** The words the name was taken from, where they are not the source's own (the antecedent of "he"). */
  readonly from?: Span;
  /** An organisation (an ORG mention), which a later "it" or "the company" may stand for. */
  readonly org?: boolean;
  /** Several speakers named together ("Putin and Rouhani"), whom a later "he" does not stand for. */
  readonly group?: boolean;
}

const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his']);
const PLURAL = new Set(['they', 'them', 'their']);
/** How far back (characters) "they" looks for the many it stands for: about two sentences. */
const PLURAL_REACH = 300;
/** What stands between a sentence's start and its subject: nothing, or "The". */
const SUBJECT_START = /(?:^|[.!?]["”’)]?\s+|\n\s*)(?:[Tt]he\s+)?$/;
/** Does a mention open its sentence, its subject, not a name the sentence merely holds ("The Federal Reserve entered …")? */
function opensSentence(text: string, m: Mention): boolean {
  return SUBJECT_START.test(text.slice(Math.max(0, m.start - 60), m.start));
}
/** How far back (characters) a group quoted before may be what "they" in an interviewee's turn stands for. */
const TURN_PLURAL_REACH = 600;
/** … and elsewhere: a few paragraphs, past which "they" are others. */
const PLURAL_SPEAKER_REACH = 1200;
/** Words naming many people: a plural noun at the end ("State prosecutors", "officials"), or a collective one. */
const PLURAL_NOUN = /(?:(?:^|\s)\p{Ll}[\p{L}'’-]*[^siu]s|^\p{Lu}\p{Ll}+[^siu]s|(?:^|\s)(?:[Pp]eople|[Pp]olice|[Ss]taff|[Pp]ersonnel|[Cc]rew|[Pp]ublic|[Mm]edia|\p{L}*[Mm]en|[Cc]hildren))$/u;
const FIRST = new Set(['i', 'we', 'you', 'me', 'us']);
const IT = new Set(['it', 'its']);
/** How far back (characters, within the sentence) a relative pronoun's name may stand. */
const RELATIVE_REACH = 160;
/**
 * Head nouns of organisations: "the company", "the chemical firm", "the agency" stand for the
 * organisation last quoted (or named) when no earlier name ends in the same word.
 */
const ORG_NOUNS = new Set(['company', 'firm', 'corporation', 'group', 'bank', 'maker', 'manufacturer', 'producer',
  'retailer', 'carrier', 'airline', 'insurer', 'lender', 'utility', 'agency', 'ministry', 'department', 'board',
  'council', 'committee', 'commission', 'authority', 'association', 'union', 'federation', 'exchange', 'institute',
  'organisation', 'organization', 'fund', 'subsidiary', 'unit', 'concern', 'conglomerate', 'partnership', 'newspaper',
  'network', 'broadcaster', 'operator', 'supplier', 'developer', 'publisher', 'chain', 'trust', 'foundation']);
const DETERMINERS = /^(the|a|an|this|that|these|those|its|his|her|their)\s+/i;
/** The last word of an organisation's head, before what it is "of" or "for" ("Ministry of Foreign Affairs", "Center for …"). */
const ORG_HEAD = new RegExp(`\\b(?:${[...ORG_NOUNS, 'center', 'centre', 'office', 'court', 'university', 'college', 'school', 'bureau', 'league', 'society',
  'service', 'academy', 'institution', 'laboratory', 'museum', 'hospital', 'tribunal', 'parliament', 'assembly', 'senate'].join('|')})$`, 'i');
/** Words after the head of a description: "a spokesman for TRW", "officials at the ministry". */
const HEAD_ENDS = new Set(['of', 'for', 'at', 'with', 'in', 'from', 'on', 'to', 'by', 'who', 'which', 'that', 'close', 'familiar', 'near']);
/** … or a participle after it: "figures received by the ISO", "one official attending the talks". */
const PARTICIPLE = /^\p{Ll}{3,}(?:ed|ing)$/u;
/** Lower-case words inside a name: "Bank of England", "Doctors for Camp Closure". */
const NAME_JOINS = new Set(['of', 'for', 'and', '&']);
/** Heads of a description that stand for the people they are made of: "a team of researchers". */
const COLLECTIVE = new Set(['team', 'group', 'panel', 'delegation', 'coalition', 'number', 'couple', 'pair', 'trio']);
/** What joins an organisation's head to what it is of: "of", "for", with "the". */
const OF_BETWEEN = /^\s+(?:of|for|on)\s+(?:the\s+)?$/;
/** Days and months (and their abbreviations), which tagging may take for proper names. */
export const CALENDAR = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;
/** A time after the words of a source ("The website yesterday", "State media on Saturday", "officials this week"), in lower case but for the days ("USA Today" keeps its name). */
const TIME_AFTER = /(?<=\S)\s+(?:(?:(?:on|as of|last|this|next|early|late|earlier|later)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:yesterday|today|tonight|tomorrow)|(?:(?:earlier|later)\s+)?(?:last|this|next|early|late|earlier|later)\s+(?:week|weekend|month|year|morning|afternoon|evening|night))(?:\s+(?:morning|afternoon|evening|night))?$/;
/** The words TIME_AFTER may end with: words that end with none of them have no time to drop (tested for less than the expression costs). */
const TIME_ENDINGS = ['day', 'tomorrow', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night'];
function withoutTimeAfter(s: string): string {
  if (!TIME_ENDINGS.some((e) => s.endsWith(e))) return s;
  const t = s.replace(TIME_AFTER, '');
  // (So is the participle the time was of: "Figures released earlier this week" are figures.)
  return t === s ? s : t.replace(PARTICIPLE_LEFT, '');
}
/** A participle left at the end of a source's words when its time goes ("figures released", "the agreement signed"). */
const PARTICIPLE_LEFT = /(?<=\S)\s+(?:\p{Ll}+ed|read|made|given|sent|held|shown|seen|put out)$/u;
/** A time alone ("This week saw …" has "week" for its source): no one. */
const TIME_ALONE = /^(?:today|yesterday|tomorrow|tonight|week|weekend|month|year|morning|afternoon|evening|night)(?:\s+(?:morning|afternoon|evening|night))?$/i;
/** Possessive pronouns of someone the text names: "his publicist" is Tony Mendez’s. */
const OWNERS = new Set(['his', 'her', 'its', 'their']);
/** Possessive pronouns: in "his publicist" the mention is whose publicist, not who speaks. */
const POSSESSIVE = new Set([...OWNERS, 'my', 'our', 'your']);
/** Where the words of a description end: a comma (an apposition follows) or a relative pronoun (in lower case: "The WHO’s website" goes on). */
/** Words that open an adjunct of circumstance inside a source span. */
const ADJUNCT = /[\s,](?:when|while|after|before|via|during|upon)\s/;
/**
 * A document the words were filed or sent in, fronted before the source: "(In) a filing with the Securities and Exchange
 * Commission, TWA, which …" is TWA; the body filed with never speaks.
 */
const FILED_BEFORE = /^(?:in\s+)?(?:an?|its|the)\s+(?:filing|statement|letter|submission|notice|report)\s+(?:with|to)\s+[^,]+,\s*(?=\S)/i;
/** A relative clause after a source's words: "A member of the board which regulates the Farm Credit System" is the member. */
const RELATIVE_AFTER = /,?\s+(?:which|who|whom|whose)\s/;
/** Words before an adjunct that describe a speaker: a noun phrase with its article ("the mayor of Yartsevo"), not a participle ("Acting via his lawyers"). */
const ADJUNCT_HOLDER = /^\s*(?:the|a|an)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,6}\s*$/iu;
/** Who asked them, after the words of a source: "economists polled by Reuters", "a Fiat spokesman contacted by Reuters". */
const ASKED_BY = /,?\s+(?:polled|queried|contacted|surveyed|interviewed|questioned|reached|consulted|canvassed|quoted|cited)\s+by\s/;
/** Where a source's words were filed or published: "The suit, filed in U.S. District Court", "a study published in The Lancet". */
const FILED_IN = /,?\s+(?:filed|lodged|published|posted|printed|submitted)\s+(?:in|on|with|to|before)\s/;
/** An auxiliary at the end of words: a participle after it is a finite passive's. */
const FINITE_BEFORE = /\b(?:was|were|is|are|be|been|being|has|have|had)\s*$/i;
/** "by" (and "the") right before a name: the agent of a participle ("published … by the Royal Pharmaceutical Society"). */
const BY_BEFORE = /\sby\s+(?:the\s+)?$/i;
const CLAUSE = new RegExp(`\\s*,(?=\\s)|\\s+(?=(?:who|whom|whose|which)\\b)|${ASKED_BY.source}`);
/** Words that, alone, name no one: determiners, quantifiers, first-person possessives, adverbs that open a sentence, conjunctions ("upon learning"). */
const NO_NAME = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'our', 'your', 'one', 'another', 'other', 'others',
  'some', 'many', 'most', 'each', 'all', 'both', 'any', 'few', 'several', 'such', 'let', 'once', 'now', 'then', 'here', 'there',
  'upon', 'after', 'before', 'while', 'when', 'if', 'as', 'since', 'until', 'because', 'though', 'although',
  // Indefinite pronouns and the interjections of a transcript ("((Dorsa Derakhshani)) Yeah. They keep …").
  'nobody', 'everybody', 'everyone', 'somebody', 'someone', 'anybody', 'anyone', 'none', 'no one',
  'yeah', 'yes', 'no', 'ok', 'okay', 'well', 'oh', 'ah', 'um', 'uh', 'hmm', 'wow']);
/** The longest of them, in characters: a longer name is none of them. */
const NO_NAME_LENGTH = Math.max(...[...NO_NAME].map((w) => w.length));
/** A person's age after the name ("the princess, 67,"), not part of it. */
const AGE = /,\s*\d{1,3},?$/;

/** Honorifics written before a name. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Mme|Dr|Prof|Sir|Dame)\.?$/;

/** A name without the honorifics before it ("Mr Hancock" → "Hancock"; "Mr" alone stays). */
function withoutHonorific(name: string): string {
  const ws = name.split(/\s+/);
  let k = 0;
  while (k < ws.length - 1 && HONORIFIC.test(ws[k]!)) k++;
  return k ? ws.slice(k).join(' ') : name;
}

/** Proper-noun runs of the document, as mentions, when no entities layer exists. */
export function nameMentions(text: string, tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  let a = -1;
  const flush = (b: number) => {
    if (a < 0) return;
    // (An honorific before a name is none of it: "Mr. Xi" is the Xi named before.)
    while (a < b - 1 && HONORIFIC.test(text.slice(tokens[a]!.start, tokens[a]!.end))) a++;
    const s = tokens[a]!.start;
    const e = tokens[b - 1]!.end;
    const t = text.slice(s, e);
    // Capitalised, and no figure ("US$3.6") nor a day or a month ("Friday"): those name no one; nor does the pronoun "I"
    // the tagger read as a proper noun with the word after it ("I really").
    if (/^\p{Lu}/u.test(t) && !/\d/.test(t) && !CALENDAR.test(t) && !/^I\b/.test(t)) out.push({ start: s, end: e, text: t, name: t, type: 'NAME' });
    a = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'PROPN') {
      flush(i);
      continue;
    }
    const c = text[t.start]!;
    const cap = c !== c.toLowerCase();
    const joinable = a >= 0 && t.start - tokens[i - 1]!.end <= 1 && text[t.start - 1] !== '\n';
    if (cap) {
      if (a >= 0 && !joinable) flush(i);
      if (a < 0) a = i;
    } else flush(i);
  }
  flush(tokens.length);
  return out;
}

export function entityMentions(entities: readonly Entity[]): Mention[] {
  return entities.map((e) => {
    // (Fields set one by one, which costs less than spreading objects.)
    const m: { -readonly [K in keyof Mention]: Mention[K] } = { start: e.start, end: e.end, text: e.text, name: e.name ?? e.text, type: e.type };
    if (e.actor) m.actor = e.actor;
    if (e.chain !== undefined) m.chain = e.chain;
    // (People or bodies: coreference makes groups of countries and places too, from plural nouns far from them; and of
    // people it names, "the two presidents", typed as neither.)
    if (e.members !== undefined && (e.type === 'PER' || e.type === 'ORG' || e.memberNames?.length)) m.group = true;
    return m;
  });
}

function findLast<T>(xs: readonly T[], f: (x: T) => boolean): T | undefined {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i]!)) return xs[i];
  return undefined;
}

/** The last mention starting before offset that f accepts (mentions in text order): a search from there back, not from the end of a long document. */
function findLastBefore(mentions: readonly Mention[], offset: number, f: (m: Mention) => boolean): Mention | undefined {
  for (let i = firstStartingFrom(mentions, offset) - 1; i >= 0; i--) if (f(mentions[i]!)) return mentions[i];
  return undefined;
}

/** What a document's mentions are looked up by, made once per mentions list. */
interface MentionLookup {
  /** The mentions whose name or text ends with a word (lower case), in text order. */
  readonly byLastWord: ReadonlyMap<string, readonly Mention[]>;
  /** The mentions by position. */
  readonly index: SpanIndex<Mention>;
}
const lookups = new WeakMap<readonly Mention[], MentionLookup>();
const lastWordKey = (s: string) => s.trim().toLowerCase().split(/\s+/).pop()!;

/** Up to this many mentions a document's are scanned, not indexed: the index costs more than it saves. */
const SCAN_MAX = 64;

/** The mentions whose name or text may end with a word (lower case): all of a short list, else those the index holds. */
function endingWith(mentions: readonly Mention[], word: string): readonly Mention[] {
  return mentions.length <= SCAN_MAX ? mentions : lookupOf(mentions).byLastWord.get(word) ?? [];
}

function lookupOf(mentions: readonly Mention[]): MentionLookup {
  let l = lookups.get(mentions);
  if (!l) {
    const byLastWord = new Map<string, Mention[]>();
    for (const m of mentions) {
      for (const k of new Set([lastWordKey(m.name), lastWordKey(m.text)])) {
        const list = byLastWord.get(k);
        if (list) list.push(m);
        else byLastWord.set(k, [m]);
      }
    }
    l = { byLastWord, index: new SpanIndex(mentions) };
    lookups.set(mentions, l);
  }
  return l;
}

/**
 * The entities layer's mentions, completed by the proper-noun runs it does not cover (so a name
 * the recogniser missed can still be a speaker), in text order: the runs, in text order too, are
 * merged in after the entities that start where they do or before.
 */
export function mergeMentions(entities: readonly Mention[], names: readonly Mention[]): Mention[] {
  if (entities.length === 0) return [...names];
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  let j = 0;
  let next = 0;
  for (const n of names) {
    while (j < sorted.length && sorted[j]!.end <= n.start) j++;
    // Any entity overlapping the run? Entities are sorted by start; check the nearby ones.
    let hit = false;
    for (let k = Math.max(0, j - 2); k < sorted.length && sorted[k]!.start < n.end; k++) if (sorted[k]!.end > n.start) hit = true;
    if (hit) continue;
    while (next < sorted.length && sorted[next]!.start <= n.start) out.push(sorted[next++]!);
    out.push(n);
  }
  while (next < sorted.length) out.push(sorted[next++]!);
  return out;
}

const lastWord = (s: string) => s.split(/\s+/).pop()!.toLowerCase();

function stripDet(s: string): string {
  return s.replace(/[’']s$/, '').replace(DETERMINERS, '').trim();
}

export interface ResolveInput {
  readonly text: string;
  readonly source: Span;
  readonly mentions: readonly Mention[];
  /** Speakers already resolved, in text order, with where their source stood. */
  /**
   * Speakers before, in text order; `quoted`: one a medium relayed ("Xinhua quoted officials as saying"), whom no
   * pronoun goes on with (the medium is the one speaking; a person it quoted is still a person named before).
   */
  readonly previous: readonly { readonly at: number; readonly speaker: Speaker; readonly span?: Span | null; readonly quoted?: boolean }[];
  readonly titles: readonly string[];
  /** Whether the source is in someone's turn of a transcript or interview, where "they" are mostly people not named. */
  readonly inTurn?: boolean;
}

/** Whether words end with a word after white space of any kind ("Craig\nSloane", broken across a wire story's lines, ends with "sloane"). */
function endsWithWord(words: string, word: string): boolean {
  return words.length > word.length && words.endsWith(word) && /\s/.test(words[words.length - word.length - 1]!);
}

/**
 * The name these words are short for: the first earlier mention of more words that ends with
 * them (the person a story introduces first is the one its surname alone means: "Mendez" is
 * "Tony Mendez", not his wife "Jonna Mendez" named later), else the fullest fitting mention.
 */
function expandName(words: string, mentions: readonly Mention[], before: number): Mention | null {
  // ("Mr Hancock", as the recogniser may take it whole, is the Hancock named before.)
  const w = withoutHonorific(words).toLowerCase();
  let best: Mention | null = null;
  // (Of two as long, one with a code: "OPEC" in a headline is the OPEC of the body, IGOOPC, not the headline's own word.)
  const score = (m: Mention) => (m.start < before ? 1000 : 0) + m.name.length + (m.actor ? 0.5 : 0);
  // Only a mention whose name or text ends with the same last word can fit.
  for (const m of endingWith(mentions, lastWordKey(w))) {
    if (!mayEndWith(m.name, w) && !mayEndWith(m.text, w)) continue;
    const n = m.name.toLowerCase();
    const t = m.text.toLowerCase();
    // ("House" is a legislature's chamber, never the White House.)
    if (w === 'house' && (n === 'white house' || t.endsWith('white house'))) continue;
    // A group of people's name ends with its last member's ("Akram Pasha and Jaya", "Donald Trump, Nancy Pelosi" for
    // "two presidents"): no name of one, though the group's own words ("the two presidents") name the group. (A
    // group of bodies is often one body's name that the entity model split: "Federal Office of Industry"
    // and "Trade and Labour".)
    if (m.group && n !== w && (m.type === 'PER' || (m.type !== 'ORG' && t !== w))) continue;
    if (m.start < before && endsWithWord(n, w)) return m;
    const fits = n === w || t === w || endsWithWord(n, w) || endsWithWord(t, w);
    if (fits && (!best || score(m) > score(best))) best = m;
  }
  // A family name written first ("Xi" for "Xi Jinping", "Kim" for "Kim Jong Un"): the first earlier person
  // whose name opens with it.
  if ((!best || best.name.toLowerCase() === w) && !/\s/.test(w)) {
    const first = mentions.find((m) => m.start < before && m.type === 'PER' && !m.group && m.name.toLowerCase().startsWith(w + ' '));
    if (first) return first;
    // The first of two family names ("Rosselló" for "Ricardo Rosselló Nevares"): the first earlier person so named, for
    // a person's name (not "The Hunt group" for "Margaret Hunt Hill").
    const self = mentions[firstStartingFrom(mentions, before)];
    const paternal = self?.start === before && self.type === 'PER' ? paternalNames(mentions).get(w) : undefined;
    if (paternal && paternal.start < before) return paternal;
  }
  return best;
}

const paternalCache = new WeakMap<readonly Mention[], ReadonlyMap<string, Mention>>();
/** The first person named with each first of two family names, in lower case (read once per document's mentions). */
function paternalNames(mentions: readonly Mention[]): ReadonlyMap<string, Mention> {
  let m = paternalCache.get(mentions);
  if (!m) {
    const out = new Map<string, Mention>();
    for (const x of mentions) {
      if (x.type !== 'PER' || x.group) continue;
      const first = firstOfTwoSurnames(x.name)?.toLowerCase();
      if (first && !out.has(first)) out.set(first, x);
    }
    paternalCache.set(mentions, (m = out));
  }
  return m;
}

/**
 * Whether words, in lower case, may end with a lower-case word: not when their last character is ASCII and, lowered,
 * not the word's last (a test that costs less than lowering the words).
 */
function mayEndWith(words: string, lower: string): boolean {
  const c = words.charCodeAt(words.length - 1);
  if (!(c < 0x80) || lower === '') return true;
  return (c >= 0x41 && c <= 0x5a ? c + 0x20 : c) === lower.charCodeAt(lower.length - 1);
}

/**
 * Resolve, then drop the titles before a name ("Chancellor Angela Merkel" → "Angela Merkel"),
 * join its lines, and write a name set in capitals (a headline's "REAGAN") as the text
 * writes it elsewhere ("Reagan").
 */
export function resolveSpeaker(inp: ResolveInput): Speaker {
  const found = resolveRaw(inp);
  const sp = withinSource(capitalisedWord(inp, found) ?? found, inp.source);
  if (!sp.name) return sp;
  // Without a ticker in angle brackets ("Banca della Svizzera Italiana <BISZ.Z>"), a stray bracket or leading punctuation.
  const joined = unbracketed(sp.name.replace(/\s+/g, ' ').replace(AGE, '')).replace(/^[\s.,;:]+/, '').trim();
  // A word that names no one ("a", "these", "Some", "Now") is no name.
  if (!joined || (joined.length <= NO_NAME_LENGTH && NO_NAME.has(joined.toLowerCase()))) return { name: null };
  // An organisation keeps its whole name ("General Motors Corp" is no general's).
  let name = sp.org || ORG_ENDINGS.test(joined) || PEOPLE_APART_WORDS.test(joined) ? joined : dropTitles(joined, inp.titles);
  if (shouted(name)) {
    const lower = name.toLowerCase();
    const m = endingWith(inp.mentions, lastWordKey(lower)).find((x) => !shouted(x.text) && (x.text.toLowerCase() === lower || x.name.toLowerCase() === lower));
    if (m) name = m.name.toLowerCase() === lower ? m.name : m.text;
    // Else each word as the text writes it elsewhere ("ANALYSTS" → "analysts", "U.S. TREASURY" → "U.S. Treasury").
    else name = asWritten(inp.text, name) ?? name;
  }
  // A firm named by its founders' "'s" ("Heck's", "Standard and Poor's"), which the recogniser read without it or in pieces.
  // (As the subject of a verb of saying: "Heck's said"; "Reebok's proposed acquisition", "Unocal's posted price" are the firm's things.)
  const whole = sp.via === 'name' && SAYS_AFTER.test(inp.text.slice(inp.source.end, inp.source.end + 16))
    ? FOUNDERS_NAME.exec(inp.text.slice(inp.source.start, inp.source.end).trim()) : null;
  if (whole && whole[1]!.startsWith(name) && whole[0] !== name) name = whole[0];
  return copyOf(sp, name, true);
}

/** A verb of saying right after a subject. */
const SAYS_AFTER = /^\s+(?:also\s+)?(?:said|says|told|tells|added|adds|noted|declined|declines)\b/;
/** A source that is a name with "'s" and nothing after it, its words capitalised or "and" between them ("Heck's", "Standard and Poor's"). */
const FOUNDERS_NAME = /^(\p{Lu}[\p{L}.-]*(?:\s+(?:and|&|\p{Lu}[\p{L}.-]*))*)['’]s$/u;

/**
 * A word capitalised because it opens the sentence is no name the source names its speaker by:
 * "Legal and religious groups have also called for …" and "Company sources said …" speak as
 * those words, not as "Legal" or "Company". The name is one word in lower case but its first
 * letter ("FDA officials" keep "FDA"), without an actor code, the source's first, which opens
 * its sentence, and lower-case words follow it in the source ("Standard and Poor's" stays a name).
 */
function capitalisedWord(inp: ResolveInput, sp: Speaker): Speaker | null {
  const { text, source } = inp;
  if (sp.via !== 'name' || sp.actor || !sp.name || !/^\p{Lu}\p{Ll}+$/u.test(sp.name) || !text.startsWith(sp.name, source.start)) return null;
  if (!/^\s+(?!(?:and|or|of)\s+\P{Ll})\p{Ll}/u.test(text.slice(source.start + sp.name.length, source.end))) return null;
  if (!/(?:^|[.!?"“”]\s*|\n)\s*$/u.test(text.slice(Math.max(0, source.start - 3), source.start))) return null;
  return { name: stripDet(text.slice(source.start, source.end).replace(/\s+/g, ' ')), via: 'words' };
}

/** Descriptions that stand for a speaker named by another word of the same kind of role. */
const ROLE_KIN = new Map<string, RegExp>([
  ['diplomat', /\b(?:[Ff]oreign (?:[Mm]inister|[Ss]ecretary|[Mm]inistry)|[Ss]ecretary of [Ss]tate|[Aa]mbassador|[Ee]nvoy|[Dd]iplomat|[Cc]onsul)\b/],
  ['top diplomat', /\b(?:[Ff]oreign (?:[Mm]inister|[Ss]ecretary)|[Ss]ecretary of [Ss]tate)\b/],
  ['lawmaker', /\b(?:[Ss]enator|[Ss]en\.|[Rr]epresentative|[Rr]ep\.|[Cc]ongress(?:man|woman)|MP|[Ll]awmaker|[Ll]egislator)\b/],
  ['leader', /\b(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|[Kk]ing|[Qq]ueen|[Ee]mir|[Ss]ultan|[Ss]upreme [Ll]eader|[Ll]eader)\b/],
]);
/** An age or standing before a role ("the 70-year-old leader", "the veteran diplomat"). */
const AGED = /^(?:\d{1,3}-year-old|veteran|long-serving|longtime|embattled|outgoing)(?:\s+|$)/;
/** How far before the words a speaker's name was reached from its role may stand ("Chinese President " + "Xi Jinping"). */
const ROLE_BEFORE = 40;
/** How far back (characters) such a description reaches for its speaker. */
const KIN_REACH = 1500;
/** How such descriptions open (tested before their words' spaces are made one). */
const OPENS_THE = /^[Tt]he\s/;
/** "The UN chief", "the WHO head": an organisation's head, described. */
const HEAD_DESCRIPTION = /^[Tt]he\s+\S+\s+(?:chief|head|boss)$/;
/** The titles of an organisation's head, as the earlier source that named the head wrote them. */
const HEAD_TITLE = /\b(?:Secretary[- ]General|Director[- ]General|[Cc]hief|[Hh]ead|President|Chairman|Chairwoman|Chair)\b/;

/**
 * "The UN chief" (as agencies name the Secretary-General again): the last earlier speaker named with a
 * head's title whose actor code is the organisation's ("UN Secretary-General António Guterres", IGOUNO).
 */
function organisationHead(inp: ResolveInput, raw: string): Speaker | null {
  if (!OPENS_THE.test(raw) || !HEAD_DESCRIPTION.test(raw.replace(/\s+/g, ' '))) return null;
  const { source, mentions } = inp;
  const org = mentions.find((x) => x.start >= source.start && x.end <= source.end && x.type === 'ORG' && x.actor)?.actor;
  if (!org) return null;
  return earlierNamed(inp, (p, words) => p.speaker.actor === org && !p.speaker.org && HEAD_TITLE.test(words));
}

/** Such a description with its country's adjective: "the top Russian diplomat", "the Russian top diplomat", "the Indian minister". */
const COUNTRY_KIN = /^[Tt]he\s+(?:(top)\s+)?\p{Lu}[\p{L}-]+\s+(?:(top)\s+)?(diplomat|lawmaker|leader|minister|president|premier)$/u;
/** The roles of such descriptions: those of ROLE_KIN, and offices a country has one or a few of. */
const COUNTRY_ROLE_KIN = new Map<string, RegExp>([
  ...ROLE_KIN,
  ['minister', /\b(?:[Mm]inister|[Ss]ecretary)\b/],
  ['president', /\b[Pp]resident\b/],
  ['premier', /\b(?:[Pp]remier|[Pp]rime [Mm]inister)\b/],
]);

/**
 * "The top Russian diplomat" (TASS's way of naming the foreign minister again), "the Indian minister": the last earlier
 * speaker named by a role of that kind (COUNTRY_ROLE_KIN), of the same country as the description's own actor code;
 * else, with such a code, the last person of that country named before with that role written before the name
 * ("talks with Indian External Affairs Minister Subrahmanyam Jaishankar").
 */
function countryKin(inp: ResolveInput, raw: string): Speaker | null {
  const m = OPENS_THE.test(raw) ? COUNTRY_KIN.exec(raw.replace(/\s+/g, ' ')) : null;
  const kin = m && COUNTRY_ROLE_KIN.get(m[1] || m[2] ? `top ${m[3]}` : m[3]!);
  if (!kin) return null;
  const { text, source, mentions } = inp;
  const own = mentions.find((x) => x.start >= source.start && x.end <= source.end && x.actor)?.actor;
  // (An office many hold, "the Russian president" among "Presidents Putin and Rouhani", only by its country's code, and one
  // person; not where the mention of the description already names its holder, which step 1 reads.)
  if (!ROLE_KIN.has(m[3]!) && (!own || mentions.some((x) => x.start >= source.start && x.end <= source.end && x.type === 'PER' && x.name !== x.text))) return null;
  const spoke = earlierNamed(inp, (p, words) => p.speaker.name !== null && !p.speaker.group && kin.test(words) && (!own || p.speaker.actor?.slice(0, 3) === own.slice(0, 3)));
  if (spoke || !own) return spoke;
  const named = findLastBefore(mentions, source.start, (x) => x.type === 'PER' && x.end <= source.start && source.start - x.end <= KIN_REACH
    && x.actor?.slice(0, 3) === own.slice(0, 3) && kin.test(text.slice(Math.max(0, x.start - ROLE_BEFORE), x.start)));
  if (!named) return null;
  const full = expandName(named.name, mentions, named.start) ?? named;
  return via(asSpeaker(named, full.name, full.actor ?? named.actor), 'earlier');
}

/**
 * The last earlier speaker, within KIN_REACH before the source, that `fits` (given the words of its source before
 * any apposition or relative clause), as reached from those words.
 */
function earlierNamed(inp: ResolveInput, fits: (p: ResolveInput['previous'][number], words: string) => boolean): Speaker | null {
  const { text, source, previous } = inp;
  const named = findLast(previous, (p) => !!p.span && p.span.end <= source.start && source.start - p.span.end <= KIN_REACH
    && fits(p, text.slice(p.span.start, p.span.end).split(CLAUSE)[0]!));
  return named ? via(named.speaker, 'earlier', named.span) : null;
}

/** Company forms, the last word of a firm's name ("Inc", "Corp"). */
const COMPANY_FORMS = ['corp', 'corporation', 'inc', 'ltd', 'co', 'plc', 'llc', 'ag', 'sa', 'nv', 'gmbh'];
const lastWordOf = (words: readonly string[]) => new RegExp(`\\b(?:${words.join('|')})\\.?$`, 'i');
/** The end of a firm's name: a company form, or a partnership's "and Sons", "et Cie". */
const COMPANY_FORM = lastWordOf([...COMPANY_FORMS, 'sons', 'cie']);
/** Last words of organisation names: company forms and the organisation nouns. */
const ORG_ENDINGS = lastWordOf([...COMPANY_FORMS, ...ORG_NOUNS]);

/** The first mention of a mention's coreference chain, before it, that writes its name's last word ("Putin" for "the Russian president"). */
function namingMention(mentions: readonly Mention[], m: Mention): Mention | undefined {
  if (m.chain === undefined) return undefined;
  const word = lastWord(m.name);
  // (A scan of the list: asked for a few times a document, a table of the chains cost more to make than it saved.)
  return mentions.find((x) => x.chain === m.chain && x.start < m.start && x.text.toLowerCase().includes(word));
}

/** A speaker being built (asSpeaker, via: fields set one by one, which costs less than spreading objects). */
type SpeakerFields = { -readonly [K in keyof Speaker]: Speaker[K] };

/** A mention as a speaker: its name and actor code (or those given), marked when it is an organisation, and where it stands. */
function asSpeaker(m: Mention, name = m.name, actor = m.actor): Speaker {
  const sp: SpeakerFields = { name };
  if (actor) sp.actor = actor;
  if (m.type === 'ORG') sp.org = true;
  if (m.group) sp.group = true;
  sp.from = { start: m.start, end: m.end };
  return sp;
}

/**
 * A copy of a speaker's fields, as a spread would copy them, but with the name given and, unless `from`, without
 * where it was reached from (set one by one, which costs less than spreading objects).
 */
function copyOf(sp: Speaker, name: string | null, from: boolean): SpeakerFields {
  const out: SpeakerFields = { name };
  if ('actor' in sp) out.actor = sp.actor;
  if ('via' in sp) out.via = sp.via;
  if (from && 'from' in sp) out.from = sp.from;
  if ('org' in sp) out.org = sp.org;
  if ('group' in sp) out.group = sp.group;
  return out;
}

/** A speaker reached another way: how, and from which words. */
function via(sp: Speaker, how: SpeakerVia, from?: Span | null): Speaker {
  const at = from === null ? undefined : from ?? sp.from;
  const out = copyOf(sp, sp.name, false);
  out.via = how;
  if (at) out.from = at;
  return out;
}

/** No "from" where the name was found inside the source's own words. */
function withinSource(sp: Speaker, source: Span): Speaker {
  if (!sp.from || sp.from.start < source.start || sp.from.end > source.end) return sp;
  return copyOf(sp, sp.name, false);
}

/** Nouns of people and bodies that speak ("according to police, who said", "the party, which describes itself"). */
const SPEAKING_NOUNS = new Set([...ORG_NOUNS, 'police', 'government', 'party', 'official', 'officials', 'authorities', 'spokesman', 'spokeswoman',
  'spokesperson', 'researchers', 'scientists', 'experts', 'analysts', 'witnesses', 'residents', 'investigators', 'prosecutors', 'lawyers', 'activists',
  'dealers', 'traders', 'economists', 'bankers', 'diplomats', 'sources', 'executives', 'observers', 'critics', 'negotiators', 'aides', 'advisers',
  'governors', 'ministers', 'leaders', 'members', 'delegates', 'lawmakers', 'legislators', 'senators', 'unions', 'churches', 'groups', 'banks',
  'companies', 'producers', 'exporters', 'importers', 'farmers', 'workers', 'buyers', 'investors', 'shareholders', 'creditors', 'protesters',
  'doctors', 'officers', 'questioner', 'panel', 'report', 'reports', 'study', 'survey', 'statement', 'letter']);

/**
 * A relative pronoun right after a speaking noun no name stands for ("according to police, who
 * said"; "the finance ministry, which"): that noun phrase's own words. (Read as a source of its
 * own, "the party" may come out as the person an earlier description held the word for.)
 */
function nounBeforeRelative(inp: ResolveInput): Speaker | null {
  const before = /(?:^|[^\p{L}'’-])((?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther)\s+(?:[\p{Ll}'’-]+\s+)?)?(\p{Ll}+))\s*,?\s*$/u.exec(inp.text.slice(Math.max(0, inp.source.start - 80), inp.source.start));
  if (!before || !SPEAKING_NOUNS.has(before[2]!)) return null;
  const start = inp.source.start - before[0].length + before[0].indexOf(before[1]!);
  return { name: stripDet(before[1]!), via: 'relative', from: { start, end: start + before[1]!.length } };
}

/** Whether a speaker is many, as "they" is: a group, a body, or people named by a plural noun ("the researchers"), never one named person. */
function many(sp: Speaker): boolean {
  // (People named by a plural noun, "the sources", also when the name is that of an earlier source: "oil industry sources",
  // or an actor's people the actor stage coded: "Bangladesh port officials".)
  return sp.group === true || (sp.org === true && !sp.actor?.endsWith('MED')) || ((sp.via === 'words' || sp.via === 'earlier') && PLURAL_NOUN.test(sp.name ?? ''))
    || (sp.via === 'name' && KIND_OF_MANY.test(sp.name ?? ''));
}

/** How far back (characters) the body or document an "it" stands for may have been quoted. */
const IT_REACH = 600;
/** A document's words for it: "the statement", "the sela document", "the Association's letter". */
const DOCUMENT_HEAD = /\b(?:statement|report|document|letter|study|survey|communique|communiqué|release|declaration|paper|memo|filing|ruling|decision)$/i;
/** A name in capitals but for its article ("U.S. Mint"), a body's when it has initials or ends with an organisation's noun. */
const NAMED_BODY = /^(?:[\p{Lu}][\p{L}.'’&-]*\s+)*[\p{Lu}][\p{L}.'’&-]*$/u;
/** Initials in a name: "U.S.", "EC", "OPEC". */
const INITIALS = /(?:^|\s)(?:\p{Lu}\.){2,}|\b\p{Lu}{2,}\b/u;

/** Many of a kind, named by a word before a plural noun in lower case: "Japanese exporters", "German firms". */
const KIND_OF_MANY = /\s\p{Ll}[\p{L}-]*[^siu'’]s$/u;

/** The organisation an "it" or "the company" stands for: the last one quoted, else the last one named that no source talked to. */
function organisation(text: string, source: Span, mentions: readonly Mention[], previous: ResolveInput['previous']): Speaker | null {
  // (One organisation, not many of them named by their kind: "Japanese exporters said … The firm said" is not they.)
  const quoted = findLast(previous, (p) => p.at < source.start && p.speaker.org === true && !p.quoted && !KIND_OF_MANY.test(p.speaker.name ?? ''));
  if (quoted) return via(quoted.speaker, 'organisation', quoted.span ?? undefined);
  const named = findLastBefore(mentions, source.start, (m) => m.end <= source.start && m.type === 'ORG' && !KIND_OF_MANY.test(m.text) && !addressed(text, m));
  return named ? asSpeaker(named) : null;
}

/**
 * Whether an earlier source's words hold a description's words ("the spokesman", "the agency") as what they
 * name: as their head ("a spokesman for TRW"; "agency officials" is no "the agency"), in a name ("the Bank of
 * England" for "the bank"; "figures released by the Kenya Statistics Bureau" for "the bureau", also the last
 * word of the speaker's name), as a title before a name ("Archbishop Jorge Scheinig" for "the archbishop"), or
 * as who make up a team ("a team of researchers"). Only the words before an apposition count: "the government"
 * is not "Ramon Diaz, chairman of the Commission on Good Government".
 */
function describes(words: readonly string[], sourceWords: string, name: string): boolean {
  // (Each word is one of the source's: a test that costs less than splitting them.)
  const lower = sourceWords.toLowerCase();
  if (!words.every((w) => lower.includes(w))) return false;
  const cased = sourceWords.split(CLAUSE)[0]!.replace(/\([^()]*\)/g, ' ').split(/[\s,]+/).filter(Boolean);
  const ws = cased.map((w) => w.toLowerCase());
  if (!words.every((w) => ws.includes(w))) return false;
  const word = words[words.length - 1]!;
  const upper = (i: number) => /^\p{Lu}/u.test(cased[i] ?? '');
  // (A preposition inside a name, "Council for Economic Planning", ends no head.)
  const of = ws.findIndex((w, i) => i > 0 && ((HEAD_ENDS.has(w) && !(upper(i - 1) && upper(i + 1))) || PARTICIPLE.test(cased[i]!)));
  const head = (of > 0 ? ws.slice(0, of) : ws).pop()?.replace(/[’']s$/, '');
  const at = ws.indexOf(word);
  // (In a name: among capitalised words, not only capitalised to open a sentence, "Agency officials said".)
  const inName = upper(at) && (upper(at - 1) || upper(at + 1) || (NAME_JOINS.has(ws[at + 1] ?? '') && upper(at + 2)));
  return head === word || inName || lastWord(name) === word || upper(at + 1) || (COLLECTIVE.has(head ?? '') && ws[of] === 'of' && at > of);
}

export function dropTitles(name: string, titles: readonly string[]): string {
  const words = name.split(/\s+/);
  if (words.length < 2) return name;
  let cut = -1;
  // (A title's last word: a title, or a word a title ends with after a space.)
  const { last } = titleSets(titles);
  for (let i = 0; i < words.length - 1; i++) {
    if (/^\p{Lu}/u.test(words[i + 1]!) && last.has(words[i]!.toLowerCase())) cut = i;
  }
  return cut >= 0 ? words.slice(cut + 1).join(' ') : name;
}

function resolveRaw(inp: ResolveInput): Speaker {
  const { text, source, mentions, previous, titles } = inp;
  const filedBefore = FILED_BEFORE.exec(text.slice(source.start, source.end));
  if (filedBefore) return resolveRaw({ ...inp, source: { start: source.start + filedBefore[0].length, end: source.end } });
  const raw = text.slice(source.start, source.end).trim();
  const lower = raw.toLowerCase();
  const bare0 = stripDet(raw).toLowerCase();
  const described = DETERMINERS.test(raw) && endsWithTitle(bare0, titles);
  // 1. A mention inside the source span: the longest person or organisation. A
  // description ("the Russian president") counts only through a mention of all of
  // it (coreference), not through its adjective ("Russian").
  // A possessor ("his publicist", "Trump’s spokeswoman") says whose, not who.
  const kinned = countryKin(inp, raw) ?? organisationHead(inp, raw);
  if (kinned) return kinned;
  // (A plural pronoun's coreference, the organisation the coreference stage found for "they", is too often
  // wrong, "the Presidential Medal of Freedom" or "Earth": the pronoun rule below reads it instead.)
  const plural = PLURAL.has(lower);
  const named = mentions.slice(firstStartingFrom(mentions, source.start), firstStartingFrom(mentions, source.end)).filter((m) => m.end <= source.end
    && (m.type === 'PER' || m.type === 'ORG' || m.type === 'NAME') && (!described || m.end >= source.end) && !possessor(text, m, source) && !modifier(text, m, source) && !apart(text, m, source)
    && !titleOnly(m, titles) && !(plural && m.type === 'ORG'));
  // A name in an adjunct after the source's own words ("a WeWork spokesperson when contacted by Reuters",
  // "Richardson, via USA Today") tells the circumstances, not who: the names before it, when there are some.
  // Whoever asked them ("economists polled by Reuters") never speaks: the names before, or none.
  const words = text.slice(source.start, source.end);
  const asked = ASKED_BY.exec(words);
  // So does a court or a journal where the words were filed or published ("The suit, filed in U.S. District Court"), after
  // a few words of one line naming them.
  const filed = FILED_IN.exec(words);
  const adjunct = asked ?? (filed && /^[^\n.;:]*$/.test(words.slice(0, filed.index)) && words.slice(0, filed.index).split(/\s+/).length <= 8 ? filed : null) ?? ADJUNCT.exec(words) ?? RELATIVE_AFTER.exec(words);
  const before = adjunct ? named.filter((m) => m.end <= source.start + adjunct.index) : [];
  // Nor does the body words were filed with or published in ("proxy material the company filed with the Securities and
  // Exchange Commission" is no SEC's); who published them does ("a survey published in 2017 by the Royal Pharmaceutical Society").
  // (A participle of a reduced relative, not a finite passive's: "Reagan's own budget was submitted in January but Congress".)
  const filedIn = adjunct !== null && adjunct === filed && !FINITE_BEFORE.test(words.slice(0, adjunct.index));
  const agents = filedIn && !before.length ? named.filter((m) => m.start > source.start + adjunct.index && BY_BEFORE.test(text.slice(Math.max(source.start, m.start - 8), m.start))) : [];
  // A description before the adjunct, with no name in it, is still who speaks: "the mayor of Yartsevo via news agency
  // Interfax" is the mayor (of Yartsevo), not Interfax, which relays the words.
  // So is what the words before a filing's adjunct name ("proxy material the company" + "filed with the SEC").
  if (adjunct && !asked && !before.length && !agents.length && (ADJUNCT_HOLDER.test(words.slice(0, adjunct.index)) || filedIn)) {
    return resolveRaw({ ...inp, source: { start: source.start, end: source.start + adjunct.index } });
  }
  // (Nor does a name in a relative clause after them: "Wrightson Economics, a research firm which drew its data from U.S.
  // Treasury reports" is no Treasury's, whatever the recogniser made of the firm's name.)
  const relative = adjunct !== null && adjunct !== asked && adjunct !== filed && RELATIVE_AFTER.test(adjunct[0]) && adjunct.index > 0;
  const inside = before.length || asked || relative ? before : filedIn ? agents : named;
  const joint = jointSpeaker(inp, inside) ?? peopleTogether(inp, inside);
  if (joint) return via(joint, 'name', null);
  // "S and P": a name whose other half the tagger read as a common noun.
  if (inside.length === 1 && /^\s+(?:and|&)\s+\p{Lu}[\p{L}.]*$/u.test(text.slice(inside[0]!.end, source.end))) {
    return { name: text.slice(inside[0]!.start, source.end).replace(/\s+/g, ' '), via: 'name' };
  }
  // "News 12", "Channel 4": a station's number, which the recogniser left out of its name.
  if (inside.length === 1 && inside[0]!.type !== 'PER' && /^\s+\d{1,4}$/.test(text.slice(inside[0]!.end, source.end))) {
    return { name: text.slice(inside[0]!.start, source.end).replace(/\s+/g, ' '), via: 'name' };
  }
  const longest = (ms: Mention[]) => ms.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  // A recognised person before a bare proper-noun run ("Chairman An Wang": An Wang, not "Chairman").
  // A person named before an apposition is the speaker, not the names in it ("Hatice Cengiz, fiancée of journalist
  // Jamal Khashoggi, addressed reporters").
  const people = inside.filter((m) => m.type === 'PER');
  const first = people.length > 1 ? people.reduce((a, b) => (b.start < a.start ? b : a)) : undefined;
  const apposed = first && /^\s*,/.test(text.slice(first.end, source.end)) ? first : undefined;
  // (An acronym in brackets after a name is that name's: "the World Health Organization (WHO)".)
  const bracketed = (m: Mention) => inside.some((o) => o !== m && o.end <= m.start && /^\s*\(\s*$/.test(text.slice(o.end, m.start)));
  // An organisation's head read apart from what it is "of" or "for" ("the Turkish Ministry" + "Foreign Affairs",
  // "Center" + "Biological Diversity"): the head speaks, under the whole name unless it has an actor's.
  const complementOf = (m: Mention) => inside.find((o) => o !== m && o.start >= m.end && OF_BETWEEN.test(text.slice(m.end, o.start)));
  const headOf = (m: Mention) => inside.find((o) => o !== m && o.type === 'ORG' && o.end <= m.start && OF_BETWEEN.test(text.slice(o.end, m.start)) && ORG_HEAD.test(o.text));
  // So is any name that opens the source before an apposition ("SAFT, a unit of Cie Generale d'Electricite of
  // France": SAFT, whatever the names in the apposition are), unless a person's name ends the source after a
  // comma, the name of the apposition's title ("…, the president of the league, Jamel Msallem"). ("AFP, the
  // United Nations and the United States" is a list: a name after "the" opens no apposition.)
  const opening = inside.length > 1 ? inside.reduce((a, b) => (b.start < a.start ? b : a)) : undefined;
  const closing = inside.length > 1 ? inside.reduce((a, b) => (b.end > a.end ? b : a)) : undefined;
  const titled = closing && closing.type === 'PER' && /^[\s.]*$/.test(text.slice(closing.end, source.end)) && /,\s*$/.test(text.slice(source.start, closing.start));
  // (So does a name before the examples it is given: "German firms including Deutsche Bahn, … and Siemens".)
  const opens = opening && !titled && /^(?:the\s+)?$/i.test(text.slice(source.start, opening.start))
    && (/^\s*,\s*(?!the\s+\p{Lu})\p{Ll}/u.test(text.slice(opening.end, source.end)) || EXAMPLES_AFTER.test(text.slice(opening.end, source.end))) ? opening : undefined;
  // A person after a title that ends the source is who speaks, not a firm before the title that the recogniser read as a
  // person too ("Dean Witter analyst Karen Gibbs", "Drexel Burnham Lambert analyst Norman Mains").
  const afterTitle = closing && people.length > 1 && closing.type === 'PER' && /^[\s.]*$/.test(text.slice(closing.end, source.end))
    && endsWithTitleOrTrade(text.slice(source.start, closing.start), titles) ? closing : undefined;
  const chosen = opens ?? apposed ?? afterTitle ?? longest(people) ?? longest(inside.filter((m) => m.type === 'NAME' && !bracketed(m))) ?? longest(inside.filter((m) => !bracketed(m) && !headOf(m))) ?? longest(inside);
  const whole = chosen && chosen.type === 'ORG' && !chosen.actor && ORG_HEAD.test(chosen.text) ? complementOf(chosen) : undefined;
  const person = whole ? { ...chosen!, end: whole.end, text: text.slice(chosen!.start, whole.end), name: text.slice(chosen!.start, whole.end).replace(/\s+/g, ' ') } : chosen;
  // The role the apposition gives a person named first, where it is all of the apposition's head ("Robertson, the U.S.
  // commander": USAMIL; "James Kennedy, the U.S. Attorney for …", which the recogniser makes an organisation: USAJUD),
  // or an organisation's office ("Thomas Zurbuchen, NASA's associate administrator": USAGOV).
  const head = first ?? people[0];
  const role = head && chosen === head && !head.actor && /^\s*,/.test(text.slice(head.end, source.end))
    ? mentions.slice(firstStartingFrom(mentions, head.end), firstStartingFrom(mentions, source.end)).find((m) => m.actor && m.end <= source.end && /^\s*,\s*(?:(?:the|a|an)\s+)?$/i.test(text.slice(head.end, m.start))
      && ((m.type === 'PER' && !/^['’]s\b/.test(text.slice(m.end, m.end + 3))) || (m.type === 'ORG' && (PERSON_TITLE_END.test(m.text) || OFFICE_OF_OWNER.test(text.slice(m.end, source.end))))))
    : undefined;
  if (person) {
    // A leader's administration or campaign speaks in the leader's name, but is not the leader: "the Trump
    // administration" is "Trump administration", with his code; "Biden campaign officials" too.
    const body = person.type === 'PER' ? LEADER_BODY.exec(text.slice(person.end, source.end)) : null;
    if (body) {
      const words = text.slice(person.start, person.end + body[0].length).replace(/\s+/g, ' ');
      // (A campaign is party politics, not the office: "the Trump campaign" is USAPTY, not USAGOV.)
      const actor = person.actor && /\bcampaign\b/.test(body[0]) ? campaignOf(person.actor) : person.actor;
      return { name: words, ...(actor ? { actor } : {}), via: 'name' };
    }
    const byWord = person.name === person.text ? orgByWord(stripDet(person.text), mentions, person.start) : null;
    if (byWord) return via(byWord, 'earlier');
    // A name from coreference ("He" → "Mendez") is expanded as a name in the text would be.
    const full = person.name !== person.text && /\s/.test(person.name) ? person : expandName(person.name, mentions, person.start) ?? person;
    const org = orgByWord(full.name, mentions, person.start);
    if (org) return via(org, 'earlier');
    if (person.name !== person.text && !person.text.toLowerCase().includes(lastWord(person.name))) {
      const described = PERSONAL.has(lower) ? describedSince(inp, person, lower === 'she' || lower === 'her') : null;
      if (described) return via(described.speaker, 'pronoun', described.span ?? undefined);
      const named = namingMention(mentions, person);
      return via(asSpeaker(person, full.name, full.actor ?? person.actor), 'coreference', named ? { start: named.start, end: named.end } : null);
    }
    // One who speaks for a person is not that person, but speaks in their name, with their code: "A spokeswoman for
    // Neumann" is "spokeswoman for Adam Neumann", "A close aide to Nakasone" "aide to Yasuhiro Nakasone".
    const agent = person.type === 'PER' ? SPEAKS_FOR_PERSON.exec(text.slice(Math.max(source.start, person.start - 40), person.start)) : null;
    if (agent) {
      const actor = full.actor ?? person.actor;
      return { name: `${agent[1]!.toLowerCase().replace(/\s+/g, ' ')} ${full.name}`, ...(actor ? { actor } : {}), via: 'name', from: { start: person.start, end: person.end } };
    }
    return via(asSpeaker(person, full.name, full.actor ?? person.actor ?? role?.actor), 'name', full !== person ? { start: full.start, end: full.end } : null);
  }
  // A country or place as the whole source ("Britain said"): its own name and code.
  const near = mentions.length <= SCAN_MAX ? mentions
    : lookupOf(mentions).index.overlapping({ start: source.start, end: source.start + 5 });
  const place = near.find((m) => m.type === 'LOC' && m.start <= source.start + 4 && m.end >= source.end && stripDet(text.slice(source.start, source.end)).length <= m.end - m.start);
  // (Not a place coreference found for "they": "industry sources said … They said" is not "Tokyo", nor is "Officials of
  // five Thai banks …, banking sources said. They said …" Bangkok, the dateline's city; "… other industrial countries like
  // West Germany and Japan, they say" is not they; in an interview, "they don't recognise Israel as a country" is not
  // Israel. The pronoun rule below reads "they".)
  if (place && (place.name !== place.text || place.actor) && !plural) return via(asSpeaker(place), 'name', null);
  // "it" (and "its"): an organisation. A relative pronoun: the name right before it ("Acme Corp, which said").
  if (IT.has(lower)) {
    const o = organisation(text, source, mentions, previous);
    // (In someone's turn, an "it" stands for a thing, not for an organisation named before its paragraph: "it showed that
    // the collagen was degraded", "It quickly grew too slow", with "IRC" or "SPHERE" named in answers before.)
    if (o && inp.inTurn && text.lastIndexOf('\n', source.start) > (o.from?.start ?? -1)) return { name: null };
    if (o) return via(o, 'organisation');
    // With no organisation known, a body or a document quoted shortly before by its own words, which the recogniser did not
    // name: "The U.S. Mint said it is seeking offers … It said selling offers will be due …", "the sela document stresses.
    // It notes …".
    const thing = inp.inTurn ? null : findLast(previous, (p) => p.at < source.start && source.start - p.at <= IT_REACH && !p.quoted);
    return thing?.speaker.name && thing.speaker.via === 'words' && !many(thing.speaker)
      && (DOCUMENT_HEAD.test(thing.speaker.name) || (NAMED_BODY.test(thing.speaker.name) && (ORG_HEAD.test(thing.speaker.name) || INITIALS.test(thing.speaker.name))))
      ? via(thing.speaker, 'earlier', thing.span) : { name: null };
  }
  // ("WHO" in capitals is the World Health Organization, no relative pronoun.)
  if (RELATIVES.has(lower) && raw !== raw.toUpperCase()) {
    // Right before it, else the last fitting name of its sentence ("Woolworth Co, once a dime store chain, which said").
    const fitsRel = (x: Mention) => x.type === 'NAME' || (lower === 'who' || lower === 'whom' ? x.type === 'PER' : x.type === 'ORG');
    // (Not a name further back where a common noun that is no apposition of it stands right before the pronoun: "leniency
    // from Fields' lawyers, who argued" is the lawyers, "welcomed a Monday court ruling, which rejected" the ruling.)
    const mayReach = (x: Mention) => {
      const gap = text.slice(x.end, source.start);
      return !/\p{Ll}\s*,?\s*$/u.test(gap) || /^\s*,(?!\s*(?:and|or|but)\b)[^,]+,\s*$/.test(gap);
    };
    // (A place only as a country that speaks, and never as "who": "the United States, which accuses him", not "a plant in
    // Ohio, which", nor the end of a name or the topic: "the Supreme Court of the United States, which", "a report on Turkey, which".)
    const country = lower !== 'who' && lower !== 'whom';
    const speaksAsPlace = (x: Mention) => country && COUNTRY_CODE.test(x.actor ?? '') && !OF_OR_ON.test(text.slice(Math.max(0, x.start - 8), x.start));
    const m = findLastBefore(mentions, source.start, (x) => x.end <= source.start && /^[\s,]*$/.test(text.slice(x.end, source.start)) && (x.type !== 'LOC' || speaksAsPlace(x)))
      ?? findLastBefore(mentions, source.start, (x) => x.end <= source.start && source.start - x.end < RELATIVE_REACH && fitsRel(x) && !/[.!?]\s/.test(text.slice(x.end, source.start)) && mayReach(x));
    if (!m) return nounBeforeRelative(inp) ?? { name: null };
    const full = m.name !== m.text || m.type === 'LOC' ? m : expandName(m.text, mentions, m.start) ?? m;
    return via(asSpeaker(m, full.name, full.actor ?? m.actor), 'relative');
  }
  // 2. Pronouns: the later of the last speaker and the last person mentioned before
  // (a bare proper-noun run stands for a person only when it has two words or more).
  if (PERSONAL.has(lower) || PLURAL.has(lower)) {
    // (In someone's turn of an interview, "they" stands for a group quoted shortly before, if any: further back
    // they are mostly people the speaker has not named.)
    const gender = lower === 'she' || lower === 'her' ? 'f' : 'm';
    const genderOf = pronounGenders(mentions);
    // (The pronoun earlier quotes gave each name, looked up once a name: the searches below ask for a name again and again.)
    const saidGenders = new Map<string, 'f' | 'm' | undefined>();
    const said = (name: string) => {
      if (!saidGenders.has(name)) saidGenders.set(name, saidAs(text, previous, name));
      return saidGenders.get(name);
    };
    const reach = inp.inTurn ? TURN_PLURAL_REACH : PLURAL_SPEAKER_REACH;
    let prevSpeaker = findLast(previous, (p) => p.at < source.start && p.speaker.name !== null && !p.quoted
      && (plural ? many(p.speaker) && source.start - p.at <= reach
        : !p.speaker.group && !OWNED_THING.test(p.speaker.name!) && (genderOf.get(p.speaker.name!) ?? said(p.speaker.name!) ?? gender) === gender));
    // (People named by a plural noun, quoted within reach, go before an organisation quoted since, one not itself named as
    // many, "US authorities": "…, according to sugar analysts. …, according to figures received by the International Sugar
    // Organization. …, they said" is the analysts.)
    if (plural && prevSpeaker?.speaker.org && !prevSpeaker.speaker.group && !KIND_OF_MANY.test(prevSpeaker.speaker.name ?? '')) {
      const people = findLast(previous, (p) => p.at < source.start && p.speaker.name !== null && !p.quoted && !p.speaker.org && many(p.speaker) && source.start - p.at <= reach);
      if (people) prevSpeaker = people;
    }
    // (An organisation only when named near: in an interview "they" are mostly people the speaker has not named.)
    // (An organisation that opens its sentence, its subject, not one the sentence merely names; and no news
    // medium, which reports what "they" say.)
    // (Not a person the text says is of the other gender: "he" is not "his daughter Dylan Farrow".)
    // (Nor one for whom coreference read a pronoun of the other gender, speaker or not: "Jo Walton explained …, she said" is no "his".)
    const fits = (m: Mention) => plural
      ? m.type === 'ORG' && source.start - m.end <= PLURAL_REACH && opensSentence(text, m) && !m.actor?.endsWith('MED')
      : (m.type === 'PER' || (m.type === 'NAME' && !prevSpeaker && /\s/.test(m.text))) && (statedGender(text, m.start, m.text) ?? genderOf.get(m.name) ?? said(m.name) ?? gender) === gender
        && !namesSomeoneElse(text, m);
    const prevPerson = findLastBefore(mentions, source.start, (m) => m.end <= source.start && fits(m));
    // "Industry analysts said Acme controls most of the market. They said …": "they" goes on in the voice of the many
    // quoted shortly before, not of an organisation named since.
    const quotedNear = plural && prevSpeaker && source.start - prevSpeaker.at <= PLURAL_REACH;
    if (prevPerson && (!prevSpeaker || prevPerson.start > prevSpeaker.at) && !quotedNear) {
      const full = expandName(prevPerson.name, mentions, prevPerson.start) ?? prevPerson;
      return { name: full.name, ...(full.actor ? { actor: full.actor } : {}), via: 'pronoun', from: { start: prevPerson.start, end: prevPerson.end } };
    }
    if (prevSpeaker) return via(prevSpeaker.speaker, 'pronoun', prevSpeaker.span ?? undefined);
    return { name: null };
  }
  if (FIRST.has(lower)) return { name: null };
  // The words before an apposition or a relative clause ("The aide, who" → "aide"), after a heading's
  // colon ("Java Sea: All three nations"), without the time written after them ("The website
  // yesterday", "State media on Saturday"); a day, a time or a figure ("21") names no one.
  const bare = stripDet(withoutTimeAfter(raw.split(CLAUSE)[0]!.split(/:\s+/).pop()!));
  if (CALENDAR.test(bare) || TIME_ALONE.test(bare) || /^\p{N}[\p{N}.,]*$/u.test(bare)) return { name: null };
  const bareLower = bare.toLowerCase();
  // "One official", "another diplomat", "one of the sources": one of the many quoted shortly before by those words
  // ("Egyptian officials said … One official said"), who speak for the same.
  // So are "officials" alone, written again a few sentences on ("U.S. officials said … Officials said").
  const oneOf = ONE_OF.exec(raw) ?? MANY_AGAIN.exec(raw);
  if (oneOf) {
    const many = oneOf[1]!.toLowerCase().replace(/s?$/, 's');
    const group = findLast(previous, (p) => !!p.span && p.span.start < source.start && source.start - p.span.end <= ONE_OF_REACH && p.speaker.name !== null
      && text.slice(p.span.start, p.span.end).toLowerCase().split(/[\s,]+/).includes(many));
    if (group) return via(group.speaker, 'earlier', group.span);
  }
  // "A company spokesman", "company officials", "a senior bank official": the company (or bank) the story named, by its name,
  // as "the company" is read below.
  const staff = COMPANY_STAFF.exec(bareLower);
  if (staff) {
    // (A company's, not a state body's nor a news medium's that reported it: "According to Reuters, … a company spokesperson".)
    const org = organisationByNoun(text, staff[1]!, source, mentions, previous);
    if (org?.name && !(org.actor && (STATE_SECTOR.test(org.actor.slice(3)) || NOT_A_COMPANY.test(org.actor.slice(3)))) && !/\bgovernment\b/i.test(org.name) && !MEDIA_NAME.test(org.name)) return { name: `${org.name} ${staff[2]}`, ...(org.actor ? { actor: org.actor } : {}), via: 'organisation', ...(org.from ? { from: org.from } : {}) };
  }
  // "A spokesman said", "…, a spokeswoman said": no owner written, the organisation that is the subject of its sentence or of
  // one shortly before ("Customs and Border Protection did not accept the offer. A spokesperson … said"; "The Federal Reserve
  // entered the market …, a spokeswoman said"), not one the sentence merely names, nor a news medium.
  if (/^an?\s/i.test(raw) && LONE_SPOKESPERSON.test(bareLower)) {
    const org = findLastBefore(mentions, source.start, (m) => m.type === 'ORG' && m.end <= source.start && source.start - m.end <= SPOKESPERSON_REACH
      && opensSentence(text, m) && !isMedium(m.name ?? m.text, m.actor));
    if (org) return { name: `${org.name ?? org.text} ${bareLower}`, ...(org.actor ? { actor: org.actor } : {}), via: 'organisation', from: { start: org.start, end: org.end } };
  }
  // 3. "The spokesman", "the officials": the earlier speaker whose words held these ("a TRW spokesman").
  if (/^the\s/i.test(raw) && bare === bareLower) {
    const words = bareLower.split(/\s+/);
    // (Not a headline's words in capitals that name no one: "PAPER SAYS INDICTMENTS …" is no paper's name for "The paper".)
    const earlier = findLast(previous, (p) => !!p.span && p.span.start < source.start && p.speaker.name !== null
      && !(p.speaker.via === 'words' && !/\p{Ll}/u.test(text.slice(p.span.start, p.span.end))) && describes(words, text.slice(p.span.start, p.span.end), p.speaker.name));
    if (earlier) return via(earlier.speaker, 'earlier', earlier.span);
    // "The diplomat", "the lawmaker": the last earlier speaker named by a role of that kind ("Deputy Foreign
    // Minister Sergei Ryabkov … the diplomat said"), within a few paragraphs.
    // ("The 70-year-old leader", "the veteran diplomat": the same; "the 70-year-old" alone, the last person quoted.)
    const role = bareLower.replace(/^the\s+/, '').replace(AGED, '');
    const kin = ROLE_KIN.get(role);
    if (kin) {
      // (Its role in the words of its source, or before the name they were reached from: "Mr. Xi" after "Chinese President Xi Jinping".)
      const named = earlierNamed(inp, (p, words) => p.speaker.name !== null && (kin.test(words)
        || (!!p.speaker.from && kin.test(text.slice(Math.max(0, p.speaker.from.start - ROLE_BEFORE), p.speaker.from.end)))));
      if (named) return named;
    }
    if (role === '' && AGED.test(bareLower)) {
      const named = earlierNamed(inp, (p) => p.speaker.name !== null && !p.speaker.org && !p.speaker.group && !PLURAL_NOUN.test(p.speaker.name));
      if (named) return named;
    }
    // "The statement", "the communique": the earlier speaker who issued it ("the ministry said in a statement").
    if (DOCUMENTS.test(bareLower)) {
      // Its issuer named with it: "The statement, issued by the foreign ministry in Beijing,".
      const by = ISSUED_BY.exec(raw);
      if (by) {
        // (By its name where it has one, else by its words: "the foreign ministry" is no organisation named before.)
        const at = source.start + text.slice(source.start, source.end).indexOf(by[1]!);
        const span = { start: at, end: at + by[1]!.length };
        const named = mentions.some((m) => m.start >= span.start && m.end <= span.end && m.type !== 'LOC');
        const issuer = named ? resolveRaw({ ...inp, source: span }) : { name: stripDet(by[1]!), via: 'words' as const };
        if (issuer.name) return issuer;
      }
      const doc = new RegExp(`\\b${lastWord(bare)}\\b`, 'i');
      // (The speaker with the document in its own words first, "Big Machine Records issued a statement", "In a statement, the
      // ministry said", over one a sentence that speaks of the document merely names: "… issued a statement that … after Swift scolded".)
      const madeBy = (before: number, after: number) => findLast(previous, (p) => !!p.span && p.span.end < source.start && source.start - p.span.end <= DOCUMENT_REACH
        && p.speaker.name !== null && doc.test(text.slice(Math.max(0, p.span.start - before), Math.min(source.start, p.span.end + after))));
      const maker = madeBy(DOCUMENT_OWN_BEFORE, DOCUMENT_OWN_AFTER) ?? madeBy(DOCUMENT_AROUND, DOCUMENT_AROUND);
      if (maker) return via(maker.speaker, 'earlier', maker.span);
    }
  }
  // A description of someone at an organisation ("a spokesman for the company", "a dealer at one
  // leading bank") is a spokesman or a dealer, not the organisation; one the story named
  // ("the company") is written with it ("Union Pacific Corp spokesman").
  const at = bare === bareLower ? /^(.+?)\s+(?:for|at|with)\s+(.+)$/su.exec(bareLower) : null;
  if (at) {
    const org = /^(?:the|its)\s+(\p{L}+)$/u.exec(at[2]!);
    const named = org ? organisationByNoun(text, org[1]!, source, mentions, previous) : null;
    return named?.name ? { name: `${named.name} ${at[1]}`, via: 'organisation', ...(named.from ? { from: named.from } : {}) } : owned(inp, raw, bare);
  }
  // 4. A description with a title: the name that followed the same words earlier.
  if (endsWithTitle(bareLower, titles)) {
    const title = lastWord(bare);
    const words = bareLower.split(/\s+/);
    // The last such mention before the source: searched from the source back.
    let found: { m: Mention; name: string } | null = null;
    for (let i = firstStartingFrom(mentions, source.start) - 1; i >= 0 && !found; i--) {
      const m = mentions[i]!;
      if (m.type === 'LOC' || m.type === 'ORG') continue;
      const ml = m.text.toLowerCase();
      const pre = text.slice(Math.max(0, m.start - bare.length - 3), m.start).toLowerCase().replace(/\s+/g, ' ');
      // "Russian President Vladimir Putin" as one mention, or after "Russian President", or
      // "President Vladimir Putin" after "Russian".
      if (ml.startsWith(bareLower + ' ')) found = { m, name: m.name !== m.text ? m.name : m.text.slice(bare.length + 1).trim() };
      else if (pre.trimEnd().endsWith(bareLower)) found = { m, name: m.name };
      else if (ml.startsWith(title + ' ') && pre.includes(words[0]!)) found = { m, name: m.name !== m.text ? m.name : m.text.slice(title.length + 1).trim() };
    }
    if (found) return { name: found.name, ...(found.m.actor ? { actor: found.m.actor } : {}), via: 'earlier', from: { start: found.m.start, end: found.m.end } };
    return owned(inp, raw, bare);
  }
  // 5. A head noun naming an earlier organisation ("the ministry" → "the Foreign Ministry"); a
  // definite "the paper" the news medium last named ("… the New York Times said. … the paper said").
  // (Not an indefinite one, which brings in another: "An investor group said it would bid for Gencorp", "a local
  // newspaper reported" after the central bank, "A federal appeals court ruled" after the Supreme Court.)
  if (bare === bareLower && !/^an?\s/i.test(raw)) {
    if (/^the\s/i.test(raw) && MEDIA_NOUNS.test(bareLower)) {
      const m = medium(text, source, mentions, previous);
      if (m) return via(m, 'organisation');
    }
    // "the production company", "the oil company": the organisation last quoted or named with that word in its name
    // ("Dick Clark Productions", which the recogniser may read as a person's name), before any other.
    const kind = /^(\p{Ll}+)\s+(\p{Ll}+)$/u.exec(bareLower);
    const ofKind = kind && ORG_NOUNS.has(kind[2]!) ? organisationOfKind(text, kind[1]!, source, mentions, previous) : null;
    if (ofKind) return via(ofKind, 'organisation');
    const o = organisationByNoun(text, lastWord(bare), source, mentions, previous);
    if (o) return via(o, 'organisation');
  }
  const org = orgByWord(bare, mentions, source.start);
  if (org) return via(org, 'earlier');
  return bare ? owned(inp, raw, bare) : { name: null };
}

/** Text without tickers in angle brackets ("Alsthom <ALSF.PA>") or the brackets around a firm's name ("<Guy F. Atkinson Co>"). */
function unbracketed(s: string): string {
  if (!s.includes('<') && !s.includes('>')) return s;
  return s.replace(/\s*<[^<>]*>/g, '').replace(/[<>]/g, '');
}

/** Whether words (in lower case) are a title or end with one after a space ("the foreign minister"). */
function endsWithTitle(words: string, titles: readonly string[]): boolean {
  const set = titleSets(titles).titles;
  if (set.has(words)) return true;
  for (let i = words.indexOf(' '); i >= 0; i = words.indexOf(' ', i + 1)) if (set.has(words.slice(i + 1))) return true;
  return false;
}

/** Whether words end with a title or a trade ("Dean Witter analyst", "Bank chairman"), in any case and spacing. */
function endsWithTitleOrTrade(words: string, titles: readonly string[]): boolean {
  const w = words.trim().replace(/\s+/g, ' ').toLowerCase();
  return endsWithTitle(w, titles) || DESCRIBED_PEOPLE.test(w);
}

/** How far back (characters) a speaker described, not named, is the "he" or "she" after them: about a sentence. */
const DESCRIBED_REACH = 250;
/** The words of a description before what it is of or for ("a spokesman for Goldman Sachs", "the official, who …", "An analyst who wanted anonymity"). */
const DESCRIPTION_HEAD = /,|\s+(?:for|of|at|with|from|in|who)\s+/;
/**
 * People a description names by their trade rather than an office ("an analyst", "a Tokyo dealer"), whom a "he" or "she"
 * after them may be, where the description brings someone new in ("an", "one", "another"): "the executive" is mostly
 * the one named before.
 */
const DESCRIBED_PEOPLE = /(?:^|\s)(?:analyst|economist|dealer|trader|banker|broker|lawyer|attorney|witness|resident|expert|observer|diplomat|aide|adviser|advisor|executive|researcher|scientist|critic|negotiator|officer|doctor|professor|source|insider|strategist|consultant)$/;

/**
 * A speaker the text describes, not names ("a spokesman for Goldman Sachs and Co."), quoted just before a "he" or "she"
 * that coreference, which knows names only, gave to someone named before that: '"…," said a spokesman for Goldman Sachs
 * and Co. "The SEC is being extremely cautious," he said' is the spokesman, not the company named a paragraph before.
 */
function describedSince(inp: ResolveInput, person: Mention, female: boolean): ResolveInput['previous'][number] | null {
  const { text, source, mentions, previous, titles } = inp;
  const p = findLast(previous, (q) => q.at < source.start && !q.quoted);
  if (!p?.span || p.speaker.name === null || p.speaker.group || source.start - p.at > DESCRIBED_REACH) return null;
  // The description's head is a title ("spokesman", "official"), and it names no person.
  const words = text.slice(p.span.start, p.span.end);
  const head = stripDet(words.split(DESCRIPTION_HEAD)[0]!.trim()).toLowerCase();
  if (!endsWithTitle(head, titles) && !(DESCRIBED_PEOPLE.test(head) && /^(?:an?|one|another)\s/i.test(words))) return null;
  // (Nor a title of the other gender: "a spokeswoman" is no "he".)
  if ((female ? /(?:man|men)$/ : /(?:woman|women)$/).test(head)) return null;
  if (mentions.some((m) => m.type === 'PER' && m.start < p.span!.end && p.span!.start < m.end)) return null;
  // Quoted after the last mention of the one coreference chose.
  const last = findLastBefore(mentions, source.start, (m) => m.end <= source.start && (person.chain !== undefined ? m.chain === person.chain : m.name === person.name));
  return !last || last.end <= p.span.start ? p : null;
}

/** A capitalised title alone, which names no one ("The President said", "Minister of …"): read as the description it is. */
function titleOnly(m: Mention, titles: readonly string[]): boolean {
  if (m.type !== 'NAME') return false;
  const words = titleSets(titles).words;
  return m.text.toLowerCase().split(/\s+/).every((w) => words.has(w));
}

/** Words that may stand between two coordinated names of a source besides capitalised ones ("former Massachusetts governor"). */
const BETWEEN_NAMES = new Set(['former', 'then', 'acting', 'deputy', 'fellow', 'the', 'his', 'her', 'their']);

/** An office before "of" and its portfolio ("Minister of", "Secretary for"), where a source's names begin. */
const PORTFOLIO_OF = /\b(?:[Mm]inister|[Ss]ecretary|[Cc]ommissioner|[Mm]inistry|[Dd]epartment)\s+(?:of|for)\s+(?:the\s+)?$/;

/**
 * Speakers named together ("Presidents Putin and Rouhani", "Russian President Vladimir
 * Putin and Iranian President Hassan Rouhani"): every name, each as it would be alone,
 * joined ("Vladimir Putin and Hassan Rouhani"); the actor code only when all share it. A
 * later "he" or "it" stands for none of them.
 * The names must end the source and make a list ("A, B and C"), with at most a few title
 * words after the "and", so "the Trump and Clinton campaigns" is no joint speaker, nor
 * "Alexis Boon, the head of the Counter Terrorism Command" two.
 */
function jointSpeaker(inp: ResolveInput, inside: readonly Mention[]): Speaker | null {
  const { text, source, mentions, titles } = inp;
  const names = inside.filter((m) => m.type !== 'NAME' || !inside.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.type !== 'NAME'))
    .filter((m, _, all) => !all.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start))
    .sort((a, b) => a.start - b.start);
  // The text between names without tickers or the brackets around a firm's name ("<Guy F. Atkinson Co> and <…>").
  const untickered = (a: number, b: number) => unbracketed(text.slice(a, b));
  if (names.length < 2 || !/^[\s,.;:]*$/.test(untickered(names[names.length - 1]!.end, source.end))) return null;
  // "Minister of Local Administration and Environment Hussein Makhlouf": the words after "of" are the office's portfolio.
  if (PORTFOLIO_OF.test(text.slice(source.start, names[0]!.start))) return null;
  const titleWords = titleSets(titles).words;
  for (let i = 1; i < names.length; i++) {
    const gap = untickered(names[i - 1]!.end, names[i]!.start);
    // A list: commas alone between names, "and" before the last ("La Riva, Hawkins, and Carroll");
    // a comma before anything else is an apposition ("Alexis Boon, the head of …").
    if (i < names.length - 1 && /^\s*,\s*$/.test(gap)) continue;
    const m = /^\s*,?\s*(?:and|&)\s+(.*)$/su.exec(gap);
    if (!m) return null;
    const words = m[1]!.split(/\s+/).filter(Boolean);
    if (words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w) || titleWords.has(w.toLowerCase()) || BETWEEN_NAMES.has(w.toLowerCase()))) return null;
    // Title words after the "and" follow a recognised name, not a word of an office ("Research and Technology Minister Yusuf Habibie",
    // "Road Transport and Bridges Minister Obaidul Quader", where the recogniser took "Road Transport" for an organisation).
    if (words.length > 0 && (names[i - 1]!.type === 'NAME' || (names[i - 1]!.type !== 'PER' && titleWords.has(words[words.length - 1]!.toLowerCase())))) return null;
  }
  // One name with "and" in it: as the text named it before ("Standard and Poor's Corp", "Drake
  // and Carey"), or a firm's, whose company form ends the list alone ("Pope, Evans and Robbins Inc").
  const literal = text.slice(names[0]!.start, names[names.length - 1]!.end).replace(/\s+/g, ' ');
  const whole = literal.toLowerCase();
  const one = endingWith(mentions, lastWordKey(whole)).find((m) => m.name.replace(/\s+/g, ' ').toLowerCase() === whole || m.text.replace(/\s+/g, ' ').toLowerCase() === whole);
  if (one) return { ...asSpeaker(one, literal), ...(ORG_ENDINGS.test(literal) ? { org: true } : {}) };
  const firm = (m: Mention) => COMPANY_FORM.test(m.text);
  // (A partner's surname may read as a person; a full name, "Morton Shulman and Guardman … Inc", is one.)
  // (With the code its last part, the one with the form, was given: the firm's.)
  const last = names[names.length - 1]!;
  if (firm(last) && !names.slice(0, -1).some((m) => firm(m) || (m.type === 'PER' && /\s/.test(m.text)))) return { name: literal, ...(last.actor ? { actor: last.actor } : {}), org: true };
  return together(inp, names);
}

/**
 * People named together, each with an office of their own ("Prohibition Party presidential nominee Phil
 * Collins and vice presidential nominee Billy Joe Parker", "Robert Jucker and Finance Director Hermann
 * Haerri", "Biden and Harris both"), where jointSpeaker reads no plain list: each person's name, an office
 * between them after the "and" (a title word among at most a few words), "both" or "together" at the end.
 */
function peopleTogether(inp: ResolveInput, inside: readonly Mention[]): Speaker | null {
  const { text, source, titles } = inp;
  // Named people, not a description the actor stage made a mention of ("Egyptian ambassador").
  const people = inside.filter((m) => m.type === 'PER' && !/(?:^|\s)\p{Ll}{3,}/u.test(m.text))
    .filter((m, _, all) => !all.some((o) => o !== m && o.start <= m.start && m.end <= o.end))
    .sort((a, b) => a.start - b.start);
  if (people.length < 2 || !/^\s*(?:both|together|jointly)?[\s,.;:]*$/.test(text.slice(people[people.length - 1]!.end, source.end))) return null;
  // (People given as examples of the speakers, "officials, including Commerce Secretary Malcolm Baldrige and …", are not they.)
  if (EXAMPLES.test(text.slice(source.start, people[0]!.start))) return null;
  const titleWords = titleSets(titles).words;
  for (let i = 1; i < people.length; i++) {
    // A comma alone between two names of a list; words after a comma without "and" are an apposition ("Isao
    // Nakamura, president of Higashi Nippon"), and an office holds no comma.
    const gap = text.slice(people[i - 1]!.end, people[i]!.start);
    if (/^\s*,\s*$/.test(gap)) continue;
    const m = /^\s*,?\s*(?:and|&)\s+([^,]*)$/su.exec(gap);
    if (!m) return null;
    const words = m[1]!.split(/\s+/).filter(Boolean);
    const office = words.some((w) => titleWords.has(w.toLowerCase()));
    // (Any words where a title word ends them: "vice presidential nominee".)
    const ended = words.length > 0 && titleWords.has(words[words.length - 1]!.toLowerCase());
    if (words.length > OFFICE_MAX || (words.length > 0 && !office)
      || !(ended || words.every((w) => /^\p{Lu}/u.test(w) || titleWords.has(w.toLowerCase()) || BETWEEN_NAMES.has(w.toLowerCase()) || OFFICE_JOINS.has(w)))) return null;
  }
  return together(inp, people);
}

/** Words that give the people after them as examples of the speakers. */
const EXAMPLES = /\b(?:including|such as|like|among them|among)\b/i;
/** Longest office between two people named together, in words ("Egyptian ambassador to Moscow"). */
const OFFICE_MAX = 6;
/** Lower-case words an office may hold besides title words: "ambassador to Moscow", "Minister of Finance". */
const OFFICE_JOINS = new Set(['to', 'of', 'for', 'at', 'and']);

/** Several named speakers as one: each name as it would be alone, joined; the actor code only when all share it. */
function together(inp: ResolveInput, names: readonly Mention[]): Speaker | null {
  const { mentions, titles } = inp;
  const people = names.map((n) => {
    const full = n.name !== n.text && /\s/.test(n.name) ? n : expandName(n.name, mentions, n.start) ?? n;
    // A headline's name in capitals ("DAVIS WATER") is written as the source writes it.
    const name = shouted(full.name) && !shouted(n.text) ? n.text : full.name;
    const joined = name.replace(/\s+/g, ' ');
    // An organisation keeps its whole name ("General Motors Corp" is no general's).
    return { name: n.type === 'ORG' || ORG_ENDINGS.test(joined) ? joined : dropTitles(joined, titles), actor: full.actor ?? n.actor };
  });
  const distinct = [...new Set(people.map((p) => p.name))];
  // A name that holds another ("Drake" and "Drake and Carey") is one speaker, not two.
  if (distinct.length < 2 || distinct.some((a) => distinct.some((b) => a !== b && a.includes(b)))) return null;
  const name = `${distinct.slice(0, -1).join(', ')} and ${distinct[distinct.length - 1]}`;
  const actor = people.every((p) => p.actor && p.actor === people[0]!.actor) ? people[0]!.actor : undefined;
  return { name, ...(actor ? { actor } : {}), group: true };
}

/** How far back (characters) an organisation named by a word of its name ("the oil company") may be. */
const KIND_REACH = 1500;

/**
 * The organisation a kind word before an organisation noun names ("production" in "the production company"): the last one
 * quoted or named within KIND_REACH whose name has the word, singular or plural, capitalised ("Dick Clark Productions"), not a place.
 */
function organisationOfKind(text: string, kind: string, source: Span, mentions: readonly Mention[], previous: ResolveInput['previous']): Speaker | null {
  const stem = kind.replace(/s$/, '');
  if (stem.length < 3) return null;
  // (A word of a name of two words or more, capitalised as names are: not "bank analysts", nor "Health" opening a sentence.)
  const has = (name: string | null | undefined) => {
    const ws = name?.split(/[\s-]+/) ?? [];
    return ws.length > 1 && ws.some((w) => /^\p{Lu}/u.test(w) && w.toLowerCase().replace(/s$/, '') === stem);
  };
  return lastOrganisation(source, mentions, previous, KIND_REACH, (p) => has(p.speaker.name), (m) => m.type !== 'LOC' && (has(m.name) || has(m.text)) && !addressed(text, m));
}

/** The organisation a head noun stands for: the earlier name it ends ("ministry" → "the Foreign Ministry"), else, for an organisation noun, the last one quoted or named. */
function organisationByNoun(text: string, head: string, source: Span, mentions: readonly Mention[], previous: ResolveInput['previous']): Speaker | null {
  const org = findLastBefore(endingWith(mentions, head), source.start, (m) => m.type !== 'PER' && lastWord(m.text) === head);
  if (org) return asSpeaker(org);
  if (!ORG_NOUNS.has(head)) return null;
  const o = organisation(text, source, mentions, previous);
  // (A state body is no company nor party quoted before it: "The Thai Raksa Chart Party said … The country's election
  // commission is scheduled to discuss …".)
  return o && STATE_BODIES.has(head) && (isCompanyOrParty(o) || COMPANY_OR_PARTY_NAME.test(o.name ?? '')) ? null : o;
}

/** Nouns of the state's bodies, which "the …" does not make a company or a party. */
const STATE_BODIES: ReadonlySet<string> = new Set(['ministry', 'department', 'commission', 'authority']);
/** Names of companies and parties, by their last word. */
const COMPANY_OR_PARTY_NAME = lastWordOf([...COMPANY_FORMS, 'party']);
/** Is the speaker a company or a party, by its actor code? */
function isCompanyOrParty(sp: Speaker): boolean {
  const a = sp.actor ?? '';
  return a.startsWith('MNC') || /(?:BUS|PTY)$/.test(a);
}

/** Nouns for a news medium: "the paper", "the daily", "the trade paper" stand for the medium last named. */
const MEDIA_NOUNS = /^(?:(?:\p{L}+\s+)?(?:paper|newspaper|daily|weekly|magazine|tabloid|broadsheet|broadcaster)|(?:state\s+)?(?:news|press)\s+agency)$/u;
/** Names that are a news medium's: "The New York Times", "China Daily", "Automotive News", "the Tanjug news agency". */
const MEDIA_NAME = /\b(?:Times|Post|News|Daily|Weekly|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Chronicle|Observer|Standard|Express|Mirror|Magazine|Review|Radio|Television|TV|Broadcasting|(?:News|Press) Agency|Izvestia|Pravda)\b/;
/** Words before a place that make it part of a name or a topic ("the Supreme Court of the United States", "a report on Turkey"). */
const OF_OR_ON = /\b(?:of|on)\s+(?:the\s+)?$/;
/** A country's actor code, with no sector after it. */
const COUNTRY_CODE = /^[A-Z]{3}$/;
/** Words before a news medium that asked or was told ("told Reuters", "in an interview with the Financial Times", "contacted by AFP"). */
const ADDRESSED_AFTER = /\b(?:told|to|with|from|by)\s+(?:the\s+)?$/i;
/**
 * Is a mention a news medium that a source talked to, and so never whom a later "it" or "the company" stands for
 * ("…, he told Reuters. The company also plans …")?
 */
function addressed(text: string, m: Mention): boolean {
  return isMedium(m.name, m.actor) && ADDRESSED_AFTER.test(text.slice(Math.max(0, m.start - 16), m.start));
}
/** Is it a news medium, by its actor code or by its name? */
function isMedium(name: string | null | undefined, actor: string | undefined): boolean {
  return !!actor?.endsWith('MED') || (!!name && MEDIA_NAME.test(name));
}
/** A source's words that end with a medium's noun: "the official Economic Information newspaper". */
const MEDIA_ENDING = /\s(?:newspaper|daily|weekly|magazine|tabloid|broadcaster|(?:news|press) agency)$/i;
/** How far back (characters) the medium a "the paper" stands for may have been named. */
const MEDIA_REACH = 2000;

/**
 * The news medium a definite "the paper", "the newspaper", "the news agency" stands for: the last one
 * quoted or named before it, within MEDIA_REACH, known as a medium by its actor code or by its name.
 */
function medium(text: string, source: Span, mentions: readonly Mention[], previous: ResolveInput['previous']): Speaker | null {
  // (A speaker quoted as one: "The official Economic Information newspaper said".)
  const described = (s: Span) => MEDIA_ENDING.test(text.slice(s.start, s.end));
  return lastOrganisation(source, mentions, previous, MEDIA_REACH,
    (p) => p.speaker.name !== null && (isMedium(p.speaker.name, p.speaker.actor) || described(p.span!)),
    (m) => m.type !== 'PER' && (isMedium(m.text, m.actor) || isMedium(m.name, m.actor)));
}

/**
 * The organisation last quoted or named within reach (characters) before the source that the tests accept, whichever
 * came later: an organisation, whatever the entity layer typed its name (a later "it" may stand for it).
 */
function lastOrganisation(source: Span, mentions: readonly Mention[], previous: ResolveInput['previous'], reach: number,
  quotedFits: (p: ResolveInput['previous'][number]) => boolean, namedFits: (m: Mention) => boolean): Speaker | null {
  const near = (end: number) => end <= source.start && source.start - end <= reach;
  const quoted = findLast(previous, (p) => !!p.span && near(p.span.end) && quotedFits(p));
  const named = findLastBefore(mentions, source.start, (m) => near(m.end) && namedFits(m));
  if (named && (!quoted || named.start > quoted.span!.end)) return { ...asSpeaker(named), org: true };
  return quoted ? { ...via(quoted.speaker, 'organisation', quoted.span ?? undefined), org: true } : null;
}

/**
 * Whether a mention inside a source is a capitalised word before the common noun it
 * qualifies, which the tagger took for a proper noun at the start of a sentence ("Banking
 * sources", "Striking seamen"): the description names the speaker, not the word. So is
 * a ticker.
 */
function modifier(text: string, m: Mention, source: Span): boolean {
  // A ticker in angle brackets ("Alsthom <ALSF.PA>", "Kodak <EK>") names the company before it
  // (a company's whole name in brackets, "<Eager Technology Inc>", is no ticker).
  if (text[m.start - 1] === '<' && text[m.end] === '>' && TICKER.test(m.text)) return true;
  // People (or countries, media) a name only qualifies, who do not speak for it: "FRN traders", "Twitter users",
  // "Trump supporters", "Muslim majority countries".
  if (/^\s+(?:\p{Ll}+\s+)?(?:traders|dealers|specialists|analysts|economists|investors|users|fans|residents|customers|shareholders|workers|employees|members|supporters|voters|players|countries|nations|states|communities|media|outlets|websites|accounts)\b/u.test(text.slice(m.end, source.end))) return true;
  if (m.type !== 'NAME') return false;
  // "Ministry officials", "Union leaders": the organisation named before, which resolution finds.
  if (!/^\p{Lu}\p{Ll}+$/u.test(m.text) || ORG_NOUNS.has(m.text.toLowerCase())) return false;
  const after = text.slice(m.end, source.end);
  return /^\s+\p{Ll}/u.test(after) && !/^\s+(?:today|yesterday|tonight|now|and|or|of|for|de|la)\b/.test(after);
}

/** A stock ticker: a few capitals, with an exchange after a dot or a space ("ALSF.PA", "ERIC ST") or not ("EK"). */
const TICKER = /^(?:[A-Z0-9]{1,6}\.[A-Z]{1,3}|[A-Z]{1,5}(?: [A-Z]{1,2})?)$/;

/** A thing someone owns, as a speaker's name ("Judge Miller's statement"): no "he" or "she". */
const OWNED_THING = /['’]s\s+\p{Ll}[\p{L}-]*$/u;

const genders = new WeakMap<readonly Mention[], ReadonlyMap<string, 'f' | 'm'>>();

/** The gender of each name that coreference gave one gender's pronouns alone (a name read as both has none). */
function pronounGenders(mentions: readonly Mention[]): ReadonlyMap<string, 'f' | 'm'> {
  let out = genders.get(mentions);
  if (out) return out;
  const seen = new Map<string, 'f' | 'm' | null>();
  for (const m of mentions) {
    const g = m.name !== m.text ? PRONOUNS[m.text.toLowerCase()]?.gender : undefined;
    if (g) seen.set(m.name, seen.has(m.name) && seen.get(m.name) !== g ? null : g);
  }
  out = new Map([...seen].filter((e): e is [string, 'f' | 'm'] => e[1] !== null));
  genders.set(mentions, out);
  return out;
}

/**
 * The gender of the pronoun ("he said", "she told") that earlier quotes resolved to the speaker of that name, if all
 * such pronouns agree: "Steenburgen's son, filmmaker Charlie McDowell, … "…," he said" is no later "she".
 */
function saidAs(text: string, previous: ResolveInput['previous'], name: string): 'f' | 'm' | undefined {
  let g: 'f' | 'm' | undefined;
  for (const p of previous) {
    // (By the whole name or its last words: "McDowell" is the "Charlie McDowell" quoted as "he".)
    if (!p.span || p.span.end - p.span.start > 3 || !(p.speaker.name === name || p.speaker.name?.endsWith(` ${name}`))) continue;
    const w = PRONOUNS[text.slice(p.span.start, p.span.end).toLowerCase()]?.gender;
    if (!w) continue;
    if (g && g !== w) return undefined;
    g = w;
  }
  return g;
}

/** Examples given after a name: "German firms including …", "companies such as …". */
const EXAMPLES_AFTER = /^\s*,?\s*(?:including|such\s+as|like|among\s+them)\s/i;

/** Who speaks for the person named right after: "spokeswoman for", "attorneys for lawyer", "aide to". */
const SPEAKS_FOR_PERSON = /\b((?:spokes(?:man|woman|person)|attorneys?|lawyers?|representatives?|aides?|advis[eo]rs?|publicists?|counsel)\s+(?:for|to|of)(?:\s+(?:the\s+)?\p{Ll}+)?)\s+$/iu;

/** A preposition that puts what follows apart from the speaker: "critics outside the Democratic party", "voices other than the UN's". */
const APART_FROM = /\b(?:outside(?:\s+of)?|beyond|against|unlike|except|besides|other\s+than|rather\s+than)\s+(?:the\s+)?$/i;
/**
 * People who are not the one after "of" or "on" and do not speak for them: "Critics of Donald Trump", "Opponents of President
 * Erdogan", "Fans of Taylor Swift", "People on Twitter", "Users of CentOS Linux" (not "Members of the Labour Party", "a
 * spokesman for Google").
 */
const GROUP_APART = String.raw`\b(?:critics|opponents|detractors|rivals|enemies|supporters|backers|admirers|fans|followers|users|customers|clients|subscribers|viewers|readers|listeners|victims|relatives|families|friends|neighbou?rs|residents|people|voters)\s+(?:of|on|for)\s+`;
const PEOPLE_APART = new RegExp(GROUP_APART + String.raw`(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$`, 'iu');
/** A description of such people ("Opponents of President Erdogan"), whose title words are the other's, not theirs to drop. */
const PEOPLE_APART_WORDS = new RegExp(GROUP_APART, 'iu');

/** Whether a mention inside a source stands apart from the speaker (APART_FROM, PEOPLE_APART), not for them. */
function apart(text: string, m: Mention, source: Span): boolean {
  if (m.start <= source.start) return false;
  const before = text.slice(Math.max(source.start, m.start - 48), m.start);
  return APART_FROM.test(before) || PEOPLE_APART.test(before);
}

/** Whether a mention inside a source is a possessor: a possessive pronoun, or a name with ’s, before more words. */
function possessor(text: string, m: Mention, source: Span): boolean {
  const after = text.slice(m.end, source.end);
  if (POSSESSIVE.has(m.text.toLowerCase())) return /\p{L}/u.test(after);
  return /^[’']s?\s+\p{L}/u.test(after);
}

/** An organisation's name the recogniser made of a person's title: it ends with the role word ("U.S. Attorney"). */
const PERSON_TITLE_END = /\b(?:[Aa]ttorney|[Pp]rosecutor|[Mm]inister|[Ss]ecretary|[Gg]overnor|[Aa]mbassador|[Ee]nvoy|[Cc]ommissioner|[Jj]udge|[Ss]pokes(?:man|woman|person)|[Cc]ommander)$/;
/** An office of the organisation named before it ("NASA's associate administrator"), to the end of the source. */
const OFFICE_OF_OWNER = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}(?:administrator|director|chief|head|minister|secretary|spokes(?:man|woman|person)|envoy|ambassador|adviser|advisor|official|commander|chairman|chairwoman|chair)\b/u;

/** The code of a politician's campaign: the country's parties (USAGOV, USAELI → USAPTY); none for another kind of actor. */
function campaignOf(actor: string): string | undefined {
  return /^(?!IGO|NGO|MNC|IMG)[A-Z]{3}(?:GOV|ELI|LEG|PTY|OPP)/.test(actor) ? `${actor.slice(0, 3)}PTY` : undefined;
}

/** A body after a leader's name, to the end of the source: "Trump administration", "Biden campaign officials". */
const BODY_PEOPLE_WORDS = 'officials?|spokes(?:man|woman|person)|sources?|aides?';
const LEADER_BODY = new RegExp(`^\\s+(?:[Aa]dministration|[Gg]overnment|[Cc]ampaign|White House)(?:\\s+(?:${BODY_PEOPLE_WORDS}))?$`);
/** A leader's body the recogniser took into the name ("Reagan Administration"), and the people of it after the name. */
const LEADER_BODY_NAME = /\s(?:[Aa]dministration|[Gg]overnment|[Cc]ampaign)$/;
const BODY_PEOPLE = new RegExp(`^\\s+(?:${BODY_PEOPLE_WORDS})$`);

/**
 * What speaks for whoever issued it: "the statement", "the joint communique", "the letter", in two words at most ("a
 * report" is as often a third party's, and "the hypothesis of the report" is no document).
 */
const DOCUMENTS = /^(?:\S+\s)?(?:statement|communique|communiqué|release|declaration|announcement|letter)$/;
/** Who issued a document, named in an apposition after it: ", issued by the foreign ministry (in Beijing),". */
const ISSUED_BY = /,\s*(?:issued|released|published|signed|put out|posted)\s+by\s+([^,]+?)(?:\s+(?:in|at|on)\s+[^,]+)?\s*,?\s*$/;
/** How far back (characters) the speaker who issued "the statement" may be, and how far around them it may be written. */
const DOCUMENT_REACH = 1200;
/** Sectors of no company besides the state's bodies: the news media and the elite. */
const NOT_A_COMPANY = /^(?:MED|ELI)/;
/** One who speaks for an organisation, written with no owner ("a spokesman"). */
const LONE_SPOKESPERSON = /^spokes(?:man|woman|person)$/;
/** How far back (characters) the organisation a lone spokesperson speaks for may have been named. */
const SPOKESPERSON_REACH = 400;
/** A company's (or bank's) people named by its kind alone: "company spokesman", "one company official", "senior bank officials". */
const COMPANY_STAFF = /^(?:(?:one|senior|a senior|top)\s+)?(company|firm|bank)\s+(spokes(?:man|woman|person)|officials?|sources?|executives?)$/;
/** "One official", "another diplomat", "one of the sources" (the noun alone, in the singular or the plural). */
const ONE_OF = /^(?:[Oo]ne|[Aa]nother)\s+(?:of\s+(?:the|those|these)\s+)?(\p{Ll}+)$/u;
/** Officials, diplomats or sources alone, as the many named before are written again. */
const MANY_AGAIN = /^((?:[Oo]fficials|[Dd]iplomats|[Ss]ources|[Dd]elegates))$/;
/** How far after the many were quoted one of them may still be. */
const ONE_OF_REACH = 1500;
const DOCUMENT_AROUND = 120;
/** How near its speaker's name a document is written in the speaker's own words ("X issued a statement", "In a statement, X said"). */
const DOCUMENT_OWN_BEFORE = 40;
const DOCUMENT_OWN_AFTER = 60;

/** Words for what speaks in its owner's name: "his office", "Macron’s spokeswoman", "the minister’s statement". */
const SPEAKS_FOR = /(?:^|\s)(?:office|government|administration|statement|press release|website|campaign|spokes(?:man|woman|person)|press secretary|officials?)$/;
/** One who held the office speaks in no one's name now ("a former Foreign Ministry official"). */
const FORMERLY = /(?:^|\s)(?:former|ex-|retired)/i;

/**
 * A description by its words, after a possessive pronoun with the owner's name ("his publicist" → "Tony
 * Mendez’s publicist"); the owner's actor code when the description speaks in the owner's name ("his office").
 */
function owned(inp: ResolveInput, raw: string, bare: string): Speaker {
  const m = /^(\p{L}+)\s/u.exec(raw);
  const pronoun = m && OWNERS.has(m[1]!.toLowerCase());
  let owner: Speaker | null = null;
  if (pronoun) {
    const at = inp.text.indexOf(m[1]!, inp.source.start);
    owner = resolveRaw({ ...inp, source: { start: at, end: at + m[1]!.length } });
  } else {
    // A name with ’s before the words ("Macron’s office"), or an organisation right before them ("a Chinese
    // Foreign Ministry spokesperson"): the possessor the mentions have.
    const inside = inp.mentions.slice(firstStartingFrom(inp.mentions, inp.source.start), firstStartingFrom(inp.mentions, inp.source.end));
    // So is a leader before the administration's people ("a Reagan administration official"), a campaign's the party's.
    const p = inside.find((x) => x.end < inp.source.end && x.actor && (/^[’']s?\s/u.test(inp.text.slice(x.end, inp.source.end))
      || (x.type === 'ORG' && SPEAKS_FOR.test(` ${inp.text.slice(x.end, inp.source.end).trim().toLowerCase()}`))
      || (x.type === 'PER' && (LEADER_BODY.test(inp.text.slice(x.end, inp.source.end))
        || (LEADER_BODY_NAME.test(x.text) && BODY_PEOPLE.test(inp.text.slice(x.end, inp.source.end)))))));
    if (p) owner = asSpeaker(p, p.name, p.type === 'PER' && /^\s+campaign\b/.test(inp.text.slice(p.end, inp.source.end)) ? campaignOf(p.actor!) : p.actor);
  }
  const name = pronoun && owner?.name ? `${owner.name}’s ${bare}` : bare;
  const actor = owner?.actor && SPEAKS_FOR.test(bare.toLowerCase()) && !FORMERLY.test(bare) ? owner.actor : undefined;
  return { name, ...(actor ? { actor } : {}), via: 'words' };
}

/** "Bank", "Commission" alone: the organisation named earlier with that word ("Bank of England"), if any. */
function orgByWord(word: string, mentions: readonly Mention[], before: number): Speaker | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !ORG_NOUNS.has(word.toLowerCase())) return null;
  const org = findLastBefore(mentions, before, (m) => m.type === 'ORG' && m.name !== word && m.text.split(/\s+/).includes(word));
  return org ? asSpeaker(org) : null;
}
