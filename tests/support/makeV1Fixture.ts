/**
 * Writes tests/fixtures/db/v1-worked-store.json: the store as Claimdesk's schema 1 left it on
 * disk after real work on the bundled articles. Run once when a schema version ships, never
 * again for that version (the fixture stands for users' existing data):
 *
 *   npx tsx tests/support/makeV1Fixture.ts
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import type { ClaimLink, LinkRelation } from '../../src/shared/model';
import { applyEdits, editorNameKey, rowEdit, undo } from '../../src/renderer/src/db/changes';
import { setClaimStatus, setReview, updateClaim } from '../../src/renderer/src/db/claims';
import type { ClaimdeskDB } from '../../src/renderer/src/db/db';
import { updateOutlet, updateSpeaker } from '../../src/renderer/src/db/entities';
import { runFirstLaunch } from '../../src/renderer/src/db/import/seeds';
import { deleteLink, updateLink } from '../../src/renderer/src/db/links';
import { schemaVersions } from '../../src/renderer/src/db/schema';
import { saveStatuses } from '../../src/renderer/src/db/settings';
import { defaultStatuses } from '../../src/shared/statuses';
import { diskPlatform } from './diskPlatform';
import { dumpDatabase } from './rawIdb';

const out = resolve(import.meta.dirname, '../fixtures/db/v1-worked-store.json');

/** Schema 1 alone, as Claimdesk 1 declared it (no later versions, no later middleware). */
function schemaOneDatabase(name: string): ClaimdeskDB {
  const db = new Dexie(name) as ClaimdeskDB;
  db.version(1).stores(schemaVersions[0].stores);
  return db;
}

/** A link as schema 1's createLink wrote it (one undoable step, without the later `pair`). */
function link(db: ClaimdeskDB, fromClaimId: string, toClaimId: string, relation: LinkRelation) {
  const id = crypto.randomUUID();
  return applyEdits(db, `Linked (${relation})`, [
    rowEdit<ClaimLink>('links', id, (_row, { at }) => ({
      id,
      fromClaimId,
      toClaimId,
      relation,
      note: relation === 'contradicts' ? 'Same meeting, opposite readings.' : '',
      createdAt: at,
      updatedAt: at,
    })),
  ]).then(() => id);
}

async function main() {
  const name = 'claimdesk';
  const db = schemaOneDatabase(name);
  await db.settings.put({ key: editorNameKey, value: 'Leyla Mammadova' });
  await runFirstLaunch(db, diskPlatform());
  await saveStatuses(
    db,
    [
      ...defaultStatuses,
      {
        id: 'misleading',
        label: 'Misleading',
        color: 'orange',
        description: 'True words, false picture.',
      },
    ],
    'Added status Misleading',
  );

  // An editor's afternoon: decisions, statuses, tags, notes, links, entity details, and undo.
  const claims = (await db.claims.toArray()).sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.anchor.start - b.anchor.start,
  );
  const pick = (i: number) => claims[(i * 7) % claims.length]!.id;
  await setReview(db, [pick(0), pick(1), pick(2), pick(3)], 'accepted');
  await setReview(db, [pick(4)], 'rejected');
  await setClaimStatus(db, pick(0), 'disputed');
  await setClaimStatus(db, pick(1), 'corroborated');
  await updateClaim(
    db,
    pick(2),
    { tags: ['energy', 'трубопровод'], note: 'Check the date.' },
    'Edited',
  );
  await updateClaim(db, pick(3), { credibility: 2, tags: ['diplomacy'] }, 'Edited');
  const corroborates = await link(db, pick(0), pick(1), 'corroborates');
  await link(db, pick(2), pick(0), 'contradicts');
  const same = await link(db, pick(3), pick(5), 'same-statement');
  await updateLink(db, corroborates, { note: 'Both cite the ministry.' });
  await deleteLink(db, same);
  await undo(db); // the deleted link is back; its deletion stays in history as undone
  await setClaimStatus(db, pick(6), 'misleading'); // a new change: the undone step is discarded
  const speaker = (await db.speakers.orderBy('name').first())!;
  await updateSpeaker(db, speaker.id, { aliases: [`${speaker.name.split(' ').at(-1)!} (MP)`] });
  const outlet = (await db.outlets.orderBy('name').first())!;
  await updateOutlet(db, outlet.id, { reliability: 'B' });
  await setClaimStatus(db, pick(7), 'partly-corroborated');
  await undo(db); // left undone: redo must still work after the upgrade
  db.close();

  const raw = await dumpDatabase(name);
  const fixture = {
    about:
      'A Claimdesk store as schema 1 wrote it (IndexedDB version 10): the five bundled articles, reviewed, tagged, linked, with undo history. Made by tests/support/makeV1Fixture.ts; never regenerate.',
    schemaVersion: 1,
    ...raw,
  };
  writeFileSync(out, `${JSON.stringify(fixture, null, 1)}\n`);
  const counts = raw.stores.map((s) => `${s.name} ${s.records.length}`).join(', ');
  console.log(`wrote ${out}: ${counts}`);
}

await main();
