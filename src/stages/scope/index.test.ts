import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc, layer, withLayer } from '../../document/document.js';
import { SEED } from '../../../test/shared.js';
import { layoutStage } from '../layout/index.js';
import { paragraphStage } from '../segment/index.js';
import { scopeStage } from './index.js';

describe('scope', () => {
  it('drops annotations of the teaser of another story, keeps those of the article', () => {
    const text = readFileSync(SEED, 'utf8');
    let d = layoutStage.run(paragraphStage.run(createDoc(text, { source: { format: 'text' }, headlineInText: true }), {}), {});
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w });
    d = withLayer(d, 'entities', [{ ...at('Moscow'), type: 'LOC' }, { ...at('Turkey'), type: 'LOC' }, { ...at('Khamenei'), type: 'PER' }]);
    d = withLayer(d, 'places', [{ ...at('Gaza'), lat: 31.5, lon: 34.47, country: 'PSE' }]);
    d = withLayer(d, 'quotes', []);
    d = withLayer(d, 'events', []);
    const out = scopeStage.run(d, {});
    expect(layer(out, 'entities').map((e) => e.text)).toEqual(['Moscow', 'Turkey']);
    expect(layer(out, 'places')).toEqual([]);
  });
});
