/**
 * NER evaluation, conlleval-style: exact entity matches on CoNLL-2003 valid (the tuning
 * split; the test split is never read). Prints precision, recall and F1 per type and overall.
 * Run: npx tsx eval/ner.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { loadNerModel } from '../src/models/ner/model.js';
import { parseConll } from '../src/models/ner/conll.js';
import { evaluate } from '../src/models/ner/conlleval.js';
import { SHARED } from '../test/shared.js';

const VALID = join(SHARED, 'corpora/conll2003/valid.txt');

export async function run(path: string = VALID): Promise<Record<string, number>> {
  const model = loadNerModel();
  const docs = parseConll(readFileSync(path, 'utf8'));
  const pairs: { gold: string[]; pred: string[] }[] = [];
  for (const d of docs) {
    const pred = model.tagDocument(d.map((s) => s.words));
    d.forEach((s, i) => pairs.push({ gold: s.tags, pred: pred[i]! }));
  }
  const ev = evaluate(pairs);
  const out: Record<string, number> = {
    f1: ev.overall.f1, precision: ev.overall.precision, recall: ev.overall.recall, token_accuracy: ev.tokenAccuracy,
  };
  for (const [t, s] of Object.entries(ev.byType)) { out[`f1_${t}`] = s.f1; out[`precision_${t}`] = s.precision; out[`recall_${t}`] = s.recall; }
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  console.log(`CoNLL-2003 valid: ${pairs.length} sentences, ${ev.overall.gold} entities`);
  console.log(`accuracy: ${pct(ev.tokenAccuracy)}%; precision: ${pct(ev.overall.precision)}%; recall: ${pct(ev.overall.recall)}%; FB1: ${pct(ev.overall.f1)}`);
  for (const [t, s] of Object.entries(ev.byType)) {
    console.log(`${t.padStart(17)}: precision: ${pct(s.precision)}%; recall: ${pct(s.recall)}%; FB1: ${pct(s.f1)}  ${s.predicted}`);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await run();
}
