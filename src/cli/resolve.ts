/** `dateline resolve --jsonl`: actor names or descriptions in, the actor each resolves to at its date out. */
import { z } from 'zod';
import { loadActorKnowledge } from '../knowledge/actors/load.js';
import { resolveActor } from '../stages/actors/index.js';
import { lazyPlaceCountry } from '../stages/actors/places.js';
import { defaultGazetteer } from '../knowledge/gazetteer/index.js';
import { isoDate } from '../stages/dates/iso.js';
import { validLines } from './lines.js';
import { UsageError, writeOut } from './output.js';

const Line = z.object({ id: z.union([z.string(), z.number()]), text: z.string(), date: z.string().nullish() });

export async function runResolve(opts: { jsonl?: boolean }): Promise<number> {
  if (!opts.jsonl) throw new UsageError('resolve needs --jsonl (the only input format it reads)');
  const kb = loadActorKnowledge();
  // Towns the actor dictionaries do not list ("Kharkiv police"); the gazetteer loads on first need.
  const places = lazyPlaceCountry(defaultGazetteer);
  const today = new Date().toISOString().slice(0, 10);
  const counts = { failed: 0 };
  for await (const v of validLines(Line, counts)) {
    const date = v.date ? isoDate(v.date) : today;
    const r = resolveActor(v.text, date, kb, places);
    await writeOut(JSON.stringify({ id: v.id, code: r?.code ?? null, country: r?.country ?? null, sector: r?.sector ?? null, name: r?.name ?? null }) + '\n');
  }
  return counts.failed ? 1 : 0;
}
