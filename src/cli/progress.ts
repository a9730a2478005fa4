/** Progress on stderr for long runs: count, rate and ETA, at most a few lines a second. */

export interface Progress {
  tick(n?: number): void;
  setTotal(total: number | null): void;
  done(): void;
}

export function createProgress(label: string, opts: { enabled: boolean; total?: number | null; everyMs?: number } = { enabled: true }): Progress {
  const started = Date.now();
  let count = 0;
  let total = opts.total ?? null;
  let last = started;
  const tty = Boolean(process.stderr.isTTY);
  // On a terminal the line redraws itself; in a log, a line every ten seconds is enough.
  const every = opts.everyMs ?? (tty ? 1000 : 10_000);
  const line = () => {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? count / secs : 0;
    let s = `${label}: ${count}${total ? `/${total}` : ''} (${rate.toFixed(1)}/s`;
    if (total && rate > 0) s += `, ETA ${Math.max(0, Math.round((total - count) / rate))}s`;
    return s + ')';
  };
  return {
    tick(n = 1) {
      count += n;
      if (!opts.enabled) return;
      const now = Date.now();
      if (now - last >= every) {
        last = now;
        process.stderr.write(tty ? `\r${line()}\x1b[K` : `${line()}\n`);
      }
    },
    setTotal(t) { total = t; },
    done() {
      if (opts.enabled && last > started && tty) process.stderr.write('\n');
    },
  };
}
