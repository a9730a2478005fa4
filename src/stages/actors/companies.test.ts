import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../document/layers.js';
import { loadActorKnowledge, type ActorKnowledge } from '../../knowledge/actors/load.js';
import { datelineCompany } from './companies.js';

let kb: ActorKnowledge;
beforeAll(() => {
  kb = loadActorKnowledge();
});

const org = (text: string, extra: Partial<Entity> = {}): Entity => ({ start: 0, end: text.length, text, type: 'ORG', via: 'model', ...extra });

describe('a company the actor data does not know, by its legal form and the dateline', () => {
  it('is a business of the dateline\'s country where companies take that form', () => {
    // Constructed names, in the form of wire stories of 1987 ("MINNEAPOLIS, March 3 - … Inc said", "TOKYO - … Co Ltd", "STOCKHOLM - … AB").
    expect(datelineCompany(kb, org('Northfield Instruments Inc <NFI>'), 'USA')).toMatchObject({ actor: 'USABUS', name: 'Northfield Instruments Inc' });
    expect(datelineCompany(kb, org('Kansai Shipping Co Ltd'), 'JPN')?.actor).toBe('JPNBUS');
    expect(datelineCompany(kb, org('Norrland Verktyg AB'), 'SWE')?.actor).toBe('SWEBUS');
    expect(datelineCompany(kb, org('Harwell Foods Plc'), 'GBR')?.actor).toBe('GBRBUS');
  });
  it('leaves a company whose form its dateline\'s country does not use, a coded one and no company alone', () => {
    expect(datelineCompany(kb, org('Torino Meccanica SpA'), 'USA')).toBeNull();
    expect(datelineCompany(kb, org('Harwell Foods Plc'), 'JPN')).toBeNull();
    expect(datelineCompany(kb, org('Sandoz AG', { actor: 'MNCCHE' }), 'CHE')).toBeNull();
    expect(datelineCompany(kb, org('Federal Reserve'), 'USA')).toBeNull();
    // Nor a state's corporation, nor a company with another country written after it.
    expect(datelineCompany(kb, org('Federal Deposit Insurance Corp'), 'USA')).toBeNull();
    expect(datelineCompany(kb, org('Dainippon Ink and Chemicals Inc'), 'USA', ' of Japan, which')).toBeNull();
    expect(datelineCompany(kb, { ...org('Northfield Instruments Inc'), type: 'PER' }, 'USA')).toBeNull();
  });
});
