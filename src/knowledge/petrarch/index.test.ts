import { describe, expect, it } from 'vitest';
import { SHARED } from '../../../test/shared.js';
import {
  actorCodeAt, loadBuiltinDictionaries, loadPetrarchDictionaries, parseActorDictionary, parseAgentDictionary, parseDiscardList, parseVerbDictionary, verbForms,
} from './index.js';

const EVENTS = `${SHARED}/corpora/events`;

describe('verb dictionaries', () => {
  const text = [
    '&TIETYPES',
    '+MILITARY',
    '+ECONOMIC',
    '&NOPLURAL_',
    '+TALKS',
    '',
    '--- ABANDON  [345]  ---',
    'ABANDON    # comment',
    'KLM_NOP_+RST [002]',
    '+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}',
    '- * &TIETYPES TIES [902]',
    '- IN_* [075]',
    '- * (TO INSPECTION) [0862:090]',
    '- * &UNDEFINED [111]',
    '- * TIES [9x9]',
  ].join('\n');
  const r = parseVerbDictionary(text, 'test.verbs.txt');

  it('reads synsets with regular plurals unless the label ends in _', () => {
    expect(r.value.synsets.get('TIETYPES')).toEqual([['military'], ['militaries'], ['economic'], ['economics']]);
    expect(r.value.synsets.get('NOPLURAL')).toEqual([['talks']]);
  });

  it('reads blocks, verbs with forms and codes, and patterns with reverse codes', () => {
    expect(r.value.blocks).toHaveLength(1);
    const b = r.value.blocks[0]!;
    expect(b.code).toBe('345');
    expect(r.value.verbs.map((v) => v.key)).toEqual(['ABANDON', 'KLM_NOP_+RST', '+CORDON_OFF']);
    expect(r.value.verbs[0]!.forms).toEqual(expect.arrayContaining(['abandon', 'abandons', 'abandoned', 'abandoning']));
    expect(r.value.verbs[1]!.code).toBe('002');
    expect(r.value.verbs[1]!.forms).toContain('klm nop rsts');
    expect(r.value.verbs[2]!.forms).toContain('cordoned off');
    expect(b.patterns.map((p) => p.code)).toEqual(['902', '075', '0862']);
    expect(b.patterns[2]!.reverse).toBe('090');
    expect(b.patterns[1]!.pre[0]).toMatchObject({ kind: 'words', alts: [['in']], adjacent: true });
  });

  it('collects every error with file and line instead of throwing', () => {
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'unknown_synset', file: 'test.verbs.txt', line: 14 }),
      expect.objectContaining({ code: 'bad_code', file: 'test.verbs.txt', line: 15 }),
    ]);
  });

  it('makes regular verb forms', () => {
    expect(verbForms('carry')).toEqual(expect.arrayContaining(['carries', 'carried', 'carrying']));
    expect(verbForms('move')).toEqual(expect.arrayContaining(['moves', 'moved', 'moving']));
  });
});

describe('actor, agent and discard dictionaries', () => {
  it('resolves dated actor codes at a date', () => {
    const r = parseActorDictionary(['VLADIMIR_PUTIN_  # x', '+PUTIN_', '\t[RUSELI 700101-990809]', '\t[RUSGOV >080508]', '\t[RUSELI]', 'BAD [US A]'].join('\n'), 'a.actors.txt');
    const putin = r.value[0]!;
    expect(putin.phrases).toEqual([['vladimir', 'putin'], ['putin']]);
    expect(actorCodeAt(putin, '2017-03-28')).toBe('RUSGOV');
    expect(actorCodeAt(putin, '1985-01-01')).toBe('RUSELI');
    expect(actorCodeAt(putin, '2005-01-01')).toBe('RUSELI');
    expect(r.issues).toEqual([expect.objectContaining({ file: 'a.actors.txt', line: 6 })]);
  });

  it('expands agent substitution markers and plurals, and reads prefix codes', () => {
    const r = parseAgentDictionary(['!PERSON! = MAN, WOMAN', 'CONGRESS!PERSON! [~LEG]', 'TROOP {} [~MIL]', 'ACTIVIST [NGM~]', 'NOCODE'].join('\n'), 'g.agents.txt');
    expect(r.value[0]!.phrases).toEqual([['congressman'], ['congresswoman']]);
    expect(r.value[1]!.phrases).toEqual([['troop']]);
    expect(r.value[2]).toMatchObject({ code: 'NGM', position: 'prefix', phrases: [['activist'], ['activists']] });
    expect(r.issues).toEqual([expect.objectContaining({ line: 5 })]);
  });

  it('reads story and sentence discards', () => {
    const r = parseDiscardList('+World Golf Championships # x\nBASEBALL\nWORLD_CUP_', 'd.discards.txt');
    expect(r.value).toEqual([
      { text: 'world golf championships', story: true, whole: false },
      { text: 'baseball', story: false, whole: false },
      { text: 'world cup', story: false, whole: true },
    ]);
  });
});

describe('loading', () => {
  it('loads the PETRARCH Validate dictionaries of a directory by file name', () => {
    const r = loadPetrarchDictionaries(EVENTS);
    expect(r.files.map((f) => f.split('/').pop())).toEqual([
      'petrarch2_PETR.Validate.actors.txt', 'petrarch2_PETR.Validate.agents.txt', 'petrarch2_PETR.Validate.discards.txt', 'petrarch2_PETR.Validate.verbs.txt']);
    expect(r.dictionaries.actors.length).toBeGreaterThan(100);
    expect(r.dictionaries.verbs.blocks.length).toBeGreaterThan(50);
    expect(r.dictionaries.discards.some((d) => d.story && d.text === 'world golf championships')).toBe(true);
  });

  it('reports an unreadable directory as an issue', () => {
    const r = loadPetrarchDictionaries('/nonexistent/dir');
    expect(r.issues[0]).toMatchObject({ code: 'io', file: '/nonexistent/dir' });
  });

  it('loads the shipped dictionaries without a bad row', () => {
    const r = loadBuiltinDictionaries();
    expect(r.issues).toEqual([]);
    expect(r.dictionaries.verbs.blocks.length).toBeGreaterThan(390);
    expect(r.dictionaries.actors.length).toBeGreaterThan(20000);
    const putin = r.dictionaries.actors.find((a) => a.phrases.some((p) => p.join(' ') === 'vladimir putin'))!;
    expect(actorCodeAt(putin, '2017-03-28')).toBe('RUSGOV');
  });
});
