/** The event table with filters and the timeline above it; each row opens its evidence. */
import { api, exportUrl, type ApiEvent, type Filters } from '../api.js';
import { cameoName, cameoNames } from '../cameo.js';
import { QUAD, type Quad } from '../colors.js';
import { h, mount } from '../dom.js';
import { go } from '../route.js';
import { errorBox, filterBar } from './filters.js';
import { timeline } from './timeline.js';

const PAGE = 100;

export function actorLabel(a: { code: string; name: string } | null): string {
  return a ? `${a.name} (${a.code})` : '—';
}

function quadBadge(q: number): HTMLElement {
  const b = h('span', { class: `quad q${q}`, title: QUAD[q as Quad]?.name ?? '' }, String(q));
  return b;
}

function row(e: ApiEvent, names: Map<string, string>): HTMLTableRowElement {
  const open = () => go('article', e.articleId, { event: e.index });
  const tr = h('tr', { tabindex: 0, class: 'event-row', 'data-article': e.articleId, onclick: open },
    h('td', { class: 'nowrap' }, e.date ?? '—'),
    h('td', {}, actorLabel(e.source)),
    h('td', {}, h('span', { class: 'nowrap' }, quadBadge(e.quadClass), ' ', h('code', {}, e.cameo), e.plover ? ` ${e.plover.type}` : ''),
      h('div', { class: 'muted small' }, cameoName(names, e.cameo))),
    h('td', {}, actorLabel(e.target)),
    h('td', {}, e.location ? e.location.name : '—'),
    h('td', { class: 'evidence' }, truncate(e.evidenceText ?? '', 220), h('div', { class: 'muted small' }, e.articleTitle ?? '')));
  tr.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') open(); });
  return tr;
}

/** A line saying what a chart counts. */
export function coverage(sum: { events: number; truncated: boolean; undated: number }): HTMLElement {
  return h('p', { class: 'muted small' },
    `${sum.events.toLocaleString('en')} matching events${sum.undated ? ` (${sum.undated.toLocaleString('en')} undated)` : ''}`,
    sum.truncated ? '; only the first are counted: narrow the filters to see all.' : '.');
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

export function eventsView(root: HTMLElement, f: Filters): void {
  const chart = h('div', { class: 'chart-slot' }, h('p', { class: 'muted' }, 'Loading timeline…'));
  const body = h('tbody');
  const status = h('p', { class: 'muted', id: 'event-status' }, 'Loading events…');
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Load more');
  const table = h('table', { class: 'events', id: 'event-table' },
    h('thead', {}, h('tr', {}, ...['Date', 'Source', 'Event', 'Target', 'Place', 'Evidence'].map((t) => h('th', { scope: 'col' }, t)))),
    body);
  const download = h('p', { class: 'muted downloads', id: 'event-downloads' }, 'Download every matching event: ',
    h('a', { href: exportUrl(f, 'csv'), download: '' }, 'CSV'), ' · ',
    h('a', { href: exportUrl(f, 'gdelt'), download: '', title: 'the 61 tab-separated columns of the GDELT 2.0 event table' }, 'GDELT 2.0 rows'), ' · ',
    h('a', { href: exportUrl(f, 'jsonl'), download: '' }, 'JSON lines'));
  mount(root, h('section', { class: 'view' }, filterBar('events', f), chart, status, download, table, more));

  let cursor: string | null = null;
  let shown = 0;
  const page = async () => {
    more.disabled = true;
    try {
      const [p, names] = await Promise.all([api.events({ ...f, limit: PAGE, cursor, expand: 'evidence' }), cameoNames()]);
      for (const e of p.items) body.append(row(e, names));
      shown += p.items.length;
      cursor = p.next;
      more.hidden = !cursor;
      mount(status, shown ? `${shown} event${shown === 1 ? '' : 's'}${cursor ? ' shown; more below' : ''}. Click a row to read its evidence.` : 'No events match these filters.');
      if (!document.body.dataset.ready) { document.body.dataset.ready = 'events'; performance.mark('dateline:events-rendered'); }
    } catch (err) {
      mount(status, errorBox(err));
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', () => void page());
  // The table first, then the timeline: its larger query must not delay the rows.
  void page().then(() => api.summary(f)).then((sum) => {
    mount(chart, timeline(sum.days, (range) => go('events', null, { ...f, ...range })), coverage(sum));
  }).catch((err) => mount(chart, errorBox(err)));
}
