import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ActorDataLoadError, defaultActorDataDir, loadActorKnowledge, lookupName, periodAt, readActorKnowledge, splitCode, withoutInitials,
  type Actor, type ActorKnowledge,
} from './load.js';
import { normName } from './normalise.js';

let kb: ActorKnowledge;
let shippedErrors: unknown[] = [];
beforeAll(() => {
  const r = readActorKnowledge();
  kb = r.kb!;
  shippedErrors = r.errors;
});

function person(name: string): Actor {
  const h = lookupName(kb, name).find((x) => x.kind === 'actor');
  if (!h || h.kind !== 'actor') throw new Error(`no actor ${name}`);
  return h.actor;
}

describe('actor knowledge', () => {
  it('loads the shipped data (its load time is reported by npm run bench)', () => {
    expect(kb.countries.length).toBeGreaterThan(190);
    expect(kb.actors.length).toBeGreaterThan(10000);
  });

  it('knows countries by name, alias, demonym and capital', () => {
    const c = (s: string) => lookupName(kb, s).find((h) => h.kind === 'country');
    expect(c('Russia')).toMatchObject({ country: { cameo: 'RUS', iso3: 'RUS' }, form: 'name' });
    expect(c('Russian')).toMatchObject({ country: { cameo: 'RUS' }, form: 'demonym' });
    expect(c('Iranian')).toMatchObject({ country: { cameo: 'IRN' }, form: 'demonym' });
    expect(c('Syrian')).toMatchObject({ country: { cameo: 'SYR' }, form: 'demonym' });
    expect(c('Iraqis')).toMatchObject({ country: { cameo: 'IRQ' }, form: 'demonym' });
    expect(c('Moscow')).toMatchObject({ country: { cameo: 'RUS' }, form: 'capital' });
    expect(c('Kosovo')).toMatchObject({ country: { cameo: 'KSV', iso3: 'XKX' } });
  });

  it('knows organisations, armed groups and agencies, acronyms only in capitals', () => {
    const code = (s: string) => { const h = lookupName(kb, s)[0]; return h?.kind === 'actor' ? periodAt(h.actor, null)?.code : h?.country.cameo; };
    expect(code('United Nations')).toBe('IGOUNO');
    expect(code('ISIS')).toBe('IMGMUSISI');
    expect(code('Daesh')).toBe('IMGMUSISI');
    expect(code('Islamic State')).toBe('IMGMUSISI');
    expect(code('Jabhat al-Nusra')).toBe('SYRREBMUS');
    expect(code('Nusra Front')).toBe('SYRREBMUS');
    expect(code('Hezbollah')).toBe('LBNREBSHI');
    expect(code('NATO')).toBe('IGOWSTNAT');
    expect(code('SANA')).toBe('SYRMED');
    expect(code('Reuters')).toBe('GBRMED');
    expect(lookupName(kb, 'us')).toEqual([]);
    expect(lookupName(kb, 'who')).toEqual([]);
    expect(lookupName(kb, 'WHO')[0]).toMatchObject({ kind: 'actor', actor: { name: 'World Health Organization' } });
    // A mixed-case acronym as written or in capitals: "Jem" (a comic series) is no JeM, Jaish-e-Mohammed.
    expect(code('JeM')).toBe('PAKREBMUS');
    expect(code('JEM')).toBe('PAKREBMUS');
    expect(lookupName(kb, 'Jem')).toEqual([]);
  });

  it('writes initials with dots in capitals in the names it derives from PETRARCH', () => {
    // scripts/build-actors.ts title-cased PETRARCH's capitals word by word: "U.s. Federal Reserve", "H.j. Heinz".
    const name = (s: string) => { const h = lookupName(kb, s)[0]; return h?.kind === 'actor' ? h.actor.name : null; };
    expect(name('U.S. Army')).toBe('U.S. Army');
    expect(name('H.J. Heinz')).toBe('H.J. Heinz');
  });

  it('gives dated roles: Putin prime minister in 2010, president in 2017', () => {
    const putin = person('Putin');
    expect(putin.name).toBe('Vladimir Putin');
    expect(periodAt(putin, '2010-06-01')).toMatchObject({ code: 'RUSGOV', role: 'prime minister' });
    expect(periodAt(putin, '2017-03-28')).toMatchObject({ code: 'RUSGOV', role: 'president' });
    expect(periodAt(putin, '2005-01-01')).toMatchObject({ code: 'RUSGOV', role: 'president' });
  });

  it('gives dated roles: Rouhani president in 2017, former president in 2022', () => {
    const rouhani = person('Rouhani');
    expect(rouhani.name).toBe('Hassan Rouhani');
    expect(periodAt(rouhani, '2017-03-28')).toMatchObject({ code: 'IRNGOV', role: 'president' });
    expect(periodAt(rouhani, '2022-06-01')?.code).toBe('IRNELI');
  });

  it('keeps heads of state current: Trump 2019, 2022, 2025; Starmer; Pezeshkian; al-Sharaa', () => {
    const trump = person('Donald Trump');
    expect(periodAt(trump, '2019-04-01')?.code).toBe('USAGOV');
    expect(periodAt(trump, '2022-04-01')?.code).toBe('USAELI');
    expect(periodAt(trump, '2025-06-01')?.code).toBe('USAGOV');
    expect(periodAt(person('Keir Starmer'), '2024-08-01')).toMatchObject({ code: 'GBRGOV', role: 'prime minister' });
    expect(periodAt(person('Masoud Pezeshkian'), '2024-08-01')?.code).toBe('IRNGOV');
    expect(periodAt(person('Ahmed al-Sharaa'), '2025-03-01')?.code).toBe('SYRGOV');
    expect(periodAt(person('Kassym-Jomart Tokayev'), null)?.code).toBe('KAZGOV');
  });

  it('knows the Syrian foreign ministry by SANA\'s name for it, whatever story it is named in', () => {
    for (const n of ['Foreign and Expatriates Ministry', 'Expatriates Ministry']) expect(periodAt(person(n), '2018-04-12')?.code, n).toBe('SYRGOV');
  });

  it('knows a minister by the spellings agencies use: SANA\'s "al-Moallem" is Walid Muallem', () => {
    for (const n of ['Walid al-Moallem', 'al-Moallem', 'Walid al-Muallem']) {
      expect(person(n).name, n).toBe('Walid Muallem');
      expect(periodAt(person(n), '2018-03-20'), n).toMatchObject({ code: 'SYRGOV', role: 'foreign minister' });
    }
  });

  it('derives leaders from REIGN where the hand file is silent', () => {
    const reign = kb.actors.filter((a) => a.periods.some((p) => p.provenance === 1));
    expect(reign.length).toBeGreaterThan(1000);
  });

  it('splits codes into country and sector', () => {
    expect(splitCode(kb, 'RUSGOV')).toEqual({ country: 'RUS', sector: 'GOV' });
    expect(splitCode(kb, 'IGOUNOJUDICJ')).toEqual({ country: 'UNO', sector: 'JUD' });
    expect(splitCode(kb, 'KSVGOV')).toEqual({ country: 'XKX', sector: 'GOV' });
    expect(splitCode(kb, 'GOVMIL')).toEqual({ country: null, sector: 'GOV' });
  });

  it('knows the gender given names usually mark', () => {
    expect(kb.givenNames.get('angela')).toBe('f');
    expect(kb.givenNames.get('vladimir')).toBe('m');
    expect(kb.givenNames.get('putin')).toBeUndefined();
    // From US births (given-names-us.tsv): common names beyond the curated list; names given to both sexes mark none.
    expect(kb.givenNames.get('gloria')).toBe('f');
    expect(kb.givenNames.get('jamal')).toBe('m');
    expect(kb.givenNames.get('jessie')).toBeUndefined();
  });

  it('normalises names for lookup', () => {
    expect(normName('Jabhat al-Nusra')).toBe(normName('JABHAT_AL_NUSRA'));
    expect(normName('U.N.')).toBe('un');
    expect(normName('Ukhnaagiin Khürelsükh')).toBe('ukhnaagiin khurelsukh');
  });
});

/** The first 200 lines of each shipped file, in a temporary directory. */
function smallCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'actors-'));
  for (const f of ['countries.tsv', 'people.tsv', 'organisations.tsv', 'agents.tsv', 'given-names.tsv', 'given-names-us.tsv', 'ethnic-groups.tsv']) {
    writeFileSync(join(dir, f), readFileSync(join(defaultActorDataDir(), f), 'utf8').split('\n').slice(0, 200).join('\n') + '\n');
  }
  return dir;
}

describe('actor data validation', () => {
  it('accepts the shipped data', () => {
    expect(shippedErrors).toEqual([]);
  });

  it('names the file and line of every bad entry, collected', () => {
    const dir = smallCopy();
    const people = readFileSync(join(dir, 'people.tsv'), 'utf8').split('\n');
    // Line 3 is the first entry (comment, header). Break its code; break another line's date order.
    people[2] = people[2]!.split('\t').map((c, i) => (i === 3 ? 'rus gov' : c)).join('\t');
    people[10] = people[10]!.split('\t').map((c, i) => (i === 5 ? '2020-01-01' : i === 6 ? '2019-01-01' : c)).join('\t');
    writeFileSync(join(dir, 'people.tsv'), people.join('\n'));
    writeFileSync(join(dir, 'agents.tsv'), readFileSync(join(dir, 'agents.tsv'), 'utf8') + 'soldier\tMIL\tsideways\thand\n');
    const { errors } = readActorKnowledge(dir);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'people.tsv', line: 3, message: expect.stringContaining('code') }));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'people.tsv', line: 11, message: expect.stringContaining('not before end') }));
    const agentLines = readFileSync(join(dir, 'agents.tsv'), 'utf8').split('\n').length - 1;
    expect(errors).toContainEqual(expect.objectContaining({ file: 'agents.tsv', line: agentLines, message: expect.stringContaining('position') }));
    expect(() => loadActorKnowledge(dir)).toThrow(ActorDataLoadError);
  });

  it('reports a wrong header once, as data', () => {
    const dir = smallCopy();
    writeFileSync(join(dir, 'agents.tsv'), '# test\nphrase\tcode\n');
    const { kb: k, errors } = readActorKnowledge(dir);
    expect(k).toBeNull();
    expect(errors).toEqual([expect.objectContaining({ code: 'bad_header', file: 'agents.tsv', line: 2 })]);
  });
});

describe('hand files split by category', () => {
  it('share their family\'s spec, and bad rows are named by file and line', async () => {
    const { specOf, parseTsv } = await import('./validate.js');
    expect(specOf('hand/people-ministers.tsv')).toBe(specOf('hand/people.tsv'));
    expect(specOf('hand/organisations-armed.tsv')).toBe(specOf('hand/organisations.tsv'));
    expect(specOf('hand/ministers.tsv')).toBeUndefined();
    const text = '# c\nname\taliases\tcode\trole\tstart\tend\nJane Roe\t\tXXXGOV\tforeign minister\t2020-01-01\t2019-01-01\n';
    const t = parseTsv(text, specOf('hand/people-ministers.tsv')!, 'hand/people-ministers.tsv');
    expect(t.errors).toEqual([expect.objectContaining({ file: 'hand/people-ministers.tsv', line: 3 })]);
  });
});

describe('withoutInitials', () => {
  it('drops middle initials, and leaves names without them', () => {
    expect(withoutInitials('Paul A. Volcker')).toBe('Paul Volcker');
    expect(withoutInitials('George H. W. Bush')).toBe('George Bush');
    expect(withoutInitials('Martin Luther King')).toBeNull();
    expect(withoutInitials('J. Paul Getty')).toBeNull();
    expect(withoutInitials('Jose Luis Machinea')).toBeNull();
  });
});
