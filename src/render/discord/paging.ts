/**
 * Pages of even size. Greedy filling up to a limit gives the fewest pages but a short last page ("a full page,
 * a full page, three lines"). Here the fewest pages are found first (greedy), then page k ends at the item
 * boundary closest to k/n of the total length, so the pages come out about equally long. Should that break a
 * page's limit (items of very different sizes), the smallest limit that still needs no more pages is filled
 * greedily instead (binary search): never longer than plain greedy filling.
 */

export interface PagingOptions {
  /** Characters a page may hold (a single larger item gets a page of its own). */
  limit: number;
  /** Length of item `i`, given whether it opens a page (a repeated month header, no separator before it). */
  sizeOf: (i: number, opensPage: boolean) => number;
  /** Characters every page has anyway (an intro line). */
  base?: number;
  /** Items a page may hold at most. */
  maxItems?: number;
}

function fill(count: number, limit: number, opts: PagingOptions): number[][] {
  const pages: number[][] = [];
  let current: number[] = [];
  let length = 0;
  for (let i = 0; i < count; i++) {
    const full = opts.maxItems !== undefined && current.length >= opts.maxItems;
    if (current.length > 0 && (full || length + opts.sizeOf(i, false) > limit)) {
      pages.push(current);
      current = [];
    }
    if (current.length === 0) length = (opts.base ?? 0) + opts.sizeOf(i, true);
    else length += opts.sizeOf(i, false);
    current.push(i);
  }
  if (current.length > 0) pages.push(current);
  return pages;
}

function pageLength(page: readonly number[], opts: PagingOptions): number {
  return page.reduce((sum, i, k) => sum + opts.sizeOf(i, k === 0), opts.base ?? 0);
}

/** Breaks at the boundaries closest to k/n of the running length; undefined when a page would not fit. */
function balanced(count: number, pages: number, opts: PagingOptions): number[][] | undefined {
  const cumulative = [0];
  for (let i = 0; i < count; i++) cumulative.push(cumulative[i]! + opts.sizeOf(i, false));
  const total = cumulative[count]!;
  const starts = [0];
  for (let k = 1; k < pages; k++) {
    const target = (k * total) / pages;
    const lowest = starts[k - 1]! + 1;
    const highest = count - (pages - k);
    let best = lowest;
    for (let i = lowest; i <= highest; i++) if (Math.abs(cumulative[i]! - target) < Math.abs(cumulative[best]! - target)) best = i;
    starts.push(best);
  }
  const result = starts.map((start, k) => Array.from({ length: (starts[k + 1] ?? count) - start }, (_, j) => start + j));
  const fits = result.every((page) => pageLength(page, opts) <= opts.limit && (opts.maxItems === undefined || page.length <= opts.maxItems));
  return fits ? result : undefined;
}

/** Item indices per page: as few pages as filling up to `limit` gives, each about the same length. */
export function evenPages(count: number, opts: PagingOptions): number[][] {
  const greedy = fill(count, opts.limit, opts);
  if (greedy.length < 2) return greedy;
  const even = balanced(count, greedy.length, opts);
  if (even) return even;
  let total = opts.base ?? 0;
  for (let i = 0; i < count; i++) total += opts.sizeOf(i, i === 0);
  let lo = Math.max(1, Math.floor(total / greedy.length));
  let hi = opts.limit;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fill(count, mid, opts).length <= greedy.length) hi = mid;
    else lo = mid + 1;
  }
  return fill(count, hi, opts);
}
