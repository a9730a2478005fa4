/** PostgreSQL schema of the store. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS dl_articles (
  id TEXT PRIMARY KEY,
  title TEXT,
  published TEXT,
  format TEXT NOT NULL,
  path TEXT,
  url TEXT,
  item TEXT,
  record JSONB NOT NULL,
  record_text TEXT NOT NULL,
  fts TSVECTOR,
  added_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS dl_articles_published_id ON dl_articles (published DESC, id);
CREATE INDEX IF NOT EXISTS dl_articles_fts ON dl_articles USING GIN (fts);
CREATE TABLE IF NOT EXISTS dl_entities (
  article_id TEXT NOT NULL REFERENCES dl_articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL, start_at INTEGER NOT NULL, end_at INTEGER NOT NULL,
  text TEXT NOT NULL, type TEXT NOT NULL, actor TEXT, name TEXT,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS dl_entities_actor ON dl_entities(actor);
CREATE TABLE IF NOT EXISTS dl_quotes (
  seq BIGSERIAL PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES dl_articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL, speaker_name TEXT, speaker_actor TEXT, direct BOOLEAN NOT NULL, content TEXT NOT NULL,
  UNIQUE (article_id, idx)
);
-- Added after the first release (a store made before gets them here, and its rows are filled from the records):
-- where each content is, its cue and source words, and the quote's explanation.
ALTER TABLE dl_quotes ADD COLUMN IF NOT EXISTS content_start INTEGER, ADD COLUMN IF NOT EXISTS content_end INTEGER,
  ADD COLUMN IF NOT EXISTS cue TEXT, ADD COLUMN IF NOT EXISTS source TEXT, ADD COLUMN IF NOT EXISTS confidence DOUBLE PRECISION,
  ADD COLUMN IF NOT EXISTS step TEXT, ADD COLUMN IF NOT EXISTS speaker_via TEXT, ADD COLUMN IF NOT EXISTS speaker_from TEXT;
-- What the cue says the source did (explanation.cueKind; null in the rows of records written before it was read).
ALTER TABLE dl_quotes ADD COLUMN IF NOT EXISTS cue_kind TEXT;
CREATE TABLE IF NOT EXISTS dl_events (
  seq BIGSERIAL PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES dl_articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  source_code TEXT, source_name TEXT, target_code TEXT, target_name TEXT,
  cameo TEXT NOT NULL, cameo_root TEXT NOT NULL, plover_type TEXT, plover_mode TEXT,
  goldstein DOUBLE PRECISION NOT NULL, quad_class INTEGER NOT NULL, date TEXT,
  location_name TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, country TEXT, confidence DOUBLE PRECISION NOT NULL,
  json JSONB NOT NULL,
  UNIQUE (article_id, idx)
);
CREATE INDEX IF NOT EXISTS dl_events_source ON dl_events(source_code text_pattern_ops);
CREATE INDEX IF NOT EXISTS dl_events_target ON dl_events(target_code text_pattern_ops);
CREATE INDEX IF NOT EXISTS dl_events_cameo ON dl_events(cameo text_pattern_ops);
CREATE INDEX IF NOT EXISTS dl_events_date ON dl_events(date);
CREATE TABLE IF NOT EXISTS dl_seen (key TEXT PRIMARY KEY, added_at TIMESTAMPTZ NOT NULL DEFAULT now());
`;
