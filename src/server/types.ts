/** What the server needs from the outside: a store and, for POST /api/analyze, an analyzer. */
import type { ArticleRecord } from '../document/schema.js';
import type { Store } from '../store/types.js';

/**
 * What POST /api/analyze calls: text, an HTML page or a URL in, one record out (or a
 * thrown Error whose message is the plain reason). `serverAnalyzer` in ./analyzer.ts
 * builds one over the library analyzer of src/analyzer.ts.
 */
export interface Analyzer {
  analyzeText(text: string, meta?: { title?: string | null; published?: string | null; url?: string }): ArticleRecord | Promise<ArticleRecord>;
  analyzeHtml(html: string, url?: string): ArticleRecord | Promise<ArticleRecord>;
  analyzeUrl(url: string): Promise<ArticleRecord>;
}

export interface AppOptions {
  readonly store: Store;
  /** An analyzer, or a factory called once on the first POST (models load lazily). */
  readonly analyzer?: Analyzer | (() => Promise<Analyzer>);
  /** POST /api/analyze answers 403 unless this is true. */
  readonly allowIngest: boolean;
  /** Folder of the built dashboard (default: web/dist of this package). */
  readonly webRoot?: string;
  /** Host names accepted in the Host header; undefined accepts any (see startServer). */
  readonly hosts?: readonly string[];
  /** Largest request body accepted, in bytes (default 5 MB). */
  readonly maxBodyBytes?: number;
  /**
   * How long /api/stats and /api/actors answers are reused, in ms (default 30 000; 0
   * disables). Writes through this server clear them at once; writes by another process
   * (`dateline analyze --db` on the same file) show within this time.
   */
  readonly summaryTtlMs?: number;
  /** Aborted when the server shuts down: long computations stop at their next step. */
  readonly signal?: AbortSignal;
}
