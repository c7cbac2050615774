/**
 * The index's terms: MiniSearch's radix tree ({@link SearchableMap}), built only when a walk of it is first needed.
 *
 * Every question looks terms up by their exact form, and a `Map` answers that faster than the tree's walk down its
 * nodes. Only the typo fallback (`fuzzyGet`, evidence.ts) and prefix search walk the tree. Filling the tree was
 * ~0.3 s of a cold start at 20,000 articles (226,000 terms, one `Map` per node) and the snapshot's encoder walked it
 * again; a snapshot load filled it too. So the terms are numbered in a `Map` (term → slot, values by slot: the index
 * builder hands over the numbering it made anyway, {@link fromNumbered}), and the tree is filled from them the first
 * time a method that walks it is called. A map made {@link fromNumbered} (a built or loaded index) fills it in slot
 * order grouped by the terms' first two characters (each insertion then follows a path the one before warmed: about
 * twice as fast); a fresh index and its snapshot loaded have the same slots, so they build the same tree. A map filled
 * term by term fills it in the order of setting, as MiniSearch's own tree would be. From then on both are kept: the
 * `Map` for lookups, the tree for walks.
 *
 * @example
 * const terms = new TermMap<number>();
 * terms.set("waffenruh", 1).set("waffenstillstand", 2);
 * terms.get("waffenruh"); // 1: no tree yet
 * terms.fuzzyGet("waffenruhe", 1); // builds the tree, then walks it
 */
import SearchableMap from "minisearch/SearchableMap";

export class TermMap<T> extends SearchableMap<T> {
  /** Term → slot in {@link #keys} and {@link #values}. */
  #slots: Map<string, number>;
  /** Per slot: its term, or undefined once deleted (slots are not reused: the order stays the order of setting). */
  #keys: Array<string | undefined>;
  #values: Array<T | undefined>;
  /** Fill the tree grouped by leading pair ({@link fromNumbered}), else in slot order. */
  #grouped = false;
  #treeBuilt = false;

  constructor() {
    super();
    this.#slots = new Map();
    this.#keys = [];
    this.#values = [];
  }

  /**
   * The terms numbered already: `slots` maps each term to its slot in `keys` and `values` (0, 1, 2 … in that order).
   * All three are taken over, not copied.
   */
  static fromNumbered<T>(slots: Map<string, number>, keys: string[], values: T[]): TermMap<T> {
    if (slots.size !== keys.length || values.length !== keys.length) throw new Error("TermMap.fromNumbered: slots, keys and values differ in length");
    const map = new TermMap<T>();
    map.#slots = slots;
    map.#keys = keys;
    map.#values = values;
    map.#grouped = true;
    return map;
  }

  /** Whether the radix tree has been built (by a walk, or {@link buildTree}). */
  get treeBuilt(): boolean {
    return this.#treeBuilt;
  }

  /** Builds the radix tree now (e.g. while a bot is idle), so that the first walk does not wait for it. */
  buildTree(): void {
    if (this.#treeBuilt) return;
    this.#treeBuilt = true;
    if (this.#grouped) for (const slot of groupedByLeadingPair(this.#keys)) super.set(this.#keys[slot]!, this.#values[slot]!);
    else for (const [key, value] of this.inSlotOrder()) super.set(key, value);
  }

  /** Every term with its value in slot order: the order the terms were first set (no tree walk). */
  *inSlotOrder(): IterableIterator<[string, T]> {
    const keys = this.#keys;
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot];
      if (key !== undefined) yield [key, this.#values[slot]!];
    }
  }

  override get(key: string): T | undefined {
    const slot = this.#slots.get(key);
    return slot === undefined ? undefined : this.#values[slot];
  }

  override has(key: string): boolean {
    return this.#slots.has(key);
  }

  override get size(): number {
    return this.#slots.size;
  }

  override set(key: string, value: T): this {
    const slot = this.#slots.get(key);
    if (slot !== undefined) this.#values[slot] = value;
    else {
      this.#slots.set(key, this.#keys.length);
      this.#keys.push(key);
      this.#values.push(value);
    }
    if (this.#treeBuilt) super.set(key, value);
    return this;
  }

  override delete(key: string): void {
    const slot = this.#slots.get(key);
    if (slot === undefined) return;
    this.#slots.delete(key);
    this.#keys[slot] = undefined;
    this.#values[slot] = undefined;
    if (this.#treeBuilt) super.delete(key);
  }

  override clear(): void {
    this.#slots.clear();
    this.#keys = [];
    this.#values = [];
    super.clear();
  }

  override update(key: string, fn: (value: T | undefined) => T): this {
    return this.set(key, fn(this.get(key)));
  }

  override fetch(key: string, initial: () => T): T {
    let value = this.get(key);
    if (value === undefined) {
      value = initial();
      this.set(key, value);
    }
    return value;
  }

  override atPrefix(prefix: string): SearchableMap<T> {
    this.buildTree();
    return super.atPrefix(prefix);
  }

  override fuzzyGet(key: string, maxEditDistance: number): ReturnType<SearchableMap<T>["fuzzyGet"]> {
    this.buildTree();
    return super.fuzzyGet(key, maxEditDistance);
  }

  override entries(): ReturnType<SearchableMap<T>["entries"]> {
    this.buildTree();
    return super.entries();
  }

  override keys(): ReturnType<SearchableMap<T>["keys"]> {
    this.buildTree();
    return super.keys();
  }

  override values(): ReturnType<SearchableMap<T>["values"]> {
    this.buildTree();
    return super.values();
  }
}

/** Buckets of {@link groupedByLeadingPair}: two characters' low bytes (German letters, umlauts and ß are below 256). */
const LEADING_PAIRS = 1 << 16;

/**
 * The live slots grouped by their term's first two characters, in slot order within a group (a counting sort,
 * linear): the radix tree takes its terms about twice as fast in this order as in the order they were first set,
 * because each insertion walks a path the last one warmed. A full sort costs more than it saves.
 */
function groupedByLeadingPair(keys: ReadonlyArray<string | undefined>): Int32Array {
  const pair = (t: string) => ((t.charCodeAt(0) & 0xff) << 8) | (t.length > 1 ? t.charCodeAt(1) & 0xff : 0);
  const starts = new Int32Array(LEADING_PAIRS + 1);
  let live = 0;
  for (const key of keys) {
    if (key === undefined) continue;
    starts[pair(key) + 1]!++;
    live++;
  }
  for (let k = 0; k < LEADING_PAIRS; k++) starts[k + 1]! += starts[k]!;
  const order = new Int32Array(live);
  keys.forEach((key, slot) => {
    if (key !== undefined) order[starts[pair(key)]!++] = slot;
  });
  return order;
}
