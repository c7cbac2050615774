/**
 * The index's terms: MiniSearch's radix tree ({@link SearchableMap}), built only when a walk of it is first needed.
 *
 * Every question looks terms up by their exact form, and a plain `Map` answers that faster than the tree's walk down
 * its nodes. Only the typo fallback (`fuzzyGet`, evidence.ts) and prefix search walk the tree. Filling the tree was
 * ~0.3 s of a cold start at 20,000 articles (226,000 terms, one `Map` per node) and the snapshot's encoder walked it
 * again; a snapshot load filled it too. So the terms go into the `Map` alone, and the tree is built from them, in
 * the order they were set (the tree MiniSearch would have built, walked in the same order), the first time a method
 * that walks it is called. From then on both are kept: the `Map` for lookups, the tree for walks.
 *
 * @example
 * const terms = new TermMap<number>();
 * terms.set("waffenruh", 1).set("waffenstillstand", 2);
 * terms.get("waffenruh"); // 1: no tree yet
 * terms.fuzzyGet("waffenruhe", 1); // builds the tree, then walks it
 */
import SearchableMap from "minisearch/SearchableMap";

export class TermMap<T> extends SearchableMap<T> {
  readonly #flat = new Map<string, T>();
  #treeBuilt = false;

  /** Whether the radix tree has been built (by a walk, or {@link buildTree}). */
  get treeBuilt(): boolean {
    return this.#treeBuilt;
  }

  /** Builds the radix tree now (e.g. while a bot is idle), so that the first walk does not wait for it. */
  buildTree(): void {
    if (this.#treeBuilt) return;
    this.#treeBuilt = true;
    for (const [key, value] of this.#flat) super.set(key, value);
  }

  /** Every term with its value in the order the terms were first set (no tree walk). */
  inInsertionOrder(): IterableIterator<[string, T]> {
    return this.#flat.entries();
  }

  override get(key: string): T | undefined {
    return this.#flat.get(key);
  }

  override has(key: string): boolean {
    return this.#flat.has(key);
  }

  override get size(): number {
    return this.#flat.size;
  }

  override set(key: string, value: T): this {
    this.#flat.set(key, value);
    if (this.#treeBuilt) super.set(key, value);
    return this;
  }

  override delete(key: string): void {
    this.#flat.delete(key);
    if (this.#treeBuilt) super.delete(key);
  }

  override clear(): void {
    this.#flat.clear();
    super.clear();
  }

  override update(key: string, fn: (value: T | undefined) => T): this {
    return this.set(key, fn(this.#flat.get(key)));
  }

  override fetch(key: string, initial: () => T): T {
    let value = this.#flat.get(key);
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
