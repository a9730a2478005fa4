/** The line-oriented commands of ../shared/CONTRACT.md, through the command line as outside tools use them. */
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateline, records } from './cli.js';
import { SHARED } from './shared.js';

describe('dateline tag --conll', () => {
  it('appends an IOB2 tag column and passes -DOCSTART- and blank lines through', () => {
    const input = '-DOCSTART- -X- -X- O\n\nRussian JJ B-NP\nPresident NNP I-NP\nVladimir NNP I-NP\nPutin NNP I-NP\nmet VBD B-VP\nin IN B-PP\nMoscow NNP B-NP\n. . O\n\n';
    const r = dateline(['tag', '--conll'], { input });
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('-DOCSTART- -X- -X- O');
    expect(lines[1]).toBe('');
    const tags = lines.slice(2, 10).map((l) => l.split(' '));
    expect(tags.every((t) => t.length === 4)).toBe(true);
    expect(tags.map((t) => t[3])).toEqual(['B-MISC', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O']);
  });
});

describe('dateline code --jsonl', () => {
  it('codes sentences with PETRARCH-format dictionaries given in a directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-dicts-'));
    for (const k of ['actors', 'agents', 'verbs', 'discards']) {
      symlinkSync(join(SHARED, `corpora/events/petrarch2_PETR.Validate.${k}.txt`), join(dir, `PETR.Validate.${k}.txt`));
    }
    const gold = readFileSync(join(SHARED, 'corpora/events/petrarch2_unittest_gold.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const demo = gold.find((g: { id: string }) => g.id === 'DEMO-00');
    const r = dateline(['code', '--jsonl', '--dictionaries', dir], { input: JSON.stringify({ id: demo.id, text: demo.text, date: demo.date }) + '\n{"id": 2}\n' });
    expect(r.status).toBe(1);
    const [ok, bad] = records(r.stdout);
    expect(ok).toMatchObject({ id: 'DEMO-00', events: [{ source: 'ARN', target: 'GON', cameo: expect.stringMatching(/^0[36]/) }] });
    expect(bad).toMatchObject({ id: 2, error: 'line 2: text: Invalid input: expected string, received undefined' });
    expect(r.stderr).toMatch(/PETR\.Validate\.verbs\.txt:\d+: .*\(entry skipped\)/);
  });
});

describe('dateline resolve --jsonl', () => {
  it('resolves names and descriptions at their dates', () => {
    const input = [
      { id: 'a', text: 'Hassan Rouhani', date: '20170328' },
      { id: 'b', text: 'the Iranian foreign minister', date: '2017-03-28' },
      { id: 'c', text: 'Kassym-Jomart Tokayev', date: '2022-01-05' },
      { id: 'd', text: 'Syrian government' },
      { id: 'e', text: 'Turkish jets', date: '2019-01-21' },
    ].map((x) => JSON.stringify(x)).join('\n') + '\n';
    const r = dateline(['resolve', '--jsonl'], { input });
    expect(r.status).toBe(0);
    const out = records(r.stdout);
    expect(out[0]).toMatchObject({ id: 'a', code: 'IRNGOV', country: 'IRN', sector: 'GOV', name: 'Hassan Rouhani' });
    expect(out[1]).toMatchObject({ id: 'b', code: 'IRNGOV', country: 'IRN' });
    expect(out[2]).toMatchObject({ id: 'c', code: 'KAZGOV', country: 'KAZ' });
    expect(out[3]).toMatchObject({ id: 'd', code: 'SYRGOV' });
    expect(out[4]).toMatchObject({ id: 'e', code: 'TURMIL', sector: 'MIL' });
  });
});
