import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RawArticle, ReadFailure, ReadNotice, ReadResult } from '../types.js';
import { readWarc } from './index.js';

const AE = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpora', 'article-extraction');
const gt = JSON.parse(readFileSync(join(AE, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
const ids = Object.keys(gt).slice(0, 3);
const page = (id: string) => gunzipSync(readFileSync(join(AE, 'html', `${id}.html.gz`)));

async function* once(b: Uint8Array) { yield b; }

async function response(id: string, gzipBody = false): Promise<WARCRecord> {
  const body = gzipBody ? gzipSync(page(id)) : page(id);
  const httpHeaders: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8' };
  if (gzipBody) httpHeaders['Content-Encoding'] = 'gzip';
  return WARCRecord.create({ url: gt[id]!.url, date: '2019-11-20T10:00:00Z', type: 'response', warcVersion: 'WARC/1.1', httpHeaders, statusline: 'HTTP/1.1 200 OK' }, once(body));
}

async function request(id: string): Promise<WARCRecord> {
  return WARCRecord.create({ url: gt[id]!.url, date: '2019-11-20T10:00:00Z', type: 'request', warcVersion: 'WARC/1.1', httpHeaders: { 'User-Agent': 'test' }, statusline: 'GET / HTTP/1.1' }, once(new Uint8Array()));
}

async function serialize(records: WARCRecord[], gzip: boolean): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const r of records) out.push(Buffer.from(await WARCSerializer.serialize(r, { gzip })));
  return out;
}

const run = (bytes: Uint8Array, name = 'crawl.warc.gz') => [...(readWarc({ name, path: name, bytes }) as Iterable<ReadResult>)];
const articles = (rs: ReadResult[]) => rs.filter((r): r is RawArticle => r.kind === 'article');

describe('readWarc', () => {
  let members: Buffer[] = [];
  let plain: Buffer[] = [];
  beforeAll(async () => {
    const recs = [await request(ids[0]!), await response(ids[0]!), await response(ids[1]!, true), await request(ids[2]!), await response(ids[2]!)];
    members = await serialize(recs, true);
    recs.splice(0);
    const recs2 = [await request(ids[0]!), await response(ids[0]!), await response(ids[1]!, true), await request(ids[2]!), await response(ids[2]!)];
    plain = await serialize(recs2, false);
  });

  it('reads every HTML response of a WARC.gz built from real pages, with URL and record id', () => {
    const rs = run(Buffer.concat(members));
    const arts = articles(rs);
    expect(arts).toHaveLength(3);
    arts.forEach((a, i) => {
      const id = ids[i]!;
      expect(a.meta.source.format).toBe('warc');
      expect(a.meta.source.url).toBe(gt[id]!.url);
      expect(a.meta.source.item).toMatch(/^<urn:uuid:/);
      expect(a.meta.headlineInText).toBe(false);
      // The body comes out: its first sentence's words are in the text.
      const words = gt[id]!.articleBody.split(/\s+/).slice(0, 12).join(' ');
      expect(a.text.replace(/\s+/g, ' ')).toContain(words.slice(0, 40));
    });
    const summary = rs.find((r): r is ReadNotice => r.kind === 'notice' && /records/.test(r.message));
    expect(summary?.message).toMatch(/5 records, 3 articles; skipped 2 request/);
  });

  it('reads an uncompressed WARC the same way', () => {
    const a = articles(run(Buffer.concat(plain), 'crawl.warc'));
    const b = articles(run(Buffer.concat(members)));
    expect(a.map((x) => x.text)).toEqual(b.map((x) => x.text));
  });

  it('skips a corrupt gzip member in the middle and reads the rest', () => {
    const bad = Buffer.from(members[2]!);
    bad.fill(0x55, 20, 60); // damage the deflate stream of the second response
    const rs = run(Buffer.concat([members[0]!, members[1]!, bad, members[3]!, members[4]!]));
    expect(articles(rs)).toHaveLength(2);
    const note = rs.find((r) => r.kind === 'notice' && /corrupt/.test((r as ReadNotice).message)) as ReadNotice;
    expect(note.message).toMatch(/^corrupt gzip member at byte \d+/);
  });

  it('skips a corrupt record in an uncompressed WARC and reads the rest', () => {
    const bad = Buffer.from(plain[2]!);
    bad.write('XXXX', 0, 'latin1'); // no longer starts with WARC/
    const rs = run(Buffer.concat([plain[0]!, plain[1]!, bad, plain[3]!, plain[4]!]), 'crawl.warc');
    expect(articles(rs)).toHaveLength(2);
    expect(rs.some((r) => r.kind === 'notice' && /no WARC record header/.test(r.message))).toBe(true);
  });

  it('reports a truncated gzip archive and keeps the records before the cut', () => {
    const all = Buffer.concat(members);
    const cut = all.subarray(0, members[0]!.length + members[1]!.length + Math.floor(members[2]!.length / 2));
    const rs = run(cut);
    expect(articles(rs)).toHaveLength(1);
    const f = rs.find((r): r is ReadFailure => r.kind === 'failure');
    expect(f?.error).toMatch(/^truncated gzip member at byte \d+/);
  });

  it('carries the WARC-Date of each response as the fetch time, and no publication date after it', async () => {
    const id = Object.entries(gt).find(([, v]) => /sportsnet/.test(v.url))![0];
    const at = (date: string) => WARCRecord.create({ url: gt[id]!.url, date, type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html' }, statusline: 'HTTP/1.1 200 OK' }, once(page(id)));
    const bytes = Buffer.concat(await serialize([await at('2019-11-20T10:15:30.250Z'), await at('2019-11-18T08:00:00Z')], true));
    const [later, earlier] = articles(run(bytes));
    expect(later!.meta.fetched).toBe('2019-11-20T10:15:30Z');
    expect(later!.meta.published).toMatch(/^2019-11-(19|20)$/);
    // Fetched before the story ran (a wrong clock, a replayed record): its date cannot be
    // the publication date, so an earlier one or none is given.
    expect(earlier!.meta.fetched).toBe('2019-11-18T08:00:00Z');
    expect(earlier!.meta.published === null || earlier!.meta.published! <= '2019-11-18').toBe(true);
  });

  it('reports an archive whose only record is cut short once, not also as holding no records', () => {
    const cut = Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html><body><p>The minister said', 'latin1');
    const failures = run(cut, 'cut.warc').filter((r): r is ReadFailure => r.kind === 'failure');
    expect(failures.map((f) => f.error)).toEqual([expect.stringMatching(/^truncated WARC record at byte 0 .*of 99999 bytes$/)]);
  });

  it('fails clearly on bytes that are not a WARC', () => {
    const rs = run(Buffer.from('<html><body>not an archive</body></html>'), 'x.warc');
    expect(rs.some((r) => r.kind === 'failure' && /no WARC records/.test(r.error))).toBe(true);
  });
});
