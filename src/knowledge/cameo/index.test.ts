import { describe, expect, it } from 'vitest';
import { cameoInfo, isCameoCode, loadCameoTables, parseCameoTsv, parsePloverTsv, ploverOf } from './index.js';

describe('CAMEO and PLOVER tables', () => {
  const { tables, issues } = loadCameoTables();

  it('loads every shipped row', () => {
    expect(issues).toEqual([]);
    expect(tables.codes.size).toBeGreaterThan(300);
  });

  it('has Goldstein scores observed in GDELT and quad classes by root', () => {
    expect(cameoInfo(tables, '190')).toMatchObject({ goldstein: -10, quadClass: 4 });
    expect(cameoInfo(tables, '043')).toMatchObject({ goldstein: 2.8, quadClass: 1 });
    expect(cameoInfo(tables, '071')!.quadClass).toBe(2);
    expect(cameoInfo(tables, '120')!.quadClass).toBe(3);
    expect(cameoInfo(tables, '0311')!.name).toMatch(/cooperate economically/i);
  });

  it('maps CAMEO to PLOVER 0.8 types and modes', () => {
    expect(ploverOf(tables, '042')).toMatchObject({ type: 'CONSULT', mode: 'visit' });
    expect(ploverOf(tables, '1712')!.type).toBe('ASSAULT');
    // The manual overrides the table for international sanctions (data/cameo/plover-manual.tsv, PLOVER_MANUAL.tex:822).
    expect(ploverOf(tables, '163')).toMatchObject({ type: 'SANCTION', mode: 'discontinue' });
    expect(ploverOf(tables, '010')).toBeNull();
    expect(isCameoCode(tables, '0874')).toBe(true);
    expect(isCameoCode(tables, '999')).toBe(false);
  });

  it('names file and line of a bad row', () => {
    expect(parseCameoTsv('code\tname\tgoldstein\tsrc\tquadClass\n190\tFight\t-11\tx\t4\n', 'c.tsv').issues).toEqual([
      expect.objectContaining({ file: 'c.tsv', line: 2 })]);
    expect(parsePloverTsv('042\tCHAT\tvisit\t\t1\n', 'p.tsv').issues).toEqual([expect.objectContaining({ file: 'p.tsv', line: 1 })]);
  });
});
