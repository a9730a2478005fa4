/** The paste box: analyse a new article (POST /api/analyze) and open it at once. */
import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { go } from '../route.js';
import { errorBox } from './filters.js';

export function analyzeView(root: HTMLElement): void {
  const text = h('textarea', { name: 'text', rows: 14, placeholder: 'Paste the text of a news article here…', id: 'paste-text' });
  const title = h('input', { name: 'title', placeholder: 'Title (optional)', size: 50 });
  const published = h('input', { name: 'published', type: 'date' });
  const url = h('input', { name: 'url', type: 'url', placeholder: 'https://… (instead of text)', size: 50 });
  const submit = h('button', { type: 'submit', id: 'analyze-submit' }, 'Analyse');
  const status = h('div', { id: 'analyze-status', 'aria-live': 'polite' });
  const form = h('form', { class: 'analyze' },
    h('label', { class: 'block' }, 'Article text', text),
    h('div', { class: 'row' }, h('label', {}, 'Title ', title), h('label', {}, 'Published ', published)),
    h('div', { class: 'row' }, h('label', {}, 'or a URL ', url)),
    h('div', { class: 'row' }, submit), status);
  mount(root, h('section', { class: 'view' }, h('h1', {}, 'Analyse an article'), form));

  api.meta().then((m) => {
    if (!m.allowIngest) {
      submit.disabled = true;
      mount(status, h('p', { class: 'muted' }, 'This server is read-only. Start it with dateline serve --allow-ingest to analyse new articles.'));
    }
  }).catch(() => { /* the POST will report */ });

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const useUrl = Boolean(url.value.trim()) && !text.value.trim();
    if (!useUrl && !text.value.trim()) { mount(status, errorBox('Paste some text or give a URL.')); return; }
    const body = useUrl
      ? { url: url.value.trim() }
      : { text: text.value, title: title.value.trim() || null, published: published.value || null };
    submit.disabled = true;
    mount(status, h('p', { class: 'muted' }, 'Analysing…'));
    api.analyze(body)
      .then((r) => go('article', r.id))
      .catch((err) => mount(status, errorBox(err)))
      .finally(() => { submit.disabled = false; });
  });
}
