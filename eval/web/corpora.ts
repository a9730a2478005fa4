/** Loading the web-extraction corpora of ../shared (gzip-compressed HTML pages). */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const SHARED = process.env.DATELINE_SHARED ?? join(import.meta.dirname, '..', '..', '..', 'shared');
export const CORPORA = join(SHARED, 'corpora');

/** A page's bytes (gunzipped). */
export function pageBytes(path: string): Uint8Array {
  return gunzipSync(readFileSync(path));
}

export interface BenchmarkPage {
  readonly id: string;
  readonly url: string;
  readonly html: Uint8Array;
  readonly body: string;
}

/** The scrapinghub article-extraction benchmark: pages with their ground-truth bodies. */
export function loadArticleExtraction(): BenchmarkPage[] {
  const dir = join(CORPORA, 'article-extraction');
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(gt)
    .filter(([id]) => existsSync(join(dir, 'html', `${id}.html.gz`)))
    .map(([id, v]) => ({ id, url: v.url, body: v.articleBody, html: pageBytes(join(dir, 'html', `${id}.html.gz`)) }));
}

export interface SnippetPage {
  readonly url: string;
  readonly file: string;
  readonly html: Uint8Array;
  readonly with: readonly string[];
  readonly without: readonly string[];
  readonly date?: string;
  readonly title?: string;
  readonly author?: string;
}

/** trafilatura's evaluation set: pages with snippets that must and must not be extracted. */
export function loadTrafilaturaEval(): SnippetPage[] {
  const dir = join(CORPORA, 'trafilatura-eval');
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string; with?: string[]; without?: string[]; date?: string; title?: string; author?: string }>;
  const out: SnippetPage[] = [];
  for (const [url, v] of Object.entries(data)) {
    const p = join(dir, 'html', `${v.file}.gz`);
    if (!existsSync(p)) continue;
    out.push({ url, file: v.file, html: pageBytes(p), with: v.with ?? [], without: v.without ?? [], date: v.date, title: v.title, author: v.author });
  }
  return out;
}

export interface DatedPage {
  readonly url: string;
  readonly file: string;
  readonly set: string;
  readonly html: Uint8Array;
  /** Gold publication date; null where the page has none. */
  readonly date: string | null;
}

/** htmldate's evaluation sets: pages with their publication date. */
export function loadHtmldateEval(): DatedPage[] {
  const dir = join(CORPORA, 'htmldate-eval');
  const out: DatedPage[] = [];
  for (const set of ['eval_default', 'eval_mediacloud_2020']) {
    // The files come from Python's json module: a page without a known date has NaN.
    const data = JSON.parse(readFileSync(join(dir, `${set}.json`), 'utf8').replace(/:\s*NaN\b/g, ': null')) as Record<string, { file: string; date: string | null }>;
    for (const [url, v] of Object.entries(data)) {
      const p = join(dir, 'html', `${v.file}.gz`);
      if (!existsSync(p)) continue;
      out.push({ url, file: v.file, set, html: pageBytes(p), date: v.date });
    }
  }
  return out;
}
