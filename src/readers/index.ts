/**
 * Inputs: locate them (files, directories walked recursively, URLs, stdin), load
 * their bytes (gunzip, size cap), and pick the reader for their format.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SourceFormat } from '../document/document.js';
import { readFeed } from './feed/index.js';
import { readHtml } from './html/index.js';
import { readJsonl } from './jsonl/index.js';
import { readSgml } from './sgml/index.js';
import { readText } from './text/index.js';
import { readWarc } from './warc/index.js';
import { failure, type Input, type ReadFailure, type Reader } from './types.js';

/** Largest input read whole (bytes, after decompression). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Whether a file name marks an article format (what a directory walk reads). */
export function knownByName(name: string): boolean {
  return EXTENSIONS[extname(name.toLowerCase().replace(/\.gz$/, ''))] !== undefined;
}

/** A note about inputs that were passed over, not failed. */
export interface InputNotice {
  readonly kind: 'notice';
  readonly name: string;
  readonly message: string;
}

export interface InputRef {
  readonly name: string;
  readonly path?: string;
  readonly url?: string;
  readonly stdin?: boolean;
  /** Bytes on disk, for a file (the share of a run's work it is). */
  readonly size?: number;
}

/** Readers by format. */
const readers: ReadonlyMap<SourceFormat, Reader> = new Map<SourceFormat, Reader>([
  ['text', readText],
  ['jsonl', readJsonl],
  ['sgml', readSgml],
  ['html', readHtml],
  ['rss', readFeed],
  ['warc', readWarc],
]);

const EXTENSIONS: Record<string, SourceFormat> = {
  '.txt': 'text', '.text': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.rss': 'rss', '.atom': 'rss', '.xml': 'rss',
  '.warc': 'warc',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.sgm': 'sgml', '.sgml': 'sgml',
};

/** The format of an input, by its name, then by its first bytes. */
export function formatOf(name: string, bytes: Uint8Array, contentType?: string): SourceFormat {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  const byExt = EXTENSIONS[extname(base)];
  if (byExt) return byExt;
  if (contentType) {
    if (/html/i.test(contentType)) return 'html';
    if (/rss|atom|xml/i.test(contentType)) return 'rss';
    if (/warc/i.test(contentType)) return 'warc';
  }
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart();
  if (/^WARC\/\d/.test(head)) return 'warc';
  if (/^(?:<!DOCTYPE lewis|<REUTERS)/i.test(head)) return 'sgml';
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(head)) return 'rss';
  if (/^(?:<!DOCTYPE html|<html|<head|<body|<!--)/i.test(head)) return 'html';
  if (/^\{/.test(head) && /^\{[^\n]*\}\s*(?:\n|$)/.test(head)) return 'jsonl';
  return 'text';
}

export function readerFor(format: SourceFormat): Reader | null {
  return readers.get(format) ?? null;
}

/** Expand arguments into inputs: directories walked recursively in name order. */
export async function* locateInputs(args: readonly string[]): AsyncIterable<InputRef | ReadFailure | InputNotice> {
  for (const arg of args) {
    if (arg === '-') { yield { name: '-', stdin: true }; continue; }
    if (/^https?:\/\//i.test(arg)) { yield { name: arg, url: arg }; continue; }
    let st;
    try {
      st = await stat(arg);
    } catch (e) {
      yield failure({ path: arg, format: 'text' }, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message);
      continue;
    }
    if (st.isDirectory()) yield* walk(arg);
    else yield { name: arg, path: arg, size: st.size };
  }
}

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch {
    return undefined;
  }
}

async function* walk(dir: string): AsyncIterable<InputRef | ReadFailure | InputNotice> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield failure({ path: dir, format: 'text' }, `cannot read directory: ${(e as Error).message}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const skipped: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile() && knownByName(e.name)) yield { name: p, path: p, size: await sizeOf(p) };
    else if (e.isFile()) skipped.push(e.name);
  }
  if (skipped.length) {
    const shown = skipped.slice(0, 5).join(', ') + (skipped.length > 5 ? ', …' : '');
    yield { kind: 'notice', name: dir, message: `skipped ${skipped.length} file${skipped.length > 1 ? 's' : ''} not named as articles (${shown}); name a file to read it anyway` };
  }
}

async function readCapped(stream: NodeJS.ReadableStream, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    n += b.length;
    if (n > MAX_INPUT_BYTES) throw new Error(`${name}: larger than ${MAX_INPUT_BYTES / 1048576} MB`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

export type UrlFetcher = (url: string) => Promise<Input>;

/** Load an input's bytes: gunzip where needed (but not WARC, whose reader reads gzip members itself). */
export async function loadInput(ref: InputRef, fetchUrl?: UrlFetcher): Promise<Input | ReadFailure> {
  const source = { ...(ref.path ? { path: ref.path } : {}), ...(ref.url ? { url: ref.url } : {}), format: 'text' as const };
  try {
    let input: Input;
    if (ref.url) {
      if (!fetchUrl) return failure(source, 'URL inputs are not available in this build');
      input = await fetchUrl(ref.url);
    } else if (ref.stdin) {
      input = { name: '-', bytes: await readCapped(process.stdin, 'stdin') };
    } else {
      const st = await stat(ref.path!);
      if (st.size > MAX_INPUT_BYTES) return failure(source, `file is ${(st.size / 1048576).toFixed(0)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit`);
      input = { name: ref.name, path: ref.path!, bytes: await readCapped(createReadStream(ref.path!), ref.name) };
    }
    const gz = input.bytes[0] === 0x1f && input.bytes[1] === 0x8b;
    const isWarc = /\.warc(\.gz)?$/i.test(input.name);
    if (gz && !isWarc) {
      try {
        const bytes = gunzipSync(input.bytes, { maxOutputLength: MAX_INPUT_BYTES });
        input = { ...input, bytes };
      } catch (e) {
        const msg = (e as Error).message;
        return failure(source, /unexpected end/i.test(msg) ? 'truncated gzip data' : `bad gzip data: ${msg}`);
      }
    }
    return input;
  } catch (e) {
    return failure(source, (e as Error).message.replace(/^[A-Z]+: /, ''));
  }
}
