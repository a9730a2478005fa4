/** The actor network: who acts on whom, edges weighted by events, coloured by quad class. */
import { api, type EventSummary, type Filters } from '../api.js';
import { QUAD, type Quad } from '../colors.js';
import { h, mount, s } from '../dom.js';
import { forceLayout } from '../force.js';
import { go } from '../route.js';
import { coverage } from './events.js';
import { errorBox, filterBar } from './filters.js';
import { legend } from './timeline.js';

const MAX_NODES = 40;

export interface Dyad { source: string; target: string; weight: number; quad: Quad; counts: Record<Quad, number> }
export interface ActorNode { code: string; name: string; degree: number }

/** Actor nodes (the most active) and their directed edges, coloured by their most frequent quad class. */
export function network(dyads: EventSummary['dyads'], maxNodes = MAX_NODES): { nodes: ActorNode[]; edges: Dyad[] } {
  const nodes = new Map<string, ActorNode>();
  const edges: Dyad[] = [];
  for (const d of dyads) {
    if (d.source.code === d.target.code) continue;
    const counts: Record<Quad, number> = { 1: d.counts[0], 2: d.counts[1], 3: d.counts[2], 4: d.counts[3] };
    const weight = counts[1] + counts[2] + counts[3] + counts[4];
    if (!weight) continue;
    for (const a of [d.source, d.target]) {
      const n = nodes.get(a.code) ?? { code: a.code, name: a.name, degree: 0 };
      n.degree += weight;
      nodes.set(a.code, n);
    }
    const quad = ([1, 2, 3, 4] as Quad[]).reduce((best, q) => (counts[q] > counts[best] ? q : best), 1 as Quad);
    edges.push({ source: d.source.code, target: d.target.code, weight, quad, counts });
  }
  const top = [...nodes.values()].sort((a, b) => b.degree - a.degree || a.code.localeCompare(b.code)).slice(0, maxNodes);
  const keep = new Set(top.map((n) => n.code));
  return { nodes: top, edges: edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
}

function draw(dyads: EventSummary['dyads']): SVGSVGElement | HTMLElement {
  const { nodes, edges } = network(dyads);
  if (!nodes.length) return h('p', { class: 'muted' }, 'No events with both a source and a target match these filters.');
  const W = 960, H = 620;
  const pos = forceLayout(nodes.map((n) => n.code), edges, { width: W, height: H });
  const maxW = Math.max(...edges.map((e) => e.weight), 1);
  const maxD = Math.max(...nodes.map((n) => n.degree));
  const radius = (n: ActorNode) => 6 + 14 * Math.sqrt(n.degree / maxD);
  const rOf = new Map(nodes.map((n) => [n.code, radius(n)]));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network', id: 'network-svg', role: 'img', 'aria-label': 'Actor network' });
  const defs = s('defs');
  for (const q of [1, 2, 3, 4] as Quad[]) {
    defs.append(s('marker', { id: `arrow-${q}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerUnits: 'userSpaceOnUse', markerWidth: 11, markerHeight: 11, orient: 'auto-start-reverse' },
      s('path', { d: 'M0,0 L10,5 L0,10 z', fill: QUAD[q].color })));
  }
  svg.append(defs);
  for (const e of edges) {
    const a = pos.get(e.source)!, b = pos.get(e.target)!;
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy) || 1;
    // Curve each direction of a pair to opposite sides so A→B and B→A both show.
    const mx = (a.x + b.x) / 2 - (dy / d) * 18, my = (a.y + b.y) / 2 + (dx / d) * 18;
    const rb = rOf.get(e.target)! + 2;
    const ex = b.x - ((b.x - mx) / Math.hypot(b.x - mx, b.y - my)) * rb;
    const ey = b.y - ((b.y - my) / Math.hypot(b.x - mx, b.y - my)) * rb;
    svg.append(s('path', {
      d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
      class: 'edge', stroke: QUAD[e.quad].color, 'stroke-width': (1 + 5 * (e.weight / maxW)).toFixed(2),
      'marker-end': `url(#arrow-${e.quad})`, fill: 'none',
    }, s('title', {}, `${e.source} → ${e.target}: ${e.weight} event${e.weight === 1 ? '' : 's'} (mostly ${QUAD[e.quad].name.toLowerCase()})`)));
  }
  for (const n of nodes) {
    const p = pos.get(n.code)!;
    const g = s('g', { class: 'node', tabindex: 0, 'data-code': n.code, transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})` },
      s('title', {}, `${n.name} (${n.code}): ${n.degree} event ends. Click to filter the table.`),
      s('circle', { r: rOf.get(n.code)!.toFixed(1) }),
      s('text', { y: -rOf.get(n.code)! - 4, 'text-anchor': 'middle' }, n.code));
    const open = () => go('events', null, { actor: n.code });
    g.addEventListener('click', open);
    g.addEventListener('keydown', (ev) => { if ((ev as KeyboardEvent).key === 'Enter') open(); });
    svg.append(g);
  }
  return svg;
}

export function networkView(root: HTMLElement, f: Filters): void {
  const slot = h('div', { class: 'chart-slot' }, h('p', { class: 'muted' }, 'Loading events…'));
  mount(root, h('section', { class: 'view' }, filterBar('network', f), slot));
  api.summary(f).then((sum) => {
    mount(slot, h('figure', { class: 'chart' }, draw(sum.dyads), legend(),
      h('figcaption', {}, `Who acts on whom: the ${MAX_NODES} most active actors. Edge width is the number of events; colour their most frequent quad class. Click an actor to list its events.`),
      coverage(sum)));
  }).catch((err) => mount(slot, errorBox(err)));
}
