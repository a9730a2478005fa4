/**
 * Resolve toponym mentions to gazetteer places in two passes: first each on its own (prior
 * plus "Place, Region" adjacency), then again with the article's context, the countries
 * and regions the other mentions and the dateline point to. Mentions of the same name share
 * one sense in an article ("Paris, Texas ... Paris").
 */
import type { Place } from '../../document/layers.js';
import type { Candidate, Gazetteer, GazetteerEntry, LookupHints, NearPoint } from '../../knowledge/gazetteer/index.js';
import type { Mention } from './mentions.js';

export interface ResolveOptions {
  /** Place name of the article's dateline ("MOSCOW"), if any. */
  readonly datelinePlace?: string | null;
}

interface Votes { country: Map<string, number>; region: Map<string, number> }

function add(m: Map<string, number>, k: string, w: number): void {
  m.set(k, (m.get(k) ?? 0) + w);
}

/** What one resolved mention says about the article's countries and regions. */
function voteOf(c: Candidate, next: Candidate | undefined, margin: number): Votes {
  const e = c.entry;
  const w = e.kind === 'city' && next && c.score - next.score < margin ? 0.5 : 1;
  const v: Votes = { country: new Map(), region: new Map() };
  if (e.kind === 'continent') return v;
  v.country.set(e.country, w);
  if (e.admin1 !== null) v.region.set(`${e.country}.${e.admin1}`, w);
  return v;
}

function contextWithout(total: Votes, own: Votes | null): Map<string, number> {
  const ctx = new Map<string, number>();
  for (const [kind, m] of [['c', total.country], ['r', total.region]] as const) {
    let max = 0;
    const vals = new Map<string, number>();
    for (const [k, w] of m) {
      const v = w - ((kind === 'c' ? own?.country.get(k) : own?.region.get(k)) ?? 0);
      if (v > 1e-9) { vals.set(k, v); if (v > max) max = v; }
    }
    for (const [k, v] of vals) ctx.set(k, v / max);
  }
  return ctx;
}

function hintsFromQualifier(q: GazetteerEntry | undefined): { countryHint?: string; regionHint?: string } {
  if (!q) return {};
  if (q.kind === 'region' && q.admin1 !== null) return { countryHint: q.country, regionHint: `${q.country}.${q.admin1}` };
  return { countryHint: q.country };
}

/** Resolve mentions (sorted, as findMentions gives them) to Place items, dropping those that do not resolve. */
export function resolveMentions(text: string, mentions: readonly Mention[], gaz: Gazetteer, options: ResolveOptions = {}): Place[] {
  const cx = gaz.settings.context;
  const n = mentions.length;
  // The qualifier of each mention, resolved on its own first (regions and countries resolve well alone).
  const qualifierOf = new Map<number, GazetteerEntry>();
  for (let i = 0; i < n; i++) {
    const q = mentions[i]!.qualifies;
    if (q === undefined) continue;
    const top = gaz.lookupKey(mentions[i]!.key, { allowAbbreviations: true })[0];
    if (top) qualifierOf.set(q, top.entry);
  }
  // Adjacency hints are shared by every mention of the same name.
  const keyHints = new Map<string, { countryHint?: string; regionHint?: string }>();
  for (const [i, q] of qualifierOf) keyHints.set(mentions[i]!.key, hintsFromQualifier(q));
  // "Kan." or "Tex." is a state however it was found; "Kan" alone may be a town.
  const abbreviationShaped = (m: Mention) => m.source === 'abbreviation' || /^\p{Lu}[\p{L}.]{0,5}\.$/u.test(m.text);
  const hintsOf = (i: number): LookupHints => ({
    ...(keyHints.get(mentions[i]!.key) ?? {}),
    allowAbbreviations: abbreviationShaped(mentions[i]!),
  });

  // A qualifier written as an abbreviation ("TOPEKA, KAN.") is the region it abbreviates, before any town of that name.
  const lookup = (i: number, hints: LookupHints): Candidate[] => {
    const c = gaz.lookupKey(mentions[i]!.key, hints);
    const m = mentions[i]!;
    if (m.source !== 'abbreviation' || m.qualifies === undefined) return c;
    const area = c.findIndex((x) => x.match === 'abbreviation' && x.entry.kind === 'region');
    return area > 0 ? [c[area]!, ...c.slice(0, area), ...c.slice(area + 1)] : c;
  };

  // Pass 1: each on its own.
  const first: (Candidate[] | null)[] = mentions.map((_m, i) => {
    const c = lookup(i, hintsOf(i));
    return c.length ? c : null;
  });
  const total: Votes = { country: new Map(), region: new Map() };
  const own: (Votes | null)[] = first.map((c) => (c ? voteOf(c[0]!, c[1], cx.confidentMargin) : null));
  for (const v of own) {
    if (!v) continue;
    for (const [k, w] of v.country) add(total.country, k, w);
    for (const [k, w] of v.region) add(total.region, k, w);
  }
  if (options.datelinePlace) {
    const d = gaz.resolveName(options.datelinePlace);
    if (d) {
      add(total.country, d.entry.country, cx.datelineCountry);
      if (d.entry.kind !== 'country' && d.entry.admin1 !== null) add(total.region, `${d.entry.country}.${d.entry.admin1}`, cx.datelineCountry);
    }
  }

  // Points of the other mentions' first-pass places, to prefer nearby candidates.
  const points: { key: string; p: NearPoint }[] = [];
  for (let i = 0; i < n; i++) {
    const c = first[i];
    if (!c || c[0]!.entry.kind === 'country' || c[0]!.entry.kind === 'continent' || c[0]!.match === 'demonym') continue;
    const e = c[0]!.entry;
    const confident = !c[1] || c[0]!.score - c[1].score >= cx.confidentMargin;
    points.push({ key: mentions[i]!.key, p: { lat: e.lat, lon: e.lon, weight: confident ? 1 : 0.5 } });
  }

  // Pass 2: with the article's context, one sense per name.
  const senseOfKey = new Map<string, Candidate>();
  const places: Place[] = [];
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!;
    if (!first[i]) continue;
    let best = senseOfKey.get(m.key);
    if (!best) {
      const sameKey: number[] = [];
      for (let k = 0; k < n; k++) if (mentions[k]!.key === m.key) sameKey.push(k);
      const ownVotes: Votes = { country: new Map(), region: new Map() };
      for (const k of sameKey) {
        const v = own[k];
        if (!v) continue;
        for (const [c, w] of v.country) add(ownVotes.country, c, w);
        for (const [r, w] of v.region) add(ownVotes.region, r, w);
      }
      const context = contextWithout(total, ownVotes);
      const near = points.filter((q) => q.key !== m.key).map((q) => q.p);
      best = lookup(i, { ...hintsOf(i), context, near })[0]!;
      senseOfKey.set(m.key, best);
    }
    const e = best.entry;
    const place: Place = {
      start: m.start, end: m.end, text: text.slice(m.start, m.end),
      lat: e.lat, lon: e.lon, country: e.country,
      ...(e.geonameid !== null ? { geonameid: e.geonameid } : {}),
      name: e.name, kind: best.match === 'demonym' ? 'demonym' : e.kind,
    };
    places.push(place);
  }
  return places;
}
