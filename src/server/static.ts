/**
 * Serves the built dashboard (web/dist) as static files: read once, kept in memory,
 * no path outside the root ever answered.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

interface Asset { body: Uint8Array<ArrayBuffer>; type: string; etag: string }

export function staticFiles(webRoot: string) {
  const root = resolve(webRoot);
  const cache = new Map<string, Asset | null>();

  async function load(rel: string): Promise<Asset | null> {
    if (cache.has(rel)) return cache.get(rel) ?? null;
    const file = resolve(root, '.' + rel);
    if (file !== root && !file.startsWith(root + sep)) return null;
    let asset: Asset | null = null;
    try {
      const s = await stat(file);
      if (s.isFile()) {
        const body = new Uint8Array(await readFile(file));
        asset = { body, type: TYPES[extname(file)] ?? 'application/octet-stream', etag: `"${s.size.toString(36)}-${Math.floor(s.mtimeMs).toString(36)}"` };
      }
    } catch { asset = null; }
    cache.set(rel, asset);
    return asset;
  }

  return async function serve(c: Context): Promise<Response> {
    let rel: string;
    try { rel = decodeURIComponent(c.req.path); } catch { return c.json({ error: 'bad path' }, 400); }
    if (rel.includes('\0')) return c.json({ error: 'bad path' }, 400);
    if (rel.endsWith('/')) rel += 'index.html';
    const asset = await load(rel);
    if (!asset) {
      if (rel === '/index.html') {
        return c.text('The dashboard is not built. Run: npx tsx scripts/build-web.ts\nThe API is under /api (see /api/openapi.json).\n', 503);
      }
      return c.json({ error: 'not found' }, 404);
    }
    const headers: Record<string, string> = {
      'Content-Type': asset.type,
      ETag: asset.etag,
      'Cache-Control': rel.endsWith('.html') ? 'no-cache' : 'public, max-age=300',
    };
    if (c.req.header('If-None-Match') === asset.etag) return c.body(null, 304, headers);
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    return c.body(asset.body, 200, headers);
  };
}
