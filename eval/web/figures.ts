/** The web evaluations' output: one figure per line, name and value tab-separated. */
export function printFigures(r: Record<string, number>): void {
  for (const [k, v] of Object.entries(r)) console.log(`${k}\t${Number.isInteger(v) ? v : v.toFixed(4)}`);
}
