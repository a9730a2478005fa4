/** Article search: full text, date range, newest first. */
import { api, type ArticleSummary } from '../api.js';
import { h, mount } from '../dom.js';
import { go, href } from '../route.js';
import { pagedList } from './paged.js';

export function articlesView(root: HTMLElement, params: URLSearchParams): void {
  const q = params.get('q') ?? '', since = params.get('since') ?? '', until = params.get('until') ?? '';
  const form = h('form', { class: 'filters' },
    h('label', {}, 'Search', h('input', { name: 'q', value: q, size: 30, placeholder: 'words in title or text' })),
    h('label', {}, 'From', h('input', { name: 'since', type: 'date', value: since })),
    h('label', {}, 'To', h('input', { name: 'until', type: 'date', value: until })),
    h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const d = new FormData(form);
    const p: Record<string, string> = {};
    for (const [k, v] of d.entries()) if (typeof v === 'string' && v.trim()) p[k] = v.trim();
    go('articles', null, p);
  });
  const list = h('ol', { class: 'article-list' });
  const item = (a: ArticleSummary) => h('li', {},
    h('a', { href: href('article', a.id) }, a.title ?? '(untitled)'), ' ',
    h('span', { class: 'muted small' }, `${a.published ?? 'undated'} · ${a.source.url ?? a.source.path ?? a.source.format}`));
  const { status, more } = pagedList({
    list, item, noun: ['article', 'articles'],
    fetch: (cursor) => api.articles({ q: q || undefined, since: since || undefined, until: until || undefined, cursor, limit: 50 }),
  });
  mount(root, h('section', { class: 'view' }, form, status, list, more));
}
