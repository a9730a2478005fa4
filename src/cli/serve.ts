/** `dateline serve`: the dashboard at / and the JSON API under /api, over the store. */
import { startServer } from '../server/index.js';
import { openStore } from '../store/open.js';
import { UsageError } from './output.js';

export async function runServe(opts: { db?: string; port?: string; host?: string; allowIngest?: boolean; allowPrivate?: boolean }): Promise<number> {
  const port = opts.port === undefined ? 8080 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not ${opts.port}`);
  const store = await openStore(opts.db ?? './dateline.db');
  const s = await startServer({ store, port, host: opts.host ?? '127.0.0.1', allowIngest: Boolean(opts.allowIngest), allowPrivate: Boolean(opts.allowPrivate) });
  process.stdout.write(`dateline: serving ${s.url} (store ${opts.db ?? './dateline.db'}${opts.allowIngest ? ', ingest allowed' : ', read-only'})\n`);
  await new Promise<void>((resolve) => {
    const stop = async () => { await s.close(); await store.close(); resolve(); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
