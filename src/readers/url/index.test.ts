import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawArticle, ReadResult } from '../types.js';
import { FetchError, USER_AGENT, fetchUrl, formatOf, readUrl } from './index.js';

const AE = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpora', 'article-extraction');
const gt = JSON.parse(readFileSync(join(AE, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
const id = Object.keys(gt)[0]!;
const html = gunzipSync(readFileSync(join(AE, 'html', `${id}.html.gz`)));

let server: Server;
let base = '';
/** The test server listens on the loopback address, which fetching refuses unless allowed. */
const local = { allowPrivate: true };
const agents: string[] = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    agents.push(String(req.headers['user-agent']));
    const u = req.url ?? '/';
    if (u === '/article') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(html); return; }
    if (u.startsWith('/hop/')) {
      const n = Number(u.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/article' });
      res.end();
      return;
    }
    if (u === '/big') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(Buffer.alloc(300_000, 0x41)); return; }
    if (u === '/slow') { setTimeout(() => { res.writeHead(200); res.end('late'); }, 2000); return; }
    if (u === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end('<rss version="2.0"><channel><title>T</title><item><title>One</title><link>http://x.test/1</link><description>Body text.</description></item></channel></rss>');
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('no');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('fetchUrl', () => {
  it('fetches a page with the dateline User-Agent, following redirects', async () => {
    const input = await fetchUrl(`${base}/hop/2`, local);
    expect(input.url).toBe(`${base}/article`);
    expect(input.name).toBe(`${base}/hop/2`);
    expect(Buffer.from(input.bytes).equals(html)).toBe(true);
    expect(input.contentType).toMatch(/text\/html/);
    expect(input.fetched).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(agents.at(-1)).toBe(USER_AGENT);
    expect(formatOf(input)).toBe('html');
  });

  it('refuses too many redirects, too large bodies, slow servers and HTTP errors with one line each', async () => {
    await expect(fetchUrl(`${base}/hop/9`, { ...local, maxRedirects: 3 })).rejects.toThrow(/more than 3 redirects/);
    await expect(fetchUrl(`${base}/big`, { ...local, maxBytes: 100_000 })).rejects.toThrow(/larger than the 100000-byte limit/);
    const slow = fetchUrl(`${base}/slow`, { ...local, timeoutMs: 300 });
    await expect(slow).rejects.toThrow(/no answer within 300 ms/);
    await expect(slow).rejects.toBeInstanceOf(FetchError);
    await expect(fetchUrl(`${base}/missing`, local)).rejects.toThrow(/^HTTP 404 Not Found$/);
    await expect(fetchUrl('ftp://example.org/x')).rejects.toThrow(/only http and https/);
  });

  it('says in words why a connection failed', async () => {
    // A port that was just free: nothing listens there.
    const gone = createServer();
    await new Promise<void>((ok) => gone.listen(0, '127.0.0.1', ok));
    const port = (gone.address() as AddressInfo).port;
    await new Promise((ok) => gone.close(ok));
    await expect(fetchUrl(`http://127.0.0.1:${port}/x`, local)).rejects.toThrow(/^fetch failed \(connection refused, ECONNREFUSED\)$/);
  });
});

describe('fetchUrl and private addresses', () => {
  it('refuses the loopback server unless allowed, before sending anything', async () => {
    const before = agents.length;
    await expect(fetchUrl(`${base}/article`)).rejects.toThrow(/^refused: 127\.0\.0\.1 is a private, loopback or link-local address/);
    // 0x7f000001 is 127.0.0.1 written as one number: the URL parser normalises it.
    await expect(fetchUrl(`http://0x7f000001:${new URL(base).port}/article`)).rejects.toThrow(/refused: 127\.0\.0\.1/);
    await expect(fetchUrl('http://localhost:9/x')).rejects.toThrow(/refused: localhost is this machine/);
    expect(agents.length).toBe(before);
    const out: ReadResult[] = [];
    for await (const r of readUrl(`${base}/article`)) out.push(r);
    expect(out).toHaveLength(1);
    expect(out[0]!.kind).toBe('failure');
  });

  it('refuses a public name that resolves to a private address, and a redirect to one', async () => {
    const requested: string[] = [];
    const fake = (async (u: string | URL | Request) => {
      requested.push(String(u));
      return new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } });
    }) as typeof globalThis.fetch;
    const lookup = async (host: string) => (host === 'news.example' ? ['93.184.216.34'] : host === 'intranet.example' ? ['10.1.2.3'] : []);
    await expect(fetchUrl('http://intranet.example/a', { fetch: fake, lookup })).rejects.toThrow(/intranet\.example resolves to 10\.1\.2\.3/);
    expect(requested).toEqual([]);
    await expect(fetchUrl('http://news.example/a', { fetch: fake, lookup })).rejects.toThrow(/refused: 169\.254\.169\.254/);
    // The public page was asked for; the cloud metadata address never was.
    expect(requested).toEqual(['http://news.example/a']);
  });

  it('refuses a name that passes the check as public and then resolves to loopback for the connection (DNS rebinding)', async () => {
    const before = agents.length;
    const answers: string[][] = [];
    // The first answer (the check) is public; every later one (the connection) is this machine.
    const lookup = async (host: string) => {
      const a = host === 'rebind.example' ? (answers.length ? ['127.0.0.1'] : ['93.184.216.34']) : [];
      answers.push(a);
      return a;
    };
    const err = await fetchUrl(`http://rebind.example:${new URL(base).port}/article`, { lookup, timeoutMs: 5000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).message).toBe('refused: rebind.example resolves to 127.0.0.1, a private, loopback or link-local address (--allow-private to fetch it)');
    expect((err as FetchError).transient).toBe(false);
    expect(answers.length).toBeGreaterThanOrEqual(2);
    // The local server never saw the request.
    expect(agents.length).toBe(before);
  });
});

describe('formatOf', () => {
  it('picks the reader by Content-Type, then name, then content (gzip unpacked)', () => {
    const rss = Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>');
    expect(formatOf({ name: 'x', bytes: rss })).toBe('rss');
    expect(formatOf({ name: 'x', bytes: gzipSync(rss) })).toBe('rss');
    expect(formatOf({ name: 'x', bytes: html })).toBe('html');
    expect(formatOf({ name: 'crawl.warc.gz', bytes: gzipSync(Buffer.from('WARC/1.1')) })).toBe('warc');
    expect(formatOf({ name: 'x', bytes: Buffer.from('WARC/1.0\r\n') })).toBe('warc');
    expect(formatOf({ name: 'x', bytes: rss, contentType: 'text/html' })).toBe('html');
    expect(formatOf({ name: 'x', bytes: Buffer.from('plain words') })).toBeNull();
  });
});

describe('readUrl', () => {
  it('reads a page as HTML and a feed by its Content-Type', async () => {
    const page: ReadResult[] = [];
    for await (const r of readUrl(`${base}/article`, local)) page.push(r);
    expect(page).toHaveLength(1);
    const a = page[0] as RawArticle;
    expect(a.meta.source).toMatchObject({ url: `${base}/article`, format: 'html' });
    expect(a.text).toContain('The New York State Attorney General');
    const feed: ReadResult[] = [];
    for await (const r of readUrl(`${base}/feed`, local)) feed.push(r);
    expect(feed.map((r) => r.kind)).toEqual(['article']);
    expect((feed[0] as RawArticle).meta.source.format).toBe('rss');
    // Both carry the time of the fetch.
    expect(a.meta.fetched).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Math.abs(Date.parse(a.meta.fetched!) - Date.now())).toBeLessThan(60_000);
    expect((feed[0] as RawArticle).meta.fetched).toMatch(/Z$/);
  });

  it('yields a failure, not an exception, when the fetch fails', async () => {
    const out: ReadResult[] = [];
    for await (const r of readUrl(`${base}/missing`, local)) out.push(r);
    expect(out).toEqual([{ kind: 'failure', source: { url: `${base}/missing`, format: 'html' }, error: 'HTTP 404 Not Found' }]);
  });
});
