import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyClaimQuery,
  ClaimQueryEngine,
  emptyClaimQuery,
  queryFields,
  sortKeys,
  type ClaimQuery,
  type ClaimQueryRow,
} from '../../../src/core/query';
import { queryArb, rowArb, statuses } from './arbitraries';

const statusOrder = statuses.slice(0, 4);

const rowsOf = (n: number): ClaimQueryRow[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    text: 't',
    sourceId: 's',
    sourceTitle: 'S',
    date: null,
    speakerId: null,
    speakerName: null,
    outletId: null,
    outletName: null,
    status: 'unverified',
    tags: [],
    review: 'suggested',
    start: i,
  }));

/** Relevance for some of the rows, as the search index would give it. */
const searchFor = (rows: ClaimQueryRow[], seed: number) =>
  new Map(
    rows
      .filter((_, i) => (i * 7 + seed) % 3 !== 0)
      .map((r, i) => [r.id, ((i * 13 + seed) % 5) / 4]),
  );

function engineIds(
  engine: ClaimQueryEngine,
  query: ClaimQuery,
  search: Map<string, number> | null,
) {
  let scores: Float64Array | null = null;
  if (search) {
    scores = new Float64Array(engine.capacity).fill(NaN);
    for (const [id, score] of search) {
      const slot = engine.slotOf(id);
      if (slot !== undefined) scores[slot] = score;
    }
  }
  return Array.from(engine.run(query, scores).slots, (slot) => engine.row(slot)!.id);
}

const pureIds = (rows: ClaimQueryRow[], query: ClaimQuery, search: Map<string, number> | null) =>
  applyClaimQuery(rows, query, { search, statusOrder }).map((r) => r.id);

describe('ClaimQueryEngine', () => {
  it('answers every query as applyClaimQuery does', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArb, { selector: (r) => r.id, maxLength: 40 }),
        fc.array(queryArb, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (rows, queries, withSearch) => {
          const engine = new ClaimQueryEngine(rows, { statusOrder });
          for (const query of queries) {
            const search = withSearch ? searchFor(rows, queries.indexOf(query)) : null;
            expect(engineIds(engine, query, search)).toEqual(pureIds(rows, query, search));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stays right while rows change, are added and removed between queries', () => {
    const stepArb = fc.oneof(
      fc.record({ kind: fc.constant('upsert' as const), rows: fc.array(rowArb, { maxLength: 3 }) }),
      fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), row: rowArb }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('query' as const), query: queryArb }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArb, { selector: (r) => r.id, maxLength: 30 }),
        fc.array(stepArb, { maxLength: 12 }),
        queryArb,
        (initial, steps, finalQuery) => {
          const engine = new ClaimQueryEngine(initial, { statusOrder });
          const model = new Map(initial.map((r) => [r.id, r]));
          // Warm the cached orders so that later changes patch them, and what warm() builds.
          engine.warm();
          engine.run({ ...emptyClaimQuery, sort: finalQuery.sort });
          engine.run(emptyClaimQuery);
          for (const step of steps) {
            if (step.kind === 'upsert') {
              engine.upsert(step.rows);
              for (const r of step.rows) model.set(r.id, r);
            } else if (step.kind === 'edit' && model.size > 0) {
              const id = [...model.keys()][step.at % model.size]!;
              const changed = { ...step.row, id };
              engine.upsert([changed]);
              model.set(id, changed);
            } else if (step.kind === 'remove' && model.size > 0) {
              const id = [...model.keys()][step.at % model.size]!;
              engine.remove([id]);
              model.delete(id);
            } else if (step.kind === 'query') {
              expect(engineIds(engine, step.query, null)).toEqual(
                pureIds([...model.values()], step.query, null),
              );
            }
          }
          expect(engine.size).toBe(model.size);
          const rows = [...model.values()];
          const search = searchFor(rows, 1);
          expect(engineIds(engine, finalQuery, search)).toEqual(pureIds(rows, finalQuery, search));
          expect(engineIds(engine, finalQuery, null)).toEqual(pureIds(rows, finalQuery, null));
          // Sorts first asked for now start from what was kept since the warm-up (the tie order).
          for (const key of sortKeys)
            for (const dir of ['asc', 'desc'] as const) {
              const sorted = { ...emptyClaimQuery, sort: { key, dir } };
              expect(engineIds(engine, sorted, null)).toEqual(pureIds(rows, sorted, null));
            }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('replaces all rows at once as a fresh engine would hold them', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArb, { selector: (r) => r.id, maxLength: 30 }),
        fc.uniqueArray(rowArb, { selector: (r) => r.id, maxLength: 30 }),
        queryArb,
        (first, second, query) => {
          const engine = new ClaimQueryEngine(first, { statusOrder });
          engine.run(query);
          engine.replaceAll(second);
          expect(engine.size).toBe(second.length);
          expect(engineIds(engine, query, null)).toEqual(pureIds(second, query, null));
          // Rows handed over in the default order (as the snapshot stores them) need no sort.
          const ordered = engine.inDefaultOrder();
          const again = new ClaimQueryEngine([], { statusOrder });
          again.replaceAll(ordered, { key: 'date', dir: 'desc' });
          expect(engineIds(again, query, null)).toEqual(pureIds(second, query, null));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('orders by date even while the rows of a source disagree on its date', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArb, { selector: (r) => r.id, minLength: 2, maxLength: 30 }),
        fc.constantFrom('asc' as const, 'desc' as const),
        (rows, dir) => {
          // One row of a source already carries the source's new date, the others not yet.
          const skewed = rows.map((r, i) => (i === 0 ? { ...r, date: '2030-01-01' } : r));
          const engine = new ClaimQueryEngine(skewed, { statusOrder });
          const query = { ...emptyClaimQuery, sort: { key: 'date' as const, dir } };
          expect(engineIds(engine, query, null)).toEqual(pureIds(skewed, query, null));
        },
      ),
    );
  });

  it('says which fields changed, and a query not using them keeps its result', () => {
    const groups: (keyof ClaimQueryRow)[][] = [
      ['status'],
      ['review'],
      ['tags'],
      ['speakerId', 'speakerName'],
      ['outletId', 'outletName'],
      ['text'],
    ];
    let kept = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArb, { selector: (r) => r.id, minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), rowArb, fc.nat({ max: groups.length - 1 })), {
          minLength: 1,
          maxLength: 3,
        }),
        queryArb,
        (rows, edits, query) => {
          const engine = new ClaimQueryEngine(rows, { statusOrder });
          const before = engineIds(engine, query, null);
          const version = engine.version;
          for (const [at, other, group] of edits) {
            const row = engine.get(rows[at % rows.length]!.id)!;
            const changed = { ...row };
            for (const field of groups[group]!) Object.assign(changed, { [field]: other[field] });
            engine.upsert([changed]);
          }
          const changed = engine.changedSince(version);
          expect(changed).not.toBe('all');
          const used = queryFields(query);
          if ([...(changed as Set<keyof ClaimQueryRow>)].every((f) => !used.has(f))) {
            kept++;
            expect(engineIds(engine, query, null)).toEqual(before);
          }
        },
      ),
      { numRuns: 400 },
    );
    expect(kept).toBeGreaterThan(50);
    const engine = new ClaimQueryEngine([], { statusOrder });
    const v = engine.version;
    engine.upsert(rowsOf(1));
    expect(engine.changedSince(v)).toBe('all');
  });

  it('changes the order when the status vocabulary is reordered', () => {
    const rows: ClaimQueryRow[] = ['unverified', 'disputed'].map((status, i) => ({
      id: `c${i}`,
      text: 't',
      sourceId: 's',
      sourceTitle: 'S',
      date: null,
      speakerId: null,
      speakerName: null,
      outletId: null,
      outletName: null,
      status,
      tags: [],
      review: 'suggested',
      start: i,
    }));
    const engine = new ClaimQueryEngine(rows, { statusOrder: ['unverified', 'disputed'] });
    const bySort = { ...emptyClaimQuery, sort: { key: 'status' as const, dir: 'asc' as const } };
    expect(engineIds(engine, bySort, null)).toEqual(['c0', 'c1']);
    engine.setStatusOrder(['disputed', 'unverified']);
    expect(engineIds(engine, bySort, null)).toEqual(['c1', 'c0']);
  });

  it('answers a filter over 100,000 rows (timings are the benchmark’s business)', () => {
    const rows: ClaimQueryRow[] = Array.from({ length: 100_000 }, (_, i) => ({
      id: `claim-${i}`,
      text: `words ${i % 977}`,
      sourceId: `src-${i % 5000}`,
      sourceTitle: `Source ${i % 5000}`,
      date: `2025-${String((i % 12) + 1).padStart(2, '0')}-01`,
      speakerId: `sp-${i % 2500}`,
      speakerName: `Speaker ${i % 2500}`,
      outletId: `out-${i % 150}`,
      outletName: `Outlet ${i % 150}`,
      status: statuses[i % 4]!,
      tags: i % 3 ? [] : ['energy'],
      review: 'suggested',
      start: i,
    }));
    const engine = new ClaimQueryEngine(rows, { statusOrder });
    engine.run(emptyClaimQuery);
    const result = engine.run({ ...emptyClaimQuery, statuses: ['disputed'], tags: ['energy'] });
    expect(result.slots.length).toBe(8333);
    expect(result.total).toBe(100_000);
    engine.upsert([{ ...rows[6]!, status: 'refuted' }]);
    expect(
      engine.run({ ...emptyClaimQuery, statuses: ['disputed'], tags: ['energy'] }).slots.length,
    ).toBe(8332);
  });
});
