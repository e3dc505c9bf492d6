import { describe, expect, it } from 'vitest';
import {
  hostRoles,
  type HostMessage,
  type IndexProgress,
} from '../../../src/renderer/src/lib/search/protocol';
import { ShardMerger } from '../../../src/renderer/src/lib/search/shards';
import type { SearchHits } from '../../../src/renderer/src/lib/search/textIndex';

const hits = (part: Partial<SearchHits>): SearchHits => ({
  q: 'gas',
  claimSlots: new Int32Array(0),
  claimScores: new Float32Array(0),
  sourceIds: [],
  sourceScores: new Float32Array(0),
  complete: true,
  tookMs: 1,
  ...part,
});

const progress = (claims: number, pending: number, ready: boolean, sources = 0): IndexProgress => ({
  claims: { indexed: claims, pending },
  sources: { indexed: sources, pending: 0, scanned: true },
  ready,
});

function merger() {
  const said: HostMessage[] = [];
  return { merger: new ShardMerger(2, (message) => said.push(message)), said };
}

describe('hostRoles', () => {
  it('gives every slot to exactly one part, and the sources to the first', () => {
    const roles = hostRoles(2);
    for (let slot = 0; slot < 50; slot++) {
      expect(roles.filter((r) => slot % r.shards === r.shard)).toHaveLength(1);
    }
    expect(roles.map((r) => r.sources)).toEqual([true, false]);
  });
});

describe('ShardMerger (a split index answering as one)', () => {
  it('answers a search once every part has, with all their hits', () => {
    const { merger: m, said } = merger();
    m.receive(1, {
      type: 'result',
      id: 7,
      hits: hits({
        claimSlots: Int32Array.of(1, 3),
        claimScores: Float32Array.of(2, 4),
        tookMs: 9,
      }),
    });
    expect(said).toEqual([]);
    m.receive(0, {
      type: 'result',
      id: 7,
      hits: hits({
        claimSlots: Int32Array.of(4),
        claimScores: Float32Array.of(5),
        sourceIds: ['s1'],
        sourceScores: Float32Array.of(6),
        complete: false,
        tookMs: 3,
      }),
    });
    expect(said).toHaveLength(1);
    const answer = said[0] as Extract<HostMessage, { type: 'result' }>;
    expect(answer.id).toBe(7);
    expect([...answer.hits.claimSlots]).toEqual([4, 1, 3]);
    expect([...answer.hits.claimScores]).toEqual([5, 2, 4]);
    expect(answer.hits.sourceIds).toEqual(['s1']);
    expect([...answer.hits.sourceScores]).toEqual([6]);
    // Incomplete while any part is; as long as the slower part took.
    expect(answer.hits.complete).toBe(false);
    expect(answer.hits.tookMs).toBe(9);
  });

  it('keeps answers to different searches apart', () => {
    const { merger: m, said } = merger();
    m.receive(0, {
      type: 'result',
      id: 1,
      hits: hits({ claimSlots: Int32Array.of(2), claimScores: Float32Array.of(1) }),
    });
    m.receive(1, {
      type: 'result',
      id: 2,
      hits: hits({ claimSlots: Int32Array.of(5), claimScores: Float32Array.of(1) }),
    });
    expect(said).toEqual([]);
    m.receive(1, { type: 'result', id: 1, hits: hits({}) });
    expect(said).toHaveLength(1);
    expect((said[0] as Extract<HostMessage, { type: 'result' }>).id).toBe(1);
  });

  it('sums progress, and is ready only when every part is', () => {
    const { merger: m, said } = merger();
    m.receive(0, { type: 'progress', progress: progress(10, 5, true, 4) });
    const first = said.at(-1) as Extract<HostMessage, { type: 'progress' }>;
    expect(first.progress.ready).toBe(false); // part 1 not heard from yet
    m.receive(1, { type: 'progress', progress: progress(12, 0, false) });
    m.receive(0, { type: 'progress', progress: progress(15, 0, true, 4) });
    const mid = said.at(-1) as Extract<HostMessage, { type: 'progress' }>;
    expect(mid.progress.claims).toEqual({ indexed: 27, pending: 0 });
    expect(mid.progress.sources.indexed).toBe(4);
    expect(mid.progress.ready).toBe(false);
    m.receive(1, { type: 'progress', progress: progress(13, 0, true) });
    expect((said.at(-1) as Extract<HostMessage, { type: 'progress' }>).progress.ready).toBe(true);
  });

  it('passes other messages through', () => {
    const { merger: m, said } = merger();
    m.receive(1, { type: 'error', message: 'disk full' });
    m.receive(0, { type: 'sources', upsert: [], removed: ['s9'], scanned: true });
    expect(said.map((message) => message.type)).toEqual(['error', 'sources']);
  });
});
