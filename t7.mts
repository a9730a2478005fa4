import { createDoc, layer } from './src/document/document.js';
import { segmentStage } from './src/stages/segment/index.js';
import { createQuoteStage, loadQuoteResources } from './src/stages/quotes/index.js';
import { loadSplit } from './eval/polnear/load.js';
import { DEV_DIR } from './eval/quotes.js';
const res = loadQuoteResources();
const stage = createQuoteStage({ resources: res });
const arts = loadSplit(DEV_DIR);
let noCue = 0, noCueHit = 0, goldCueNear = 0; const ex: string[] = [];
const ov = (a: any, b: any) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
for (const a of arts) {
  let d = segmentStage.run(createDoc(a.text, { source: { format: 'text' } }), {});
  d = stage.run(d, {});
  for (const q of layer(d, 'quotes')) {
    if (q.cue) continue;
    noCue++;
    const g = a.attributions.find((g) => g.content.some((c) => ov(c, q.content) > 0));
    if (!g) continue;
    noCueHit++;
    if (g.cue.length) { goldCueNear++; if (ex.length < 25) ex.push(`${q.direct ? 'D' : 'I'} src=${q.speaker ? JSON.stringify(a.text.slice(q.speaker.start, q.speaker.end)) : '-'} goldcue=${JSON.stringify(g.cue.map((c) => a.text.slice(c.start, c.end)).join(' '))} | ${a.text.slice(q.content.start, Math.min(q.content.end, q.content.start + 80)).replace(/\s+/g, ' ')}`); }
  }
}
console.log({ noCue, noCueHit, goldCueNear }); console.log(ex.join('\n'));
