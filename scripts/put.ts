/**
 * Where a build script puts its files: written, or (with --check) compared with the shipped
 * ones, so that a test can tell when shipped data no longer matches its inputs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

export interface Putter {
  /** Write text to path, or compare it with the file there. */
  write(path: string, text: string): void;
  /** In check mode: print the files that differ and exit 1 if any does. */
  finish(): void;
}

export function putter(check: boolean): Putter {
  const differ: string[] = [];
  return {
    write(path, text) {
      if (!check) writeFileSync(path, text);
      else if (!existsSync(path) || readFileSync(path, 'utf8') !== text) differ.push(relative(process.cwd(), path));
    },
    finish() {
      if (!check) return;
      if (differ.length) {
        for (const f of differ) console.error(`${f}: differs from what the build makes (rebuild and commit it)`);
        process.exit(1);
      }
      console.error('shipped files match the build');
    },
  };
}
