/**
 * One behaviour for every store: the same tests run against SQLite and, where a
 * server answers (CI starts one), PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '../document/record.js';
import type { ArticleRecord } from '../document/schema.js';
import { openPostgresStore } from './postgres/index.js';
import { openSqliteStore } from './sqlite/index.js';
import type { Store } from './types.js';

const PG_URL = process.env.DATELINE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

function record(text: string, published: string, events: [string, string, string][], speaker?: string): ArticleRecord {
  return {
    id: articleId(text), source: { format: 'text', path: `/tmp/${published}.txt` }, title: text.split('.')[0]!, published,
    dateline: null, authors: [], text, body: { start: 0, end: text.length }, boilerplate: [],
    entities: [{ start: 0, end: 6, text: text.slice(0, 6), type: 'LOC', actor: events[0]?.[0] ?? 'RUS' }],
    quotes: speaker ? [{ content: { start: 0, end: text.length }, speaker: null, cue: null, speakerName: speaker, direct: false }] : [],
    events: events.map(([s, t, cameo]) => ({
      source: { code: s, name: s }, target: { code: t, name: t }, cameo, plover: { type: 'CONSULT', mode: null },
      goldstein: 1, quadClass: 1 as const, date: published, location: { name: 'Moscow', lat: 55.75, lon: 37.62, country: 'RUS' },
      evidence: { start: 0, end: text.length }, confidence: 0.8,
    })),
    places: [],
  };
}

const A = record('Russia and Iran held talks in Moscow.', '2017-03-28', [['RUSGOV', 'IRNGOV', '040'], ['IRNGOV', 'RUSGOV', '040']], 'Vladimir Putin');
const B = record('Turkey criticised Syria over the border.', '2017-04-02', [['TUR', 'SYRGOV', '111']]);
const C = record('Iran praised Russia for its support.', '2017-05-01', [['IRN', 'RUS', '051']], 'Hassan Rouhani');

/** An article with one quote as the quote stage gives it: cue, source span and explanation. */
const SAID_TEXT = '"The talks were useful," the minister said. Foreign Minister Sergei Lavrov had flown in.';
const SAID: ArticleRecord = {
  ...record(SAID_TEXT, '2017-08-01', []),
  quotes: [{
    content: { start: 1, end: 22 }, cue: { start: 38, end: 42 }, speaker: { start: 25, end: 37 }, speakerName: 'Sergei Lavrov', speakerActor: 'RUSGOV', direct: true,
    explanation: { step: 'quotes', confidence: 0.91, speakerVia: 'earlier', speakerFrom: { start: 44, end: 74 }, cueKind: 'speech' },
  }],
};

async function pgAvailable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try { await c.connect(); await c.end(); return true; } catch { return false; }
}

/** The quote columns the first version of each store did not have. */
const ADDED_QUOTE_COLUMNS = ['content_start', 'content_end', 'cue', 'source', 'confidence', 'step', 'speaker_via', 'speaker_from', 'cue_kind'];

const backends: { name: string; open: (fresh?: boolean) => Promise<Store>; makeFirstVersion: () => Promise<void>; cleanup: () => Promise<void> }[] = [];
const dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
backends.push({
  name: 'sqlite',
  open: async () => openSqliteStore(join(dir, 'test.db')),
  makeFirstVersion: async () => {
    const db = new Database(join(dir, 'test.db'));
    for (const c of ADDED_QUOTE_COLUMNS) db.exec(`ALTER TABLE quotes DROP COLUMN ${c}`);
    db.pragma('user_version = 1');
    db.close();
  },
  cleanup: async () => rmSync(dir, { recursive: true, force: true }),
});
const havePg = await pgAvailable();
if (havePg) {
  backends.push({
    name: 'postgres',
    open: async (fresh = true) => {
      if (fresh) {
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await c.query('DROP TABLE IF EXISTS dl_events, dl_quotes, dl_entities, dl_seen, dl_articles CASCADE');
        await c.end();
      }
      return openPostgresStore(PG_URL);
    },
    makeFirstVersion: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`ALTER TABLE dl_quotes ${ADDED_QUOTE_COLUMNS.map((n) => `DROP COLUMN ${n}`).join(', ')}`);
      await c.end();
    },
    cleanup: async () => undefined,
  });
} else if (process.env.CI) {
  throw new Error(`PostgreSQL is not reachable at ${PG_URL}; CI must start it`);
}

for (const b of backends) {
  describe(`${b.name} store`, () => {
    let store: Store;
    beforeAll(async () => { store = await b.open(); });
    afterAll(async () => { await store.close(); await b.cleanup(); });

    it('stores a batch and is idempotent on re-runs', async () => {
      expect(await store.put([A, B])).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
      expect(await store.put([A, B, C])).toEqual({ inserted: 1, updated: 0, unchanged: 2 });
      const changed = { ...A, title: 'Re-analysed' };
      expect(await store.put([changed])).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
      expect((await store.get(A.id))?.title).toBe('Re-analysed');
      const s = await store.stats();
      expect([s.articles, s.events, s.quotes]).toEqual([3, 4, 2]);
    });

    it('writes a batch all or nothing', async () => {
      const good = record('Egypt hosted talks on Gaza.', '2017-06-01', [['EGY', 'ISR', '043']]);
      const bad = { ...record('A broken record.', '2017-06-02', [['X', 'Y', '010']]) };
      (bad.events[0] as { cameo: unknown }).cameo = null;
      await expect(store.put([good, bad])).rejects.toThrow();
      expect(await store.has(good.id)).toBe(false);
    });

    it('filters events by actor and CAMEO prefix, date and place, with cursors', async () => {
      expect((await store.events({ actor: 'RUS' })).items).toHaveLength(3);
      expect((await store.events({ actor: 'IRNGOV' })).items.map((e) => e.cameo)).toEqual(['040', '040']);
      expect((await store.events({ cameo: '04' })).items).toHaveLength(2);
      expect((await store.events({ cameo: '1' })).items.map((e) => e.source?.code)).toEqual(['TUR']);
      expect((await store.events({ since: '2017-04-01', until: '2017-04-30' })).items).toHaveLength(1);
      expect((await store.events({ place: 'moscow' })).items).toHaveLength(4);
      expect((await store.events({ minConfidence: 0.8 })).items).toHaveLength(4); // all are 0.8
      expect((await store.events({ minConfidence: 0.81 })).items).toHaveLength(0);
      const p1 = await store.events({ limit: 3 });
      expect(p1.items).toHaveLength(3);
      const p2 = await store.events({ limit: 3, cursor: p1.next });
      expect(p2.items).toHaveLength(1);
      expect(p2.next).toBeNull();
      const all = [...p1.items, ...p2.items].map((e) => `${e.articleId}:${e.index}`);
      expect(new Set(all).size).toBe(4);
      expect(all).toContain(`${C.id}:0`);
    });

    it('searches articles by text and lists actors and quotes', async () => {
      expect((await store.articles({ q: 'border' })).items.map((a) => a.id)).toEqual([B.id]);
      expect((await store.articles({})).items.map((a) => a.published)).toEqual(['2017-05-01', '2017-04-02', '2017-03-28']);
      const page = await store.articles({ limit: 2 });
      expect((await store.articles({ limit: 2, cursor: page.next })).items.map((a) => a.id)).toEqual([A.id]);
      const actors = await store.actors();
      expect(actors[0]).toMatchObject({ code: 'IRNGOV', events: 2 });
      expect((await store.actors('tur')).map((a) => a.code)).toEqual(['TUR']);
      expect((await store.quotes({ speaker: 'putin' })).items.map((q) => q.speakerName)).toEqual(['Vladimir Putin']);
    });

    it('keeps the last of one article twice in a batch, and events in the order of records and their lists', async () => {
      const E = record('Turkey and Greece held talks in Athens.', '2017-07-01', [['TUR', 'GRC', '040'], ['GRC', 'TUR', '040'], ['TUR', 'GRC', '036']]);
      const again = { ...E, title: 'Talks in Athens', source: { format: 'text' as const, path: '/tmp/again.txt' } };
      expect(await store.put([E, again])).toEqual({ inserted: 1, updated: 1, unchanged: 0 });
      expect((await store.get(E.id))?.title).toBe('Talks in Athens');
      const evs = (await store.events({ articleId: E.id })).items;
      expect(evs.map((e) => `${e.index}:${e.cameo}:${e.source?.code}`)).toEqual(['0:040:TUR', '1:040:GRC', '2:036:TUR']);
      expect((await store.stats()).events).toBe(7);
    });

    it('remembers seen keys', async () => {
      expect(await store.seen('https://example.org/a')).toBe(false);
      await store.markSeen(['https://example.org/a', 'https://example.org/a']);
      expect(await store.seen('https://example.org/a')).toBe(true);
    });

    it('says when each event\'s article was first stored, which re-analysis does not change', async () => {
      const before = Date.now();
      const D = record('Iran and Turkey held talks in Ankara.', '2017-05-01', [['IRN', 'TUR', '040']]);
      await store.put([D]);
      const [e] = (await store.events({ articleId: D.id })).items;
      const added = Date.parse(e!.addedAt);
      expect(e!.addedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(added).toBeGreaterThanOrEqual(before - 2000);
      expect(added).toBeLessThanOrEqual(Date.now() + 2000);
      await new Promise((r) => setTimeout(r, 20));
      await store.put([{ ...D, title: 'Re-analysed' }]);
      expect((await store.events({ articleId: D.id })).items[0]!.addedAt).toBe(e!.addedAt);
    });

    it('gives an undated article\'s quotes and listing no date, not an empty one', async () => {
      const U = { ...record('Greece and Turkey met again on the islands.', '2017-06-01', [], 'Kyriakos Mitsotakis'), published: null };
      await store.put([U]);
      expect((await store.quotes({ speaker: 'Mitsotakis' })).items.map((q) => q.published)).toEqual([null]);
      expect((await store.articles({ q: 'islands' })).items.map((a) => a.published)).toEqual([null]);
    });

    it('lists each quote with its cue, source, confidence and explanation, filtered by confidence and kind', async () => {
      await store.put([SAID]);
      const [q] = (await store.quotes({ speaker: 'Lavrov' })).items;
      expect(q).toMatchObject({
        content: 'The talks were useful', start: 1, end: 22, cue: 'said', source: 'the minister', direct: true,
        confidence: 0.91, step: 'quotes', speakerVia: 'earlier', speakerFrom: 'Foreign Minister Sergei Lavrov', cueKind: 'speech',
      });
      // By what the cue says the source did; the quotes of records without a kind match none.
      expect((await store.quotes({ cueKind: 'speech' })).items.map((x) => x.speakerName)).toEqual(['Sergei Lavrov']);
      expect((await store.quotes({ cueKind: 'other' })).items).toEqual([]);
      expect((await store.quotes({ minConfidence: 0.9 })).items.map((x) => x.speakerName)).toEqual(['Sergei Lavrov']);
      expect((await store.quotes({ minConfidence: 0.95 })).items).toEqual([]);
      expect((await store.quotes({ direct: true })).items.map((x) => x.speakerName)).toEqual(['Sergei Lavrov']);
      expect((await store.quotes({ direct: false })).items.map((x) => x.speakerName)).not.toContain('Sergei Lavrov');
      // By the article's date; an undated article's quotes (Mitsotakis) fall outside every range.
      expect((await store.quotes({ since: '2017-05-01' })).items.map((x) => x.speakerName)).toEqual(['Hassan Rouhani', 'Sergei Lavrov']);
      expect((await store.quotes({ until: '2017-05-01' })).items.map((x) => x.speakerName).sort()).toEqual(['Hassan Rouhani', 'Vladimir Putin']);
      expect((await store.quotes({ since: '2017-04-01', until: '2017-07-31' })).items.map((x) => x.speakerName)).toEqual(['Hassan Rouhani']);
      // The speakers, most quoted first, with the same filters.
      expect(await store.speakers({})).toEqual(expect.arrayContaining([
        { speakerName: 'Sergei Lavrov', speakerActor: 'RUSGOV', quotes: 1, direct: 1, articles: 1, first: '2017-08-01', last: '2017-08-01' },
        { speakerName: 'Kyriakos Mitsotakis', speakerActor: null, quotes: 1, direct: 0, articles: 1, first: null, last: null },
      ]));
      expect((await store.speakers({ direct: true })).map((x) => x.speakerName)).toEqual(['Sergei Lavrov']);
      expect((await store.speakers({ since: '2017-05-01', limit: 1 })).map((x) => x.speakerName)).toHaveLength(1);
      // Quotes without an explanation (stored before quotes had one) list null, not a made-up value.
      expect((await store.quotes({ speaker: 'putin' })).items[0]).toMatchObject({ cue: null, confidence: null, step: null, start: 0 });
    });

    it('brings a store of the first version up to date, filling the new quote columns from the stored records', async () => {
      const before = (await store.quotes({ limit: 100 })).items;
      expect(before).toHaveLength(4);
      await store.close();
      await b.makeFirstVersion();
      store = await b.open(false);
      // Every quote as a new store lists it, in the same order.
      expect((await store.quotes({ limit: 100 })).items).toEqual(before);
      expect((await store.quotes({ speaker: 'Lavrov' })).items[0]).toMatchObject({ start: 1, cue: 'said', confidence: 0.91, speakerFrom: 'Foreign Minister Sergei Lavrov', cueKind: 'speech' });
      const again = await b.open(false); // opening a store already up to date changes nothing
      expect((await again.quotes({ limit: 100 })).items).toEqual(before);
      await again.close();
    });

    it('lists the quotes whose speaker has a name, or those whose speaker has none', async () => {
      const unnamed = { ...record('The plan was criticised at the meeting.', '2017-06-02', []), quotes: [{ content: { start: 0, end: 8 }, speaker: null, cue: null, speakerName: null, direct: false }] };
      await store.put([unnamed]);
      const all = (await store.quotes({ limit: 100 })).items;
      expect(all.some((q) => q.speakerName === null)).toBe(true);
      const named = (await store.quotes({ named: true, limit: 100 })).items;
      expect(named.map((q) => q.speakerName)).toEqual(all.filter((q) => q.speakerName !== null).map((q) => q.speakerName));
      expect((await store.quotes({ named: false, limit: 100 })).items.map((q) => [q.articleId, q.speakerName])).toEqual([[unnamed.id, null]]);
    });
  });
}
