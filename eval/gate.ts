/**
 * The accuracy gate: run every evaluation, and fail when a score falls below the floor
 * pinned in floors.json for the same data (by hash). Scores may rise freely.
 * usage: npm run eval [-- --only NAME[,NAME]] [-- --pin]   (--pin writes the current scores as floors)
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED } from '../test/shared.js';
import { EVALS } from './registry.js';

interface Pinned { data: string; floors: Record<string, number>; measured?: Record<string, number> }
const FLOORS = fileURLToPath(new URL('./floors.json', import.meta.url));
/** Room below a measured score when pinning, for harmless nondeterminism (none expected). */
const SLACK = 0.002;

function files(p: string): string[] {
  const st = statSync(p);
  if (st.isFile()) return [p];
  return readdirSync(p).sort().flatMap((f) => files(join(p, f)));
}

export function dataHash(paths: readonly string[]): string {
  const h = createHash('sha256');
  for (const rel of paths) for (const f of files(join(SHARED, rel))) {
    h.update(f.slice(SHARED.length)); h.update('\0'); h.update(readFileSync(f));
  }
  return h.digest('hex').slice(0, 16);
}

async function main(): Promise<number> {
  const pin = process.argv.includes('--pin');
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]!.split(',') : null;
  const pinned: Record<string, Pinned> = JSON.parse(readFileSync(FLOORS, 'utf8'));
  const failures: string[] = [];
  for (const e of EVALS) {
    if (only && !only.includes(e.name)) continue;
    const hash = dataHash(e.data);
    const t0 = Date.now();
    const mod = (await import(e.module)) as { run: () => Promise<Record<string, number>> };
    const scores = await mod.run();
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    const p = pinned[e.name];
    if (pin) {
      const floors: Record<string, number> = {};
      const skip = new Set(['stories', 'n', ...(e.notScores ?? [])]);
      for (const [k, v] of Object.entries(scores)) if (!skip.has(k) && !k.startsWith('count') && v <= 1) floors[k] = Math.max(0, Math.floor((v - SLACK) * 1000) / 1000);
      pinned[e.name] = { data: hash, floors, measured: scores };
      console.log(`gate: ${e.name} pinned (${secs}s)`);
      continue;
    }
    if (!p) { failures.push(`${e.name}: no floors pinned (run npm run eval -- --pin)`); continue; }
    if (p.data !== hash) { failures.push(`${e.name}: data changed (hash ${hash}, pinned on ${p.data}); re-pin deliberately`); continue; }
    for (const [k, floor] of Object.entries(p.floors)) {
      const v = scores[k];
      if (v === undefined) failures.push(`${e.name}.${k}: not reported`);
      else if (v < floor) failures.push(`${e.name}.${k}: ${v.toFixed(4)} < floor ${floor}`);
      else console.log(`gate: ${e.name}.${k} ${v.toFixed(4)} >= ${floor}`);
    }
    console.log(`gate: ${e.name} done in ${secs}s`);
  }
  if (pin) { writeFileSync(FLOORS, JSON.stringify(pinned, null, 2) + '\n'); return 0; }
  for (const f of failures) console.error(`gate: FAIL ${f}`);
  console.log(failures.length ? `gate: ${failures.length} failed` : 'gate: all floors held');
  return failures.length ? 1 : 0;
}

process.exitCode = await main();
