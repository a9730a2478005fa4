import { createServer } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datelineAsync } from './cli.js';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const samples = readFileSync(join(ROOT, 'samples/wikinews.jsonl'), 'utf8').trim().split('\n').slice(0, 2).map((l) => JSON.parse(l) as { title: string; url: string; published: string; text: string });
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wikinews</title><link>https://en.wikinews.org/</link>${samples.map((a) =>
  `<item><title>${esc(a.title)}</title><link>${esc(a.url)}</link><guid>${esc(a.url)}</guid><pubDate>${new Date(a.published).toUTCString()}</pubDate><description>${esc(a.text.split('\n\n').map((p) => `<p>${p}</p>`).join(''))}</description></item>`).join('')}</channel></rss>`;

const run = datelineAsync;

describe('dateline watch', () => {
  it('stores new feed items once and skips them on the next poll', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/feed.xml') { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end(feed); }
      else { res.writeHead(404); res.end(); }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const db = join(mkdtempSync(join(tmpdir(), 'dateline-watch-')), 'w.db');
    try {
      const url = `http://127.0.0.1:${port}/feed.xml`;
      // The test server is on the loopback address, which watch refuses unless allowed.
      const refused = await run(['watch', url, '--once', '--db', db]);
      expect(refused.stderr).toMatch(/feed\.xml: .*refused: 127\.0\.0\.1 is a private, loopback or link-local address/);
      const first = await run(['watch', url, '--once', '--db', db, '--allow-private']);
      expect(first.status).toBe(0);
      expect(first.stderr).toContain(`${url}: 2 new`);
      expect(first.stderr).toContain('2 new articles stored');
      expect(first.stdout).toContain(samples[0]!.title);
      const second = await run(['watch', url, '--once', '--db', db, '--allow-private']);
      expect(second.stderr).toContain(`${url}: 0 new`);
      const missing = await run(['watch', `http://127.0.0.1:${port}/nope.xml`, '--once', '--db', db, '--allow-private']);
      expect(missing.stderr).toMatch(/nope\.xml: .*404/);
    } finally {
      server.close();
    }
  });
});
