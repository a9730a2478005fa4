import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bothWays, NEW_FLAG } from './both-ways.js';

describe('bothWays', () => {
  it('cancels what loading first gives a side: each side first once, the geometric mean of the two ratios', () => {
    const dir = mkdtempSync(join(tmpdir(), 'both-ways-test-'));
    try {
      const old = join(dir, 'old');
      mkdirSync(old);
      // A harness whose new code takes 0.9 of the old code's time, and whose side loaded first takes 8 % less time
      // whatever its code: it prints new/old time, "new" being the side after NEW_FLAG. It notes the copy it was given.
      const script = join(dir, 'harness.mjs');
      writeFileSync(script, `
        import { appendFileSync, existsSync } from 'node:fs';
        const args = process.argv.slice(2);
        const first = args[0], second = args[args.indexOf(${JSON.stringify(NEW_FLAG)}) + 1];
        const copy = first === ${JSON.stringify(old)} ? second : first;
        appendFileSync(${JSON.stringify(join(dir, 'seen'))}, copy + ' ' + existsSync(copy + '/src/analyzer.ts') + '\\n');
        const code = (d) => (d === ${JSON.stringify(old)} ? 1 : 0.9);
        console.log('ratio ' + code(second) / (code(first) * 0.92));
      `);
      const { a, b, mean } = bothWays(script, old, ['src'], []);
      // One way round the new side looks 2 % faster, the other way 17 %; it is 10 %.
      expect(a).toBeCloseTo(0.9 / 0.92, 6);
      expect(b).toBeCloseTo(0.9 * 0.92, 6);
      expect(mean).toBeCloseTo(0.9, 6);
      // Both runs had the same copy of the working tree's sources, removed once done.
      const seen = readFileSync(join(dir, 'seen'), 'utf8').trim().split('\n');
      expect(seen).toHaveLength(2);
      expect(seen[0]).toBe(seen[1]);
      expect(seen[0]!.endsWith(' true')).toBe(true);
      expect(existsSync(seen[0]!.split(' ')[0]!)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
