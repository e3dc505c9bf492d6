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
  const spare = spareArrays(count);
  const out = new Int32Array(count);
  scatter(keys, items, count, 0, spare.keys, spare.items);
  scatter(spare.keys, spare.items, count, digitBits, null, out);
  return out;
}

/**
 * The middle pass's arrays, kept between sorts: a search answer sorts up to 100,000 rows, and
 * fresh arrays each time (800 KB) only feed the garbage collector, whose pauses then land on
 * other answers.
 */
let spare = { keys: new Uint32Array(0), items: new Int32Array(0) };

function spareArrays(count: number) {
  if (spare.keys.length < count) {
    const size = Math.max(count, spare.keys.length * 2);
    spare = { keys: new Uint32Array(size), items: new Int32Array(size) };
  }
  return spare;
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
