/**
 * The document: one immutable text, metadata about where it came from, and named
 * stand-off layers. Adding a layer returns a new document; the old one is untouched.
 */
import type { LayerName, LayerTypes } from './layers.js';
import { SpanError, type Span } from './span.js';

export type SourceFormat = 'text' | 'html' | 'rss' | 'warc' | 'jsonl' | 'sgml';

export interface SourceRef {
  readonly path?: string;
  readonly url?: string;
  readonly format: SourceFormat;
  readonly item?: string;
}

/** What a reader knows about an article before any stage runs. */
export interface DocMeta {
  readonly source: SourceRef;
  /** Title from the input's metadata (HTML <title>, feed item, SGML TITLE, JSONL title). */
  readonly title?: string | null;
  /** Publication date, ISO YYYY-MM-DD, from the input's metadata. */
  readonly published?: string | null;
  /**
   * When the page was fetched, an ISO UTC timestamp (YYYY-MM-DDTHH:MM:SSZ): a WARC
   * record's WARC-Date, or the time dateline fetched the URL. Absent for local files.
   */
  readonly fetched?: string | null;
  readonly authors?: readonly string[];
  readonly siteName?: string | null;
  readonly language?: string | null;
  /** True when the text starts with its headline (plain text); false when the title is metadata only. */
  readonly headlineInText: boolean;
  /** Place and agency the input states apart from the text (e.g. Reuters <DATELINE>). */
  readonly dateline?: { readonly place: string | null; readonly agency: string | null } | null;
  /** Warnings about the input that did not stop the analysis. */
  readonly warnings?: readonly string[];
}

export type Layers = { readonly [K in LayerName]?: readonly LayerTypes[K][] };

export interface Doc {
  readonly text: string;
  readonly meta: DocMeta;
  readonly layers: Layers;
}

export function createDoc(text: string, meta: DocMeta): Doc {
  return Object.freeze({ text, meta, layers: Object.freeze({}) });
}

function checkSpan(s: Span, length: number): void {
  if (!(s.start >= 0 && s.end >= s.start && s.end <= length)) throw new SpanError(s.start, s.end, length);
}

/** Every span-like value inside an annotation is checked against the text. */
function checkItem(item: unknown, length: number): void {
  if (item === null || typeof item !== 'object') return;
  const o = item as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') checkSpan(o as unknown as Span, length);
  for (const k in o) {
    const v = o[k];
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const s = v as Record<string, unknown>;
      if (typeof s.start === 'number' && typeof s.end === 'number') checkSpan(s as unknown as Span, length);
    }
  }
}

/** A new document with the layer set (replacing any layer of that name). */
export function withLayer<K extends LayerName>(doc: Doc, name: K, items: readonly LayerTypes[K][]): Doc {
  for (const it of items) checkItem(it, doc.text.length);
  return Object.freeze({ text: doc.text, meta: doc.meta, layers: Object.freeze({ ...doc.layers, [name]: Object.freeze(items.slice()) }) });
}

/** A new document with changed metadata. */
export function withMeta(doc: Doc, patch: Partial<DocMeta>): Doc {
  return Object.freeze({ text: doc.text, meta: Object.freeze({ ...doc.meta, ...patch }), layers: doc.layers });
}

export function layer<K extends LayerName>(doc: Doc, name: K): readonly LayerTypes[K][] {
  return (doc.layers[name] ?? []) as readonly LayerTypes[K][];
}

export function hasLayer(doc: Doc, name: LayerName): boolean {
  return doc.layers[name] !== undefined;
}

/** The first item of a layer that holds at most one (headline, dateline, body). */
export function single<K extends LayerName>(doc: Doc, name: K): LayerTypes[K] | null {
  return (doc.layers[name]?.[0] ?? null) as LayerTypes[K] | null;
}
