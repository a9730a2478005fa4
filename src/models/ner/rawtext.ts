/**
 * Raw, unlabelled text for the word statistics the tagger uses (clusters, capitalisation
 * ratios): Reuters-21578 bodies, Wikinews articles, PolNeAR texts, GUM word forms and the
 * CoNLL-2003 training tokens (without their labels). Each source yields sentences as
 * token arrays, tokenised close to the CoNLL/Penn convention. Nothing here is shipped;
 * only statistics computed from it are.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const TOKEN = /(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Corp|Ltd|Co|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|No|vs)\.(?![A-Za-z])|[A-Za-z]\.(?:[A-Za-z]\.)+|\p{N}+(?:[.,:/]\p{N}+)+|[\p{L}\p{N}]+(?:[-'’.&/][\p{L}\p{N}]+)*|\S/gu;

/** Tokenise one line of running text into CoNLL-like tokens ("Putin's" → "Putin", "'s"). */
export function tokenizeRaw(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(TOKEN)) {
    const t = m[0];
    const poss = /^(.+[^'’])(['’][sS])$/.exec(t);
    if (poss) { out.push(poss[1]!, poss[2]!); continue; }
    const nt = /^(.+)(n['’]t)$/.exec(t);
    if (nt) { out.push(nt[1]!, nt[2]!); continue; }
    out.push(t);
  }
  return out;
}

/** Split running text into rough sentences of tokens. */
export function sentencesOf(text: string): string[][] {
  const out: string[][] = [];
  for (const para of text.split(/\n\s*\n|\r\n\s*\r\n/)) {
    const flat = para.replace(/\s+/g, ' ').trim();
    if (!flat) continue;
    const toks = tokenizeRaw(flat);
    let cur: string[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      cur.push(t);
      const next = toks[i + 1];
      if ((t === '.' || t === '?' || t === '!') && (next === undefined || /^[A-Z"“]/.test(next))) { out.push(cur); cur = []; }
    }
    if (cur.length) out.push(cur);
  }
  return out;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, d: string) => { const c = Number(d); return c < 32 ? ' ' : String.fromCharCode(c); })
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function* reuters(dir: string): Generator<string[]> {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.sgm')).sort()) {
    const s = readFileSync(join(dir, f), 'latin1');
    for (const m of s.matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) {
      // Reuters bodies wrap lines at ~70 chars; paragraphs start with indented lines.
      const body = decodeEntities(m[1]!).replace(/\n {3,}/g, '\n\n').replace(/\s*Reuter\s*$/, '');
      yield* sentencesOf(body);
    }
  }
}

/** Parse RFC-4180 CSV (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (q) {
      if (c === '"') { if (s[i + 1] === '"') { field += '"'; i++; } else q = false; } else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

function* wikinews(dir: string): Generator<string[]> {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.csv')).sort()) {
    const rows = parseCsv(readFileSync(join(dir, f), 'utf8'));
    const ti = rows[0]!.indexOf('text');
    for (const r of rows.slice(1)) if (r[ti]) yield* sentencesOf(r[ti]!);
  }
}

function* plainDir(dir: string): Generator<string[]> {
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) yield* sentencesOf(readFileSync(join(dir, f), 'utf8'));
}

function* gum(dir: string): Generator<string[]> {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.conllu')).sort()) {
    let cur: string[] = [];
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) { if (cur.length) yield cur; cur = []; continue; }
      if (line.startsWith('#')) continue;
      const cols = line.split('\t');
      if (/^\d+$/.test(cols[0]!)) cur.push(cols[1]!);
    }
    if (cur.length) yield cur;
  }
}

/** Token column of a CoNLL file, one sentence at a time, -DOCSTART- lines skipped. */
function* conllTokens(path: string): Generator<string[]> {
  let cur: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const t = line.trim();
    if (!t || t.startsWith('-DOCSTART-')) { if (cur.length) yield cur; cur = []; continue; }
    cur.push(t.split(' ')[0]!);
  }
  if (cur.length) yield cur;
}

/** Every raw sentence of the shared corpora, in a fixed order. */
export function* rawSentences(corpora: string): Generator<string[]> {
  yield* reuters(join(corpora, 'reuters21578'));
  yield* wikinews(join(corpora, 'wikinews'));
  yield* plainDir(join(corpora, 'polnear', 'train', 'text'));
  yield* plainDir(join(corpora, 'polnear', 'dev', 'text'));
  yield* gum(join(corpora, 'gum'));
  yield* conllTokens(join(corpora, 'conll2003', 'train.txt'));
}
