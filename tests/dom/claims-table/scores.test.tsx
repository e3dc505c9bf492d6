import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimQueryEngine, type ClaimQueryRow } from '../../../src/core/query';
import type { SearchHits } from '../../../src/renderer/src/lib/search';
import { scoreSlots, sourceWeight } from '../../../src/renderer/src/features/claims/table/scores';
import { rowArb, sourceIds } from '../../unit/query/arbitraries';

/** What scoreSlots promises, read straight from the engine's rows. */
function expected(engine: ClaimQueryEngine, hits: SearchHits): Float64Array {
  const out = new Float64Array(engine.capacity).fill(NaN);
  const best = Math.max(0, ...hits.claimScores) || 1;
  const bestSource = Math.max(0, ...hits.sourceScores) || 1;
  const own = new Map(
    Array.from(hits.claimSlots, (slot, i) => [slot, hits.claimScores[i]! / best]),
  );
  const bySource = new Map(
    hits.sourceIds.map((id, i) => [id, (sourceWeight * hits.sourceScores[i]!) / bestSource]),
  );
  for (const [slot, row] of engine.entries()) {
    const mine = own.get(slot);
    const source = bySource.get(row.sourceId);
    if (mine === undefined && source === undefined) continue;
    out[slot] = (mine ?? 0) + (source ?? 0);
  }
  return out;
}

const hitsFor = (slots: number[], scores: number[], sources: string[], sourceScores: number[]) =>
  ({
    q: 'x',
    claimSlots: Int32Array.from(slots),
    claimScores: Float32Array.from(scores),
    sourceIds: sources,
    sourceScores: Float32Array.from(sourceScores),
    complete: true,
    tookMs: 0,
  }) satisfies SearchHits;

describe('scoreSlots (relevance of every claim from the index’s answer)', () => {
  it('adds each matching source’s weight to its claims, after rows come, go and change source', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArb, { minLength: 1, maxLength: 30, selector: (r) => r.id }),
        fc.array(fc.nat(40), { maxLength: 15 }),
        fc.subarray(sourceIds),
        fc.array(fc.constantFrom(...sourceIds), { maxLength: 5 }),
        fc.nat(10),
        (rows, claimSlots, matchedSources, moves, removals) => {
          const engine = new ClaimQueryEngine(rows);
          const check = () => {
            const live = claimSlots.filter((slot) => slot < engine.capacity);
            const hits = hitsFor(
              live,
              live.map((_, i) => 1 + (i % 4)),
              matchedSources,
              matchedSources.map((_, i) => 2 + i),
            );
            const actual = scoreSlots(hits, engine);
            const wanted = expected(engine, hits);
            expect(actual.length).toBe(wanted.length);
            wanted.forEach((score, slot) => {
              if (Number.isNaN(score)) expect(actual[slot], `slot ${slot}`).toBeNaN();
              else expect(actual[slot], `slot ${slot}`).toBeCloseTo(score, 6);
            });
          };
          check();
          // Claims moved to other sources (the numbering must follow), then some removed.
          engine.upsert(
            moves.map((sourceId, i): ClaimQueryRow => ({ ...rows[i % rows.length]!, sourceId })),
          );
          check();
          engine.remove(rows.slice(0, removals).map((row) => row.id));
          check();
          engine.upsert([{ ...rows[0]!, id: 'new-claim', sourceId: sourceIds[1]! }]);
          check();
        },
      ),
      { numRuns: 200 },
    );
  });
});
