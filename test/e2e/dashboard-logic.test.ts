/**
 * The dashboard's pure parts, in Node: layer segmentation of the reader, timeline
 * buckets, the actor network and its force layout, map points, routes, and the DOM
 * builder's refusal of handlers and script URLs (over linkedom's document).
 */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { forceLayout } from '../../web/src/force.js';
import { filtersOf, href, parseRoute } from '../../web/src/route.js';
import { marksOf, segments, type Mark } from '../../web/src/views/article.js';
import { placePoints } from '../../web/src/views/map.js';
import { network } from '../../web/src/views/network.js';
import { bucketize, bucketRange } from '../../web/src/views/timeline.js';
import { hostileRecord, seedRecord } from './records.js';

const mark = (start: number, end: number, layer: Mark['layer'] = 'entities'): Mark => ({ start, end, layer, cls: layer, index: 0, title: '' });

describe('reader segments', () => {
  it('cuts overlapping layers into pieces that cover the text exactly once', () => {
    const marks = [mark(2, 10, 'events'), mark(4, 6), mark(8, 14, 'quotes')];
    const segs = segments(20, marks);
    expect(segs.map((s) => [s.start, s.end])).toEqual([[0, 2], [2, 4], [4, 6], [6, 8], [8, 10], [10, 14], [14, 20]]);
    expect(segs.map((s) => s.marks.map((m) => m.layer).sort().join('+'))).toEqual(
      ['', 'events', 'entities+events', 'events', 'events+quotes', 'quotes', '']);
  });
  it('covers every layer item of the seed article', () => {
    const r = seedRecord();
    const marks = marksOf(r);
    expect(marks.filter((m) => m.layer === 'events')).toHaveLength(r.events.length);
    expect(marks.filter((m) => m.layer === 'boilerplate')).toHaveLength(2);
    const segs = segments(r.text.length, marks);
    expect(segs.map((s) => r.text.slice(s.start, s.end)).join('')).toBe(r.text);
    for (const e of r.entities) {
      const covered = segs.filter((s) => s.start >= e.start && s.end <= e.end);
      expect(covered.map((s) => r.text.slice(s.start, s.end)).join('')).toBe(e.text);
      expect(covered.every((s) => s.marks.some((m) => m.layer === 'entities'))).toBe(true);
    }
  });
});

type Counts = [number, number, number, number];
const day = (date: string, counts: Counts) => ({ date, counts });
const dyad = (src: string, tgt: string, counts: Counts) => ({ source: { code: src, name: src }, target: { code: tgt, name: tgt }, counts });

describe('timeline buckets', () => {
  it('counts by day with gaps filled, by quad class', () => {
    const { unit, buckets } = bucketize([day('2020-01-03', [0, 0, 0, 2]), day('2020-01-01', [1, 0, 0, 0])]);
    expect(unit).toBe('day');
    expect(buckets.map((b) => [b.key, b.total])).toEqual([['2020-01-01', 1], ['2020-01-02', 0], ['2020-01-03', 2]]);
    expect(buckets[2]!.counts[4]).toBe(2);
  });
  it('switches to months over long spans', () => {
    const { unit, buckets } = bucketize([day('2019-01-15', [1, 0, 0, 0]), day('2019-12-02', [0, 0, 1, 0]), day('2019-12-30', [0, 0, 2, 0])]);
    expect(unit).toBe('month');
    expect(buckets).toHaveLength(12);
    expect(buckets[11]!.counts[3]).toBe(3);
  });
});

describe('timeline picks', () => {
  it('turns a bucket into the date range it covers', () => {
    expect(bucketRange('2020-02', 'month')).toEqual({ since: '2020-02-01', until: '2020-02-29' });
    expect(bucketRange('2019-12', 'month')).toEqual({ since: '2019-12-01', until: '2019-12-31' });
    expect(bucketRange('2019-03-04', 'day')).toEqual({ since: '2019-03-04', until: '2019-03-04' });
  });
});

describe('actor network', () => {
  it('weights directed edges by events and colours them by their most frequent quad class', () => {
    const { nodes, edges } = network([dyad('RUS', 'UKR', [1, 0, 0, 2]), dyad('UKR', 'RUS', [0, 0, 1, 0]), dyad('RUS', 'RUS', [5, 0, 0, 0])]);
    expect(nodes.map((n) => [n.code, n.degree])).toEqual([['RUS', 4], ['UKR', 4]]);
    expect(edges.find((e) => e.source === 'RUS')).toMatchObject({ target: 'UKR', weight: 3, quad: 4 });
    expect(edges.find((e) => e.source === 'UKR')).toMatchObject({ target: 'RUS', weight: 1, quad: 3 });
  });
  it('keeps only the most active actors', () => {
    const { nodes, edges } = network([dyad('A', 'B', [2, 0, 0, 0]), dyad('A', 'C', [1, 0, 0, 0]), dyad('D', 'E', [1, 0, 0, 0])], 2);
    expect(nodes.map((n) => n.code)).toEqual(['A', 'B']);
    expect(edges).toHaveLength(1);
  });
  it('lays out deterministically, inside the box, with linked nodes close', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const edges = [{ source: 'a', target: 'b', weight: 5 }, { source: 'c', target: 'd', weight: 5 }, { source: 'e', target: 'f', weight: 5 }];
    const p1 = forceLayout(ids, edges, { width: 600, height: 400 });
    const p2 = forceLayout(ids, edges, { width: 600, height: 400 });
    expect([...p1.values()]).toEqual([...p2.values()]);
    for (const p of p1.values()) { expect(p.x).toBeGreaterThanOrEqual(0); expect(p.x).toBeLessThanOrEqual(600); expect(p.y).toBeLessThanOrEqual(400); }
    const d = (x: string, y: string) => Math.hypot(p1.get(x)!.x - p1.get(y)!.x, p1.get(x)!.y - p1.get(y)!.y);
    expect(d('a', 'b')).toBeLessThan(d('a', 'c'));
    expect(d('c', 'd')).toBeLessThan(d('c', 'e'));
  });
});

describe('map points', () => {
  it('sizes places by events and colours them by their main quad class', () => {
    const pts = placePoints([
      { name: 'Paris', country: 'FRA', lat: 48.86, lon: 2.35, counts: [1, 0, 0, 0] },
      { name: 'Kyiv', country: 'UKR', lat: 50.45, lon: 30.52, counts: [0, 0, 1, 2] },
      { name: 'Nowhere', country: 'XXX', lat: 0, lon: 0, counts: [0, 0, 0, 0] },
    ]);
    expect(pts.map((p) => [p.name, p.count, p.quad])).toEqual([['Kyiv', 3, 4], ['Paris', 1, 1]]);
  });
});

describe('routes', () => {
  it('round-trips views, ids and filters through the hash', () => {
    const h = href('article', 'abc/def', { event: 3 });
    expect(h).toBe('#/article/abc%2Fdef?event=3');
    const r = parseRoute(h);
    expect([r.view, r.arg, r.params.get('event')]).toEqual(['article', 'abc/def', '3']);
    expect(filtersOf(parseRoute('#/events?actor=RUS&cameo=04&junk=1').params)).toEqual({ actor: 'RUS', cameo: '04' });
    expect(parseRoute('').view).toBe('events');
  });
});

describe('DOM builder', () => {
  beforeAll(() => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    (globalThis as { document?: unknown }).document = document;
  });
  it('puts untrusted strings in as text, never as markup', async () => {
    const { h } = await import('../../web/src/dom.js');
    const r = hostileRecord();
    const el = h('div', { title: r.title }, r.text);
    expect(el.childNodes).toHaveLength(1);
    expect(el.textContent).toBe(r.text);
    expect(el.querySelector('script, img, iframe')).toBeNull();
  });
  it('refuses handler attributes and script URLs', async () => {
    const { h } = await import('../../web/src/dom.js');
    expect(() => h('a', { onmouseover: 'alert(1)' })).toThrow(/refusing attribute/);
    expect(() => h('a', { href: 'javascript:alert(1)' })).toThrow(/refusing URL/);
    expect(() => h('img', { src: 'data:text/html,<script>' })).toThrow(/refusing URL/);
    expect(h('a', { href: '#/events' }).getAttribute('href')).toBe('#/events');
  });
});
