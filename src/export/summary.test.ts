import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../document/schema.js';
import type { EventQuery, Page, Store, StoredEvent } from '../store/types.js';
import { countTable, summarizeEvents } from './summary.js';

/** A store whose events() pages through `n` generated events, 1000 at a time. */
function pagedStore(n: number): { store: Store; calls: EventQuery[] } {
  const calls: EventQuery[] = [];
  const event = (i: number): StoredEvent => ({
    source: { code: i % 2 ? 'RUS' : 'UKR', name: 'x' }, target: { code: i % 2 ? 'UKR' : 'RUS', name: 'y' },
    cameo: '190', plover: null, goldstein: -10, quadClass: ((i % 4) + 1) as EventRecord['quadClass'],
    date: i % 10 === 0 ? null : `2020-01-0${(i % 3) + 1}`,
    location: i % 5 === 0 ? { name: 'Kyiv', lat: 50.45, lon: 30.52, country: 'UKR' } : null,
    evidence: { start: 0, end: 1 }, confidence: 1, articleId: `a${i}`, index: 0, addedAt: '2020-01-05T00:00:00.000Z',
  });
  const store = {
    async events(q: EventQuery): Promise<Page<StoredEvent>> {
      calls.push(q);
      const from = q.cursor ? Number(q.cursor) : 0;
      const to = Math.min(n, from + (q.limit ?? 50));
      return { items: Array.from({ length: to - from }, (_, k) => event(from + k)), next: to < n ? String(to) : null };
    },
  } as unknown as Store;
  return { store, calls };
}

describe('summarizeEvents', () => {
  it('pages through every event and counts days, pairs and places by quad class', async () => {
    const { store, calls } = pagedStore(2500);
    const s = await summarizeEvents(store, { actor: 'RUS' });
    expect(calls).toHaveLength(3);
    expect(calls.every((q) => q.actor === 'RUS' && q.limit === 1000)).toBe(true);
    expect(s.events).toBe(2500);
    expect(s.truncated).toBe(false);
    expect(s.undated).toBe(250);
    expect(s.days.map((d) => d.date)).toEqual(['2020-01-01', '2020-01-02', '2020-01-03']);
    expect(s.days.reduce((n, d) => n + d.counts.reduce((a, b) => a + b, 0), 0)).toBe(2250);
    expect(s.dyads.map((d) => [d.source.code, d.target.code, d.counts])).toEqual([
      ['UKR', 'RUS', [625, 0, 625, 0]], ['RUS', 'UKR', [0, 625, 0, 625]],
    ]);
    expect(s.places).toEqual([{ name: 'Kyiv', country: 'UKR', lat: 50.45, lon: 30.52, counts: [125, 125, 125, 125] }]);
  });
  it('stops at the cap and says so', async () => {
    const s = await summarizeEvents(pagedStore(2500).store, {}, 1200);
    expect([s.events, s.truncated]).toEqual([1200, true]);
    const whole = await summarizeEvents(pagedStore(1000).store, {}, 1000);
    expect([whole.events, whole.truncated]).toEqual([1000, false]);
  });
  it('stops when aborted', async () => {
    const ctl = new AbortController();
    ctl.abort();
    await expect(summarizeEvents(pagedStore(10).store, {}, 100, ctl.signal)).rejects.toThrow();
  });
});

describe('countTable', () => {
  it('adds the days of a month and totals each row', async () => {
    const { store } = pagedStore(2500);
    const s = await summarizeEvents(store, {});
    const months = countTable(s, 'month');
    expect(months.columns).toEqual(['month', 'verbalCooperation', 'materialCooperation', 'verbalConflict', 'materialConflict', 'total']);
    // Every dated event is in January 2020 here.
    expect(months.rows).toEqual([['2020-01', ...s.days.reduce((c, d) => c.map((n, k) => n + d.counts[k]!), [0, 0, 0, 0]), 2500 - s.undated]]);
    const days = countTable(s, 'day');
    expect(days.rows.map((r) => r[0])).toEqual(['2020-01-01', '2020-01-02', '2020-01-03']);
    for (const r of days.rows) expect(r[5]).toBe((r[1] as number) + (r[2] as number) + (r[3] as number) + (r[4] as number));
  });
});
