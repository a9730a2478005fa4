import { describe, expect, it } from 'vitest';
import { derivedFrom } from './derived.js';

describe('derivedFrom', () => {
  it('builds once per object and answers each object with its own value', () => {
    const built: string[] = [];
    const upper = derivedFrom((k: { name: string }) => { built.push(k.name); return k.name.toUpperCase(); });
    const a = { name: 'reign' }, b = { name: 'petrarch' };
    expect([upper(a), upper(b), upper(a), upper(a), upper(b)]).toEqual(['REIGN', 'PETRARCH', 'REIGN', 'REIGN', 'PETRARCH']);
    expect(built).toEqual(['reign', 'petrarch']);
  });
});
