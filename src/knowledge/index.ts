/**
 * All the knowledge an analysis uses, loaded once: the entity model, actors, the
 * gazetteer, quote cues and the event dictionaries. Every data file is validated as
 * it loads; problems name their file and line.
 */
import { loadActorKnowledge, withDictionaries } from './actors/load.js';
import { loadPetrarchDictionaries } from './petrarch/index.js';
import type { ActorKnowledge } from './actors/load.js';
import { defaultGazetteer, type Gazetteer } from './gazetteer/index.js';
import { defaultNerModel } from '../models/ner/model.js';
import type { NerModel } from '../models/ner/model.js';
import { loadQuoteResources, type QuoteResources } from '../stages/quotes/index.js';
import { loadEventDictionaries, type EventDictionaries } from '../stages/events/index.js';

export interface Knowledge {
  readonly ner: NerModel;
  readonly actors: ActorKnowledge;
  readonly gazetteer: Gazetteer;
  readonly quotes: QuoteResources;
  readonly events: EventDictionaries;
}

export interface KnowledgeOptions {
  /** A directory of PETRARCH-format dictionaries to load over the built-in ones. */
  readonly dictionaries?: string | null;
}

export interface DataIssue {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export class KnowledgeError extends Error {
  readonly code = 'bad_data' as const;
  constructor(readonly issues: readonly DataIssue[]) {
    super(issues.slice(0, 20).map((i) => `${i.file}:${i.line}: ${i.message}`).join('\n') + (issues.length > 20 ? `\n… and ${issues.length - 20} more` : ''));
  }
}

/** Entries of user dictionaries that could not be read are skipped; say which, one line each. */
export function reportDataIssues(issues: readonly DataIssue[], out: (s: string) => void = (s) => process.stderr.write(s)): void {
  const MAX = 20;
  for (const i of issues.slice(0, MAX)) out(`dateline: ${i.file}:${i.line}: ${i.message} (entry skipped)\n`);
  if (issues.length > MAX) out(`dateline: … and ${issues.length - MAX} more dictionary entries skipped\n`);
}

export function loadKnowledge(options: KnowledgeOptions = {}): Knowledge {
  const { dicts, issues } = loadEventDictionaries({ dictionaries: options.dictionaries ?? undefined });
  // The built-in data is checked by the tests; problems here come from the user's dictionaries.
  reportDataIssues(issues);
  let actors = loadActorKnowledge();
  if (options.dictionaries) {
    // The user's actors and agents also resolve entities, not only the event coder's dictionary phrases.
    const user = loadPetrarchDictionaries(options.dictionaries);
    actors = withDictionaries(actors, { actors: user.dictionaries.actors, agents: user.dictionaries.agents });
  }
  return {
    ner: defaultNerModel(),
    actors,
    gazetteer: defaultGazetteer(),
    quotes: loadQuoteResources(),
    events: dicts,
  };
}
