/**
 * Who said what, across the store: quotes by speaker, kind, confidence and date, each with
 * its cue, what made it and how its speaker was named, linked to the quote in its article.
 */
import { api, type SpeakerCount, type StoredQuote } from '../api.js';
import { howParts } from '../../../src/stages/quotes/explain.js';
import { h, mount } from '../dom.js';
import { go, href } from '../route.js';
import { pagedList } from './paged.js';

/** The route's parameters this view reads, as /api/quotes takes them. */
const KEYS = ['speaker', 'named', 'direct', 'cueKind', 'minConfidence', 'since', 'until'] as const;

export function quotesView(root: HTMLElement, params: URLSearchParams): void {
  const p = Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ''])) as Record<(typeof KEYS)[number], string>;
  const kind = h('select', { name: 'direct' },
    h('option', { value: '' }, 'all'), h('option', { value: 'true' }, 'direct'), h('option', { value: 'false' }, 'indirect'));
  kind.value = p.direct;
  // What the cue says the source did: "said" keeps what was said or written (PolNeAR counts thoughts and deeds too).
  const did = h('select', { name: 'cueKind' },
    h('option', { value: '' }, 'any'), h('option', { value: 'speech' }, 'said or wrote'), h('option', { value: 'thought' }, 'thought, wanted'),
    h('option', { value: 'evidence' }, 'saw, showed'), h('option', { value: 'other' }, 'deeds, states'));
  did.value = p.cueKind;
  // On news pages most quotes whose speaker has no name are no attributions (a writer's "I", a deed, page furniture).
  const named = h('select', { name: 'named' },
    h('option', { value: '' }, 'any'), h('option', { value: 'true' }, 'named'), h('option', { value: 'false' }, 'unnamed'));
  named.value = p.named;
  const form = h('form', { class: 'filters' },
    h('label', {}, 'Speaker', h('input', { name: 'speaker', value: p.speaker, size: 24, placeholder: 'name or actor code' })),
    h('label', {}, 'Named', named),
    h('label', {}, 'Kind', kind),
    h('label', {}, 'Cue', did),
    h('label', {}, 'Min. confidence', h('input', { name: 'minConfidence', value: p.minConfidence, size: 4, placeholder: '0–1' })),
    h('label', {}, 'From', h('input', { name: 'since', type: 'date', value: p.since })),
    h('label', {}, 'To', h('input', { name: 'until', type: 'date', value: p.until })),
    h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const next: Record<string, string> = {};
    for (const [k, v] of new FormData(form).entries()) if (typeof v === 'string' && v.trim()) next[k] = v.trim();
    go('quotes', null, next);
  });
  const list = h('ol', { class: 'quote-list stored-quotes', id: 'quote-results' });
  const item = (q: StoredQuote) => h('li', {},
    h('span', { class: 'muted' }, `${q.published ?? 'undated'} · `),
    h('strong', {}, q.speakerName ?? 'unattributed'), q.speakerActor ? ` [${q.speakerActor}]` : '', q.direct ? ': ' : ' (indirect): ',
    q.content,
    h('div', { class: 'muted small quote-how' }, howParts(q, ['“', '”'], false).join(' · ')),
    h('div', { class: 'small' }, 'in ', h('a', { href: href('article', q.articleId, { quote: q.index }) }, q.title ?? '(untitled)')));
  const query = Object.fromEntries(Object.entries(p).filter(([, v]) => v));
  const { status, more } = pagedList({
    list, item, noun: ['quote', 'quotes'], statusId: 'quote-status',
    fetch: (cursor) => api.quotes({ ...query, cursor, limit: 50 }),
  });
  // The most quoted speakers of the same filters, each a link that narrows the list to them.
  const top = h('p', { class: 'small top-speakers', id: 'top-speakers' });
  const speaker = (x: SpeakerCount) => h('a', { href: href('quotes', null, { ...query, speaker: x.speakerName }) }, `${x.speakerName} (${x.quotes})`);
  if (!p.speaker) {
    api.speakers({ ...query, limit: 12 }).then((r) => {
      if (r.items.length) mount(top, 'Most quoted: ', ...r.items.flatMap((x, i) => (i ? [' · ', speaker(x)] : [speaker(x)])));
    }).catch(() => { /* the list says what went wrong */ });
  }
  mount(root, h('section', { class: 'view' }, form, top, status, list, more));
}
