/**
 * Publication dates on htmldate's evaluation sets (../shared/corpora/htmldate-eval):
 * TP = correct date, FP = wrong date, FN = none, TN = none where the gold has none (one
 * page); accuracy = (TP + TN) / all pages (as
 * tests/evaluation.py), plus precision, recall and F-score.
 * Run: npx tsx eval/dates.ts [--pages]
 */
import { pathToFileURL } from 'node:url';
import { decodeHtml } from '../src/readers/html/index.js';
import { findPublicationDate } from '../src/readers/html/index.js';
import { loadHtmldateEval } from './web/corpora.js';
import { printFigures } from './web/figures.js';

export async function run(opts: { verbose?: boolean } = {}): Promise<Record<string, number>> {
  const pages = loadHtmldateEval();
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const perSet = new Map<string, { tp: number; n: number }>();
  for (const p of pages) {
    const d = decodeHtml(p.html);
    const got = d.ok ? findPublicationDate(d.text, p.url) : null;
    const s = perSet.get(p.set) ?? { tp: 0, n: 0 };
    s.n++;
    if (p.date === null) { if (got) fp++; else { tn++; s.tp++; } }
    else if (got === p.date) { tp++; s.tp++; }
    else if (got) { fp++; if (opts.verbose) console.log(`wrong\t${p.file}\t${got}\tgold ${p.date}\t${p.url}`); }
    else { fn++; if (opts.verbose) console.log(`none\t${p.file}\tgold ${p.date}\t${p.url}`); }
    perSet.set(p.set, s);
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const out: Record<string, number> = {
    pages: pages.length,
    accuracy: (tp + tn) / Math.max(1, pages.length),
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
  for (const [k, v] of perSet) out[`accuracy_${k}`] = v.tp / v.n;
  printFigures(out);
  return out;
}


if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run({ verbose: process.argv.includes('--pages') });
}
