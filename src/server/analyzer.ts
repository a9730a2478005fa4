/**
 * Adapts the library analyzer (src/analyzer.ts) to what POST /api/analyze needs: text,
 * an HTML page, or a URL fetched with the URL reader's limits. The first article an
 * input yields is the answer; a failure becomes the error message.
 */
import { MAX_ARTICLE_CHARS, tooLong, type Analyzer as LibAnalyzer } from '../analyzer.js';
import type { ArticleRecord } from '../document/schema.js';
import type { Input } from '../readers/types.js';
import { fetchUrl } from '../readers/url/index.js';
import type { Analyzer } from './types.js';

async function firstRecord(lib: Pick<LibAnalyzer, 'analyzeInput'>, input: Input): Promise<ArticleRecord> {
  const problems: string[] = [];
  for await (const r of lib.analyzeInput(input)) {
    if (r.kind === 'record') return r.record;
    if (r.kind === 'failure') problems.push(r.record.error);
  }
  throw new Error(problems[0] ?? 'no article found in the input');
}

/**
 * `allowPrivate`: let URL ingest reach private, loopback and link-local addresses; refused
 * by default, since the URL comes from whoever can reach the API.
 */
export function serverAnalyzer(lib: Pick<LibAnalyzer, 'analyzeText' | 'analyzeInput'>, opts: { allowPrivate?: boolean } = {}): Analyzer {
  return {
    // Analysis runs in the server's thread: a text longer than an article would hold every other request up.
    analyzeText: (text, meta) => {
      if (text.length > MAX_ARTICLE_CHARS) throw new Error(tooLong(text.length));
      return lib.analyzeText(text, meta);
    },
    analyzeHtml: (html, url) => firstRecord(lib, {
      name: url ?? 'pasted.html', ...(url ? { url } : {}), bytes: new TextEncoder().encode(html), contentType: 'text/html; charset=utf-8',
    }),
    analyzeUrl: async (url) => firstRecord(lib, await fetchUrl(url, { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, allowPrivate: opts.allowPrivate ?? false })),
  };
}

/** The library analyzer, created on first use (models load lazily). */
export async function defaultAnalyzer(opts: { published?: string | null; allowPrivate?: boolean } = {}): Promise<Analyzer> {
  const { createAnalyzer } = await import('../analyzer.js');
  return serverAnalyzer(await createAnalyzer({ published: opts.published ?? null }), { allowPrivate: opts.allowPrivate ?? false });
}
