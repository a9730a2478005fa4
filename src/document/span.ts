/**
 * A span is a pair of UTF-16 offsets into one text, end exclusive.
 * Spans are checked when they are made: nothing outside the text can exist.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export class SpanError extends Error {
  readonly code = 'span_out_of_range' as const;
  constructor(readonly start: number, readonly end: number, readonly length: number) {
    super(`span [${start}, ${end}) is out of range for a text of length ${length}`);
  }
}

/** Make a span over a text of the given length, or throw SpanError. */
export function span(start: number, end: number, textLength: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > textLength) {
    throw new SpanError(start, end, textLength);
  }
  return { start, end };
}

export function spanText(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Shrink a span so it neither starts nor ends with white space. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Spans sorted by start, then by longer first. */
export function bySpan<T extends Span>(a: T, b: T): number {
  return a.start - b.start || b.end - a.end;
}

/** The first index in [0, n) where test holds, for a test false up to some index and true from it on (binary search), or n. */
export function firstIndex(n: number, test: (i: number) => boolean): number {
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid; else lo = mid + 1;
  }
  return lo;
}

/** Index of the first span starting at or after offset (spans in text order), or spans.length. */
export function firstStartingFrom(spans: readonly Span[], offset: number): number {
  return firstIndex(spans.length, (i) => spans[i]!.start >= offset);
}

/** Index of the last span starting at or before offset (spans in text order), or -1. */
export function lastStartingBy(spans: readonly Span[], offset: number): number {
  return firstStartingFrom(spans, offset + 1) - 1;
}

/**
 * Spans sorted once, then asked which of them overlap or lie inside a span, in
 * logarithmic time plus the answer: a long document asks this once per sentence or
 * mention, and a scan of every span each time would make its analysis quadratic.
 */
export class SpanIndex<T extends Span> {
  readonly spans: readonly T[];
  /** The longest span's length: no span overlapping [a, b) starts before a - maxLength. */
  private readonly maxLength: number;

  constructor(spans: readonly T[]) {
    let sorted = true;
    for (let i = 1; i < spans.length && sorted; i++) if (spans[i]!.start < spans[i - 1]!.start) sorted = false;
    this.spans = sorted ? spans : [...spans].sort((a, b) => a.start - b.start);
    this.maxLength = this.spans.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  }

  /** The spans that share a character with s, in text order. */
  overlapping(s: Span): T[] {
    const out: T[] = [];
    for (let i = firstStartingFrom(this.spans, s.start - this.maxLength); i < this.spans.length; i++) {
      const x = this.spans[i]!;
      if (x.start >= s.end) break;
      if (x.end > s.start) out.push(x);
    }
    return out;
  }

  /** The spans that lie within s, in text order. */
  inside(s: Span): T[] {
    const out: T[] = [];
    for (let i = firstStartingFrom(this.spans, s.start); i < this.spans.length; i++) {
      const x = this.spans[i]!;
      if (x.start > s.end) break;
      if (x.end <= s.end) out.push(x);
    }
    return out;
  }
}
