/** Caches keyed by objects (a lexicon, an analyzer, a weights object): one home for the get-or-make step. */

/** The value of `key` in `map`, made by `make` (and kept) when there is none. */
export function weakEntry<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
