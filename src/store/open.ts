/** Open the store a `--db` value names: a postgres:// URL, else an SQLite file path. */
import type { Store } from './types.js';
import { openSqliteStore } from './sqlite/index.js';

export const DEFAULT_DB = './dateline.db';

export async function openStore(spec: string = DEFAULT_DB): Promise<Store> {
  if (/^postgres(?:ql)?:\/\//i.test(spec)) {
    const { openPostgresStore } = await import('./postgres/index.js');
    return openPostgresStore(spec);
  }
  return openSqliteStore(spec);
}
