import { beforeAll, describe, expect, it } from 'vitest';
import { layer } from '../../document/document.js';
import type { Entity } from '../../document/layers.js';
import { loadActorKnowledge, type ActorKnowledge } from '../../knowledge/actors/load.js';
import { docWithEntities } from '../../../test/entities.js';
import { layoutStage } from '../layout/index.js';
import { createActorStage } from './index.js';
import { homeUnion } from './unions.js';

let kb: ActorKnowledge;
beforeAll(() => {
  kb = loadActorKnowledge();
});

const org = (text: string): Entity => ({ start: 0, end: text.length, text, type: 'ORG', via: 'model' });

describe('a trade union the actor data does not know', () => {
  it('is labour of the story\'s country when named as unions are, or with "union" after it', () => {
    // Constructed names.
    const usa = kb.byIso3.get('USA')!;
    expect(homeUnion(org('Harbour Workers Union'), usa)).toEqual({ actor: 'USALAB', name: 'Harbour Workers Union' });
    expect(homeUnion(org('National Union of Mineworkers'), kb.byIso3.get('ZAF')!)?.actor).toBe('ZAFLAB');
    expect(homeUnion(org('the State Teachers Association'), usa)?.name).toBe('State Teachers Association');
    expect(homeUnion(org('Acme Workers'), usa, ' union said')?.actor).toBe('USALAB');
  });
  it('is no union without workers in its name, nor an international federation, nor a company', () => {
    const usa = kb.byIso3.get('USA')!;
    expect(homeUnion(org('Union Pacific'), usa)).toBeNull();
    expect(homeUnion(org('American Civil Liberties Union'), usa)).toBeNull();
    expect(homeUnion(org('National Union of Students'), usa)).toBeNull();
    expect(homeUnion(org('International Transport Workers Federation'), usa)).toBeNull();
    expect(homeUnion(org('Acme Workers'), usa, ' said')).toBeNull();
  });
  it('is coded in a story datelined in one country, and the unions news names most are known by name', () => {
    // Constructed, in the form of a wire story.
    const text = 'WELLINGTON, March 9 - The Harbour Workers Union said its members would strike. The Teamsters said they would join.';
    const doc = docWithEntities(text, [['WELLINGTON', 'LOC'], ['Harbour Workers Union', 'ORG'], ['Teamsters', 'ORG']], { source: { format: 'text' }, headlineInText: false });
    const out = layer(createActorStage(kb).run(layoutStage.run(doc, {}), { published: '1987-03-09' }), 'entities');
    expect(out.filter((e) => e.type === 'ORG').map((e) => e.actor)).toEqual(['NZLLAB', 'USALAB']);
    // From Wikinews, 2020-06-05 ("Face coverings to be mandatory on public transport in England from June 15, transport secretary declares"), CC BY 2.5.
    const rmt = 'The general secretary of the RMT union (National Union of Rail, Maritime and Transport Workers), Mick Cash, said the measure was "nowhere near enough."';
    const d2 = docWithEntities(rmt, [['RMT', 'ORG'], ['National Union of Rail, Maritime and Transport Workers', 'ORG'], ['Mick Cash', 'PER']], { source: { format: 'text' }, headlineInText: false });
    const o2 = layer(createActorStage(kb).run(d2, { published: '2020-06-05' }), 'entities');
    expect(o2.filter((e) => e.type === 'ORG').map((e) => e.actor)).toEqual(['GBRLAB', 'GBRLAB']);
  });
});
