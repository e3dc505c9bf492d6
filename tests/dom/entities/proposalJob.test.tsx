import { describe, expect, it } from 'vitest';
import { proposeSameSpeakers } from '../../../src/core/extract';
import { pairKey } from '../../../src/renderer/src/db/settings';
import {
  batchedProposalJob,
  runProposalJob,
} from '../../../src/renderer/src/features/entities/proposals/job';

const speakers = [
  { id: 'a', name: 'Rasim Musabayov', role: 'Azerbaijani MP', aliases: [] },
  { id: 'b', name: 'Rasim Musabekov', role: 'Azerbaijani MP', aliases: [] },
  { id: 'c', name: 'Alexander Krylov', role: 'political scientist', aliases: [] },
  { id: 'd', name: 'Krylov', role: null, aliases: [] },
  { id: 'e', name: 'Ilham Aliyev', role: 'President of Azerbaijan', aliases: [] },
  { id: 'f', name: 'Heydar Aliyev', role: null, aliases: [] },
];

const keys = (list: { a: string; b: string }[]) => list.map((p) => pairKey(p.a, p.b)).sort();

function collect(changed: typeof speakers, all: typeof speakers) {
  const found = [];
  for (const step of runProposalJob({ changed, all })) found.push(...step.found);
  return found;
}

describe('the same-speaker job', () => {
  it('finds, pair by pair, what one call over the whole list finds', () => {
    const whole = proposeSameSpeakers(speakers);
    expect(keys(whole)).toContain(pairKey('a', 'b'));
    expect(keys(collect(speakers, speakers))).toEqual(keys(whole));
  });

  it('checks only the pairs that involve a changed speaker', () => {
    const found = collect([speakers[1]!], speakers);
    expect(keys(found)).toEqual([pairKey('a', 'b')]);
    expect(collect([speakers[4]!], speakers)).toEqual([]);
  });

  it('hands over its progress in batches and ends with the rest', () => {
    let clock = 0;
    const steps = batchedProposalJob({ changed: speakers, all: speakers }, 2, () => clock++);
    const batches = [];
    for (;;) {
      const step = steps.next();
      batches.push(step.value);
      if (step.done) break;
    }
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flatMap((b) => b.checked)).toEqual(speakers.map((s) => s.id));
    expect(batches.at(-1)?.done).toBe(speakers.length);
    expect(keys(batches.flatMap((b) => b.found))).toEqual(keys(proposeSameSpeakers(speakers)));
  });
});
