/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item becomes an article with its title,
 * link, date, authors and text (full content where the feed carries it, else the summary).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { SourceRef } from '../../document/document.js';
import { decodeBytes } from '../decode.js';
import { sniffCharset } from '../html/charset.js';
import { parseDate } from '../html/dates.js';
import { fragmentText } from '../html/index.js';
import { unpack } from '../html/unpack.js';
import { failure, type Input, type ReadResult, type Reader } from '../types.js';

const ARRAYS = new Set(['item', 'entry', 'link', 'author', 'dc:creator', 'category', 'contributor']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
});

type X = Record<string, unknown>;

/** Text of a parsed XML value (string, {#text}, or the first of an array). */
function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as X)['#text']);
  return null;
}

export interface FeedItem {
  readonly title: string | null;
  readonly link: string | null;
  readonly guid: string | null;
  readonly published: string | null;
  readonly authors: string[];
  /** Item content as HTML or text. */
  readonly content: string | null;
  readonly summary: string | null;
}

export interface ParsedFeed {
  readonly kind: 'rss' | 'atom' | 'rdf';
  readonly title: string | null;
  readonly link: string | null;
  readonly language: string | null;
  readonly items: FeedItem[];
}

function atomLink(v: unknown): string | null {
  const links = Array.isArray(v) ? v : v ? [v] : [];
  let first: string | null = null;
  for (const l of links) {
    if (typeof l === 'string') { first ??= l; continue; }
    const o = l as X;
    const href = text(o['@_href']);
    if (!href) continue;
    const rel = text(o['@_rel']) ?? 'alternate';
    if (rel === 'alternate') return href;
    first ??= href;
  }
  return first;
}

function rssLink(v: unknown): string | null {
  const links = Array.isArray(v) ? v : v ? [v] : [];
  for (const l of links) {
    if (typeof l === 'string' && l.trim()) return l.trim();
    if (l && typeof l === 'object') {
      const o = l as X;
      const t = text(o['#text']) ?? text(o['@_href']);
      if (t && !text(o['@_rel'])) return t;
    }
  }
  return null;
}

function names(v: unknown): string[] {
  const arr = Array.isArray(v) ? v : v ? [v] : [];
  const out: string[] = [];
  for (const a of arr) {
    let n = typeof a === 'object' && a !== null && 'name' in (a as X) ? text((a as X).name) : text(a);
    if (!n) continue;
    // RSS <author> is "email (Name)".
    const m = /^\S+@\S+\s*\(([^)]+)\)$/.exec(n);
    if (m) n = m[1]!;
    if (/^\S+@\S+$/.test(n)) continue;
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

function isoDate(v: unknown): string | null {
  const t = text(v);
  return t ? parseDate(t, { maxDate: '9999-12-31' }) : null;
}

/**
 * The XML validator's reason in plain words: its "Invalid '[ "rss", "channel", "item" ]' found."
 * lists the elements left open at the end of the input.
 */
function xmlFault(msg: string): string {
  const m = /^Invalid '(\[[^']*\])' found\.?$/s.exec(msg);
  if (!m) return msg;
  try {
    const open = JSON.parse(m[1]!) as unknown;
    if (Array.isArray(open) && open.length && open.every((t) => typeof t === 'string')) {
      return `the input ends inside <${open.join('> <')}>, which ${open.length > 1 ? 'are' : 'is'} never closed`;
    }
  } catch { /* not the list it usually is */ }
  return msg;
}

/** Parse feed XML. Returns an error string when it is not a feed. */
export function parseFeed(xml: string): ParsedFeed | { error: string } {
  // Bare ampersands ("?a=1&b=2" in links) are the commonest flaw of real feeds: escape them.
  const trimmed = xml.replace(/^\ufeff/, '').trimStart().replace(/&(?!#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi, '&amp;');
  if (!trimmed.startsWith('<')) return { error: 'not a feed: the input is not XML' };
  const valid = XMLValidator.validate(trimmed);
  if (valid !== true) return { error: `not a well-formed feed: ${xmlFault(valid.err.msg)} (line ${valid.err.line})` };
  let doc: X;
  try { doc = parser.parse(trimmed) as X; } catch (e) { return { error: `not a well-formed feed: ${(e as Error).message.split('\n')[0]}` }; }
  const rss = doc.rss as X | undefined;
  const atom = doc.feed as X | undefined;
  const rdf = doc['rdf:RDF'] as X | undefined;
  if (rss && typeof rss === 'object') {
    const ch = (Array.isArray(rss.channel) ? rss.channel[0] : rss.channel) as X | undefined;
    if (!ch) return { error: 'not a feed: <rss> without <channel>' };
    return {
      kind: 'rss', title: text(ch.title), link: rssLink(ch.link), language: text(ch.language),
      items: ((ch.item as X[] | undefined) ?? []).map((it) => ({
        title: text(it.title),
        link: rssLink(it.link) ?? (text((it.guid as X | undefined)?.['@_isPermaLink']) !== 'false' ? text(it.guid) : null),
        guid: text(it.guid),
        published: isoDate(it.pubDate ?? it['dc:date'] ?? it.published ?? it.updated),
        authors: names(it['dc:creator'] ?? it.author),
        content: text(it['content:encoded']),
        summary: text(it.description),
      })),
    };
  }
  if (atom && typeof atom === 'object') {
    return {
      kind: 'atom', title: text(atom.title), link: atomLink(atom.link), language: text(atom['@_xml:lang']),
      items: ((atom.entry as X[] | undefined) ?? []).map((e) => ({
        title: text(e.title),
        link: atomLink(e.link),
        guid: text(e.id),
        published: isoDate(e.published ?? e.issued ?? e.created ?? e.updated),
        authors: names(e.author),
        content: text(e.content),
        summary: text(e.summary),
      })),
    };
  }
  if (rdf && typeof rdf === 'object') {
    const ch = rdf.channel as X | undefined;
    return {
      kind: 'rdf', title: text(ch?.title), link: text(ch?.link), language: text(ch?.['dc:language']),
      items: ((rdf.item as X[] | undefined) ?? []).map((it) => ({
        title: text(it.title), link: rssLink(it.link), guid: text(it['@_rdf:about']) ?? rssLink(it.link),
        published: isoDate(it['dc:date']), authors: names(it['dc:creator']),
        content: text(it['content:encoded']), summary: text(it.description),
      })),
    };
  }
  const rootName = Object.keys(doc).find((k) => !k.startsWith('?')) ?? 'nothing';
  return { error: `not a feed: the XML root is <${rootName}>, not <rss>, <feed> or <rdf:RDF>` };
}

/** Reader for an RSS or Atom document: one article per item. */
export const readFeed: Reader = function* (input: Input): Iterable<ReadResult> {
  const base: SourceRef = { ...(input.path ? { path: input.path } : {}), ...(input.url ? { url: input.url } : {}), format: 'rss' };
  const u = unpack(input.bytes);
  if (!u.ok) { yield failure(base, u.error); return; }
  const d = decodeBytes(u.bytes, sniffCharset(u.bytes, input.contentType));
  if (!d.ok) { yield failure(base, d.error); return; }
  const feed = parseFeed(d.text);
  if ('error' in feed) { yield failure(base, feed.error); return; }
  if (feed.items.length === 0) { yield { kind: 'notice', source: base, message: 'the feed has no items' }; return; }
  let i = 0;
  for (const it of feed.items) {
    i++;
    const item = it.guid ?? it.link ?? String(i);
    const source: SourceRef = { ...(input.path ? { path: input.path } : {}), ...(it.link ? { url: it.link } : input.url ? { url: input.url } : {}), format: 'rss', item };
    const content = it.content && fragmentText(it.content).length > 0 ? it.content : it.summary;
    const body = content ? fragmentText(content) : '';
    if (!body && !it.title) { yield failure(source, `feed item ${i} has neither text nor title`); continue; }
    const warnings = body ? [] : [`feed item ${item}: no content or summary, only a title`];
    yield {
      kind: 'article',
      text: body,
      meta: {
        source,
        title: it.title ? fragmentText(it.title) : null,
        published: it.published,
        ...(input.fetched ? { fetched: input.fetched } : {}),
        authors: it.authors,
        siteName: feed.title,
        language: feed.language ? feed.language.toLowerCase() : null,
        headlineInText: false,
        ...(warnings.length ? { warnings } : {}),
      },
    };
  }
};
