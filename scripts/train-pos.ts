/**
 * Train the UPOS tagger and build the lemma tables of data/pos, deterministically.
 *
 *   npx tsx scripts/train-pos.ts [--epochs N] [--no-conll] [--gum-weight N] [--caps N] [--prune Q] [--out DIR]
 *
 * Training data: the GUM documents of ../shared/corpora/gum (UPOS, LEMMA and XPOS columns),
 * except the held-out ones (per genre, every 10th document in name order; see heldOut), and
 * CoNLL-2003 English train, whose Penn Treebank POS column is converted to UPOS (rules +
 * data/pos/ptb-upos.tsv + word-level majorities learned from GUM's XPOS/UPOS pairs).
 * Tokens follow the dateline tokenizer: GUM's "al - Nusra" and "3.5 %" are joined.
 * Written: data/pos/weights.bin.gz (hashed features, int16 weights, no text),
 * data/pos/tagdict.tsv (frequent unambiguous words), data/pos/lemmas.tsv (form+UPOS → lemma where the rules of src/nlp/lemma.ts fail) and
 * data/pos/bases.tsv (known lemmas the rules check candidates against).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { dataDir, dataLines, DataFileError } from '../src/nlp/data.js';
import { argmax, encodeWeights, NCLASS, NFEATURES, SentenceContext, START1, START2, UPOS, type Upos } from '../src/nlp/pos.js';
import { Lemmatizer, lemmaKey } from '../src/nlp/lemma.js';
import { SHARED } from '../test/shared.js';
import { reutersStories } from '../src/readers/sgml/index.js';
import { defaultTokenizer } from '../src/nlp/tokenize.js';
import { mulberry32 } from '../src/models/ner/rng.js';

export const GUM_DIR = join(SHARED, 'corpora', 'gum');
export const CONLL_TRAIN = join(SHARED, 'corpora', 'conll2003', 'train.txt');
export const REUTERS_DIR = join(SHARED, 'corpora', 'reuters21578');

export interface Sentence {
  readonly words: string[];
  readonly tags: Upos[];
  /** GUM only: lemma and PTB tag per word (lemma '' for joined tokens). */
  readonly lemmas?: string[];
  readonly xpos?: string[];
}

export interface GumDoc {
  readonly name: string;
  readonly genre: string;
  readonly sentences: Sentence[];
}

const UPOS_SET = new Set<string>(UPOS);

/** Read one CoNLL-U file: words (not multiword ranges), joined as the dateline tokenizer joins them. */
export function readConllu(file: string): Sentence[] {
  const out: Sentence[] = [];
  let rows: Array<{ form: string; lemma: string; upos: Upos; xpos: string; noSpace: boolean }> = [];
  const flush = () => {
    if (rows.length === 0) return;
    // Join "a - b" written without spaces (al-Nusra) and "3.5 %" into one token; the tag is the last part's.
    const merged: typeof rows = [];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      const prev = merged[merged.length - 1];
      const next = rows[i + 1];
      if (prev && prev.noSpace && r.form === '-' && r.noSpace && next && /\w$/.test(prev.form) && /^\w/.test(next.form)) {
        merged[merged.length - 1] = { form: prev.form + '-' + next.form, lemma: '', upos: next.upos, xpos: next.xpos, noSpace: next.noSpace };
        i++;
      } else if (prev && prev.noSpace && r.form === '%' && /\d$/.test(prev.form)) {
        merged[merged.length - 1] = { ...prev, form: prev.form + '%', lemma: '', noSpace: r.noSpace };
      } else merged.push(r);
    }
    out.push({ words: merged.map((r) => r.form), tags: merged.map((r) => r.upos), lemmas: merged.map((r) => r.lemma), xpos: merged.map((r) => r.xpos) });
    rows = [];
  };
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') { flush(); continue; }
    if (line.startsWith('#')) continue;
    const c = line.split('\t');
    if (c.length !== 10) throw new DataFileError(file, n + 1, `expected 10 columns, got ${c.length}`);
    if (!/^\d+$/.test(c[0]!)) continue; // multiword range or empty node
    if (!UPOS_SET.has(c[3]!)) throw new DataFileError(file, n + 1, `unknown UPOS ${c[3]}`);
    rows.push({ form: c[1]!, lemma: c[2]!, upos: c[3] as Upos, xpos: c[4]!, noSpace: /(^|\|)SpaceAfter=No(\||$)/.test(c[9]!) });
  }
  flush();
  return out;
}

/** The GUM documents in name order. */
export function gumDocs(dir = GUM_DIR): GumDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.conllu'))
    .sort()
    .map((f) => ({ name: f.replace(/\.conllu$/, ''), genre: /^GUM_([a-z]+)_/.exec(f)?.[1] ?? 'other', sentences: readConllu(join(dir, f)) }));
}

/** Held out for evaluation: within each genre, documents 0, 10, 20, ... in name order. */
export function heldOut(docs: readonly GumDoc[]): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  for (const d of docs) {
    const k = seen.get(d.genre) ?? 0;
    if (k % 10 === 0) out.add(d.name);
    seen.set(d.genre, k + 1);
  }
  return out;
}

// ---------------------------------------------------------------- PTB → UPOS for CoNLL-2003

function loadPtbMap(file = join(dataDir(), 'ptb-upos.tsv')): Map<string, Upos> {
  const out = new Map<string, Upos>();
  const lines = dataLines(file);
  for (const { line, text } of lines.slice(1)) {
    const [ptb, upos] = text.split('\t');
    if (!ptb || !upos || !UPOS_SET.has(upos)) throw new DataFileError(file, line, `expected "ptb<TAB>UPOS", got ${JSON.stringify(text)}`);
    out.set(ptb, upos as Upos);
  }
  return out;
}

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", "'m", 'ai']);
const HAVE_DO = new Set(['have', 'has', 'had', 'having', "'ve", "'d", 'do', 'does', 'did']);
const SUBORDINATORS = new Set(['that', 'because', 'if', 'whether', 'although', 'though', 'unless', 'whereas', 'while', 'lest']);
const CLAUSAL = new Set(['after', 'before', 'since', 'until', 'till', 'as', 'once']);
const DEMONSTRATIVE = new Set(['this', 'that', 'these', 'those']);
const NOMINAL_NEXT = /^(NN|JJ|CD|VBG|PRP\$|RB[RS]?$)/;

/** Convert one CoNLL-2003 sentence's PTB tags to UPOS. */
export function convertPtb(words: readonly string[], ptb: readonly string[], defaults: Map<string, Upos>, learned: Map<string, Upos>): Upos[] {
  const out: Upos[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase().replace(/’/g, "'");
    const t = ptb[i]!;
    const next = ptb[i + 1] ?? '';
    let u: Upos | undefined;
    if (t === 'TO') u = next.startsWith('VB') ? 'PART' : 'ADP';
    else if (t === 'MD') u = 'AUX';
    else if (t.startsWith('VB') && BE.has(w)) u = 'AUX';
    else if (t.startsWith('VB') && HAVE_DO.has(w)) {
      u = 'VERB';
      for (let k = i + 1; k < Math.min(words.length, i + 5); k++) {
        const tk = ptb[k]!;
        if (tk.startsWith('VB')) { u = 'AUX'; break; }
        if (!(tk === 'RB' || tk === 'PRP' || tk === 'DT' || tk === 'NNP')) break;
      }
    } else if (t === 'IN' && SUBORDINATORS.has(w)) u = 'SCONJ';
    else if (t === 'IN' && CLAUSAL.has(w)) {
      u = 'ADP';
      for (let k = i + 1; k < Math.min(words.length, i + 6); k++) {
        const tk = ptb[k]!;
        if (/^(VBD|VBZ|VBP|MD)$/.test(tk)) { u = 'SCONJ'; break; }
        if (/^[,.:()"]$/.test(tk) || tk === 'IN' || tk === 'CC') break;
      }
    } else if (t === 'DT' && DEMONSTRATIVE.has(w)) u = NOMINAL_NEXT.test(next) ? 'DET' : 'PRON';
    else if (t === 'WDT' && (w === 'which' || w === 'what' || w === 'whatever')) u = /^(NN|JJ)/.test(next) ? 'DET' : 'PRON';
    else if (t === 'RB' && (w === 'not' || w === "n't")) u = 'PART';
    else if (t === 'POS') u = 'PART';
    else if (t === 'NNP' || t === 'NNPS') u = 'PROPN';
    else if (t === 'CD') u = 'NUM';
    u ??= learned.get(`${t}\t${w}`) ?? defaults.get(t);
    if (!u) throw new Error(`no UPOS for PTB tag ${t}`);
    out.push(u);
  }
  return out;
}

/** Word-level PTB+word → UPOS majorities from GUM (seen at least 3 times, 80% agreement). */
export function learnPtbWords(sentences: readonly Sentence[]): Map<string, Upos> {
  const counts = new Map<string, Map<Upos, number>>();
  for (const s of sentences) {
    for (let i = 0; i < s.words.length; i++) {
      if (!s.lemmas![i]) continue;
      const k = `${s.xpos![i]}\t${s.words[i]!.toLowerCase().replace(/’/g, "'")}`;
      const m = counts.get(k) ?? new Map<Upos, number>();
      m.set(s.tags[i]!, (m.get(s.tags[i]!) ?? 0) + 1);
      counts.set(k, m);
    }
  }
  const out = new Map<string, Upos>();
  for (const k of [...counts.keys()].sort()) {
    const m = counts.get(k)!;
    let total = 0;
    let best: Upos | null = null;
    let bc = 0;
    for (const u of [...m.keys()].sort()) { const c = m.get(u)!; total += c; if (c > bc) { bc = c; best = u; } }
    if (total >= 3 && bc / total >= 0.8) out.set(k, best!);
  }
  return out;
}

/** CoNLL-2003 train as sentences of words and PTB tags. */
export function readConll2003(file = CONLL_TRAIN): Array<{ words: string[]; ptb: string[] }> {
  const out: Array<{ words: string[]; ptb: string[] }> = [];
  let words: string[] = [];
  let ptb: string[] = [];
  const flush = () => { if (words.length) out.push({ words, ptb }); words = []; ptb = []; };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const c = line.trim().split(' ');
    if (c.length < 4) { flush(); continue; }
    if (c[0] === '-DOCSTART-') { flush(); continue; }
    words.push(c[0]!);
    ptb.push(c[1]!);
  }
  flush();
  return out;
}

// ---------------------------------------------------------------- averaged perceptron


class Trainer {
  readonly rows = new Map<number, number>();
  W = new Float32Array(1 << 20);
  T = new Float64Array(1 << 20);
  S = new Float64Array(1 << 20);
  instances = 0;

  row(key: number, create: boolean): number {
    let r = this.rows.get(key);
    if (r === undefined) {
      if (!create) return -1;
      r = this.rows.size;
      this.rows.set(key, r);
      if ((r + 1) * NCLASS > this.W.length) {
        const grow = <A extends Float32Array | Float64Array>(a: A, C: new (n: number) => A): A => { const b = new C(a.length * 2); b.set(a); return b; };
        this.W = grow(this.W, Float32Array); this.T = grow(this.T, Float64Array); this.S = grow(this.S, Float64Array);
      }
    }
    return r;
  }

  score(feats: Int32Array, scores: Float64Array): void {
    scores.fill(0);
    for (let f = 0; f < feats.length; f++) {
      const r = this.rows.get(feats[f]!);
      if (r === undefined) continue;
      const b = r * NCLASS;
      for (let c = 0; c < NCLASS; c++) scores[c] += this.W[b + c]!;
    }
  }

  private bump(idx: number, v: number): void {
    this.T[idx] += (this.instances - this.S[idx]!) * this.W[idx]!;
    this.S[idx] = this.instances;
    this.W[idx] += v;
  }

  update(feats: Int32Array, truth: number, guess: number): void {
    this.instances++;
    if (truth === guess) return;
    for (let f = 0; f < feats.length; f++) {
      const b = this.row(feats[f]!, true) * NCLASS;
      this.bump(b + truth, 1);
      this.bump(b + guess, -1);
    }
  }

  /** Averaged weights quantised to int16; rows that round to all zero are dropped. */
  finish(prune: number): { keys: Int32Array; q: Int16Array; scale: number } {
    const n = this.rows.size;
    const avg = new Float64Array(n * NCLASS);
    let max = 0;
    for (let k = 0; k < n * NCLASS; k++) {
      const v = (this.T[k]! + (this.instances - this.S[k]!) * this.W[k]!) / this.instances;
      avg[k] = v;
      if (Math.abs(v) > max) max = Math.abs(v);
    }
    const scale = 32767 / max;
    const entries = [...this.rows.entries()].sort((a, b) => a[0] - b[0]);
    const keys: number[] = [];
    const q: number[] = [];
    for (const [key, r] of entries) {
      const row: number[] = [];
      let big = 0;
      for (let c = 0; c < NCLASS; c++) {
        const v = Math.round(avg[r * NCLASS + c]! * scale);
        row.push(v);
        big = Math.max(big, Math.abs(v));
      }
      if (big === 0 || big < prune) continue;
      keys.push(key);
      q.push(...row);
    }
    return { keys: Int32Array.from(keys), q: Int16Array.from(q), scale };
  }
}

export interface TrainOptions {
  readonly epochs: number;
  readonly conll: boolean;
  readonly seed: number;
  /** Drop feature rows whose largest quantised weight is below this (0: keep all non-zero rows). */
  readonly prune: number;
}

/** Words seen at least minCount times in training with one tag at least share of the time. */
export function buildTagDict(sentences: readonly Sentence[], minCount = 20, share = 0.97): Array<[string, Upos, number, number]> {
  const counts = new Map<string, Map<Upos, number>>();
  for (const s of sentences) {
    for (let i = 0; i < s.words.length; i++) {
      const m = counts.get(s.words[i]!) ?? new Map<Upos, number>();
      m.set(s.tags[i]!, (m.get(s.tags[i]!) ?? 0) + 1);
      counts.set(s.words[i]!, m);
    }
  }
  const out: Array<[string, Upos, number, number]> = [];
  for (const w of [...counts.keys()].sort()) {
    const m = counts.get(w)!;
    let total = 0;
    let best: Upos = 'X';
    let bc = 0;
    for (const u of [...m.keys()].sort()) { const c = m.get(u)!; total += c; if (c > bc) { bc = c; best = u; } }
    if (total >= minCount && bc / total >= share && !/[\t\n]/.test(w)) out.push([w, best, total, Number((bc / total).toFixed(4))]);
  }
  return out;
}

export function trainTagger(sentences: readonly Sentence[], opts: TrainOptions & { tagdict: ReadonlyMap<string, number> }, log: (s: string) => void = () => {}): { keys: Int32Array; q: Int16Array; scale: number } {
  const tr = new Trainer();
  const ctx = new SentenceContext();
  const feats = new Int32Array(NFEATURES);
  const scores = new Float64Array(NCLASS);
  const index = new Map<string, number>(UPOS.map((u, i) => [u, i]));
  const order = sentences.map((_, i) => i);
  const rand = mulberry32(opts.seed);
  for (let e = 0; e < opts.epochs; e++) {
    let correct = 0;
    let total = 0;
    for (const si of order) {
      const s = sentences[si]!;
      const lowers = s.words.map((w) => w.toLowerCase());
      ctx.prepare(s.words, lowers);
      let p1: number = START1;
      let p2: number = START2;
      for (let k = 0; k < s.words.length; k++) {
        const truth = index.get(s.tags[k]!)!;
        let guess = opts.tagdict.get(s.words[k]!);
        if (guess === undefined) {
          ctx.features(k, p1, p2, feats);
          tr.score(feats, scores);
          guess = argmax(scores);
          tr.update(feats, truth, guess);
        }
        if (guess === truth) correct++;
        total++;
        p2 = p1;
        p1 = guess;
      }
    }
    log(`epoch ${e + 1}: train accuracy ${(correct / total).toFixed(4)} (${tr.rows.size} features)`);
    // Fisher-Yates with the seeded PRNG: the same order on every run.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
  }
  return tr.finish(opts.prune);
}

/** All training sentences: GUM minus held-out, plus converted CoNLL-2003 train. */
export function trainingSentences(opts: { conll: boolean }): { gum: Sentence[]; conll: Sentence[] } {
  const docs = gumDocs();
  const held = heldOut(docs);
  const gum = docs.filter((d) => !held.has(d.name)).flatMap((d) => d.sentences);
  if (!opts.conll) return { gum, conll: [] };
  const defaults = loadPtbMap();
  const learned = learnPtbWords(gum);
  const conll = readConll2003().map((s) => ({ words: s.words, tags: convertPtb(s.words, s.ptb, defaults, learned) }));
  return { gum, conll };
}

// ---------------------------------------------------------------- lemma tables

/** Known lemmas (GUM train lemmas of VERB, NOUN, ADJ; CoNLL-2003 lower-case base forms seen twice) and known words (ANY). */
export function buildBases(gum: readonly Sentence[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>([['VERB', new Set()], ['NOUN', new Set()], ['ADJ', new Set()], ['ANY', new Set()]]);
  for (const s of gum) {
    for (let i = 0; i < s.words.length; i++) {
      const t = s.tags[i]!;
      const l = s.lemmas![i]!;
      const set = out.get(t === 'AUX' ? 'VERB' : t);
      if (set && l && /^[a-z][a-z-]*$/.test(l)) set.add(l);
    }
  }
  const counts = new Map<string, number>();
  for (const s of readConll2003()) {
    for (let i = 0; i < s.words.length; i++) {
      const w = s.words[i]!;
      const t = s.ptb[i]!;
      const pos = t === 'VB' || t === 'VBP' ? 'VERB' : t === 'NN' ? 'NOUN' : t === 'JJ' ? 'ADJ' : null;
      if (pos && /^[a-z][a-z-]*[a-z]$/.test(w)) counts.set(`${pos}\t${w}`, (counts.get(`${pos}\t${w}`) ?? 0) + 1);
    }
  }
  for (const [k, c] of counts) {
    if (c < 2) continue;
    const [pos, w] = k.split('\t');
    out.get(pos!)!.add(w!);
  }
  // Any lower-case word written at least 3 times in Reuters-21578 (counts only, no text kept).
  const words = new Map<string, number>();
  const tok = defaultTokenizer();
  for (const f of readdirSync(REUTERS_DIR).filter((f) => f.endsWith('.sgm')).sort()) {
    for (const s of reutersStories(readFileSync(join(REUTERS_DIR, f), 'latin1'))) {
      const body = s.body ?? '';
      for (const t of tok.tokenize(body)) {
        const w = body.slice(t.start, t.end);
        if (/^[a-z]{3,}$/.test(w)) words.set(w, (words.get(w) ?? 0) + 1);
      }
    }
  }
  for (const [w, c] of words) if (c >= 3) out.get('ANY')!.add(w);
  return out;
}

/** form+UPOS → lemma for the GUM train pairs whose majority lemma the rules do not produce. */
export function buildExceptions(gum: readonly Sentence[], lem: Lemmatizer): Array<[string, Upos, string, number]> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of gum) {
    for (let i = 0; i < s.words.length; i++) {
      const l = s.lemmas![i]!;
      const t = s.tags[i]!;
      if (!l || l === '_' || t === 'PROPN' || t === 'PUNCT' || t === 'NUM' || t === 'SYM' || t === 'X') continue;
      const key = `${lemmaKey(s.words[i]!)}\t${t}`;
      const m = counts.get(key) ?? new Map<string, number>();
      const ll = l.toLowerCase().replace(/’/g, "'");
      m.set(ll, (m.get(ll) ?? 0) + 1);
      counts.set(key, m);
    }
  }
  const out: Array<[string, Upos, string, number]> = [];
  for (const key of [...counts.keys()].sort()) {
    const m = counts.get(key)!;
    let best = '';
    let bc = 0;
    let total = 0;
    for (const l of [...m.keys()].sort()) { const c = m.get(l)!; total += c; if (c > bc) { bc = c; best = l; } }
    const [form, t] = key.split('\t') as [string, Upos];
    if (/[\t\n]/.test(form) || /[\t\n]/.test(best)) continue;
    if (lem.rules(form, t) !== best) out.push([form, t, best, total]);
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const epochs = args.includes('--epochs') ? Number(args[args.indexOf('--epochs') + 1]) : 10;
  const conll = !args.includes('--no-conll');
  const out = args.includes('--out') ? args[args.indexOf('--out') + 1]! : dataDir();
  const t0 = Date.now();
  const { gum, conll: cs } = trainingSentences({ conll });
  console.error(`training on ${gum.length} GUM sentences and ${cs.length} CoNLL-2003 sentences`);
  const gumWeight = args.includes('--gum-weight') ? Number(args[args.indexOf('--gum-weight') + 1]) : 3;
  // Upper-case copies of every Nth GUM sentence, so that headline capitals do not read as names.
  const capsEvery = args.includes('--caps') ? Number(args[args.indexOf('--caps') + 1]) : 4;
  const caps = capsEvery > 0 ? gum.filter((_, i) => i % capsEvery === 0).map((s) => ({ words: s.words.map((w) => w.toUpperCase()), tags: s.tags })) : [];
  const sentences = [...Array.from({ length: gumWeight }, () => gum).flat(), ...cs, ...caps];
  const extraFile = join(dataDir(), 'tagdict-extra.tsv');
  const extra = new Map<string, Upos>();
  for (const { line, text } of dataLines(extraFile).slice(1)) {
    const [w, u, more] = text.split('\t');
    if (!w || !u || !UPOS_SET.has(u) || more !== undefined) throw new DataFileError(extraFile, line, `expected word and UPOS: ${JSON.stringify(text)}`);
    extra.set(w, u as Upos);
  }
  const dict = buildTagDict(sentences).filter(([w]) => !extra.has(w));
  for (const [w, u] of extra) dict.push([w, u, 0, 1]);
  dict.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const dictLines = ['# Words tagged without scoring: seen 20 times or more in the training data with one UPOS at least 97% of the time (scripts/train-pos.ts);', '# rows with count 0 come from tagdict-extra.tsv (by hand).', '# Source: GUM train documents (CC BY 4.0) and CoNLL-2003 English train (POS column mapped to UPOS); single words with counts, no text.', 'word\tupos\tcount\tshare'];
  for (const [w, u, c, sh] of dict) dictLines.push(`${w}\t${u}\t${c}\t${sh}`);
  writeFileSync(join(out, 'tagdict.tsv'), dictLines.join('\n') + '\n');
  const tagdict = new Map(dict.map(([w, u]) => [w, UPOS.indexOf(u)]));
  const prune = args.includes('--prune') ? Number(args[args.indexOf('--prune') + 1]) : 0;
  const { keys, q, scale } = trainTagger(sentences, { epochs, conll, seed: 20170329, tagdict, prune }, (s) => console.error(s));
  const meta = { epochs, gumSentences: gum.length, conllSentences: cs.length, source: 'GUM (CC BY 4.0) train documents; CoNLL-2003 English train POS column mapped to UPOS' };
  const bin = gzipSync(encodeWeights(keys, q, scale, meta), { level: 9 });
  writeFileSync(join(out, 'weights.bin.gz'), bin);
  console.error(`weights.bin.gz: ${keys.length} features, ${(bin.length / 1e6).toFixed(2)} MB`);

  const bases = buildBases(gum);
  const baseLines = ['# Known lemmas (VERB, NOUN, ADJ) and words (ANY) that the lemma rules check candidates against (scripts/train-pos.ts).', '# Source: lemmas of GUM train documents (CC BY 4.0), lower-case base forms (VB/VBP, NN, JJ) seen twice in CoNLL-2003 train,', '# lower-case words written three times in Reuters-21578 (ANY). Single words only, no text.', 'word\tclass'];
  for (const pos of ['ADJ', 'NOUN', 'VERB', 'ANY']) for (const w of [...bases.get(pos)!].sort()) baseLines.push(`${w}\t${pos}`);
  writeFileSync(join(out, 'bases.tsv'), baseLines.join('\n') + '\n');
  const lem = new Lemmatizer(new Map(), bases);
  const exc = buildExceptions(gum, lem);
  const excLines = ['# form + UPOS → lemma where the suffix rules of src/nlp/lemma.ts give another lemma (scripts/train-pos.ts).', '# Source: majority LEMMA of each lower-cased form and UPOS in GUM train documents (CC BY 4.0); count = occurrences.', 'form\tupos\tlemma\tcount'];
  for (const [f, t, l, c] of exc) excLines.push(`${f}\t${t}\t${l}\t${c}`);
  writeFileSync(join(out, 'lemmas.tsv'), excLines.join('\n') + '\n');
  console.error(`bases.tsv: ${baseLines.length - 4} words; lemmas.tsv: ${exc.length} exceptions; ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
