/**
 * `dateline analyze` on web inputs end to end: a WARC.gz built from real pages of the
 * htmldate set carries each record's fetch date into the output, and a URL on the
 * loopback address is refused unless --allow-private, then carries the time of the fetch.
 */
import { datelineAsync } from './cli.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { describe, expect, it } from 'vitest';
import { ArticleRecordSchema } from '../src/document/schema.js';
import { SHARED } from './shared.js';

const HD = join(SHARED, 'corpora', 'htmldate-eval');
const gold = JSON.parse(readFileSync(join(HD, 'eval_default.json'), 'utf8').replace(/:\s*NaN\b/g, ': null')) as Record<string, { file: string; date: string | null }>;
const PAGES = ['blog.python.org.html', 'netzpolitik.org.abmahnungen.html'];
const pages = PAGES.map((file) => {
  const [url, v] = Object.entries(gold).find(([, g]) => g.file === file)!;
  return { url, date: v.date!, html: gunzipSync(readFileSync(join(HD, 'html', `${file}.gz`))) };
});

const run = datelineAsync;
const lines = (s: string) => s.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);

async function* once(b: Uint8Array) { yield b; }

describe('dateline analyze on web inputs', () => {
  it('gives each article of a WARC.gz the WARC-Date of its record as fetched', async () => {
    const dates = ['2017-01-05T09:30:00Z', '2017-02-01T18:00:12Z'];
    const parts: Buffer[] = [];
    for (const [i, p] of pages.entries()) {
      const rec = await WARCRecord.create({ url: p.url, date: dates[i]!, type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, statusline: 'HTTP/1.1 200 OK' }, once(p.html));
      parts.push(Buffer.from(await WARCSerializer.serialize(rec, { gzip: true })));
    }
    const file = join(mkdtempSync(join(tmpdir(), 'dateline-web-')), 'crawl.warc.gz');
    writeFileSync(file, Buffer.concat(parts));
    const r = await run(['analyze', file, '--no-store', '--no-progress', '--format', 'jsonl']);
    expect(r.status).toBe(0);
    const recs = lines(r.stdout).map((x) => ArticleRecordSchema.parse(x));
    expect(recs.map((x) => x.source.url)).toEqual(pages.map((p) => p.url));
    expect(recs.map((x) => x.fetched)).toEqual(dates);
    // The publication dates are the pages' own, read from the HTML, not the fetch dates.
    expect(recs.map((x) => x.published)).toEqual(pages.map((p) => p.date));
  }, 120_000);

  it('refuses a URL on the loopback address unless --allow-private, then records the fetch time', async () => {
    const page = pages[0]!;
    const server = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page.html); });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${new URL(page.url).pathname}`;
    try {
      const refused = await run(['analyze', url, '--no-store', '--no-progress', '--format', 'jsonl']);
      expect(refused.status).toBe(1);
      expect(lines(refused.stdout)[0]!.error).toMatch(/^refused: 127\.0\.0\.1 is a private, loopback or link-local address/);
      expect(refused.stderr).toContain(`dateline: ${url}: refused`);
      const started = Date.now();
      const allowed = await run(['analyze', url, '--allow-private', '--no-store', '--no-progress', '--format', 'jsonl']);
      expect(allowed.status).toBe(0);
      const rec = ArticleRecordSchema.parse(lines(allowed.stdout)[0]);
      expect(rec.source.url).toBe(url);
      expect(rec.published).toBe(page.date);
      expect(Date.parse(rec.fetched!)).toBeGreaterThanOrEqual(Math.floor(started / 1000) * 1000);
      expect(Date.parse(rec.fetched!)).toBeLessThanOrEqual(Date.now());
    } finally {
      server.close();
    }
  }, 120_000);
});
