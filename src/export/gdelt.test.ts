import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED } from '../../test/shared.js';
import { fractionDate, gdeltRow, globalEventId, GDELT_COLUMNS } from './gdelt.js';
import { gdeltTables } from './index.js';
import type { StoredEvent } from '../store/types.js';

describe('GDELT rows', () => {
  it('computes FractionDate as GDELT does, on every row of a sample of real GDELT 2.0 events', () => {
    const lines = readFileSync(`${SHARED}/corpora/events/gdelt_schema/gdeltPyR_events2samp.tsv`, 'utf8').trimEnd().split('\n');
    const head = lines[0]!.split('\t');
    const [d, f] = [head.indexOf('SQLDATE'), head.indexOf('FractionDate')];
    const rows = lines.slice(1).map((l) => l.split('\t'));
    expect(rows.length).toBeGreaterThan(40);
    for (const r of rows) {
      const iso = `${r[d]!.slice(0, 4)}-${r[d]!.slice(4, 6)}-${r[d]!.slice(6, 8)}`;
      expect(fractionDate(iso)).toBe(Number(r[f]).toFixed(4));
    }
  });

  it('gives each event an id of its own, the same on every run, that fits a signed 64-bit integer', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 2000; i++) ids.add(globalEventId(`article${i % 100}`, Math.floor(i / 100)));
    expect(ids.size).toBe(2000);
    expect(globalEventId('06608d25e2053eefd1460822', 3)).toBe(globalEventId('06608d25e2053eefd1460822', 3));
    for (const id of ids) expect(BigInt(id) < 2n ** 63n && BigInt(id) >= 0n).toBe(true);
  });

  it('leaves out what dateline does not measure instead of inventing it', () => {
    const e: StoredEvent = {
      source: { code: 'IGOUNO', name: 'United Nations' }, target: { code: 'SYRGOV', name: 'Syrian government' },
      cameo: '0231', plover: { type: 'AID', mode: null }, goldstein: 3.4, quadClass: 2, date: null,
      location: { name: 'Texas', lat: 31.2, lon: -99.3, country: 'USA', kind: 'region' },
      evidence: { start: 0, end: 10 }, confidence: 0.6, articleId: 'abc', index: 0, addedAt: '2026-11-28T15:36:06.417Z',
    };
    const row = gdeltRow(e, null, gdeltTables());
    const at = (name: string) => row[GDELT_COLUMNS.indexOf(name)];
    expect([at('SQLDATE'), at('Year'), at('FractionDate')]).toEqual([null, null, null]); // no date, no article
    expect([at('Actor1Code'), at('Actor1CountryCode'), at('Actor1KnownGroupCode'), at('Actor1Type1Code')]).toEqual(['IGOUNO', '', 'UNO', 'IGO']);
    expect([at('Actor2CountryCode'), at('Actor2Type1Code'), at('Actor2Name')]).toEqual(['SYR', 'GOV', 'SYRIAN GOVERNMENT']);
    expect([at('EventBaseCode'), at('EventRootCode')]).toEqual(['023', '02']);
    expect(at('AvgTone')).toBeNull();
    expect([at('ActionGeo_Type'), at('ActionGeo_FullName'), at('ActionGeo_CountryCode'), at('ActionGeo_ADM1Code')]).toEqual([2, 'Texas, United States', 'US', null]);
    expect([at('Actor1Geo_Type'), at('Actor1Geo_FullName')]).toEqual([0, null]);
    expect([at('DATEADDED'), at('SOURCEURL')]).toEqual(['20261128153606', null]);
    // Kurdish rebels in Iraq: country, ethnic group and role each in its column, from the shipped code lists.
    const kurds = gdeltRow({ ...e, source: { code: 'IRQKURREB', name: 'Kurdish rebels' } }, null, gdeltTables());
    expect([kurds[GDELT_COLUMNS.indexOf('Actor1CountryCode')], kurds[GDELT_COLUMNS.indexOf('Actor1EthnicCode')], kurds[GDELT_COLUMNS.indexOf('Actor1Type1Code')]]).toEqual(['IRQ', 'KUR', 'REB']);
  });
});
