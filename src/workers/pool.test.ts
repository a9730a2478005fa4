import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzerPool } from './pool.js';
import { SHARED } from '../../test/shared.js';

describe('analyzer pool', () => {
  // Under tsx or vitest the worker is worker.ts, which needs the TypeScript loader of its own.
  it('analyses an article in a worker thread from the TypeScript sources', async () => {
    const text = readFileSync(`${SHARED}/seed/sana-putin-rouhani.txt`, 'utf8');
    const pool = createAnalyzerPool({ published: '2017-03-29' }, 1);
    try {
      const record = await pool.analyze({ kind: 'article', text, meta: { source: { format: 'text', path: 'seed.txt' }, headlineInText: true } });
      expect(record.quotes.some((q) => /Putin/.test(q.speakerName ?? ''))).toBe(true);
      expect(record.events.length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
