import { useEffect, useState } from 'react';
import type { SameSpeakerProposal, SpeakerRecord } from '@core/extract';
import type { ClaimdeskDB } from '../../../db/db';
import { pairKey } from '../../../db/settings';
import { batchedProposalJob, type ProposalJob, type ProposalMessage } from './job';

export type ProposalState =
  | { status: 'checking'; done: number; total: number; proposals: SameSpeakerProposal[] }
  | { status: 'ready'; proposals: SameSpeakerProposal[] }
  | { status: 'failed'; error: string; proposals: SameSpeakerProposal[] };

/**
 * What the check has found for one database; it outlives the screen, so coming back is instant.
 * `checked` holds, per speaker, the fingerprint its pairs with every other speaker were checked at.
 */
interface ProposalCache {
  checked: Map<string, string>;
  proposals: Map<string, SameSpeakerProposal>;
}

const caches = new WeakMap<ClaimdeskDB, ProposalCache>();

const fingerprint = (r: SpeakerRecord) => JSON.stringify([r.name, r.role ?? null, r.aliases ?? []]);

const sorted = (cache: ProposalCache) =>
  [...cache.proposals.values()].sort((p, q) => q.score - p.score || p.a.localeCompare(q.a));

/** Starts a job in a worker (or, where there is none, in slices on this thread); returns a cancel. */
function startJob(job: ProposalJob, onMessage: (message: ProposalMessage) => void): () => void {
  if (typeof Worker !== 'undefined') {
    try {
      const worker = new Worker(new URL('./proposals.worker.ts', import.meta.url), {
        type: 'module',
        name: 'same-speaker check',
      });
      worker.onmessage = (event: MessageEvent<ProposalMessage>) => onMessage(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        onMessage({ type: 'error', error: event.message || 'The check stopped unexpectedly.' });
      };
      worker.postMessage(job);
      return () => worker.terminate();
    } catch {
      // No worker here (a test environment): run in slices on this thread instead.
    }
  }
  let cancelled = false;
  const steps = batchedProposalJob(job, 12, () => performance.now());
  const slice = () => {
    if (cancelled) return;
    try {
      const step = steps.next();
      onMessage({ type: step.done ? 'done' : 'progress', ...step.value });
      if (!step.done) setTimeout(slice, 0);
    } catch (error) {
      onMessage({ type: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  };
  setTimeout(slice, 0);
  return () => {
    cancelled = true;
  };
}

/**
 * Pairs of speakers that the core's same-speaker function takes for one person. Checked off the
 * main thread; after an edit or a merge only the pairs that involve changed speakers are checked
 * again, and an interrupted check resumes where it stopped.
 */
export function useMergeProposals(
  db: ClaimdeskDB,
  records: SpeakerRecord[] | undefined,
): ProposalState {
  const [state, setState] = useState<ProposalState>({
    status: 'checking',
    done: 0,
    total: 0,
    proposals: [],
  });

  useEffect(() => {
    if (!records) return;
    let cache = caches.get(db);
    if (!cache) {
      cache = { checked: new Map(), proposals: new Map() };
      caches.set(db, cache);
    }
    const { checked, proposals } = cache;
    const current = new Map(records.map((r) => [r.id, fingerprint(r)]));
    const changed = records.filter((r) => checked.get(r.id) !== current.get(r.id));
    const stale = new Set(changed.map((r) => r.id));
    for (const id of checked.keys()) {
      if (!current.has(id)) {
        stale.add(id);
        checked.delete(id);
      }
    }
    // Pairs involving a changed or removed speaker are dropped now and found again by the job.
    for (const [key, p] of proposals) if (stale.has(p.a) || stale.has(p.b)) proposals.delete(key);
    for (const r of changed) checked.delete(r.id);

    if (changed.length === 0) {
      setState({ status: 'ready', proposals: sorted(cache) });
      return;
    }
    setState({ status: 'checking', done: 0, total: changed.length, proposals: sorted(cache) });
    let live = true;
    const cancel = startJob({ changed, all: records }, (message) => {
      if (!live) return;
      if (message.type === 'error') {
        setState({ status: 'failed', error: message.error, proposals: sorted(cache) });
        return;
      }
      for (const id of message.checked) checked.set(id, current.get(id)!);
      for (const p of message.found) proposals.set(pairKey(p.a, p.b), p);
      setState(
        message.type === 'done'
          ? { status: 'ready', proposals: sorted(cache) }
          : {
              status: 'checking',
              done: message.done,
              total: message.total,
              proposals: sorted(cache),
            },
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [db, records]);

  return state;
}
