import type { Claim, Outlet, Source, Speaker } from '../../../src/shared/model';
import type { ClaimdeskDB } from '../../../src/renderer/src/db/db';
import { freshDatabase } from '../render';

const at = '2025-07-03T12:00:00.000Z';

export const budgetText =
  'The minister said “prices will fall next year,” and added that “wages will rise.”\n\nNothing else.';
export const crashText =
  'Investigators described the aircraft wreckage near Aktau. The airline said “the plane was hit from outside,” and Baku demanded an apology.';

function source(id: string, title: string, text: string, publishedAt: string | null): Source {
  return {
    id,
    title,
    outletId: 'out-1',
    author: null,
    publishedAt,
    kind: 'news',
    rawText: text,
    text,
    contentHash: `hash-${id}`,
    origin: { type: 'paste', name: null },
    importedAt: at,
    updatedAt: at,
  };
}

function claim(id: string, src: Source, words: string, overrides: Partial<Claim> = {}): Claim {
  const start = src.text.indexOf(words);
  if (start < 0) throw new Error(`“${words}” is not in ${src.id}`);
  return {
    id,
    sourceId: src.id,
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

const speakers: Speaker[] = [
  {
    id: 'sp-1',
    name: 'Ilham Aliyev',
    aliases: [],
    role: 'President',
    createdAt: at,
    updatedAt: at,
  },
  { id: 'sp-2', name: 'Maria Zakharova', aliases: [], role: null, createdAt: at, updatedAt: at },
];
const outlets: Outlet[] = [
  { id: 'out-1', name: 'Caliber.Az', aliases: [], reliability: null, createdAt: at, updatedAt: at },
];

/** Two sources, four claims: statuses, speakers and tags differ, so filters have work to do. */
export async function seededDatabase(): Promise<ClaimdeskDB> {
  const db = freshDatabase();
  const budget = source('src-budget', 'Budget day', budgetText, '2025-02-07');
  const crash = source('src-crash', 'The crisis chain', crashText, '2025-07-03');
  await db.sources.bulkAdd([budget, crash]);
  await db.speakers.bulkAdd(speakers);
  await db.outlets.bulkAdd(outlets);
  await db.claims.bulkAdd([
    claim('c-prices', budget, 'prices will fall next year', {
      status: 'disputed',
      tags: ['economy'],
    }),
    claim('c-wages', budget, 'wages will rise', { speakerId: 'sp-2', review: 'accepted' }),
    claim('c-plane', crash, 'the plane was hit from outside', { status: 'refuted' }),
    claim('c-apology', crash, 'Baku demanded an apology', { speakerId: null, kind: 'indirect' }),
  ]);
  return db;
}
