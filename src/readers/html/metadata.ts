/**
 * Page metadata, one extract function per field (cf. trafilatura's metadata.py): title,
 * publication date, authors, site name, canonical URL and language, read from JSON-LD,
 * OpenGraph and other meta tags, <time> markup, bylines and the URL.
 */
import { decodeEntities } from './entities.js';
import { forEachElement, spacedText, textOf, type Element } from './dom.js';
import { DATE_CLASS, DATE_SOURCE_WEIGHTS, MODIFIED_META, MONTHS, PUBLISHED_META } from './date-patterns.js';
import { datesAt, parseDate, stampOffset, urlDate, type DateOptions } from './dates.js';

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
  /**
   * Elements whose class/id speaks of dates: their text (document order, capped), and
   * whether they come before the page's first h1 (a masthead showing today's date).
   */
  readonly dateTexts: { text: string; beforeTitle: boolean }[];
  /** The UTC offset most timestamps of the page state, when not UTC (minutes). */
  readonly localOffset: number | null;
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
  const dateTexts: PageFacts['dateTexts'] = [];
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
      const t = spacedText(el, 200);
      if (t) dateTexts.push({ text: t, beforeTitle: h1 === null });
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
  const localOffset = pageOffset([...metas.values()].flat(), jsonld, times.map((t) => t.value));
  return { metas, jsonld, canonical, lang, titleTag, h1, times, dateTexts, localOffset, bylines, scriptDates, mediaUrls, root };
}

/**
 * The publisher's UTC offset: the most frequent non-zero offset of the page's timestamps
 * (meta values, JSON-LD dates, <time> values). Null when none states one.
 */
function pageOffset(metaValues: string[], jsonld: Record<string, unknown>[], times: string[]): number | null {
  const counts = new Map<number, number>();
  const see = (v: unknown) => {
    if (typeof v !== 'string' || v.length > 40) return;
    const o = stampOffset(v);
    if (o) counts.set(o, (counts.get(o) ?? 0) + 1);
  };
  metaValues.forEach(see);
  times.forEach(see);
  for (const o of jsonld) for (const k of ['datePublished', 'dateCreated', 'dateModified', 'uploadDate']) see(o[k]);
  let best: number | null = null;
  for (const [o, n] of counts) if (best === null || n > counts.get(best)!) best = o;
  return best;
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

/** A character reference left after the page's own decoding: the site encoded the text twice ("&amp;#039;"). */
const ENCODED_TWICE = /&(?:#\d{1,7}|#x[\da-f]{1,6}|amp|quot|apos|lt|gt|nbsp);/i;

function clean(s: string | null): string | null {
  if (!s) return null;
  const t = (ENCODED_TWICE.test(s) ? decodeEntities(s) : s).replace(/\s+/g, ' ').trim();
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
  /** Text of elements whose class speaks of dates (not a masthead's, not an update's). */
  dtext: string | null;
  /** Any JSON-LD date (uploadDate etc.). */
  ldAny: string | null;
  /** Modification dates: meta tags, JSON-LD dateModified, then any <time> or shown update. */
  modified: string | null;
  metaModified: string | null;
  ldModified: string | null;
  /** Dates named in script data. */
  script: string | null;
  /** A complete date in the path of the canonical URL, og:image or an image. */
  media: string | null;
  /** The date shown nearest the headline in the page text (a byline or dateline). */
  near: string | null;
  /** The first date the page text labels as the publication date ("Published on", "Datum:"). */
  labeled: string | null;
  /** The most frequent date in the page text. */
  text: string | null;
}

/** Words that introduce a modification date, in the languages of the month table. */
const UPDATE_WORDS = /\b(?:updated?|last[- ]modified|modified|edited|revised|aktualisiert|aktualisierung|ge(?:ä|ae)ndert|zuletzt|bearbeitet|editiert|mis à jour|mise à jour|modifi(?:é|e)|actualizado|actualizaci(?:ó|o)n|aggiornat[oa]|atualizado|bijgewerkt|gewijzigd|zaktualizowano|обновлено)(?![\p{L}])/iu;
/** Words that introduce the original publication date. */
const PUBLISH_WORDS = /\b(?:published|posted|created|originally|first published|ver(?:ö|oe)ffentlicht|erstellt|erschienen|publi(?:é|e)|publicado|pubblicato|gepubliceerd|opublikowano|опубликовано)(?![\p{L}])/iu;
/** An update word and what may stand between it and its date ("Updated: Tuesday, "). */
const UPDATE_BEFORE = new RegExp(`(?:${UPDATE_WORDS.source})[^\\d.!?]{0,20}$`, 'iu');
const ANY_WORD = new RegExp(`${UPDATE_WORDS.source}|${PUBLISH_WORDS.source}`, 'giu');

/**
 * Dates a displayed text gives, told apart by the word before each ("Published 3 May 2020,
 * updated 5 May 2020"): the first original date and the first update.
 */
export function displayedDates(text: string, opts: DateOptions = {}): { pub: string | null; mod: string | null } {
  const kw: { at: number; update: boolean }[] = [];
  for (const m of text.matchAll(ANY_WORD)) kw.push({ at: m.index!, update: UPDATE_WORDS.test(m[0]) });
  // An update word governs a date that follows it closely, with no other such word between.
  const kind = (at: number): boolean => {
    let last: { at: number; update: boolean } | null = null;
    for (const k of kw) { if (k.at >= at) break; last = k; }
    return !!last && last.update && UPDATE_BEFORE.test(text.slice(last.at, at));
  };
  let pub: string | null = null, mod: string | null = null;
  const found = datesAt(text, opts, 20);
  if (!found.length) {
    const d = parseDate(text, { ...opts, shortYear: true });
    if (d) { const at = text.search(/\d/); if (kind(at < 0 ? text.length : at)) mod = d; else pub = d; }
    return { pub, mod };
  }
  for (const d of found) {
    if (kind(d.at)) mod ??= d.iso; else pub ??= d.iso;
  }
  return { pub, mod };
}

export function dateCandidates(f: PageFacts, url?: string, opts: DateOptions = {}): DateCandidates {
  if (f.localOffset !== null && opts.localOffset === undefined) opts = { ...opts, localOffset: f.localOffset };
  const firstOf = (vals: Iterable<string | null | undefined>): string | null => {
    for (const v of vals) { if (!v) continue; const d = parseDate(v, opts); if (d) return d; }
    return null;
  };
  const arts = articleLd(f);
  // Displayed dates: the first one, unless it stands before the headline and is later than
  // the first one after it: then it is the masthead's "today", not the article's date.
  let dtext: string | null = null, dtextBefore: string | null = null, dtextMod: string | null = null;
  const updates: string[] = [];
  for (const t of f.dateTexts) {
    // An element inside one that shows an update ("last edited: <span>17 Jun 2018</span>")
    // shows that update too.
    if (updates.some((u) => u.includes(t.text))) continue;
    const { pub, mod } = displayedDates(t.text, opts);
    dtextMod ??= mod;
    if (mod && !pub) updates.push(t.text);
    if (!pub) continue;
    if (t.beforeTitle) dtextBefore ??= pub; else { dtext = pub; break; }
  }
  if (dtextBefore && !(dtext && dtextBefore > dtext)) dtext = dtextBefore;
  return {
    url: urlDate(url, opts) ?? urlDate(f.canonical ?? f.metas.get('og:url')?.[0], opts),
    ld: firstOf(arts.map((o) => str(o.datePublished) ?? str(o.dateCreated))),
    meta: firstOf(PUBLISHED_META.flatMap((k) => f.metas.get(k) ?? [])),
    timePub: firstOf(f.times.filter((t) => t.published).map((t) => t.value)),
    time: firstOf(f.times.filter((t) => !t.modified).map((t) => t.value)),
    dtext,
    ldAny: firstOf(f.jsonld.map((o) => str(o.datePublished) ?? str(o.uploadDate))),
    near: null,
    labeled: null,
    text: null,
    script: firstOf(f.scriptDates),
    media: f.mediaUrls.map((u) => urlDate(u, opts)).find(Boolean) ?? null,
    metaModified: firstOf(MODIFIED_META.flatMap((k) => f.metas.get(k) ?? [])),
    ldModified: firstOf(arts.map((o) => str(o.dateModified))),
    modified: firstOf([...MODIFIED_META.flatMap((k) => f.metas.get(k) ?? []), ...arts.map((o) => str(o.dateModified)), ...f.times.filter((t) => t.modified).map((t) => t.value)]) ?? dtextMod,
  };
}

const MODIFIED_KEYS = new Set(['metaModified', 'ldModified', 'modified']);
/** Guesses from the page text: they do not silence modification dates. */
const GUESS_KEYS = new Set(['near', 'labeled', 'text']);

/**
 * The publication date from the candidates: a weighted vote (DATE_SOURCE_WEIGHTS), so a
 * date that structured data, markup and the displayed text agree on beats a lone source.
 * Modification dates vote only where no source but the page-text guesses names an
 * original date. Ties go to the date of the more trusted source.
 */
export function choosePublished(c: DateCandidates): string | null {
  const { votes, order } = tally(c);
  let best: string | null = null;
  let bestVotes = 0;
  for (const d of order) if (votes.get(d)! > bestVotes + 1e-9) { best = d; bestVotes = votes.get(d)!; }
  return best;
}

/** The votes of each date, and the dates in the order of their most trusted source. */
function tally(c: DateCandidates): { votes: Map<string, number>; order: string[] } {
  const original = DATE_SOURCE_WEIGHTS.some(([k]) => !MODIFIED_KEYS.has(k) && !GUESS_KEYS.has(k) && c[k as keyof DateCandidates]);
  const votes = new Map<string, number>();
  const order: string[] = [];
  for (const [k, w] of DATE_SOURCE_WEIGHTS) {
    if (original && MODIFIED_KEYS.has(k)) continue;
    const d = c[k as keyof DateCandidates];
    if (!d) continue;
    if (!votes.has(d)) order.push(d);
    votes.set(d, (votes.get(d) ?? 0) + w);
  }
  return { votes, order };
}

/** Publication date in htmldate's order of trust. */
export function extractPublished(f: PageFacts, url?: string, opts: DateOptions = {}, pageText?: () => string): string | null {
  const c = dateCandidates(f, url, opts);
  if (!pageText) return choosePublished(c);
  // The page-text votes are costly: count them only where they could change the outcome.
  const weight = (key: string) => DATE_SOURCE_WEIGHTS.find(([k]) => k === key)![1];
  const textWeight = weight('text') + weight('near') + weight('labeled');
  const sorted = [...tally(c).votes.values()].sort((a, b) => b - a);
  const best = sorted[0] ?? 0, second = sorted[1] ?? 0;
  if (best > textWeight && second + textWeight < best) return choosePublished(c);
  const text = pageText();
  const o = f.localOffset !== null ? { ...opts, localOffset: f.localOffset } : opts;
  const found = datesAt(text.slice(0, 200_000), o);
  return choosePublished({ ...c, text: textDate(text, o, found), near: nearTitleDate(text, [f.h1, extractTitle(f)], o), labeled: labeledDate(text, o, found) });
}

/** A date expression preceded closely by an update word ("last modified on 4 May"). */
function isUpdate(text: string, at: number): boolean {
  return UPDATE_BEFORE.test(text.slice(Math.max(0, at - 50), at));
}

/**
 * The date shown nearest the headline in the page text: bylines and datelines sit just
 * above or below it. Dates after the headline count as nearer than those before it (a
 * kicker is shorter than a byline block); update dates are skipped.
 */
export function nearTitleDate(text: string, titles: readonly (string | null)[], opts: DateOptions = {}): string | null {
  let start = -1, end = -1;
  for (const t of titles) {
    if (!t || t.length < 8) continue;
    const probe = t.slice(0, 60);
    const at = text.indexOf(probe);
    if (at < 0) continue;
    start = at;
    end = text.startsWith(t, at) ? at + t.length : at + probe.length;
    break;
  }
  if (start < 0) return null;
  const BEFORE = 300, AFTER = 1000;
  const from = Math.max(0, start - BEFORE);
  const win = text.slice(from, end + AFTER);
  let best: string | null = null, bestDist = Infinity;
  for (const d of datesAt(win, opts, 50)) {
    const at = from + d.at, stop = from + d.end;
    if (at < end && stop > start) continue; // inside the headline itself
    if (isUpdate(text, at)) continue;
    const dist = at >= end ? (at - end) / 2 : start - stop;
    if (dist < bestDist) { bestDist = dist; best = d.iso; }
  }
  return best;
}

const LABEL_BEFORE = new RegExp(`(?:${PUBLISH_WORDS.source}|\\b(?:datum|date|fecha|data)\\s*:)[^\\d.!?]{0,20}$`, 'iu');

/** The first date in the page text labelled as the publication date ("Datum: 19.11.2021"). */
export function labeledDate(text: string, opts: DateOptions = {}, found = datesAt(text.slice(0, 200_000), opts)): string | null {
  for (const d of found) {
    if (LABEL_BEFORE.test(text.slice(Math.max(0, d.at - 50), d.at))) return d.iso;
  }
  return null;
}

/** Last resort: the most frequent date in the page's text (earliest on ties), updates aside. */
export function textDate(text: string, opts: DateOptions = {}, found = datesAt(text.slice(0, 200_000), opts)): string | null {
  const ds = found.filter((d) => !isUpdate(text, d.at)).map((d) => d.iso);
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
