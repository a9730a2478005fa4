import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc, layer } from '../../document/document.js';
import { segmentStage } from '../segment/index.js';
import { createQuoteStage, extractQuotes, loadQuoteResources, type QuoteTrace } from './index.js';
import { scratchBuffer } from './scratch.js';
import { SHARED } from '../../../test/shared.js';

describe('scratch memory', () => {
  it('gives a use its buffer back, zero over what is asked for, and a larger one when asked for more', () => {
    const a = scratchBuffer('context', 64);
    new Uint8Array(a).fill(7);
    const b = scratchBuffer('context', 32);
    expect(b).toBe(a);
    expect(Array.from(new Uint8Array(b, 0, 32)).every((x) => x === 0)).toBe(true);
    expect(scratchBuffer('pos', 16)).not.toBe(a);
    const c = scratchBuffer('context', a.byteLength + 1);
    expect(c.byteLength).toBeGreaterThan(a.byteLength);
    expect(scratchBuffer('context', 8)).toBe(c);
  });

  it('leaves nothing of one document in the quotes of the next', () => {
    const res = loadQuoteResources();
    const stage = createQuoteStage({ resources: res });
    const doc = (text: string) => segmentStage.run(createDoc(text, { source: { format: 'text' }, headlineInText: true }), {});
    const quotes = (text: string) => layer(stage.run(doc(text), {}), 'quotes');
    const long = readFileSync(`${SHARED}/seed/sana-putin-rouhani.txt`, 'utf8');
    const short = 'Talks resumed on Monday.\n\nThe minister said the talks had failed. “We will try again,” she added.';
    const alone = quotes(short);
    expect(alone.length).toBe(2);
    // After a longer document has filled the scratch memory, the same quotes; and the longer one's the same as with
    // fresh memory for its context (a trace keeps the context, so it is built on memory of its own).
    const first = quotes(long);
    expect(first.length).toBeGreaterThan(4);
    expect(quotes(short)).toEqual(alone);
    const trace: QuoteTrace = { atts: [] };
    expect(extractQuotes(doc(long), res, trace)).toEqual(first);
    expect(trace.ctx!.sent.buffer).not.toBe(scratchBuffer('context', 0));
  });
});
