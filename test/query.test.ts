/** Querying and exporting the store from the command line: dateline events, dateline quotes. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateline, records } from './cli.js';
import { SHARED } from './shared.js';

let dir: string;
let db: string;
const SEED = `${SHARED}/seed/sana-putin-rouhani.txt`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-events-'));
  db = join(dir, 'events.db');
  const r = dateline(['analyze', SEED, '--db', db, '--published', '2017-03-29', '--no-progress']);
  expect(r.status).toBe(0);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dateline events', () => {
  it('exports the stored events as JSON lines by default when piped, with a summary on stderr', () => {
    const r = dateline(['events', '--db', db]);
    expect(r.status).toBe(0);
    const events = records(r.stdout);
    expect(events.length).toBeGreaterThan(5);
    expect(events.every((e) => typeof e.cameo === 'string' && typeof e.articleId === 'string')).toBe(true);
    expect(r.stderr).toBe(`dateline: exported ${events.length} events from 1 articles\n`);
  }, 60_000);

  it('filters by actor and CAMEO prefix and writes CSV with a header', () => {
    const r = dateline(['events', '--db', db, '--actor', 'IRN', '--cameo', '04', '--format', 'csv']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('articleId,index,date,sourceCode,')).toBe(true);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines.slice(1)) expect(l).toMatch(/,04\d*,CONSULT,/);
  }, 60_000);

  it('writes GDELT 2.0 rows without a header unless asked', () => {
    const r = dateline(['events', '--db', db, '--format', 'gdelt', '--limit', '2']);
    expect(r.status).toBe(0);
    const rows = r.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.split('\t').length === 61)).toBe(true);
    const withHeader = dateline(['events', '--db', db, '--format', 'gdelt', '--limit', '1', '--header']);
    expect(withHeader.stdout.split('\n')[0]!.startsWith('GLOBALEVENTID\tSQLDATE\tMonthYear')).toBe(true);
  }, 60_000);

  it('keeps only events at or above a confidence', () => {
    const all = records(dateline(['events', '--db', db]).stdout);
    const sure = records(dateline(['events', '--db', db, '--min-confidence', '0.7']).stdout);
    expect(sure.length).toBe(all.filter((e) => (e.confidence as number) >= 0.7).length);
    expect(sure.length).toBeGreaterThan(0);
    expect(sure.length).toBeLessThan(all.length);
  }, 60_000);

  it('counts the matching events by dyad and quad class', () => {
    const r = dateline(['events', '--db', db, '--count', 'dyad']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('sourceCode,sourceName,targetCode,targetName,verbalCooperation,materialCooperation,verbalConflict,materialConflict,total');
    const all = records(dateline(['events', '--db', db]).stdout);
    const rusIrn = all.filter((e) => (e.source as { code: string } | null)?.code === 'RUS' && (e.target as { code: string } | null)?.code === 'IRN').length;
    expect(rusIrn).toBeGreaterThan(0);
    expect(lines.find((l) => l.startsWith('RUS,Russia,IRN,Iran,'))!.split(',').at(-1)).toBe(String(rusIrn));
    expect(r.stderr).toBe(`dateline: ${all.length} events in ${lines.length - 1} dyads\n`);
    expect(dateline(['events', '--db', db, '--count', 'dyad', '--limit', '5']).stderr).toBe('dateline: --limit does not apply to --count (every matching event is counted)\n');
  }, 60_000);

  it('refuses bad options with one line naming the option, and says when nothing matches', () => {
    const bad = dateline(['events', '--db', db, '--quad-class', '7']);
    expect([bad.status, bad.stderr]).toEqual([2, 'dateline: --quad-class must be 1, 2, 3 or 4\n']);
    const order = dateline(['events', '--db', db, '--since', '2018-01-01', '--until', '2017-01-01']);
    expect([order.status, order.stderr]).toEqual([2, 'dateline: --since is after --until\n']);
    const none = dateline(['events', '--db', db, '--actor', 'ZZZ']);
    expect([none.status, none.stdout, none.stderr]).toEqual([0, '', 'dateline: no stored events match\n']);
  }, 60_000);
});

describe('dateline quotes', () => {
  it('lists what Putin said as CSV rows, the quotation whole in one field', () => {
    const r = dateline(['quotes', '--db', db, '--speaker', 'Putin', '--format', 'csv']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('articleId,index,published,speakerName,speakerActor,direct,content,start,end,cue,source,confidence,step,speakerVia,speakerFrom,cueKind,title');
    const direct = lines.find((l) => l.includes(',true,'));
    // The seed's direct quotation (“we believe it is important …”).
    expect(direct).toContain('Vladimir Putin,RUSGOV,true,');
    expect(direct).toContain('further expand cooperation in combating international terrorism');
    expect(direct).toMatch(/,said,the Russian president,0\.\d+,tagger,coreference,[^,]*Putin[^,]*,speech,/);
  }, 60_000);

  it('says for each quote its cue, source, confidence, what made it and how its speaker was named, and filters on them', () => {
    const all = records(dateline(['quotes', '--db', db, '--format', 'jsonl']).stdout) as { content: string; direct: boolean; confidence: number | null; cue: string | null; start: number; end: number; speakerName: string | null }[];
    expect(all.length).toBeGreaterThanOrEqual(5);
    const rouhani = all.find((q) => q.content.startsWith('that Iran will continue'))!;
    expect(rouhani).toMatchObject({ speakerName: 'Hassan Rouhani', cue: 'affirming', source: 'Rouhani', speakerVia: 'clause' });
    expect(rouhani.end - rouhani.start).toBe(rouhani.content.length);
    const sure = records(dateline(['quotes', '--db', db, '--format', 'jsonl', '--min-confidence', '0.95']).stdout) as typeof all;
    expect(sure.length).toBeGreaterThan(0);
    expect(sure.length).toBeLessThan(all.length);
    expect(sure.every((q) => q.confidence !== null && q.confidence >= 0.95)).toBe(true);
    const direct = records(dateline(['quotes', '--db', db, '--format', 'jsonl', '--direct']).stdout) as typeof all;
    const indirect = records(dateline(['quotes', '--db', db, '--format', 'jsonl', '--indirect']).stdout) as typeof all;
    expect([direct.length + indirect.length, direct.every((q) => q.direct), indirect.some((q) => q.direct)]).toEqual([all.length, true, false]);
    const named = records(dateline(['quotes', '--db', db, '--format', 'jsonl', '--named']).stdout) as typeof all;
    const unnamed = records(dateline(['quotes', '--db', db, '--format', 'jsonl', '--unnamed']).stdout) as typeof all;
    expect([named.length + unnamed.length, named.every((q) => q.speakerName !== null), unnamed.every((q) => q.speakerName === null)]).toEqual([all.length, true, true]);
    const text = dateline(['quotes', '--db', db, '--speaker', 'Putin', '--direct', '--format', 'text']).stdout;
    expect(text).toContain('cue "said" (said or wrote); source "the Russian president"; confidence 0.');
    // What the cue says the source did: in the seed, words said ("said", "affirming", "stressed"), no deed.
    const spoken = records(dateline(['quotes', '--db', db, '--format', 'jsonl', '--cue-kind', 'speech']).stdout) as typeof all;
    expect(spoken.length).toBeGreaterThanOrEqual(5);
    expect(spoken.map((q) => q.cue)).toEqual(expect.arrayContaining(['said', 'affirming']));
    expect(text).toMatch(/made by the attribution tagger; speaker named by coreference of the source, from "[^"]*Putin[^"]*"/);
  }, 60_000);

  it('counts the quotes by speaker, most quoted first', () => {
    const r = dateline(['quotes', '--db', db, '--count', 'speaker']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('speakerName,speakerActor,quotes,direct,articles,first,last');
    expect(lines.find((l) => l.startsWith('Vladimir Putin,RUSGOV,'))).toMatch(/^Vladimir Putin,RUSGOV,[3-9],1,1,2017-03-29,2017-03-29$/);
    expect(r.stderr).toMatch(/^dateline: \d+ quotes by \d+ speakers\n$/);
    const direct = records(dateline(['quotes', '--db', db, '--count', 'speaker', '--direct', '--format', 'jsonl']).stdout);
    expect(direct).toEqual([{ speakerName: 'Vladimir Putin', speakerActor: 'RUSGOV', quotes: 1, direct: 1, articles: 1, first: '2017-03-29', last: '2017-03-29' }]);
    expect(dateline(['quotes', '--db', db, '--count', 'cue']).stderr).toBe('dateline: --count must be speaker\n');
  }, 60_000);

  it('refuses a confidence out of range and --direct with --indirect, in one line', () => {
    const bad = dateline(['quotes', '--db', db, '--min-confidence', '1.5']);
    expect([bad.status, bad.stderr]).toEqual([2, 'dateline: --min-confidence must be a number from 0 to 1\n']);
    expect(dateline(['quotes', '--db', db, '--direct', '--indirect']).stderr).toBe('dateline: --direct and --indirect exclude each other\n');
    expect(dateline(['quotes', '--db', db, '--named', '--unnamed']).stderr).toBe('dateline: --named and --unnamed exclude each other\n');
    expect(dateline(['quotes', '--db', db, '--cue-kind', 'said']).stderr).toBe('dateline: --cue-kind must be speech, thought, evidence or other\n');
    expect(dateline(['quotes', '--db', db, '--since', '2017-04-01', '--until', '2017-03-01']).stderr).toBe('dateline: --since is after --until\n');
    const later = dateline(['quotes', '--db', db, '--since', '2017-03-30']);
    expect([later.status, later.stdout, later.stderr]).toEqual([0, '', 'dateline: no quotes that match in the store\n']);
    expect(records(dateline(['quotes', '--db', db, '--since', '2017-03-29', '--until', '2017-03-29', '--format', 'jsonl']).stdout).length).toBeGreaterThanOrEqual(5);
  }, 60_000);
});

describe('dateline explain', () => {
  it('says how each quote of the seed was found and how its speaker was named, with the words the name came from', () => {
    const id = (records(dateline(['events', '--db', db, '--format', 'jsonl', '--limit', '1']).stdout)[0] as { articleId: string }).articleId;
    const r = dateline(['explain', id, '--db', db, '--format', 'json']);
    expect(r.status).toBe(0);
    const quotes = (JSON.parse(r.stdout) as { quotes: { speaker: string; speakerText: string; content: string; madeBy: string; confidence: number | null; named: string }[] }).quotes;
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    // "the Russian president said “we believe …”": named through coreference, from a mention that writes "Putin".
    const direct = quotes.find((q) => q.content.includes('we believe it is important'))!;
    expect(direct).toMatchObject({ speaker: 'Vladimir Putin', speakerText: 'the Russian president', madeBy: 'the attribution tagger' });
    expect(direct.named).toMatch(/^coreference of the source, from "[^"]*Putin[^"]*" \(characters \d+–\d+\)$/);
    expect(direct.confidence).toBeGreaterThan(0.5);
    // "…, affirming that …": the subject of the clause it hangs on.
    expect(quotes.find((q) => q.content.startsWith('that Iran will continue'))).toMatchObject({ speaker: 'Hassan Rouhani', named: 'the subject of the clause the attribution hangs on' });
    const text = dateline(['explain', id, '--db', db, '--format', 'text']).stdout;
    expect(text).toMatch(/\d+ quotes\n/);
    expect(text).toContain('speaker named by: coreference of the source');
  }, 60_000);
});
