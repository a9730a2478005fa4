/**
 * DOM building with text only. Article text and every name in it are untrusted, so
 * nothing here ever parses HTML: strings become text nodes, attributes are set one by
 * one, and event-handler attributes or script URLs are refused outright.
 */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((ev: Event) => void)>;

const SVG_NS = 'http://www.w3.org/2000/svg';

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') {
      if (!k.startsWith('on')) throw new Error(`handler for ${k}`);
      el.addEventListener(k.slice(2).toLowerCase(), v);
      continue;
    }
    if (/^on/i.test(k)) throw new Error(`refusing attribute ${k}`);
    const s = v === true ? '' : String(v);
    if ((k === 'href' || k === 'src' || k === 'xlink:href') && !/^(#|\/|[\w.-]+\.(js|json|css)$|https?:)/i.test(s)) {
      throw new Error(`refusing URL in ${k}`);
    }
    el.setAttribute(k, s);
  }
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Replace an element's content. */
export function mount(el: Element, ...children: Child[]): void {
  clear(el);
  append(el, children);
}
