/**
 * The PostgreSQL store (node-postgres): for shared, multi-writer deployments.
 * Same behaviour as the SQLite store; one transaction per batch.
 */
import pg from 'pg';
import type { ArticleRecord } from '../../document/schema.js';
import { entityRows, eventRows, likePrefix, prefixRange, quoteFromRow, quoteRows, recordJson, type QuoteRow } from '../rows.js';
import {
  clampLimit, decodeCursor, encodeCursor, StoreQueryError,
  type ActorCount, type ArticleQuery, type ArticleSummary, type EventQuery, type Page, type PutResult,
  type QuoteQuery, type SpeakerCount, type Store, type StoreStats, type StoredEvent, type StoredQuote,
} from '../types.js';
import { SCHEMA } from './schema.sql.js';

type Row = Record<string, unknown>;

/** Build a WHERE clause with numbered parameters. */
class Where {
  readonly parts: string[] = [];
  readonly args: unknown[] = [];
  add(sql: string, ...values: unknown[]): void {
    let s = sql;
    for (const v of values) { this.args.push(v); s = s.replace('?', `$${this.args.length}`); }
    this.parts.push(s);
  }
  get sql(): string { return this.parts.length ? 'WHERE ' + this.parts.join(' AND ') : ''; }
  next(v: unknown): string { this.args.push(v); return `$${this.args.length}`; }
}

/** The WHERE conditions of a quote query (on dl_quotes qu joined with dl_articles a), without its cursor. */
function quoteFilters(q: Omit<QuoteQuery, 'cursor'>): Where {
  const w = new Where();
  if (q.speaker) w.add('(qu.speaker_name ILIKE ? OR qu.speaker_actor = ?)', '%' + likePrefix(q.speaker), q.speaker.toUpperCase());
  if (q.minConfidence !== undefined) w.add('qu.confidence >= ?', q.minConfidence);
  if (q.direct !== undefined) w.add('qu.direct = ?', q.direct);
  if (q.named !== undefined) w.add(q.named ? 'qu.speaker_name IS NOT NULL' : 'qu.speaker_name IS NULL');
  if (q.cueKind) w.add('qu.cue_kind = ?', q.cueKind);
  if (q.since) w.add('a.published >= ?', q.since);
  if (q.until) w.add("a.published <= ? AND a.published <> ''", q.until);
  return w;
}

type Columns = readonly (readonly [name: string, type: string])[];
const ENTITY_COLUMNS: Columns = [['article_id', 'text'], ['idx', 'int'], ['start_at', 'int'], ['end_at', 'int'], ['text', 'text'], ['type', 'text'], ['actor', 'text'], ['name', 'text']];
const QUOTE_COLUMNS: Columns = [['article_id', 'text'], ['idx', 'int'], ['speaker_name', 'text'], ['speaker_actor', 'text'], ['direct', 'boolean'], ['content', 'text'],
  ['content_start', 'int'], ['content_end', 'int'], ['cue', 'text'], ['source', 'text'], ['confidence', 'float8'], ['step', 'text'], ['speaker_via', 'text'], ['speaker_from', 'text'], ['cue_kind', 'text']];

/** A quote row as QUOTE_COLUMNS lists it. */
const quoteValues = (id: string, q: QuoteRow): unknown[] => [id, q.idx, q.speaker_name, q.speaker_actor, q.direct === 1, q.content,
  q.content_start, q.content_end, q.cue, q.source, q.confidence, q.step, q.speaker_via, q.speaker_from, q.cue_kind];

/**
 * Fill the quote columns a store made before they existed lacks, from each article's record
 * (the rows a new store writes), in place: each quote keeps its place in the listing. Run once,
 * in the transaction that adds the columns.
 */
async function fillQuoteColumns(c: pg.PoolClient): Promise<void> {
  const ids = (await c.query('SELECT DISTINCT article_id FROM dl_quotes WHERE content_start IS NULL')).rows.map((r) => r.article_id as string);
  const added = QUOTE_COLUMNS.slice(QUOTE_COLUMNS.findIndex(([n]) => n === 'content_start'));
  const keyed: Columns = [...QUOTE_COLUMNS.slice(0, 2), ...added];
  const at = keyed.map(([n]) => QUOTE_COLUMNS.findIndex(([m]) => m === n));
  for (let k = 0; k < ids.length; k += 500) {
    const records = (await c.query('SELECT record_text FROM dl_articles WHERE id = ANY($1)', [ids.slice(k, k + 500)])).rows
      .map((r) => JSON.parse(r.record_text as string) as ArticleRecord);
    const rows = records.flatMap((r) => quoteRows(r).map((q) => quoteValues(r.id, q)));
    await c.query(`UPDATE dl_quotes q SET ${added.map(([n]) => `${n} = t.${n}`).join(', ')}
      FROM unnest(${keyed.map(([, type], j) => `$${j + 1}::${type}[]`).join(', ')}) AS t(${keyed.map(([n]) => n).join(', ')})
      WHERE q.article_id = t.article_id AND q.idx = t.idx`, at.map((j) => rows.map((r) => r[j] ?? null)));
  }
}

const EVENT_COLUMNS: Columns = [['article_id', 'text'], ['idx', 'int'], ['source_code', 'text'], ['source_name', 'text'], ['target_code', 'text'],
  ['target_name', 'text'], ['cameo', 'text'], ['cameo_root', 'text'], ['plover_type', 'text'], ['plover_mode', 'text'], ['goldstein', 'float8'],
  ['quad_class', 'int'], ['date', 'text'], ['location_name', 'text'], ['lat', 'float8'], ['lon', 'float8'], ['country', 'text'],
  ['confidence', 'float8'], ['json', 'jsonb']];

/** Insert rows with one statement: a column array each, unnested in order (so serial keys follow the rows). */
async function bulkInsert(c: pg.PoolClient, table: string, columns: Columns, rows: readonly unknown[][]): Promise<void> {
  for (let at = 0; at < rows.length; at += 5000) {
    const chunk = rows.slice(at, at + 5000);
    const arrays = columns.map((_, k) => chunk.map((r) => r[k] ?? null));
    // jsonb goes over as text and is cast per row (an array of jsonb would need each value encoded twice).
    const params = columns.map(([, type], k) => `$${k + 1}::${type === 'jsonb' ? 'text' : type}[]`).join(', ');
    const names = columns.map(([n]) => n);
    const select = columns.map(([n, type]) => (type === 'jsonb' ? `t.${n}::jsonb` : `t.${n}`)).join(', ');
    await c.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT ${select} FROM unnest(${params}) WITH ORDINALITY AS t(${names.join(', ')}, ord) ORDER BY t.ord`, arrays);
  }
}

export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // The schema made or brought up to date in one transaction, one process at a time (the lock ends with it).
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(727274)');
    const upgrading = (await client.query(`SELECT to_regclass('dl_quotes') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'dl_quotes' AND column_name = 'content_start') AS up`)).rows[0].up === true;
    await client.query(SCHEMA);
    if (upgrading) await fillQuoteColumns(client);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
    await pool.end();
    throw e;
  }
  client.release();

  async function put(records: readonly ArticleRecord[]): Promise<PutResult> {
    const c = await pool.connect();
    let inserted = 0, updated = 0, unchanged = 0;
    const entities: unknown[][] = [];
    const quotes: unknown[][] = [];
    const events: unknown[][] = [];
    try {
      await c.query('BEGIN');
      for (const r of records) {
        const json = recordJson(r);
        const s = r.source;
        const ins = await c.query(
          `INSERT INTO dl_articles (id, title, published, format, path, url, item, record, record_text, fts)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8::jsonb,$10::text,to_tsvector('simple', coalesce($2,'') || ' ' || $9))
           ON CONFLICT (id) DO NOTHING`,
          [r.id, r.title, r.published ?? '', s.format, s.path ?? null, s.url ?? null, s.item ?? null, json, r.text.slice(r.body.start, r.body.end), json],
        );
        if (ins.rowCount === 0) {
          const ex = await c.query('SELECT record_text FROM dl_articles WHERE id = $1 FOR UPDATE', [r.id]);
          if (ex.rows[0]?.record_text === json) { unchanged++; continue; }
          await c.query(
            `UPDATE dl_articles SET title=$2, published=$3, format=$4, path=$5, url=$6, item=$7, record=$8::jsonb, record_text=$10::text,
             fts=to_tsvector('simple', coalesce($2,'') || ' ' || $9) WHERE id=$1`,
            [r.id, r.title, r.published ?? '', s.format, s.path ?? null, s.url ?? null, s.item ?? null, json, r.text.slice(r.body.start, r.body.end), json],
          );
          for (const t of ['dl_entities', 'dl_quotes', 'dl_events']) await c.query(`DELETE FROM ${t} WHERE article_id = $1`, [r.id]);
          // The same article earlier in this batch (two files of one text) has rows not written yet.
          for (const rows of [entities, quotes, events]) for (let k = rows.length - 1; k >= 0; k--) if (rows[k]![0] === r.id) rows.splice(k, 1);
          updated++;
        } else {
          inserted++;
        }
        for (const e of entityRows(r)) entities.push([r.id, e.idx, e.start, e.end, e.text, e.type, e.actor, e.name]);
        for (const q of quoteRows(r)) quotes.push(quoteValues(r.id, q));
        for (const e of eventRows(r)) {
          events.push([r.id, e.idx, e.source_code, e.source_name, e.target_code, e.target_name, e.cameo, e.cameo_root, e.plover_type, e.plover_mode,
            e.goldstein, e.quad_class, e.date, e.location_name, e.lat, e.lon, e.country, e.confidence, e.json]);
        }
      }
      // The rows of every article of the batch, one statement a table (not one a row: an article has dozens).
      await bulkInsert(c, 'dl_entities', ENTITY_COLUMNS, entities);
      await bulkInsert(c, 'dl_quotes', QUOTE_COLUMNS, quotes);
      await bulkInsert(c, 'dl_events', EVENT_COLUMNS, events);
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
    return { inserted, updated, unchanged };
  }

  async function actors(q?: string, limit?: number): Promise<ActorCount[]> {
    const w = new Where();
    if (q) w.add("(code LIKE ? OR name ILIKE ?)", likePrefix(q.toUpperCase()), '%' + likePrefix(q));
    const lim = w.next(clampLimit(limit));
    const res = await pool.query(`SELECT code, MAX(name) AS name, COUNT(*)::int AS events FROM (
        SELECT source_code AS code, source_name AS name FROM dl_events WHERE source_code IS NOT NULL
        UNION ALL SELECT target_code, target_name FROM dl_events WHERE target_code IS NOT NULL) x
      ${w.sql} GROUP BY code ORDER BY events DESC, code LIMIT ${lim}`, w.args);
    return res.rows as ActorCount[];
  }

  const store: Store = {
    kind: 'postgres',
    put,
    async has(id) {
      return (await pool.query('SELECT 1 FROM dl_articles WHERE id = $1', [id])).rowCount! > 0;
    },
    async get(id) {
      const r = await pool.query('SELECT record_text FROM dl_articles WHERE id = $1', [id]);
      return r.rows[0] ? (JSON.parse(r.rows[0].record_text as string) as ArticleRecord) : null;
    },
    async articles(q: ArticleQuery): Promise<Page<ArticleSummary>> {
      const limit = clampLimit(q.limit);
      const w = new Where();
      if (q.q) {
        const words = q.q.toLowerCase().match(/[\p{L}\p{N}]+/gu);
        if (words?.length) w.add("fts @@ to_tsquery('simple', ?)", words.slice(0, 12).map((x) => `${x}:*`).join(' & '));
      }
      if (q.since) w.add('published >= ?', q.since);
      if (q.until) w.add('published <= ?', q.until);
      if (q.source) w.add('(path LIKE ? OR url LIKE ? OR format = ?)', `%${q.source}%`, `%${q.source}%`, q.source);
      const c = decodeCursor<[string, string]>(q.cursor);
      if (c) w.add('(published < ? OR (published = ? AND id > ?))', c[0], c[0], c[1]);
      const lim = w.next(limit + 1);
      const rows = (await pool.query(`SELECT id, title, published, format, path, url, item FROM dl_articles ${w.sql}
        ORDER BY published DESC, id LIMIT ${lim}`, w.args)).rows as Row[];
      const items = rows.slice(0, limit).map((r) => ({
        id: r.id as string, title: (r.title as string) ?? null, published: (r.published as string) || null,
        source: Object.fromEntries(Object.entries({ format: r.format, path: r.path, url: r.url, item: r.item }).filter(([, v]) => v != null)) as ArticleSummary['source'],
      }));
      const last = items[items.length - 1];
      return { items, next: rows.length > limit && last ? encodeCursor([last.published ?? '', last.id]) : null };
    },
    async events(q: EventQuery): Promise<Page<StoredEvent>> {
      const limit = clampLimit(q.limit);
      const w = new Where();
      if (q.actor) w.add('((source_code >= ? AND source_code < ?) OR (target_code >= ? AND target_code < ?))', ...prefixRange(q.actor.toUpperCase()), ...prefixRange(q.actor.toUpperCase()));
      if (q.sourceActor) w.add('source_code >= ? AND source_code < ?', ...prefixRange(q.sourceActor.toUpperCase()));
      if (q.targetActor) w.add('target_code >= ? AND target_code < ?', ...prefixRange(q.targetActor.toUpperCase()));
      if (q.cameo) w.add('cameo >= ? AND cameo < ?', ...prefixRange(q.cameo));
      if (q.plover) w.add('plover_type = ?', q.plover.toUpperCase());
      if (q.quadClass) w.add('quad_class = ?', q.quadClass);
      if (q.minConfidence !== undefined) w.add('confidence >= ?', q.minConfidence);
      if (q.since) w.add('date >= ?', q.since);
      if (q.until) w.add('date <= ?', q.until);
      if (q.place) w.add('(lower(location_name) = lower(?) OR country = ?)', q.place, q.place.toUpperCase());
      if (q.articleId) w.add('article_id = ?', q.articleId);
      const c = decodeCursor<number>(q.cursor);
      if (c !== null) {
        if (typeof c !== 'number') throw new StoreQueryError('bad cursor');
        w.add('seq > ?', c);
      }
      const lim = w.next(limit + 1);
      const rows = (await pool.query(`SELECT seq, article_id, idx, json, (SELECT added_at FROM dl_articles a WHERE a.id = dl_events.article_id) AS added_at FROM dl_events ${w.sql} ORDER BY seq LIMIT ${lim}`, w.args)).rows as Row[];
      const items = rows.slice(0, limit).map((r) => ({ ...(r.json as object), articleId: r.article_id as string, index: r.idx as number, addedAt: new Date(r.added_at as string | Date).toISOString() }) as StoredEvent);
      const lastRow = rows[Math.min(rows.length, limit) - 1];
      return { items, next: rows.length > limit && lastRow ? encodeCursor(Number(lastRow.seq)) : null };
    },
    actors,
    async quotes(q): Promise<Page<StoredQuote>> {
      const limit = clampLimit(q.limit);
      const w = quoteFilters(q);
      const c = decodeCursor<number>(q.cursor);
      if (c !== null) w.add('qu.seq > ?', c);
      const lim = w.next(limit + 1);
      const rows = (await pool.query(`SELECT qu.*, a.published, a.title FROM dl_quotes qu JOIN dl_articles a ON a.id = qu.article_id
        ${w.sql} ORDER BY qu.seq LIMIT ${lim}`, w.args)).rows as Row[];
      const items = rows.slice(0, limit).map(quoteFromRow);
      const last = rows[Math.min(rows.length, limit) - 1];
      return { items, next: rows.length > limit && last ? encodeCursor(Number(last.seq)) : null };
    },
    async speakers(q): Promise<SpeakerCount[]> {
      const w = quoteFilters(q);
      w.add('qu.speaker_name IS NOT NULL');
      const lim = w.next(clampLimit(q.limit));
      return (await pool.query(`SELECT qu.speaker_name AS "speakerName", qu.speaker_actor AS "speakerActor", COUNT(*)::int AS quotes,
          COUNT(*) FILTER (WHERE qu.direct)::int AS direct, COUNT(DISTINCT qu.article_id)::int AS articles,
          MIN(NULLIF(a.published, '')) AS first, MAX(NULLIF(a.published, '')) AS last
        FROM dl_quotes qu JOIN dl_articles a ON a.id = qu.article_id ${w.sql}
        GROUP BY qu.speaker_name, qu.speaker_actor ORDER BY quotes DESC, "speakerName" LIMIT ${lim}`, w.args)).rows as SpeakerCount[];
    },
    async stats(): Promise<StoreStats> {
      const one = async (sql: string) => (await pool.query(sql)).rows[0] as Row;
      const a = await one("SELECT COUNT(*)::int n, MIN(NULLIF(published, '')) first, MAX(NULLIF(published, '')) last FROM dl_articles");
      return {
        articles: a.n as number,
        entities: (await one('SELECT COUNT(*)::int n FROM dl_entities')).n as number,
        quotes: (await one('SELECT COUNT(*)::int n FROM dl_quotes')).n as number,
        events: (await one('SELECT COUNT(*)::int n FROM dl_events')).n as number,
        firstPublished: (a.first as string) ?? null,
        lastPublished: (a.last as string) ?? null,
        topCameoRoots: (await pool.query('SELECT cameo_root code, COUNT(*)::int count FROM dl_events GROUP BY cameo_root ORDER BY count DESC LIMIT 20')).rows as { code: string; count: number }[],
        topActors: await actors(undefined, 10),
        formats: (await pool.query('SELECT format, COUNT(*)::int count FROM dl_articles GROUP BY format ORDER BY count DESC')).rows as { format: string; count: number }[],
      };
    },
    async seen(key) {
      return (await pool.query('SELECT 1 FROM dl_seen WHERE key = $1', [key])).rowCount! > 0;
    },
    async markSeen(keys) {
      if (keys.length) await pool.query('INSERT INTO dl_seen (key) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING', [keys]);
    },
    async close() {
      await pool.end();
    },
  };
  return store;
}
