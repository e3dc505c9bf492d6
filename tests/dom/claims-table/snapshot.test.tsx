import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimQueryRow } from '../../../src/core/query';
import {
  decodeSnapshot,
  decodeSnapshotHead,
  encodeSnapshot,
  encodeSnapshotHead,
  snapshotHeadRows,
} from '../../../src/renderer/src/features/claims/table/snapshotCodec';
import {
  readSnapshot,
  writeSnapshot,
} from '../../../src/renderer/src/features/claims/table/snapshot';

const row = fc.record({
  id: fc.uuid(),
  text: fc.string({ unit: 'grapheme', maxLength: 40 }),
  sourceId: fc.constantFrom('s1', 's2'),
  sourceTitle: fc.constant(''),
  date: fc.constant(null),
  speakerId: fc.option(fc.constantFrom('sp1', 'sp2'), { nil: null }),
  speakerName: fc.constant(null),
  outletId: fc.option(fc.constantFrom('o1'), { nil: null }),
  outletName: fc.constant(null),
  status: fc.constantFrom('unverified', 'disputed', 'ünknown'),
  tags: fc.uniqueArray(fc.constantFrom('a', 'b', 'énergie'), { maxLength: 3 }),
  review: fc.constantFrom('suggested' as const, 'accepted' as const, 'rejected' as const),
  start: fc.nat({ max: 1_000_000 }),
});

const sources = new Map([
  ['s1', { id: 's1', title: 'Budget day', publishedAt: '2025-02-07', outletId: 'o1' }],
  ['s2', { id: 's2', title: 'Crisis “chain”', publishedAt: null, outletId: null }],
]);
const names: Record<string, string> = { sp1: 'Ilham Aliyev', sp2: 'Élise', o1: 'Caliber.Az' };

describe('table snapshot', () => {
  it('gives back the rows it was made from', () => {
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 30 }), (raw) => {
        const rows: ClaimQueryRow[] = raw.map((r) => ({
          ...r,
          sourceTitle: sources.get(r.sourceId)!.title,
          date: sources.get(r.sourceId)!.publishedAt,
          speakerName: r.speakerId ? names[r.speakerId]! : null,
          outletName: r.outletId ? names[r.outletId]! : null,
        }));
        const decoded = decodeSnapshot(encodeSnapshot(rows, sources))!;
        expect(decoded.rows).toEqual(rows);
        // The texts as the search index gets them: UTF-8 end to end, by byte offsets.
        const utf8 = new TextDecoder();
        rows.forEach((r, i) =>
          expect(
            utf8.decode(
              decoded.textBytes.subarray(decoded.textOffsets[i], decoded.textOffsets[i + 1]),
            ),
          ).toBe(r.text),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('refuses what it cannot read, and is stored per database', async () => {
    expect(decodeSnapshot(new ArrayBuffer(2))).toBeNull();
    // A header length beyond the end of the file, or blocks cut off (a truncated write).
    expect(decodeSnapshot(new Uint32Array([1_000]).buffer)).toBeNull();
    const whole = encodeSnapshot(
      [
        {
          id: 'c1',
          text: 'A claim',
          sourceId: 's1',
          sourceTitle: 'Budget day',
          date: '2025-02-07',
          speakerId: null,
          speakerName: null,
          outletId: null,
          outletName: null,
          status: 'unverified',
          tags: [],
          review: 'suggested',
          start: 3,
        },
      ],
      sources,
    );
    expect(decodeSnapshot(whole)!.rows).toHaveLength(1);
    expect(decodeSnapshot(whole.slice(0, whole.byteLength - 8))).toBeNull();
    expect(
      decodeSnapshot(new TextEncoder().encode('\u0004\u0000\u0000\u0000{"x"').buffer),
    ).toBeNull();
    const name = `snap-${crypto.randomUUID()}`;
    expect(await readSnapshot(name)).toBeNull();
    await writeSnapshot(name, encodeSnapshot([], sources), encodeSnapshotHead([]));
    expect(decodeSnapshot((await readSnapshot(name))!)!.rows).toEqual([]);
  });

  it('keeps the first rows in a head of their own, and refuses a damaged one', () => {
    const rows: ClaimQueryRow[] = Array.from({ length: snapshotHeadRows + 5 }, (_, i) => ({
      id: `c${i}`,
      text: `Claim “${i}” — Ünïcode`,
      sourceId: 's1',
      sourceTitle: 'Budget day',
      date: '2025-02-07',
      speakerId: null,
      speakerName: null,
      outletId: 'o1',
      outletName: 'Caliber.Az',
      status: 'unverified',
      tags: i % 2 ? ['a'] : [],
      review: 'suggested',
      start: i * 10,
    }));
    const head = decodeSnapshotHead(encodeSnapshotHead(rows))!;
    expect(head.total).toBe(rows.length);
    expect(head.rows).toEqual(rows.slice(0, snapshotHeadRows));
    expect(decodeSnapshotHead(null)).toBeNull();
    expect(decodeSnapshotHead('{"format":3,"total":1,"rows":[{"id":1}]}')).toBeNull();
    expect(decodeSnapshotHead(encodeSnapshotHead(rows).slice(0, 100))).toBeNull();
    expect(
      decodeSnapshotHead(encodeSnapshotHead(rows).replace('"format":3', '"format":2')),
    ).toBeNull();
  });
});
