/**
 * Values derived once from a loaded knowledge object (an index, a bit set, word sets) and
 * kept with it for as long as it lives. The object asked about last is answered without a
 * map lookup: a run almost always uses one knowledge base, and the hot paths ask per word.
 */
export function derivedFrom<K extends object, V>(build: (knowledge: K) => V): (knowledge: K) => V {
  const kept = new WeakMap<K, V>();
  let lastKey: K | null = null;
  let lastValue: V | null = null;
  return (knowledge) => {
    if (knowledge === lastKey) return lastValue!;
    let v = kept.get(knowledge);
    if (v === undefined) kept.set(knowledge, (v = build(knowledge)));
    lastKey = knowledge;
    lastValue = v;
    return v;
  };
}
