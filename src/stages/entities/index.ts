/**
 * Entities: named entities (PER, ORG, LOC, MISC) found by the statistical tagger in
 * src/models/ner. Tokens come from the segment stage (src/nlp); they are regrouped to
 * the CoNLL convention the model was trained on (a tokenizer may split "al-Nusra" into three
 * tokens, CoNLL keeps it as one), tagged sentence by sentence with document-level cues
 * shared, and each IOB2 chunk becomes an entity spanning its tokens' characters.
 */
import { layer, withLayer, withMeta, type Doc } from '../../document/document.js';
import { notEnglishOnce } from '../../nlp/language.js';
import { ARTICLE_NAME } from '../../nlp/pos.js';
import type { Entity, EntityType, Token } from '../../document/layers.js';
import type { Stage } from '../../pipeline.js';
import { firstStartingFrom, type Span } from '../../document/span.js';
import { labelChunks } from '../../models/ner/labels.js';
import type { NerModel } from '../../models/ner/model.js';

/** A word as the tagger sees it, with its character span in the text. */
export interface TagWord extends Span {
  readonly text: string;
}

const TYPES: ReadonlySet<string> = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/** A capitalised name glued to a lower-case word by a hyphen: "Nations-mediated", "Syria-based". */
const NAME_HYPHEN_WORD = /^(\p{Lu}[\p{L}.]*)-(\p{Ll}+)$/u;
/**
 * The second part of a name written with a hyphen after another capitalised word of the name ("Yolanda Yu Hoi-kwan",
 * "Moon Jae-in", "Kim Mahn-je"), which stays one word: short, and none of the English words glued to names ("New
 * York-area", "BB-plus", "Olympic-size").
 */
const NAME_TAIL = /^\p{Ll}{1,6}$/u;
/** English words news glues to a name with a hyphen, which are no part of it. */
const ENGLISH_JOIN: ReadonlySet<string> = new Set(['area', 'size', 'type', 'plus', 'minus', 'side', 'class', 'brand', 'format', 'mark', 'scan', 'shot',
  'style', 'wide', 'era', 'made', 'run', 'led', 'born', 'free', 'like', 'bound', 'proof', 'based', 'backed', 'owned', 'held', 'weary', 'contra',
  'linked', 'aided', 'funded', 'level', 'grade', 'rated', 'sized', 'only', 'wise', 'long', 'old', 'new', 'majority', 'minority', 'pattern', 'base', 'op']);

/**
 * Join tokens written without space around a hyphen when the part after it is
 * capitalised or numeric ("al-Nusra", "Nur-Sultan", "intra-Syrian"), as CoNLL does;
 * split a single token where a name is glued to a lower-case word ("United
 * Nations-mediated" → "Nations", "-", "mediated"), so the name can still be found, but for
 * the second part of a name written with a hyphen ("Moon Jae-in").
 */
export function conllWords(text: string, tokens: readonly Span[]): TagWord[] {
  const out: TagWord[] = [];
  const push = (start: number, end: number) => {
    const w = text.slice(start, end);
    const m = w.length > 2 && w.includes('-') ? NAME_HYPHEN_WORD.exec(w) : null;
    const prev = out[out.length - 1];
    const inName = m && prev && /^\p{Lu}\p{Ll}/u.test(prev.text) && start - prev.end === 1 && NAME_TAIL.test(m[2]!) && !ENGLISH_JOIN.has(m[2]!) && !/(?:ed|ing|ly)$/.test(m[2]!);
    if (!m || inName) { out.push({ start, end, text: w }); return; }
    const a = start + m[1]!.length;
    out.push({ start, end: a, text: m[1]! }, { start: a, end: a + 1, text: '-' }, { start: a + 1, end, text: m[2]! });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let start = t.start, end = t.end;
    while (i + 2 < tokens.length) {
      const h = tokens[i + 1]!, y = tokens[i + 2]!;
      const hy = h.end - h.start === 1 ? text.charCodeAt(h.start) : 0;
      if ((hy === 0x2d || hy === 0x2010) && h.start === end && y.start === h.end && /^[\p{Lu}\p{N}]/u.test(text.slice(y.start, y.end))) {
        end = y.end; i += 2;
      } else break;
    }
    push(start, end);
  }
  return out;
}

/** Group tokens by the sentence containing them (tokens outside every sentence form their own groups). */
export function sentenceGroups(tokens: readonly Token[], sentences: readonly Span[]): Token[][] {
  const groups: Token[][] = [];
  let si = 0;
  let cur: Token[] = [];
  let curSentence = -2;
  for (const t of tokens) {
    while (si < sentences.length && sentences[si]!.end <= t.start) si++;
    const inside = si < sentences.length && sentences[si]!.start <= t.start ? si : -1;
    if (inside !== curSentence || inside === -1 && cur.length && t.start - cur[cur.length - 1]!.end > 1) {
      if (cur.length) groups.push(cur);
      cur = [];
      curSentence = inside;
    }
    cur.push(t);
  }
  if (cur.length) groups.push(cur);
  return groups;
}

/** Last words of a firm's or a body's name ("Mrs Fields Inc" is a company). */
const FIRM_WORD = /^(?:Inc|Corp|Co|Ltd|LLC|Plc|PLC|Group|Holdings|Company|Foundation|Institute|Association|Party|Fund|Bank|Trust|Bancorp|Industries|SA|AG|NV)\.?$/;
/** Abbreviated titles written before a person's name ("MP Penny Sharpe", "Sen. Jon Tester"). */
const TITLE_ABBREVIATION = /^(?:MP|MEP|MLA|MPP|MSP|MK|Sen\.?|Rep\.?|Gov\.?|Lt\.?|Gen\.?|Col\.?|Capt\.?|Sgt\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)$/;

/** The word after a language's name ("Farsi language"). */
const LANGUAGE = /^languages?$/;

/** The word that ends a street's name, right after a place name. */
const STREET = /^ (?:Drive|Road|Street|Avenue|Boulevard|Lane|Parkway|Rd|St|Ave|Blvd)\b\.?/;

/** Lower-case words a person's name may hold: "Ludwig van Beethoven", "Osama bin Laden", "Charles de Gaulle". */
const NAME_PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten',
  'zu', 'bin', 'ibn', 'bint', 'ben', 'abu', 'al', 'el', 'y', 'e', 'and', 'st', 'af', 'av', 'mac', 'ap']);

/** A name that opens with a particle word, which continues the name before it ("bin Salman", "von der Leyen"). */
const PARTICLE_WORD_START = /^(?:bin|ibn|bint|al|el|van|von|de|da|di|du|del|della|der|den|ter|ten|le|la) \p{Lu}/u;
/** A particle alone between two parts of a person's name: " bin ", " ibn ". */
const PARTICLE_BETWEEN = /^ (?:bin|ibn|bint|ben|abu|van|von|de|da|di|du|del|der|den) $/;
/** … or with the Arabic article joined by a hyphen ("al-Assad"), as the POS tagger reads it. */
const opensWithParticle = (name: string) => PARTICLE_WORD_START.test(name) || ARTICLE_NAME.test(name.split(' ')[0]!);

/**
 * The runs of a person entity between its lower-case words that are no name particles ("Xi meets Macron": "Xi",
 * "Macron"), or null when it has none.
 */
function personRuns(ws: readonly TagWord[], a: number, b: number): [number, number][] | null {
  const breaks: number[] = [];
  // (A word joined by a hyphen to the one before is part of it: "Man-kei Tam".)
  for (let k = a; k < b; k++) {
    if (/^\p{Ll}\p{L}+$/u.test(ws[k]!.text) && !NAME_PARTICLES.has(ws[k]!.text) && !(k > a && ws[k - 1]!.end === ws[k]!.start)) breaks.push(k);
  }
  if (!breaks.length) return null;
  const runs: [number, number][] = [];
  let from = a;
  for (const k of [...breaks, b]) {
    if (k > from && /^\p{Lu}/u.test(ws[from]!.text)) runs.push([from, k]);
    from = k + 1;
  }
  return runs;
}

/** News agencies a source talks to ("told Reuters"): the writer's own, never part of a name after them. */
const AGENCY = /^(?:Reuters?|AFP|AP|UPI|Xinhua|Kyodo|Yonhap|Interfax|TASS|Tass|Bloomberg|ANSA|EFE|DPA|dpa)$/;
/** Words that go on an agency's own name ("Reuters Holdings", "AP Television"). */
const AGENCY_NAME_GOES_ON = /^(?:Holdings?|Information|Group|News|Television|TV|Radio|Monitor|Foundation|Inc|Plc|PLC|Ltd|Corp)\.?$/;

/**
 * Indices after which the tagger reads an unwritten "that": a news agency told something in a clause that opens with a
 * name ("told Reuters Taiwan would further reduce import tariffs", "told Reuters Brazil was not planning …"), which the
 * model otherwise reads with the agency as one organisation ("Reuters Taiwan").
 */
function toldAgency(ws: readonly TagWord[]): number[] {
  const at: number[] = [];
  for (let k = 1; k + 1 < ws.length; k++) {
    if (!AGENCY.test(ws[k]!.text) || !/^(?:told|tell|tells|telling)$/.test(ws[k - 1]!.text)) continue;
    const next = ws[k + 1]!.text;
    if (/^\p{Lu}/u.test(next) && !AGENCY_NAME_GOES_ON.test(next)) at.push(k);
  }
  return at;
}

/** The model's labels of each sentence's words, read with "that" after each given index (dropped from the labels again). */
function labelsWithThat(model: NerModel, words: readonly TagWord[][], at: readonly (readonly number[])[]): Int32Array[] {
  const input = words.map((ws, si) => {
    const w = ws.map((x) => x.text);
    for (let j = at[si]!.length - 1; j >= 0; j--) w.splice(at[si]![j]! + 1, 0, 'that');
    return w;
  });
  return model.labelDocument(input).map((ys, si) => {
    if (!at[si]!.length) return ys;
    const inserted = new Set(at[si]!.map((k, j) => k + 1 + j));
    return Int32Array.from(Array.from(ys).filter((_, i) => !inserted.has(i)));
  });
}

/** Entities of a text given its tokens and sentences. */
export function findEntities(model: NerModel, text: string, tokens: readonly Token[], sentences: readonly Span[]): Entity[] {
  const words = sentenceGroups(tokens, sentences).map((g) => conllWords(text, g));
  const labels = labelsWithThat(model, words, words.map(toldAgency));
  const out: Entity[] = [];
  words.forEach((ws, si) => {
    let taken = -1;
    for (const c of labelChunks(labels[si]!)) {
      if (!TYPES.has(c.type)) continue;
      const start = ws[c.start]!.start;
      if (start < taken) continue; // (the street word a street swallowed)
      let end = ws[c.end - 1]!.end;
      // "Dresden Drive", "Apple Valley Road": a street the model cut before its last word is a street, not the city.
      if (c.type === 'LOC' && c.end < ws.length) {
        const street = STREET.exec(text.slice(end, end + 14));
        if (street && ws[c.end]!.start === end + 1) end += street[0].length;
      }
      // "MP Penny Sharpe", read as an organisation: a title's abbreviation before a name of two or three words is a person's.
      if (c.type === 'ORG' && c.end - c.start >= 3 && c.end - c.start <= 4 && TITLE_ABBREVIATION.test(ws[c.start]!.text)
        && ws.slice(c.start + 1, c.end).every((w) => /^\p{Lu}\p{Ll}/u.test(w.text)) && !FIRM_WORD.test(ws[c.end - 1]!.text)) {
        const from = ws[c.start + 1]!.start;
        out.push({ start: from, end, text: text.slice(from, end), type: 'PER', via: 'model' });
        taken = end;
        continue;
      }
      // "Rainier Bancorp", "Marcus Corp", "James M. Barker Trust": a name the model read as a person's but that ends with
      // a firm's or a body's word is an organisation's.
      if (c.type === 'PER' && c.end - c.start >= 2 && FIRM_WORD.test(ws[c.end - 1]!.text)) {
        out.push({ start, end, text: text.slice(start, end), type: 'ORG', via: 'model' });
        taken = end;
        continue;
      }
      // "a Reuter survey", "Reuters": a news agency's name alone is the agency's, whatever the model read.
      if (c.end - c.start === 1 && c.type !== 'ORG' && AGENCY.test(ws[c.start]!.text) && ws[c.start]!.text.length > 2) {
        out.push({ start, end, text: text.slice(start, end), type: 'ORG', via: 'model' });
        taken = end;
        continue;
      }
      // "Hindi language", "Farsi language": one word before "language" names a language, whatever the model read.
      if (c.end - c.start === 1 && c.type !== 'MISC' && c.end < ws.length && LANGUAGE.test(ws[c.end]!.text) && ws[c.end]!.start === end + 1) {
        out.push({ start, end, text: text.slice(start, end), type: 'MISC', via: 'model' });
        taken = end;
        continue;
      }
      // A person's name has no lower-case word but its particles: "Xi meets Macron", a headline the model took for one
      // name, is two.
      const cut = c.type === 'PER' ? personRuns(ws, c.start, c.end) : null;
      const prev = out[out.length - 1];
      if (cut) for (const [a, b] of cut) out.push({ start: ws[a]!.start, end: ws[b - 1]!.end, text: text.slice(ws[a]!.start, ws[b - 1]!.end), type: 'PER', via: 'model' });
      // "Bashar al-Assad", labelled as a person and a place: a name that opens with a particle goes on the
      // person before it, whatever its own label.
      else if (prev?.type === 'PER' && ((prev.end + 1 === start && text[prev.end] === ' ' && opensWithParticle(text.slice(start, end)))
        // (… or one the model left out between two: "Prince Faisal" bin "Farhan Al Saud".)
        || (c.type === 'PER' && PARTICLE_BETWEEN.test(text.slice(prev.end, start))))) {
        out[out.length - 1] = { ...prev, end, text: text.slice(prev.start, end) };
      } else out.push({ start, end, text: text.slice(start, end), type: c.type as EntityType, via: 'model' });
      taken = end;
    }
  });
  return surnamesOfPeople(surnameOfOrganisation(out), tokens);
}

/** A person's name in full: two to four capitalised words ("Mike Ford", "John M. Ford"). */
const FULL_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;
/** Last words of a body's name the model may read as a person's ("Reagan Administration"). */
const BODY_WORD = /^(?:Administration|Government|Ministry|Department|Commission|Committee|Council|Office|Agency|Court|Senate|House|Congress|Parliament|Assembly|Army|Police|University|College|School|Center|Centre|Board|Authority|Service|Union)$/;

/**
 * "John M. Ford … Ford had outlined the book": the model read the bare surname as the carmaker, an organisation,
 * 46 times in one story. A word alone that the model read as an organisation or a name of another kind, and that
 * ends a person's full name earlier in the text, is that person; not a place ("George Washington" leaves
 * "Washington" the city), nor a word before a noun it modifies ("Hilton attorneys", "the Kadoorie family"),
 * nor a body's last word ("Reagan Administration").
 */
export function surnamesOfPeople(entities: Entity[], tokens: readonly Token[]): Entity[] {
  const surnames = new Set<string>();
  // (Nor the first word of an organisation's name in the text: "Taft" of Taft Broadcasting Co is the company, whatever
  // Dudley Taft's name.)
  const firms = new Set(entities.filter((e) => e.type === 'ORG' && /\s/.test(e.text)).map((e) => e.text.split(/\s+/)[0]!));
  let out: Entity[] | null = null;
  entities.forEach((e, k) => {
    if (e.type === 'PER') {
      const last = e.text.split(/\s+/).pop()!;
      if (FULL_NAME.test(e.text) && !FIRM_WORD.test(last) && !BODY_WORD.test(last)) surnames.add(last);
    } else if ((e.type === 'ORG' || e.type === 'MISC') && !/\s/.test(e.text) && surnames.has(e.text) && !firms.has(e.text)) {
      const next = tokens[firstStartingFrom(tokens, e.end)];
      if (next && (next.pos === 'NOUN' || next.pos === 'PROPN')) return;
      (out ??= [...entities])[k] = { ...e, type: 'PER' };
    }
  });
  return out ?? entities;
}

/** First words of places named after people ("Fort Jackson", "Port Washington", "Lake Clinton"), which are no given names here. */
const PLACE_FIRST = /^(?:Fort|Ft|Port|Lake|Mount|Mt|Cape|Camp|Point|San|Santa|St|Saint|New|North|South|East|West|Upper|Lower|Glen|Little|Great|Grand|Old)$/;

/** Last words of places ("Cooper Basin"), whatever a person's name ends with. */
const PLACE_LAST = /^(?:Basin|River|Lake|Bay|Island|Islands|Valley|County|Park|Square|Street|Road|Avenue|Heights|Hills?|Beach|Falls|Creek|Springs?|Field|Fields|City|Town|Village|Point|Harbou?r|Port|Peninsula|Mountains?|Canyon|Desert|Sea|Ocean|Gulf|Strait|Channel|Coast|Plains?|Forest|Airport|Station|Bridge|Stadium|Arena|Hall|Center|Centre|Hospital|Church|Mosque|Temple|Cathedral|Monument|Memorial|Tower|Palace|Castle|Gardens?)$/;

/**
 * "Joe Biden … his son Hunter Biden": the model read the son as a place, and "Chelsea Clinton" may be one. A name of
 * two capitalised words the model read as a place (not as an organisation: firms are named after people, "Smith
 * Barney", "Carter Hawley"), whose first word is a
 * given name (`givenName`) and whose last is the surname of a person named in full in the text ("Hunter Biden, the
 * son of Joe Biden"), is a person of that family; not a place named after one ("Fort Jackson", "Lake Clinton", "Cooper Basin").
 */
export function relativesOfPeople(entities: Entity[], givenName: (word: string) => boolean): Entity[] {
  const surnames = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'PER' || !FULL_NAME.test(e.text)) continue;
    const words = e.text.split(/\s+/);
    const last = words[words.length - 1]!;
    // The person's own name opens with a given name, and the surname is a word of letters, no "S.A." or "IV".
    if (givenName(words[0]!) && /^\p{Lu}[\p{L}'’-]*\p{Ll}$/u.test(last) && !FIRM_WORD.test(last) && !BODY_WORD.test(last)) surnames.add(last);
  }
  if (surnames.size === 0) return entities;
  let out: Entity[] | null = null;
  entities.forEach((e, k) => {
    const words = e.text.split(/\s+/);
    if (e.type !== 'LOC' || words.length !== 2 || PLACE_LAST.test(words[1]!) || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!) || !surnames.has(words[1]!)) return;
    if (PLACE_FIRST.test(words[0]!) || !givenName(words[0]!)) return;
    (out ??= [...entities])[k] = { ...e, type: 'PER' };
  });
  return out ?? entities;
}

/** Lower-case words for a person's calling or office, written right before a name ("rapper Kanye West", "prosecutor Josh Bash"). */
const ROLE_BEFORE = /(?:^|[\s(])(?:rapper|singer|songwriter|musician|actor|actress|comedian|author|novelist|poet|playwright|journalist|reporter|columnist|broadcaster|presenter|nominee|candidate|senator|congressman|congresswoman|lawmaker|legislator|mayor|governor|president|premier|chancellor|minister|secretary|ambassador|envoy|prosecutor|attorney|lawyer|judge|investor|businessman|businesswoman|entrepreneur|billionaire|philanthropist|activist|advocate|economist|scientist|researcher|professor|physician|astronaut|preacher|pastor|bishop|rabbi|imam|spokesman|spokeswoman|spokesperson|chairman|chairwoman|founder|co-founder|commander|designer|photographer|filmmaker|dancer|composer|guitarist|drummer|pianist|vocalist|footballer|goalkeeper|coach|boxer|wrestler|golfer|cyclist|swimmer|athlete|sprinter|skater) $/;

/**
 * "rapper Kanye West", "presidential nominee Gloria La Riva", "investor Theodore Cross": a name of two to four
 * capitalised words that the model read as something other than a person, whose first word is a given name
 * (`givenName`) and which a word for a person's calling or office comes right before (ROLE_BEFORE), is that person; not a
 * firm's or a body's name (its last word "Inc", "Party", "University"), nor a place's ("Mount …", "… River").
 */
export function peopleByRole(entities: Entity[], text: string, givenName: (word: string) => boolean): Entity[] {
  let out: Entity[] | null = null;
  entities.forEach((e, k) => {
    if (e.type === 'PER' || !FULL_NAME.test(e.text) || e.start < 2 || !ROLE_BEFORE.test(text.slice(Math.max(0, e.start - 16), e.start))) return;
    const words = e.text.split(/\s+/);
    const last = words[words.length - 1]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(words[0]!) || !givenName(words[0]!) || PLACE_FIRST.test(words[0]!)) return;
    if (FIRM_WORD.test(last) || BODY_WORD.test(last) || PLACE_LAST.test(last)) return;
    (out ??= [...entities])[k] = { ...e, type: 'PER' };
  });
  return out ?? entities;
}

/** An organisation the model read over a person named before and where they work: "Develle of Paribas". */
const SURNAME_OF = /^(\p{Lu}[\p{L}'’-]+) (?:of|at|from) (?=\p{Lu})/u;

/**
 * "… said Michel Develle, director at Banque Paribas. … commented Develle of Paribas": the model
 * took "Develle of Paribas" for one organisation. A surname of a person named in full before,
 * then "of", "at" or "from" an organisation, is that person and the organisation.
 */
export function surnameOfOrganisation(entities: Entity[]): Entity[] {
  const surnames = new Set<string>();
  const out: Entity[] = [];
  for (const e of entities) {
    const m = e.type === 'ORG' ? SURNAME_OF.exec(e.text) : null;
    if (m && surnames.has(m[1]!)) {
      const orgStart = e.start + m[0].length;
      out.push({ start: e.start, end: e.start + m[1]!.length, text: m[1]!, type: 'PER', via: e.via });
      out.push({ ...e, start: orgStart, text: e.text.slice(m[0].length) });
      continue;
    }
    if (e.type === 'PER' && /\s/.test(e.text)) surnames.add(e.text.split(/\s+/).pop()!);
    out.push(e);
  }
  return out;
}

export interface EntityStageOptions {
  /** Whether a word is a given name (the actor knowledge's tables): it lets relativesOfPeople type a person's relatives. */
  readonly givenName?: (word: string) => boolean;
}

export function createEntityStage(model: NerModel, options: EntityStageOptions = {}): Stage {
  return {
    name: 'entities',
    requires: ['tokens', 'sentences'],
    produces: ['entities'],
    run(doc: Doc): Doc {
      // The model is English: on another language it finds only noise, and the quote and event stages skip the text too.
      const foreign = notEnglishOnce(doc.text, doc.meta.language ?? null);
      if (foreign) {
        const warning = `text is not English (${foreign}): no entities, quotes or events were extracted`;
        return withLayer(withMeta(doc, { warnings: [...(doc.meta.warnings ?? []), warning] }), 'entities', []);
      }
      const tokens = layer(doc, 'tokens');
      const found = findEntities(model, doc.text, tokens, layer(doc, 'sentences'));
      if (!options.givenName) return withLayer(doc, 'entities', found);
      // (A person read by calling makes the later bare surnames the model read otherwise the person's: "West outlined …".)
      const byRole = peopleByRole(found, doc.text, options.givenName);
      return withLayer(doc, 'entities', relativesOfPeople(byRole === found ? found : surnamesOfPeople(byRole, tokens), options.givenName));
    },
  };
}
