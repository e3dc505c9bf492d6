import type { Claim, Source } from '../../src/shared/model';

const at = '2025-07-03T12:00:00.000Z';

export const sourceText =
  'The minister said “prices will fall next year,” and added that “wages will rise.”\n\nNothing else.';

export function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    id: 'src-1',
    title: 'Budget day',
    outletId: 'out-1',
    author: null,
    publishedAt: '2025-07-03',
    kind: 'news',
    rawText: sourceText,
    text: sourceText,
    contentHash: 'hash-1',
    origin: { type: 'paste', name: null },
    importedAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** A claim anchored on the given words of `sourceText`. */
export function makeClaim(id: string, words: string, overrides: Partial<Claim> = {}): Claim {
  const start = sourceText.indexOf(words);
  if (start < 0) throw new Error(`“${words}” is not in the fixture text`);
  return {
    id,
    sourceId: 'src-1',
    text: words,
    anchor: { start, end: start + words.length, prefix: '', suffix: '' },
    speakerId: 'sp-1',
    outletId: 'out-1',
    kind: 'direct',
    status: 'unverified',
    credibility: null,
    tags: [],
    note: '',
    review: 'suggested',
    confidence: 0.8,
    createdAt: at,
    updatedAt: at,
    updatedBy: null,
    ...overrides,
  };
}
