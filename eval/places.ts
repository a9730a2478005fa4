/**
 * Geoparsing evaluation on LGL (local news) and GeoVirus (WikiNews), from
 * ../shared/corpora/geoparsing (research-only corpora, read at run time, never shipped).
 *
 * - Recognition: predicted toponym spans against the gold spans, exact match, P/R/F1.
 *   Entities come from the NER stage (src/stages/entities) when it exists, else none, with
 *   the gazetteer's own finder on.
 * - Resolution: the gold toponym spans resolved with the article's context; accuracy@161km
 *   (share of gold toponyms with coordinates resolved within 161 km; unresolved counts as
 *   wrong) and the median error in km of those resolved.
 *
 *   npx tsx eval/places.ts
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segment } from '../src/stages/segment/index.js';
import { defaultGazetteer, distanceKm, foldName, type Gazetteer } from '../src/knowledge/gazetteer/index.js';
import { findPlaces } from '../src/stages/places/index.js';
import { resolveMentions } from '../src/stages/places/resolve.js';
import { linkAdjacent, type Mention } from '../src/stages/places/mentions.js';
import type { Entity } from '../src/document/layers.js';
import type { Stage } from '../src/pipeline.js';
import { createDoc, layer, withLayer } from '../src/document/document.js';

const here = dirname(fileURLToPath(import.meta.url));
const SHARED = process.env.DATELINE_SHARED ?? join(here, '..', '..', 'shared');
const CORPORA = join(SHARED, 'corpora', 'geoparsing');

export interface GoldToponym { start: number; end: number; phrase: string; lat: number | null; lon: number | null }
export interface GoldArticle { text: string; toponyms: GoldToponym[] }

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const l = e.toLowerCase();
    if (l === 'amp') return '&';
    if (l === 'lt') return '<';
    if (l === 'gt') return '>';
    if (l === 'quot') return '"';
    if (l === 'apos') return "'";
    return String.fromCodePoint(l.startsWith('#x') ? parseInt(l.slice(2), 16) : parseInt(l.slice(1), 10));
  });
}

function field(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
  if (!m) return null;
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(m[1]!);
  return cdata ? cdata[1]! : decode(m[1]!);
}

export function readLgl(path = join(CORPORA, 'lgl.xml')): GoldArticle[] {
  const xml = readFileSync(path, 'utf8');
  return [...xml.matchAll(/<article[\s>][\s\S]*?<\/article>/g)].map(([a]) => ({
    text: field(a, 'text') ?? '',
    toponyms: [...a.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)].map(([, t]) => {
      const lat = field(t!, 'lat');
      const lon = field(t!, 'lon');
      return { start: Number(field(t!, 'start')), end: Number(field(t!, 'end')), phrase: field(t!, 'phrase') ?? '', lat: lat ? Number(lat) : null, lon: lon ? Number(lon) : null };
    }),
  }));
}

/** GeoVirus offsets are mostly one past the name (1-based); align each to where its name is. */
function align(text: string, t: GoldToponym): GoldToponym {
  for (const d of [0, -1, 1, -2, 2]) {
    if (text.slice(t.start + d, t.end + d) === t.phrase) return { ...t, start: t.start + d, end: t.end + d };
  }
  return t;
}

export function readGeoVirus(path = join(CORPORA, 'GeoVirus.xml')): GoldArticle[] {
  const xml = readFileSync(path, 'utf8');
  return [...xml.matchAll(/<article>[\s\S]*?<\/article>/g)].map(([a]) => {
    const text = field(a, 'text') ?? '';
    return {
      text,
      toponyms: [...a.matchAll(/<location>([\s\S]*?)<\/location>/g)].map(([, t]) => align(text, {
        start: Number(field(t!, 'start')), end: Number(field(t!, 'end')), phrase: field(t!, 'name') ?? '',
        lat: Number(field(t!, 'lat')), lon: Number(field(t!, 'lon')),
      })),
    };
  });
}

/** The NER stage (src/stages/entities over the model in src/models/ner), when it is there. */
async function entityStage(): Promise<Stage | null> {
  const path = join(here, '..', 'src', 'stages', 'entities', 'index.ts');
  if (!existsSync(path)) return null;
  try {
    const mod = (await import('../src/stages/entities/index.js')) as Record<string, unknown>;
    const model = existsSync(join(here, '..', 'src', 'models', 'ner', 'model.ts'))
      ? ((await import('../src/models/ner/model.js')) as Record<string, unknown>).defaultNerModel
      : undefined;
    if (typeof mod.createEntityStage === 'function' && typeof model === 'function') {
      return (mod.createEntityStage as (m: unknown) => Stage)((model as () => unknown)());
    }
    for (const v of Object.values(mod)) {
      if (v && typeof v === 'object' && (v as Stage).produces?.includes?.('entities')) return v as Stage;
    }
    for (const [k, v] of Object.entries(mod)) {
      if (typeof v === 'function' && /^create\w*Stage$/.test(k) && v.length === 0) {
        const s = (v as () => Stage)();
        if (s?.produces?.includes('entities')) return s;
      }
    }
  } catch (e) {
    console.error(`places eval: NER stage not usable, scoring the finder alone (${(e as Error).message.split('\n')[0]})`);
    return null;
  }
  return null;
}

export interface Recognition { precision: number; recall: number; f1: number }
export interface CorpusScores {
  /** Recognition with the gazetteer's finder alone (no entity layer). */
  finder: Recognition;
  /** Recognition with the NER model's entities and the finder (the pipeline's setting); null without a model. */
  ner: Recognition | null;
  acc161: number;
  /** acc161 on the odd-numbered articles alone, which the weights in settings.json were not tuned on. */
  acc161Odd: number;
  medianKm: number; resolvable: number; gold: number;
}

function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

class Counts {
  tp = 0; fp = 0; fn = 0;
  add(predicted: readonly { start: number; end: number }[], gold: readonly GoldToponym[]): void {
    const g = new Set(gold.map((t) => `${t.start}:${t.end}`));
    const seen = new Set<string>();
    for (const p of predicted) {
      const k = `${p.start}:${p.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      if (g.has(k)) this.tp++; else this.fp++;
    }
    for (const k of g) if (!seen.has(k)) this.fn++;
  }
  scores(): Recognition {
    const precision = this.tp / Math.max(1, this.tp + this.fp);
    const recall = this.tp / Math.max(1, this.tp + this.fn);
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }
}

export function scoreCorpus(articles: readonly GoldArticle[], gaz: Gazetteer, entities: Stage | null): CorpusScores {
  const finder = new Counts();
  const withNer = new Counts();
  let within = 0, withCoords = 0, resolvable = 0, withinOdd = 0, withCoordsOdd = 0;
  const errors: number[] = [];
  for (const [index, a] of articles.entries()) {
    const odd = index % 2 === 1;
    const { tokens, sentences, paragraphs } = segment(a.text);
    // Recognition: the finder alone, then with the NER model's entities.
    finder.add(findPlaces({ text: a.text, tokens, sentences, entities: [] }, gaz), a.toponyms);
    if (entities) {
      let doc = createDoc(a.text, { source: { format: 'text' }, headlineInText: false });
      doc = withLayer(withLayer(withLayer(doc, 'tokens', tokens), 'sentences', sentences), 'paragraphs', paragraphs);
      const ents: readonly Entity[] = layer(entities.run(doc, {}), 'entities');
      withNer.add(findPlaces({ text: a.text, tokens, sentences, entities: ents }, gaz), a.toponyms);
    }
    // Resolution of the gold spans, with one another as context.
    const mentions: Mention[] = a.toponyms
      .map((t) => ({ start: t.start, end: t.end, text: a.text.slice(t.start, t.end), key: foldName(a.text.slice(t.start, t.end)), source: 'entity' as const }))
      .sort((x, y) => x.start - y.start);
    const resolved = resolveMentions(a.text, linkAdjacent(a.text, mentions, gaz), gaz);
    const at = new Map(resolved.map((p) => [`${p.start}:${p.end}`, p]));
    for (const t of a.toponyms) {
      if (t.lat === null || t.lon === null || Number.isNaN(t.lat)) continue;
      withCoords++;
      if (odd) withCoordsOdd++;
      const p = at.get(`${t.start}:${t.end}`);
      if (!p) continue;
      resolvable++;
      const d = distanceKm(p, { lat: t.lat, lon: t.lon });
      errors.push(d);
      if (d <= 161) { within++; if (odd) withinOdd++; }
    }
  }
  return {
    finder: finder.scores(), ner: entities ? withNer.scores() : null,
    acc161: within / Math.max(1, withCoords), acc161Odd: withinOdd / Math.max(1, withCoordsOdd), medianKm: median(errors), resolvable: resolvable / Math.max(1, withCoords), gold: withCoords,
  };
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/**
 * Headline scores: <corpus>_recognition_{precision,recall,f1} with the NER model when it is
 * there (else the finder alone), <corpus>_finder_* with the finder alone, <corpus>_acc161.
 */
export async function run(): Promise<Record<string, number>> {
  const gaz = defaultGazetteer();
  const ner = await entityStage();
  const out: Record<string, number> = { ner_used: ner ? 1 : 0 };
  for (const [name, articles] of [['lgl', readLgl()], ['geovirus', readGeoVirus()]] as const) {
    const s = scoreCorpus(articles, gaz, ner);
    const head = s.ner ?? s.finder;
    out[`${name}_recognition_precision`] = round(head.precision);
    out[`${name}_recognition_recall`] = round(head.recall);
    out[`${name}_recognition_f1`] = round(head.f1);
    out[`${name}_finder_precision`] = round(s.finder.precision);
    out[`${name}_finder_recall`] = round(s.finder.recall);
    out[`${name}_finder_f1`] = round(s.finder.f1);
    out[`${name}_acc161`] = round(s.acc161);
    out[`${name}_acc161_odd`] = round(s.acc161Odd);
    out[`${name}_resolved_share`] = round(s.resolvable);
    out[`${name}_median_error_km`] = Math.round(s.medianKm * 10) / 10;
  }
  return out;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const t0 = performance.now();
  void run().then((scores) => {
    for (const [k, v] of Object.entries(scores)) console.log(`${k}\t${v}`);
    console.log(`seconds\t${((performance.now() - t0) / 1000).toFixed(1)}`);
  });
}
