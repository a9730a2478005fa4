/**
 * The pipeline: a declared sequence of stages. Each stage reads the document and
 * returns it with the layers it declares; the runner checks order and output.
 */
import { hasLayer, type Doc } from './document/document.js';
import type { LayerName } from './document/layers.js';

export interface RunOptions {
  /** Publication date to assume where the input carries none (ISO YYYY-MM-DD). */
  readonly published?: string | null;
}

export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly produces: readonly LayerName[];
  run(doc: Doc, options: RunOptions): Doc;
}

export class PipelineError extends Error {
  constructor(readonly code: 'missing_requirement' | 'missing_output', readonly stage: string, readonly layer: LayerName) {
    super(code === 'missing_requirement'
      ? `stage ${stage} requires layer ${layer}, which no earlier stage produces`
      : `stage ${stage} did not produce its declared layer ${layer}`);
  }
}

/** Check once, at composition time, that every stage's requirements come before it. */
export function compose(stages: readonly Stage[]): (doc: Doc, options?: RunOptions) => Doc {
  const available = new Set<LayerName>();
  for (const s of stages) {
    for (const r of s.requires) if (!available.has(r)) throw new PipelineError('missing_requirement', s.name, r);
    for (const p of s.produces) available.add(p);
  }
  return (doc, options = {}) => {
    let d = doc;
    for (const s of stages) {
      d = s.run(d, options);
      for (const p of s.produces) if (!hasLayer(d, p)) throw new PipelineError('missing_output', s.name, p);
    }
    return d;
  };
}
