/**
 * An A/B measure taken both ways round. Two copies of the same code in one process do not run at the same speed: timed
 * against a copy of itself, the side loaded first took about 8 % less time in bench/ab-quotes.ts and 11 to 13 % less in
 * bench/ab.ts (and a side whose modules the pipeline that made the documents shares, as the working tree's own did, less
 * again). So a harness measures twice, in two processes, on copies of both sides made outside the working tree, each
 * side loaded first once; the figure is the geometric mean of the two ratios, in which what the order gives cancels out.
 * Timed against itself this way: 0.998 (ab-quotes, time) and 1.009 (ab.ts, speed).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The flag that tells a harness it is one of the two measures, followed by the directory of its "new" side. */
export const NEW_FLAG = '--new';

/**
 * Runs `script` (a harness) twice, OLD_DIR and a copy of the working tree's `dirs` as its two sides, each side loaded
 * first once (script OLD --new COPY …, then script COPY --new OLD …); each run prints a line "ratio R", its new/old figure.
 * Returns both ratios and their geometric mean, as new/old: a = with the old side first, b = the other way round.
 */
export function bothWays(script: string, oldDir: string, dirs: readonly string[], rest: readonly string[]): { a: number; b: number; mean: number } {
  const root = resolve(import.meta.dirname, '..');
  const copy = mkdtempSync(join(tmpdir(), 'ab-'));
  try {
    for (const d of dirs) cpSync(join(root, d), join(copy, d), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    if (!dirs.includes('data')) symlinkSync(join(root, 'data'), join(copy, 'data'));
    const measure = (first: string, second: string, label: string): number => {
      console.log(`== ${label}`);
      const r = spawnSync(process.execPath, ['--import', 'tsx', script, first, NEW_FLAG, second, ...rest], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
      process.stdout.write(r.stdout);
      const m = /^ratio (\S+)$/m.exec(r.stdout);
      if (r.status !== 0 || !m) throw new Error(`${script}: the measure with ${label} failed`);
      return Number(m[1]);
    };
    const a = measure(resolve(oldDir), copy, 'the old side loaded first');
    // Run the other way round, the ratio is old/new.
    const b = 1 / measure(copy, resolve(oldDir), 'the new side loaded first');
    return { a, b, mean: Math.sqrt(a * b) };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
