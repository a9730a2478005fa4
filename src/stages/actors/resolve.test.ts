/**
 * Resolving an actor phrase to a CAMEO code: former office holders, ethnic groups, phrases
 * written in lower case, and determiners that start a name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadActorKnowledge, type ActorKnowledge } from '../../knowledge/actors/load.js';
import { resolveActor } from './resolve.js';

let kb: ActorKnowledge;
beforeAll(() => {
  kb = loadActorKnowledge();
});

const code = (text: string, date: string | null = '2017-03-29') => resolveActor(text, date, kb)?.code ?? null;

describe('former office holders are elites (CAMEO ELI)', () => {
  it('does not give the current office holder for "the former Iranian president"', () => {
    const r = resolveActor('the former Iranian president', '2017-03-29', kb)!;
    expect(r.code).toBe('IRNELI');
    expect(r.name).not.toBe('Hassan Rouhani');
    // Without "former" the office holder at the date.
    expect(resolveActor('the Iranian president', '2017-03-29', kb)!.name).toBe('Hassan Rouhani');
  });

  it('reads "former", "ex-" and "retired" wherever they stand before the role', () => {
    expect(code("Russia's former defence minister")).toBe('RUSELI');
    expect(code('ex-president')).toBe('ELI');
    expect(code('retired vice president')).toBe('ELI');
    expect(code('former officials')).toBe('ELI');
  });

  it('turns a named office holder the text calls former into an elite', () => {
    expect(code('former Iranian President Hassan Rouhani')).toBe('IRNELI');
    expect(code('Iranian President Hassan Rouhani')).toBe('IRNGOV');
  });

  it('leaves roles that are not offices alone', () => {
    expect(code('former rebels')).toBe('REB');
  });

  it('does not hold an office PETRARCH2 lists as running on past the years its dictionaries cover', () => {
    // PETRARCH2: TONY_ABBOTT [AUSGOV >20130918] [AUSELI]; his premiership ended in 2015 (Wikinews, 2019-09-27,
    // "New South Wales decriminalizes abortion", quotes "Former prime minister Tony Abbott").
    expect(code('Tony Abbott', '2014-06-01')).toBe('AUSGOV');
    expect(code('Tony Abbott', '2019-09-27')).toBe('AUSELI');
    // Not a place's or an organisation's open-ended code, which no elite's code follows: Leipzig stays German.
    expect(code('Leipzig', '2019-09-27')).toBe('DEU');
  });
});

describe('two people of one name, told apart by the date', () => {
  it('takes the one in office at the date, not the one whose first office is still to come', () => {
    // "George Bush" in 1987 had been George W. Bush, coded USA: the country before a first office
    // counted as a dated role, as much as Vice President George H. W. Bush's real one.
    expect(resolveActor('George Bush', '1987-03-02', kb)).toMatchObject({ name: 'George H. W. Bush', code: 'USAGOV' });
    expect(resolveActor('George Bush', '1991-01-17', kb)).toMatchObject({ name: 'George H. W. Bush', code: 'USAGOV' });
    expect(resolveActor('George Bush', '2003-03-20', kb)).toMatchObject({ name: 'George W. Bush', code: 'USAGOV' });
  });
  it('knows the offices before and after the best-known one', () => {
    expect(code('Kamala Harris', '2020-08-12')).toBe('USALEG');
    expect(code('Kamala Harris', '2026-01-10')).toBe('USAELI');
    expect(code('Ali Khamenei', '1987-06-01')).toBe('IRNGOV');
  });
});

describe('ethnic groups (CAMEO Ethnic Coding Scheme)', () => {
  it('codes a people of several countries without a country: "Kurdish rebels" → KURREB', () => {
    expect(resolveActor('Kurdish rebels', null, kb)).toMatchObject({ code: 'KURREB', country: null, sector: 'REB' });
    expect(resolveActor('Kurds', null, kb)).toMatchObject({ code: 'KUR', country: null, sector: null });
  });

  it('puts the ethnic code between country and role', () => {
    expect(resolveActor('Syrian Kurdish fighters', null, kb)).toMatchObject({ code: 'SYRKURUAF', country: 'SYR', sector: 'UAF' });
  });

  it('gives a people of one country that country, but not its state organs', () => {
    expect(resolveActor('Uyghur activists', null, kb)).toMatchObject({ code: 'CHNUIGOPP', country: 'CHN' });
    // The Kachin Independence Army is not Myanmar's army.
    expect(resolveActor('Kachin Independence Army', null, kb)).toMatchObject({ code: 'KACMIL', country: null, sector: 'MIL' });
  });

  it('lets a known name that contains the group win', () => {
    expect(code('Tamil Tigers')).toBe('LKAREB');
  });
});

describe('phrase forms', () => {
  it('reads country names and demonyms in text written all in lower case', () => {
    expect(resolveActor('south korean troops', null, kb)).toMatchObject({ code: 'KORMIL', country: 'KOR' });
    expect(code('police in iran')).toBe('IRNCOP');
  });

  it('does not read lower-case words that are mostly not countries as countries', () => {
    expect(resolveActor('turkey farmers', null, kb)).toMatchObject({ code: 'AGR', country: null });
  });

  it('takes the country of the leader forces are loyal to', () => {
    expect(resolveActor('forces loyal to Assad', '2017-03-29', kb)).toMatchObject({ code: 'SYRMIL', country: 'SYR' });
  });

  it('keeps a determiner that starts a name ("New Zealand")', () => {
    expect(resolveActor('New Zealand troops', null, kb)).toMatchObject({ code: 'NZLMIL', country: 'NZL' });
    expect(resolveActor('New Zealanders', null, kb)?.country).toBe('NZL');
    expect(resolveActor('four Saudi men', null, kb)?.country).toBe('SAU');
  });

  it('takes a religion as the role of a group named by it ("Rakhine Buddhists")', () => {
    expect(resolveActor('Rakhine Buddhists', null, kb)).toMatchObject({ country: 'MMR', sector: 'BUD' });
  });
});

describe('offices and bodies', () => {
  it('gives the holder of an office PETRARCH lists as an actor ("US President") at the date', () => {
    expect(resolveActor('the US president', '2017-03-29', kb)).toMatchObject({ code: 'USAGOV', name: 'Donald Trump' });
    expect(resolveActor('the US president', '2010-06-01', kb)).toMatchObject({ code: 'USAGOV', name: 'Barack Obama' });
  });

  it('does not make the head of an unknown body a member of the government', () => {
    expect(resolveActor('President of the Chadian Human Rights League', null, kb)).toMatchObject({ code: 'TCD', country: 'TCD', sector: null });
    // The state itself and known bodies keep their reading.
    expect(code('President of the Islamic Republic of Iran')).toBe('IRNGOV');
    expect(code('president of the Riigikogu', null)).toBe('ESTLEG');
  });

  it('knows seats of government by their metonyms and more role words', () => {
    expect(code('the Elysee')).toBe('FRAGOV');
    expect(code('Indian peacekeepers')).toBe('INDPKO');
    expect(code('Afghan warlords')).toBe('AFGUAF');
  });
});

describe('titles', () => {
  it('reads a title containing "of" as one ("Secretary of State"), not as a prepositional phrase', () => {
    expect(resolveActor('U.S. Secretary of State Antony Blinken', '2022-03-01', kb)).toMatchObject({ code: 'USAGOV', name: 'Antony Blinken' });
  });

  it('takes the title the text gives a person whose dated roles give none at the date', () => {
    // Undated: Blinken's term is over, but the text calls him Secretary of State.
    expect(code('U.S. Secretary of State Antony Blinken', null)).toBe('USAGOV');
    expect(code('Antony Blinken', null)).toBe('USAELI');
    expect(code('former Secretary of State Antony Blinken', null)).toBe('USAELI');
  });
});

describe('knowledge by category (hand/people-*.tsv, hand/organisations-*.tsv)', () => {
  const r = (text: string, date: string | null = null) => resolveActor(text, date, kb);

  it('knows foreign and defence ministers by date, by name and as "the X foreign minister"', () => {
    expect(r('Jean-Yves Le Drian', '2015-05-10')).toMatchObject({ code: 'FRAGOV', country: 'FRA' });
    expect(r('Jean-Yves Le Drian', '2019-05-10')).toMatchObject({ code: 'FRAGOV', country: 'FRA' });
    expect(r('Defense Minister Diego Molano', '2022-06-01')).toMatchObject({ country: 'COL', sector: 'GOV' });
    expect(r('the French foreign minister', '2015-06-01')!.name).toBe('Laurent Fabius');
    expect(r('the British defence secretary', '2020-06-01')!.name).toBe('Ben Wallace');
    expect(r('Indian External Affairs Minister', '2022-01-01')!.name).toBe('Subrahmanyam Jaishankar');
    // After office: a former official of the country (ELI), not unknown.
    expect(r('Mark Esper', '2024-01-01')).toMatchObject({ code: 'USAELI', country: 'USA' });
  });

  it('keeps one person across files: Gentiloni foreign minister, then prime minister', () => {
    expect(r('Paolo Gentiloni', '2015-06-01')!.code).toBe('ITAGOV');
    expect(r('Paolo Gentiloni', '2017-06-01')!.name).toBe('Paolo Gentiloni');
    expect(r('the Italian prime minister', '2017-06-01')!.name).toBe('Paolo Gentiloni');
  });

  it('knows heads of armed forces, with the title the text gives', () => {
    expect(r('Gen. Francois Lecointre', '2019-01-01')).toMatchObject({ country: 'FRA', sector: 'MIL' });
    expect(r('Gen. Valerii Zaluzhnyi', '2022-05-01')).toMatchObject({ code: 'UKRMIL', country: 'UKR' });
    expect(r('Pakistani army chief', '2020-01-01')!.name).toBe('Qamar Javed Bajwa');
  });

  it('knows opposition figures, governors and chief ministers', () => {
    expect(r('Kizza Besigye', '2016-01-01')).toMatchObject({ code: 'UGAOPP', country: 'UGA' });
    expect(r('Martin Fayulu')).toMatchObject({ country: 'COD' });
    expect(r('Governor Vyacheslav Gladkov', '2023-01-01')).toMatchObject({ country: 'RUS', sector: 'GOV' });
    expect(r('Chief Minister Murad Ali Shah', '2020-01-01')).toMatchObject({ code: 'PAKGOV', country: 'PAK' });
    expect(r('Raila Odinga', '2010-01-01')!.code).toBe('KENGOV');
    expect(r('Raila Odinga', '2020-01-01')!.code).toBe('KENOPP');
  });

  it('knows armed and extremist groups, universities and military formations', () => {
    expect(r('Oath Keepers')).toMatchObject({ code: 'USAUAF', country: 'USA' });
    expect(r('Ahlu Sunna Waljama')).toMatchObject({ country: 'SOM', sector: 'PRM' });
    expect(r('Harvard')).toMatchObject({ code: 'USAEDU', country: 'USA' });
    expect(r('Tsinghua University')).toMatchObject({ code: 'CHNEDU', country: 'CHN' });
    expect(r('Northern Fleet')).toMatchObject({ code: 'RUSMIL', country: 'RUS' });
    expect(r('7th Fleet')).toMatchObject({ code: 'USAMIL', country: 'USA' });
  });

  it('does not let a formation name that two countries use decide the country', () => {
    expect(r('South Korean Marine Corps')).toMatchObject({ code: 'KORMIL', country: 'KOR' });
    expect(r('Sea of Azov')).toBeNull();
  });
});
