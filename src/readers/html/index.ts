/**
 * HTML pages: the article body as paragraphs of clean text, and the page's metadata.
 * `extractArticle` works on a string; `readHtml` is the reader over bytes (charset from the
 * HTTP header, <meta> or detection).
 */
import type { SourceRef } from '../../document/document.js';
import { decodeBytes } from '../decode.js';
import { failure, type Input, type ReadResult, type Reader } from '../types.js';
import { sniffCharset } from './charset.js';
import { findDateline, type Dateline } from './dateline.js';
import { parseHtml, spacedText, textOf, type Element } from './dom.js';
import { extractBody, render } from './extract.js';
import {
  collectFacts, extractAuthors, extractCanonical, extractLanguage, extractPublished, extractSiteName,
  extractTitle,
} from './metadata.js';
import { SETTINGS } from './selectors.js';
import { unpack } from './unpack.js';

export interface ExtractedArticle {
  /** Article text without the headline, paragraphs separated by blank lines; '' when none. */
  readonly text: string;
  readonly paragraphs: readonly string[];
  readonly title: string | null;
  readonly published: string | null;
  readonly authors: readonly string[];
  readonly siteName: string | null;
  readonly canonicalUrl: string | null;
  readonly language: string | null;
  readonly dateline: Dateline | null;
  /** True when the page holds no article text (the text is then ''). */
  readonly empty: boolean;
  readonly warnings: readonly string[];
}

export interface ExtractOptions {
  /** Latest acceptable publication date (ISO), e.g. the fetch date; defaults to today. */
  readonly maxDate?: string;
}

/** Extract the article and metadata of an HTML page. Never throws on bad markup. */
export function extractArticle(html: string, url?: string, options: ExtractOptions = {}): ExtractedArticle {
  const warnings: string[] = [];
  const { root, truncated } = parseHtml(html, SETTINGS.maxHtmlChars);
  if (truncated) warnings.push(`page longer than ${SETTINGS.maxHtmlChars} characters: the rest was ignored`);
  const facts = collectFacts(root);
  const dopts = { maxDate: options.maxDate };
  const title = extractTitle(facts);
  const published = extractPublished(facts, url, dopts, () => (spacedText(root) ?? '').slice(0, 200_000));
  const authors = extractAuthors(facts);
  const siteName = extractSiteName(facts);
  const canonicalUrl = extractCanonical(facts, url);
  const language = extractLanguage(facts);
  const { paragraphs } = extractBody(root, title);
  const texts = paragraphs.map((p) => p.text);
  let text = texts.join('\n\n');
  const chars = paragraphs.reduce((s, p) => s + p.chars, 0);
  const empty = chars < SETTINGS.minArticleChars;
  if (empty) {
    text = '';
    warnings.push('no article text found on the page');
  }
  return {
    text,
    paragraphs: empty ? [] : texts,
    title,
    published,
    authors,
    siteName,
    canonicalUrl,
    language,
    dateline: empty ? null : findDateline(texts[0]),
    empty,
    warnings,
  };
}

const FRAGMENT_DROP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'button', 'form', 'img', 'figcaption']);

/**
 * Plain text of an HTML fragment (a feed item's content): every paragraph kept, only
 * scripts, embeds and captions dropped; paragraphs separated by blank lines.
 */
export function fragmentText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t\r\f\v]+/g, ' ').replace(/\n\s*\n\s*/g, '\n\n').trim();
  const { root } = parseHtml(html, SETTINGS.maxHtmlChars);
  const strip = (el: Element) => {
    el.children = el.children.filter((c) => typeof c === 'string' || !FRAGMENT_DROP.has(c.tag));
    for (const c of el.children) if (typeof c !== 'string') strip(c);
  };
  strip(root);
  return render([root]).map((p) => p.text).join('\n\n');
}

/**
 * A page's publication date alone (no body extraction): URL, structured data, markup,
 * date-bearing elements, then the most frequent date in the page text.
 */
export function findPublicationDate(html: string, url?: string, options: ExtractOptions = {}): string | null {
  const { root } = parseHtml(html, SETTINGS.maxHtmlChars);
  const facts = collectFacts(root);
  const dopts = { maxDate: options.maxDate };
  return extractPublished(facts, url, dopts, () => (spacedText(root) ?? '').slice(0, 200_000));
}

/** Decode an HTML document's bytes: HTTP charset, <meta> charset, then detection. */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): { ok: true; text: string } | { ok: false; error: string } {
  const declared = sniffCharset(bytes, contentType);
  const d = decodeBytes(bytes, declared);
  return d.ok ? { ok: true, text: d.text } : d;
}

/** Reader for one HTML page. */
export const readHtml: Reader = function* (input: Input): Iterable<ReadResult> {
  const source: SourceRef = { ...(input.path ? { path: input.path } : {}), ...(input.url ? { url: input.url } : {}), format: 'html' };
  const u = unpack(input.bytes);
  if (!u.ok) { yield failure(source, u.error); return; }
  const d = decodeHtml(u.bytes, input.contentType);
  if (!d.ok) { yield failure(source, d.error); return; }
  const a = extractArticle(d.text, input.url, { maxDate: input.fetched?.slice(0, 10) });
  // A page without article text (an index, a tag page) is no article: as a record its empty
  // text would share one id with every other such page, and the store keep only the last.
  if (a.empty) { yield failure(source, 'no article text found on the page'); return; }
  const warnings = a.warnings;
  yield {
    kind: 'article',
    text: a.text,
    meta: {
      source: a.canonicalUrl && !input.url ? { ...source, url: a.canonicalUrl } : source,
      title: a.title,
      published: a.published,
      ...(input.fetched ? { fetched: input.fetched } : {}),
      authors: a.authors,
      siteName: a.siteName,
      language: a.language,
      headlineInText: false,
      dateline: a.dateline,
      ...(warnings.length ? { warnings } : {}),
    },
  };
};
