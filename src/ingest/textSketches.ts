/**
 * Bottom-k sketches of the corpus files' word shingles, to find the files that may hold the same text as a new
 * article without reading every file: files sharing several of the smallest hash values are the candidates, then
 * confirmed on their exact shingles (store.ts).
 */
import { shingles } from "../analysis/similarity.js";

/** Hash values kept per article (bottom-k sketch) and the smallest of them indexed to find candidates. */
const SKETCH = 128;
const INDEXED = 32;
/** Shared indexed values that make a file a candidate, and the most candidates read. */
const MIN_SHARED = 3;
const MAX_CANDIDATES = 20;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function sketchOf(set: ReadonlySet<string>): number[] {
  return Array.from(new Set(Array.from(set, fnv1a)))
    .sort((a, b) => a - b)
    .slice(0, SKETCH);
}

export class TextSketches {
  private readonly sketches = new Map<string, number[]>();
  private readonly byHash = new Map<number, Set<string>>();

  /** The files sketched. */
  names(): string[] {
    return [...this.sketches.keys()];
  }

  has(name: string): boolean {
    return this.sketches.has(name);
  }

  /** Sketches a file's text (its body, without the date marker). */
  remember(name: string, text: string): void {
    this.forget(name);
    const sketch = sketchOf(shingles(text));
    this.sketches.set(name, sketch);
    for (const h of sketch.slice(0, INDEXED)) {
      const files = this.byHash.get(h) ?? new Set<string>();
      files.add(name);
      this.byHash.set(h, files);
    }
  }

  forget(name: string): void {
    const sketch = this.sketches.get(name);
    if (!sketch) return;
    for (const h of sketch.slice(0, INDEXED)) this.byHash.get(h)?.delete(name);
    this.sketches.delete(name);
  }

  /** Files that may hold the same text as `mine` (its shingles), the most shared values first. */
  candidates(mine: ReadonlySet<string>): string[] {
    const counts = new Map<string, number>();
    for (const h of sketchOf(mine).slice(0, INDEXED)) {
      for (const file of this.byHash.get(h) ?? []) counts.set(file, (counts.get(file) ?? 0) + 1);
    }
    return [...counts.entries()]
      .filter(([, n]) => n >= MIN_SHARED)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_CANDIDATES)
      .map(([file]) => file);
  }
}
