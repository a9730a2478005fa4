/** The hash route: #/view/arg?filters. Filters live in the URL so views can be shared. */
import { FILTER_KEYS, type Filters } from './api.js';

export interface Route { view: string; arg: string | null; params: URLSearchParams }

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const [view = 'events', ...rest] = path.split('/');
  return { view: view || 'events', arg: rest.length ? decodeURIComponent(rest.join('/')) : null, params: new URLSearchParams(query) };
}

export function filtersOf(params: URLSearchParams): Filters {
  const f: Filters = {};
  for (const k of FILTER_KEYS) { const v = params.get(k); if (v) f[k] = v; }
  return f;
}

export function href(view: string, arg?: string | null, params?: Record<string, string | number | undefined>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== '') u.set(k, String(v));
  const q = u.toString();
  return `#/${view}${arg ? '/' + encodeURIComponent(arg) : ''}${q ? '?' + q : ''}`;
}

export function go(view: string, arg?: string | null, params?: Record<string, string | number | undefined>): void {
  location.hash = href(view, arg, params);
}
