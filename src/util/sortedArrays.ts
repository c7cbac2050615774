/** Binary search over an ascending array (numbers, or strings in code-unit order). */

/**
 * Index of the first entry of the ascending `values` that is ≥ `at`: `values.length` when none is.
 *
 * @example
 * firstAtOrAfter(Int32Array.of(2, 5, 9), 5) // → 1
 * firstAtOrAfter(["ab", "ba", "ca"], "b") // → 1
 */
export function firstAtOrAfter<T extends number | string>(values: ArrayLike<T>, at: T): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
