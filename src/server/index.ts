/**
 * `dateline serve`: the API and dashboard on a local port. Binds to 127.0.0.1 unless
 * told otherwise; on a loopback address only loopback Host names are answered.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { Analyzer } from './types.js';
import type { Store } from '../store/types.js';

export { createApp, defaultWebRoot, DEFAULT_MAX_BODY_BYTES, DEFAULT_SUMMARY_TTL_MS } from './app.js';
export type { Analyzer, AppOptions } from './types.js';

export interface ServerOptions {
  readonly store: Store;
  /** 0 picks a free port. Default 8080. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  readonly allowIngest?: boolean;
  /** Let ingest fetch URLs on private, loopback or link-local addresses (default false). */
  readonly allowPrivate?: boolean;
  /** Default with allowIngest: the library analyzer (src/analyzer.ts), created on the first POST. */
  readonly analyzer?: Analyzer | (() => Promise<Analyzer>);
  readonly webRoot?: string;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function startServer(opts: ServerOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const hosts = LOOPBACK.has(host) ? ['127.0.0.1', 'localhost', '[::1]'] : undefined;
  const stop = new AbortController();
  let background: Promise<unknown> = Promise.resolve();
  const app = createApp({
    signal: stop.signal,
    store: opts.store,
    analyzer: opts.analyzer ?? (opts.allowIngest ? () => import('./analyzer.js').then((m) => m.defaultAnalyzer({ allowPrivate: opts.allowPrivate ?? false })) : undefined),
    allowIngest: opts.allowIngest ?? false, webRoot: opts.webRoot, hosts,
  });
  // Whole-store summaries are computed once before listening (stats, actor counts: one
  // query each), and the unfiltered chart summary right after, in the background.
  const warm = Promise.all(['/api/stats', '/api/actors?limit=200'].map((p) => app.request(`http://127.0.0.1${p}`)));
  return warm.then(() => new Promise<RunningServer>((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port ?? 8080, hostname: host }, (info: AddressInfo) => {
      const h = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolvePromise({
        url: `http://${h}:${info.port}/`,
        close: async () => {
          stop.abort();
          await background;
          await new Promise<void>((res, rej) => {
            server.close((err?: Error) => (err ? rej(err) : res()));
            if ('closeAllConnections' in server) (server as { closeAllConnections(): void }).closeAllConnections();
          });
        },
      });
    });
    server.once('error', reject);
  })).then((running) => {
    background = Promise.resolve(app.request('http://127.0.0.1/api/events/summary')).catch(() => { /* computed again on demand */ });
    return running;
  });
}
