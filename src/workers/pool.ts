/**
 * A pool of analyzer worker threads. Each worker loads its own models; articles go to
 * the least busy worker, and each call resolves with its own record.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzerOptions } from '../analyzer.js';
import type { ArticleRecord } from '../document/schema.js';
import type { RawArticle } from '../readers/types.js';

export interface AnalyzerPool {
  readonly size: number;
  analyze(raw: RawArticle): Promise<ArticleRecord>;
  close(): Promise<void>;
}

/** Workers to use by default: one per core, at most 8. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

export function createAnalyzerPool(options: AnalyzerOptions, size: number): AnalyzerPool {
  // Under tsx (tests, development) the worker is the .ts source; once built, the .js beside this file.
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const url = new URL(`./worker${ext}`, import.meta.url);
  type Pending = { resolve: (r: ArticleRecord) => void; reject: (e: Error) => void };
  const workers = Array.from({ length: size }, () => {
    // tsx's loader lives in the main thread only: a .ts worker registers it before importing itself.
    const w = ext === '.ts'
      ? new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((t) => { t.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true, workerData: options })
      : new Worker(url, { workerData: options });
    const state = { w, busy: 0, pending: new Map<number, Pending>() };
    w.on('message', (m: { id?: number; record?: ArticleRecord; error?: string; ready?: boolean }) => {
      if (m.id === undefined) return;
      const p = state.pending.get(m.id);
      if (!p) return;
      state.pending.delete(m.id);
      state.busy--;
      if (m.record) p.resolve(m.record);
      else p.reject(new Error(m.error ?? 'worker failed'));
    });
    w.on('error', (e) => {
      for (const p of state.pending.values()) p.reject(e);
      state.pending.clear();
    });
    return state;
  });
  let next = 0;
  return {
    size,
    analyze(raw) {
      const s = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = next++;
      s.busy++;
      return new Promise((resolve, reject) => {
        s.pending.set(id, { resolve, reject });
        s.w.postMessage({ id, raw });
      });
    },
    async close() {
      await Promise.all(workers.map((s) => s.w.terminate()));
    },
  };
}
