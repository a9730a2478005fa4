/**
 * The article reader: the text with its layers (entities, quotes, events, places,
 * boilerplate) as highlights that switch on and off, and the events beside it, and the
 * quotes with what made each and how its speaker was named.
 */
import { api, type ArticleRecord } from '../api.js';
import { cameoName, cameoNames } from '../cameo.js';
import { QUAD, type Quad } from '../colors.js';
import { h, mount } from '../dom.js';
import { href } from '../route.js';
import { actorLabel } from './events.js';
import { errorBox } from './filters.js';
import { explainQuotes } from '../../../src/stages/quotes/explain.js';
import { saidWords } from '../../../src/stages/quotes/parts.js';

export type LayerName = 'entities' | 'quotes' | 'events' | 'places' | 'boilerplate';
export const LAYERS: { name: LayerName; label: string }[] = [
  { name: 'entities', label: 'Entities' }, { name: 'quotes', label: 'Quotes' }, { name: 'events', label: 'Events' },
  { name: 'places', label: 'Places' }, { name: 'boilerplate', label: 'Boilerplate' },
];

export interface Mark { start: number; end: number; layer: LayerName; cls: string; index: number; title: string }

/** Every highlight of a record, flattened. */
export function marksOf(r: ArticleRecord): Mark[] {
  const m: Mark[] = [];
  r.entities.forEach((e, i) => m.push({ start: e.start, end: e.end, layer: 'entities', cls: `ent ent-${e.type}`, index: i, title: `${e.type}${e.actor ? ' ' + e.actor : ''}${e.name ? ': ' + e.name : ''}` }));
  r.quotes.forEach((q, i) => {
    // A quotation its own "X said" interrupts is marked in its parts, the frame left out.
    for (const p of q.parts ?? [q.content]) m.push({ start: p.start, end: p.end, layer: 'quotes', cls: 'quote', index: i, title: `Quote${q.speakerName ? ' by ' + q.speakerName : ''}` });
    if (q.speaker) m.push({ start: q.speaker.start, end: q.speaker.end, layer: 'quotes', cls: 'speaker', index: i, title: 'Speaker' });
  });
  r.events.forEach((e, i) => m.push({ start: e.evidence.start, end: e.evidence.end, layer: 'events', cls: `ev q${e.quadClass}`, index: i, title: `${e.cameo} ${actorLabel(e.source)} → ${actorLabel(e.target)}` }));
  r.places.forEach((p, i) => m.push({ start: p.start, end: p.end, layer: 'places', cls: 'place', index: i, title: `${p.text} (${p.country} ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})` }));
  r.boilerplate.forEach((b, i) => m.push({ start: b.start, end: b.end, layer: 'boilerplate', cls: `bp bp-${b.kind}`, index: i, title: `Boilerplate: ${b.kind}` }));
  return m.filter((x) => x.end > x.start);
}

export interface Segment { start: number; end: number; marks: Mark[] }

/** Cut the text at every mark boundary; each piece knows the marks covering it. */
export function segments(length: number, marks: readonly Mark[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const m of marks) { cuts.add(Math.max(0, Math.min(length, m.start))); cuts.add(Math.max(0, Math.min(length, m.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const starts = [...marks].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!, b = points[i + 1]!;
    while (next < starts.length && starts[next]!.start <= a) active.push(starts[next++]!);
    active = active.filter((m) => m.end > a);
    out.push({ start: a, end: b, marks: active.filter((m) => m.start <= a && m.end >= b) });
  }
  return out;
}

function renderText(r: ArticleRecord, onEvent: (i: number) => void): HTMLElement {
  const pre = h('div', { class: 'reader-text', id: 'reader-text' });
  for (const seg of segments(r.text.length, marksOf(r))) {
    const text = r.text.slice(seg.start, seg.end);
    if (!seg.marks.length) { pre.append(document.createTextNode(text)); continue; }
    const span = h('span', { class: seg.marks.map((m) => m.cls).join(' '), title: seg.marks.map((m) => m.title).join('\n') }, text);
    const evs = seg.marks.filter((m) => m.layer === 'events').map((m) => m.index);
    const qs = seg.marks.filter((m) => m.layer === 'quotes').map((m) => m.index);
    if (qs.length) span.dataset.quotes = qs.join(' ');
    if (evs.length) {
      span.dataset.events = evs.join(' ');
      span.addEventListener('click', () => onEvent(evs[evs.length - 1]!));
    }
    pre.append(span);
  }
  return pre;
}

function eventCard(r: ArticleRecord, i: number, selected: boolean, names: Map<string, string>, onSelect: (i: number) => void): HTMLElement {
  const e = r.events[i]!;
  const q = QUAD[e.quadClass as Quad];
  const card = h('li', { class: `event-card${selected ? ' selected' : ''}`, tabindex: 0, 'data-index': i },
    h('div', {}, h('span', { class: `quad q${e.quadClass}`, title: q.name }, String(e.quadClass)), ' ',
      h('strong', {}, actorLabel(e.source)), ' → ', h('strong', {}, actorLabel(e.target))),
    h('div', { class: 'small' }, 'CAMEO ', h('code', {}, e.cameo), ` ${cameoName(names, e.cameo)}`, e.plover ? ` · PLOVER ${e.plover.type}${e.plover.mode ? '/' + e.plover.mode : ''}` : '',
      ` · Goldstein ${e.goldstein} · ${q.name}`),
    h('div', { class: 'small muted' }, `${e.date ?? 'undated'}${e.location ? ' · ' + e.location.name + ' (' + e.location.country + ')' : ''} · confidence ${e.confidence.toFixed(2)}`),
    selected ? h('blockquote', { class: 'evidence-quote' }, r.text.slice(e.evidence.start, e.evidence.end)) : null);
  card.addEventListener('click', () => onSelect(i));
  card.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') onSelect(i); });
  return card;
}

export function articleView(root: HTMLElement, id: string, params: URLSearchParams): void {
  mount(root, h('p', { class: 'loading' }, 'Loading article…'));
  Promise.all([api.article(id), cameoNames()]).then(([r, names]) => renderArticle(root, r, params, names)).catch((err) => mount(root, errorBox(err)));
}

function renderArticle(root: HTMLElement, r: ArticleRecord, params: URLSearchParams, names: Map<string, string>): void {
  const wanted = Number(params.get('event'));
  let selected = Number.isInteger(wanted) && wanted >= 0 && wanted < r.events.length ? wanted : -1;
  const list = h('ol', { class: 'event-list', id: 'article-events' });
  let text: HTMLElement;
  const select = (i: number, scroll: boolean) => {
    selected = i;
    mount(list, ...r.events.map((_, k) => eventCard(r, k, k === selected, names, (j) => select(j, true))));
    for (const el of text.querySelectorAll('.focus')) el.classList.remove('focus');
    const spans = [...text.querySelectorAll<HTMLElement>('[data-events]')].filter((el) => el.dataset.events!.split(' ').includes(String(i)));
    for (const el of spans) el.classList.add('focus');
    if (scroll && spans[0]) spans[0].scrollIntoView({ block: 'center' });
  };
  text = renderText(r, (i) => select(i, false));
  const toggles = h('fieldset', { class: 'layers' }, h('legend', {}, 'Layers'),
    ...LAYERS.map((l) => {
      const count = l.name === 'boilerplate' ? r.boilerplate.length : (r[l.name] as unknown[]).length;
      const box = h('input', { type: 'checkbox', name: l.name, checked: true });
      box.addEventListener('change', () => text.classList.toggle(`hide-${l.name}`, !box.checked));
      return h('label', { class: `toggle toggle-${l.name}` }, box, ` ${l.label} (${count})`);
    }));
  const src = r.source.url ?? r.source.path ?? r.source.format;
  const meta = h('p', { class: 'muted small' },
    r.published ?? 'undated', ' · ', src,
    r.dateline?.place ? ` · dateline ${r.dateline.place}${r.dateline.agency ? ' (' + r.dateline.agency + ')' : ''}` : '',
    r.authors.length ? ` · by ${r.authors.join(', ')}` : '');
  const how = explainQuotes(r);
  // ?quote=N (from the quotes view): that quote's words and source marked, and its line in the list.
  const wantedQuote = params.has('quote') ? Number(params.get('quote')) : -1;
  const quoteShown = Number.isInteger(wantedQuote) && wantedQuote >= 0 && wantedQuote < r.quotes.length ? wantedQuote : -1;
  const quotes = h('ol', { class: 'quote-list' }, ...r.quotes.map((q, i) => {
    const { madeBy, confidence, named } = how[i]!;
    return h('li', i === quoteShown ? { class: 'selected', id: 'quote-shown' } : {},
      h('span', { class: 'muted' }, q.speakerName ?? 'unattributed', q.direct ? '' : ' (indirect)', ': '),
      saidWords(r.text, q),
      ...(madeBy ? [h('div', { class: 'muted small quote-how' },
        `made by ${madeBy}${confidence !== null ? ` (confidence ${confidence})` : ''}`, named ? `; speaker named by ${named}` : '')] : []));
  }));
  mount(root, h('section', { class: 'view article' },
    h('p', {}, h('a', { href: href('events') }, '← Events'), ' · ', h('a', { href: href('network') }, 'Network'), ' · ',
      h('a', { href: `/api/articles/${encodeURIComponent(r.id)}`, target: '_blank', rel: 'noopener' }, 'JSON')),
    h('h1', { id: 'article-title' }, r.title ?? '(untitled)'), meta, toggles,
    h('div', { class: 'reader' }, text,
      h('aside', {}, h('h2', {}, `Events (${r.events.length})`), list,
        h('h2', {}, `Quotes (${r.quotes.length})`), quotes))));
  select(selected, true);
  if (quoteShown >= 0) {
    const spans = [...text.querySelectorAll<HTMLElement>('[data-quotes]')].filter((el) => el.dataset.quotes!.split(' ').includes(String(quoteShown)));
    for (const el of spans) el.classList.add('quote-focus');
    if (selected < 0 && spans[0]) spans[0].scrollIntoView({ block: 'center' });
  }
}
