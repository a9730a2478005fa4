/** PETRARCH discard lists (*.discards.txt): '+PHRASE' discards the story, 'PHRASE' the sentence. */
import { readLines } from './lines.js';
import type { DictIssue, DiscardEntry, Parsed } from './types.js';

export function parseDiscardList(text: string, file: string): Parsed<DiscardEntry[]> {
  const issues: DictIssue[] = [];
  const out: DiscardEntry[] = [];
  for (const { n, text: raw } of readLines(text)) {
    let line = raw.trim();
    const story = line.startsWith('+');
    if (story) line = line.slice(1).trim();
    const whole = line.endsWith('_');
    line = line.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
    if (!line) { issues.push({ code: 'bad_line', file, line: n, message: 'empty discard entry' }); continue; }
    out.push({ text: line, story, whole });
  }
  return { value: out, issues };
}
