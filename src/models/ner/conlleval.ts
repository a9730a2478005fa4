/** conlleval-style scoring: exact entity matches, precision/recall/F1 per type and overall. */
import { chunks } from './labels.js';

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
}

export interface Evaluation {
  readonly overall: Scores;
  readonly byType: Record<string, Scores>;
  readonly tokenAccuracy: number;
}

function scores(correct: number, predicted: number, gold: number): Scores {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}

export function evaluate(pairs: Iterable<{ gold: readonly string[]; pred: readonly string[] }>): Evaluation {
  const counts = new Map<string, [number, number, number]>();
  const get = (t: string) => { let c = counts.get(t); if (!c) { c = [0, 0, 0]; counts.set(t, c); } return c; };
  let tokens = 0, tokOk = 0;
  for (const { gold, pred } of pairs) {
    for (let i = 0; i < gold.length; i++) { tokens++; if (gold[i] === pred[i]) tokOk++; }
    const g = chunks(gold), p = chunks(pred);
    const key = (c: { start: number; end: number; type: string }) => `${c.start}:${c.end}:${c.type}`;
    const gs = new Set(g.map(key));
    for (const c of g) get(c.type)[2]++;
    for (const c of p) { const e = get(c.type); e[1]++; if (gs.has(key(c))) e[0]++; }
  }
  const byType: Record<string, Scores> = {};
  let c = 0, p = 0, g = 0;
  for (const [t, [cc, pp, gg]] of [...counts].sort()) { byType[t] = scores(cc, pp, gg); c += cc; p += pp; g += gg; }
  return { overall: scores(c, p, g), byType, tokenAccuracy: tokens ? tokOk / tokens : 0 };
}
