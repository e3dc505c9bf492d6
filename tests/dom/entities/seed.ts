import type { Outlet, Speaker } from '../../../src/shared/model';
import type { ClaimdeskDB } from '../../../src/renderer/src/db/db';
import { makeClaim, makeSource } from '../fixtures';
import { freshDatabase } from '../render';

const at = '2025-07-03T12:00:00.000Z';

export const speaker = (id: string, name: string, extra: Partial<Speaker> = {}): Speaker => ({
  id,
  name,
  aliases: [],
  role: null,
  createdAt: at,
  updatedAt: at,
  ...extra,
});

export const outlet = (id: string, name: string, extra: Partial<Outlet> = {}): Outlet => ({
  id,
  name,
  aliases: [],
  reliability: null,
  createdAt: at,
  updatedAt: at,
  ...extra,
});

/** The seeds' pair (Musabayov / Musabekov), an unrelated speaker and one without claims. */
export async function seededDatabase(): Promise<ClaimdeskDB> {
  const db = freshDatabase();
  await db.sources.bulkAdd([
    makeSource(),
    makeSource({ id: 'src-2', contentHash: 'hash-2', outletId: 'out-2' }),
  ]);
  await db.outlets.bulkAdd([
    outlet('out-1', 'Caliber.Az', { reliability: 'B' }),
    outlet('out-2', 'Caliber'),
    outlet('out-3', 'Unused Gazette'),
  ]);
  await db.speakers.bulkAdd([
    speaker('sp-1', 'Rasim Musabayov', { role: 'Azerbaijani MP and political analyst' }),
    speaker('sp-2', 'Rasim Musabekov', { role: 'Azerbaijani MP' }),
    speaker('sp-3', 'Alexander Krylov', { role: 'political scientist' }),
    speaker('sp-4', 'Nobody Quoted'),
  ]);
  await db.claims.bulkAdd([
    makeClaim('c1', 'prices will fall next year,', { speakerId: 'sp-1' }),
    makeClaim('c2', 'wages will rise.', { speakerId: 'sp-1' }),
    makeClaim('c3', 'Nothing else.', { speakerId: 'sp-2', outletId: 'out-2', sourceId: 'src-2' }),
    makeClaim('c4', 'The minister said', { speakerId: 'sp-3' }),
  ]);
  return db;
}
