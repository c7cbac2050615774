/**
 * Pages of even size. Greedy filling up to a limit gives the fewest pages but a short last page ("a full page,
 * a full page, three lines"); here the fewest pages are found first, then the smallest limit that still needs no
 * more pages (binary search), and the items are filled up to that limit. Every page but the last is then close to
 * total / pages, and no page is longer than with plain greedy filling.
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

/** Item indices per page: as few pages as filling up to `limit` gives, each about the same length. */
export function evenPages(count: number, opts: PagingOptions): number[][] {
  const greedy = fill(count, opts.limit, opts);
  if (greedy.length < 2) return greedy;
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
