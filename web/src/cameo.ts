/** CAMEO event names, shipped as cameo.json by the build (from data/cameo/cameo.tsv). */
let names: Promise<Map<string, string>> | null = null;

async function load(): Promise<Map<string, string>> {
  try {
    const r = await fetch('cameo.json');
    if (!r.ok) return new Map();
    return new Map(Object.entries((await r.json()) as Record<string, string>));
  } catch {
    return new Map();
  }
}

export function cameoNames(): Promise<Map<string, string>> {
  if (!names) names = load();
  return names;
}

/** The name of a code, else of its nearest parent ("0431" → "043" → "04"). */
export function cameoName(map: Map<string, string>, code: string): string {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const n = map.get(c);
    if (n) return c === code ? n : `${n} (${code})`;
  }
  return '';
}
