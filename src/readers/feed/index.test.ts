import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawArticle, ReadFailure, ReadResult } from '../types.js';
import { parseFeed, readFeed } from './index.js';

// Wikinews stories (CC BY 2.5), read at test time.
const CSV = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpora', 'wikinews', 'wikinews_2020.csv');

function wikinews(n: number): { url: string; date: string; title: string; text: string }[] {
  const src = readFileSync(CSV, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [], field = '', q = false;
  for (let i = src.indexOf('\n') + 1; i < src.length && rows.length < n; i++) {
    const c = src[i]!;
    if (q) { if (c === '"' && src[i + 1] === '"') { field += '"'; i++; } else if (c === '"') q = false; else field += c; }
    else if (c === '"') q = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  return rows.map(([url, date, title, text]) => ({ url: url!, date: date!, title: title!, text: text! }));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paras = (t: string) => t.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const run = (xml: string, name = 'feed.xml') => [...(readFeed({ name, path: name, bytes: Buffer.from(xml) }) as Iterable<ReadResult>)];

describe('readFeed', () => {
  const stories = wikinews(3);

  it('reads an RSS 2.0 feed: one article per item, HTML content as paragraphs', () => {
    const items = stories.map((s, i) => `<item><title>${esc(s.title)}</title><link>${esc(s.url)}</link>`
      + `<guid isPermaLink="false">wn-${i}</guid><pubDate>${new Date(s.date + 'T12:00:00Z').toUTCString()}</pubDate>`
      + `<dc:creator>Wikinews</dc:creator><description>${esc(paras(s.text)[0]!)}</description>`
      + `<content:encoded><![CDATA[${paras(s.text).map((p) => `<p>${esc(p)}</p>`).join('\n')}<script>track()</script>]]></content:encoded></item>`);
    const xml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">`
      + `<channel><title>Wikinews</title><link>https://en.wikinews.org</link><language>en</language>${items.join('')}</channel></rss>`;
    const out = run(xml);
    expect(out).toHaveLength(3);
    out.forEach((r, i) => {
      const a = r as RawArticle;
      expect(a.kind).toBe('article');
      expect(a.meta.title).toBe(stories[i]!.title);
      expect(a.meta.published).toBe(stories[i]!.date);
      expect(a.meta.source).toEqual({ path: 'feed.xml', url: stories[i]!.url, format: 'rss', item: `wn-${i}` });
      expect(a.meta.authors).toEqual(['Wikinews']);
      expect(a.meta.siteName).toBe('Wikinews');
      expect(a.meta.language).toBe('en');
      expect(a.text).toBe(paras(stories[i]!.text).map((p) => p.replace(/\s+/g, ' ')).join('\n\n'));
      expect(a.text).not.toContain('track()');
    });
  });

  it('reads an Atom feed, falling back to the summary and the link as item id', () => {
    const entries = stories.map((s) => `<entry><title type="html">${esc(s.title)}</title>`
      + `<link rel="alternate" type="text/html" href="${esc(s.url)}"/><link rel="edit" href="https://example.org/edit"/>`
      + `<published>${s.date}T08:30:00+01:00</published><updated>2021-01-01T00:00:00Z</updated>`
      + `<author><name>Wikinews contributors</name></author><summary type="html">${esc('<p>' + esc(paras(s.text)[0]!) + '</p>')}</summary></entry>`);
    const xml = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB"><title>WN</title>${entries.join('')}</feed>`;
    const out = run(xml, 'wn.atom') as RawArticle[];
    expect(out).toHaveLength(3);
    expect(out[0]!.meta.source.item).toBe(stories[0]!.url);
    expect(out[0]!.meta.source.url).toBe(stories[0]!.url);
    expect(out[0]!.meta.published).toBe(stories[0]!.date);
    expect(out[0]!.meta.authors).toEqual(['Wikinews contributors']);
    expect(out[0]!.meta.language).toBe('en-gb');
    expect(out[0]!.text).toBe(paras(stories[0]!.text)[0]!.replace(/\s+/g, ' '));
  });

  it('fails with one clear line on malformed XML, non-XML and non-feed XML', () => {
    const broken = run(`<rss><channel><title>x</title><item><title>A</item></channel></rss>`);
    expect(broken).toHaveLength(1);
    expect((broken[0] as ReadFailure).error).toMatch(/^not a well-formed feed: .+ \(line 1\)$/);
    const notXml = run('{"items": []}', 'feed.json');
    expect((notXml[0] as ReadFailure).error).toBe('not a feed: the input is not XML');
    const svg = run('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>');
    expect((svg[0] as ReadFailure).error).toMatch(/XML root is <svg>/);
    expect(broken[0]!.kind).toBe('failure');
  });

  it('names the elements a feed cut off mid-item leaves open', () => {
    const cut = run('<rss><channel><item><title>x</title><description>unterminated');
    expect(cut).toHaveLength(1);
    expect((cut[0] as ReadFailure).error).toBe('not a well-formed feed: the input ends inside <rss> <channel> <item> <description>, which are never closed (line 1)');
  });

  it('repairs bare ampersands and reads HTML entities in a feed', () => {
    const out = run(`<rss version="2.0"><channel><title>A & B</title><item><title>Q&amp;A&nbsp;today</title>`
      + `<link>https://e.org/story?id=1&ref=rss</link><description>Caf&eacute; prices rose.</description></item></channel></rss>`);
    const a = out[0] as RawArticle;
    expect(a.kind).toBe('article');
    expect(a.meta.source.url).toBe('https://e.org/story?id=1&ref=rss');
    expect(a.meta.title).toBe('Q&A today');
    expect(a.text).toBe('Café prices rose.');
    expect(a.meta.siteName).toBe('A & B');
  });

  it('parses RSS 1.0 (RDF)', () => {
    const f = parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">`
      + `<channel rdf:about="x"><title>T</title><link>https://e.org</link></channel>`
      + `<item rdf:about="https://e.org/a"><title>A</title><link>https://e.org/a</link><dc:date>2020-01-02</dc:date><description>Text.</description></item></rdf:RDF>`);
    expect('items' in f && f.items[0]).toMatchObject({ title: 'A', link: 'https://e.org/a', published: '2020-01-02', summary: 'Text.' });
  });
});
