/** Gzip-compressed inputs (page.html.gz, feed.xml.gz): unpacked, or a one-line reason why not. */
import { gunzipSync } from 'node:zlib';

export type Unpacked = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The bytes, gunzipped when they are gzip data. */
export function unpack(bytes: Uint8Array): Unpacked {
  if (!isGzip(bytes)) return { ok: true, bytes };
  try {
    return { ok: true, bytes: gunzipSync(bytes) };
  } catch (e) {
    const msg = (e as Error).message;
    return { ok: false, error: /unexpected end/i.test(msg) ? 'truncated gzip data' : `corrupt gzip data (${msg})` };
  }
}
