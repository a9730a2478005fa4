/**
 * Event aggregates over every event matching a filter: counts per day and quad class
 * (the dashboard's timeline), per source→target pair (its network) and per place (its
 * map), and as CSV tables for `dateline events --count`. The store has no aggregate
 * query, so this pages through its events; the server caches the answers.
 */
import type { EventQuery, Store } from '../store/types.js';

/** Counts by quad class 1..4, at indices 0..3. */
export type QuadCounts = [number, number, number, number];

export interface EventSummary {
  /** Events counted. */
  readonly events: number;
  /** True when more events matched than MAX_SUMMARY_EVENTS; the counts cover the first ones. */
  readonly truncated: boolean;
  readonly undated: number;
  readonly days: { date: string; counts: QuadCounts }[];
  readonly dyads: { source: { code: string; name: string }; target: { code: string; name: string }; counts: QuadCounts }[];
  readonly places: { name: string; country: string; lat: number; lon: number; counts: QuadCounts }[];
}

export const MAX_SUMMARY_EVENTS = 250_000;
const MAX_DYADS = 3000;
const MAX_PLACES = 3000;

/** How many dyads and places to keep, most frequent first (the dashboard draws the first 3,000). */
export interface SummaryLimits {
  readonly dyads?: number;
  readonly places?: number;
}

const zero = (): QuadCounts => [0, 0, 0, 0];
const total = (c: QuadCounts) => c[0] + c[1] + c[2] + c[3];

export async function summarizeEvents(store: Store, q: Omit<EventQuery, 'limit' | 'cursor'>, cap = MAX_SUMMARY_EVENTS, signal?: AbortSignal,
  limits: SummaryLimits = {}): Promise<EventSummary> {
  const days = new Map<string, QuadCounts>();
  const dyads = new Map<string, EventSummary['dyads'][number]>();
  const places = new Map<string, EventSummary['places'][number]>();
  let n = 0, undated = 0;
  let cursor: string | null = null;
  do {
    signal?.throwIfAborted();
    const page = await store.events({ ...q, limit: 1000, cursor });
    for (const e of page.items) {
      if (n >= cap) break;
      n++;
      const k = e.quadClass - 1;
      if (e.date) {
        const d = days.get(e.date) ?? zero();
        d[k]++;
        days.set(e.date, d);
      } else undated++;
      if (e.source && e.target && e.source.code !== e.target.code) {
        const key = `${e.source.code}\u0000${e.target.code}`;
        const d = dyads.get(key) ?? { source: { code: e.source.code, name: e.source.name }, target: { code: e.target.code, name: e.target.name }, counts: zero() };
        d.counts[k]++;
        dyads.set(key, d);
      }
      if (e.location) {
        const l = e.location;
        const key = `${l.name}\u0000${l.lat.toFixed(3)}\u0000${l.lon.toFixed(3)}`;
        const p = places.get(key) ?? { name: l.name, country: l.country, lat: l.lat, lon: l.lon, counts: zero() };
        p.counts[k]++;
        places.set(key, p);
      }
    }
    cursor = page.next;
    // The store answers synchronously (better-sqlite3): yield to I/O between pages so
    // other requests are served while a large summary is counted.
    if (cursor) await new Promise<void>((resolve) => setImmediate(resolve));
  } while (cursor && n < cap);
  return {
    events: n,
    truncated: cursor !== null && n >= cap,
    undated,
    days: [...days].map(([date, counts]) => ({ date, counts })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    dyads: [...dyads.values()].sort((a, b) => total(b.counts) - total(a.counts)).slice(0, limits.dyads ?? MAX_DYADS),
    places: [...places.values()].sort((a, b) => total(b.counts) - total(a.counts)).slice(0, limits.places ?? MAX_PLACES),
  };
}

export const COUNT_BY = ['day', 'month', 'dyad', 'place'] as const;
export type CountBy = (typeof COUNT_BY)[number];

const QUAD_COLUMNS = ['verbalCooperation', 'materialCooperation', 'verbalConflict', 'materialConflict', 'total'];

/** A summary as a table: one row per day, month, source→target pair or place, with counts by quad class. */
export function countTable(s: EventSummary, by: CountBy): { columns: string[]; rows: (string | number)[][] } {
  const quads = (c: QuadCounts) => [...c, total(c)];
  switch (by) {
    case 'day':
      return { columns: ['date', ...QUAD_COLUMNS], rows: s.days.map((d) => [d.date, ...quads(d.counts)]) };
    case 'month': {
      const months = new Map<string, QuadCounts>();
      for (const d of s.days) {
        const m = months.get(d.date.slice(0, 7)) ?? zero();
        d.counts.forEach((n, k) => { m[k] += n; });
        months.set(d.date.slice(0, 7), m);
      }
      return { columns: ['month', ...QUAD_COLUMNS], rows: [...months].map(([m, c]) => [m, ...quads(c)]) };
    }
    case 'dyad':
      return { columns: ['sourceCode', 'sourceName', 'targetCode', 'targetName', ...QUAD_COLUMNS], rows: s.dyads.map((d) => [d.source.code, d.source.name, d.target.code, d.target.name, ...quads(d.counts)]) };
    case 'place':
      return { columns: ['place', 'country', 'lat', 'lon', ...QUAD_COLUMNS], rows: s.places.map((p) => [p.name, p.country, p.lat, p.lon, ...quads(p.counts)]) };
  }
}
