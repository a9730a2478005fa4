/**
 * The model's files in data/ner: word statistics (lexicon.tsv.gz), gazetteer
 * (gazetteer.tsv.gz) and weights (weights.bin.gz). Loaders validate every line and
 * name the file and line of a bad entry.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { basename } from 'node:path';
import type { GazetteerEntry } from './gazetteer.js';
import type { Lexicon } from './features.js';

export class NerDataError extends Error {
  constructor(readonly file: string, readonly line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
  }
}

function gzText(path: string): string[] {
  return gunzipSync(readFileSync(path)).toString('utf8').split('\n');
}

export function writeLexicon(path: string, lex: Lexicon, header: string): void {
  const lines = [`# ${header}`, '# C<TAB>word<TAB>cluster ids (k=64, 256, 1024); K<TAB>lower-cased word<TAB>capitalisation bucket 0-6'];
  for (const [w, c] of lex.clusters) lines.push(`C\t${w}\t${c.join('\t')}`);
  for (const [w, b] of lex.caps) lines.push(`K\t${w}\t${b}`);
  writeFileSync(path, gzipSync(lines.join('\n') + '\n', { level: 9 }));
}

export function readLexicon(path: string): Lexicon {
  const clusters = new Map<string, number[]>();
  const caps = new Map<string, number>();
  const file = basename(path);
  const lines = gzText(path);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line || line.startsWith('#')) continue;
    const parts = line.split('\t');
    if (parts[0] === 'C' && parts.length === 5) {
      const ids = parts.slice(2).map(Number);
      if (!parts[1] || ids.some((x) => !Number.isInteger(x) || x < 0)) throw new NerDataError(file, i + 1, 'bad cluster entry');
      clusters.set(parts[1], ids);
    } else if (parts[0] === 'K' && parts.length === 3) {
      const b = Number(parts[2]);
      if (!parts[1] || !Number.isInteger(b) || b < 0 || b > 6) throw new NerDataError(file, i + 1, 'bad capitalisation entry');
      caps.set(parts[1], b);
    } else throw new NerDataError(file, i + 1, `expected C or K row, got "${line.slice(0, 40)}"`);
  }
  return { clusters, caps };
}

export function writeGazetteer(path: string, entries: readonly GazetteerEntry[], header: string): void {
  const lines = [`# ${header}`, '# phrase<TAB>class'];
  for (const e of entries) lines.push(`${e.phrase}\t${e.cls}`);
  writeFileSync(path, gzipSync(lines.join('\n') + '\n', { level: 9 }));
}

export function readGazetteerLines(lines: readonly string[], file: string): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim() || line.startsWith('#')) continue;
    const [phrase, cls, ...rest] = line.split('\t');
    if (!phrase || !cls || rest.length || !/^[A-Z]+$/.test(cls)) throw new NerDataError(file, i + 1, 'expected phrase<TAB>CLASS');
    out.push({ phrase, cls });
  }
  return out;
}

export function readGazetteer(path: string): GazetteerEntry[] {
  const lines = path.endsWith('.gz') ? gzText(path) : readFileSync(path, 'utf8').split('\n');
  return readGazetteerLines(lines, basename(path));
}

export interface WeightsHeader {
  readonly format: 'dateline-ner-weights';
  readonly version: 1;
  readonly bits: number;
  readonly labels: readonly string[];
  /** Real weight = stored int16 / scale. */
  readonly scale: number;
  readonly rows: number;
  /** Transition scores (L+1) × L, already divided by nothing: real units. */
  readonly trans: readonly number[];
  readonly meta: Record<string, unknown>;
}

/**
 * Layout after gzip: magic "DLNERW1\n", uint32 header length, JSON header, then
 * `rows` varint deltas of row indices, then rows × L int16 weights (little-endian).
 */
export function writeWeights(path: string, w: Float32Array, L: number, trans: Float64Array | Float32Array, header: Omit<WeightsHeader, 'scale' | 'rows' | 'trans' | 'format' | 'version'>, prune: number): { rows: number; bytes: number } {
  const nRows = w.length / L;
  let maxAbs = 0;
  for (let i = 0; i < w.length; i++) { const a = Math.abs(w[i]!); if (a > maxAbs) maxAbs = a; }
  const scale = 32767 / (maxAbs || 1);
  const rows: number[] = [];
  for (let r = 0; r < nRows; r++) {
    let keep = false;
    for (let c = 0; c < L; c++) if (Math.abs(w[r * L + c]!) * scale >= prune) { keep = true; break; }
    if (keep) rows.push(r);
  }
  const varints: number[] = [];
  let last = 0;
  for (const r of rows) { let d = r - last; last = r; while (d >= 128) { varints.push((d & 127) | 128); d >>>= 7; } varints.push(d); }
  const vals = new Int16Array(rows.length * L);
  rows.forEach((r, i) => { for (let c = 0; c < L; c++) vals[i * L + c] = Math.round(w[r * L + c]! * scale); });
  const head: WeightsHeader = { format: 'dateline-ner-weights', version: 1, ...header, scale, rows: rows.length, trans: Array.from(trans) };
  const hb = Buffer.from(JSON.stringify(head), 'utf8');
  const len = Buffer.alloc(4); len.writeUInt32LE(hb.length);
  const body = Buffer.concat([Buffer.from('DLNERW1\n'), len, hb, Buffer.from(varints), Buffer.from(vals.buffer, vals.byteOffset, vals.byteLength)]);
  const gz = gzipSync(body, { level: 9 });
  writeFileSync(path, gz);
  return { rows: rows.length, bytes: gz.length };
}

export interface LoadedWeights {
  readonly header: WeightsHeader;
  /** Dense int16 table of 2^bits rows × L. */
  readonly table: Int16Array;
  /** Transitions in the table's units (real × scale). */
  readonly trans: Float32Array;
}

export function readWeights(path: string): LoadedWeights {
  const file = basename(path);
  const buf = gunzipSync(readFileSync(path));
  if (buf.subarray(0, 8).toString('latin1') !== 'DLNERW1\n') throw new NerDataError(file, 1, 'not a dateline NER weights file');
  const hl = buf.readUInt32LE(8);
  const header = JSON.parse(buf.subarray(12, 12 + hl).toString('utf8')) as WeightsHeader;
  if (header.format !== 'dateline-ner-weights' || header.version !== 1) throw new NerDataError(file, 1, 'unknown weights format or version');
  const L = header.labels.length;
  const table = new Int16Array((1 << header.bits) * L);
  let p = 12 + hl;
  const rows = new Int32Array(header.rows);
  let last = 0;
  for (let i = 0; i < header.rows; i++) {
    let d = 0, shift = 0, b: number;
    do { b = buf[p++]!; d |= (b & 127) << shift; shift += 7; } while (b & 128);
    last += d; rows[i] = last;
  }
  const vals = new Int16Array(header.rows * L);
  Buffer.from(vals.buffer).set(buf.subarray(p, p + vals.byteLength));
  if (p + vals.byteLength !== buf.length) throw new NerDataError(file, 1, 'weights file truncated or padded');
  for (let i = 0; i < header.rows; i++) table.set(vals.subarray(i * L, i * L + L), rows[i]! * L);
  const trans = Float32Array.from(header.trans, (x) => x * header.scale);
  return { header, table, trans };
}
