/**
 * Progress on stderr for long runs: count, rate and ETA, at most a few lines a second.
 * The ETA comes from the count when its total is known, else from work whose total is
 * known (the bytes of a run's input files, when it is not known how many articles they hold).
 */

export interface Progress {
  tick(n?: number): void;
  setTotal(total: number | null): void;
  /** Units of work done so far (of opts.work.total). */
  worked(done: number): void;
  done(): void;
}

export interface ProgressOptions {
  readonly enabled: boolean;
  readonly total?: number | null;
  /** Work whose total is known ahead, with how to write an amount of it. */
  readonly work?: { readonly total: number; readonly format: (n: number) => string };
  readonly everyMs?: number;
}

/** Bytes as a reader reads them: "812 kB", "12.3 MB". */
export function formatBytes(n: number): string {
  if (n < 1e6) return `${Math.round(n / 1e3)} kB`;
  if (n < 1e9) return `${(n / 1e6).toFixed(1)} MB`;
  return `${(n / 1e9).toFixed(2)} GB`;
}

export function createProgress(label: string, opts: ProgressOptions = { enabled: true }): Progress {
  const started = Date.now();
  let count = 0;
  let work = 0;
  let total = opts.total ?? null;
  let last = started;
  const tty = Boolean(process.stderr.isTTY);
  // On a terminal the line redraws itself; in a log, a line every ten seconds is enough.
  const every = opts.everyMs ?? (tty ? 1000 : 10_000);
  const line = () => {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? count / secs : 0;
    let s = `${label}: ${count}${total ? `/${total}` : ''} (${rate.toFixed(1)}/s`;
    const w = opts.work;
    if (w && w.total > 0) s += `, ${w.format(work)} of ${w.format(w.total)}`;
    if (total && rate > 0) s += `, ETA ${Math.max(0, Math.round((total - count) / rate))}s`;
    else if (w && w.total > 0 && work > 0 && secs > 0) s += `, ETA ${Math.max(0, Math.round(((w.total - work) * secs) / work))}s`;
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
    worked(n) { work = n; },
    done() {
      if (opts.enabled && last > started && tty) process.stderr.write('\n');
    },
  };
}
