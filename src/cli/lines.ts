/** Lines of stdin, one at a time, without holding the whole input. */
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import { warn, writeOut } from './output.js';

export async function* stdinLines(): AsyncIterable<string> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

/** JSON lines of stdin: each parsed, or an error naming the line. */
export async function* jsonLines(): AsyncIterable<{ line: number; value?: unknown; error?: string }> {
  let n = 0;
  for await (const raw of stdinLines()) {
    n++;
    if (!raw.trim()) continue;
    try {
      yield { line: n, value: JSON.parse(raw) };
    } catch (e) {
      yield { line: n, error: `line ${n}: not JSON (${(e as Error).message})` };
    }
  }
}

/**
 * JSON lines of stdin checked against a schema: good values are yielded; a bad line gets
 * a one-line warning on stderr and an `{"id", "error"}` line on stdout, and is counted.
 */
export async function* validLines<T>(schema: z.ZodType<T>, counts: { failed: number }): AsyncIterable<T> {
  for await (const l of jsonLines()) {
    const parsed = l.error ? null : schema.safeParse(l.value);
    if (parsed?.success) { yield parsed.data; continue; }
    counts.failed++;
    const issue = parsed?.error.issues[0];
    const reason = l.error ?? `line ${l.line}: ${issue?.path.join('.') || 'value'}: ${issue?.message}`;
    warn('stdin', reason);
    await writeOut(JSON.stringify({ id: (l.value as { id?: unknown } | undefined)?.id ?? null, error: reason }) + '\n');
  }
}
