/**
 * Tokenization and sentence splitting against GUM's gold on the held-out GUM documents
 * (the same documents eval/pos.ts holds out). Each document's text is rebuilt from its
 * words and SpaceAfter marks (sentences joined by a space, paragraphs by a blank line);
 * gold tokens are GUM's words joined as the dateline tokenizer joins them (al-Nusra,
 * 3.5%). Paragraph starts are given to the splitter, as the segment stage does.
 * Prints and returns token and sentence-boundary precision, recall and F1.
 * Run: npx tsx eval/segment.ts
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gumDocs, GUM_DIR, heldOut } from '../scripts/train-pos.js';
import { defaultSegmenter } from '../src/nlp/segmenter.js';

interface GoldDoc { text: string; tokens: Set<string>; ends: Set<number>; paragraphs: number[] }

/** Rebuild a GUM document's text with its gold token spans and sentence ends. */
export function goldDoc(file: string): GoldDoc {
  let text = '';
  const tokens = new Set<string>();
  const ends = new Set<number>();
  const paragraphs: number[] = [];
  let newpar = false;
  let words: Array<{ form: string; space: boolean }> = [];
  let rangeEnd = 0;
  let rangeSpace = true;
  const flush = () => {
    if (words.length === 0) return;
    if (text.length > 0) text += newpar ? '\n\n' : ' ';
    if (newpar && text.length > 0) paragraphs.push(text.length);
    newpar = false;
    const spans: Array<[number, number]> = [];
    let joinNext = false; // the previous token ended in a joined hyphen: the next word joins it
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const start = text.length;
      text += w.form;
      const prev = spans[spans.length - 1];
      const prevWord = words[i - 1];
      // Join "a - b" without spaces (al-Nusra) and "3.5 %" as the tokenizer does.
      const hyphen = w.form === '-' && !w.space && i + 1 < words.length && /\w$/.test(prevWord?.form ?? '') && /^\w/.test(words[i + 1]!.form);
      const percent = w.form === '%' && /\d$/.test(prevWord?.form ?? '');
      if (prev && prevWord && !prevWord.space && (hyphen || percent || (joinNext && /^\w/.test(w.form)))) {
        prev[1] = text.length;
        joinNext = hyphen;
      } else {
        spans.push([start, text.length]);
        joinNext = false;
      }
      if (w.space && i + 1 < words.length) text += ' ';
    }
    for (const [a, b] of spans) tokens.add(`${a}:${b}`);
    ends.add(text.length);
    words = [];
    rangeEnd = 0;
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# newpar')) { if (line.startsWith('# newpar') && !line.includes('=')) newpar = true; continue; }
    if (line.startsWith('#')) continue;
    if (line.trim() === '') { flush(); continue; }
    const c = line.split('\t');
    const noSpace = /(^|\|)SpaceAfter=No(\||$)/.test(c[9] ?? '');
    const range = /^(\d+)-(\d+)$/.exec(c[0]!);
    if (range) { rangeEnd = Number(range[2]); rangeSpace = !noSpace; continue; }
    if (!/^\d+$/.test(c[0]!)) continue;
    const id = Number(c[0]);
    const inRange = id <= rangeEnd;
    words.push({ form: c[1]!, space: inRange ? (id === rangeEnd ? rangeSpace : false) : !noSpace });
  }
  flush();
  return { text, tokens, ends, paragraphs };
}

const prf = (tp: number, pred: number, gold: number) => {
  const p = tp / pred;
  const r = tp / gold;
  return { p, r, f: (2 * p * r) / (p + r) };
};

export async function run(): Promise<Record<string, number>> {
  const seg = defaultSegmenter();
  const held = heldOut(gumDocs());
  let tTp = 0, tPred = 0, tGold = 0, sTp = 0, sPred = 0, sGold = 0;
  for (const name of [...held].sort()) {
    const g = goldDoc(join(GUM_DIR, `${name}.conllu`));
    const { tokens, sentences } = seg.segment(g.text, 0, g.text.length, g.paragraphs);
    for (const t of tokens) if (g.tokens.has(`${t.start}:${t.end}`)) tTp++;
    tPred += tokens.length;
    tGold += g.tokens.size;
    for (const s of sentences) if (g.ends.has(s.end)) sTp++;
    sPred += sentences.length;
    sGold += g.ends.size;
  }
  const t = prf(tTp, tPred, tGold);
  const s = prf(sTp, sPred, sGold);
  console.log(`GUM held-out: ${held.size} documents, ${tGold} gold tokens, ${sGold} gold sentences`);
  console.log(`tokens:          precision ${(100 * t.p).toFixed(2)}%, recall ${(100 * t.r).toFixed(2)}%, F1 ${(100 * t.f).toFixed(2)}%`);
  console.log(`sentence ends:   precision ${(100 * s.p).toFixed(2)}%, recall ${(100 * s.r).toFixed(2)}%, F1 ${(100 * s.f).toFixed(2)}%`);
  return { token_f1: t.f, token_precision: t.p, token_recall: t.r, sentence_f1: s.f, sentence_precision: s.p, sentence_recall: s.r };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await run();
}
