/**
 * Extraction speed: pages per second of dateline's extractor and of @mozilla/readability
 * over linkedom, on the same decoded pages (../shared/corpora/article-extraction) in the
 * same run, one process, after one warm-up pass each; with each one's F1 on those pages.
 * Run: npx tsx bench/extraction.ts [rounds]
 */
import { pathToFileURL } from 'node:url';
import { decodeHtml, extractArticle } from '../src/readers/html/index.js';
import { loadArticleExtraction } from '../eval/web/corpora.js';
import { readabilityText } from '../eval/web/readability.js';
import { aggregate, scorePage } from '../eval/web/shingles.js';

function time(pages: readonly { html: string; url: string }[], rounds: number, fn: (html: string, url: string) => string): { pagesPerSec: number; texts: string[] } {
  let texts: string[] = pages.map((p) => fn(p.html, p.url)); // warm-up
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) texts = pages.map((p) => fn(p.html, p.url));
  const secs = (performance.now() - t0) / 1000;
  return { pagesPerSec: (pages.length * rounds) / secs, texts };
}

export async function run(rounds = 3): Promise<Record<string, number>> {
  const corpus = loadArticleExtraction();
  const pages = corpus.map((p) => { const d = decodeHtml(p.html); return { html: d.ok ? d.text : '', url: p.url, body: p.body }; });
  const mine = time(pages, rounds, (h, u) => extractArticle(h, u).text);
  const base = time(pages, rounds, (h) => readabilityText(h));
  const f1 = (texts: string[]) => aggregate(pages.map((p, i) => scorePage(p.body, texts[i]!))).f1;
  const out: Record<string, number> = {
    pages: pages.length,
    rounds,
    millionChars: pages.reduce((s, p) => s + p.html.length, 0) / 1e6,
    pagesPerSec: mine.pagesPerSec,
    readabilityPagesPerSec: base.pagesPerSec,
    speedup: mine.pagesPerSec / base.pagesPerSec,
    f1: f1(mine.texts),
    readabilityF1: f1(base.texts),
  };
  for (const [k, v] of Object.entries(out)) console.log(`${k}\t${Number.isInteger(v) ? v : v.toFixed(3)}`);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run(Number(process.argv[2] ?? 3));
}
