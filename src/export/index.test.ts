import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer.js';
import type { ArticleRecord } from '../document/schema.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/types.js';
import { parseCsv } from '../models/ner/rawtext.js';
import { SHARED } from '../../test/shared.js';
import { exportEvents, GDELT_COLUMNS, EVENT_COLUMNS, globalEventId, leadOf, type ExportFormat } from './index.js';

// The seed article (SANA, 29 March 2017), analysed for real and stored.
let dir: string;
let store: Store;
let seed: ArticleRecord;

beforeAll(async () => {
  const analyzer = await createAnalyzer();
  const text = readFileSync(`${SHARED}/seed/sana-putin-rouhani.txt`, 'utf8');
  seed = { ...analyzer.analyzeText(text, { published: '2017-03-29' }), source: { format: 'text', path: 'seed/sana-putin-rouhani.txt' } };
  dir = mkdtempSync(join(tmpdir(), 'dateline-export-'));
  store = openSqliteStore(join(dir, 'x.db'));
  await store.put([seed]);
}, 120_000);

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function exported(format: ExportFormat, query = {}, more: { header?: boolean; limit?: number } = {}): Promise<{ out: string; events: number; articles: number }> {
  let out = '';
  const r = await exportEvents(store, query, { format, ...more }, (s) => { out += s; });
  return { out, ...r };
}

describe('exportEvents', () => {
  it('writes every stored event of the seed as CSV, with its evidence words, read back intact', async () => {
    const { out, events, articles } = await exported('csv');
    expect(events).toBe(seed.events.length);
    expect(articles).toBe(1);
    const rows = parseCsv(out); // the project's RFC 4180 reader (written for the NER training data)
    expect(rows[0]).toEqual([...EVENT_COLUMNS]);
    expect(rows).toHaveLength(seed.events.length + 1);
    const col = (name: string) => EVENT_COLUMNS.indexOf(name as (typeof EVENT_COLUMNS)[number]);
    for (const [i, row] of rows.slice(1).entries()) {
      const e = seed.events[i]!;
      expect(row).toHaveLength(EVENT_COLUMNS.length);
      expect(row[col('cameo')]).toBe(e.cameo);
      expect(row[col('evidence')]).toBe(seed.text.slice(e.evidence.start, e.evidence.end).replace(/\s+/g, ' ').trim());
      expect(row[col('source')]).toBe('seed/sana-putin-rouhani.txt');
    }
    // The two presidents' consultations in Moscow, Russia to Iran, are among them.
    expect(rows.some((r) => r[col('cameo')]!.startsWith('04') && r[col('sourceCode')]!.startsWith('RUS') && r[col('targetCode')]!.startsWith('IRN'))).toBe(true);
  });

  it('filters as the store does and stops at a limit', async () => {
    const rus = await exported('jsonl', { actor: 'RUS' });
    const lines = rus.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBe(seed.events.filter((e) => e.source?.code.startsWith('RUS') || e.target?.code.startsWith('RUS')).length);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((e) => typeof e.addedAt === 'string' && e.articleId === seed.id)).toBe(true);
    expect((await exported('jsonl', {}, { limit: 2 })).events).toBe(2);
    expect((await exported('csv', { cameo: '19' })).events).toBe(seed.events.filter((e) => e.cameo.startsWith('19')).length);
  });

  it('writes GDELT 2.0 event rows: 61 columns, dates, codes and geography as GDELT spells them', async () => {
    const { out } = await exported('gdelt');
    const rows = out.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(rows).toHaveLength(seed.events.length);
    const at = (row: string[], name: string) => row[GDELT_COLUMNS.indexOf(name)]!;
    for (const [i, row] of rows.entries()) {
      const e = seed.events[i]!;
      expect(row).toHaveLength(61);
      expect(at(row, 'GLOBALEVENTID')).toBe(globalEventId(seed.id, i));
      expect(at(row, 'EventCode')).toBe(e.cameo);
      expect(at(row, 'EventRootCode')).toBe(e.cameo.slice(0, 2));
      expect(Number(at(row, 'QuadClass'))).toBe(e.quadClass);
      expect(at(row, 'SQLDATE')).toBe((e.date ?? '2017-03-29').replace(/-/g, ''));
      expect(at(row, 'DATEADDED')).toMatch(/^\d{14}$/);
      expect(at(row, 'SOURCEURL')).toBe('seed/sana-putin-rouhani.txt');
    }
    const moscow = rows.find((r) => at(r, 'ActionGeo_FullName') === 'Moscow, Russia')!;
    expect(moscow).toBeDefined();
    // A city outside the US is type 4, and GDELT's country codes are FIPS 10-4: Russia is RS, not RU.
    expect([at(moscow, 'ActionGeo_Type'), at(moscow, 'ActionGeo_CountryCode')]).toEqual(['4', 'RS']);
    const gov = rows.find((r) => at(r, 'Actor1Code') === 'RUSGOV')!;
    expect([at(gov, 'Actor1CountryCode'), at(gov, 'Actor1Type1Code')]).toEqual(['RUS', 'GOV']);
    // Root events are those of the lead paragraph, which in the seed codes none.
    expect(seed.text.slice(leadOf(seed.text, seed.body).start, leadOf(seed.text, seed.body).end)).toBe(
      'Russian President Vladimir Putin and Iranian President Hassan Rouhani stressed the necessity of pooling efforts to counter terrorism and resolving the crisis in Syria.');
    expect(rows.every((r) => at(r, 'IsRootEvent') === '0')).toBe(true);
  });

  it('marks the events of an article\'s lead paragraph as root events', async () => {
    // A Wikinews sample (CC BY 2.5) whose first paragraph reports the fire.
    const text = readFileSync(new URL('../../samples/text/Escape_room_fire_kills_five_teen_girls_in_Koszalin__Poland.txt', import.meta.url), 'utf8');
    const r = (await createAnalyzer()).analyzeText(text, { published: '2019-01-05' });
    await store.put([r]);
    let out = '';
    await exportEvents(store, { articleId: r.id }, { format: 'gdelt' }, (s) => { out += s; });
    const rows = out.trimEnd().split('\n').map((l) => l.split('\t'));
    const lead = leadOf(r.text, r.body);
    expect(rows).toHaveLength(r.events.length);
    rows.forEach((row, i) => {
      const inLead = r.events[i]!.evidence.start >= lead.start && r.events[i]!.evidence.start < lead.end;
      expect(row[GDELT_COLUMNS.indexOf('IsRootEvent')]).toBe(inLead ? '1' : '0');
    });
    expect(rows.filter((row) => row[GDELT_COLUMNS.indexOf('IsRootEvent')] === '1').length).toBeGreaterThan(0);
    expect(rows.filter((row) => row[GDELT_COLUMNS.indexOf('IsRootEvent')] === '0').length).toBeGreaterThan(0);
  }, 60_000);

  it('has the columns of GDELT 2.0\'s event table, in order', () => {
    // gdeltPyR's schema of the table, and the header of its sample of real rows (which adds a
    // CAMEOCodeDescription column after EventCode).
    const schema = readFileSync(`${SHARED}/corpora/events/gdelt_schema/gdeltPyR_events2.csv`, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split(',')[0]);
    expect(schema).toEqual(GDELT_COLUMNS);
    const head = readFileSync(`${SHARED}/corpora/events/gdelt_schema/gdeltPyR_events2samp.tsv`, 'utf8').split('\n')[0]!.trimEnd().split('\t');
    expect(head.filter((c) => c !== 'CAMEOCodeDescription')).toEqual(GDELT_COLUMNS);
  });
});
