/** A worker thread: builds its own analyzer, then analyses the raw articles it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer, type AnalyzerOptions } from '../analyzer.js';
import type { RawArticle } from '../readers/types.js';

const analyzer = await createAnalyzer(workerData as AnalyzerOptions);
parentPort!.on('message', (m: { id: number; raw: RawArticle }) => {
  try {
    parentPort!.postMessage({ id: m.id, record: analyzer.analyzeRaw(m.raw) });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: (e as Error).message });
  }
});
parentPort!.postMessage({ ready: true });
