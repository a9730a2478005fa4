/**
 * Article extraction on the scrapinghub benchmark (../shared/corpora/article-extraction):
 * word 4-gram shingle precision/recall per page, averaged; F1 of the means. The same run
 * scores @mozilla/readability + linkedom for comparison.
 * Run: npx tsx eval/extraction.ts [--pages] (per-page scores of the worst pages)
 */
import { pathToFileURL } from 'node:url';
import { decodeHtml, extractArticle } from '../src/readers/html/index.js';
import { loadArticleExtraction } from './web/corpora.js';
import { readabilityText } from './web/readability.js';
import { aggregate, scorePage, type PageScore } from './web/shingles.js';
import { printFigures } from './web/figures.js';

export async function run(opts: { baseline?: boolean; verbose?: boolean } = {}): Promise<Record<string, number>> {
  const pages = loadArticleExtraction();
  const mine: (PageScore & { id: string })[] = [];
  const base: PageScore[] = [];
  for (const p of pages) {
    const d = decodeHtml(p.html);
    const html = d.ok ? d.text : '';
    const a = extractArticle(html, p.url);
    mine.push({ id: p.id, ...scorePage(p.body, a.text) });
    if (opts.baseline !== false) base.push(scorePage(p.body, readabilityText(html)));
  }
  const m = aggregate(mine);
  const out: Record<string, number> = { pages: pages.length, f1: m.f1, precision: m.precision, recall: m.recall };
  if (base.length) {
    const b = aggregate(base);
    Object.assign(out, { readabilityF1: b.f1, readabilityPrecision: b.precision, readabilityRecall: b.recall });
  }
  if (opts.verbose) {
    const worst = mine.map((s) => ({ ...s, f: (2 * s.precision * s.recall) / (s.precision + s.recall || 1) })).sort((a, b) => a.f - b.f).slice(0, 25);
    for (const w of worst) console.log(`${w.id.slice(0, 12)} P=${w.precision.toFixed(3)} R=${w.recall.toFixed(3)} F=${w.f.toFixed(3)}`);
  }
  printFigures(out);
  return out;
}


if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run({ verbose: process.argv.includes('--pages'), baseline: !process.argv.includes('--no-baseline') });
}
