/**
 * Test and benchmark records: real texts (the seed article, Wikinews CC BY 2.5, read
 * from ../shared at run time) with layers marked by a small, deterministic annotator
 * written for tests (country and leader names, sentences naming two countries become
 * events). They pass ArticleRecordSchema; they are fixtures, not dateline's analysis.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ArticleRecord } from '../../src/document/schema.js';

export { SHARED } from '../shared.js';
import { SHARED } from '../shared.js';

type Rec = ArticleRecord;
type Ev = Rec['events'][number];

interface Actor { pattern: string; code: string; name: string; country: string; lat: number; lon: number; type: 'PER' | 'LOC' | 'MISC' }

const COUNTRIES: [string, string, string, number, number][] = [
  // name, adjective, ISO alpha-3 (CAMEO country code), capital lat, lon
  ['Russia', 'Russian', 'RUS', 55.75, 37.62], ['Iran', 'Iranian', 'IRN', 35.69, 51.39], ['Syria', 'Syrian', 'SYR', 33.51, 36.29],
  ['Turkey', 'Turkish', 'TUR', 39.93, 32.86], ['United States', 'American', 'USA', 38.9, -77.04], ['China', 'Chinese', 'CHN', 39.9, 116.4],
  ['Ukraine', 'Ukrainian', 'UKR', 50.45, 30.52], ['France', 'French', 'FRA', 48.86, 2.35], ['Germany', 'German', 'DEU', 52.52, 13.4],
  ['United Kingdom', 'British', 'GBR', 51.51, -0.13], ['India', 'Indian', 'IND', 28.61, 77.21], ['Israel', 'Israeli', 'ISR', 31.77, 35.21],
  ['Japan', 'Japanese', 'JPN', 35.68, 139.69], ['Brazil', 'Brazilian', 'BRA', -15.79, -47.88], ['Australia', 'Australian', 'AUS', -35.28, 149.13],
  ['Canada', 'Canadian', 'CAN', 45.42, -75.7], ['Mexico', 'Mexican', 'MEX', 19.43, -99.13], ['Venezuela', 'Venezuelan', 'VEN', 10.49, -66.88],
  ['Pakistan', 'Pakistani', 'PAK', 33.68, 73.05], ['North Korea', 'North Korean', 'PRK', 39.04, 125.76], ['South Korea', 'South Korean', 'KOR', 37.57, 126.98],
  ['Saudi Arabia', 'Saudi', 'SAU', 24.71, 46.68], ['Egypt', 'Egyptian', 'EGY', 30.04, 31.24], ['Nigeria', 'Nigerian', 'NGA', 9.08, 7.4],
  ['Indonesia', 'Indonesian', 'IDN', -6.21, 106.85], ['Iraq', 'Iraqi', 'IRQ', 33.31, 44.36], ['Afghanistan', 'Afghan', 'AFG', 34.53, 69.17],
  ['Spain', 'Spanish', 'ESP', 40.42, -3.7], ['Italy', 'Italian', 'ITA', 41.9, 12.5], ['Poland', 'Polish', 'POL', 52.23, 21.01],
  ['Philippines', 'Filipino', 'PHL', 14.6, 120.98], ['Yemen', 'Yemeni', 'YEM', 15.37, 44.19], ['Cuba', 'Cuban', 'CUB', 23.11, -82.37],
  ['Thailand', 'Thai', 'THA', 13.76, 100.5], ['Bangladesh', 'Bangladeshi', 'BGD', 23.81, 90.41], ['Lebanon', 'Lebanese', 'LBN', 33.89, 35.5],
];
const LEADERS: [string, string, string][] = [
  ['Vladimir Putin', 'RUSGOV', 'RUS'], ['Hassan Rouhani', 'IRNGOV', 'IRN'], ['Donald Trump', 'USAGOV', 'USA'], ['Xi Jinping', 'CHNGOV', 'CHN'],
  ['Emmanuel Macron', 'FRAGOV', 'FRA'], ['Angela Merkel', 'DEUGOV', 'DEU'], ['Boris Johnson', 'GBRGOV', 'GBR'], ['Theresa May', 'GBRGOV', 'GBR'],
  ['Narendra Modi', 'INDGOV', 'IND'], ['Benjamin Netanyahu', 'ISRGOV', 'ISR'], ['Kim Jong-un', 'PRKGOV', 'PRK'], ['Volodymyr Zelensky', 'UKRGOV', 'UKR'],
  ['Nicolás Maduro', 'VENGOV', 'VEN'], ['Jair Bolsonaro', 'BRAGOV', 'BRA'], ['Justin Trudeau', 'CANGOV', 'CAN'], ['Shinzo Abe', 'JPNGOV', 'JPN'],
];
// keyword → [CAMEO, PLOVER type, Goldstein]
const VERBS: [RegExp, string, string | null, number][] = [
  [/\b(attack|bomb|strik|shell|kill)/i, '190', 'ASSAULT', -10], [/\b(sanction|ban)/i, '163', 'SANCTION', -8],
  [/\b(accus|criticis|criticiz|condemn)/i, '112', 'ACCUSE', -2], [/\b(threat)/i, '130', 'THREATEN', -4.4],
  [/\b(protest)/i, '140', 'PROTEST', -6.5], [/\b(aid|help|support)/i, '070', 'AID', 7],
  [/\b(agree|deal|treaty)/i, '057', 'AGREE', 8], [/\b(met|meet|talks|visit)/i, '040', 'CONSULT', 1],
  [/\b(cooperat)/i, '050', 'COOPERATE', 3.5],
];
// Quad classes as GDELT defines them: roots 01-05, 06-08, 09-13, 14-20.
const QUAD: Record<string, 1 | 2 | 3 | 4> = { '01': 1, '02': 1, '03': 1, '04': 1, '05': 1, '06': 2, '07': 2, '08': 2, '09': 3, '10': 3, '11': 3, '12': 3, '13': 3 };

const ACTORS: Actor[] = [
  ...LEADERS.map(([name, code, c]) => { const k = COUNTRIES.find((x) => x[2] === c)!; return { pattern: name, code, name, country: c, lat: k[3], lon: k[4], type: 'PER' as const }; }),
  ...COUNTRIES.flatMap(([name, adj, code, lat, lon]) => [
    { pattern: name, code, name, country: code, lat, lon, type: 'LOC' as const },
    { pattern: adj, code, name, country: code, lat, lon, type: 'MISC' as const },
  ]),
].sort((a, b) => b.pattern.length - a.pattern.length);
const ACTOR_RE = new RegExp(`\\b(${ACTORS.map((a) => a.pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'g');

export function contentId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20);
}

function sentences(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^.!?\n]+(?:[.!?]+["”’']?|$)/gm;
  const part = text.slice(from, to);
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const s = from + m.index + lead, e = from + m.index + raw.trimEnd().length;
    if (e > s) out.push({ start: s, end: e });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

export interface FixtureInput {
  text: string;
  title: string | null;
  published: string | null;
  source: Rec['source'];
  body?: { start: number; end: number };
  boilerplate?: Rec['boilerplate'];
  idSalt?: string;
  /** Also code sentences naming one actor, against the article's most named other country (benchmark density). */
  dense?: boolean;
}

/** Mark entities, places, quotes and events in a real text with the fixture annotator. */
export function annotate(input: FixtureInput): Rec {
  const { text } = input;
  const body = input.body ?? { start: 0, end: text.length };
  const entities: Rec['entities'] = [];
  const places: Rec['places'] = [];
  const found: { start: number; end: number; actor: Actor }[] = [];
  for (const m of text.matchAll(ACTOR_RE)) {
    const actor = ACTORS.find((a) => a.pattern === m[1])!;
    const start = m.index!, end = start + m[0].length;
    found.push({ start, end, actor });
    entities.push({ start, end, text: m[0], type: actor.type, actor: actor.code, name: actor.name, country: actor.country });
    if (actor.type === 'LOC') places.push({ start, end, text: m[0], lat: actor.lat, lon: actor.lon, country: actor.country });
  }
  const quotes: Rec['quotes'] = [];
  for (const m of text.matchAll(/[“"]([^”"\n]{20,600})[”"]/g)) {
    const start = m.index! + 1;
    quotes.push({ content: { start, end: start + m[1]!.length }, speaker: null, cue: null, speakerName: null, direct: true });
  }
  const events: Ev[] = [];
  const tally = new Map<string, { n: number; f: (typeof found)[number] }>();
  for (const f of found) { const t = tally.get(f.actor.country) ?? { n: 0, f }; t.n++; tally.set(f.actor.country, t); }
  const ranked = [...tally.values()].sort((a, b) => b.n - a.n).map((t) => t.f);
  for (const s of sentences(text, body.start, body.end)) {
    const inS = found.filter((f) => f.start >= s.start && f.end <= s.end);
    const src = inS.find((f) => f.actor.type === 'PER') ?? inS[0];
    const tgt = src && (inS.find((f) => f.actor.country !== src.actor.country)
      ?? (input.dense ? ranked.find((f) => f.actor.country !== src.actor.country) : undefined));
    if (!src || !tgt) continue;
    const sentence = text.slice(s.start, s.end);
    const verb = VERBS.find(([re]) => re.test(sentence)) ?? [/x/, '010', null, 0] as const;
    const cameo = verb[1];
    events.push({
      source: { code: src.actor.code, name: src.actor.name }, target: { code: tgt.actor.code, name: tgt.actor.name },
      cameo, plover: verb[2] ? { type: verb[2], mode: null } : null, goldstein: verb[3],
      quadClass: QUAD[cameo.slice(0, 2)] ?? 4, date: input.published,
      location: { name: tgt.actor.name, lat: tgt.actor.lat, lon: tgt.actor.lon, country: tgt.actor.country },
      evidence: s, confidence: 0.5,
    });
  }
  return {
    id: contentId(text, input.idSalt ?? ''),
    source: input.source, title: input.title, published: input.published, dateline: null, authors: [],
    text, body, boilerplate: input.boilerplate ?? [], entities, quotes, events, places, analyzedWith: 'test-fixture',
  };
}

/** The seed article, with its byline and "Check Also" block marked as boilerplate. */
export function seedRecord(): Rec {
  const text = readFileSync(`${SHARED}/seed/sana-putin-rouhani.txt`, 'utf8').replace(/^\uFEFF/, '');
  const title = text.slice(0, text.indexOf('\n'));
  const bodyStart = text.indexOf('Russian President Vladimir Putin');
  const byline = text.indexOf('Shaza / Hazem Sabbagh');
  const related = text.indexOf('Check Also');
  const bodyEnd = text.lastIndexOf('Geneva talks.') + 'Geneva talks.'.length;
  const r = annotate({
    text, title, published: '2017-03-29', source: { format: 'text', path: 'seed/sana-putin-rouhani.txt' },
    body: { start: bodyStart, end: bodyEnd },
    boilerplate: [
      { start: byline, end: byline + 'Shaza / Hazem Sabbagh'.length, kind: 'byline' },
      { start: related, end: text.length, kind: 'related' },
    ],
  });
  const cue = text.indexOf('the Russian president said');
  const speaker = { start: cue, end: cue + 'the Russian president'.length };
  const quotes = r.quotes.map((q) => (q.content.start > cue && q.content.start - cue < 40
    ? { ...q, speaker, cue: { start: speaker.end + 1, end: speaker.end + 5 }, speakerName: 'Vladimir Putin', speakerActor: 'RUSGOV',
      explanation: { step: 'tagger', confidence: 0.97, speakerVia: 'coreference', speakerFrom: { start: text.indexOf('Vladimir Putin'), end: text.indexOf('Vladimir Putin') + 14 }, cueKind: 'speech' as const } } : q));
  return { ...r, dateline: { place: 'Moscow', agency: 'SANA' }, authors: ['Shaza', 'Hazem Sabbagh'], quotes };
}

/** Minimal RFC 4180 CSV reader (quoted fields, doubled quotes, newlines in fields). */
export function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export interface WikinewsArticle { url: string; date: string; title: string; text: string }

export function wikinewsArticles(): WikinewsArticle[] {
  const out: WikinewsArticle[] = [];
  for (const year of ['2019', '2020']) {
    const rows = parseCsv(readFileSync(`${SHARED}/corpora/wikinews/wikinews_${year}.csv`, 'utf8'));
    for (const r of rows.slice(1)) if (r.length >= 4 && r[3]) out.push({ url: r[0]!, date: r[1]!, title: r[2]!, text: r[3]! });
  }
  return out;
}

export function wikinewsRecord(a: WikinewsArticle, salt = '', dense = false): Rec {
  return annotate({ text: a.text, title: a.title, published: a.date, source: { format: 'text', url: a.url }, idSalt: salt, dense });
}

/** Wikinews articles whose fixture annotation has at least one event. */
export function wikinewsRecords(limit = Infinity): Rec[] {
  const out: Rec[] = [];
  for (const a of wikinewsArticles()) {
    const r = wikinewsRecord(a);
    if (r.events.length) out.push(r);
    if (out.length >= limit) break;
  }
  return out;
}

export const XSS_MARKERS = ['window.__xss'];

/** An article whose text, title and names carry script payloads: none may ever run. */
export function hostileRecord(): Rec {
  const text = 'Payload test <script>window.__xss = 1</script> as Russia accused Ukraine of shelling '
    + '<img src=x onerror="window.__xss=2"> near the border. '
    + '“<svg onload=window.__xss=3>We reject this</svg>,” a spokesman said <iframe src="javascript:window.__xss=4"></iframe>.';
  const r = annotate({ text, title: '<img src=x onerror="window.__xss=5">Hostile title', published: '2020-06-01', source: { format: 'html', url: 'https://example.org/<script>' } });
  const img = text.indexOf('<img');
  return {
    ...r,
    entities: [...r.entities, { start: img, end: img + 36, text: text.slice(img, img + 36), type: 'ORG', name: '<b onmouseover=window.__xss=6>x</b>', actor: 'UKRMIL' }],
    quotes: r.quotes.map((q) => ({ ...q, speakerName: '<img src=y onerror=window.__xss=7>' })),
    events: r.events.map((e) => ({ ...e, source: e.source && { ...e.source, name: '<script>window.__xss=8</script>' }, location: e.location && { ...e.location, name: '<img src=z onerror=window.__xss=9>' } })),
  };
}

const NAME_RE = new RegExp(`\\b(${COUNTRIES.flatMap((c) => [c[0], c[1]]).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

/** A variant of a text with every country name (and adjective) moved k places along the list. */
export function shiftCountries(text: string, k: number): string {
  if (k % COUNTRIES.length === 0) return text;
  return text.replace(NAME_RE, (m) => {
    const i = COUNTRIES.findIndex((c) => c[0] === m || c[1] === m);
    const c = COUNTRIES[(i + k) % COUNTRIES.length]!;
    return COUNTRIES[i]![0] === m ? c[0] : c[1];
  });
}
