/**
 * UPOS tagging and lemma accuracy on the held-out GUM documents (per genre, every 10th
 * document in name order; never trained on), over GUM's gold tokens joined as the dateline
 * tokenizer joins them (al-Nusra, 3.5%). Prints accuracy overall, on the news documents
 * and per genre, and lemma accuracy.
 * Run: npx tsx eval/pos.ts [DIR/weights.bin.gz] (DIR/tagdict.tsv beside it)
 */
import { truecased } from '../src/nlp/truecase.js';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gumDocs, heldOut } from '../scripts/train-pos.js';
import { loadPosModel, loadTagDict, PosTagger, UPOS } from '../src/nlp/pos.js';
import { defaultLemmatizer } from '../src/nlp/lemma.js';

export async function run(weights?: string): Promise<Record<string, number>> {
  const tagger = new PosTagger(weights ? loadPosModel(weights) : loadPosModel(), weights ? loadTagDict(join(dirname(weights), 'tagdict.tsv')) : loadTagDict());
  const lem = defaultLemmatizer();
  const docs = gumDocs();
  const held = heldOut(docs);
  const byGenre = new Map<string, { ok: number; n: number }>();
  let lemOk = 0;
  let lemN = 0;
  const confusion = new Map<string, number>();
  for (const d of docs) {
    if (!held.has(d.name)) continue;
    const g = byGenre.get(d.genre) ?? { ok: 0, n: 0 };
    for (const s of d.sentences) {
      const pred = tagger.tag(s.words);
      for (let i = 0; i < s.words.length; i++) {
        g.n++;
        if (pred[i] === s.tags[i]) g.ok++;
        else { const k = `${s.tags[i]}→${pred[i]}`; confusion.set(k, (confusion.get(k) ?? 0) + 1); }
        const gold = s.lemmas![i]!;
        if (gold && gold !== '_') {
          lemN++;
          const want = s.tags[i] === 'PROPN' ? gold : gold.toLowerCase().replace(/’/g, "'");
          if (lem.lemma(s.words[i]!, s.tags[i]!) === want) lemOk++;
        }
      }
    }
    byGenre.set(d.genre, g);
  }
  // The same sentences in capitals, as headlines are written.
  let capsOk = 0;
  let capsN = 0;
  for (const d of docs) {
    if (!held.has(d.name)) continue;
    for (const s of d.sentences) {
      const pred = tagger.tag(s.words.map((w) => w.toUpperCase()));
      for (let i = 0; i < s.words.length; i++) { capsN++; if (pred[i] === s.tags[i]) capsOk++; }
    }
  }
  // A sentence in capitals inside its document (a wire headline): each sentence in turn set
  // in capitals, tagged as is and after truecasing by the rest of its document (src/nlp/truecase.ts).
  let headN = 0;
  let headRaw = 0;
  let headTrue = 0;
  for (const d of docs) {
    if (!held.has(d.name) || d.sentences.length < 2) continue;
    const ends: number[] = [];
    let at = 0;
    for (const s of d.sentences) ends.push((at += s.words.length));
    d.sentences.forEach((loud, k) => {
      const words = d.sentences.flatMap((s, j) => (j === k ? s.words.map((w) => w.toUpperCase()) : s.words));
      const cased = truecased(words, words.map((w) => w.toLowerCase()), ends) ?? words;
      const from = k === 0 ? 0 : ends[k - 1]!;
      const raw = tagger.tag(words.slice(from, ends[k]));
      const tc = tagger.tag(cased.slice(from, ends[k]));
      for (let i = 0; i < loud.words.length; i++) {
        headN++;
        if (raw[i] === loud.tags[i]) headRaw++;
        if (tc[i] === loud.tags[i]) headTrue++;
      }
    });
  }
  let ok = 0;
  let n = 0;
  for (const g of byGenre.values()) { ok += g.ok; n += g.n; }
  const news = byGenre.get('news') ?? { ok: 0, n: 0 };
  const out: Record<string, number> = { accuracy: ok / n, accuracy_news: news.ok / news.n, accuracy_capitals: capsOk / capsN, accuracy_headline_capitals: headRaw / headN, accuracy_headline_truecased: headTrue / headN, lemma_accuracy: lemOk / lemN, tokens: n };
  console.log(`GUM held-out: ${held.size} documents, ${n} tokens (tags: ${UPOS.length} UPOS)`);
  console.log(`UPOS accuracy: ${(100 * out.accuracy!).toFixed(2)}% overall, ${(100 * out.accuracy_news!).toFixed(2)}% on news (${news.n} tokens)`);
  for (const [genre, g] of [...byGenre.entries()].sort()) {
    console.log(`  ${genre.padEnd(10)} ${(100 * g.ok / g.n).toFixed(2)}%  (${g.n} tokens)`);
    out[`accuracy_${genre}`] = g.ok / g.n;
  }
  console.log(`UPOS accuracy on the same sentences in capitals: ${(100 * out.accuracy_capitals!).toFixed(2)}%`);
  console.log(`UPOS accuracy on one sentence at a time in capitals inside its document (${headN} tokens): ${(100 * out.accuracy_headline_capitals!).toFixed(2)}% as is, ${(100 * out.accuracy_headline_truecased!).toFixed(2)}% truecased by the rest of the document`);
  console.log(`lemma accuracy (gold tags): ${(100 * out.lemma_accuracy!).toFixed(2)}% of ${lemN} tokens`);
  const top = [...confusion.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10);
  console.log(`most frequent errors (gold→predicted): ${top.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await run(process.argv[2]);
}
