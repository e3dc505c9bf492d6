import type { Claim, Outlet, Source, Speaker } from '../../../src/shared/model';
import type { ClaimdeskDB } from '../../../src/renderer/src/db/db';

const at = '2025-07-03T12:00:00.000Z';

/** Two outlets reporting the same downing of an airliner, one unrelated claim, and a third outlet. */
export const texts = {
  s1: 'Analyst Anna Berg said: “The Azerbaijani airliner was shot down over Grozny by air defence.” She added that “trade with Baku keeps growing.”',
  s2: 'MP Rasim Ali said the “Azerbaijani aircraft was downed near Grozny, and Moscow owes an answer.”',
  s3: 'A spokesman, Ivan Petrov, insisted that “no aircraft was shot down over Grozny at all.”',
};

function source(id: keyof typeof texts, outletId: string, title: string): Source {
  return {
    id,
    title,
    outletId,
    author: null,
    publishedAt: '2025-01-0' + id.slice(1),
    kind: 'news',
    rawText: texts[id],
    text: texts[id],
    contentHash: `hash-${id}`,
    origin: { type: 'paste', name: null },
    importedAt: at,
    updatedAt: at,
  };
}

function claim(
  id: string,
  sourceId: keyof typeof texts,
  words: string,
  speakerId: string,
  outletId: string,
): Claim {
  const start = texts[sourceId].indexOf(words);
  if (start < 0) throw new Error(`“${words}” is not in ${sourceId}`);
  return {
    id,
    sourceId,
    text: words,
    anchor: { start, end: start + words.length, prefix: '', suffix: '' },
    speakerId,
    outletId,
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
  };
}

const outlet = (id: string, name: string, reliability: Outlet['reliability'] = null): Outlet => ({
  id,
  name,
  aliases: [],
  reliability,
  createdAt: at,
  updatedAt: at,
});
const speaker = (id: string, name: string): Speaker => ({
  id,
  name,
  aliases: [],
  role: null,
  createdAt: at,
  updatedAt: at,
});

export async function seedLinksStore(db: ClaimdeskDB) {
  await db.outlets.bulkAdd([
    outlet('o1', 'Daily Ledger', 'B'),
    outlet('o2', 'Caspian Wire'),
    outlet('o3', 'State Herald', 'E'),
  ]);
  await db.speakers.bulkAdd([
    speaker('sp1', 'Anna Berg'),
    speaker('sp2', 'Rasim Ali'),
    speaker('sp3', 'Ivan Petrov'),
  ]);
  await db.sources.bulkAdd([
    source('s1', 'o1', 'Airliner downed, analyst says'),
    source('s2', 'o2', 'MP demands answers'),
    source('s3', 'o3', 'Ministry denies'),
  ]);
  await db.claims.bulkAdd([
    claim(
      'c1',
      's1',
      'The Azerbaijani airliner was shot down over Grozny by air defence.',
      'sp1',
      'o1',
    ),
    claim('c2', 's1', 'trade with Baku keeps growing.', 'sp1', 'o1'),
    claim(
      'c3',
      's2',
      'Azerbaijani aircraft was downed near Grozny, and Moscow owes an answer.',
      'sp2',
      'o2',
    ),
    claim('c4', 's3', 'no aircraft was shot down over Grozny at all.', 'sp3', 'o3'),
  ]);
}
