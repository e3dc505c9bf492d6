import type { Claim } from '../../../src/shared/model';
import type { CsvClaimInput } from '../../../src/core/csv';

export function claim(id: string, patch: Partial<Claim> = {}): Claim {
  return {
    id,
    sourceId: 'src-1',
    text: `Claim ${id}`,
    anchor: { start: 10, end: 20, prefix: '', suffix: '' },
    speakerId: 'sp-1',
    outletId: 'out-1',
    kind: 'direct',
    status: 'unverified',
    credibility: null,
    tags: [],
    note: '',
    review: 'suggested',
    confidence: 0.8,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-02T00:00:00.000Z',
    updatedBy: null,
    ...patch,
  };
}

export function input(c: Claim, patch: Partial<CsvClaimInput> = {}): CsvClaimInput {
  return {
    claim: c,
    source: {
      id: c.sourceId,
      title: 'Baku and Moscow',
      author: 'Anna Ivanova',
      publishedAt: '2025-07-03',
      origin: { type: 'file', name: 'story.html' },
    },
    speaker: { name: 'Sergey Lavrov', role: 'Foreign Minister' },
    outlet: { name: 'Caliber.az' },
    links: [],
    ...patch,
  };
}

export const statuses = [
  { id: 'unverified', label: 'Unverified' },
  { id: 'corroborated', label: 'Corroborated' },
  { id: 'disputed', label: 'Disputed' },
];
