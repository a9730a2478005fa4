/**
 * Publication dates of real pages (htmldate's evaluation pages in ../shared), one test per
 * mechanism of the date finder, and the date parser on the formats they rely on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseDate } from './dates.js';
import { decodeHtml, findPublicationDate } from './index.js';
import { displayedDates } from './metadata.js';

const HD = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpora', 'htmldate-eval');
const gold = new Map<string, { url: string; date: string | null }>();
for (const set of ['eval_default', 'eval_mediacloud_2020']) {
  const data = JSON.parse(readFileSync(join(HD, `${set}.json`), 'utf8').replace(/:\s*NaN\b/g, ': null')) as Record<string, { file: string; date: string | null }>;
  for (const [url, v] of Object.entries(data)) gold.set(v.file, { url, date: v.date });
}

/** The date found on an htmldate page, and the date its annotators gave it. */
function dated(file: string): { found: string | null; gold: string | null } {
  const g = gold.get(file)!;
  const d = decodeHtml(gunzipSync(readFileSync(join(HD, 'html', `${file}.gz`))));
  if (!d.ok) throw new Error(d.error);
  return { found: findPublicationDate(d.text, g.url), gold: g.date };
}

describe('findPublicationDate on real pages', () => {
  it('reads a date whose day and year sit in separate elements ("Feb 18 2009", not "182009")', () => {
    const r = dated('colours-of-the-soul.alhelm.net');
    expect(r.found).toBe(r.gold);
  });

  it('passes over a masthead showing the day of the visit for the date beside the article', () => {
    // "Mittwoch, 8. Juli 2020" in the page head; the story is of 27.04.2020.
    for (const f of ['handelsblatt.com.grenzschliessungen.html', '1791336003.html']) {
      const r = dated(f);
      expect(r.found, f).toBe(r.gold);
    }
  });

  it('takes the date shown next to the headline over the most frequent date of the page', () => {
    // "02.02.2022 10:16 Uhr" just above the headline; sidebars list other days more often.
    for (const f of ['handball-word.news-nationalspiel.html', 'ekiba.de-trauer.html', 'bdzv.de.eliasson.html']) {
      const r = dated(f);
      expect(r.found, f).toBe(r.gold);
    }
  });

  it('takes a date the text labels as the publication date ("Datum: 19.11.2021")', () => {
    const r = dated('livenet.ch-sprache.html');
    expect(r.found).toBe(r.gold);
  });

  it('reads Arabic month names, with a page that gives two names for one month', () => {
    // "الأربعاء، 07 أكتوبر 2020" and "الجمعة 24 نيسان / أبريل 2020".
    for (const f of ['1731695567.html', '1588107198.html']) {
      const r = dated(f);
      expect(r.found, f).toBe(r.gold);
    }
  });

  it('reads a UTC timestamp in the offset the rest of the page uses', () => {
    // JSON-LD "2023-11-09T02:11:03+00:00" is the evening of 8 November in Boston (-05:00).
    const r = dated('whdh.com-Roxbury.html');
    expect(r.gold).toBe('2023-11-08');
    expect(r.found).toBe('2023-11-08');
  });

  it('does not let a modification date outvote the dates the page shows', () => {
    const r = dated('fluter.de.vorbild.html');
    expect(r.found).toBe(r.gold);
  });

  it('never gives a date after the reference date', () => {
    const page = '<html><body><h1>Budget talks resume in Brussels</h1><p class="date">Published 3 March 2031</p><p>Updated 4 May 2019</p></body></html>';
    expect(findPublicationDate(page, undefined, { maxDate: '2030-01-01' })).toBe('2019-05-04');
    expect(findPublicationDate(page, undefined, { maxDate: '2031-12-31' })).toBe('2031-03-03');
  });
});

describe('displayedDates', () => {
  it('tells the original date from the update by the words before each', () => {
    expect(displayedDates('by Itamar Turner-Trauring Last updated 04 Jun 2020, originally created 17 Jun 2019')).toEqual({ pub: '2019-06-17', mod: '2020-06-04' });
    expect(displayedDates('Veröffentlicht am 3. März 2021, aktualisiert am 5. März 2021')).toEqual({ pub: '2021-03-03', mod: '2021-03-05' });
    expect(displayedDates('This page was last modified on 4 November 2020, at 19:23.')).toEqual({ pub: null, mod: '2020-11-04' });
  });
  it('does not take a headline word for an update label', () => {
    expect(displayedDates('Coronavirus-Update: Folge 16 mit Christian Drosten, 18.03.2020').pub).toBe('2020-03-18');
  });
});

describe('parseDate', () => {
  it('reads the formats the finder relies on', () => {
    expect(parseDate('26 | 01 | 2022')).toBe('2022-01-26');
    expect(parseDate('٢٤ أبريل ٢٠٢٠')).toBe('2020-04-24');
    expect(parseDate('تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً')).toBe('2020-04-24');
    expect(parseDate('12 كانون الأول 2019')).toBe('2019-12-12');
  });
  it('moves a UTC timestamp to the local offset only when told one', () => {
    expect(parseDate('2023-11-09T02:11:03+00:00')).toBe('2023-11-09');
    expect(parseDate('2023-11-09T02:11:03Z', { localOffset: -300 })).toBe('2023-11-08');
    expect(parseDate('2023-11-09T02:11:03+01:00', { localOffset: -300 })).toBe('2023-11-09');
  });
});
