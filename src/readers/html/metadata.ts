/**
 * Page metadata, one extract function per field (cf. trafilatura's metadata.py): title,
 * publication date, authors, site name, canonical URL and language, read from JSON-LD,
 * OpenGraph and other meta tags, <time> markup, bylines and the URL.
 */
import { forEachElement, textOf, type Element } from './dom.js';
import { DATE_CLASS, DATE_SOURCE_WEIGHTS, MODIFIED_META, MONTHS, PUBLISHED_META } from './date-patterns.js';
import { allDates, parseDate, urlDate, type DateOptions } from './dates.js';

/** What one pass over the page collects for the extract functions. */
export interface PageFacts {
  readonly metas: Map<string, string[]>;
  readonly jsonld: Record<string, unknown>[];
  readonly canonical: string | null;
  readonly lang: string | null;
  readonly titleTag: string | null;
  readonly h1: string | null;
  /** <time>/<abbr> elements: datetime attribute or text, with a hint whether marked as publication. */
  readonly times: { value: string; published: boolean; modified: boolean }[];
  /** Elements whose class/id speaks of dates, their text (document order, capped). */
  readonly dateTexts: string[];
  readonly bylines: string[];
  /** Publication dates named in script data ("datePublished": "...", "published_at": ...). */
  readonly scriptDates: string[];
  /** URLs of images and the page's own links that may carry a date path. */
  readonly mediaUrls: string[];
  readonly root: Element;
}

const SCRIPT_DATE = /["'](?:datePublished|date_published|published_at|publishedAt|publishDate|publish_date|pubDate|pub_date|firstPublished|first_published_at|dateCreated|created_at|createdAt|releaseDate)["']\s*:\s*["']([^"']{6,40})["']/g;

const ARTICLE_TYPES = /Article|BlogPosting|NewsArticle|Report|WebPage|Posting|LiveBlog|Review|Recipe|VideoObject|Story/i;

function flattenJsonLd(v: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 4 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) { for (const x of v) flattenJsonLd(x, out, depth + 1); return; }
  const o = v as Record<string, unknown>;
  out.push(o);
  if (o['@graph']) flattenJsonLd(o['@graph'], out, depth + 1);
  if (o.mainEntity && typeof o.mainEntity === 'object') flattenJsonLd(o.mainEntity, out, depth + 1);
}

const ASIDE_TAGS = new Set(['nav', 'aside', 'footer']);
const ASIDE_CLASS = /(^|[\s_-])(sidebar|related|recommended|teaser-list|most-?read|popular|comments?|widget-?area)([\s_-]|$)/i;

/** Inside navigation, a sidebar, a footer or a list of other articles. */
function inAside(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) {
    if (ASIDE_TAGS.has(p.tag)) return true;
    const c = p.attrs.class;
    if (c && ASIDE_CLASS.test(c)) return true;
  }
  return false;
}

/** One pass over the (unpruned) page. */
export function collectFacts(root: Element): PageFacts {
  const metas = new Map<string, string[]>();
  const jsonld: Record<string, unknown>[] = [];
  let canonical: string | null = null;
  let titleTag: string | null = null;
  let h1: string | null = null;
  const times: PageFacts['times'] = [];
  const dateTexts: string[] = [];
  const bylines: string[] = [];
  const scriptDates: string[] = [];
  const mediaUrls: string[] = [];
  let lang: string | null = root.attrs.lang ?? root.attrs['xml:lang'] ?? null;
  const addMeta = (k: string, v: string) => {
    const key = k.toLowerCase().trim();
    const arr = metas.get(key);
    if (arr) arr.push(v); else metas.set(key, [v]);
  };
  forEachElement(root, (el) => {
    const a = el.attrs;
    switch (el.tag) {
      case 'meta': {
        const content = a.content ?? a.value;
        if (content === undefined) return;
        for (const k of [a.property, a.name, a.itemprop, a['http-equiv']]) if (k) addMeta(k, content.trim());
        return;
      }
      case 'link':
        if (!canonical && /(^|\s)canonical(\s|$)/i.test(a.rel ?? '') && a.href) canonical = a.href.trim();
        return;
      case 'title':
        if (titleTag === null) titleTag = textOf(el);
        return false;
      case 'script':
        if (/ld\+json/i.test(a.type ?? '')) {
          const raw = typeof el.children[0] === 'string' ? (el.children[0] as string) : '';
          try { flattenJsonLd(JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), jsonld); } catch { /* broken JSON-LD is common */ }
        } else if (scriptDates.length < 20) {
          const raw = typeof el.children[0] === 'string' ? (el.children[0] as string) : '';
          if (raw.length < 500_000 && /ublish|reated|pubDate|pub_date|releaseDate/.test(raw)) for (const m of raw.matchAll(SCRIPT_DATE)) { scriptDates.push(m[1]!); if (scriptDates.length >= 20) break; }
        }
        return false;
      case 'style': case 'noscript': case 'template': case 'svg':
        return false;
      case 'img':
        if (mediaUrls.length < 200 && a.src) mediaUrls.push(a.src);
        break;
      case 'h1':
        if (h1 === null) { const t = textOf(el, 500); if (t) h1 = t; }
        break;
      case 'time': case 'abbr': {
        const v = a.datetime ?? a.content ?? a.title ?? (el.tag === 'time' ? textOf(el, 200) ?? '' : '');
        if (v && (el.tag === 'time' || /date|time|publish/i.test((a.class ?? '') + (a.itemprop ?? ''))) && !inAside(el)) {
          const hint = ((a.itemprop ?? '') + ' ' + (a.class ?? '') + ' ' + (a.id ?? '')).toLowerCase();
          const parentHint = el.parent ? ((el.parent.attrs.class ?? '') + ' ' + (el.parent.attrs.itemprop ?? '')).toLowerCase() : '';
          times.push({
            value: v,
            published: a.pubdate !== undefined || /published|datepublished|pubdate|publish|entry-date|created|posted/.test(hint + ' ' + parentHint),
            modified: /modified|updated|update|edited/.test(hint + ' ' + parentHint),
          });
        }
        break;
      }
    }
    if (a.itemprop && a.content === undefined && /datePublished|dateCreated/i.test(a.itemprop)) {
      const t = a.datetime ?? textOf(el, 200);
      if (t) times.push({ value: t, published: true, modified: false });
    }
    const ci = (a.class ?? '') + ' ' + (a.id ?? '');
    if (ci.length > 1 && dateTexts.length < 60 && DATE_CLASS.test(ci) && !inAside(el)) {
      const t = textOf(el, 200);
      if (t) dateTexts.push(t);
    }
    if (bylines.length < 20) {
      const explicit = /(^|\s)author(\s|$)/i.test(a.rel ?? '') || /^(author|creator)$/i.test(a.itemprop ?? '') || /(^|[\s_-])(author-?name|author__name|byline__name|byline-?name|autor-?name|author-link)([\s_-]|$)/i.test(ci);
      if (explicit || /(^|[\s_-])(byline|author|autor|auteur)([\s_-]|$)/i.test(ci)) {
        const t = textOf(el, 120);
        if (t) { if (explicit) bylines.unshift(t); else bylines.push(t); }
      }
    }
    return;
  });
  if (!lang) {
    const l = metas.get('content-language')?.[0] ?? metas.get('og:locale')?.[0] ?? metas.get('language')?.[0] ?? metas.get('dc.language')?.[0];
    if (l) lang = l;
  }
  for (const k of ['og:image', 'twitter:image', 'og:image:url', 'og:url']) for (const v of metas.get(k) ?? []) mediaUrls.unshift(v);
  if (canonical) mediaUrls.unshift(canonical);
  return { metas, jsonld, canonical, lang, titleTag, h1, times, dateTexts, bylines, scriptDates, mediaUrls, root };
}

const first = (f: PageFacts, ...keys: string[]): string | null => {
  for (const k of keys) {
    const v = f.metas.get(k)?.find((x) => x.trim());
    if (v) return v.trim();
  }
  return null;
};

function articleLd(f: PageFacts): Record<string, unknown>[] {
  const arts = f.jsonld.filter((o) => {
    const t = o['@type'];
    const types = Array.isArray(t) ? t.join(' ') : String(t ?? '');
    return ARTICLE_TYPES.test(types) && !/Breadcrumb|WebSite|SearchAction/i.test(types);
  });
  // Articles before generic web pages.
  return arts.sort((a, b) => rank(a) - rank(b));
}
function rank(o: Record<string, unknown>): number {
  const t = String(Array.isArray(o['@type']) ? (o['@type'] as unknown[]).join(' ') : o['@type']);
  return /Article|BlogPosting|Posting|LiveBlog|Report|Story/i.test(t) ? 0 : 1;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object' && '@value' in v) return str((v as Record<string, unknown>)['@value']);
  return null;
}

function clean(s: string | null): string | null {
  if (!s) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t || null;
}

/** Title: OpenGraph, JSON-LD headline, the first h1, or <title> without the site's suffix. */
export function extractTitle(f: PageFacts): string | null {
  const ld = articleLd(f).map((o) => str(o.headline) ?? str(o.name)).find(Boolean) ?? null;
  const og = first(f, 'og:title', 'twitter:title', 'title', 'dc.title', 'headline');
  const cand = clean(og) ?? clean(ld) ?? clean(f.h1);
  if (cand) return stripSite(cand);
  return f.titleTag ? stripSite(clean(f.titleTag) ?? '') || null : null;
}

function stripSite(t: string): string {
  let out = t;
  for (let i = 0; i < 2; i++) {
    const m = /^(.*\S)\s+(?:[|–—·•»«]|-|::)\s+([^|–—·•»«]{1,40})$/.exec(out);
    if (m && m[2]!.length < m[1]!.length * 0.8) out = m[1]!; else break;
  }
  const lead = /^([^|]{1,30})\s+\|\s+(.*\S)$/.exec(out);
  if (lead && lead[2]!.length > lead[1]!.length * 1.5) out = lead[2]!;
  return out;
}

/** The first date each kind of source gives, for the choice in choosePublished. */
export interface DateCandidates {
  url: string | null;
  /** JSON-LD datePublished/dateCreated of the article. */
  ld: string | null;
  /** Meta tags naming the publication date. */
  meta: string | null;
  /** <time>/<abbr> marked as publication date. */
  timePub: string | null;
  /** Any other <time> not marked as modification. */
  time: string | null;
  /** Text of elements whose class speaks of dates. */
  dtext: string | null;
  /** Any JSON-LD date (uploadDate etc.). */
  ldAny: string | null;
  /** Modification dates: meta tags, JSON-LD dateModified, then any <time>. */
  modified: string | null;
  metaModified: string | null;
  ldModified: string | null;
  /** Dates named in script data. */
  script: string | null;
  /** A complete date in the path of the canonical URL, og:image or an image. */
  media: string | null;
  /** The most frequent date in the page text. */
  text: string | null;
}

export function dateCandidates(f: PageFacts, url?: string, opts: DateOptions = {}): DateCandidates {
  const firstOf = (vals: Iterable<string | null | undefined>): string | null => {
    for (const v of vals) { if (!v) continue; const d = parseDate(v, opts); if (d) return d; }
    return null;
  };
  const arts = articleLd(f);
  return {
    url: urlDate(url, opts) ?? urlDate(f.canonical ?? f.metas.get('og:url')?.[0], opts),
    ld: firstOf(arts.map((o) => str(o.datePublished) ?? str(o.dateCreated))),
    meta: firstOf(PUBLISHED_META.flatMap((k) => f.metas.get(k) ?? [])),
    timePub: firstOf(f.times.filter((t) => t.published).map((t) => t.value)),
    time: firstOf(f.times.filter((t) => !t.modified).map((t) => t.value)),
    dtext: f.dateTexts.map((t) => parseDate(t, { ...opts, shortYear: true })).find(Boolean) ?? null,
    ldAny: firstOf(f.jsonld.map((o) => str(o.datePublished) ?? str(o.uploadDate))),
    text: null,
    script: firstOf(f.scriptDates),
    media: f.mediaUrls.map((u) => urlDate(u, opts)).find(Boolean) ?? null,
    metaModified: firstOf(MODIFIED_META.flatMap((k) => f.metas.get(k) ?? [])),
    ldModified: firstOf(arts.map((o) => str(o.dateModified))),
    modified: firstOf([...MODIFIED_META.flatMap((k) => f.metas.get(k) ?? []), ...arts.map((o) => str(o.dateModified)), ...f.times.map((t) => t.value)]),
  };
}

/**
 * The publication date from the candidates: a weighted vote (DATE_SOURCE_WEIGHTS), so a
 * date that structured data, markup and the displayed text agree on beats a lone source.
 */
export function choosePublished(c: DateCandidates): string | null {
  const votes = new Map<string, number>();
  for (const [k, w] of DATE_SOURCE_WEIGHTS) {
    const d = c[k as keyof DateCandidates];
    if (d) votes.set(d, (votes.get(d) ?? 0) + w);
  }
  let best: string | null = null;
  let bestVotes = 0;
  for (const [k] of DATE_SOURCE_WEIGHTS) {
    const d = c[k as keyof DateCandidates];
    if (d && votes.get(d)! > bestVotes) { best = d; bestVotes = votes.get(d)!; }
  }
  return best;
}

/** Publication date in htmldate's order of trust. */
export function extractPublished(f: PageFacts, url?: string, opts: DateOptions = {}, pageText?: () => string): string | null {
  const c = dateCandidates(f, url, opts);
  if (!pageText) return choosePublished(c);
  // The page-text vote is costly: count it only where it could change the outcome.
  const textWeight = DATE_SOURCE_WEIGHTS.find(([k]) => k === 'text')![1];
  const votes = new Map<string, number>();
  for (const [k, w] of DATE_SOURCE_WEIGHTS) { const d = c[k as keyof DateCandidates]; if (d) votes.set(d, (votes.get(d) ?? 0) + w); }
  const sorted = [...votes.values()].sort((a, b) => b - a);
  const best = sorted[0] ?? 0, second = sorted[1] ?? 0;
  if (best > textWeight && second + textWeight < best) return choosePublished(c);
  return choosePublished({ ...c, text: textDate(pageText(), opts) });
}

/** Last resort: the most frequent date in the page's text (earliest on ties). */
export function textDate(text: string, opts: DateOptions = {}): string | null {
  const ds = allDates(text.slice(0, 200_000), opts);
  if (!ds.length) return null;
  const counts = new Map<string, number>();
  for (const d of ds) counts.set(d, (counts.get(d) ?? 0) + 1);
  let best = ds[0]!;
  for (const [d, c] of counts) if (c > counts.get(best)!) best = d;
  return best;
}

function personNames(v: unknown): string[] {
  if (!v) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(personNames);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const n = str(o.name);
    return n ? [n] : [];
  }
  return [];
}

const MONTH_WORDS = Object.keys(MONTHS).filter((m) => m.length > 3).join('|');

function cleanAuthor(a: string): string | null {
  let t = a.replace(/\s+/g, ' ').trim();
  t = t.replace(/^(by|von|par|por|di|door|av|af)\s+/i, '').replace(/^(written|posted)\s+by\s+/i, '');
  t = t.replace(/\s*[|,]\s*(reuters|ap|afp|dpa|staff|correspondent|updated.*|published.*)$/i, '');
  // A date or time run into the byline ("Associated Press November 19, 2019").
  const m = new RegExp(`\\s+(on\\s+|am\\s+|le\\s+)?(\\d|(${MONTH_WORDS})\\b).*$`, 'iu').exec(t);
  if (m && m.index > 2) t = t.slice(0, m.index);
  if (/\d/.test(t)) return null;
  if (!t || t.length > 80 || /^https?:/i.test(t) || /@/.test(t) || !/\p{L}/u.test(t)) return null;
  return t;
}

/** Authors: JSON-LD author names, author meta tags, then bylines. */
export function extractAuthors(f: PageFacts): string[] {
  let raw: string[] = [];
  for (const o of articleLd(f)) { raw = personNames(o.author ?? o.creator); if (raw.length) break; }
  if (!raw.length) {
    const m = first(f, 'author', 'article:author', 'dc.creator', 'dcterms.creator', 'byl', 'sailthru.author', 'parsely-author', 'twitter:creator');
    if (m && !/^https?:/i.test(m)) raw = m.split(/\s*(?:,|;|\band\b|\bund\b|&)\s*/);
  }
  if (!raw.length && f.bylines.length) raw = f.bylines[0]!.split(/\s*(?:,|;|\band\b|\bund\b|&)\s*/);
  const out: string[] = [];
  for (const r of raw) {
    const c = cleanAuthor(r);
    if (c && !out.includes(c)) out.push(c);
  }
  return out.slice(0, 10);
}

/** Site name: OpenGraph, JSON-LD publisher, application-name. */
export function extractSiteName(f: PageFacts): string | null {
  const og = first(f, 'og:site_name', 'application-name', 'twitter:site', 'publisher', 'dc.publisher');
  if (og) return og.replace(/^@/, '');
  for (const o of articleLd(f)) {
    const p = o.publisher;
    const n = p && typeof p === 'object' ? str((p as Record<string, unknown>).name) : str(p);
    if (n) return n;
  }
  return null;
}

/** Canonical URL: <link rel=canonical>, og:url, resolved against the page URL. */
export function extractCanonical(f: PageFacts, url?: string): string | null {
  const c = f.canonical ?? first(f, 'og:url', 'twitter:url');
  if (!c) return url ?? null;
  try { return new URL(c, url).href; } catch { return c; }
}

/** Language: <html lang>, content-language, og:locale; normalised to a lower-case tag. */
export function extractLanguage(f: PageFacts): string | null {
  if (!f.lang) return null;
  const l = f.lang.trim().replace(/_/g, '-').split(/[,;\s]/)[0]!;
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(l) ? l.toLowerCase() : null;
}
