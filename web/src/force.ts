/**
 * A small force-directed layout: nodes repel (inverse square), edges pull like springs
 * weighted by their count, a weak pull keeps the graph centred. Deterministic: nodes
 * start on a circle and the same input always gives the same picture.
 */
export interface LayoutNode { id: string; x: number; y: number }
export interface LayoutEdge { source: string; target: string; weight: number }

export function forceLayout(ids: readonly string[], edges: readonly LayoutEdge[], opts: { width: number; height: number; iterations?: number }): Map<string, LayoutNode> {
  const { width, height } = opts;
  const n = ids.length;
  const nodes = ids.map((id, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    return { id, x: width / 2 + (width / 3) * Math.cos(a), y: height / 2 + (height / 3) * Math.sin(a), vx: 0, vy: 0 };
  });
  const index = new Map(nodes.map((nd, i) => [nd.id, i]));
  const links = edges.map((e) => ({ a: index.get(e.source), b: index.get(e.target), w: e.weight }))
    .filter((l): l is { a: number; b: number; w: number } => l.a !== undefined && l.b !== undefined && l.a !== l.b);
  const maxW = Math.max(1, ...links.map((l) => l.w));
  const k = Math.sqrt((width * height) / Math.max(1, n)) * 0.6; // ideal distance
  const iterations = opts.iterations ?? 300;
  for (let it = 0; it < iterations; it++) {
    const temp = (1 - it / iterations) * k * 0.5 + 1;
    for (let i = 0; i < n; i++) { nodes[i]!.vx = 0; nodes[i]!.vy = 0; }
    for (let i = 0; i < n; i++) {
      const p = nodes[i]!;
      for (let j = i + 1; j < n; j++) {
        const q = nodes[j]!;
        let dx = p.x - q.x, dy = p.y - q.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = (i - j) * 0.1; dy = 0.1; d2 = dx * dx + dy * dy; }
        const f = (k * k) / d2;
        p.vx += dx * f; p.vy += dy * f; q.vx -= dx * f; q.vy -= dy * f;
      }
    }
    for (const l of links) {
      const p = nodes[l.a]!, q = nodes[l.b]!;
      const dx = p.x - q.x, dy = p.y - q.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      const f = (d / k) * (0.5 + l.w / maxW);
      p.vx -= dx * f; p.vy -= dy * f; q.vx += dx * f; q.vy += dy * f;
    }
    for (const p of nodes) {
      p.vx += (width / 2 - p.x) * 0.05; p.vy += (height / 2 - p.y) * 0.05;
      const v = Math.sqrt(p.vx * p.vx + p.vy * p.vy) || 1;
      const step = Math.min(v, temp);
      p.x += (p.vx / v) * step; p.y += (p.vy / v) * step;
      p.x = Math.max(60, Math.min(width - 60, p.x)); p.y = Math.max(40, Math.min(height - 30, p.y));
    }
  }
  return new Map(nodes.map((p) => [p.id, { id: p.id, x: p.x, y: p.y }]));
}
