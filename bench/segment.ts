/**
 * Segmentation throughput on Reuters-21578, per CPU-second (process.cpuUsage), in one run on
 * the same texts: dateline's segmenter (src/nlp: tokens, sentences, UPOS, lemmas) and its
 * parts, against wink-nlp's readDoc with sbd and pos (the path segment used before), read
 * out as that path did. Also checks determinism: texts segmented again after 5,000 others
 * must give identical tokens (dateline), and counts the texts whose tokens change (wink).
 * usage: npx tsx bench/segment.ts [--limit N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readSgml } from '../src/readers/sgml/index.js';
import { defaultSegmenter } from '../src/nlp/segmenter.js';
import { segment } from '../src/stages/segment/index.js';
import { SHARED } from '../test/shared.js';

const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

function measure<T>(f: () => T): { value: T; cpu: number } {
  const c = process.cpuUsage();
  const value = f();
  return { value, cpu: cpuSeconds(process.cpuUsage(c)) };
}

export function reutersTexts(limit = Infinity): string[] {
  const dir = join(SHARED, 'corpora/reuters21578');
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.sgm')).sort()) {
    const path = join(dir, f);
    for (const r of readSgml({ name: path, path, bytes: readFileSync(path) })) {
      if (r.kind === 'article') out.push(r.text);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

type Wink = ReturnType<typeof winkNLP>;

/** The old segment path: wink readDoc, then values, spaces, POS and lemmas read out per token. */
function winkSegment(w: Wink, text: string): { tokens: Array<{ start: number; end: number; pos: string; lemma: string }>; sentences: number } {
  const its = w.its;
  const d = w.readDoc(text);
  const values = d.tokens().out(its.value) as string[];
  const spaces = d.tokens().out(its.precedingSpaces) as string[];
  const pos = d.tokens().out(its.pos) as string[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const lemmas = d.tokens().out(its.lemma as any) as string[];
  const tokens: Array<{ start: number; end: number; pos: string; lemma: string }> = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    tokens.push({ start: at, end: at + values[i]!.length, pos: pos[i]!, lemma: lemmas[i]! });
    at += values[i]!.length;
  }
  return { tokens, sentences: d.sentences().length() };
}

export async function run(limit = Infinity): Promise<Record<string, number>> {
  const texts = reutersTexts(limit);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const t0 = performance.now();
  const seg = defaultSegmenter();
  const loadMs = performance.now() - t0;

  // Warm up both (JIT), on the first 200 texts.
  for (const t of texts.slice(0, 200)) seg.segment(t);
  const w = winkNLP(model, ['sbd', 'pos']);
  const probe = texts.slice(0, 100);
  const winkBefore = probe.map((t) => JSON.stringify(winkSegment(w, t).tokens.map((x) => [x.start, x.end])));
  for (const t of texts.slice(0, 200)) winkSegment(w, t);

  const tok: number[] = [];
  const rTok = measure(() => { let n = 0; for (const t of texts) { tok.length = 0; seg.tokenizer.tokenizeFlat(t, 0, t.length, tok); n += tok.length >> 1; } return n; });
  const rSeg = measure(() => { let n = 0; let s = 0; for (const t of texts) { const r = seg.segment(t); n += r.tokens.length; s += r.sentences.length; } return { n, s }; });
  const rStage = measure(() => { let n = 0; for (const t of texts) n += segment(t).tokens.length; return n; });
  const rWink = measure(() => { let n = 0; let s = 0; for (const t of texts) { const r = winkSegment(w, t); n += r.tokens.length; s += r.sentences; } return { n, s }; });

  // Tagging alone: the tagger over the segmenter's sentences.
  const words: string[][] = [];
  for (const t of texts.slice(0, 5000)) {
    const r = seg.segment(t);
    let k = 0;
    for (const s of r.sentences) {
      const ws: string[] = [];
      while (k < r.tokens.length && r.tokens[k]!.end <= s.end) { ws.push(t.slice(r.tokens[k]!.start, r.tokens[k]!.end)); k++; }
      words.push(ws);
    }
  }
  const lowers = words.map((ws) => ws.map((x) => x.toLowerCase()));
  const tags = new Uint8Array(4096);
  const tagAll = () => { let n = 0; for (let i = 0; i < words.length; i++) { if (words[i]!.length > tags.length) continue; seg.tagger.tagInto(words[i]!, lowers[i]!, 0, words[i]!.length, tags); n += words[i]!.length; } return n; };
  tagAll();
  const rTag = measure(() => tagAll() + tagAll() + tagAll());

  // Determinism: the probe texts again, after 5,000 (or all) other texts have been read.
  const others = texts.slice(texts.length > 5100 ? 100 : 0, 5100);
  const oursBefore = probe.map((t) => JSON.stringify(seg.segment(t)));
  for (const t of others) seg.segment(t);
  const oursChanged = probe.filter((t, i) => JSON.stringify(seg.segment(t)) !== oursBefore[i]).length;
  for (const t of others) winkSegment(w, t);
  const winkChanged = probe.filter((t, i) => JSON.stringify(winkSegment(w, t).tokens.map((x) => [x.start, x.end])) !== winkBefore[i]).length;

  const out: Record<string, number> = {
    load_ms: Math.round(loadMs),
    articles: texts.length,
    chars,
    tokens: rSeg.value.n,
    sentences: rSeg.value.s,
    tokenize_tokens_per_cpu_s: Math.round(rTok.value / rTok.cpu),
    tag_tokens_per_cpu_s: Math.round(rTag.value / rTag.cpu),
    segment_tokens_per_cpu_s: Math.round(rSeg.value.n / rSeg.cpu),
    segment_articles_per_cpu_s: Math.round(texts.length / rSeg.cpu),
    stage_articles_per_cpu_s: Math.round(texts.length / rStage.cpu),
    wink_tokens: rWink.value.n,
    wink_sentences: rWink.value.s,
    wink_tokens_per_cpu_s: Math.round(rWink.value.n / rWink.cpu),
    wink_articles_per_cpu_s: Math.round(texts.length / rWink.cpu),
    speedup_vs_wink: Number((rWink.cpu / rSeg.cpu).toFixed(2)),
    determinism_probe_texts: probe.length,
    determinism_changed_ours: oursChanged,
    determinism_changed_wink: winkChanged,
  };
  const f = (x: number) => x.toLocaleString('en-US');
  console.log(`Reuters-21578: ${f(texts.length)} articles, ${f(chars)} characters; segmenter data loaded in ${out.load_ms} ms`);
  console.log(`dateline tokenizer: ${f(out.tokenize_tokens_per_cpu_s!)} tokens/CPU-s`);
  console.log(`dateline tagger:    ${f(out.tag_tokens_per_cpu_s!)} tokens/CPU-s (${f(rTag.value)} tokens)`);
  console.log(`dateline segment (tokens+sentences+UPOS+lemmas): ${f(out.segment_tokens_per_cpu_s!)} tokens/CPU-s, ${f(out.segment_articles_per_cpu_s!)} articles/CPU-s; ${f(out.tokens!)} tokens, ${f(out.sentences!)} sentences`);
  console.log(`segment stage (with paragraphs):                ${f(out.stage_articles_per_cpu_s!)} articles/CPU-s`);
  console.log(`wink-nlp readDoc (sbd, pos, read out):          ${f(out.wink_tokens_per_cpu_s!)} tokens/CPU-s, ${f(out.wink_articles_per_cpu_s!)} articles/CPU-s; ${f(out.wink_tokens!)} tokens, ${f(out.wink_sentences!)} sentences`);
  console.log(`speed-up over wink: ${out.speedup_vs_wink}x (CPU time, same texts, same run)`);
  console.log(`determinism: of ${probe.length} texts segmented again after ${f(others.length)} others, ${oursChanged} changed (dateline), ${winkChanged} changed (wink-nlp)`);
  if (oursChanged > 0) throw new Error(`dateline segmentation is not deterministic: ${oursChanged} texts changed`);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--limit');
  await run(i > 0 ? Number(process.argv[i + 1]) : Infinity);
}
