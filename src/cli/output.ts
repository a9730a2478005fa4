/** Writing to stdout without losing data to back-pressure, and one-line errors on stderr. */

export function writeOut(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

export function warn(input: string, reason: string): void {
  process.stderr.write(`dateline: ${input}: ${reason.replace(/\s*\n\s*/g, ' ')}\n`);
}

/** Usage errors end the run with status 2. */
export class UsageError extends Error {
  readonly code = 'usage' as const;
}
