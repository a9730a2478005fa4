import { describe, expect, it } from 'vitest';
import type { Entity } from '../../document/layers.js';
import { acronymMentions } from './acronyms.js';

/** Entities at the first occurrence of each string. */
function at(text: string, list: [string, Entity['type'], string?][]): Entity[] {
  return list.map(([s, type, actor]) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, type, ...(actor ? { actor, name: s } : {}) }));
}

describe('acronyms a text defines', () => {
  it('makes a later acronym a mention of the name it was defined for, with its code', () => {
    // Wikinews, 2020-01-28 (novel coronavirus in Germany), shortened.
    const text = 'The World Health Organization (WHO) raised its risk assessment. According to the official WHO report yesterday, there had been 2741 cases. WHO said it was uncertain.';
    const out = acronymMentions(text, at(text, [['World Health Organization', 'ORG', 'IGOUNOHLH']]));
    const whos = out.filter((e) => e.text === 'WHO');
    // The one in brackets defines; the two after it are mentions.
    expect(whos.map((e) => e.start)).toEqual([text.indexOf('WHO report'), text.lastIndexOf('WHO said')]);
    expect(whos[0]).toMatchObject({ type: 'ORG', actor: 'IGOUNOHLH', name: 'World Health Organization' });
  });
  it('leaves a word in brackets that is no acronym, one before the definition, and one another entity covers', () => {
    const text = 'The WHO met. The World Health Organization (WHO) and the Pacific Health Council (PHC) met (again). The WHO-backed plan passed.';
    const ents = at(text, [['World Health Organization', 'ORG', 'IGOUNOHLH'], ['Pacific Health Council', 'ORG'], ['WHO-backed', 'MISC']]);
    const out = acronymMentions(text, ents);
    expect(out.filter((e) => e.text === 'WHO')).toEqual([]);
    expect(out.filter((e) => e.text === 'again')).toEqual([]);
  });
});
