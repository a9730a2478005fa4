/**
 * The scrapinghub article-extraction-benchmark metric (evaluate.py): word 4-gram shingles
 * over \w+ tokens; per page TP/FP/FN normalised to sum 1; precision and recall averaged
 * over pages; F1 is the harmonic mean of the mean precision and mean recall.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const toks = text.match(TOKEN) ?? [];
  const k = Math.min(toks.length, n);
  const out = new Map<string, number>();
  for (let i = 0; i + k <= toks.length && k > 0; i++) {
    const key = toks.slice(i, i + k).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore { tp: number; fp: number; fn: number; precision: number; recall: number }

export function scorePage(truth: string, pred: string): PageScore {
  const t = shingles(truth), p = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const [k, tc] of t) { const pc = p.get(k) ?? 0; tp += Math.min(tc, pc); fn += Math.max(0, tc - pc); }
  for (const [k, pc] of p) { const tc = t.get(k) ?? 0; fp += Math.max(0, pc - tc); }
  const s = tp + fp + fn;
  if (s > 0) { tp /= s; fp /= s; fn /= s; }
  const precision = tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
  return { tp, fp, fn, precision, recall };
}

export function aggregate(scores: readonly PageScore[]): { precision: number; recall: number; f1: number } {
  const precision = scores.reduce((s, x) => s + x.precision, 0) / Math.max(1, scores.length);
  const recall = scores.reduce((s, x) => s + x.recall, 0) / Math.max(1, scores.length);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
