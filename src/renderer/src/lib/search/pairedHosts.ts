import type { HostMessage, IndexProgress } from './protocol';
import type { SearchHits } from './textIndex';

/** The two halves of the index when it runs in workers: claim texts, and source texts. */
export type HalfIndex = 'claims' | 'sources';

/** One answer from the halves' answers to the same search. */
export function mergeHits(claims: SearchHits, sources: SearchHits): SearchHits {
  return {
    q: claims.q,
    claimSlots: claims.claimSlots,
    claimScores: claims.claimScores,
    sourceIds: sources.sourceIds,
    sourceScores: sources.sourceScores,
    complete: claims.complete && sources.complete,
    // The two ran side by side: the answer took as long as the slower one.
    tookMs: Math.max(claims.tookMs, sources.tookMs),
  };
}

/** The whole index's progress from each half's (null: not heard from yet). */
export function mergeProgress(
  claims: IndexProgress | null,
  sources: IndexProgress | null,
): IndexProgress {
  return {
    claims: claims?.claims ?? { indexed: 0, pending: 0 },
    sources: sources?.sources ?? { indexed: 0, pending: 0, scanned: false },
    ready: (claims?.ready ?? false) && (sources?.ready ?? false),
  };
}

/**
 * Makes two hosts, one per half of the index, sound like one to the search client: a search goes
 * to both and is answered once both halves have answered it; progress is the halves' together.
 * Claim texts and source texts are then searched at the same time, on two threads (a broad word
 * runs through 100,000 claims and 5,000 articles), while each half ranks with its own complete
 * statistics, exactly as one index would: nothing about a document's score changes.
 */
export class PairedHosts {
  private progress: Record<HalfIndex, IndexProgress | null> = { claims: null, sources: null };
  private answers = new Map<number, Partial<Record<HalfIndex, SearchHits>>>();

  constructor(private readonly deliver: (message: HostMessage) => void) {}

  receive(half: HalfIndex, message: HostMessage) {
    switch (message.type) {
      case 'progress':
        this.progress[half] = message.progress;
        this.deliver({
          type: 'progress',
          progress: mergeProgress(this.progress.claims, this.progress.sources),
        });
        break;
      case 'result': {
        const answer = this.answers.get(message.id) ?? {};
        answer[half] = message.hits;
        if (answer.claims && answer.sources) {
          this.answers.delete(message.id);
          const hits = mergeHits(answer.claims, answer.sources);
          this.deliver({ type: 'result', id: message.id, hits });
        } else this.answers.set(message.id, answer);
        break;
      }
      default:
        // Source lists (only the sources' half reads them) and errors pass as they are.
        this.deliver(message);
    }
  }
}
