/**
 * Train the named-entity tagger, deterministically (fixed seeds, fixed file order):
 *   1. gazetteer from PETRARCH2 actor dictionaries + data/ner/gazetteer-extra.tsv
 *   2. word clusters and capitalisation statistics from the raw corpora in ../shared
 *   3. averaged perceptron on CoNLL-2003 train, epoch chosen on valid
 * Writes data/ner/{gazetteer.tsv.gz,lexicon.tsv.gz,weights.bin.gz,weights2.bin.gz}.
 * Usage: npx tsx scripts/train-ner.ts [--shared DIR] [--out DIR] [--reuse-lexicon] [--epochs N] [--bits B]
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { petrarchEntries, tokenizePhrase, Gazetteer, type GazetteerEntry } from '../src/models/ner/gazetteer.js';
import { computeWordStats, DEFAULT_CLUSTER_OPTIONS } from '../src/models/ner/clusters.js';
import { rawSentences } from '../src/models/ner/rawtext.js';
import { capBucket, Featurizer } from '../src/models/ner/features.js';
import { readGazetteer, readLexicon, writeGazetteer, writeLexicon, writeWeights } from '../src/models/ner/files.js';
import { parseConll, type ConllDoc } from '../src/models/ner/conll.js';
import { decodeAll, featurizeDocs, stackExamples, trainPerceptron, type TrainResult } from '../src/models/ner/train.js';
import { LABELS, chunks } from '../src/models/ner/labels.js';
import { L } from '../src/models/ner/decode.js';
import { NER_FILES } from '../src/models/ner/model.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const BITS = Number(arg('--bits') ?? 18);
const SEED = 20030531;


const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const shared = resolve(arg('--shared') ?? join(root, '..', 'shared'));
const data = join(root, 'data', 'ner');
/** Where the generated files go (default data/ner); --out DIR for experiments. */
const out = resolve(arg('--out') ?? data);
const epochs = Number(arg('--epochs') ?? 15);
const t0 = Date.now();
const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

// 1. Gazetteer.
const petr = join(shared, 'dictionaries', 'petrarch2');
const entries: GazetteerEntry[] = [
  ...petrarchEntries(readFileSync(join(petr, 'Phoenix.Countries.actors.txt'), 'utf8'), 'countries'),
  ...petrarchEntries(readFileSync(join(petr, 'Phoenix.International.actors.txt'), 'utf8'), 'international'),
  ...petrarchEntries(readFileSync(join(petr, 'Phoenix.MilNonState.actors.txt'), 'utf8'), 'nonstate'),
  ...readGazetteer(join(data, 'gazetteer-extra.tsv')).map((e) => ({ phrase: tokenizePhrase(e.phrase), cls: e.cls })),
];
// Single names: first and last tokens of multi-word person names.
for (const e of entries.slice()) {
  if (e.cls !== 'PER') continue;
  const parts = e.phrase.split(' ').filter((p) => /^\p{L}[\p{L}'-]+$/u.test(p));
  if (parts.length < 2) continue;
  entries.push({ phrase: parts[0]!, cls: 'FIRST' }, { phrase: parts[parts.length - 1]!, cls: 'LAST' });
}
const dedupe = (es: readonly GazetteerEntry[]) => {
  const seen = new Set<string>();
  return es.filter((e) => { const k = `${e.phrase.toLowerCase()}\t${e.cls}`; if (seen.has(k)) return false; seen.add(k); return true; });
};
const conll = join(shared, 'corpora', 'conll2003');
const trainDocs = parseConll(readFileSync(join(conll, 'train.txt'), 'utf8'));
/** Entity names (not sentences) annotated in CoNLL train documents, as gazetteer entries CPER, CORG, ... */
const conllNames = (docs: readonly ConllDoc[]): GazetteerEntry[] => {
  const es: GazetteerEntry[] = [];
  for (const d of docs) for (const s of d) for (const c of chunks(s.tags)) es.push({ phrase: s.words.slice(c.start, c.end).join(' '), cls: `C${c.type}` });
  return es;
};
const unique = dedupe([...entries, ...conllNames(trainDocs)]);
writeGazetteer(join(out, NER_FILES.gazetteer), unique, 'Derived from PETRARCH2 Phoenix actor dictionaries (MIT, Open Event Data Alliance), data/ner/gazetteer-extra.tsv and the entity names annotated in CoNLL-2003 train, by scripts/train-ner.ts');
log(`gazetteer: ${unique.length} entries`);

// 2. Word statistics.
const lexPath = join(out, NER_FILES.lexicon);
if (process.argv.includes('--reuse-lexicon') && existsSync(lexPath)) log('reusing lexicon');
else {
  const corpora = join(shared, 'corpora');
  const stats = computeWordStats(() => rawSentences(corpora), DEFAULT_CLUSTER_OPTIONS, log);
  const caps = new Map<string, number>();
  for (const [w, [c, l]] of stats.caps) caps.set(w, capBucket(c, l));
  writeLexicon(lexPath, { clusters: stats.clusters, caps }, 'Word clusters and capitalisation statistics computed by scripts/train-ner.ts from the raw text of ../shared/corpora (Reuters-21578, Wikinews, PolNeAR, GUM, CoNLL-2003 train tokens); no text is stored');
  log(`lexicon: ${stats.clusters.size} clustered words, ${caps.size} capitalisation entries`);
}

// 3. Perceptron.
const lexicon = readLexicon(lexPath);
const gazetteer = new Gazetteer(readGazetteer(join(out, NER_FILES.gazetteer)));
const fz = new Featurizer(lexicon, gazetteer, BITS);
// Jackknife: each tenth of train sees CoNLL names from the other nine tenths only, so the
// model learns how far such a list can be trusted on documents it was not built from.
const FOLDS = 10;
const baseEntries = dedupe(entries);
const train = Array.from({ length: FOLDS }, (_, k) => {
  const ids = trainDocs.map((_, i) => i).filter((i) => i % FOLDS === k);
  const others = trainDocs.filter((_, i) => i % FOLDS !== k);
  const g = new Gazetteer(dedupe([...baseEntries, ...conllNames(others)]));
  return featurizeDocs(ids.map((i) => trainDocs[i]!), new Featurizer(lexicon, g, BITS), ids);
}).flat();
const dev = featurizeDocs(parseConll(readFileSync(join(conll, 'valid.txt'), 'utf8')), fz);
log(`features: ${train.length} train, ${dev.length} valid sentences`);
const report = (name: string, r: TrainResult, bytes: { rows: number; bytes: number }) => {
  log(`${name}: best epoch ${r.epoch}: valid F1 ${r.dev.overall.f1.toFixed(4)}; ${Object.entries(r.dev.byType).map(([t, s]) => `${t} ${s.f1.toFixed(4)}`).join(', ')}`);
  log(`${name}: ${bytes.rows} weight rows, ${(bytes.bytes / 1e6).toFixed(2)} MB`);
};

// Stage 1: the sentence-level tagger.
const res = trainPerceptron(train, dev, BITS, { epochs, seed: SEED, log });
const meta1 = { stage1Epoch: res.epoch, stage1ValidF1: Number(res.dev.overall.f1.toFixed(4)), bits: BITS, seed: SEED };
report('stage 1', res, writeWeights(join(out, NER_FILES.weights), res.weights, L, res.trans, { bits: BITS, labels: LABELS, meta: meta1 }, 1));

// Stage-1 predictions on train by jackknife (each fifth tagged by a model trained on the
// other four), on valid by the full stage-1 model; stage 2 learns from them.
const JK = 5;
const preds: Int32Array[] = new Array(train.length);
for (let k = 0; k < JK; k++) {
  const held = train.map((e, i) => [e, i] as const).filter(([e]) => e.doc % JK === k);
  const rest = train.filter((e) => e.doc % JK !== k);
  const r = trainPerceptron(rest, [], BITS, { epochs: res.epoch, seed: SEED + k + 1 });
  const p = decodeAll(held.map(([e]) => e), r.weights, r.trans);
  held.forEach(([, i], j) => { preds[i] = p[j]!; });
  log(`jackknife fold ${k + 1}/${JK} done`);
}
const train2 = stackExamples(train, preds, BITS);
const dev2 = stackExamples(dev, decodeAll(dev, res.weights, res.trans), BITS);
const res2 = trainPerceptron(train2, dev2, BITS, { epochs, seed: SEED + 100, log });
const meta2 = { stage2Epoch: res2.epoch, validF1: Number(res2.dev.overall.f1.toFixed(4)) };
report('stage 2', res2, writeWeights(join(out, NER_FILES.weights2), res2.weights, L, res2.trans, { bits: BITS, labels: LABELS, meta: meta2 }, 1));
log(`data/ner total ${(Object.values(NER_FILES).reduce((a, f) => a + statSync(join(out, f)).size, 0) / 1e6).toFixed(2)} MB`);
