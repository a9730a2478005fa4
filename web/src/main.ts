/** The dashboard: a hash router over the views, and the store counts in the header. */
import { api } from './api.js';
import { mount } from './dom.js';
import { filtersOf, parseRoute } from './route.js';
import { analyzeView } from './views/analyze.js';
import { articleView } from './views/article.js';
import { articlesView } from './views/articles.js';
import { eventsView } from './views/events.js';
import { mapView } from './views/map.js';
import { networkView } from './views/network.js';
import { quotesView } from './views/quotes.js';

function render(): void {
  const main = document.getElementById('main')!;
  const route = parseRoute(location.hash);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#nav a')) {
    a.classList.toggle('active', a.dataset.view === route.view || (route.view === 'article' && a.dataset.view === 'articles'));
  }
  const f = filtersOf(route.params);
  main.dataset.route = location.hash; // lets tests tell the new view from the old
  switch (route.view) {
    case 'article': if (route.arg) { articleView(main, route.arg, route.params); break; } articlesView(main, route.params); break;
    case 'articles': articlesView(main, route.params); break;
    case 'quotes': quotesView(main, route.params); break;
    case 'network': networkView(main, f); break;
    case 'map': mapView(main, f); break;
    case 'analyze': analyzeView(main); break;
    default: eventsView(main, f);
  }
  window.scrollTo(0, 0);
}

function showStats(): void {
  api.stats().then((st) => {
    mount(document.getElementById('stats')!,
      `${st.articles.toLocaleString('en')} articles · ${st.events.toLocaleString('en')} events · ${st.quotes.toLocaleString('en')} quotes`);
  }).catch(() => { /* counts are decoration */ });
}

window.addEventListener('hashchange', () => { render(); });
render();
showStats();
