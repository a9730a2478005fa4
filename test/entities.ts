/** Test documents with NER-like entities found by string search, standing in for the model. */
import { createDoc, withLayer, type Doc, type DocMeta } from '../src/document/document.js';
import type { Entity, EntityType } from '../src/document/layers.js';
import { segmentStage } from '../src/stages/segment/index.js';

/** The text segmented, with every whole-word match of each (string, type) as a model entity; the first match wins overlaps. */
export function docWithEntities(text: string, spec: readonly [string, EntityType][], meta: DocMeta = { source: { format: 'text' }, headlineInText: false }): Doc {
  const ents: Entity[] = [];
  for (const [s, type] of spec) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}-])${s}(?![\\p{L}])`, 'gu'))) {
      const start = m.index!, end = start + s.length;
      if (!ents.some((e) => e.start < end && start < e.end)) ents.push({ start, end, text: s, type, via: 'model' });
    }
  }
  ents.sort((a, b) => a.start - b.start);
  return withLayer(segmentStage.run(createDoc(text, meta), {}), 'entities', ents);
}
