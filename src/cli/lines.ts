/** Lines of stdin, one at a time, without holding the whole input. */
import { createInterface } from 'node:readline';

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
