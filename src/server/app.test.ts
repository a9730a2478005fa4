import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleRecordSchema, type ArticleRecord } from '../document/schema.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/types.js';
import { annotate, hostileRecord, seedRecord, wikinewsRecords } from '../../test/e2e/records.js';
import { summaryCache } from './cache.js';
import { createApp, startServer, type Analyzer } from './index.js';

let dir: string;
let store: Store;
let seed: ArticleRecord;
let wiki: ArticleRecord[];
let webRoot: string;

/** A fake analyzer over the fixture annotator: the server's contract, not dateline's NLP. */
const fakeAnalyzer: Analyzer = {
  analyzeText: (text, meta) => annotate({ text, title: meta?.title ?? null, published: meta?.published ?? null, source: { format: 'text', ...(meta?.url ? { url: meta.url } : {}) } }),
  analyzeHtml: (html, url) => annotate({ text: html.replace(/<[^>]*>/g, ''), title: null, published: null, source: { format: 'html', ...(url ? { url } : {}) } }),
  analyzeUrl: async (url) => { throw new Error(`could not fetch ${url}`); },
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-server-'));
  store = openSqliteStore(join(dir, 'test.db'));
  seed = seedRecord();
  wiki = wikinewsRecords(12);
  for (const r of [seed, hostileRecord(), ...wiki]) ArticleRecordSchema.parse(r);
  await store.put([seed, hostileRecord(), ...wiki]);
  webRoot = join(dir, 'web');
  mkdirSync(webRoot);
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>dateline</title>');
  writeFileSync(join(webRoot, 'app.js'), 'console.log(1)');
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const app = (over: Partial<Parameters<typeof createApp>[0]> = {}) => createApp({ store, allowIngest: false, webRoot, ...over });
async function getJson(path: string, a = app()) {
  const res = await a.request(path);
  return { status: res.status, body: await res.json() as any, res };
}

describe('GET /api/articles', () => {
  it('lists summaries newest first and pages with a cursor', async () => {
    const first = await getJson('/api/articles?limit=5');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(5);
    expect(Object.keys(first.body.items[0]).sort()).toEqual(['id', 'published', 'source', 'title']);
    const dates = first.body.items.map((i: any) => i.published);
    expect([...dates].sort().reverse()).toEqual(dates);
    const second = await getJson(`/api/articles?limit=5&cursor=${first.body.next}`);
    const ids = new Set(first.body.items.map((i: any) => i.id));
    expect(second.body.items.some((i: any) => ids.has(i.id))).toBe(false);
  });
  it('searches text and filters by date', async () => {
    const r = await getJson('/api/articles?q=Rouhani%20terrorism');
    expect(r.body.items.map((i: any) => i.id)).toEqual([seed.id]);
    const d = await getJson('/api/articles?since=2017-01-01&until=2017-12-31');
    expect(d.body.items.map((i: any) => i.id)).toEqual([seed.id]);
  });
  it('answers 400 with a plain reason for bad parameters', async () => {
    for (const [q, msg] of [
      ['since=yesterday', 'since must be a date YYYY-MM-DD'],
      ['until=2020-02-30', 'until is not a calendar date'],
      ['since=2020-01-02&until=2020-01-01', 'since is after until'],
      ['limit=0', 'limit must be at least 1'],
      ['limit=ten', 'limit must be a whole number'],
      ['limit=5000', 'limit must be at most 1000'],
      ['sort=title', 'unknown parameter: sort'],
      ['cursor=%%%', 'bad cursor'],
    ] as const) {
      const r = await getJson(`/api/articles?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body.error, q).toContain(msg);
    }
  });
});

describe('GET /api/articles/{id}', () => {
  it('returns the full record', async () => {
    const r = await getJson(`/api/articles/${seed.id}`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual(seed);
  });
  it('answers 404 for an unknown id', async () => {
    const r = await getJson('/api/articles/0000000000000000');
    expect(r.status).toBe(404);
    expect(r.body.error).toMatch(/no article/);
  });
});

describe('GET /api/events', () => {
  it('matches actor codes by prefix on source or target', async () => {
    const r = await getJson('/api/events?actor=RUS&limit=1000');
    expect(r.body.items.length).toBeGreaterThan(0);
    expect(r.body.items.every((e: any) => e.source?.code.startsWith('RUS') || e.target?.code.startsWith('RUS'))).toBe(true);
    expect(r.body.items.some((e: any) => e.source?.code === 'RUSGOV')).toBe(true);
    expect(r.body.items.every((e: any) => typeof e.articleId === 'string')).toBe(true);
  });
  it('matches CAMEO codes by prefix and PLOVER types', async () => {
    const r = await getJson('/api/events?cameo=04&limit=1000');
    expect(r.body.items.length).toBeGreaterThan(0);
    expect(r.body.items.every((e: any) => e.cameo.startsWith('04'))).toBe(true);
    const p = await getJson('/api/events?plover=consult&limit=1000');
    expect(p.body.items.map((e: any) => e.cameo)).toEqual(r.body.items.map((e: any) => e.cameo));
  });
  it('filters by place, source, date and article, and pages', async () => {
    const place = await getJson('/api/events?place=IRN&limit=1000');
    expect(place.body.items.length).toBeGreaterThan(0);
    expect(place.body.items.every((e: any) => e.location.country === 'IRN')).toBe(true);
    const src = await getJson('/api/events?sourceActor=RUSGOV');
    expect(src.body.items.every((e: any) => e.source.code === 'RUSGOV')).toBe(true);
    const art = await getJson(`/api/events?articleId=${seed.id}`);
    expect(art.body.items).toHaveLength(seed.events.length);
    const dated = await getJson('/api/events?since=2017-03-01&until=2017-03-31&limit=1000');
    expect(new Set(dated.body.items.map((e: any) => e.articleId))).toEqual(new Set([seed.id]));
    const p1 = await getJson('/api/events?limit=2');
    expect(p1.body.next).toEqual(expect.any(String));
    const p2 = await getJson(`/api/events?limit=2&cursor=${p1.body.next}`);
    expect(p2.body.items[0]).not.toEqual(p1.body.items[0]);
  });
  it('expands evidence to the sentence it cites', async () => {
    const r = await getJson(`/api/events?articleId=${seed.id}&expand=evidence`);
    const e = r.body.items[0];
    expect(e.evidenceText).toBe(seed.text.slice(e.evidence.start, e.evidence.end));
    expect(e.articleTitle).toBe(seed.title);
  });
  it('rejects bad filters with 400', async () => {
    for (const [q, msg] of [
      ['cameo=abc', 'cameo must be'], ['cameo=12345', 'cameo must be'], ['actor=RUS%20GOV', 'actor must be'],
      ['since=2020-13-01', 'not a calendar date'], ['quadClass=5', 'quadClass'], ['plover=1', 'plover'], ['limit=-1', 'limit'],
    ] as const) {
      const r = await getJson(`/api/events?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body.error, q).toContain(msg);
    }
  });
});

describe('GET /api/events/export', () => {
  it('streams every matching event as CSV, past one page, as an attachment', async () => {
    const all = await getJson('/api/events?limit=1000');
    const res = await app().request('/api/events/export?actor=RUS');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="dateline-events.csv"');
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 4)).toEqual(['articleId', 'index', 'date', 'sourceCode']);
    const rus = all.body.items.filter((e: any) => e.source?.code.startsWith('RUS') || e.target?.code.startsWith('RUS'));
    expect(lines.length - 1).toBe(rus.length);
    expect(rus.length).toBeGreaterThan(0);
  });

  it('writes GDELT rows and JSON lines, and refuses a bad format or parameter with 400', async () => {
    const g = await app().request('/api/events/export?format=gdelt&limit=3');
    const rows = (await g.text()).trimEnd().split('\n');
    expect([g.headers.get('content-disposition'), rows.length, rows[0]!.split('\t').length]).toEqual(['attachment; filename="dateline-events.tsv"', 3, 61]);
    const j = await app().request(`/api/events/export?format=jsonl&articleId=${seed.id}`);
    expect((await j.text()).trimEnd().split('\n').map((l) => JSON.parse(l).articleId)).toEqual(seed.events.map(() => seed.id));
    expect((await getJson('/api/events/export?format=xml')).body.error).toBe('format must be one of jsonl, csv, tsv, gdelt, text');
    expect((await getJson('/api/events/export?cursor=x')).body.error).toBe('unknown parameter: cursor');
    expect((await getJson('/api/events?minConfidence=1.5')).body.error).toBe('minConfidence must be a number from 0 to 1');
  });
});

describe('GET /api/events/summary', () => {
  it('counts every matching event by day, actor pair and place', async () => {
    const all = await getJson('/api/events?limit=1000');
    const r = await getJson('/api/events/summary');
    expect(r.status).toBe(200);
    expect(r.body.events).toBe(all.body.items.length);
    expect(r.body.truncated).toBe(false);
    const sum = (xs: { counts: number[] }[]) => xs.reduce((n, x) => n + x.counts.reduce((a, b) => a + b, 0), 0);
    expect(sum(r.body.days) + r.body.undated).toBe(r.body.events);
    expect(sum(r.body.places)).toBe(all.body.items.filter((e: any) => e.location).length);
    const rusIrn = all.body.items.filter((e: any) => e.source?.code === 'RUS' && e.target?.code === 'IRN').length;
    expect(sum(r.body.dyads.filter((d: any) => d.source.code === 'RUS' && d.target.code === 'IRN'))).toBe(rusIrn);
    const days = r.body.days.map((d: any) => d.date);
    expect([...days].sort()).toEqual(days);
  });
  it('applies the event filters and rejects bad ones', async () => {
    const r = await getJson('/api/events/summary?actor=RUS&since=2017-01-01&until=2017-12-31');
    expect(r.body.events).toBe(seed.events.filter((e) => e.source?.code.startsWith('RUS') || e.target?.code.startsWith('RUS')).length);
    expect(r.body.days).toEqual([{ date: '2017-03-29', counts: [r.body.events, 0, 0, 0] }]);
    expect((await getJson('/api/events/summary?limit=5')).body.error).toBe('unknown parameter: limit');
    expect((await getJson('/api/events/summary?cameo=x')).status).toBe(400);
  });
});

describe('actors, quotes, stats, openapi', () => {
  it('counts actors', async () => {
    const r = await getJson('/api/actors?q=RUS');
    expect(r.body.items[0]).toEqual({ code: expect.stringMatching(/^RUS/), name: expect.any(String), events: expect.any(Number) });
  });
  it('finds quotes by speaker', async () => {
    const r = await getJson('/api/quotes?speaker=Putin');
    expect(r.body.items).toHaveLength(1);
    expect(r.body.items[0].content).toMatch(/^we believe it is important/);
    expect(r.body.items[0]).toMatchObject({ cue: 'said', source: 'the Russian president', confidence: 0.97, step: 'tagger', speakerVia: 'coreference', speakerFrom: 'Vladimir Putin' });
  });
  it('filters quotes by confidence and kind, and says which parameter is wrong', async () => {
    const all = (await getJson('/api/quotes?limit=1000')).body.items as { direct: boolean; confidence: number | null; speakerName: string | null }[];
    const sure = (await getJson('/api/quotes?limit=1000&minConfidence=0.95')).body.items as typeof all;
    expect(sure.map((q) => q.confidence)).toEqual([0.97]);
    expect(all.filter((q) => q.confidence === null).length).toBe(all.length - 1);
    const indirect = (await getJson('/api/quotes?limit=1000&direct=false')).body.items as typeof all;
    expect(indirect.length).toBe(all.filter((q) => !q.direct).length);
    const speakers = (await getJson('/api/quotes/speakers?minConfidence=0.9')).body.items;
    expect(speakers).toEqual([{ speakerName: 'Vladimir Putin', speakerActor: 'RUSGOV', quotes: 1, direct: 1, articles: 1, first: '2017-03-29', last: '2017-03-29' }]);
    expect((await getJson('/api/quotes/speakers?since=2018-01-01&until=2017-01-01')).status).toBe(400);
    // Only quotes whose speaker has a name, or only those without.
    const named = (await getJson('/api/quotes?limit=1000&named=true')).body.items as typeof all;
    const unnamed = (await getJson('/api/quotes?limit=1000&named=false')).body.items as typeof all;
    expect([named.length, unnamed.length]).toEqual([all.filter((q) => q.speakerName !== null).length, all.filter((q) => q.speakerName === null).length]);
    expect(named.length).toBeGreaterThan(0);
    expect(unnamed.length).toBeGreaterThan(0);
    const badNamed = await getJson('/api/quotes?named=1');
    expect([badNamed.status, badNamed.body.error]).toEqual([400, 'named must be true or false']);
    const bad = await getJson('/api/quotes?direct=yes');
    expect([bad.status, bad.body.error]).toEqual([400, 'direct must be true or false']);
    // What the cue says the source did: only the seed's quote of Putin carries a kind among these fixture records.
    expect((await getJson('/api/quotes?cueKind=speech')).body.items.map((q: { speakerName: string }) => q.speakerName)).toEqual(['Vladimir Putin']);
    expect((await getJson('/api/quotes?cueKind=other')).body.items).toEqual([]);
    const badKind = await getJson('/api/quotes?cueKind=said');
    expect([badKind.status, badKind.body.error]).toEqual([400, 'cueKind must be speech, thought, evidence or other']);
  });
  it('gives stats', async () => {
    const r = await getJson('/api/stats');
    expect(r.body.articles).toBe(2 + wiki.length);
    expect(r.body.events).toBe(seed.events.length + hostileRecord().events.length + wiki.reduce((n, w) => n + w.events.length, 0));
  });
  it('publishes an OpenAPI 3.1 document naming every endpoint', async () => {
    const r = await getJson('/api/openapi.json');
    expect(r.body.openapi).toBe('3.1.0');
    for (const p of ['/api/articles', '/api/articles/{id}', '/api/events', '/api/events/summary', '/api/actors', '/api/quotes', '/api/quotes/speakers', '/api/stats', '/api/analyze']) expect(r.body.paths[p], p).toBeDefined();
    expect(r.body.components.schemas.ArticleRecord.properties.events.type).toBe('array');
    const refs = JSON.stringify(r.body).match(/#\/components\/schemas\/(\w+)/g) ?? [];
    for (const ref of refs) expect(r.body.components.schemas[ref.split('/').pop()!], ref).toBeDefined();
  });
  it('answers unknown API paths with JSON 404', async () => {
    const r = await getJson('/api/nothing');
    expect(r.status).toBe(404);
    expect(r.body.error).toMatch(/no such endpoint/);
  });
});

describe('POST /api/analyze', () => {
  const text = 'Turkey and Iran agreed on a new trade deal on Monday, officials said.';
  it('is refused without allowIngest', async () => {
    const res = await app().request('/api/analyze', { method: 'POST', body: text, headers: { 'Content-Type': 'text/plain' } });
    expect(res.status).toBe(403);
    expect((await res.json() as any).error).toMatch(/--allow-ingest/);
  });
  it('analyses plain text and JSON, stores the record and returns it', async () => {
    const a = app({ allowIngest: true, analyzer: async () => fakeAnalyzer });
    const before = (await getJson('/api/stats', a)).body.articles;
    const res = await a.request('/api/analyze?published=2021-05-03', { method: 'POST', body: text, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    expect(res.status).toBe(200);
    const rec = await res.json() as any;
    expect(rec.text).toBe(text);
    expect(rec.events[0].cameo).toBe('057');
    expect((await getJson(`/api/articles/${rec.id}`)).body).toEqual(rec);
    expect((await getJson('/api/stats', a)).body.articles).toBe(before + 1);
    const j = await a.request('/api/analyze', { method: 'POST', body: JSON.stringify({ text: 'China criticised Japan over the talks in Tokyo.', title: 'T' }), headers: { 'Content-Type': 'application/json' } });
    expect(j.status).toBe(200);
    expect((await j.json() as any).title).toBe('T');
  });
  it('rejects bad bodies with clear 4xx answers', async () => {
    const a = app({ allowIngest: true, analyzer: fakeAnalyzer, maxBodyBytes: 1000 });
    const post = (body: string, type: string, headers: Record<string, string> = {}) =>
      a.request('/api/analyze', { method: 'POST', body, headers: { 'Content-Type': type, ...headers } });
    expect((await post('x'.repeat(2000), 'text/plain')).status).toBe(413);
    expect((await post('{"url": "file:///etc/passwd"}', 'application/json')).status).toBe(400);
    expect((await post('{"text": 1}', 'application/json')).status).toBe(400);
    expect((await post('{nope', 'application/json')).status).toBe(400);
    expect((await post('   ', 'text/plain')).status).toBe(400);
    expect((await post(text, 'application/pdf')).status).toBe(415);
    const failed = await post('{"url": "https://example.invalid/a"}', 'application/json');
    expect(failed.status).toBe(422);
    expect((await failed.json() as any).error).toMatch(/could not fetch/);
    expect((await post(text, 'text/plain', { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await post(text, 'text/plain', { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
  });
});

describe('security and static files', () => {
  it('sends a CSP without inline script and nosniff', async () => {
    const res = await app().request('/api/stats');
    const csp = res.headers.get('Content-Security-Policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect((await app().request('/')).headers.get('Content-Security-Policy')).toBe(csp);
  });
  it('serves the dashboard and nothing outside its folder', async () => {
    const index = await app().request('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('Content-Type')).toMatch(/text\/html/);
    expect((await app().request('/app.js')).headers.get('Content-Type')).toMatch(/javascript/);
    expect((await app().request('/../test.db')).status).toBe(404);
    expect((await app().request('/%2e%2e/test.db')).status).toBe(404);
    expect((await app().request('/missing.js')).status).toBe(404);
    expect((await app({ webRoot: join(dir, 'nowhere') }).request('/')).status).toBe(503);
  });
  it('answers only allowed Host names when told', async () => {
    const a = app({ hosts: ['127.0.0.1', 'localhost'] });
    expect((await a.request('http://localhost:8080/api/stats')).status).toBe(200);
    expect((await a.request('http://rebind.example:8080/api/stats')).status).toBe(403);
  });
});

describe('summary cache', () => {
  it('reuses answers within the TTL, shares one computation, and clears', async () => {
    let t = 0, calls = 0;
    const cache = summaryCache(1000, 64, () => t);
    const compute = async () => ++calls;
    expect(await Promise.all([cache.get('k', compute), cache.get('k', compute)])).toEqual([1, 1]);
    t = 999;
    expect(await cache.get('k', compute)).toBe(1);
    t = 1000;
    expect(await cache.get('k', compute)).toBe(2);
    cache.clear();
    expect(await cache.get('k', compute)).toBe(3);
  });
});

describe('startServer', () => {
  it('binds to 127.0.0.1 by default and serves the API', async () => {
    const s = await startServer({ store, port: 0, webRoot });
    try {
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(new URL('/api/stats', s.url));
      expect(res.status).toBe(200);
      expect(((await res.json()) as any).articles).toBeGreaterThan(0);
    } finally {
      await s.close();
    }
  });
});
