/**
 * The one cache of the rules module. Every result it keeps is frozen and shared between calls (a
 * ParameterUse, a check, a translated text …), keyed by what it depends on: a date, a locale, an id, or a
 * combination of a few yes/no answers — never a person. When a cache grows past its limit it forgets
 * everything at once, which keeps the hot path to a single lookup.
 */
export class Memo<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit = 4096) {}

  /** The value kept for `key`, or undefined. */
  get(key: K): V | undefined {
    return this.map.get(key);
  }

  /** Keeps `value` for `key` and returns it. */
  set(key: K, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }

  /** The value for `key`, computed by `make` the first time. */
  getOr(key: K, make: (key: K) => V): V {
    const v = this.map.get(key);
    return v !== undefined ? v : this.set(key, make(key));
  }

  get size(): number {
    return this.map.size;
  }
}

/** `fn` with its results kept per key (a pure function of one key). */
export function memoize<K, V>(fn: (key: K) => V, limit?: number): (key: K) => V {
  const memo = new Memo<K, V>(limit);
  return (key) => memo.getOr(key, fn);
}
