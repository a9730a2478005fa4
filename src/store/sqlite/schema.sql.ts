/** SQLite schema of the store, versioned by user_version. */
export const SCHEMA_VERSION = 3;

/** The columns version 2 added to the quotes table: where each content is, its cue and source words, and the quote's explanation. */
const QUOTE_COLUMNS_2 = ['content_start INTEGER', 'content_end INTEGER', 'cue TEXT', 'source TEXT', 'confidence REAL', 'step TEXT', 'speaker_via TEXT', 'speaker_from TEXT'];

/** The column version 3 added: what the cue says the source did (explanation.cueKind). */
const QUOTE_COLUMNS_3 = ['cue_kind TEXT'];

/** What turns a store of each earlier version into the next (keyed by the version it comes from). */
export const MIGRATIONS: Readonly<Record<number, string>> = {
  1: QUOTE_COLUMNS_2.map((c) => `ALTER TABLE quotes ADD COLUMN ${c};`).join('\n'),
  2: QUOTE_COLUMNS_3.map((c) => `ALTER TABLE quotes ADD COLUMN ${c};`).join('\n'),
};

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  title TEXT,
  published TEXT,
  format TEXT NOT NULL,
  path TEXT,
  url TEXT,
  item TEXT,
  record TEXT NOT NULL,
  added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published DESC, id);
CREATE INDEX IF NOT EXISTS articles_url ON articles(url);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS entities (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL, type TEXT NOT NULL, actor TEXT, name TEXT,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS entities_actor ON entities(actor);
CREATE TABLE IF NOT EXISTS quotes (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL, speaker_name TEXT, speaker_actor TEXT, direct INTEGER NOT NULL, content TEXT NOT NULL,
  ${QUOTE_COLUMNS_2.join(', ')}, ${QUOTE_COLUMNS_3.join(', ')},
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_name COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  source_code TEXT, source_name TEXT, target_code TEXT, target_name TEXT,
  cameo TEXT NOT NULL, cameo_root TEXT NOT NULL, plover_type TEXT, plover_mode TEXT,
  goldstein REAL NOT NULL, quad_class INTEGER NOT NULL, date TEXT,
  location_name TEXT, lat REAL, lon REAL, country TEXT, confidence REAL NOT NULL,
  json TEXT NOT NULL,
  UNIQUE (article_id, idx)
);
CREATE INDEX IF NOT EXISTS events_source ON events(source_code);
CREATE INDEX IF NOT EXISTS events_target ON events(target_code);
CREATE INDEX IF NOT EXISTS events_cameo ON events(cameo);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));
`;
