/**
 * The shipped files of data/pos: abbreviations, sentence openers, the tagger's weights and
 * the lemma table. Each loader checks its file line by line and names file and line of a
 * bad entry. Files are read once per process; what they hold is never mutated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** data/pos, relative to this module: src/nlp or dist/src/nlp → ../../data/pos (both layouts tried). */
export function dataDir(): string {
  for (const rel of ['../../data/pos/', '../../../data/pos/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    try {
      readFileSync(join(dir, 'abbreviations.txt'));
      return dir;
    } catch {
      /* try the next layout */
    }
  }
  throw new Error('data/pos not found beside src/nlp');
}

export class DataFileError extends Error {
  readonly code = 'bad-data-file';
  constructor(readonly file: string, readonly line: number, readonly reason: string) {
    super(`${file}:${line}: ${reason}`);
  }
}

/** Non-comment, non-blank lines with their 1-based line numbers. */
export function dataLines(file: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.replace(/\r$/, '');
    if (t.trim() === '' || t.startsWith('#')) continue;
    out.push({ line: i + 1, text: t });
  }
  return out;
}

export type AbbreviationKind = 'title' | 'other';

/** data/pos/abbreviations.txt: abbreviation (ending in a period) → kind. */
export function loadAbbreviations(file = join(dataDir(), 'abbreviations.txt')): ReadonlyMap<string, AbbreviationKind> {
  const out = new Map<string, AbbreviationKind>();
  for (const { line, text } of dataLines(file)) {
    const [abbr, kind, extra] = text.split('\t');
    if (!abbr || !abbr.endsWith('.') || /\s/.test(abbr)) throw new DataFileError(file, line, `abbreviation must end in a period and hold no space: ${JSON.stringify(abbr)}`);
    if (kind !== 'title' && kind !== 'other') throw new DataFileError(file, line, `kind must be "title" or "other", not ${JSON.stringify(kind)}`);
    if (extra !== undefined) throw new DataFileError(file, line, 'expected two tab-separated columns');
    if (out.has(abbr)) throw new DataFileError(file, line, `duplicate abbreviation ${abbr}`);
    out.set(abbr, kind);
  }
  return out;
}

/** data/pos/sentence-starters.txt: capitalised words that open sentences. */
export function loadSentenceStarters(file = join(dataDir(), 'sentence-starters.txt')): ReadonlySet<string> {
  const out = new Set<string>();
  for (const { line, text } of dataLines(file)) {
    if (!/^[A-Z][a-z]*$/.test(text)) throw new DataFileError(file, line, `expected one capitalised word, got ${JSON.stringify(text)}`);
    out.add(text);
  }
  return out;
}
