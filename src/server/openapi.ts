/**
 * The OpenAPI 3.1 document of the API. Record shapes come from the same zod schemas
 * that check the analyze output (JSON Schema 2020-12, which OpenAPI 3.1 embeds).
 */
import { EXPORT_FORMATS, MEDIA_TYPES } from '../export/index.js';
import { z } from 'zod';
import { ArticleRecordSchema, EventSchema } from '../document/schema.js';
import { MAX_LIMIT } from '../store/types.js';
import { MAX_SUMMARY_EVENTS } from '../export/summary.js';

type Json = Record<string, unknown>;

function schemaOf(s: z.ZodType): Json {
  const js = z.toJSONSchema(s, { io: 'output', unrepresentable: 'any' }) as Json;
  delete js.$schema;
  return js;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const q = (name: string, description: string, schema: Json = { type: 'string' }) =>
  ({ name, in: 'query', required: false, description, schema });
const date = (name: string, what: string) => q(name, what, { type: 'string', format: 'date' });
const limitParam = q('limit', `Page size, 1 to ${MAX_LIMIT} (default 50).`, { type: 'integer', minimum: 1, maximum: MAX_LIMIT });
const cursorParam = q('cursor', 'Opaque cursor from the `next` field of the previous page.');
const quoteFilterParams = [
  q('speaker', 'Part of the speaker name, or the speaker actor code.'),
  q('minConfidence', 'Quotes whose confidence is at least this (0 to 1); quotes a rule made without the confidence filter are left out.'),
  q('direct', '"true": direct quotations only; "false": indirect speech only.'),
  q('named', '"true": only quotes whose speaker has a name (on news pages most quotes without one are no attributions); "false": only those without.'),
  q('cueKind', 'Only quotes whose cue says the source did this: "speech" (said, told, according to, a statement), "thought" (believes, expects, wants), "evidence" (saw, showed) or "other" (a deed or a state: signed, voted).'),
  q('since', 'Quotes of articles published on or after this date (YYYY-MM-DD).'),
  q('until', 'Quotes of articles published on or before this date (YYYY-MM-DD).'),
];

const errors = {
  400: { description: 'Bad parameter', content: { 'application/json': { schema: ref('Error') } } },
};
const json = (schema: Json, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const page = (item: Json) => ({
  type: 'object', required: ['items', 'next'],
  properties: { items: { type: 'array', items: item }, next: { type: ['string', 'null'] } },
});

const eventFilterParams = [
  q('actor', 'Actor code prefix matching source or target (RUS matches RUSGOV).'),
  q('sourceActor', 'Actor code prefix of the source only.'), q('targetActor', 'Actor code prefix of the target only.'),
  q('cameo', 'CAMEO code prefix (04 matches 042).', { type: 'string', pattern: '^\\d{1,4}$' }),
  q('plover', 'PLOVER event type (e.g. CONSULT).'),
  q('quadClass', 'Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.', { type: 'integer', enum: [1, 2, 3, 4] }),
  q('minConfidence', 'Only events whose confidence is at least this.', { type: 'number', minimum: 0, maximum: 1 }),
  date('since', 'Event date on or after.'), date('until', 'Event date on or before.'),
  q('place', 'Location name (case-insensitive) or ISO 3166 alpha-3 country code.'),
];

const quadCounts = { type: 'array', items: { type: 'integer' }, minItems: 4, maxItems: 4, description: 'Counts for quad classes 1, 2, 3, 4.' };
const actorRef = { type: 'object', required: ['code', 'name'], properties: { code: { type: 'string' }, name: { type: 'string' } } };

export function openApiDocument(opts: { allowIngest: boolean }): Json {
  const event = schemaOf(EventSchema);
  return {
    openapi: '3.1.0',
    info: {
      title: 'dateline API',
      version: '1',
      description: 'Structured, sourced political event data read from news articles. Every span is UTF-16 offsets into the article text, end exclusive.',
    },
    paths: {
      '/api/articles': {
        get: {
          summary: 'Search articles', operationId: 'listArticles',
          parameters: [
            q('q', 'Full-text search over title and body (every word, as a prefix).'),
            date('since', 'Published on or after this date.'), date('until', 'Published on or before this date.'),
            q('source', 'Part of the source path or URL, or a format name (text, html, rss, …).'),
            limitParam, cursorParam,
          ],
          responses: { 200: json(page(ref('ArticleSummary'))), ...errors },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article with all its layers', operationId: 'getArticle',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: json(ref('ArticleRecord')), 404: { description: 'Unknown id', content: { 'application/json': { schema: ref('Error') } } } },
        },
      },
      '/api/events': {
        get: {
          summary: 'Search events', operationId: 'listEvents',
          parameters: [
            ...eventFilterParams,
            q('articleId', 'Only events of this article.'),
            q('expand', '`evidence` adds `evidenceText` and `articleTitle` to each event.', { type: 'string', enum: ['evidence'] }),
            limitParam, cursorParam,
          ],
          responses: { 200: json(page(ref('StoredEvent'))), ...errors },
        },
      },
      '/api/events/export': {
        get: {
          summary: 'Every matching event as a file: JSON lines, CSV or TSV of the flat event table, or GDELT 2.0 event rows',
          operationId: 'exportEvents',
          parameters: [
            ...eventFilterParams,
            q('articleId', 'Only events of this article.'),
            q('format', '`csv` (default), `tsv`, `jsonl`, `gdelt` (the 61 columns of the GDELT 2.0 event table, tab-separated) or `text`.', { type: 'string', enum: [...EXPORT_FORMATS] }),
            q('limit', 'At most this many events (default: all that match).', { type: 'integer', minimum: 1 }),
            q('header', 'A header line first (default: true for csv and tsv, false otherwise).', { type: 'string', enum: ['true', 'false'] }),
          ],
          responses: {
            200: {
              description: 'The events, streamed as they are read',
              content: Object.fromEntries(EXPORT_FORMATS.map((f) => [MEDIA_TYPES[f].split(';')[0]!, { schema: { type: 'string' } }])),
            },
            ...errors,
          },
        },
      },
      '/api/events/summary': {
        get: {
          summary: 'Counts of every matching event by day, actor pair and place, each split by quad class',
          operationId: 'summarizeEvents',
          parameters: eventFilterParams,
          responses: { 200: json(ref('EventSummary')), ...errors },
        },
      },
      '/api/actors': {
        get: {
          summary: 'Actors by number of events', operationId: 'listActors',
          parameters: [q('q', 'Code prefix or part of the name.'), limitParam],
          responses: { 200: json({ type: 'object', required: ['items'], properties: { items: { type: 'array', items: ref('ActorCount') } } }), ...errors },
        },
      },
      '/api/quotes': {
        get: {
          summary: 'Quotes, by speaker', operationId: 'listQuotes',
          parameters: [...quoteFilterParams, limitParam, cursorParam],
          responses: { 200: json(page(ref('StoredQuote'))), ...errors },
        },
      },
      '/api/quotes/speakers': {
        get: {
          summary: 'Speakers of the matching quotes, most quoted first', operationId: 'listSpeakers',
          parameters: [...quoteFilterParams, limitParam],
          responses: { 200: json({ type: 'object', required: ['items'], properties: { items: { type: 'array', items: ref('SpeakerCount') } } }), ...errors },
        },
      },
      '/api/stats': {
        get: { summary: 'Counts over the store', operationId: 'getStats', responses: { 200: json(ref('Stats')) } },
      },
      '/api/meta': {
        get: {
          summary: 'What this server allows', operationId: 'getMeta',
          responses: { 200: json({ type: 'object', required: ['allowIngest'], properties: { allowIngest: { type: 'boolean' } } }) },
        },
      },
      '/api/analyze': {
        post: {
          summary: 'Analyse a text, an HTML page or a URL and store the record', operationId: 'analyze',
          description: opts.allowIngest ? 'Enabled on this server.' : 'Disabled on this server (start it with --allow-ingest): answers 403.',
          parameters: [
            q('url', 'With text/html: the page URL.'), q('title', 'With text/plain: the title.'),
            date('published', 'With text/plain: the publication date to assume.'),
          ],
          requestBody: {
            required: true,
            content: {
              'text/plain': { schema: { type: 'string' } },
              'text/html': { schema: { type: 'string' } },
              'application/json': {
                schema: {
                  oneOf: [
                    { type: 'object', required: ['text'], properties: { text: { type: 'string' }, title: { type: ['string', 'null'] }, published: { type: ['string', 'null'], format: 'date' }, url: { type: 'string' } } },
                    { type: 'object', required: ['html'], properties: { html: { type: 'string' }, url: { type: 'string' } } },
                    { type: 'object', required: ['url'], properties: { url: { type: 'string', format: 'uri' } } },
                  ],
                },
              },
            },
          },
          responses: {
            200: json(ref('ArticleRecord'), 'The analyze record, now stored'),
            ...errors,
            403: { description: 'Ingest disabled or cross-site request', content: { 'application/json': { schema: ref('Error') } } },
            413: { description: 'Body larger than the limit', content: { 'application/json': { schema: ref('Error') } } },
            415: { description: 'Unsupported content type', content: { 'application/json': { schema: ref('Error') } } },
            422: { description: 'The input could not be analysed (unreadable, no article text, or a text longer than one article may be: 2,000,000 characters)', content: { 'application/json': { schema: ref('Error') } } },
          },
        },
      },
    },
    components: {
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
        ArticleRecord: schemaOf(ArticleRecordSchema),
        ArticleSummary: {
          type: 'object', required: ['id', 'title', 'published', 'source'],
          properties: {
            id: { type: 'string' }, title: { type: ['string', 'null'] }, published: { type: ['string', 'null'], format: 'date' },
            source: (schemaOf(ArticleRecordSchema).properties as Json).source,
          },
        },
        StoredEvent: {
          allOf: [event, {
            type: 'object', required: ['articleId', 'index', 'addedAt'],
            properties: {
              articleId: { type: 'string' }, index: { type: 'integer', description: 'Position in the article\'s event list.' },
              addedAt: { type: 'string', format: 'date-time', description: 'When the article was first stored.' },
              evidenceText: { type: 'string', description: 'With expand=evidence.' },
              articleTitle: { type: ['string', 'null'], description: 'With expand=evidence.' },
            },
          }],
        },
        EventSummary: {
          type: 'object', required: ['events', 'truncated', 'undated', 'days', 'dyads', 'places'],
          properties: {
            events: { type: 'integer' },
            truncated: { type: 'boolean', description: `True when more than ${MAX_SUMMARY_EVENTS} events matched; the counts cover the first ones.` },
            undated: { type: 'integer' },
            days: { type: 'array', items: { type: 'object', required: ['date', 'counts'], properties: { date: { type: 'string', format: 'date' }, counts: quadCounts } } },
            dyads: { type: 'array', items: { type: 'object', required: ['source', 'target', 'counts'], properties: { source: actorRef, target: actorRef, counts: quadCounts } } },
            places: {
              type: 'array',
              items: {
                type: 'object', required: ['name', 'country', 'lat', 'lon', 'counts'],
                properties: { name: { type: 'string' }, country: { type: 'string' }, lat: { type: 'number' }, lon: { type: 'number' }, counts: quadCounts },
              },
            },
          },
        },
        SpeakerCount: {
          type: 'object', required: ['speakerName', 'speakerActor', 'quotes', 'direct', 'articles', 'first', 'last'],
          properties: {
            speakerName: { type: 'string' }, speakerActor: { type: ['string', 'null'] }, quotes: { type: 'integer' },
            direct: { type: 'integer', description: 'How many of the quotes are direct quotations.' }, articles: { type: 'integer' },
            first: { type: ['string', 'null'], description: 'Publication date of the earliest article quoting them.' }, last: { type: ['string', 'null'] },
          },
        },
        ActorCount: { type: 'object', required: ['code', 'name', 'events'], properties: { code: { type: 'string' }, name: { type: 'string' }, events: { type: 'integer' } } },
        StoredQuote: {
          type: 'object',
          required: ['articleId', 'index', 'speakerName', 'speakerActor', 'direct', 'content', 'start', 'end', 'cue', 'source', 'confidence', 'step', 'speakerVia', 'speakerFrom', 'cueKind', 'published', 'title'],
          properties: {
            articleId: { type: 'string' }, index: { type: 'integer' }, speakerName: { type: ['string', 'null'] },
            speakerActor: { type: ['string', 'null'] }, direct: { type: 'boolean' },
            content: { type: 'string', description: 'The words said; a quotation its own source and cue interrupt is given in its parts, joined by " … ".' },
            cueKind: { type: ['string', 'null'], enum: ['speech', 'thought', 'evidence', 'other', null], description: 'What the cue says the source did; null for quotes stored before it was read.' },
            start: { type: 'integer', description: 'Offset of the content in the article text.' }, end: { type: 'integer' },
            cue: { type: ['string', 'null'], description: 'The words of the cue (said, according to).' },
            source: { type: ['string', 'null'], description: 'The words of the source span, as written ("the minister").' },
            confidence: { type: ['number', 'null'], description: 'The confidence filter\'s probability; null for a quote a rule made without it.' },
            step: { type: ['string', 'null'], description: 'What made the quote: the tagger or a rule.' },
            speakerVia: { type: ['string', 'null'], description: 'How the speaker was named: name, coreference, pronoun, earlier, clause, ...' },
            speakerFrom: { type: ['string', 'null'], description: 'The words the speaker\'s name came from.' },
            published: { type: ['string', 'null'] }, title: { type: ['string', 'null'] },
          },
        },
        Stats: {
          type: 'object',
          properties: {
            articles: { type: 'integer' }, entities: { type: 'integer' }, quotes: { type: 'integer' }, events: { type: 'integer' },
            firstPublished: { type: ['string', 'null'] }, lastPublished: { type: ['string', 'null'] },
            topCameoRoots: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, count: { type: 'integer' } } } },
            topActors: { type: 'array', items: ref('ActorCount') },
            formats: { type: 'array', items: { type: 'object', properties: { format: { type: 'string' }, count: { type: 'integer' } } } },
          },
        },
      },
    },
  };
}
