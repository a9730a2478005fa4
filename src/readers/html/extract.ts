/**
 * Article body extraction in numbered stages (cf. trafilatura's core.py):
 * 1. measure: visible and link characters of every element;
 * 2. prune: drop non-content elements, hidden ones and boilerplate by class/id, guarding
 *    any element that holds most of the page's text;
 * 3. locate: known body containers (selectors.ts) checked against a readability-style
 *    paragraph score with link-density damping and sibling inclusion;
 * 4. render: paragraphs from block boundaries;
 * 5. filter: link-heavy, boilerplate and headline paragraphs out.
 */
import { forEachElement, textOf, type Element, type Node } from './dom.js';
import {
  BLOCK_TAGS, BODY_SELECTORS, END_MARKERS, IGNORED_CLASS_TOKEN, LEAD_CLASS, BOILERPLATE_LINES, BOILERPLATE_START, DROP_TAGS, HEADING_TAGS,
  CAPTION_LINE, HOVER_CARD, SERVER_ERROR, INLINE_TAGS, PAYWALL_PROMPT, POSITIVE, SETTINGS, SMALL_NEGATIVE, STRONG_NEGATIVE, WEAK_NEGATIVE,
} from './selectors.js';

export interface Paragraph {
  readonly text: string;
  /** Block element the paragraph came from (p, li, h2, td, ...). */
  readonly tag: string;
  readonly linkChars: number;
  readonly chars: number;
}

function visibleChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160 && c !== 0x200b) n++;
  }
  return n;
}

const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'title', 'iframe', 'textarea', 'select', 'option']);

/** Stage 1: visible characters (_t) and link characters (_l) of every element under root. */
export function measure(root: Element, numberNodes = false): void {
  const order: Element[] = [];
  const todo: Element[] = [root];
  while (todo.length) {
    const el = todo.pop()!;
    if (numberNodes) el._o = order.length;
    order.push(el);
    el._t = 0; el._l = 0; el._p = 0; el._s = undefined;
    if (NO_TEXT.has(el.tag)) continue;
    for (let i = el.children.length - 1; i >= 0; i--) { const c = el.children[i]!; if (typeof c !== 'string') todo.push(c); }
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    if (NO_TEXT.has(el.tag)) continue;
    let t = 0, l = 0, p = 0;
    for (const c of el.children) {
      if (typeof c === 'string') t += visibleChars(c);
      else { t += c._t!; l += c._l!; p += c._p!; }
    }
    el._t = t;
    el._l = el.tag === 'a' ? t : l;
    el._p = el.tag === 'p' ? t - l : p;
  }
}

function classId(el: Element): string {
  let c = el.attrs.class;
  const i = el.attrs.id;
  if (c && c.indexOf('-') >= 0) c = c.split(/\s+/).filter((t) => !IGNORED_CLASS_TOKEN.test(t)).join(' ');
  return c ? (i ? c + ' ' + i : c) : (i ?? '');
}

function isHidden(el: Element): boolean {
  const a = el.attrs;
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true' && el.tag !== 'span' && el.tag !== 'i') return true;
  const st = a.style;
  if (st && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(st)) return true;
  return false;
}

const TABLE_PARTS = new Set(['tr', 'td', 'th', 'tbody', 'thead', 'tfoot']);
const GUARDED = new Set(['header', 'footer', 'aside', 'nav', 'address', 'menu', 'form']);

/**
 * The article body as the markup names it (itemprop=articleBody, body classes and ids): the
 * richest outermost match of the first of those selectors that has an article's worth of text,
 * outside hidden and dropped elements (a hidden microdata copy of the text is not the body).
 */
function markedBody(root: Element): Element | null {
  const n = SETTINGS.bodyMarkSelectors;
  const matches: Element[][] = Array.from({ length: n }, () => []);
  forEachElement(root, (el) => {
    if (NO_TEXT.has(el.tag) || DROP_TAGS.has(el.tag) || isHidden(el)) return false;
    for (let i = 0; i < n; i++) if (selectorMatch(el, BODY_SELECTORS[i]!)) matches[i]!.push(el);
    return;
  });
  for (const m of matches) {
    if (m.length === 0) continue;
    const best = m.reduce((a, b) => (b._t! - b._l! > a._t! - a._l! ? b : a));
    if (best._t! - best._l! >= SETTINGS.minArticleChars) return best;
  }
  return null;
}

/** Class/id words of sharing buttons, and the same pattern to cut them out of a class string. */
const SHARE_WORD = /(^|[\s_-])(share|shares|sharing|sharebar|share-?tools|social|socials|shariff|sociable)(?=[\s_-]|$)/gi;

/**
 * A sharing-button class on an element that holds paragraphs of prose names a wrapper of an
 * article's text and its buttons ("body-share-wrapper"), not the button bar: no reason to drop it.
 */
function proseShareWrapper(el: Element, ci: string): boolean {
  if (el._p! < SETTINGS.minShareWrapperProse || el._l! >= 0.3 * el._t!) return false;
  SHARE_WORD.lastIndex = 0;
  if (!SHARE_WORD.test(ci)) return false;
  return !STRONG_NEGATIVE.test(ci.replace(SHARE_WORD, '$1'));
}

/** Stage 2: remove non-content elements in place. `total` is the page's visible characters. */
export function prune(root: Element): void {
  const total = root._t!, ptotal = root._p!;
  // The marked-up body is kept whole: neither a wrapper of it nor an element holding most of
  // its text is removed for its class name ("layout-right-sidebar" around the whole page,
  // "subscription-content" that a paywall script would replace).
  const body = markedBody(root);
  const bodyChars = body ? body._t! - body._l! : 0;
  const bodyWrappers = new Set<Element>();
  for (let p = body?.parent; p; p = p.parent) bodyWrappers.add(p);
  const inBody = (el: Element) => { for (let p = el.parent; p; p = p.parent) if (p === body) return true; return false; };
  const guard = (el: Element) => (el._t! >= SETTINGS.guardShare * total && el._l! < 0.3 * el._t!) || (el._p! >= SETTINGS.guardShare * ptotal && el._p! > 400)
    || bodyWrappers.has(el) || (body !== null && el._t! - el._l! >= SETTINGS.guardShare * bodyChars && el._l! < 0.3 * el._t! && inBody(el));
  const todo: Element[] = [root];
  while (todo.length) {
    const el = todo.pop()!;
    const kept: Node[] = [];
    for (const c of el.children) {
      if (typeof c === 'string') { kept.push(c); continue; }
      if (DROP_TAGS.has(c.tag) && !(GUARDED.has(c.tag) && guard(c))) continue;
      if (isHidden(c) && !guard(c)) continue;
      const ci = classId(c);
      if (ci && HOVER_CARD.test(ci)) continue;
      if (ci && c.tag !== 'a' && c._t! < SETTINGS.maxSmallChars && SMALL_NEGATIVE.test(ci)) continue;
      if (ci && !INLINE_TAGS.has(c.tag) && !TABLE_PARTS.has(c.tag) && ((STRONG_NEGATIVE.test(ci) && !proseShareWrapper(c, ci)) || (WEAK_NEGATIVE.test(ci) && !POSITIVE.test(ci))) && !guard(c) && !BODY_SELECTORS[1]![1].test(c.attrs.class ?? '') && c.attrs.itemprop !== 'articleBody') continue;
      if (c.attrs.role === 'navigation' || c.attrs.role === 'complementary' || c.attrs.role === 'contentinfo' || c.attrs.role === 'banner') { if (!guard(c)) continue; }
      kept.push(c);
      todo.push(c);
    }
    el.children = kept;
  }
}

function selectorMatch(el: Element, sel: readonly [string, RegExp]): boolean {
  const [attr, re] = sel;
  if (attr === 'tag') return re.test(el.tag);
  const v = el.attrs[attr];
  return v !== undefined && re.test(v);
}

function inside(el: Element, set: Set<Element>): boolean {
  for (let p = el.parent; p; p = p.parent) if (set.has(p)) return true;
  return false;
}

/** Whether a heading under el reads as the page's headline (`t` normalised by norm). */
function holdsHeadline(el: Element, t: string): boolean {
  let found = false;
  forEachElement(el, (x) => {
    if (found || NO_TEXT.has(x.tag)) return false;
    if (HEADING_TAGS.has(x.tag)) {
      if (x._t! <= t.length * 2 + 20 && norm(textOf(x)) === t) found = true;
      return false;
    }
    return;
  });
  return found;
}

/**
 * Known body containers: the matches of the first selector with enough text. Of several
 * matches in different places (a stream of stories, each an <article> of its own section), the
 * one whose heading is the page's headline is the article, when it alone is.
 */
function bySelectors(root: Element, title: string | null): { els: Element[]; strong: boolean } | null {
  const matches: Element[][] = BODY_SELECTORS.map(() => []);
  const todo: Element[] = [root];
  while (todo.length) {
    const el = todo.pop()!;
    for (let i = 0; i < BODY_SELECTORS.length; i++) if (selectorMatch(el, BODY_SELECTORS[i]!)) matches[i]!.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (typeof c !== 'string') todo.push(c);
    }
  }
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    if (m.length === 0) continue;
    const set = new Set(m);
    const outer = m.filter((el) => !inside(el, set));
    // Several matches: the richest, and those beside it (a body split in columns);
    // matches elsewhere are teasers of other articles.
    const best = outer.reduce((a, b) => (b._t! - b._l! > a._t! - a._l! ? b : a));
    const chosen = outer.filter((el) => el === best || el.parent === best.parent
      || (el._p! >= 0.6 * el._t! && el._l! < 0.2 * el._t! && el._t! >= 0.1 * best._t!));
    const chars = chosen.reduce((s, el) => s + el._t! - el._l!, 0);
    if (chars < SETTINGS.minSelectorChars) continue;
    const t = title ? norm(title) : '';
    if (chosen.length > 1 && t) {
      const headed = chosen.filter((el) => holdsHeadline(el, t));
      const h = headed[0];
      // Matches beside the headed one are its parts (a header and a body in columns), not stories.
      const story = h && headed.length === 1 ? chosen.filter((el) => el === h || el.parent === h.parent) : chosen;
      if (story.length < chosen.length && story.reduce((s, el) => s + el._t! - el._l!, 0) >= SETTINGS.minSelectorChars) return { els: story, strong: true };
    }
    return { els: chosen, strong: i < SETTINGS.strongSelectors };
  }
  return null;
}

const SCORE_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'dd']);

function tagBase(tag: string): number {
  switch (tag) {
    case 'div': case 'article': case 'section': case 'main': return 5;
    case 'pre': case 'td': case 'blockquote': return 3;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': return -5;
    default: return 0;
  }
}

function classWeight(el: Element): number {
  const ci = classId(el);
  if (!ci) return 0;
  let w = 0;
  if (POSITIVE.test(ci)) w += 25;
  if (STRONG_NEGATIVE.test(ci) || WEAK_NEGATIVE.test(ci)) w -= 25;
  return w;
}

function directText(el: Element): string {
  let s = '';
  for (const c of el.children) {
    if (typeof c === 'string') s += c;
    else if (!BLOCK_TAGS.has(c.tag) && c.tag !== 'br') s += directText(c);
  }
  return s;
}

/** Stage 3b: readability-style scoring; returns the best container and its kept siblings. */
function byScore(root: Element): Element[] | null {
  const scored: Element[] = [];
  const todo: Element[] = [root];
  /** Characters of the paragraphs that voted for each candidate, outside links. */
  const voted = new Map<Element, number>();
  const bump = (el: Element, v: number, chars: number) => {
    if (el._s === undefined) { el._s = tagBase(el.tag) + classWeight(el); scored.push(el); }
    el._s += v;
    voted.set(el, (voted.get(el) ?? 0) + chars);
  };
  while (todo.length) {
    const el = todo.pop()!;
    let para = SCORE_TAGS.has(el.tag);
    let text = '';
    if (!para && (el.tag === 'div' || el.tag === 'section' || el.tag === 'article')) {
      text = directText(el);
      para = visibleChars(text) >= SETTINGS.minParagraphChars;
    }
    if (para && el._t! >= SETTINGS.minParagraphChars) {
      if (!text) text = directText(el);
      const len = el._t!;
      const score = 1 + (text.split(/[,，、،]/).length - 1) + Math.min(Math.floor(len / 100), 3);
      const dampen = 1 - el._l! / Math.max(1, len);
      // A div holding text itself is a paragraph and a candidate at once.
      const chars = len - el._l!;
      if (!SCORE_TAGS.has(el.tag)) bump(el, score * dampen, chars);
      let p = el.parent, level = 0;
      while (p && level < 5) {
        bump(p, (score * dampen) / (level === 0 ? 1 : level === 1 ? 2 : level * 3), chars);
        p = p.parent; level++;
      }
    }
    for (const c of el.children) if (typeof c !== 'string' && c.tag !== 'a') todo.push(c);
  }
  // A container whose paragraphs hold less text than an article cannot be one, whatever its
  // class says (a one-line "band-content" strip): it wins only when no candidate holds enough.
  let top: Element | null = null, small: Element | null = null;
  let best = -Infinity, bestSmall = -Infinity;
  for (const el of scored) {
    const fin = el._s! * (1 - el._l! / Math.max(1, el._t!));
    el._s = fin;
    if (voted.get(el)! < SETTINGS.minArticleChars) { if (fin > bestSmall) { bestSmall = fin; small = el; } }
    else if (fin > best) { best = fin; top = el; }
  }
  if (!top) { top = small; best = bestSmall; }
  if (!top) return null;
  // Climb while the parent scores close to the top (content split across siblings).
  let p = top.parent;
  while (p && p.tag !== '#root' && p.tag !== 'body' && p._s !== undefined && p._s >= best * 0.75 && p._t! < top._t! * 1.6) {
    top = p; p = p.parent;
  }
  const parent = top.parent;
  if (!parent) return [top];
  const threshold = Math.max(10, best * 0.2);
  const out: Element[] = [];
  for (const sib of parent.children) {
    if (typeof sib === 'string') continue;
    if (sib === top) { out.push(sib); continue; }
    const ld = sib._l! / Math.max(1, sib._t!);
    let keep = sib._s !== undefined && sib._s >= threshold && ld < 0.3;
    if (!keep && sib.tag === 'p') {
      if (sib._t! > 80 && ld < 0.25) keep = true;
      else if (sib._t! > 0 && ld === 0 && /[.!?。]\s*$/.test(directText(sib))) keep = true;
    }
    if (keep) out.push(sib);
  }
  return out;
}

/** Stage 4: paragraphs of the chosen elements. */
export function render(els: readonly Element[]): Paragraph[] {
  const out: Paragraph[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let blockTag = 'p';
  const flush = () => {
    if (parts.length === 0) return;
    const raw = parts.join('');
    parts = [];
    const lines = raw.replace(/[\u00ad\u200b\u2060\ufeff]/g, '').split('\n').map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim());
    const chunks: string[][] = [[]];
    for (const l of lines) {
      if (l) chunks[chunks.length - 1]!.push(l);
      else if (chunks[chunks.length - 1]!.length) chunks.push([]);
    }
    const texts = chunks.filter((c) => c.length).map((c) => c.join('\n').normalize('NFC'));
    const total = texts.reduce((s, t) => s + visibleChars(t), 0);
    for (const t of texts) {
      const chars = visibleChars(t);
      out.push({ text: t, tag: blockTag, chars, linkChars: total ? Math.round((linkChars * chars) / total) : 0 });
    }
    linkChars = 0;
  };
  const walk = (node: Node, inLink: boolean) => {
    if (typeof node === 'string') {
      parts.push(node.replace(/[\r\n]+/g, ' '));
      if (inLink) linkChars += visibleChars(node);
      return;
    }
    const tag = node.tag;
    if (tag === 'br') { parts.push('\n'); return; }
    if (NO_TEXT.has(tag)) return;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      const saved = blockTag;
      blockTag = tag;
      for (const c of node.children) walk(c, inLink);
      flush();
      blockTag = saved;
      return;
    }
    const link = inLink || tag === 'a';
    for (const c of node.children) walk(c, link);
  };
  for (const el of els) { walk(el, false); flush(); }
  return out;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Stage 5: drop link lists, boilerplate lines and the headline. */
export function filterParagraphs(paras: readonly Paragraph[], title: string | null): Paragraph[] {
  const t = title ? norm(title) : '';
  const out: Paragraph[] = [];
  const total = paras.reduce((s, p) => s + p.chars, 0);
  let seen = 0;
  for (const p of paras) {
    if (p.chars < 80 && seen >= Math.max(200, SETTINGS.endMarkerAfterShare * total) && END_MARKERS.test(p.text.trim())) break;
    seen += p.chars;
    const ld = p.linkChars / Math.max(1, p.chars);
    if (ld > SETTINGS.maxLinkDensity) continue;
    if (ld > SETTINGS.maxLinkDensityShort && p.chars < SETTINGS.shortParagraphChars) continue;
    const lower = p.text.toLowerCase().trim();
    if (p.chars < 60 && BOILERPLATE_LINES.has(lower.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))) continue;
    if (p.chars < 120 && BOILERPLATE_START.test(lower)) continue;
    if (p.chars < 160 && PAYWALL_PROMPT.test(lower)) continue;
    if (p.chars < 300 && CAPTION_LINE.test(p.text)) continue;
    if (p.chars < 600 && SERVER_ERROR.test(p.text.trim())) continue;
    if (p.tag === 'h1' && (out.length === 0 || (t && norm(p.text) === t))) continue;
    if (HEADING_TAGS.has(p.tag) && t && norm(p.text) === t) continue;
    if (out.length === 0 && t && p.chars < 300 && norm(p.text) === t) continue;
    out.push(p);
  }
  // Trailing headings introduce what was cut (related links, comments).
  while (out.length && HEADING_TAGS.has(out[out.length - 1]!.tag)) out.pop();
  return out;
}

export interface BodyResult {
  readonly paragraphs: Paragraph[];
  readonly method: 'selector' | 'score' | 'none';
}

/** Stages 1–5 over a parsed page (the tree is modified). */
const LEAD_TAGS = new Set(['p', 'div', 'h2', 'h3', 'h4', 'span', 'section', 'strong', 'b']);

/** Lead candidates: short, link-free elements whose class speaks of a lead or standfirst. */
function findLeads(body: Element): Element[] {
  const out: Element[] = [];
  forEachElement(body, (el) => {
    if (out.length >= 200) return false;
    if (NO_TEXT.has(el.tag) || el.tag === 'a' || el.tag === 'nav' || el.tag === 'footer') return false;
    const ci = classId(el);
    if (ci && LEAD_TAGS.has(el.tag) && LEAD_CLASS.test(ci) && el._t! >= SETTINGS.minLeadChars && el._t! <= SETTINGS.maxLeadChars && el._l! < 0.2 * el._t!) {
      out.push(el);
      return false;
    }
    return;
  });
  return out;
}

function contains(a: Element, b: Element): boolean {
  for (let x: Element | null = b; x; x = x.parent) if (x === a) return true;
  return false;
}

/** The lead just before the chosen body, in the same article (few levels apart), if any. */
function leadFor(leads: readonly Element[], chosen: readonly Element[]): Element | null {
  const first = chosen[0]!;
  let best: Element | null = null;
  for (const l of leads) {
    if (l._o! >= first._o!) continue;
    if (chosen.some((c) => contains(c, l) || contains(l, c))) continue;
    let up = first.parent, d = 1;
    while (up && d <= 5 && !contains(up, l)) { up = up.parent; d++; }
    if (!up || d > 5 || up.tag === 'body' || up.tag === '#root') continue;
    if (!best || l._o! > best._o!) best = l;
  }
  return best;
}

export function extractBody(root: Element, title: string | null): BodyResult {
  measure(root, true);
  const body = findBody(root);
  const leads = findLeads(body);
  prune(body);
  measure(body);
  const scored = byScore(body);
  const sel = bySelectors(body, title);
  let chosen: Element[] | null = null;
  let method: BodyResult['method'] = 'none';
  const len = (els: Element[] | null) => (els ? els.reduce((s, e) => s + e._t! - e._l!, 0) : 0);
  const ratio = sel?.strong ? SETTINGS.strongSelectorVsScoredRatio : SETTINGS.selectorVsScoredRatio;
  // A generic container (<article>, <main>, #content) must hold or lie inside the scored one.
  const overlaps = (els: Element[], other: Element[]) => els.some((e) => other.some((o) => contains(e, o) || contains(o, e)));
  if (sel && (!scored || (len(sel.els) >= ratio * len(scored) && (sel.strong || overlaps(sel.els, scored))))) { chosen = sel.els; method = 'selector'; }
  else if (scored) { chosen = scored; method = 'score'; }
  if (!chosen) return { paragraphs: [], method };
  let paras = render(chosen);
  const lead = leadFor(leads, chosen);
  if (lead) {
    const lp = render([lead]).filter((p) => p.linkChars < 0.2 * p.chars);
    const firstText = paras[0] ? norm(paras[0].text) : '';
    const leadText = norm(lp.map((p) => p.text).join(' '));
    if (lp.length && leadText && !firstText.startsWith(leadText.slice(0, 60)) && !(title && norm(title) === leadText)) paras = [...lp.map((p) => ({ ...p, tag: 'p' })), ...paras];
  }
  const paragraphs = filterParagraphs(paras, title);
  return { paragraphs, method };
}

function findBody(root: Element): Element {
  for (const c of root.children) if (typeof c !== 'string' && c.tag === 'body') return c;
  return root;
}
