/**
 * http(s) inputs: fetched with a timeout, a size cap, a bounded number of redirects and a
 * clear User-Agent; the response's Content-Type (else the bytes) decides the reader.
 * Private, loopback and link-local hosts are refused unless allowed (see address.ts): checked
 * before each request (for a plain reason) and again on the address each connection uses, so a
 * name that resolves to a public address for the check and a private one for the request
 * (DNS rebinding) is refused too.
 */
import { Agent, fetch as undiciFetch } from 'undici';
import { guardedConnectLookup, privateHostReason, systemLookup, type HostLookup } from './address.js';
import { readFeed } from '../feed/index.js';
import { readHtml } from '../html/index.js';
import { isGzip, unpack } from '../html/unpack.js';
import { failure, fetchTime, type Input, type ReadResult, type Reader } from '../types.js';
import { readWarc } from '../warc/index.js';

export const USER_AGENT = 'dateline/0.1 (+https://github.com/dateline)';

export interface FetchOptions {
  /** Whole-request timeout in milliseconds (default 20 s). */
  readonly timeoutMs?: number;
  /** Largest body accepted, in bytes (default 20 MB). */
  readonly maxBytes?: number;
  /** Redirects followed at most (default 5). */
  readonly maxRedirects?: number;
  readonly userAgent?: string;
  readonly signal?: AbortSignal;
  /** The fetch implementation (tests pass a fake one). */
  readonly fetch?: typeof globalThis.fetch;
  /**
   * Fetch hosts on private, loopback or link-local addresses too (default false: a URL
   * from a user or a redirect must not reach this machine's or its network's services).
   */
  readonly allowPrivate?: boolean;
  /** Host name resolution for that check (tests pass a fake one). */
  readonly lookup?: HostLookup;
}

/** A failed fetch: one plain line (the URL is in `url`). `transient` for network errors and 5xx/429. */
export class FetchError extends Error {
  constructor(message: string, readonly url: string, readonly transient: boolean, readonly status?: number) {
    super(message);
    this.name = 'FetchError';
  }
}

/** Fetch a URL into an Input (its bytes, final URL, Content-Type and fetch time). */
export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<Input> {
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const maxBytes = opts.maxBytes ?? 20 * 1024 * 1024;
  const maxRedirects = opts.maxRedirects ?? 5;
  const doFetch = opts.fetch ?? (opts.allowPrivate ? globalThis.fetch : guardedFetch(opts.lookup ?? systemLookup));
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(new Error('timeout')), timeoutMs);
  const onAbort = () => ctl.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      let u: URL;
      try { u = new URL(current); } catch { throw new FetchError(`not a valid URL: ${current}`, url, false); }
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FetchError('only http and https URLs can be fetched', url, false);
      if (!opts.allowPrivate) {
        // The lookup counts against the timeout like the request.
        const why = await Promise.race([
          privateHostReason(u, opts.lookup ?? systemLookup),
          new Promise<never>((_, reject) => {
            const fail = () => reject(new FetchError(opts.signal?.aborted ? 'aborted' : `no answer within ${timeoutMs} ms`, url, true));
            if (ctl.signal.aborted) fail(); else ctl.signal.addEventListener('abort', fail, { once: true });
          }),
        ]);
        if (why) throw new FetchError(`refused: ${why} (--allow-private to fetch it)`, url, false);
      }
      let res: Response;
      try {
        res = await doFetch(current, {
          redirect: 'manual',
          signal: ctl.signal,
          headers: { 'user-agent': opts.userAgent ?? USER_AGENT, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8' },
        });
      } catch (e) {
        const refused = (e as { cause?: { code?: string; message?: string } })?.cause;
        if (refused?.code === 'EPRIVATE') throw new FetchError(refused.message!, url, false);
        const why = ctl.signal.aborted ? (opts.signal?.aborted ? 'aborted' : `no answer within ${timeoutMs} ms`) : plain(e);
        throw new FetchError(why, url, true);
      }
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel().catch(() => undefined);
        if (hop >= maxRedirects) throw new FetchError(`more than ${maxRedirects} redirects`, url, false, res.status);
        current = new URL(res.headers.get('location')!, current).href;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        throw new FetchError(`HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`, url, res.status >= 500 || res.status === 429, res.status);
      }
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw new FetchError(`response of ${declared} bytes is larger than the ${maxBytes}-byte limit`, url, false, res.status);
      }
      const bytes = await readCapped(res, maxBytes, url, ctl.signal, timeoutMs);
      return {
        name: url,
        url: current,
        bytes,
        contentType: res.headers.get('content-type') ?? undefined,
        fetched: fetchTime(new Date()),
      };
    }
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** Agents whose connections refuse non-public addresses, per host lookup. */
const guardedAgents = new WeakMap<HostLookup, Agent>();

/** fetch over connections that refuse non-public addresses (undici, with a guarded lookup). */
function guardedFetch(lookup: HostLookup): typeof globalThis.fetch {
  let agent = guardedAgents.get(lookup);
  if (!agent) guardedAgents.set(lookup, agent = new Agent({ connect: { lookup: guardedConnectLookup(lookup) } }));
  const dispatcher = agent;
  return ((input: string, init?: RequestInit) => undiciFetch(input, { ...(init as object), dispatcher })) as unknown as typeof globalThis.fetch;
}

async function readCapped(res: Response, maxBytes: number, url: string, signal: AbortSignal, timeoutMs: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new FetchError(`response larger than the ${maxBytes}-byte limit`, url, false, res.status);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof FetchError) throw e;
    throw new FetchError(signal.aborted ? `no complete answer within ${timeoutMs} ms` : plain(e), url, true, res.status);
  }
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) { out.set(c, o); o += c.byteLength; }
  return out;
}

/** What the network's error codes mean, in words. */
const NETWORK_ERRORS: Record<string, string> = {
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up (DNS did not answer)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'the connection was reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'the connection timed out',
  CERT_HAS_EXPIRED: 'the server\'s TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server\'s TLS certificate is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server\'s TLS certificate cannot be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the server\'s TLS certificate is for another name',
};

function plain(e: unknown): string {
  const err = e as { message?: string; cause?: { code?: string; message?: string } };
  const code = err?.cause?.code;
  const cause = (code && NETWORK_ERRORS[code] ? `${NETWORK_ERRORS[code]}, ${code}` : code) ?? err?.cause?.message;
  return (cause ? `${err.message ?? 'fetch failed'} (${cause})` : err?.message ?? String(e)).split('\n')[0]!;
}

export type WebFormat = 'html' | 'rss' | 'warc';

/** Which reader fits an input: Content-Type first, then the URL/path, then the bytes. */
export function formatOf(input: Input): WebFormat | null {
  const ct = (input.contentType ?? '').toLowerCase();
  if (/rss|atom/.test(ct)) return 'rss';
  if (/warc/.test(ct)) return 'warc';
  if (/html/.test(ct)) return 'html';
  const name = (input.path ?? input.url ?? input.name).toLowerCase().replace(/[?#].*$/, '');
  if (/\.warc(\.gz)?$/.test(name)) return 'warc';
  if (/\.(rss|atom)(\.gz)?$/.test(name)) return 'rss';
  if (/\.x?html?(\.gz)?$/.test(name)) return 'html';
  let b = input.bytes;
  if (isGzip(b)) {
    const u = unpack(b);
    if (!u.ok) return null;
    b = u.bytes;
  }
  const head = Buffer.from(b.subarray(0, 2048)).toString('latin1').replace(/^\ufeff|^\xef\xbb\xbf/, '').trimStart();
  if (head.startsWith('WARC/')) return 'warc';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(head)) return 'rss';
  if (/<html|<!doctype html|<head|<body|<p>|<div/i.test(head)) return 'html';
  if (/xml/.test(ct) || /^<\?xml/.test(head)) return 'rss';
  return null;
}

export const READERS: Readonly<Record<WebFormat, Reader>> = { html: readHtml, rss: readFeed, warc: readWarc };

/** Fetch a URL and read it with the reader its content calls for. Never throws. */
export async function* readUrl(url: string, opts: FetchOptions = {}): AsyncIterable<ReadResult> {
  let input: Input;
  try {
    input = await fetchUrl(url, opts);
  } catch (e) {
    yield failure({ url, format: 'html' }, e instanceof FetchError ? e.message : plain(e));
    return;
  }
  const fmt = formatOf(input);
  if (!fmt) { yield failure({ url, format: 'html' }, `unsupported content (${input.contentType ?? 'no Content-Type'})`); return; }
  yield* READERS[fmt](input);
}
