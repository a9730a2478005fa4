/** A world map of event places over shipped Natural Earth country shapes (no tiles). */
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { api, type EventSummary, type Filters } from '../api.js';
import { QUAD, type Quad } from '../colors.js';
import { h, mount, s } from '../dom.js';
import { go } from '../route.js';
import { coverage } from './events.js';
import { errorBox, filterBar } from './filters.js';
import { legend } from './timeline.js';

let shapes: Promise<GeoJSON.FeatureCollection> | null = null;
function countries(): Promise<GeoJSON.FeatureCollection> {
  shapes ??= fetch('countries-110m.json').then((r) => {
    if (!r.ok) throw new Error(`country shapes: HTTP ${r.status}`);
    return r.json() as Promise<Topology<{ countries: GeometryCollection }>>;
  }).then((topo) => feature(topo, topo.objects.countries) as GeoJSON.FeatureCollection);
  return shapes;
}

export interface PlacePoint { name: string; country: string; lat: number; lon: number; count: number; quad: Quad; counts: Record<Quad, number> }

export function placePoints(places: EventSummary['places']): PlacePoint[] {
  return places.map((p) => {
    const counts: Record<Quad, number> = { 1: p.counts[0], 2: p.counts[1], 3: p.counts[2], 4: p.counts[3] };
    const quad = ([1, 2, 3, 4] as Quad[]).reduce((best, q) => (counts[q] > counts[best] ? q : best), 1 as Quad);
    return { name: p.name, country: p.country, lat: p.lat, lon: p.lon, count: counts[1] + counts[2] + counts[3] + counts[4], quad, counts };
  }).filter((p) => p.count > 0).sort((a, b) => b.count - a.count);
}

function draw(world: GeoJSON.FeatureCollection, places: EventSummary['places']): SVGSVGElement {
  const W = 960, H = 500;
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [W - 4, H - 4]], { type: 'Sphere' });
  const path = geoPath(projection);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', id: 'map-svg', role: 'img', 'aria-label': 'Map of event places' });
  svg.append(s('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }));
  svg.append(s('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }));
  for (const f of world.features) {
    svg.append(s('path', { d: path(f) ?? '', class: 'country' }, s('title', {}, String(f.properties?.name ?? ''))));
  }
  const points = placePoints(places);
  const max = Math.max(1, ...points.map((p) => p.count));
  for (const p of [...points].reverse()) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const c = s('circle', {
      cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (3 + 17 * Math.sqrt(p.count / max)).toFixed(1),
      fill: QUAD[p.quad].color, class: 'place-dot', tabindex: 0,
    }, s('title', {}, `${p.name} (${p.country}): ${p.count} event${p.count === 1 ? '' : 's'}. Click to list them.`));
    c.addEventListener('click', () => go('events', null, { place: p.name }));
    svg.append(c);
  }
  return svg;
}

export function mapView(root: HTMLElement, f: Filters): void {
  const slot = h('div', { class: 'chart-slot' }, h('p', { class: 'muted' }, 'Loading map…'));
  mount(root, h('section', { class: 'view' }, filterBar('map', f), slot));
  Promise.all([countries(), api.summary(f)]).then(([world, sum]) => {
    const located = sum.places.reduce((n, p) => n + p.counts[0] + p.counts[1] + p.counts[2] + p.counts[3], 0);
    mount(slot, h('figure', { class: 'chart' }, draw(world, sum.places), legend(),
      h('figcaption', {}, `${located.toLocaleString('en')} events with a place. Circle area is the number of events; colour their most frequent quad class. Click a circle to list its events. Country shapes: Natural Earth 1:110m via world-atlas.`),
      coverage(sum)));
  }).catch((err) => mount(slot, errorBox(err)));
}
