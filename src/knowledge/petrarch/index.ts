/**
 * PETRARCH-format dictionaries: parse files, load a directory, merge over built-ins.
 * Nothing here throws for bad content; every problem is returned as a DictIssue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseActorDictionary } from './actors.js';
import { parseAgentDictionary } from './agents.js';
import { parseDiscardList } from './discards.js';
import type { DictIssue, PetrarchDictionaries, VerbDictionary } from './types.js';
import { parseVerbDictionary } from './verbs.js';

export * from './types.js';
export { parseVerbDictionary, verbForms } from './verbs.js';
export { parseActorDictionary, actorCodeAt } from './actors.js';
export { parseAgentDictionary } from './agents.js';
export { parseDiscardList } from './discards.js';
export { phraseWords, splitWord } from './phrase.js';

export const emptyVerbs: VerbDictionary = { blocks: [], verbs: [], synsets: new Map() };

/** Append dictionary b after a (verb blocks renumbered; synsets of b win). */
export function mergeVerbs(a: VerbDictionary, b: VerbDictionary): VerbDictionary {
  const off = a.blocks.length;
  return {
    blocks: [...a.blocks, ...b.blocks.map((x) => ({ ...x, id: x.id + off }))],
    verbs: [...a.verbs, ...b.verbs.map((v) => ({ ...v, block: v.block + off }))],
    synsets: new Map([...a.synsets, ...b.synsets]),
  };
}

export function mergeDictionaries(base: PetrarchDictionaries, over: Partial<PetrarchDictionaries>): PetrarchDictionaries {
  return {
    verbs: over.verbs ? mergeVerbs(base.verbs, over.verbs) : base.verbs,
    actors: over.actors ? [...base.actors, ...over.actors] : base.actors,
    agents: over.agents ? [...base.agents, ...over.agents] : base.agents,
    discards: over.discards ? [...base.discards, ...over.discards] : base.discards,
  };
}

export interface LoadedDictionaries {
  readonly dictionaries: PetrarchDictionaries;
  /** Which parts the directory held (a part absent from the directory is empty). */
  readonly present: { readonly verbs: boolean; readonly actors: boolean; readonly agents: boolean; readonly discards: boolean };
  readonly files: readonly string[];
  readonly issues: readonly DictIssue[];
}

/** Load every *.actors.txt, *.agents.txt, *.verbs.txt and *.discards.txt of a directory. */
export function loadPetrarchDictionaries(dir: string): LoadedDictionaries {
  const issues: DictIssue[] = [];
  let names: string[] = [];
  try { names = readdirSync(dir).sort(); }
  catch (e) { issues.push({ code: 'io', file: dir, line: 0, message: `cannot read directory: ${(e as Error).message}` }); }
  let verbs: VerbDictionary = emptyVerbs;
  const actors: PetrarchDictionaries['actors'][number][] = [];
  const agents: PetrarchDictionaries['agents'][number][] = [];
  const discards: PetrarchDictionaries['discards'][number][] = [];
  const present = { verbs: false, actors: false, agents: false, discards: false };
  const files: string[] = [];
  for (const name of names) {
    const kind = /\.(actors|agents|verbs|discards)\.txt$/i.exec(name)?.[1]?.toLowerCase() as keyof typeof present | undefined;
    if (!kind) continue;
    const path = join(dir, name);
    let text: string;
    try { text = readFileSync(path, 'latin1'); }
    catch (e) { issues.push({ code: 'io', file: path, line: 0, message: (e as Error).message }); continue; }
    files.push(path);
    present[kind] = true;
    if (kind === 'verbs') { const r = parseVerbDictionary(text, path); verbs = mergeVerbs(verbs, r.value); issues.push(...r.issues); }
    else if (kind === 'actors') { const r = parseActorDictionary(text, path); actors.push(...r.value); issues.push(...r.issues); }
    else if (kind === 'agents') { const r = parseAgentDictionary(text, path); agents.push(...r.value); issues.push(...r.issues); }
    else { const r = parseDiscardList(text, path); discards.push(...r.value); issues.push(...r.issues); }
  }
  return { dictionaries: { verbs, actors, agents, discards }, present, files, issues };
}
export { loadBuiltinDictionaries, loadCountryNames, builtinDir, readVerbsTsv, readActorsTsv, readAgentsTsv, readDiscardsTsv } from "./builtin.js";
