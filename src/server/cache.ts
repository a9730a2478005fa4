/**
 * A small time-bounded cache for the store's whole-table summaries (stats, actor
 * counts), which cost a scan of every event. Entries live `ttlMs`; concurrent callers
 * share one computation; `clear()` runs after this server writes.
 */
export interface SummaryCache {
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
  clear(): void;
}

export function summaryCache(ttlMs: number, maxEntries = 64, now: () => number = Date.now): SummaryCache {
  const entries = new Map<string, { at: number; value: Promise<unknown> }>();
  return {
    get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && now() - hit.at < ttlMs) return hit.value as Promise<T>;
      if (entries.size >= maxEntries) entries.clear();
      const value = compute();
      entries.set(key, { at: now(), value });
      value.catch(() => entries.delete(key));
      return value;
    },
    clear() { entries.clear(); },
  };
}
