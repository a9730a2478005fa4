import type { Paragraph } from '../../document/layers.js';

/**
 * Paragraphs, by the convention the text itself uses:
 * - blank lines between blocks (most text and extracted HTML), and indented first
 *   lines (wrapped newswire such as Reuters-21578);
 * - else one paragraph per line.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const blank = /\n[ \t\u00a0\r]*\n/.test(text);
  const indent = /\n[ \t]{2,}\S/.test(text);
  const sep = blank || indent ? /\n[ \t\u00a0\r]*\n\s*|\n(?=[ \t]{2,}\S)\s*/g : /\r?\n\s*/g;
  const out: Paragraph[] = [];
  let last = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (const m of text.matchAll(sep)) {
    push(last, m.index!);
    last = m.index! + m[0].length;
  }
  push(last, text.length);
  return out;
}
