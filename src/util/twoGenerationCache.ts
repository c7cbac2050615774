/**
 * A bounded cache that forgets in halves: when the current generation is full it becomes the old one (the one before
 * is dropped), and a hit in the old generation moves back to the current. A vocabulary larger than the bound keeps
 * its frequent words cached instead of losing everything at once.
 *
 * @example
 *   const stems = new TwoGenerationCache<string>(2);
 *   stems.set("a", "1"); stems.set("b", "2");
 *   stems.set("c", "3");   // the generation {a, b} is full: it becomes the old one
 *   stems.get("a");        // "1", found in the old generation and moved back to the current one
 */
export class TwoGenerationCache<V> {
  private current = new Map<string, V>();
  private old = new Map<string, V>();
  constructor(private readonly size: number) {}

  get(key: string): V | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: string, value: V): void {
    if (this.current.size >= this.size) {
      this.old = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}
