import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleRecordSchema, spanProblems } from '../src/document/schema.js';
import { dateline, records } from './cli.js';
import { SEED, SEED_EXPECTED, SHARED } from './shared.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'dateline-cli-'));

describe('dateline analyze on the seed article', () => {
  const r = dateline(['analyze', SEED, '--no-store', '--published', '2017-03-29']);
  const rec = records(r.stdout)[0]!;
  const expected = JSON.parse(readFileSync(SEED_EXPECTED, 'utf8'));

  it('prints one valid record whose spans lie over the file as read', () => {
    expect(r.status).toBe(0);
    expect(ArticleRecordSchema.safeParse(rec).success).toBe(true);
    const parsed = ArticleRecordSchema.parse(rec);
    expect(spanProblems(parsed)).toEqual([]);
    expect(parsed.text).toBe(readFileSync(SEED, 'utf8'));
  });

  it('reads title, dateline, authors, body and boilerplate exactly as expected', () => {
    const p = ArticleRecordSchema.parse(rec);
    expect(p.title).toBe(expected.title);
    expect(p.dateline?.place).toBe(expected.dateline.place);
    expect(p.dateline?.agency).toBe(expected.dateline.agency);
    expect([...p.authors].sort()).toEqual([...expected.authors].sort());
    const body = p.text.slice(p.body.start, p.body.end);
    expect(body.startsWith(expected.body.startsWith)).toBe(true);
    expect(body.endsWith(expected.body.endsWith)).toBe(true);
    for (const w of expected.body.mustNotContain) expect(body).not.toContain(w);
    const bp = p.boilerplate.map((b) => p.text.slice(b.start, b.end)).join(' ');
    for (const rel of expected.boilerplate.related) expect(bp).toContain(rel);
    expect(p.published).toBe('2017-03-29');
  });

  it('passes the meta checks of check.py', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'out.jsonl'), r.stdout);
    const c = spawnSync('python3', [join(SHARED, 'seed/check.py'), SEED_EXPECTED, join(dir, 'out.jsonl'), '--parts', 'meta'], { encoding: 'utf8' });
    expect(c.stdout).toContain('seed 11/11 checks');
    expect(c.status).toBe(0);
  });

  it('reads plain text on stdin', () => {
    const s = dateline(['analyze', '-', '--no-store'], { input: readFileSync(SEED) });
    expect(s.status).toBe(0);
    expect(records(s.stdout)[0]!.id).toBe(rec.id);
  });
});

describe('dateline analyze on bad inputs', () => {
  it('reports each bad file in one line, stores the good article once, and stores nothing new on a re-run', () => {
    const dir = tmp();
    const inputs = join(dir, 'inputs');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'a-empty.txt'), '');
    writeFileSync(join(inputs, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 4, 5, 6, 7]));
    writeFileSync(join(inputs, 'c-latin1.txt'), Buffer.from('Caf\xe9 au lait \xe0 Montr\xe9al\n\nLe ministre fran\xe7ais a d\xe9clar\xe9 que les n\xe9gociations continueraient.\n', 'latin1'));
    writeFileSync(join(inputs, 'd-good.txt'), readFileSync(SEED));
    const db = join(dir, 'store.db');
    const first = dateline(['analyze', inputs, '--db', db]);
    expect(first.status).toBe(1);
    const errors = first.stderr.split('\n').filter((l) => l.startsWith('dateline: ') && !l.startsWith('dateline: 1 articles'));
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/a-empty\.txt: empty input/);
    expect(errors[1]).toMatch(/b-binary\.txt: binary data/);
    expect(errors[2]).toMatch(/c-latin1\.txt: not UTF-8 text .*--encoding/);
    const out = records(first.stdout);
    expect(out.filter((o) => 'error' in o)).toHaveLength(3);
    expect(out.filter((o) => !('error' in o))).toHaveLength(1);
    expect(first.stderr).toMatch(/stored 1 new, 0 updated, 0 unchanged/);
    const second = dateline(['analyze', inputs, '--db', db]);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/stored 0 new, 0 updated, 1 unchanged/);
    const stats = dateline(['stats', '--db', db, '--json']);
    expect(JSON.parse(stats.stdout).articles).toBe(1);
    // The latin-1 file reads when its charset is named.
    const named = dateline(['analyze', join(inputs, 'c-latin1.txt'), '--encoding', 'latin1', '--no-store']);
    expect(named.status).toBe(0);
    expect(records(named.stdout)[0]!.text).toContain('Montréal');
  });

  it('fails a text longer than one article may be, with the reason, and goes on with the next input', () => {
    const dir = tmp();
    // The seed article four times over, as one file (a dump of articles, not an article).
    const seed = readFileSync(SEED, 'utf8');
    writeFileSync(join(dir, 'dump.txt'), [seed, seed, seed, seed].join('\n\n'));
    const r = dateline(['analyze', join(dir, 'dump.txt'), SEED, '--no-store', '--max-chars', String(seed.length + 10)]);
    expect(r.status).toBe(1);
    const [dump, good] = records(r.stdout);
    expect(dump!.error).toBe(`text of ${(4 * seed.length + 6).toLocaleString('en-US')} characters is longer than one article may be (${(seed.length + 10).toLocaleString('en-US')}): split it into articles (one file or JSON line each)`);
    expect(r.stderr).toContain(`dateline: ${join(dir, 'dump.txt')}: text of `);
    expect(good!.text).toBe(seed);
    expect(dateline(['analyze', SEED, '--no-store', '--max-chars', 'lots']).status).toBe(2);
  });

  it('says why a missing input failed and exits 2 on usage errors', () => {
    const r = dateline(['analyze', '/nonexistent/file.txt', '--no-store']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^dateline: \/nonexistent\/file\.txt: no such file or directory$/m);
    expect(dateline(['analyze', SEED, '--published', 'yesterday', '--no-store']).status).toBe(2);
    expect(dateline(['analyze']).status).toBe(2);
  });

  it('shows a stored article', () => {
    const dir = tmp();
    const db = join(dir, 's.db');
    const a = records(dateline(['analyze', SEED, '--db', db]).stdout)[0]!;
    const shown = dateline(['show', String(a.id), '--db', db, '--format', 'text']);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/dateline\s+Moscow, SANA/);
    expect(dateline(['show', 'nope', '--db', db]).status).toBe(1);
  });
});
