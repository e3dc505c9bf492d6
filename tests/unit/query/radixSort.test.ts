import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxRadixKey, sortByKeyStable } from '../../../src/core/query/radixSort';
import { maxBucket } from '../../../src/core/query/relevance';

describe('sortByKeyStable', () => {
  it('orders by key, keeping the given order between equal keys, as a stable sort would', () => {
    fc.assert(
      fc.property(
        // Keys from a few values (many ties) or the whole range (both digits at work).
        fc.oneof(
          fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 300 }),
          fc.array(fc.integer({ min: 0, max: maxRadixKey }), { maxLength: 300 }),
        ),
        fc.integer({ min: 0, max: 10 }),
        (keyList, unused) => {
          // Room past `count` in the arrays must be ignored.
          const keys = Uint32Array.from([...keyList, ...Array<number>(unused).fill(0)]);
          const items = Int32Array.from(keys, (_, i) => i * 3 + 1);
          const expected = keyList
            .map((key, i) => ({ key, item: i * 3 + 1 }))
            .sort((a, b) => a.key - b.key) // Array.prototype.sort is stable
            .map((entry) => entry.item);
          expect(Array.from(sortByKeyStable(keys, items, keyList.length))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('covers every relevance bucket the claims table sorts by', () => {
    expect(maxBucket).toBeLessThanOrEqual(maxRadixKey);
  });

  it('sorts keys that differ only in the high digit', () => {
    const keys = Uint32Array.from([3 << 13, 1 << 13, 2 << 13, 1 << 13]);
    const items = Int32Array.from([0, 1, 2, 3]);
    expect(Array.from(sortByKeyStable(keys, items, 4))).toEqual([1, 3, 2, 0]);
  });
});
