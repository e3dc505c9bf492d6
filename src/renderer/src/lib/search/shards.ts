import type { HostMessage, IndexProgress } from './protocol';
import type { SearchHits } from './textIndex';

/**
 * Joins what the hosts of a split index say (see HostRole) into what one host over the whole
 * index would say: a search's answer once every part has answered, progress summed over them.
 */
export class ShardMerger {
  private readonly progress: (IndexProgress | null)[];
  private readonly answers = new Map<number, (SearchHits | null)[]>();

  constructor(
    private readonly parts: number,
    private readonly emit: (message: HostMessage) => void,
  ) {
    this.progress = Array<IndexProgress | null>(parts).fill(null);
  }

  receive(part: number, message: HostMessage) {
    switch (message.type) {
      case 'progress':
        this.progress[part] = message.progress;
        this.emit({ type: 'progress', progress: sumProgress(this.progress) });
        break;
      case 'result': {
        const answers =
          this.answers.get(message.id) ?? Array<SearchHits | null>(this.parts).fill(null);
        answers[part] = message.hits;
        if (answers.some((hits) => hits === null)) {
          this.answers.set(message.id, answers);
          break;
        }
        this.answers.delete(message.id);
        this.emit({ type: 'result', id: message.id, hits: joinHits(answers as SearchHits[]) });
        break;
      }
      default:
        this.emit(message);
    }
  }
}

/** Progress of the whole index from its parts' (a part not heard from yet is not ready). */
function sumProgress(parts: (IndexProgress | null)[]): IndexProgress {
  const total: IndexProgress = {
    claims: { indexed: 0, pending: 0 },
    sources: { indexed: 0, pending: 0, scanned: true },
    ready: true,
  };
  for (const part of parts) {
    if (!part) {
      total.ready = false;
      continue;
    }
    total.claims.indexed += part.claims.indexed;
    total.claims.pending += part.claims.pending;
    total.sources.indexed += part.sources.indexed;
    total.sources.pending += part.sources.pending;
    total.sources.scanned &&= part.sources.scanned;
    total.ready &&= part.ready;
  }
  return total;
}

function joinHits(parts: SearchHits[]): SearchHits {
  const join = <T extends Int32Array | Float32Array>(
    make: (n: number) => T,
    get: (h: SearchHits) => T,
  ) => {
    const out = make(parts.reduce((n, hits) => n + get(hits).length, 0));
    let at = 0;
    for (const hits of parts) {
      out.set(get(hits), at);
      at += get(hits).length;
    }
    return out;
  };
  return {
    q: parts[0]!.q,
    claimSlots: join(
      (n) => new Int32Array(n),
      (h) => h.claimSlots,
    ),
    claimScores: join(
      (n) => new Float32Array(n),
      (h) => h.claimScores,
    ),
    sourceIds: parts.flatMap((hits) => hits.sourceIds),
    sourceScores: join(
      (n) => new Float32Array(n),
      (h) => h.sourceScores,
    ),
    complete: parts.every((hits) => hits.complete),
    // The parts search at once, each on its own thread.
    tookMs: Math.max(...parts.map((hits) => hits.tookMs)),
  };
}
