import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgress, formatBytes } from './progress.js';

describe('progress', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const lines = () => {
    const out: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
    return out;
  };

  it('gives the ETA from the input bytes read when the number of articles is not known', () => {
    const out = lines();
    vi.useFakeTimers();
    vi.setSystemTime(0);
    const p = createProgress('analyze', { enabled: true, everyMs: 0, work: { total: 4_000_000, format: formatBytes } });
    vi.setSystemTime(10_000);
    p.worked(1_000_000);
    p.tick(5);
    // A quarter of the bytes in ten seconds: thirty more.
    expect(out.at(-1)).toMatch(/^analyze: 5 \(0\.5\/s, 1\.0 MB of 4\.0 MB, ETA 30s\)\n?$/);
  });

  it('gives the ETA from the count when its total is known, and none before any work is done', () => {
    const out = lines();
    vi.useFakeTimers();
    vi.setSystemTime(0);
    const p = createProgress('code', { enabled: true, everyMs: 0, total: 40 });
    vi.setSystemTime(4_000);
    p.tick(10);
    expect(out.at(-1)).toMatch(/^code: 10\/40 \(2\.5\/s, ETA 12s\)\n?$/);
    const q = createProgress('analyze', { enabled: true, everyMs: 0, work: { total: 4_000_000, format: formatBytes } });
    vi.setSystemTime(8_000);
    q.tick();
    expect(out.at(-1)).toMatch(/^analyze: 1 \(0\.\d\/s, 0 kB of 4\.0 MB\)\n?$/);
  });

  it('writes nothing when turned off', () => {
    const out = lines();
    const p = createProgress('analyze', { enabled: false, everyMs: 0 });
    p.tick(3);
    p.done();
    expect(out).toEqual([]);
  });
});
