/**
 * The analyzer: readers → document → stages → record. This is the library entry
 * point that the CLI, the HTTP server and the tests all call.
 */
import { createDoc, type DocMeta } from './document/document.js';
import { toRecord } from './document/record.js';
import type { ArticleRecord, FailureRecord } from './document/schema.js';
import { compose, type RunOptions, type Stage } from './pipeline.js';
import { formatOf, readerFor } from './readers/index.js';
import type { Input, RawArticle } from './readers/types.js';
import { loadKnowledge, type Knowledge } from './knowledge/index.js';
import { normName } from './knowledge/actors/normalise.js';
import { createActorStage } from './stages/actors/index.js';
import { gazetteerPlaceCountry } from './stages/actors/places.js';
import { createCorefStage } from './stages/coref/index.js';
import { datesStage } from './stages/dates/index.js';
import { createEntityStage } from './stages/entities/index.js';
import { createEventStage } from './stages/events/index.js';
import { layoutStage } from './stages/layout/index.js';
import { createPlaceStage, placeCountry } from './stages/places/index.js';
import { createQuoteStage } from './stages/quotes/index.js';
import { scopeStage } from './stages/scope/index.js';
import { segmentStage } from './stages/segment/index.js';

export interface AnalyzerOptions {
  /** Publication date to assume where the input carries none. */
  readonly published?: string | null;
  /** A directory of PETRARCH-format dictionaries to load over the built-in ones. */
  readonly dictionaries?: string | null;
}

export type AnalyzeResult =
  | { readonly kind: 'record'; readonly record: ArticleRecord }
  | { readonly kind: 'failure'; readonly record: FailureRecord }
  | { readonly kind: 'notice'; readonly source: FailureRecord['source']; readonly message: string };

export type ReadItem =
  | { readonly kind: 'article'; readonly raw: RawArticle }
  | { readonly kind: 'failure'; readonly record: FailureRecord }
  | { readonly kind: 'notice'; readonly source: FailureRecord['source']; readonly message: string };

/**
 * The longest text analysed as one article, in characters (UTF-16 code units). A news
 * article is a few thousand; a longer text is a file of many articles, a book or a dump,
 * whose analysis as one document would take minutes and gigabytes (about 200 bytes a
 * character at its peak). It fails with a reason instead, and the run goes on.
 */
export const MAX_ARTICLE_CHARS = 2_000_000;

/** Read the articles of an input with the reader its format calls for; texts over maxChars fail. */
export async function* readInput(input: Input, maxChars = MAX_ARTICLE_CHARS): AsyncIterable<ReadItem> {
  const format = formatOf(input.name, input.bytes, input.contentType);
  const reader = readerFor(format);
  const src = { ...(input.path ? { path: input.path } : {}), ...(input.url ? { url: input.url } : {}), format };
  if (!reader) {
    yield { kind: 'failure', record: { source: src, error: `no reader for ${format} input in this build` } };
    return;
  }
  try {
    for await (const r of reader(input)) {
      if (r.kind === 'failure') yield { kind: 'failure', record: { source: r.source, error: r.error } };
      else if (r.kind === 'notice') yield { kind: 'notice', source: r.source, message: r.message };
      else if (r.text.length > maxChars) yield { kind: 'failure', record: { source: r.meta.source, error: tooLong(r.text.length, maxChars) } };
      else yield { kind: 'article', raw: r };
    }
  } catch (e) {
    yield { kind: 'failure', record: { source: src, error: `unreadable ${format} input: ${(e as Error).message}` } };
  }
}

/** Why a text is not analysed as one article. */
export function tooLong(chars: number, max = MAX_ARTICLE_CHARS): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `text of ${n(chars)} characters is longer than one article may be (${n(max)}): split it into articles (one file or JSON line each)`;
}

export interface Analyzer {
  readonly options: AnalyzerOptions;
  analyzeRaw(raw: RawArticle): ArticleRecord;
  analyzeText(text: string, meta?: { title?: string | null; published?: string | null; url?: string }): ArticleRecord;
  analyzeInput(input: Input): AsyncIterable<AnalyzeResult>;
}

/** The stages every analysis runs, in order: structure first, then meaning. */
export function defaultStages(k: Knowledge): Stage[] {
  return [
    segmentStage,
    layoutStage,
    datesStage,
    createEntityStage(k.ner, { givenName: (w) => k.actors.givenNames.has(normName(w)) }),
    // (The gazetteer the place stage loads anyway also names the country of a town's offices: "Iloilo City Mayor".)
    createActorStage(k.actors, { places: gazetteerPlaceCountry(k.gazetteer) }),
    createCorefStage(k.actors),
    createPlaceStage(k.gazetteer),
    createQuoteStage({ resources: k.quotes }),
    createEventStage(k.events),
    scopeStage,
  ];
}

export async function createAnalyzer(options: AnalyzerOptions = {}, stages?: readonly Stage[]): Promise<Analyzer> {
  const knowledge = stages ? null : loadKnowledge({ dictionaries: options.dictionaries ?? null });
  const run = compose(stages ?? defaultStages(knowledge!));
  const runOptions: RunOptions = { published: options.published ?? null };
  const extra = knowledge ? { placeCountry: (p: string) => placeCountry(p, knowledge.gazetteer) } : {};

  function analyzeRaw(raw: RawArticle): ArticleRecord {
    return toRecord(run(createDoc(raw.text, raw.meta), runOptions), extra);
  }

  return {
    options,
    analyzeRaw,
    analyzeText(text, meta = {}) {
      const m: DocMeta = {
        source: { format: 'text', ...(meta.url ? { url: meta.url } : {}) },
        title: meta.title ?? null,
        published: meta.published ?? null,
        headlineInText: !meta.title,
      };
      return analyzeRaw({ kind: 'article', text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, meta: m });
    },
    async *analyzeInput(input) {
      for await (const item of readInput(input)) {
        if (item.kind !== 'article') { yield item; continue; }
        try {
          yield { kind: 'record', record: analyzeRaw(item.raw) };
        } catch (e) {
          yield { kind: 'failure', record: { source: item.raw.meta.source, error: `analysis failed: ${(e as Error).message}` } };
        }
      }
    },
  };
}
