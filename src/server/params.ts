/**
 * Query parameters of the API, checked at the boundary: one zod schema per endpoint
 * gives the parsed type and the plain-language 400 message for anything malformed.
 */
import { z } from 'zod';
import { EXPORT_FORMATS } from '../export/index.js';
import { CUE_KINDS } from '../document/layers.js';
import { MAX_LIMIT } from '../store/types.js';

function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const isoDate = (name: string) =>
  z.string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${name} must be a date YYYY-MM-DD`)
    .refine(isCalendarDate, `${name} is not a calendar date`);

const limit = z.string()
  .regex(/^\d+$/, 'limit must be a whole number')
  .transform(Number)
  .pipe(z.number().int().min(1, 'limit must be at least 1').max(MAX_LIMIT, `limit must be at most ${MAX_LIMIT}`));

const cursor = z.string().max(2000, 'cursor is too long');
const text = (name: string, max: number) => z.string().max(max, `${name} is longer than ${max} characters`);
const actorCode = (name: string) =>
  z.string().regex(/^[A-Za-z0-9]{1,40}$/, `${name} must be a CAMEO actor code or its prefix (letters and digits)`);

function sinceBeforeUntil(v: { since?: string; until?: string }): boolean {
  return !(v.since && v.until && v.since > v.until);
}
const dateOrder = { message: 'since is after until', path: ['since'] };

export const ArticlesParams = z.strictObject({
  q: text('q', 500).optional(),
  since: isoDate('since').optional(),
  until: isoDate('until').optional(),
  source: text('source', 500).optional(),
  limit: limit.optional(),
  cursor: cursor.optional(),
}).refine(sinceBeforeUntil, dateOrder);

const minConfidence = z.string().regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'minConfidence must be a number from 0 to 1').transform(Number);

/** The event filters, shared by /api/events and /api/events/summary. */
const eventFilters = {
  actor: actorCode('actor').optional(),
  sourceActor: actorCode('sourceActor').optional(),
  targetActor: actorCode('targetActor').optional(),
  cameo: z.string().regex(/^\d{1,4}$/, 'cameo must be a CAMEO code or its prefix: 1 to 4 digits').optional(),
  plover: z.string().regex(/^[A-Za-z_]{1,30}$/, 'plover must be a PLOVER event type such as CONSULT').optional(),
  quadClass: z.enum(['1', '2', '3', '4'], 'quadClass must be 1, 2, 3 or 4').transform(Number).optional(),
  minConfidence: minConfidence.optional(),
  since: isoDate('since').optional(),
  until: isoDate('until').optional(),
  place: text('place', 200).optional(),
};

export const EventsParams = z.strictObject({
  ...eventFilters,
  articleId: text('articleId', 200).optional(),
  expand: z.enum(['evidence'], 'expand must be "evidence"').optional(),
  limit: limit.optional(),
  cursor: cursor.optional(),
}).refine(sinceBeforeUntil, dateOrder);

/** GET /api/events/export and `dateline events`: the filters, a format, and a limit that may exceed a page. */
export const ExportParams = z.strictObject({
  ...eventFilters,
  articleId: text('articleId', 200).optional(),
  format: z.enum(EXPORT_FORMATS, `format must be one of ${EXPORT_FORMATS.join(', ')}`).optional(),
  limit: z.string().regex(/^\d+$/, 'limit must be a whole number').transform(Number)
    .pipe(z.number().int().min(1, 'limit must be at least 1')).optional(),
  header: z.enum(['true', 'false'], 'header must be true or false').transform((v) => v === 'true').optional(),
}).refine(sinceBeforeUntil, dateOrder);

export const SummaryParams = z.strictObject(eventFilters).refine(sinceBeforeUntil, dateOrder);

export const ActorsParams = z.strictObject({
  q: text('q', 200).optional(),
  limit: limit.optional(),
});

/** The quote filters, shared by /api/quotes and /api/quotes/speakers. */
const quoteFilters = {
  speaker: text('speaker', 200).optional(),
  minConfidence: minConfidence.optional(),
  direct: z.enum(['true', 'false'], 'direct must be true or false').transform((v) => v === 'true').optional(),
  named: z.enum(['true', 'false'], 'named must be true or false').transform((v) => v === 'true').optional(),
  cueKind: z.enum(CUE_KINDS, 'cueKind must be speech, thought, evidence or other').optional(),
  since: isoDate('since').optional(),
  until: isoDate('until').optional(),
  limit: limit.optional(),
};

export const QuotesParams = z.strictObject({ ...quoteFilters, cursor: cursor.optional() }).refine(sinceBeforeUntil, dateOrder);

export const SpeakersParams = z.strictObject(quoteFilters).refine(sinceBeforeUntil, dateOrder);

/** Body of a JSON POST /api/analyze. */
export const AnalyzeBody = z.union([
  z.strictObject({
    text: z.string().min(1, 'text is empty'),
    title: z.string().nullable().optional(),
    published: isoDate('published').nullable().optional(),
    url: z.string().optional(),
  }),
  z.strictObject({ html: z.string().min(1, 'html is empty'), url: z.string().optional() }),
  z.strictObject({
    url: z.string().refine((u) => /^https?:\/\/[^\s/]+/i.test(u), 'url must be an http(s) URL'),
  }),
], 'expected {"text"}, {"html"} or {"url"}');
export type AnalyzeBody = z.infer<typeof AnalyzeBody>;

/** The first problem of a failed parse, as one plain sentence. */
export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'bad request';
  if (issue.code === 'unrecognized_keys') return `unknown parameter: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_union') {
    // Report the most specific branch error when a union fails.
    const nested = issue.errors.flat().filter((i) => i.code !== 'unrecognized_keys' && i.code !== 'invalid_type');
    if (nested[0]) return nested[0].message;
  }
  return issue.message;
}

/** Parse a query object with a schema: the value, or the reason it is bad. */
export function parseQuery<T extends z.ZodType>(schema: T, query: Record<string, string>):
  { ok: true; value: z.output<T> } | { ok: false; error: string } {
  const r = schema.safeParse(query);
  return r.success ? { ok: true, value: r.data } : { ok: false, error: firstProblem(r.error) };
}
