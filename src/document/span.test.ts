import { describe, expect, it } from 'vitest';
import { firstIndex, SpanIndex, type Span } from './span.js';

// Spans over "Putin met Rouhani in Moscow on Tuesday." (offsets of its words), given out of order.
const putin = { start: 0, end: 5 };
const rouhani = { start: 10, end: 17 };
const moscow = { start: 21, end: 27 };
const putinMetRouhani = { start: 0, end: 17 };
const index = new SpanIndex<Span>([moscow, putin, putinMetRouhani, rouhani]);

describe('firstIndex', () => {
  it('finds where a test turns true, or the end', () => {
    const xs = [1, 3, 3, 7, 9];
    expect(firstIndex(xs.length, (i) => xs[i]! >= 3)).toBe(1);
    expect(firstIndex(xs.length, (i) => xs[i]! > 3)).toBe(3);
    expect(firstIndex(xs.length, (i) => xs[i]! > 9)).toBe(5);
    expect(firstIndex(0, () => true)).toBe(0);
  });
});

describe('SpanIndex', () => {
  it('finds the spans that overlap a span, long ones starting far before it too', () => {
    expect(index.overlapping({ start: 12, end: 14 })).toEqual([putinMetRouhani, rouhani]);
    expect(index.overlapping({ start: 16, end: 22 })).toEqual([putinMetRouhani, rouhani, moscow]);
    expect(index.overlapping({ start: 17, end: 21 })).toEqual([]);
  });

  it('finds the spans inside a span', () => {
    expect(index.inside({ start: 0, end: 17 })).toEqual([putin, putinMetRouhani, rouhani]);
    expect(index.inside({ start: 5, end: 40 })).toEqual([rouhani, moscow]);
    expect(index.inside({ start: 1, end: 20 })).toEqual([rouhani]);
  });

  it('answers as a scan of every span does, on many random spans', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const spans = Array.from({ length: 300 }, () => { const start = rand(1000); return { start, end: start + rand(40) }; });
    const idx = new SpanIndex(spans);
    const inOrder = (xs: Span[]) => [...xs].sort((a, b) => a.start - b.start || a.end - b.end);
    for (let q = 0; q < 200; q++) {
      const start = rand(1000);
      const s = { start, end: start + rand(60) };
      expect(inOrder(idx.overlapping(s))).toEqual(inOrder(spans.filter((x) => x.start < s.end && s.start < x.end)));
      expect(inOrder(idx.inside(s))).toEqual(inOrder(spans.filter((x) => x.start >= s.start && x.end <= s.end)));
    }
  });
});
