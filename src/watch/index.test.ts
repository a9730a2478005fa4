import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Input, RawArticle } from '../readers/types.js';
import { FetchError } from '../readers/url/index.js';
import { pollFeed, seenKeys, watchFeeds } from './index.js';

// Wikinews headlines and first paragraphs (CC BY 2.5), read at test time.
const CSV = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora', 'wikinews', 'wikinews_2019.csv');
const lines = readFileSync(CSV, 'utf8').split('\n').filter((l) => /^"?https:\/\/en\.wikinews/.test(l)).slice(0, 4);
const stories = lines.map((l) => {
  const m = /^"?(https:[^",]+(?:,[^",]+)*)"?,(\d{4}-\d\d-\d\d),"?([^"]+?)"?,/.exec(l)!;
  return { url: m[1]!, date: m[2]!, title: m[3]! };
});

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function feed(items: { url: string; title: string; text: string }[]): Input {
  const xml = `<rss version="2.0"><channel><title>WN</title>${items.map((i) => `<item><title>${esc(i.title)}</title><link>${esc(i.url)}</link><description>${esc(i.text)}</description></item>`).join('')}</channel></rss>`;
  return { name: 'feed', url: 'https://wn.test/feed', bytes: Buffer.from(xml), contentType: 'application/rss+xml' };
}

class MemorySeen {
  readonly keys = new Set<string>();
  has(k: string) { return this.keys.has(k); }
  add(k: string) { this.keys.add(k); }
}

describe('pollFeed', () => {
  it('hands on new items once, and skips a repeat under another URL by its content hash', async () => {
    const seen = new MemorySeen();
    const got: RawArticle[] = [];
    const items = stories.slice(0, 2).map((s) => ({ url: s.url, title: s.title, text: `Story of ${s.date}.` }));
    const first = await pollFeed('https://wn.test/feed', { seen, onArticle: (a) => { got.push(a); }, fetch: async () => feed(items) });
    expect(first).toBe(2);
    const again = await pollFeed('https://wn.test/feed', { seen, onArticle: (a) => { got.push(a); }, fetch: async () => feed(items) });
    expect(again).toBe(0);
    const moved = [{ ...items[0]!, url: 'https://mirror.test/copy' }, { url: stories[2]!.url, title: stories[2]!.title, text: 'Fresh.' }];
    const third = await pollFeed('https://wn.test/feed', { seen, onArticle: (a) => { got.push(a); }, fetch: async () => feed(moved) });
    expect(third).toBe(1);
    expect(got.map((a) => a.meta.title)).toEqual([stories[0]!.title, stories[1]!.title, stories[2]!.title]);
    expect(seenKeys(got[0]!)).toEqual([`url:${stories[0]!.url}`, expect.stringMatching(/^sha256:[0-9a-f]{64}$/)]);
  });
});

describe('watchFeeds', () => {
  it('keeps polling through network errors with doubling backoff, then resumes', async () => {
    const seen = new MemorySeen();
    const ctl = new AbortController();
    const errors: number[] = [];
    const got: string[] = [];
    let calls = 0;
    const items = stories.slice(0, 3).map((s) => ({ url: s.url, title: s.title, text: s.title }));
    await watchFeeds({
      feeds: ['https://wn.test/feed'],
      everyMs: 5,
      backoffMs: 10,
      maxBackoffMs: 40,
      seen,
      signal: ctl.signal,
      fetch: async () => {
        calls++;
        if (calls >= 2 && calls <= 5) throw new FetchError('fetch failed (ECONNRESET)', 'https://wn.test/feed', true);
        return feed(items.slice(0, calls === 1 ? 1 : 3));
      },
      onArticle: (a) => { got.push(a.meta.title!); if (got.length === 3) ctl.abort(); },
      onError: (_f, msg, retry) => { expect(msg).toMatch(/ECONNRESET/); errors.push(retry); },
    });
    expect(errors).toEqual([10, 20, 40, 40]);
    expect(got).toEqual(items.map((i) => i.title));
    expect(calls).toBe(6);
  });

  it('stops at once when aborted', async () => {
    const ctl = new AbortController();
    ctl.abort();
    let calls = 0;
    await watchFeeds({ feeds: ['a', 'b'], everyMs: 1000, seen: new MemorySeen(), signal: ctl.signal, fetch: async () => { calls++; return feed([]); }, onArticle: () => {}, onError: () => {} });
    expect(calls).toBe(0);
  });
});
