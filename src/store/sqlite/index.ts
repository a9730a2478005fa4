/**
 * The SQLite store (better-sqlite3): embedded, the default. WAL mode, one
 * transaction per batch, layers replaced whole when an article's analysis changes.
 */
import Database from 'better-sqlite3';
import type { ArticleRecord } from '../../document/schema.js';
import { entityRows, eventRows, likePrefix, prefixRange, quoteFromRow, quoteRows, recordJson } from '../rows.js';
import {
  clampLimit, decodeCursor, encodeCursor, StoreQueryError,
  type ActorCount, type ArticleQuery, type ArticleSummary, type EventQuery, type Page, type PutResult,
  type QuoteQuery, type SpeakerCount, type Store, type StoreStats, type StoredEvent, type StoredQuote,
} from '../types.js';
import { MIGRATIONS, SCHEMA, SCHEMA_VERSION } from './schema.sql.js';

type Row = Record<string, unknown>;

/** FTS5 query from free text: each word a quoted prefix term, all required. */
function ftsQuery(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.slice(0, 12).map((w) => `"${w}"*`).join(' ');
}

const QUOTE_COLUMNS = ['article_id', 'idx', 'speaker_name', 'speaker_actor', 'direct', 'content', 'content_start', 'content_end',
  'cue', 'source', 'confidence', 'step', 'speaker_via', 'speaker_from', 'cue_kind'] as const;

/** Fill the quote columns a version-1 store lacks from each article's record (the rows a new store writes). */
function fillQuoteColumns(db: Database.Database): void {
  const ids = db.prepare('SELECT DISTINCT article_id FROM quotes WHERE content_start IS NULL').pluck().all() as string[];
  const get = db.prepare('SELECT record FROM articles WHERE id = ?').pluck();
  const added = QUOTE_COLUMNS.slice(QUOTE_COLUMNS.indexOf('content_start'));
  const set = db.prepare(`UPDATE quotes SET ${added.map((c) => `${c} = @${c}`).join(', ')} WHERE article_id = @article_id AND idx = @idx`);
  for (const id of ids) {
    const record = JSON.parse(get.get(id) as string) as ArticleRecord;
    for (const q of quoteRows(record)) set.run({ ...q, article_id: id });
  }
}

/** The WHERE conditions of a quote query (on quotes qu joined with articles a), without its cursor. */
function quoteFilters(q: Omit<QuoteQuery, 'cursor'>): { where: string[]; args: unknown[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  if (q.speaker) { where.push("(qu.speaker_name LIKE ? ESCAPE '\\' OR qu.speaker_actor = ?)"); args.push('%' + likePrefix(q.speaker), q.speaker.toUpperCase()); }
  if (q.minConfidence !== undefined) { where.push('qu.confidence >= ?'); args.push(q.minConfidence); }
  if (q.direct !== undefined) { where.push('qu.direct = ?'); args.push(q.direct ? 1 : 0); }
  if (q.named !== undefined) where.push(q.named ? 'qu.speaker_name IS NOT NULL' : 'qu.speaker_name IS NULL');
  if (q.cueKind) { where.push('qu.cue_kind = ?'); args.push(q.cueKind); }
  if (q.since) { where.push('a.published >= ?'); args.push(q.since); }
  if (q.until) { where.push("a.published <= ? AND a.published <> ''"); args.push(q.until); }
  return { where, args };
}

export function openSqliteStore(path: string): Store {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const versionOf = () => db.pragma('user_version', { simple: true }) as number;
  const newer = (v: number) => new Error(`${path}: store schema version ${v} is newer than this dateline (${SCHEMA_VERSION})`);
  if (versionOf() > SCHEMA_VERSION) throw newer(versionOf());
  if (versionOf() < SCHEMA_VERSION) {
    // Under the write lock, the version read again: another process may have brought it up to date meanwhile.
    db.transaction(() => {
      const version = versionOf();
      if (version > SCHEMA_VERSION) throw newer(version);
      // A new file has version 0 and no tables: SCHEMA makes them. An older store is brought up to date, rows and all.
      for (let v = version; v >= 1 && v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]!);
      db.exec(SCHEMA);
      if (version >= 1 && version < SCHEMA_VERSION) fillQuoteColumns(db);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    }).immediate();
  }

  const st = {
    getRecord: db.prepare('SELECT rowid, record FROM articles WHERE id = ?'),
    insertArticle: db.prepare('INSERT INTO articles (id, title, published, format, path, url, item, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    updateArticle: db.prepare('UPDATE articles SET title = ?, published = ?, format = ?, path = ?, url = ?, item = ?, record = ? WHERE id = ?'),
    ftsInsert: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
    ftsDelete: db.prepare('DELETE FROM articles_fts WHERE rowid = ?'),
    delEntities: db.prepare('DELETE FROM entities WHERE article_id = ?'),
    delQuotes: db.prepare('DELETE FROM quotes WHERE article_id = ?'),
    delEvents: db.prepare('DELETE FROM events WHERE article_id = ?'),
    insEntity: db.prepare('INSERT INTO entities (article_id, idx, start, "end", text, type, actor, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    insQuote: db.prepare(`INSERT INTO quotes (${QUOTE_COLUMNS.join(', ')}) VALUES (${QUOTE_COLUMNS.map((c) => '@' + c).join(', ')})`),
    insEvent: db.prepare(`INSERT INTO events (article_id, idx, source_code, source_name, target_code, target_name, cameo, cameo_root,
      plover_type, plover_mode, goldstein, quad_class, date, location_name, lat, lon, country, confidence, json)
      VALUES (@article_id, @idx, @source_code, @source_name, @target_code, @target_name, @cameo, @cameo_root,
      @plover_type, @plover_mode, @goldstein, @quad_class, @date, @location_name, @lat, @lon, @country, @confidence, @json)`),
    has: db.prepare('SELECT 1 FROM articles WHERE id = ?'),
    seen: db.prepare('SELECT 1 FROM seen WHERE key = ?'),
    markSeen: db.prepare('INSERT OR IGNORE INTO seen (key) VALUES (?)'),
  };

  function writeLayers(r: ArticleRecord, rowid: number): void {
    st.ftsInsert.run(rowid, r.title ?? '', r.text.slice(r.body.start, r.body.end));
    // Positional parameters: binding an object by name costs more than the insert itself.
    for (const e of entityRows(r)) st.insEntity.run(r.id, e.idx, e.start, e.end, e.text, e.type, e.actor, e.name);
    for (const q of quoteRows(r)) st.insQuote.run({ article_id: r.id, ...q });
    for (const e of eventRows(r)) st.insEvent.run({ article_id: r.id, ...e });
  }

  const putBatch = db.transaction((records: readonly ArticleRecord[]): PutResult => {
    let inserted = 0, updated = 0, unchanged = 0;
    for (const r of records) {
      const json = recordJson(r);
      const existing = st.getRecord.get(r.id) as { rowid: number; record: string } | undefined;
      const s = r.source;
      if (!existing) {
        const info = st.insertArticle.run(r.id, r.title, r.published ?? '', s.format, s.path ?? null, s.url ?? null, s.item ?? null, json);
        writeLayers(r, Number(info.lastInsertRowid));
        inserted++;
      } else if (existing.record === json) {
        unchanged++;
      } else {
        st.updateArticle.run(r.title, r.published ?? '', s.format, s.path ?? null, s.url ?? null, s.item ?? null, json, r.id);
        st.ftsDelete.run(existing.rowid);
        st.delEntities.run(r.id); st.delQuotes.run(r.id); st.delEvents.run(r.id);
        writeLayers(r, existing.rowid);
        updated++;
      }
    }
    return { inserted, updated, unchanged };
  });

  function eventFromRow(row: Row): StoredEvent {
    return { ...(JSON.parse(row.json as string) as object), articleId: row.article_id as string, index: row.idx as number, addedAt: row.added_at as string } as StoredEvent;
  }

  const store: Store = {
    kind: 'sqlite',
    async put(records) {
      return putBatch(records);
    },
    async has(id) {
      return st.has.get(id) !== undefined;
    },
    async get(id) {
      const row = st.getRecord.get(id) as { record: string } | undefined;
      return row ? (JSON.parse(row.record) as ArticleRecord) : null;
    },
    async articles(q: ArticleQuery): Promise<Page<ArticleSummary>> {
      const limit = clampLimit(q.limit);
      const where: string[] = [];
      const args: unknown[] = [];
      if (q.q) {
        const fts = ftsQuery(q.q);
        if (fts) { where.push('a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)'); args.push(fts); }
      }
      if (q.since) { where.push('a.published >= ?'); args.push(q.since); }
      if (q.until) { where.push('a.published <= ?'); args.push(q.until); }
      if (q.source) { where.push('(a.path LIKE ? OR a.url LIKE ? OR a.format = ?)'); args.push(`%${q.source}%`, `%${q.source}%`, q.source); }
      const c = decodeCursor<[string, string]>(q.cursor);
      if (c) { where.push('(a.published < ? OR (a.published = ? AND a.id > ?))'); args.push(c[0], c[0], c[1]); }
      // An unknown publication date is stored as '' so that this order can use the index.
      const sql = `SELECT a.id, a.title, a.published, a.format, a.path, a.url, a.item FROM articles a
        ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY a.published DESC, a.id LIMIT ?`;
      const rows = db.prepare(sql).all(...args, limit + 1) as Row[];
      const items = rows.slice(0, limit).map((r) => ({
        id: r.id as string, title: (r.title as string) ?? null, published: (r.published as string) || null,
        source: Object.fromEntries(Object.entries({ format: r.format, path: r.path, url: r.url, item: r.item }).filter(([, v]) => v != null)) as ArticleSummary['source'],
      }));
      const last = items[items.length - 1];
      return { items, next: rows.length > limit && last ? encodeCursor([last.published ?? '', last.id]) : null };
    },
    async events(q: EventQuery): Promise<Page<StoredEvent>> {
      const limit = clampLimit(q.limit);
      const where: string[] = [];
      const args: unknown[] = [];
      if (q.actor) { where.push('((source_code >= ? AND source_code < ?) OR (target_code >= ? AND target_code < ?))'); args.push(...prefixRange(q.actor.toUpperCase()), ...prefixRange(q.actor.toUpperCase())); }
      if (q.sourceActor) { where.push('source_code >= ? AND source_code < ?'); args.push(...prefixRange(q.sourceActor.toUpperCase())); }
      if (q.targetActor) { where.push('target_code >= ? AND target_code < ?'); args.push(...prefixRange(q.targetActor.toUpperCase())); }
      if (q.cameo) { where.push('cameo >= ? AND cameo < ?'); args.push(...prefixRange(q.cameo)); }
      if (q.plover) { where.push('plover_type = ?'); args.push(q.plover.toUpperCase()); }
      if (q.quadClass) { where.push('quad_class = ?'); args.push(q.quadClass); }
      if (q.minConfidence !== undefined) { where.push('confidence >= ?'); args.push(q.minConfidence); }
      if (q.since) { where.push('date >= ?'); args.push(q.since); }
      if (q.until) { where.push('date <= ?'); args.push(q.until); }
      if (q.place) { where.push('(location_name = ? COLLATE NOCASE OR country = ?)'); args.push(q.place, q.place.toUpperCase()); }
      if (q.articleId) { where.push('article_id = ?'); args.push(q.articleId); }
      const c = decodeCursor<number>(q.cursor);
      if (c !== null) {
        if (typeof c !== 'number') throw new StoreQueryError('bad cursor');
        where.push('seq > ?'); args.push(c);
      }
      const sql = `SELECT seq, article_id, idx, json, (SELECT added_at FROM articles a WHERE a.id = events.article_id) AS added_at FROM events ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY seq LIMIT ?`;
      const rows = db.prepare(sql).all(...args, limit + 1) as Row[];
      const items = rows.slice(0, limit).map(eventFromRow);
      const lastRow = rows[Math.min(rows.length, limit) - 1];
      return { items, next: rows.length > limit && lastRow ? encodeCursor(lastRow.seq as number) : null };
    },
    async actors(q?: string, limit?: number): Promise<ActorCount[]> {
      const lim = clampLimit(limit);
      const sql = `SELECT code, MAX(name) AS name, COUNT(*) AS events FROM (
          SELECT source_code AS code, source_name AS name FROM events WHERE source_code IS NOT NULL
          UNION ALL SELECT target_code, target_name FROM events WHERE target_code IS NOT NULL)
        ${q ? "WHERE code LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'" : ''}
        GROUP BY code ORDER BY events DESC, code LIMIT ?`;
      const args: unknown[] = q ? [likePrefix(q.toUpperCase()), '%' + likePrefix(q)] : [];
      return db.prepare(sql).all(...args, lim) as ActorCount[];
    },
    async quotes(q): Promise<Page<StoredQuote>> {
      const limit = clampLimit(q.limit);
      const { where, args } = quoteFilters(q);
      const c = decodeCursor<number>(q.cursor);
      if (c !== null) { where.push('qu.rowid > ?'); args.push(c); }
      const rows = db.prepare(`SELECT qu.rowid AS seq, qu.*, a.published, a.title FROM quotes qu JOIN articles a ON a.id = qu.article_id
        ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY qu.rowid LIMIT ?`).all(...args, limit + 1) as Row[];
      const items = rows.slice(0, limit).map(quoteFromRow);
      const last = rows[Math.min(rows.length, limit) - 1];
      return { items, next: rows.length > limit && last ? encodeCursor(last.seq as number) : null };
    },
    async speakers(q): Promise<SpeakerCount[]> {
      const { where, args } = quoteFilters(q);
      where.push('qu.speaker_name IS NOT NULL');
      return db.prepare(`SELECT qu.speaker_name AS speakerName, qu.speaker_actor AS speakerActor, COUNT(*) AS quotes, SUM(qu.direct) AS direct,
          COUNT(DISTINCT qu.article_id) AS articles, MIN(NULLIF(a.published, '')) AS first, MAX(NULLIF(a.published, '')) AS last
        FROM quotes qu JOIN articles a ON a.id = qu.article_id WHERE ${where.join(' AND ')}
        GROUP BY qu.speaker_name, qu.speaker_actor ORDER BY quotes DESC, speakerName LIMIT ?`).all(...args, clampLimit(q.limit)) as SpeakerCount[];
    },
    async stats(): Promise<StoreStats> {
      const one = (sql: string) => db.prepare(sql).get() as Row;
      const a = one("SELECT COUNT(*) n, MIN(NULLIF(published, '')) first, MAX(NULLIF(published, '')) last FROM articles");
      return {
        articles: a.n as number,
        entities: one('SELECT COUNT(*) n FROM entities').n as number,
        quotes: one('SELECT COUNT(*) n FROM quotes').n as number,
        events: one('SELECT COUNT(*) n FROM events').n as number,
        firstPublished: (a.first as string) ?? null,
        lastPublished: (a.last as string) ?? null,
        topCameoRoots: db.prepare('SELECT cameo_root code, COUNT(*) count FROM events GROUP BY cameo_root ORDER BY count DESC LIMIT 20').all() as { code: string; count: number }[],
        topActors: await store.actors(undefined, 10),
        formats: db.prepare('SELECT format, COUNT(*) count FROM articles GROUP BY format ORDER BY count DESC').all() as { format: string; count: number }[],
      };
    },
    async seen(key) {
      return st.seen.get(key) !== undefined;
    },
    async markSeen(keys) {
      db.transaction(() => { for (const k of keys) st.markSeen.run(k); })();
    },
    async close() {
      db.close();
    },
  };
  return store;
}
