/**
 * WARC and WARC.gz crawl archives (Common Crawl, CC-NEWS): every HTTP response (or
 * resource) record with an HTML payload becomes an article with its target URL; other
 * records are skipped and counted. Gzip members are inflated one at a time, so a corrupt
 * member or record is skipped with a message and the rest is read; a truncated archive
 * yields what came before the cut and a failure naming the offset.
 */
import { inflateRawSync, gunzipSync, inflateSync, brotliDecompressSync } from 'node:zlib';
import type { SourceRef } from '../../document/document.js';
import { decodeHtml, extractArticle } from '../html/index.js';
import { failure, fetchTime, type Input, type ReadResult, type Reader } from '../types.js';

export interface WarcRecord {
  readonly headers: Map<string, string>;
  readonly block: Uint8Array;
  /** Byte offset of the record (or its gzip member) in the archive. */
  readonly offset: number;
}

type Piece = { kind: 'record'; record: WarcRecord } | { kind: 'error'; offset: number; message: string; fatal: boolean };

const CRLFCRLF = Buffer.from('\r\n\r\n');
const WARC_MAGIC = Buffer.from('WARC/');

function indexOf(buf: Buffer, needle: Buffer, from: number): number {
  return buf.indexOf(needle, from);
}

/** WARC records in an uncompressed buffer. `base` is added to offsets. */
function* recordsIn(buf: Buffer, base: number, memberMode: boolean): Generator<Piece> {
  let pos = 0;
  while (pos < buf.length) {
    while (pos < buf.length && (buf[pos] === 13 || buf[pos] === 10)) pos++;
    if (pos >= buf.length) return;
    const at = memberMode ? base : base + pos;
    if (buf.compare(WARC_MAGIC, 0, 5, pos, pos + 5) !== 0) {
      const next = indexOf(buf, Buffer.from('\nWARC/'), pos);
      yield { kind: 'error', offset: at, message: `no WARC record header at byte ${base + pos}: skipped to the next record`, fatal: false };
      if (next < 0) return;
      pos = next + 1;
      continue;
    }
    const end = indexOf(buf, CRLFCRLF, pos);
    if (end < 0) { yield { kind: 'error', offset: at, message: `truncated WARC record header at byte ${base + pos}`, fatal: true }; return; }
    const lines = buf.subarray(pos, end).toString('utf8').split('\r\n');
    const headers = new Map<string, string>();
    for (const line of lines.slice(1)) {
      const c = line.indexOf(':');
      if (c > 0) headers.set(line.slice(0, c).trim().toLowerCase(), line.slice(c + 1).trim());
    }
    const len = Number(headers.get('content-length'));
    if (!Number.isFinite(len) || len < 0) {
      const next = indexOf(buf, Buffer.from('\r\nWARC/'), end);
      yield { kind: 'error', offset: at, message: `WARC record at byte ${base + pos} has no valid Content-Length: skipped`, fatal: false };
      if (next < 0) return;
      pos = next + 2;
      continue;
    }
    const start = end + 4;
    if (start + len > buf.length) {
      yield { kind: 'error', offset: at, message: `truncated WARC record at byte ${base + pos} (${headers.get('warc-record-id') ?? 'no id'}): ${buf.length - start} of ${len} bytes`, fatal: true };
      return;
    }
    yield { kind: 'record', record: { headers, block: buf.subarray(start, start + len), offset: at } };
    pos = start + len;
  }
}

/** Length of a gzip member header, or -1 when the bytes are not one. */
function gzipHeaderLength(buf: Buffer, pos: number): number {
  if (buf[pos] !== 0x1f || buf[pos + 1] !== 0x8b || buf[pos + 2] !== 8) return -1;
  const flags = buf[pos + 3]!;
  let p = pos + 10;
  if (flags & 4) { if (p + 2 > buf.length) return -1; p += 2 + buf.readUInt16LE(p); }
  if (flags & 8) { while (p < buf.length && buf[p] !== 0) p++; p++; }
  if (flags & 16) { while (p < buf.length && buf[p] !== 0) p++; p++; }
  if (flags & 2) p += 2;
  return p > buf.length ? -1 : p - pos;
}

/** Records of a gzip-compressed WARC, one member at a time. */
function* gzipRecords(buf: Buffer): Generator<Piece> {
  let pos = 0;
  while (pos < buf.length) {
    const h = gzipHeaderLength(buf, pos);
    if (h < 0) {
      const next = buf.indexOf(Buffer.from([0x1f, 0x8b, 8]), pos + 1);
      yield { kind: 'error', offset: pos, message: `corrupt gzip data at byte ${pos}: skipped${next < 0 ? ' to the end' : ` to byte ${next}`}`, fatal: false };
      if (next < 0) return;
      pos = next;
      continue;
    }
    let out: Buffer;
    let used: number;
    try {
      const r = inflateRawSync(buf.subarray(pos + h), { info: true }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
      out = r.buffer;
      used = r.engine.bytesWritten;
    } catch (e) {
      const msg = (e as Error).message;
      if (/unexpected end/i.test(msg)) {
        yield { kind: 'error', offset: pos, message: `truncated gzip member at byte ${pos}: the archive ends before it does`, fatal: true };
        return;
      }
      const next = buf.indexOf(Buffer.from([0x1f, 0x8b, 8]), pos + 1);
      yield { kind: 'error', offset: pos, message: `corrupt gzip member at byte ${pos} (${msg}): skipped`, fatal: false };
      if (next < 0) return;
      pos = next;
      continue;
    }
    const member = pos;
    pos += h + used + 8;
    if (pos > buf.length) {
      yield { kind: 'error', offset: member, message: `truncated gzip member at byte ${member}: trailer missing`, fatal: true };
    }
    for (const piece of recordsIn(out, member, true)) {
      yield piece;
      if (piece.kind === 'error' && piece.fatal) break;
    }
    if (pos > buf.length) return;
  }
}

/** All records (and problems) of a WARC or WARC.gz archive. */
export function* warcRecords(bytes: Uint8Array): Generator<Piece> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0x1f && buf[1] === 0x8b) yield* gzipRecords(buf);
  else yield* recordsIn(buf, 0, false);
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Map<string, string>;
  readonly body: Uint8Array;
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let pos = 0;
  while (pos < body.length) {
    const eol = body.indexOf('\r\n', pos);
    if (eol < 0) break;
    const size = parseInt(body.subarray(pos, eol).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size)) return body; // not really chunked
    if (size === 0) break;
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    pos = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** Parse an HTTP response message (status line, headers, body; chunked and compressed bodies decoded). */
export function parseHttpResponse(block: Uint8Array): HttpResponse | null {
  const buf = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  let end = buf.indexOf(CRLFCRLF);
  let sep = 4;
  if (end < 0) { end = buf.indexOf('\n\n'); sep = 2; }
  if (end < 0) return null;
  const lines = buf.subarray(0, end).toString('latin1').split(/\r?\n/);
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (!m) return null;
  const headers = new Map<string, string>();
  for (const l of lines.slice(1)) {
    const c = l.indexOf(':');
    if (c > 0) headers.set(l.slice(0, c).trim().toLowerCase(), l.slice(c + 1).trim());
  }
  let body: Buffer = buf.subarray(end + sep);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body);
  const enc = (headers.get('content-encoding') ?? '').toLowerCase();
  try {
    if (enc === 'gzip' || enc === 'x-gzip') body = gunzipSync(body);
    else if (enc === 'deflate') body = inflateSync(body);
    else if (enc === 'br') body = brotliDecompressSync(body);
  } catch { /* stored already decoded by the crawler */ }
  return { status: Number(m[1]), headers, body };
}

function looksHtml(contentType: string, body: Uint8Array): boolean {
  if (/html/i.test(contentType)) return true;
  if (contentType && !/text\/plain|octet-stream/i.test(contentType)) return false;
  const head = Buffer.from(body.subarray(0, 1024)).toString('latin1').toLowerCase();
  return head.includes('<html') || head.includes('<!doctype html');
}

/** Reader for WARC and WARC.gz archives. */
export const readWarc: Reader = function* (input: Input): Iterable<ReadResult> {
  const base: SourceRef = { ...(input.path ? { path: input.path } : {}), ...(input.url ? { url: input.url } : {}), format: 'warc' };
  const skipped = new Map<string, number>();
  const skip = (why: string) => skipped.set(why, (skipped.get(why) ?? 0) + 1);
  let records = 0;
  let articles = 0;
  let fatal = false;
  for (const piece of warcRecords(input.bytes)) {
    if (piece.kind === 'error') {
      fatal ||= piece.fatal;
      if (piece.fatal) yield failure(base, piece.message);
      else yield { kind: 'notice', source: base, message: piece.message };
      continue;
    }
    records++;
    const h = piece.record.headers;
    const type = (h.get('warc-type') ?? '').toLowerCase();
    const id = h.get('warc-record-id') ?? `record at byte ${piece.record.offset}`;
    const url = h.get('warc-target-uri')?.replace(/^<|>$/g, '');
    const fetched = fetchTime(h.get('warc-date'));
    const source: SourceRef = { ...base, ...(url ? { url } : {}), item: id };
    let contentType: string;
    let body: Uint8Array;
    if (type === 'response' && /application\/http/i.test(h.get('content-type') ?? 'application/http')) {
      const resp = parseHttpResponse(piece.record.block);
      if (!resp) { yield { kind: 'notice', source, message: `${id}: unreadable HTTP response: skipped` }; skip('unreadable'); continue; }
      if (resp.status < 200 || resp.status >= 300) { skip(`HTTP ${resp.status}`); continue; }
      contentType = resp.headers.get('content-type') ?? '';
      body = resp.body;
    } else if (type === 'resource' || type === 'conversion') {
      contentType = h.get('content-type') ?? '';
      body = piece.record.block;
    } else { skip(type || 'untyped'); continue; }
    if (!looksHtml(contentType, body)) { skip('not HTML'); continue; }
    if (body.length === 0) { skip('empty'); continue; }
    const d = decodeHtml(body, contentType);
    if (!d.ok) { yield failure(source, `${id}: ${d.error}`); continue; }
    const a = extractArticle(d.text, url, { maxDate: fetched?.slice(0, 10) });
    if (a.empty) { yield { kind: 'notice', source, message: `${url ?? id}: no article text on the page` }; skip('no article'); continue; }
    articles++;
    yield {
      kind: 'article',
      text: a.text,
      meta: {
        source,
        title: a.title,
        published: a.published,
        ...(fetched ? { fetched } : {}),
        authors: a.authors,
        siteName: a.siteName,
        language: a.language,
        headlineInText: false,
        dateline: a.dateline,
        ...(a.warnings.length ? { warnings: a.warnings } : {}),
      },
    };
  }
  // An archive whose only record was cut short has said so once already.
  if (records === 0) { if (!fatal) yield failure(base, 'no WARC records found'); return; }
  if (skipped.size) {
    const parts = [...skipped].map(([k, v]) => `${v} ${k}`).join(', ');
    yield { kind: 'notice', source: base, message: `${records} records, ${articles} articles; skipped ${parts}` };
  }
};
