/** `dateline show ID`: a stored article with its layers, as JSON or as annotated text. */
import { openStore } from '../store/open.js';
import { UsageError, writeOut } from './output.js';
import { saidWords } from '../stages/quotes/parts.js';

export async function runShow(id: string, opts: { db?: string; format?: string }): Promise<number> {
  const store = await openStore(opts.db ?? './dateline.db');
  try {
    const r = await store.get(id);
    if (!r) {
      process.stderr.write(`dateline: ${id}: no such article in ${opts.db ?? './dateline.db'}\n`);
      return 1;
    }
    const format = opts.format ?? (process.stdout.isTTY ? 'text' : 'json');
    if (format === 'json') { await writeOut(JSON.stringify(r, null, 2) + '\n'); return 0; }
    if (format !== 'text') throw new UsageError(`unknown --format ${format} (json or text)`);
    const t = (s: { start: number; end: number } | null) => (s ? r.text.slice(s.start, s.end) : '');
    const lines = [
      `id         ${r.id}`,
      `source     ${r.source.path ?? r.source.url ?? '-'}${r.source.item ? '#' + r.source.item : ''} (${r.source.format})`,
      `title      ${r.title ?? '-'}`,
      `published  ${r.published ?? '-'}`,
      `dateline   ${r.dateline ? [r.dateline.place, r.dateline.agency].filter(Boolean).join(', ') : '-'}`,
      `authors    ${r.authors.join('; ') || '-'}`,
      '',
      'body:',
      t(r.body).replace(/^/gm, '  '),
      '',
      `boilerplate (${r.boilerplate.length}):`,
      ...r.boilerplate.map((b) => `  [${b.kind}] ${JSON.stringify(t(b).slice(0, 100))}`),
      `entities (${r.entities.length}):`,
      ...r.entities.map((e) => `  ${e.type.padEnd(4)} ${e.text}${e.actor ? `  → ${e.actor}` : ''}${e.name && e.name !== e.text ? ` (${e.name})` : ''}`),
      `quotes (${r.quotes.length}):`,
      ...r.quotes.map((q) => `  ${q.speakerName ?? '?'}${q.direct ? '' : ' (indirect)'}: ${JSON.stringify(saidWords(r.text, q).slice(0, 140))}`),
      `events (${r.events.length}):`,
      ...r.events.map((e) => `  ${e.cameo} ${e.plover?.type ?? ''} ${e.source?.code ?? '-'} → ${e.target?.code ?? '-'} ${e.date ?? ''} ${e.location?.name ?? ''}: ${JSON.stringify(t(e.evidence).slice(0, 100))}`),
      `places (${r.places.length}):`,
      ...r.places.map((p) => `  ${p.text} (${p.country} ${p.lat.toFixed(2)},${p.lon.toFixed(2)})`),
    ];
    await writeOut(lines.join('\n') + '\n');
    return 0;
  } finally {
    await store.close();
  }
}
