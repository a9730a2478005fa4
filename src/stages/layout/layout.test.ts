import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc, single, layer } from '../../document/document.js';
import { segmentStage } from '../segment/index.js';
import { findDateline } from './dateline.js';
import { layoutStage } from './index.js';
import { bylineNames } from './trailer.js';

const SHARED = process.env.DATELINE_SHARED ?? new URL('../../../../shared/', import.meta.url).pathname;
const seedPath = new URL(`file://${SHARED}seed/sana-putin-rouhani.txt`);

function layout(text: string) {
  let d = createDoc(text, { source: { format: 'text' }, headlineInText: true });
  d = segmentStage.run(d, {});
  return layoutStage.run(d, {});
}
const sub = (t: string, s: { start: number; end: number } | null) => (s ? t.slice(s.start, s.end) : null);

describe('layout of the seed article', () => {
  const text = readFileSync(seedPath, 'utf8');
  const d = layout(text);
  const expected = JSON.parse(readFileSync(new URL(seedPath.href.replace('.txt', '.expected.json')), 'utf8'));

  it('finds the headline, dateline and byline', () => {
    expect(sub(text, single(d, 'headline'))).toBe(expected.title);
    const dl = single(d, 'dateline')!;
    expect(dl.place).toBe('Moscow');
    expect(dl.agency).toBe('SANA');
    expect(layer(d, 'byline').flatMap((b) => b.authors)).toEqual(expected.authors);
  });

  it('keeps the body between dateline and byline, and the teaser out of it', () => {
    const body = sub(text, single(d, 'body'))!;
    expect(body.startsWith(expected.body.startsWith)).toBe(true);
    expect(body.endsWith(expected.body.endsWith)).toBe(true);
    for (const w of expected.body.mustNotContain) expect(body).not.toContain(w);
    const related = layer(d, 'boilerplate').filter((b) => b.kind === 'related').map((b) => sub(text, b)).join(' ');
    expect(related).toContain(expected.boilerplate.related[0]);
    expect(related).toContain('Khamenei');
  });
});

describe('dateline shapes', () => {
  const cases: [string, string | null, string | null, string | null][] = [
    ['Moscow, SANA – Russian President Vladimir Putin met', 'Moscow', 'SANA', null],
    ['WASHINGTON (Reuters) - The U.S. Senate voted on Tuesday', 'Washington', 'Reuters', null],
    ['BEIRUT, March 3 (AP) -- Syrian troops entered the town', 'Beirut', 'AP', '2017-03-03'],
    ['SALVADOR, Feb 26 - Showers continued throughout the week', 'Salvador', null, '2017-02-26'],
    ['LONDON, 2 May 2017 (AFP) — Prime Minister Theresa May said', 'London', 'AFP', '2017-05-02'],
    ['BASKING RIDGE, N.J., March 4 - AT&T said it would cut jobs', 'Basking Ridge', null, '2017-03-04'],
    ['Tehran, SANA- Supreme Leader Ayatollah Ali Khamenei stressed', 'Tehran', 'SANA', null],
    ['UNITED NATIONS, March 5 - The Security Council met', 'United Nations', null, '2017-03-05'],
    // TASS closes its dateline with the agency between slashes; ANI puts a region in brackets and a colon after the
    // agency; WAM and SPA write the year after a comma.
    ['MOSCOW, March 28. /TASS/. Kremlin spokesman Dmitry Peskov said', 'Moscow', 'TASS', '2017-03-28'],
    ['New Delhi [India], March 28 (ANI): Prime Minister Narendra Modi said', 'New Delhi', 'ANI', '2017-03-28'],
    ['ABU DHABI, 28th March, 2017 (WAM) -- The UAE Cabinet approved', 'Abu Dhabi', 'WAM', '2017-03-28'],
    ['Riyadh, March 28, 2017, SPA -- The Council of Ministers held', 'Riyadh', 'SPA', '2017-03-28'],
    ['ISLAMABAD, Mar 28 (APP): Prime Minister Nawaz Sharif said', 'Islamabad', 'APP', '2017-03-28'],
    // A web page that set the place apart and kept the agency at the lead.
    ['(Reuters) — The state attorney general is investigating the company', null, 'Reuters', null],
  ];
  for (const [text, place, agency, date] of cases) {
    it(text.slice(0, 30), () => {
      const m = findDateline(text, 0, text.length, { year: 2017 });
      expect(m?.place).toBe(place);
      expect(m?.agency ?? null).toBe(agency);
      expect(m?.date ?? null).toBe(date);
      expect(text.slice(m!.bodyStart)).not.toMatch(/^[\s\-–—]/);
    });
  }
  it('keeps the region written after the place, which tells namesakes apart', () => {
    const m = findDateline('MAITLAND, Fla., March 13 - The company said it signed a pact', 0, 60, { year: 1987 });
    expect([m?.place, m?.region, m?.date]).toEqual(['Maitland', 'Fla.', '1987-03-13']);
    const london = findDateline('LONDON, Ontario, March 13 - A new shop opened', 0, 45, { year: 1987 });
    expect([london?.place, london?.region]).toEqual(['London', 'Ontario']);
    expect(findDateline('LONDON, March 13 - Gilts were steady', 0, 36, { year: 1987 })?.region).toBeUndefined();
  });
  it('finds the dateline after short lines of page furniture, which are no part of the story', () => {
    const text = 'Titan mapped\n\nREUTERS\n\n19 NOV 2019\n\nWASHINGTON (Reuters) - Scientists on Monday unveiled the first map of Titan.\n\nThe map shows dunes.';
    const d = layout(text);
    expect(single(d, 'dateline')).toMatchObject({ place: 'Washington', agency: 'Reuters' });
    expect(layer(d, 'boilerplate').map((b) => sub(text, b))).toContain('REUTERS\n\n19 NOV 2019');
  });
  it('does not take an ordinary sentence for a dateline', () => {
    for (const s of [
      '(a draft) - the text was never adopted',
      'Russian President Vladimir Putin and Iranian President Hassan Rouhani stressed the necessity - of',
      'He noted that the participation of Russia and Iran, along with Turkey - is a contribution',
      'The company said: profits rose',
    ]) expect(findDateline(s, 0, s.length)).toBeNull();
  });
});

describe('bylines and trailers', () => {
  it('reads names out of byline lines', () => {
    expect(bylineNames('Shaza / Hazem Sabbagh')?.map((n) => n.name)).toEqual(['Shaza', 'Hazem Sabbagh']);
    expect(bylineNames('By Jane Doe and John Roe')?.map((n) => n.name)).toEqual(['Jane Doe', 'John Roe']);
    expect(bylineNames('The talks will go on')).toBeNull();
  });

  it('takes authors from wire credit lines and marks share and copyright lines', () => {
    const text = 'Oil prices rise\n\nLONDON (Reuters) - Oil prices rose on Monday.\n\nTraders said supply was tight.\n\n' +
      'Reporting by Jane Doe and Ahmad Ghaddar; Editing by Mark Potter\n\nShare this article\n\n© 2017 Thomson Reuters. All rights reserved.';
    const d = layout(text);
    expect(layer(d, 'byline').flatMap((b) => b.authors)).toEqual(['Jane Doe', 'Ahmad Ghaddar']);
    expect(layer(d, 'boilerplate').map((b) => b.kind)).toEqual(['byline', 'share', 'other']);
    expect(sub(text, single(d, 'body'))).toBe('Oil prices rose on Monday.\n\nTraders said supply was tight.');
  });

  it('takes a leading "By" line as the byline and a "Read more" block as related', () => {
    const text = 'Floods hit the coast\n\nBy Maria Garcia\n\nHeavy rain flooded the coast on Sunday.\n\nRead more:\n\nStorm season starts early';
    const d = layout(text);
    expect(layer(d, 'byline').flatMap((b) => b.authors)).toEqual(['Maria Garcia']);
    expect(sub(text, single(d, 'body'))).toBe('Heavy rain flooded the coast on Sunday.');
    expect(layer(d, 'boilerplate').find((b) => b.kind === 'related') && sub(text, layer(d, 'boilerplate').find((b) => b.kind === 'related')!)).toBe('Read more:\n\nStorm season starts early');
  });

  it('marks the closing credits of other agencies: an editor, contributors, a desk\'s initials', () => {
    for (const close of ['Editor: Zhang Long', 'Associated Press writer Edith M. Lederer contributed to this report.', 'burs-jh/rl']) {
      const text = `Talks resume\n\nBEIJING, March 28 (Xinhua) -- Talks resumed on Tuesday.\n\nBoth sides said they were useful.\n\n${close}`;
      const d = layout(text);
      expect(sub(text, single(d, 'body')), close).toBe('Talks resumed on Tuesday.\n\nBoth sides said they were useful.');
      expect(layer(d, 'boilerplate').map((b) => sub(text, b))).toEqual([close]);
      // An editor or a contributor is no author of the byline.
      expect(layer(d, 'byline').flatMap((b) => b.authors)).toEqual([]);
    }
  });

  it('cuts the Reuters signature off the body', () => {
    const text = 'TITLE HERE\n\nNEW YORK, Feb 26 - Shares rose.\n    Analysts said the rise would last. Reuter';
    const d = layout(text);
    expect(sub(text, single(d, 'body'))!.endsWith('would last.')).toBe(true);
    expect(layer(d, 'boilerplate').map((b) => sub(text, b))).toEqual(['Reuter']);
  });
});
