/**
 * The HTTP API and dashboard host: a Hono app over a Store. Every query parameter is
 * checked by a zod schema (bad → 400 {"error"}), unknown ids answer 404, writes exist
 * only with allowIngest.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ArticleRecordSchema, spanProblems, type ArticleRecord } from '../document/schema.js';
import { StoreQueryError, type StoredEvent } from '../store/types.js';
import { summaryCache } from './cache.js';
import { openApiDocument } from './openapi.js';
import { exportEvents, MEDIA_TYPES } from '../export/index.js';
import { ActorsParams, AnalyzeBody, ArticlesParams, EventsParams, ExportParams, firstProblem, parseQuery, QuotesParams, SpeakersParams, SummaryParams } from './params.js';
import { hostAllowList, sameOriginWrites, securityHeaders } from './security.js';
import { staticFiles } from './static.js';
import { summarizeEvents } from '../export/summary.js';
import type { Analyzer, AppOptions } from './types.js';

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
export const DEFAULT_SUMMARY_TTL_MS = 30_000;

/** web/dist beside this package, from src/server (tsx) or dist/server (built) alike. */
export function defaultWebRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');
}

const bad = (c: Context, error: string) => c.json({ error }, 400);

export function createApp(opts: AppOptions): Hono {
  const { store, allowIngest } = opts;
  const app = new Hono();
  const summaries = summaryCache(opts.summaryTtlMs ?? DEFAULT_SUMMARY_TTL_MS);
  let analyzerPromise: Promise<Analyzer> | null = null;
  const getAnalyzer = (): Promise<Analyzer> | null => {
    if (!opts.analyzer) return null;
    if (!analyzerPromise) {
      const a = opts.analyzer;
      analyzerPromise = typeof a === 'function' ? a() : Promise.resolve(a);
      analyzerPromise.catch(() => { analyzerPromise = null; });
    }
    return analyzerPromise;
  };

  app.use('*', securityHeaders());
  app.use('*', hostAllowList(opts.hosts));
  app.use('*', sameOriginWrites());
  app.use('/api/*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });

  app.onError((err, c) => {
    if (err instanceof StoreQueryError) return bad(c, err.message);
    if (opts.signal?.aborted) return c.json({ error: 'the server is shutting down' }, 503);
    console.error(`dateline serve: ${c.req.method} ${c.req.path}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    return c.json({ error: 'internal error' }, 500);
  });

  app.get('/api/articles', async (c) => {
    const p = parseQuery(ArticlesParams, c.req.query());
    if (!p.ok) return bad(c, p.error);
    return c.json(await store.articles(p.value));
  });

  app.get('/api/articles/:id', async (c) => {
    const id = c.req.param('id');
    if (id.length > 200) return bad(c, 'id is too long');
    const r = await store.get(id);
    return r ? c.json(r) : c.json({ error: `no article with id ${id}` }, 404);
  });

  app.get('/api/events', async (c) => {
    const p = parseQuery(EventsParams, c.req.query());
    if (!p.ok) return bad(c, p.error);
    const { expand, ...query } = p.value;
    const page = await store.events(query);
    if (expand !== 'evidence') return c.json(page);
    return c.json({ ...page, items: await withEvidence(page.items) });
  });

  // The matching events as a file (csv by default): written while the store is paged, so a
  // large export neither waits for its end nor sits whole in memory.
  app.get('/api/events/export', (c) => {
    const p = parseQuery(ExportParams, c.req.query());
    if (!p.ok) return bad(c, p.error);
    const { format = 'csv', limit, header, ...query } = p.value;
    const encoder = new TextEncoder();
    let resume: (() => void) | null = null;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(ctrl) {
        const write = async (s: string) => {
          if (cancelled) throw new Error('the client went away');
          ctrl.enqueue(encoder.encode(s));
          if ((ctrl.desiredSize ?? 1) <= 0) await new Promise<void>((r) => { resume = r; });
        };
        exportEvents(store, query, { format, limit, header }, write).then(() => { if (!cancelled) ctrl.close(); }, (e: unknown) => {
          if (cancelled) return;
          console.error(`dateline serve: export: ${e instanceof Error ? e.message : String(e)}`);
          ctrl.error(e);
        });
      },
      pull() {
        resume?.();
        resume = null;
      },
      cancel() {
        cancelled = true;
        resume?.();
        resume = null;
      },
    }, { highWaterMark: 16 });
    const ext = format === 'gdelt' ? 'tsv' : format === 'text' ? 'txt' : format;
    return new Response(body, { headers: { 'Content-Type': MEDIA_TYPES[format], 'Content-Disposition': `attachment; filename="dateline-events.${ext}"` } });
  });

  app.get('/api/events/summary', async (c) => {
    const p = parseQuery(SummaryParams, c.req.query());
    if (!p.ok) return bad(c, p.error);
    const key = 'summary\u0000' + JSON.stringify(Object.entries(p.value).sort());
    return c.json(await summaries.get(key, () => summarizeEvents(store, p.value, undefined, opts.signal)));
  });

  async function withEvidence(events: StoredEvent[]) {
    const articles = new Map<string, ArticleRecord | null>();
    for (const e of events) if (!articles.has(e.articleId)) articles.set(e.articleId, await store.get(e.articleId));
    return events.map((e) => {
      const a = articles.get(e.articleId);
      return { ...e, articleTitle: a?.title ?? null, evidenceText: a ? a.text.slice(e.evidence.start, e.evidence.end) : '' };
    });
  }

  app.get('/api/actors', async (c) => {
    const p = parseQuery(ActorsParams, c.req.query());
    if (!p.ok) return bad(c, p.error);
    const { q, limit } = p.value;
    return c.json({ items: await summaries.get(`actors\u0000${q ?? ''}\u0000${limit ?? ''}`, () => store.actors(q, limit)) });
  });

  app.get('/api/quotes', async (c) => {
    const p = parseQuery(QuotesParams, c.req.query());
    if (!p.ok) return bad(c, p.error);
    return c.json(await store.quotes(p.value));
  });

  app.get('/api/quotes/speakers', async (c) => {
    const p = parseQuery(SpeakersParams, c.req.query());
    if (!p.ok) return bad(c, p.error);
    return c.json({ items: await store.speakers(p.value) });
  });

  app.get('/api/stats', async (c) => c.json(await summaries.get('stats', () => store.stats())));
  app.get('/api/meta', (c) => c.json({ allowIngest, analyzer: Boolean(opts.analyzer) }));

  const openapi = openApiDocument({ allowIngest });
  app.get('/api/openapi.json', (c) => c.json(openapi));

  app.post(
    '/api/analyze',
    async (c, next) => {
      if (!allowIngest) return c.json({ error: 'this server is read-only: start it with --allow-ingest to analyse articles' }, 403);
      await next();
    },
    bodyLimit({
      maxSize: opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      onError: (c) => c.json({ error: `request body larger than ${opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES} bytes` }, 413),
    }),
    async (c) => {
      const analyzerP = getAnalyzer();
      if (!analyzerP) return c.json({ error: 'no analyzer configured on this server' }, 503);
      const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
      const run = await requestToJob(c, type);
      if ('error' in run) return c.json({ error: run.error }, run.status);
      let analyzer: Analyzer;
      try {
        analyzer = await analyzerP;
      } catch (err) {
        return c.json({ error: `the analyzer could not start: ${err instanceof Error ? err.message : String(err)}` }, 503);
      }
      let record: ArticleRecord;
      try {
        record = await run.job(analyzer);
      } catch (err) {
        return c.json({ error: err instanceof Error ? err.message : String(err) }, 422);
      }
      const checked = ArticleRecordSchema.safeParse(record);
      if (!checked.success) throw new Error(`analyzer produced an invalid record: ${firstProblem(checked.error)}`);
      const problems = spanProblems(checked.data);
      if (problems.length) throw new Error(`analyzer produced an invalid record: ${problems[0]}`);
      await store.put([checked.data]);
      summaries.clear();
      return c.json(checked.data);
    },
  );

  app.all('/api/*', (c) => c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404));

  const serveStatic = staticFiles(opts.webRoot ?? defaultWebRoot());
  app.on(['GET', 'HEAD'], '*', serveStatic);
  app.all('*', (c) => c.json({ error: 'method not allowed' }, 405));
  return app;
}

type Job = (a: Analyzer) => Promise<ArticleRecord>;
type JobOrError = { job: Job } | { error: string; status: 400 | 415 };

async function requestToJob(c: Context, type: string): Promise<JobOrError> {
  const url = c.req.query('url');
  if (type === 'text/plain' || type === 'text/html') {
    const body = await c.req.text();
    if (!body.trim()) return { error: 'the request body is empty', status: 400 };
    if (type === 'text/html') return { job: async (a) => a.analyzeHtml(body, url) };
    const published = c.req.query('published');
    if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(published)) return { error: 'published must be a date YYYY-MM-DD', status: 400 };
    const title = c.req.query('title');
    return { job: async (a) => a.analyzeText(body, { title: title ?? null, published: published ?? null, ...(url ? { url } : {}) }) };
  }
  if (type === 'application/json') {
    let raw: unknown;
    try { raw = await c.req.json(); } catch { return { error: 'the body is not valid JSON', status: 400 }; }
    const parsed = AnalyzeBody.safeParse(raw);
    if (!parsed.success) return { error: firstProblem(parsed.error), status: 400 };
    const b = parsed.data;
    if ('text' in b) return { job: async (a) => a.analyzeText(b.text, { title: b.title ?? null, published: b.published ?? null, ...(b.url ? { url: b.url } : {}) }) };
    if ('html' in b) return { job: async (a) => a.analyzeHtml(b.html, b.url) };
    return { job: (a) => a.analyzeUrl(b.url) };
  }
  return { error: `unsupported content type ${type || '(none)'}: send text/plain, text/html or application/json`, status: 415 };
}
