/** The filter bar shared by the event table, network and map. */
import { api, type Filters } from '../api.js';
import { PLOVER_TYPES } from '../colors.js';
import { h } from '../dom.js';
import { go } from '../route.js';

export function filterBar(view: string, f: Filters): HTMLElement {
  const input = (name: keyof Filters, label: string, attrs: Record<string, string | number> = {}) =>
    h('label', {}, label, h('input', { name, value: f[name] ?? '', ...attrs }));
  const plover = h('select', { name: 'plover' }, h('option', { value: '' }, 'any'),
    ...PLOVER_TYPES.map((t) => h('option', { value: t, selected: f.plover === t }, t)));
  const actors = h('datalist', { id: 'actor-codes' });
  const form = h('form', { class: 'filters', 'aria-label': 'Event filters' },
    input('actor', 'Actor', { placeholder: 'RUS, USAGOV…', list: 'actor-codes', size: 10 }),
    input('cameo', 'CAMEO', { placeholder: '04', size: 5, inputmode: 'numeric' }),
    h('label', {}, 'PLOVER', plover),
    input('since', 'From', { type: 'date' }),
    input('until', 'To', { type: 'date' }),
    input('place', 'Place', { placeholder: 'Moscow or RUS', size: 10 }),
    input('minConfidence', 'Confidence ≥', { type: 'number', min: 0, max: 1, step: 0.05, placeholder: '0.6', class: 'narrow' }),
    h('button', { type: 'submit' }, 'Apply'),
    h('button', { type: 'button', class: 'secondary', onclick: () => go(view) }, 'Clear'),
    actors);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const params: Record<string, string> = {};
    for (const [k, v] of data.entries()) if (typeof v === 'string' && v.trim()) params[k] = v.trim();
    go(view, null, params);
  });
  // Actor suggestions load when first wanted, not with the page.
  const actorInput = form.querySelector<HTMLInputElement>('input[name=actor]')!;
  actorInput.addEventListener('focus', () => {
    api.actors(undefined, 200).then((r) => {
      for (const a of r.items) actors.append(h('option', { value: a.code }, `${a.name} (${a.events})`));
    }).catch(() => { /* suggestions are optional */ });
  }, { once: true });
  return form;
}

export function errorBox(err: unknown): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, err instanceof Error ? err.message : String(err));
}
