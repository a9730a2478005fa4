/** Event counts over time, stacked by quad class, as SVG bars (days or months). */
import type { EventSummary } from '../api.js';
import { QUAD, QUADS, type Quad } from '../colors.js';
import { h, s } from '../dom.js';

export interface Bucket { key: string; counts: Record<Quad, number>; total: number }

/** Sum daily counts per day, or per month when they span more than 120 days; gaps are kept. */
export function bucketize(days: EventSummary['days']): { unit: 'day' | 'month'; buckets: Bucket[] } {
  const dated = days.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date)).sort((a, b) => (a.date < b.date ? -1 : 1));
  if (!dated.length) return { unit: 'day', buckets: [] };
  const first = dated[0]!.date, last = dated[dated.length - 1]!.date;
  const span = (Date.parse(last) - Date.parse(first)) / 86_400_000;
  const unit = span > 120 ? 'month' : 'day';
  const keyOf = (d: string) => (unit === 'month' ? d.slice(0, 7) : d);
  const map = new Map<string, Bucket>();
  const step = new Date(`${unit === 'month' ? first.slice(0, 7) + '-01' : first}T00:00:00Z`);
  const lastKey = keyOf(last);
  for (let guard = 0; guard < 5000; guard++) {
    const k = keyOf(step.toISOString().slice(0, 10));
    map.set(k, { key: k, counts: { 1: 0, 2: 0, 3: 0, 4: 0 }, total: 0 });
    if (k >= lastKey) break;
    if (unit === 'month') step.setUTCMonth(step.getUTCMonth() + 1); else step.setUTCDate(step.getUTCDate() + 1);
  }
  for (const d of dated) {
    const b = map.get(keyOf(d.date));
    if (!b) continue;
    for (const q of QUADS) { b.counts[q] += d.counts[q - 1] ?? 0; b.total += d.counts[q - 1] ?? 0; }
  }
  return { unit, buckets: [...map.values()] };
}

/** The date range a bucket covers. */
export function bucketRange(key: string, unit: 'day' | 'month'): { since: string; until: string } {
  if (unit === 'day') return { since: key, until: key };
  const [y, m] = key.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { since: `${key}-01`, until: `${key}-${String(last).padStart(2, '0')}` };
}

export function timeline(days: EventSummary['days'], onPick?: (range: { since: string; until: string }) => void): HTMLElement {
  const { unit, buckets } = bucketize(days);
  if (!buckets.length) return h('p', { class: 'muted' }, 'No dated events to chart.');
  const W = 900, H = 140, pad = { l: 34, r: 8, t: 8, b: 22 };
  const max = Math.max(...buckets.map((b) => b.total));
  const bw = (W - pad.l - pad.r) / buckets.length;
  const y = (n: number) => ((H - pad.t - pad.b) * n) / max;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'img', 'aria-label': `Events per ${unit} by quad class` });
  svg.append(s('line', { x1: pad.l, x2: W - pad.r, y1: H - pad.b, y2: H - pad.b, class: 'axis' }));
  svg.append(s('text', { x: pad.l - 4, y: pad.t + 8, 'text-anchor': 'end', class: 'tick' }, max));
  svg.append(s('text', { x: pad.l - 4, y: H - pad.b, 'text-anchor': 'end', class: 'tick' }, 0));
  buckets.forEach((b, i) => {
    let base = H - pad.b;
    const g = s('g', { class: onPick && b.total ? 'bucket pickable' : 'bucket' },
      s('title', {}, `${b.key}: ${b.total} events\n` + QUADS.map((q) => `${QUAD[q].name}: ${b.counts[q]}`).join('\n') + (onPick ? '\nClick to list them.' : '')));
    if (onPick && b.total) g.addEventListener('click', () => onPick(bucketRange(b.key, unit)));
    for (const q of QUADS) {
      const hgt = y(b.counts[q]);
      if (hgt <= 0) continue;
      base -= hgt;
      g.append(s('rect', { x: pad.l + i * bw + 0.5, y: base, width: Math.max(1, bw - 1), height: hgt, fill: QUAD[q].color }));
    }
    svg.append(g);
  });
  const labelEvery = Math.max(1, Math.ceil(buckets.length / 8));
  buckets.forEach((b, i) => {
    if (i % labelEvery) return;
    svg.append(s('text', { x: pad.l + i * bw + bw / 2, y: H - 6, 'text-anchor': 'middle', class: 'tick' }, b.key));
  });
  return h('figure', { class: 'chart' }, svg, legend(), h('figcaption', {}, `Events per ${unit}, stacked by quad class.`));
}

export function legend(): HTMLElement {
  return h('ul', { class: 'legend' }, ...QUADS.map((q) => {
    const sw = h('span', { class: 'swatch' });
    sw.style.background = QUAD[q].color;
    return h('li', {}, sw, QUAD[q].name);
  }));
}
