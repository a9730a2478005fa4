import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { SHARED } from '../../test/shared.js';
import { decodeBytes } from './decode.js';
import { formatOf } from './index.js';
import { readJsonl } from './jsonl/index.js';
import { readSgml } from './sgml/index.js';
import type { RawArticle, ReadResult } from './types.js';

const arabic = 'قال الرئيس السوري بشار الأسد إن المحادثات في أستانا ستستمر الأسبوع المقبل بمشاركة روسيا وإيران وتركيا.';

describe('decoding bytes', () => {
  it('reads UTF-8, and UTF-16 with and without BOM', () => {
    expect(decodeBytes(Buffer.from('Señor Müller', 'utf8'))).toMatchObject({ ok: true, text: 'Señor Müller', charset: 'utf-8' });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Geneva talks', 'utf16le')]);
    expect(decodeBytes(le)).toMatchObject({ ok: true, text: 'Geneva talks' });
    expect(decodeBytes(Buffer.from('Geneva talks resumed on Monday', 'utf16le'))).toMatchObject({ ok: true, text: 'Geneva talks resumed on Monday' });
  });
  it('decodes Arabic windows-1256 when the input declares it, and detects it when not', () => {
    const bytes = iconv.encode(arabic, 'windows-1256');
    expect(decodeBytes(bytes, 'windows-1256')).toMatchObject({ ok: true, text: arabic });
    const guessed = decodeBytes(bytes);
    expect(guessed.ok && guessed.charset).not.toBe('utf-8');
  });
  it('refuses empty and binary data', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, error: 'empty input' });
    expect(decodeBytes(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]))).toEqual({ ok: false, error: 'binary data, not text' });
  });
});

describe('input formats', () => {
  it('tells formats by name and by content', () => {
    expect(formatOf('a.warc.gz', new Uint8Array())).toBe('warc');
    expect(formatOf('x', Buffer.from('<?xml version="1.0"?>\n<rss version="2.0">'))).toBe('rss');
    expect(formatOf('x', Buffer.from('<!DOCTYPE html><html>'))).toBe('html');
    expect(formatOf('x', Buffer.from('{"text": "a"}\n'))).toBe('jsonl');
    expect(formatOf('x', Buffer.from('Putin and Rouhani met'))).toBe('text');
  });
});

const articles = (it: Iterable<ReadResult>) => [...it].filter((r): r is RawArticle => r.kind === 'article');

describe('Reuters-21578 SGML', () => {
  const path = join(SHARED, 'corpora/reuters21578/reut2-000.sgm');
  const all = [...readSgml({ name: path, path, bytes: readFileSync(path) })];
  it('reads every story of a file with its NEWID, date and wire text', () => {
    expect(all).toHaveLength(1000);
    const first = all[0] as RawArticle;
    expect(first.meta.source).toEqual({ path, format: 'sgml', item: '1' });
    expect(first.meta.published).toBe('1987-02-26');
    expect(first.text.startsWith('BAHIA COCOA REVIEW\n\nSALVADOR, Feb 26 - Showers continued')).toBe(true);
    expect(first.text).not.toMatch(/&#\d+;|&lt;/);
  });
});

describe('JSONL', () => {
  it('reads good lines and reports bad ones by line', () => {
    const bytes = Buffer.from('{"id": "a1", "text": "Iran and Turkey met.", "title": "Talks", "published": "2017-03-28"}\nnot json\n{"title": "no text"}\n\n{"text": "Second story."}\n'
      + '["Iran and Turkey met."]\n{"text": "Third story.", "title": 7}\n');
    const res = [...readJsonl({ name: 'x.jsonl', path: 'x.jsonl', bytes })];
    expect(res.map((r) => r.kind)).toEqual(['article', 'failure', 'failure', 'article', 'failure', 'failure']);
    const a = articles(res);
    expect(a[0]!.meta).toMatchObject({ title: 'Talks', published: '2017-03-28', headlineInText: false, source: { item: 'a1' } });
    expect(a[1]!.meta.source.item).toBe('5');
    expect(res[1]).toMatchObject({ error: expect.stringMatching(/^line 2: not JSON/) });
    expect(res[2]).toMatchObject({ error: 'line 3: no "text" field' });
    expect(res[4]).toMatchObject({ error: 'line 6: not a JSON object but a list' });
    expect(res[5]).toMatchObject({ error: 'line 7: "title" must be a string, not a number' });
  });
});
