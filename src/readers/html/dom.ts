/**
 * A small, fast, forgiving HTML parser: one linear pass over the markup builds a light
 * tree of elements and text strings. It follows the parts of the HTML tree-building rules
 * that matter for text (void elements, raw-text elements, implied end tags for p, li, dd,
 * dt, td, tr, option, headings, nested links, stray end tags ignored) and caps the depth
 * so tag soup cannot build a tree too deep to walk.
 */
import { decodeEntities } from './entities.js';

export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: Element | null;
  /** Scratch fields of the extractor: visible characters, of them inside links, and score. */
  _t?: number;
  _l?: number;
  _p?: number;
  /** Position in document order (set once, before pruning). */
  _o?: number;
  _s?: number;
}
export type Node = Element | string;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'bgsound', 'frame', 'image']);
/** Elements whose content is raw text up to the matching end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'li', 'dd', 'dt', 'listing', 'summary']);
const P_SCOPE_STOP = new Set(['button', 'table', 'td', 'th', 'caption', 'html', 'body', 'applet', 'marquee', 'object', 'template']);
const LIST_STOP = new Set(['ul', 'ol', 'menu', 'dir', 'table', 'td', 'th', 'caption', 'html', 'body', 'blockquote', 'article', 'section', 'aside', 'nav', 'main', 'header', 'footer', 'figure', 'form', 'template']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const MAX_DEPTH = 400;

/** Raw-text element content longer than this is dropped (script bundles), except JSON-LD. */
const MAX_RAW = 2_000_000;

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95 || c === 46;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

export interface ParseResult {
  root: Element;
  /** True when the markup was cut at the size cap. */
  truncated: boolean;
}

/**
 * Parse HTML. Markup beyond `maxChars` is ignored (the result says so); the content of
 * scripts and styles does not count towards it, so a page with megabytes of inline data
 * before its article keeps the article.
 */
export function parseHtml(html: string, maxChars = 8_000_000): ParseResult {
  let truncated = false;
  const src = html;
  /** Characters of raw-text content (scripts, styles) read so far, which the cap does not count. */
  let rawChars = 0;
  /** Where the cap ends, read from pos on. */
  const capAt = (from: number) => from + Math.max(0, maxChars - (from - rawChars));
  const root: Element = { tag: '#root', attrs: {}, children: [], parent: null };
  const stack: Element[] = [root];
  let cur = root;
  const n = src.length;
  let pos = 0;

  const appendText = (t: string) => {
    if (t.length === 0) return;
    const kids = cur.children;
    const last = kids.length - 1;
    if (last >= 0 && typeof kids[last] === 'string') kids[last] = (kids[last] as string) + t;
    else kids.push(t);
  };
  /** How many elements of each tag are open: lets findOpen answer "none" without a scan. */
  const open = new Map<string, number>();
  const push = (el: Element) => {
    stack.push(el);
    open.set(el.tag, (open.get(el.tag) ?? 0) + 1);
    cur = el;
  };
  const popTo = (i: number) => {
    for (let j = stack.length - 1; j >= i; j--) { const t = stack[j]!.tag; open.set(t, open.get(t)! - 1); }
    stack.length = i;
    cur = stack[i - 1]!;
  };
  /** Index of the nearest open `tag` below a stop element, or -1. */
  const findOpen = (tags: Set<string> | string, stop: Set<string>): number => {
    if (typeof tags === 'string') { if (!open.get(tags)) return -1; }
    else { let any = false; for (const t of tags) if (open.get(t)) { any = true; break; } if (!any) return -1; }
    for (let i = stack.length - 1; i > 0; i--) {
      const t = stack[i]!.tag;
      if (typeof tags === 'string' ? t === tags : tags.has(t)) return i;
      if (stop.has(t)) return -1;
    }
    return -1;
  };

  const openElement = (tag: string, attrs: Record<string, string>, selfClosing: boolean) => {
    if (tag === 'html' || tag === 'body' || tag === 'head') {
      // Keep attributes (lang) on the root-level element once.
      const el: Element = { tag, attrs, children: [], parent: cur };
      if (tag === 'html') { for (const k in attrs) root.attrs[k] ??= attrs[k]!; return; }
      if (tag === 'head') return;
      if (open.get('body')) return;
      cur.children.push(el);
      push(el);
      return;
    }
    if (CLOSES_P.has(tag)) {
      const i = findOpen('p', P_SCOPE_STOP);
      if (i > 0) popTo(i);
    }
    if (tag === 'li') {
      const i = findOpen('li', LIST_STOP);
      if (i > 0) popTo(i);
    } else if (tag === 'dd' || tag === 'dt') {
      const i = findOpen(DD_DT, DL_STOP);
      if (i > 0) popTo(i);
    } else if (tag === 'td' || tag === 'th') {
      const i = findOpen(TD_TH, TR_STOP);
      if (i > 0) popTo(i);
    } else if (tag === 'tr') {
      const i = findOpen('tr', TABLE_STOP);
      if (i > 0) popTo(i);
    } else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      const i = findOpen(SECTIONS, TABLE_STOP);
      if (i > 0) popTo(i);
    } else if (tag === 'option' || tag === 'optgroup') {
      if (cur.tag === 'option') popTo(stack.length - 1);
    } else if (HEADINGS.has(tag)) {
      if (HEADINGS.has(cur.tag)) popTo(stack.length - 1);
    } else if (tag === 'a') {
      const i = findOpen('a', P_SCOPE_STOP);
      if (i > 0) popTo(i);
    }
    const el: Element = { tag, attrs, children: [], parent: cur };
    cur.children.push(el);
    if (VOID.has(tag) || selfClosing && tag !== 'div' && tag !== 'p' && tag !== 'a' && tag !== 'span') return;
    if (stack.length >= MAX_DEPTH) return;
    push(el);
  };

  const closeElement = (tag: string) => {
    if (tag === 'br') { openElement('br', {}, true); return; }
    if (tag === 'html' || tag === 'head') return;
    if (tag === 'body') return;
    if (!open.get(tag)) {
      // </h3> closes an open <h2>: any heading end tag closes the open heading.
      if (HEADINGS.has(tag)) { const i = findOpen(HEADINGS, P_SCOPE_STOP); if (i > 0) popTo(i); }
      return;
    }
    for (let i = stack.length - 1; i > 0; i--) {
      if (stack[i]!.tag === tag) { popTo(i); return; }
      // An end tag cannot close past a table cell or table it is not in.
      if ((stack[i]!.tag === 'td' || stack[i]!.tag === 'th' || stack[i]!.tag === 'table') && tag !== 'td' && tag !== 'th' && tag !== 'table' && tag !== 'tr' && tag !== 'tbody' && tag !== 'thead' && tag !== 'tfoot') return;
    }
  };

  while (pos < n) {
    if (pos - rawChars >= maxChars) { truncated = true; break; }
    const lt = src.indexOf('<', pos);
    const textEnd = lt < 0 ? n : lt;
    const cap = capAt(pos);
    if (textEnd > cap) { appendText(decodeEntities(src.slice(pos, cap))); truncated = true; break; }
    if (lt < 0) { appendText(decodeEntities(src.slice(pos))); break; }
    if (lt > pos) appendText(decodeEntities(src.slice(pos, lt)));
    pos = lt;
    const c1 = src.charCodeAt(lt + 1);
    if (c1 === 33 /* ! */) {
      if (src.startsWith('<!--', lt)) {
        const e = src.indexOf('-->', lt + 4);
        pos = e < 0 ? n : e + 3;
      } else if (src.startsWith('<![CDATA[', lt)) {
        const e = src.indexOf(']]>', lt + 9);
        appendText(src.slice(lt + 9, e < 0 ? n : e));
        pos = e < 0 ? n : e + 3;
      } else {
        const e = src.indexOf('>', lt + 2);
        pos = e < 0 ? n : e + 1;
      }
      continue;
    }
    if (c1 === 63 /* ? */) {
      const e = src.indexOf('>', lt + 2);
      pos = e < 0 ? n : e + 1;
      continue;
    }
    const isEnd = c1 === 47; /* / */
    let p = isEnd ? lt + 2 : lt + 1;
    const first = src.charCodeAt(p);
    if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90))) {
      if (isEnd) { // "</ >" or "</3": bogus comment
        const e = src.indexOf('>', p);
        pos = e < 0 ? n : e + 1;
      } else { appendText('<'); pos = lt + 1; }
      continue;
    }
    const nameStart = p;
    while (p < n && isNameChar(src.charCodeAt(p))) p++;
    const tag = src.slice(nameStart, p).toLowerCase();
    if (isEnd) {
      const e = src.indexOf('>', p);
      pos = e < 0 ? n : e + 1;
      closeElement(tag);
      continue;
    }
    // Attributes.
    const attrs: Record<string, string> = {};
    let selfClosing = false;
    while (p < n) {
      let c = src.charCodeAt(p);
      while (p < n && (isSpace(c) || c === 47)) {
        if (c === 47 && src.charCodeAt(p + 1) === 62) selfClosing = true;
        c = src.charCodeAt(++p);
      }
      if (p >= n || c === 62) { p++; break; }
      const an = p;
      while (p < n) {
        c = src.charCodeAt(p);
        if (isSpace(c) || c === 61 || c === 62 || (c === 47 && p > an)) break;
        p++;
      }
      const aname = src.slice(an, p).toLowerCase();
      while (p < n && isSpace(src.charCodeAt(p))) p++;
      let value = '';
      if (src.charCodeAt(p) === 61 /* = */) {
        p++;
        while (p < n && isSpace(src.charCodeAt(p))) p++;
        const q = src.charCodeAt(p);
        if (q === 34 || q === 39) {
          const e = src.indexOf(q === 34 ? '"' : "'", p + 1);
          const end = e < 0 ? n : e;
          value = src.slice(p + 1, end);
          p = end + 1;
        } else {
          const vs = p;
          while (p < n && !isSpace(src.charCodeAt(p)) && src.charCodeAt(p) !== 62) p++;
          value = src.slice(vs, p);
        }
      }
      if (aname && !(aname in attrs)) attrs[aname] = value.indexOf('&') >= 0 ? decodeEntities(value) : value;
    }
    pos = p;
    if (RAW_TEXT.has(tag) && !selfClosing) {
      const close = findRawEnd(src, tag, pos);
      const raw = src.slice(pos, close < 0 ? n : close);
      if (tag !== 'title' && tag !== 'textarea') rawChars += raw.length;
      const el: Element = { tag, attrs, children: [], parent: cur };
      if (raw.length > 0 && (raw.length < MAX_RAW || attrs.type === 'application/ld+json')) {
        el.children.push(tag === 'title' || tag === 'textarea' ? decodeEntities(raw) : raw);
      }
      cur.children.push(el);
      if (close < 0) { pos = n; break; }
      const e = src.indexOf('>', close);
      pos = e < 0 ? n : e + 1;
      continue;
    }
    openElement(tag, attrs, selfClosing);
  }
  return { root, truncated };
}

const DD_DT = new Set(['dd', 'dt']);
const DL_STOP = new Set(['dl', 'table', 'td', 'th', 'html', 'body']);
const TD_TH = new Set(['td', 'th']);
const TR_STOP = new Set(['tr', 'table', 'html', 'body']);
const TABLE_STOP = new Set(['table', 'html', 'body']);
const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);

function findRawEnd(src: string, tag: string, from: number): number {
  const needle = '</' + tag;
  let i = from;
  for (;;) {
    const j = src.indexOf('</', i);
    if (j < 0) return -1;
    if (src.substr(j, needle.length).toLowerCase() === needle) {
      const c = src.charCodeAt(j + needle.length);
      if (isSpace(c) || c === 62 || c === 47 || Number.isNaN(c)) return j;
    }
    i = j + 2;
  }
}

/**
 * Whitespace-collapsed text content of a node. With `max`, gives up early and returns
 * null once the raw text exceeds `max` characters (for "is this element short?" tests).
 */
export function textOf(node: Node): string;
export function textOf(node: Node, max: number): string | null;
export function textOf(node: Node, max = Infinity): string | null {
  const parts: string[] = [];
  let size = 0;
  const todo: Node[] = [node];
  while (todo.length) {
    const x = todo.pop()!;
    if (typeof x === 'string') {
      parts.push(x);
      size += x.length;
      if (size > max * 4 + 200) return null;
      continue;
    }
    if (x.tag === 'script' || x.tag === 'style' || x.tag === 'noscript' || x.tag === 'template') continue;
    if (x.tag === 'br') { parts.push(' '); continue; }
    for (let i = x.children.length - 1; i >= 0; i--) todo.push(x.children[i]!);
  }
  const t = parts.join('').replace(/\s+/g, ' ').trim();
  return t.length > max ? null : t;
}

/**
 * Text of a node for reading dates: like textOf, but digits of neighbouring elements are
 * kept apart (`<span>18</span><span>2009</span>` reads "18 2009", not "182009"), since
 * sites often set day, month and year in separate elements. The <head> is left out.
 */
export function spacedText(node: Node, max = Infinity): string | null {
  const parts: string[] = [];
  let size = 0;
  // An element boundary lies between the last text and the next: digits across it get a space.
  let boundary = false;
  let lastDigit = false;
  const todo: (Node | null)[] = [node];
  while (todo.length) {
    const x = todo.pop()!;
    if (x === null) { boundary = true; continue; }
    if (typeof x === 'string') {
      if (!x) continue;
      if (boundary && lastDigit) { const c = x.charCodeAt(0); if (c >= 48 && c <= 57) parts.push(' '); }
      boundary = false;
      parts.push(x);
      const e = x.charCodeAt(x.length - 1);
      lastDigit = e >= 48 && e <= 57;
      size += x.length;
      if (size > max * 4 + 200) return null;
      continue;
    }
    // The <head>'s title would stand in for the headline in the page text.
    if (x.tag === 'script' || x.tag === 'style' || x.tag === 'noscript' || x.tag === 'template' || x.tag === 'head' || x.tag === 'title') continue;
    if (x.tag === 'br') { parts.push(' '); lastDigit = false; continue; }
    boundary = true;
    todo.push(null);
    for (let i = x.children.length - 1; i >= 0; i--) todo.push(x.children[i]!);
  }
  const t = parts.join('').replace(/\s+/g, ' ').trim();
  return t.length > max ? null : t;
}

/** Depth-first visit of every element (iterative: deep trees do not overflow the stack). */
export function forEachElement(root: Element, fn: (el: Element) => boolean | void): void {
  const todo: Element[] = [root];
  while (todo.length) {
    const el = todo.pop()!;
    if (fn(el) === false) continue;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (typeof c !== 'string') todo.push(c);
    }
  }
}

/** All elements with the given tag names, in document order. */
export function findAll(root: Element, tags: ReadonlySet<string> | string): Element[] {
  const out: Element[] = [];
  forEachElement(root, (el) => {
    if (typeof tags === 'string' ? el.tag === tags : tags.has(el.tag)) out.push(el);
  });
  return out;
}
