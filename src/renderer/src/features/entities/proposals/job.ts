import { proposeSameSpeakers, type SameSpeakerProposal, type SpeakerRecord } from '@core/extract';

/** Work for the same-speaker check: every pair that involves one of `changed`, against `all`. */
export interface ProposalJob {
  changed: SpeakerRecord[];
  all: SpeakerRecord[];
}

/** Records whose pairs with every other record are now known, with the proposals among them. */
export interface ProposalBatch {
  checked: string[];
  found: SameSpeakerProposal[];
  done: number;
  total: number;
}

export type ProposalMessage =
  | ({ type: 'progress' } & ProposalBatch)
  | ({ type: 'done' } & ProposalBatch)
  | { type: 'error'; error: string };

/**
 * Runs the core's same-speaker function over each pair that involves a changed record. The
 * function compares records two at a time, so asking it pair by pair gives the same proposals as
 * one call over the whole list (at the same cost) while allowing progress, pauses and, after an
 * edit or a merge, checking only the pairs that changed. Yields once per changed record.
 */
export function* runProposalJob({
  changed,
  all,
}: ProposalJob): Generator<{ id: string; found: SameSpeakerProposal[] }, void> {
  const changedOrder = new Map(changed.map((record, i) => [record.id, i]));
  for (const [i, record] of changed.entries()) {
    const found: SameSpeakerProposal[] = [];
    for (const other of all) {
      if (other.id === record.id) continue;
      // A pair of two changed records is checked once, from the first of them.
      const otherOrder = changedOrder.get(other.id);
      if (otherOrder !== undefined && otherOrder < i) continue;
      for (const proposal of proposeSameSpeakers([record, other])) found.push(proposal);
    }
    yield { id: record.id, found };
  }
}

/** Runs a job, handing over what it found in batches at most every `intervalMs`. */
export function* batchedProposalJob(
  job: ProposalJob,
  intervalMs: number,
  now: () => number,
): Generator<ProposalBatch, ProposalBatch> {
  let batch: ProposalBatch = { checked: [], found: [], done: 0, total: job.changed.length };
  let since = now();
  for (const step of runProposalJob(job)) {
    batch.checked.push(step.id);
    batch.found.push(...step.found);
    batch.done++;
    if (now() - since >= intervalMs) {
      yield batch;
      batch = { checked: [], found: [], done: batch.done, total: batch.total };
      since = now();
    }
  }
  return batch;
}
