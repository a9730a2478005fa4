/**
 * trafilatura's evaluation set (../shared/corpora/trafilatura-eval): per page, snippets that
 * must appear in the extracted text (TP if found, FN if not) and boilerplate snippets that
 * must not (FP if found, TN if not), whitespace-normalised substring tests, micro-averaged;
 * F1 = 2TP / (2TP + FP + FN), as tests/eval_common.py computes it. readability+linkedom is
 * scored in the same run for comparison.
 * Run: npx tsx eval/trafilatura.ts [--pages] [--no-baseline]
 */
import { pathToFileURL } from 'node:url';
import { decodeHtml, extractArticle } from '../src/readers/html/index.js';
import { loadTrafilaturaEval, type SnippetPage } from './web/corpora.js';
import { readabilityText } from './web/readability.js';
import { printFigures } from './web/figures.js';

interface Counts { tp: number; fn: number; fp: number; tn: number }

const ws = (s: string) => s.replace(/\s+/g, ' ').trim();

export function scoreSnippets(page: SnippetPage, text: string | null): Counts {
  const c: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  const t = text ? ws(text) : null;
  for (const w of page.with) if (t && t.includes(ws(w))) c.tp++; else c.fn++;
  for (const w of page.without) if (t && t.includes(ws(w))) c.fp++; else c.tn++;
  return c;
}

function summary(c: Counts): { precision: number; recall: number; accuracy: number; f1: number } {
  return {
    precision: c.tp / Math.max(1, c.tp + c.fp),
    recall: c.tp / Math.max(1, c.tp + c.fn),
    accuracy: (c.tp + c.tn) / Math.max(1, c.tp + c.tn + c.fp + c.fn),
    f1: (2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn),
  };
}

export async function run(opts: { baseline?: boolean; verbose?: boolean } = {}): Promise<Record<string, number>> {
  const pages = loadTrafilaturaEval();
  const mine: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  const base: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  const bad: { file: string; c: Counts }[] = [];
  for (const p of pages) {
    const d = decodeHtml(p.html);
    const html = d.ok ? d.text : '';
    const a = extractArticle(html, p.url);
    const c = scoreSnippets(p, a.empty ? null : a.text);
    for (const k of ['tp', 'fn', 'fp', 'tn'] as const) mine[k] += c[k];
    if (c.fn + c.fp > 0) bad.push({ file: p.file, c });
    if (opts.baseline !== false) {
      const b = scoreSnippets(p, readabilityText(html) || null);
      for (const k of ['tp', 'fn', 'fp', 'tn'] as const) base[k] += b[k];
    }
  }
  const m = summary(mine);
  const out: Record<string, number> = { pages: pages.length, f1: m.f1, precision: m.precision, recall: m.recall, accuracy: m.accuracy };
  if (opts.baseline !== false) {
    const b = summary(base);
    Object.assign(out, { readabilityF1: b.f1, readabilityPrecision: b.precision, readabilityRecall: b.recall });
  }
  if (opts.verbose) {
    bad.sort((a, b) => b.c.fn + b.c.fp - (a.c.fn + a.c.fp));
    for (const b of bad.slice(0, 40)) console.log(`${b.file}\tFN=${b.c.fn} FP=${b.c.fp}`);
  }
  printFigures(out);
  return out;
}


if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run({ verbose: process.argv.includes('--pages'), baseline: !process.argv.includes('--no-baseline') });
}
