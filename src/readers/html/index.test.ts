import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml, extractArticle, findPublicationDate, fragmentText, readHtml } from './index.js';
import { parseHtml, textOf } from './dom.js';
import type { RawArticle, ReadResult } from '../types.js';

const CORPORA = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpora');
const AE = join(CORPORA, 'article-extraction');
const TE = join(CORPORA, 'trafilatura-eval');

const gt = JSON.parse(readFileSync(join(AE, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
const benchPage = (id: string) => gunzipSync(readFileSync(join(AE, 'html', `${id}.html.gz`)));
const tePage = (file: string) => gunzipSync(readFileSync(join(TE, 'html', `${file}.gz`)));
const teGold = JSON.parse(readFileSync(join(TE, 'evaldata.json'), 'utf8')) as Record<string, { file: string; with: string[]; without: string[] }>;
const teEntry = (file: string) => Object.entries(teGold).find(([, v]) => v.file === file)!;

/** Word 4-gram overlap F1 (the benchmark's metric for one page). */
function shingleF1(truth: string, pred: string): number {
  const grams = (s: string) => {
    const t = s.match(/[\p{L}\p{N}_]+/gu) ?? [];
    const m = new Map<string, number>();
    for (let i = 0; i + 4 <= t.length; i++) { const k = t.slice(i, i + 4).join(' '); m.set(k, (m.get(k) ?? 0) + 1); }
    return m;
  };
  const a = grams(truth), b = grams(pred);
  let tp = 0, nb = 0, na = 0;
  for (const [k, v] of a) { tp += Math.min(v, b.get(k) ?? 0); na += v; }
  for (const v of b.values()) nb += v;
  const p = tp / Math.max(1, nb), r = tp / Math.max(1, na);
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function collect(results: Iterable<ReadResult>): ReadResult[] {
  return [...results];
}

describe('extractArticle on benchmark pages', () => {
  // Reuters/WeWork, sportsnet Davis Cup, thehill meth campaign.
  const ids = ['06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85'];
  for (const [id, v] of Object.entries(gt)) if (/sportsnet|thehill.com\/homenews/.test(v.url)) ids.push(id);

  it.each(ids)('extracts the body of %s close to the ground truth', (id) => {
    const d = decodeHtml(benchPage(id));
    expect(d.ok).toBe(true);
    const a = extractArticle((d as { text: string }).text, gt[id]!.url);
    expect(a.empty).toBe(false);
    expect(shingleF1(gt[id]!.articleBody, a.text)).toBeGreaterThan(0.85);
    // The headline is metadata, not text.
    expect(a.title).toBeTruthy();
    expect(a.text.startsWith(a.title!)).toBe(false);
    expect(a.text).toContain('\n\n');
  });

  it('leaves out the hover card of a name, which had run into the sentence (The Hill, "Rep. Ilhan OmarIlhan OmarHillicon Valley: …")', () => {
    const id = Object.entries(gt).find(([, v]) => /thehill\.com\/.*threatening-to-kill-omar/.test(v.url))?.[0];
    expect(id).toBeDefined();
    const a = extractArticle((decodeHtml(benchPage(id!)) as { text: string }).text, gt[id!]!.url);
    expect(a.text).toContain('he threatened to kill Rep. Ilhan Omar (D-Minn.), the U.S. Attorney');
    expect(a.text).not.toContain('Hillicon Valley');
  });
  it('reads metadata and the dateline of the Davis Cup story', () => {
    const id = Object.entries(gt).find(([, v]) => /sportsnet/.test(v.url))![0];
    const a = extractArticle((decodeHtml(benchPage(id)) as { text: string }).text, gt[id]!.url);
    expect(a.text.startsWith('MADRID — Rafael Nadal')).toBe(true);
    expect(a.dateline).toEqual({ place: 'MADRID', agency: null });
    expect(a.published).toMatch(/^2019-11-(19|20)$/);
    expect(a.canonicalUrl).toMatch(/^https:\/\/www\.sportsnet\.ca\//);
    expect(a.language === null || a.language.startsWith('en')).toBe(true);
  });
});

describe('metadata encoded twice', () => {
  it('decodes a title the site escaped twice (og:title "Australian &amp;#039;megablaze&amp;#039;")', () => {
    const page = gunzipSync(readFileSync(join(CORPORA, 'htmldate-eval', 'html', '1493757507.html.gz')));
    const a = extractArticle((decodeHtml(page) as { text: string }).text);
    expect(a.title).toBe("Australian 'megablaze' brought under control");
  });
});

describe('charsets', () => {
  it('decodes a latin-1 page by its <meta charset>', () => {
    const bytes = tePage('winfuture.de-NASA.html');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const [url, gold] = teEntry('winfuture.de-NASA.html');
    const out = collect(readHtml({ name: 'winfuture.html', path: 'winfuture.html', bytes }) as Iterable<ReadResult>);
    const a = out[0] as RawArticle;
    expect(a.kind).toBe('article');
    for (const w of gold.with) expect(a.text.replace(/\s+/g, ' ')).toContain(w);
    expect(a.text).toContain('Gebühren');
    expect(a.meta.published).toBe('2023-11-03');
    expect(url).toMatch(/winfuture/);
  });

  it('reads an Arabic page re-encoded as windows-1256 and as UTF-16 the same as in UTF-8', () => {
    const [url, gold] = teEntry('assabah.com.tn.article.html');
    const utf8 = tePage('assabah.com.tn.article.html').toString('utf8');
    const ref = extractArticle(utf8, url);
    expect(ref.empty).toBe(false);
    for (const w of gold.with) expect(ref.text).toContain(w);
    const cp1256 = iconv.encode(utf8.replace(/charset=["']?utf-8["']?/gi, 'charset=windows-1256'), 'windows-1256');
    const a = collect(readHtml({ name: 'ar.html', bytes: cp1256, url }) as Iterable<ReadResult>)[0] as RawArticle;
    expect(a.text).toBe(ref.text);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(utf8, 'utf-16le')]);
    const b = collect(readHtml({ name: 'ar16.html', bytes: utf16, url }) as Iterable<ReadResult>)[0] as RawArticle;
    expect(b.text).toBe(ref.text);
  });

  it('prefers the HTTP header charset', () => {
    const bytes = iconv.encode('<html><head><meta charset="utf-8"><title>x</title></head><body><p>Große Straße</p></body></html>', 'windows-1252');
    const d = decodeHtml(bytes, 'text/html; charset=ISO-8859-1');
    expect(d.ok && d.text).toContain('Große Straße');
  });
});

describe('bad input', () => {
  it('returns an empty body with a warning for a page without an article', () => {
    // The links and navigation of a real page, without its article.
    const id = Object.keys(gt)[0]!;
    const html = (decodeHtml(benchPage(id)) as { text: string }).text;
    const links = [...html.matchAll(/<a\b[^>]*>[^<]{3,80}<\/a>/g)].map((m) => m[0]).slice(0, 120);
    const page = `<html><head><title>Index</title></head><body><nav><ul>${links.slice(0, 40).map((l) => `<li>${l}</li>`).join('')}</ul></nav>`
      + `<div class="grid">${links.slice(40).map((l) => `<div class="teaser">${l}</div>`).join('')}</div><footer>© 2019</footer></body></html>`;
    const a = extractArticle(page);
    expect(a.empty).toBe(true);
    expect(a.text).toBe('');
    expect(a.warnings.join(' ')).toMatch(/no article/);
    // Read as an input, it fails with that reason (an empty record would share its id with every such page).
    const r = collect(readHtml({ name: 'index.html', bytes: Buffer.from(page) }) as Iterable<ReadResult>);
    expect(r).toEqual([{ kind: 'failure', source: { format: 'html' }, error: 'no article text found on the page' }]);
  });

  it('keeps the article of a page with megabytes of inline data before it, and cuts a page of more text than the cap', () => {
    const id = Object.keys(gt)[1]!;
    const html = (decodeHtml(benchPage(id)) as { text: string }).text;
    const plain = extractArticle(html);
    // 9 million characters of script data (a framework's state) right after <body>: over the cap, but no text.
    const body = html.search(/<body[^>]*>/i);
    const at = html.indexOf('>', body) + 1;
    const heavy = `${html.slice(0, at)}<script>window.__STATE__ = "${'x'.repeat(9_000_000)}";</script>${html.slice(at)}`;
    const a = extractArticle(heavy);
    expect(a.empty).toBe(false);
    expect(a.text).toBe(plain.text);
    expect(a.warnings.join(' ')).not.toMatch(/longer than/);
    // The cap still holds for what is not script: a cut page says so.
    const { root, truncated } = parseHtml(`<p>${'word '.repeat(50)}</p><p>${'more '.repeat(50)}</p>`, 300);
    expect(truncated).toBe(true);
    expect(textOf(root).length).toBeLessThanOrEqual(300);
    expect(textOf(root)).toMatch(/^word word/);
  });

  it('survives tag soup: unclosed tags, stray end tags, broken attributes', () => {
    const soup = '<html><body><div class="content"><p>The council met on Monday <b>to vote<p>Members agreed, after a long debate, to fund the new bridge over the river.'
      + '</i></span><p class=x"y>The mayor said the work would start in spring and last two years, and that traffic would be diverted.<td>'
      + '<p>Opponents said the cost, put at 40 million euros, was too high for a town of its size.</div></div></div><p>Tail';
    const a = extractArticle(soup);
    expect(a.empty).toBe(false);
    expect(a.paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(a.text).toContain('Members agreed, after a long debate');
    expect(a.text).toContain('too high for a town of its size.');
  });

  it('handles a 20 MB page without returning the whole page (its speed is measured by npm run bench, not here)', () => {
    const id = Object.keys(gt)[1]!;
    const html = (decodeHtml(benchPage(id)) as { text: string }).text;
    const filler = '<div class="related"><a href="/x">Related story link text</a></div>'.repeat(Math.ceil(20_000_000 / 64));
    const big = html.replace('</body>', filler + '</body>');
    expect(big.length).toBeGreaterThan(20_000_000);
    const a = extractArticle(big, gt[id]!.url);
    expect(a.text.length).toBeLessThan(100_000);
    expect(shingleF1(gt[id]!.articleBody, a.text)).toBeGreaterThan(0.8);
  });

  it('does not overflow on 100 000 nested elements', () => {
    const deep = '<div>'.repeat(100_000) + '<p>' + 'Deep text, with commas, in a sentence. '.repeat(10) + '</p>';
    const { root } = parseHtml(deep);
    expect(textOf(root)).toContain('Deep text');
    expect(extractArticle(deep).text).toContain('Deep text');
  });
});

describe('gzip-compressed pages', () => {
  it('reads page.html.gz and reports a truncated one', () => {
    const id = Object.keys(gt)[0]!;
    const gz = readFileSync(join(AE, 'html', `${id}.html.gz`));
    const ok = collect(readHtml({ name: 'p.html.gz', bytes: gz }) as Iterable<ReadResult>)[0] as RawArticle;
    expect(ok.text).toContain('The New York State Attorney General');
    const cut = collect(readHtml({ name: 'p.html.gz', bytes: gz.subarray(0, gz.length >> 1) }) as Iterable<ReadResult>);
    expect(cut).toEqual([{ kind: 'failure', source: { format: 'html' }, error: 'truncated gzip data' }]);
  });
});

describe('dates and fragments', () => {
  it('finds the publication date of a page from its metadata', () => {
    const html = '<html><head><meta property="article:published_time" content="2019-11-19T10:00:00Z"></head><body><p>x</p></body></html>';
    expect(findPublicationDate(html)).toBe('2019-11-19');
    expect(findPublicationDate('<p>Veröffentlicht am 3. März 2021</p>')).toBe('2021-03-03');
    expect(findPublicationDate('<p>x</p>', 'https://example.org/2018/07/04/story.html')).toBe('2018-07-04');
  });

  it('finds datelines and ignores labels', () => {
    expect(extractArticle('<article><p>WASHINGTON (Reuters) - The Senate voted on Tuesday to pass the bill, which now goes to the House for a final vote before the holiday recess begins next week.</p><p>Leaders of both parties said they expected the measure to pass with a comfortable majority.</p></article>').dateline).toEqual({ place: 'WASHINGTON', agency: 'Reuters' });
    expect(extractArticle('<article><p>Berlin (dpa) - Die Bundesregierung hat am Dienstag das neue Gesetz beschlossen, das nun dem Bundestag zur Abstimmung vorgelegt wird und im Frühjahr gelten soll.</p><p>Die Opposition kündigte an, gegen das Gesetz zu stimmen, weil es zu spät komme.</p></article>').dateline).toEqual({ place: 'Berlin', agency: 'dpa' });
    expect(extractArticle('<article><p>UPDATE - The Senate voted on Tuesday to pass the bill, which now goes to the House for a final vote before the holiday recess begins next week.</p><p>Leaders of both parties said they expected the measure to pass with a comfortable majority.</p></article>').dateline).toBeNull();
  });

  it('turns an HTML fragment into paragraphs', () => {
    expect(fragmentText('<p>One &amp; two.</p><p>Three<br>four.</p><script>x()</script>')).toBe('One & two.\n\nThree\nfour.');
  });
});
