import { describe, expect, it } from 'vitest';
import { isoDate } from './iso.js';
import { findTimexes } from './timex.js';

const values = (text: string, pub: string | null) => findTimexes(text, 0, text.length, pub).map((t) => [text.slice(t.start, t.end), t.value]);

describe('temporal expressions', () => {
  it('resolves weekdays to the past, unless the clause speaks of the future', () => {
    // 2017-03-29 was a Wednesday.
    expect(values('During a joint press conference Moscow on Tuesday, the president said', '2017-03-29')).toEqual([['on Tuesday', '2017-03-28']]);
    expect(values('They met on Thursday', '2017-03-29')).toEqual([['on Thursday', '2017-03-23']]);
    expect(values('They will meet on Thursday', '2017-03-29')).toEqual([['on Thursday', '2017-03-30']]);
    expect(values('The vote is scheduled for next Wednesday', '2017-03-29')).toEqual([['next Wednesday', '2017-04-05']]);
    // The future of one clause does not reach the dates of the sentence before it.
    expect(values('Talks ended on Monday. The sides will meet again.', '2017-03-29')).toEqual([['on Monday', '2017-03-27']]);
    expect(values('He spoke on Wednesday', '2017-03-29')).toEqual([['on Wednesday', '2017-03-29']]);
    expect(values('He spoke last Wednesday', '2017-03-29')).toEqual([['last Wednesday', '2017-03-22']]);
  });
  it('stays unresolved without a publication date', () => {
    expect(values('on Tuesday', null)).toEqual([['on Tuesday', null]]);
    expect(values('on March 28, 2017', null)).toEqual([['March 28, 2017', '2017-03-28']]);
  });
  it('reads absolute and relative dates', () => {
    expect(values('Talks ended yesterday; on 2 May 2017 and Feb. 3 they met, two days ago', '2017-05-10')).toEqual([
      ['yesterday', '2017-05-09'], ['2 May 2017', '2017-05-02'], ['Feb. 3', '2017-02-03'], ['two days ago', '2017-05-08'],
    ]);
    expect(values('On December 30 the vote was held', '2017-01-04')).toEqual([['December 30', '2016-12-30']]);
    // Announced events lie ahead: a month away, or across the new year.
    expect(values('Elections will be held on May 20', '2017-03-01')).toEqual([['May 20', '2017-05-20']]);
    expect(values('The summit is due to open on January 5', '2016-12-20')).toEqual([['January 5', '2017-01-05']]);
    expect(values('The summit opened on May 20', '2017-03-01')).toEqual([['May 20', '2016-05-20']]);
    // A Reuters shape: the future after the date is another clause's; the date itself is past.
    expect(values("The pipeline was ruptured in the March 5 tremor and will take five months to repair", '1987-03-15')).toEqual([['March 5', '1987-03-05']]);
    expect(values('The meeting on January 5 will decide', '1986-12-20')).toEqual([['January 5', '1987-01-05']]);
  });
  it('reads input dates in their usual shapes', () => {
    expect(isoDate('2017-03-29T10:00:00Z')).toBe('2017-03-29');
    expect(isoDate('20170329')).toBe('2017-03-29');
    expect(isoDate('Wed, 29 Mar 2017 10:00:00 GMT')).toBe('2017-03-29');
    expect(isoDate('2017-02-30')).toBeNull();
    expect(isoDate('soon')).toBeNull();
  });
});
