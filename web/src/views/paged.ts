/** A list filled a page at a time from a cursor-paged API call, with a count and a "Load more" button. */
import type { Page } from '../api.js';
import { h, mount } from '../dom.js';
import { errorBox } from './filters.js';

export interface PagedList<T> {
  /** One page from the API, after the cursor (null: the first). */
  readonly fetch: (cursor: string | null) => Promise<Page<T>>;
  readonly item: (x: T) => HTMLElement;
  /** What the items are, singular and plural ("article", "articles"). */
  readonly noun: readonly [string, string];
  readonly list: HTMLElement;
  readonly statusId?: string;
}

/** The status line and "Load more" button of a paged list (to mount beside it), loading its first page. */
export function pagedList<T>(p: PagedList<T>): { status: HTMLElement; more: HTMLElement } {
  const status = h('p', { class: 'muted', ...(p.statusId ? { id: p.statusId } : {}) }, 'Loading…');
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Load more');
  let cursor: string | null = null, n = 0;
  const page = () => p.fetch(cursor)
    .then((res) => {
      for (const x of res.items) p.list.append(p.item(x));
      n += res.items.length; cursor = res.next; more.hidden = !cursor;
      mount(status, n ? `${n} ${n === 1 ? p.noun[0] : p.noun[1]}${cursor ? ', more below' : ''}.` : `No ${p.noun[1]} match.`);
    }).catch((err) => mount(status, errorBox(err)));
  more.addEventListener('click', () => void page());
  void page();
  return { status, more };
}
