/** `dateline stats`: what the store holds. */
import { openStore } from '../store/open.js';
import { writeOut } from './output.js';

export async function runStats(opts: { db?: string; json?: boolean }): Promise<number> {
  const store = await openStore(opts.db ?? './dateline.db');
  try {
    const s = await store.stats();
    if (opts.json) { await writeOut(JSON.stringify(s, null, 2) + '\n'); return 0; }
    const lines = [
      `articles   ${s.articles}${s.firstPublished ? `  (${s.firstPublished} to ${s.lastPublished})` : ''}`,
      `formats    ${s.formats.map((f) => `${f.format} ${f.count}`).join(', ') || '-'}`,
      `entities   ${s.entities}`,
      `quotes     ${s.quotes}`,
      `events     ${s.events}`,
      `top CAMEO  ${s.topCameoRoots.map((c) => `${c.code}:${c.count}`).join(' ') || '-'}`,
      `top actors ${s.topActors.map((a) => `${a.code}:${a.events}`).join(' ') || '-'}`,
    ];
    await writeOut(lines.join('\n') + '\n');
    return 0;
  } finally {
    await store.close();
  }
}
