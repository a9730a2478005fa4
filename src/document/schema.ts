/**
 * The analyze record: one schema gives the TypeScript type and the runtime check
 * of everything dateline prints, stores and serves (see ../shared/CONTRACT.md).
 */
import { z } from 'zod';
import { CUE_KINDS } from './layers.js';

export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: 'span end before start' });

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const SourceSchema = z.object({
  path: z.string().optional(),
  url: z.string().optional(),
  format: z.enum(['text', 'html', 'rss', 'warc', 'jsonl', 'sgml']),
  item: z.string().optional(),
});

export const EntitySchema = z.object({
  start: z.number().int(), end: z.number().int(),
  text: z.string(),
  type: z.enum(['PER', 'ORG', 'LOC', 'MISC']),
  actor: z.string().optional(),
  name: z.string().optional(),
  country: z.string().optional(),
  sector: z.string().optional(),
  chain: z.number().int().optional(),
  via: z.string().optional(),
  members: z.array(z.string()).readonly().optional(),
  memberNames: z.array(z.string()).readonly().optional(),
});

export const QuoteSchema = z.object({
  content: SpanSchema,
  parts: z.array(SpanSchema).readonly().optional(),
  speaker: SpanSchema.nullable(),
  cue: SpanSchema.nullable(),
  speakerName: z.string().nullable(),
  speakerActor: z.string().nullable().optional(),
  direct: z.boolean(),
  explanation: z.object({
    step: z.string(),
    confidence: z.number().min(0).max(1).optional(),
    speakerVia: z.string().optional(),
    speakerFrom: SpanSchema.optional(),
    cueKind: z.enum(CUE_KINDS).optional(),
  }).optional(),
});

/** What a place mention names (a country by its demonym: "Russian"). */
export const PlaceKindSchema = z.enum(['continent', 'country', 'region', 'city', 'demonym']);

const ActorRefSchema = z.object({ code: z.string(), name: z.string() });

export const EventSchema = z.object({
  source: ActorRefSchema.nullable(),
  target: ActorRefSchema.nullable(),
  cameo: z.string().regex(/^\d{2,4}$/, 'CAMEO code of 2 to 4 digits'),
  plover: z.object({ type: z.string(), mode: z.string().nullable() }).nullable(),
  goldstein: z.number(),
  quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  date: IsoDate.nullable(),
  location: z.object({
    name: z.string(), lat: z.number(), lon: z.number(), country: z.string(),
    kind: PlaceKindSchema.optional(),
    geonameid: z.number().int().optional(),
  }).nullable(),
  evidence: SpanSchema,
  confidence: z.number().min(0).max(1),
  mentions: z.array(SpanSchema).readonly().optional(),
  explanation: z.object({
    pattern: z.string(),
    verb: SpanSchema.nullable(),
    sourceSpan: SpanSchema.nullable(),
    targetSpan: SpanSchema.nullable(),
    negated: z.boolean().optional(),
    modality: z.string().nullable().optional(),
    notes: z.array(z.string()).readonly().optional(),
  }).optional(),
});

export const PlaceSchema = z.object({
  start: z.number().int(), end: z.number().int(),
  text: z.string(),
  lat: z.number(), lon: z.number(),
  country: z.string(),
  geonameid: z.number().int().optional(),
  /** The gazetteer's name of the place ("Genève" for "Geneva"). */
  name: z.string().optional(),
  kind: PlaceKindSchema.optional(),
});

export const BoilerplateSchema = z.object({
  start: z.number().int(), end: z.number().int(),
  kind: z.enum(['related', 'byline', 'share', 'other']),
});

export const ArticleRecordSchema = z.object({
  id: z.string().min(8),
  source: SourceSchema,
  title: z.string().nullable(),
  published: IsoDate.nullable(),
  /** When the page was fetched (a WARC record's WARC-Date, or the time of a URL fetch). */
  fetched: z.iso.datetime().nullable().optional(),
  dateline: z.object({ place: z.string().nullable(), agency: z.string().nullable(), placeCountry: z.string().nullable().optional() }).nullable(),
  authors: z.array(z.string()),
  language: z.string().nullable().optional(),
  siteName: z.string().nullable().optional(),
  text: z.string(),
  body: SpanSchema,
  headline: SpanSchema.nullable().optional(),
  boilerplate: z.array(BoilerplateSchema),
  sentences: z.number().int().nonnegative().optional(),
  tokens: z.number().int().nonnegative().optional(),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  events: z.array(EventSchema),
  places: z.array(PlaceSchema),
  warnings: z.array(z.string()).optional(),
  analyzedWith: z.string().optional(),
});

export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
export type EventRecord = z.infer<typeof EventSchema>;

export const FailureRecordSchema = z.object({ source: SourceSchema, error: z.string() });
export type FailureRecord = z.infer<typeof FailureRecordSchema>;

/** Check every span of a record lies inside its text; returns the problems found. */
export function spanProblems(r: ArticleRecord): string[] {
  const n = r.text.length;
  const out: string[] = [];
  const chk = (what: string, s: { start: number; end: number } | null | undefined) => {
    if (s && !(s.start >= 0 && s.end >= s.start && s.end <= n)) out.push(`${what} [${s.start},${s.end}) outside text of length ${n}`);
  };
  chk('body', r.body);
  chk('headline', r.headline);
  r.boilerplate.forEach((b, i) => chk(`boilerplate[${i}]`, b));
  r.entities.forEach((e, i) => chk(`entities[${i}]`, e));
  r.places.forEach((p, i) => chk(`places[${i}]`, p));
  r.quotes.forEach((q, i) => { chk(`quotes[${i}].content`, q.content); chk(`quotes[${i}].speaker`, q.speaker); chk(`quotes[${i}].cue`, q.cue); q.parts?.forEach((p, k) => chk(`quotes[${i}].parts[${k}]`, p)); });
  r.events.forEach((e, i) => chk(`events[${i}].evidence`, e.evidence));
  return out;
}
