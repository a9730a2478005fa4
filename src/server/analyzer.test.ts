import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { AnalyzeResult } from '../analyzer.js';
import { ArticleRecordSchema } from '../document/schema.js';
import { SHARED, seedRecord } from '../../test/e2e/records.js';
import { defaultAnalyzer, serverAnalyzer } from './analyzer.js';

const SEED = `${SHARED}/seed/sana-putin-rouhani.txt`;

function fakeLib(results: AnalyzeResult[]) {
  const seen: { name: string; contentType?: string; url?: string; text: string }[] = [];
  return {
    seen,
    lib: {
      analyzeText: () => seedRecord(),
      async *analyzeInput(input: { name: string; contentType?: string; url?: string; bytes: Uint8Array }) {
        seen.push({ name: input.name, contentType: input.contentType, url: input.url, text: new TextDecoder().decode(input.bytes) });
        yield* results;
      },
    },
  };
}

describe('serverAnalyzer', () => {
  it('hands pasted HTML to the readers as an HTML input and returns the first record', async () => {
    const rec = seedRecord();
    const { lib, seen } = fakeLib([{ kind: 'notice', source: rec.source, message: 'skipped' }, { kind: 'record', record: rec }]);
    const a = serverAnalyzer(lib);
    expect(await a.analyzeHtml('<p>Hello</p>', 'https://example.org/a')).toBe(rec);
    expect(seen).toEqual([{ name: 'https://example.org/a', contentType: 'text/html; charset=utf-8', url: 'https://example.org/a', text: '<p>Hello</p>' }]);
  });
  it('refuses a text longer than one article may be before analysing it', () => {
    const { lib } = fakeLib([]);
    const a = serverAnalyzer(lib);
    expect(() => a.analyzeText('The minister said the talks went well. '.repeat(60_000))).toThrow(/^text of 2,340,000 characters is longer than one article may be \(2,000,000\)/);
    expect(a.analyzeText('The minister said the talks went well.')).toEqual(seedRecord());
  });
  it('turns a reader failure into an error with its reason', async () => {
    const { lib } = fakeLib([{ kind: 'failure', record: { source: { format: 'html' }, error: 'no article text found' } }]);
    await expect(serverAnalyzer(lib).analyzeHtml('<p></p>')).rejects.toThrow('no article text found');
  });
  it('refuses non-http URLs before fetching', async () => {
    const { lib } = fakeLib([]);
    await expect(serverAnalyzer(lib).analyzeUrl('file:///etc/passwd')).rejects.toThrow(/http/);
  });
  it('refuses URLs on private addresses unless the server allows them', async () => {
    // A real page from the htmldate set, served on the loopback address.
    const page = gunzipSync(readFileSync(`${SHARED}/corpora/htmldate-eval/html/blog.python.org.html.gz`));
    const server = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page); });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/2016/12/python-360-is-now-available.html`;
    try {
      const rec = seedRecord();
      const refused = fakeLib([{ kind: 'record', record: rec }]);
      await expect(serverAnalyzer(refused.lib).analyzeUrl(url)).rejects.toThrow(/refused: 127\.0\.0\.1 is a private, loopback or link-local address/);
      expect(refused.seen).toEqual([]);
      const allowed = fakeLib([{ kind: 'record', record: rec }]);
      expect(await serverAnalyzer(allowed.lib, { allowPrivate: true }).analyzeUrl(url)).toBe(rec);
      expect(allowed.seen[0]!.url).toBe(url);
      expect(allowed.seen[0]!.text).toContain('Python 3.6.0');
    } finally {
      server.close();
    }
  });
  it('runs the library analyzer on real text', async () => {
    const a = await defaultAnalyzer();
    const text = readFileSync(SEED, 'utf8');
    const r = await a.analyzeText(text, { published: '2017-03-29' });
    expect(ArticleRecordSchema.safeParse(r).success).toBe(true);
    expect(r.text).toBe(text.replace(/^\uFEFF/, ''));
  });
});
