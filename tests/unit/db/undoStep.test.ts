import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { undo, undoStep } from '../../../src/renderer/src/db/changes';
import { deleteClaim, setClaimStatus } from '../../../src/renderer/src/db/claims';
import { createDatabase, type ClaimdeskDB } from '../../../src/renderer/src/db/db';
import { runFirstLaunch } from '../../../src/renderer/src/db/import/seeds';
import { diskPlatform } from '../../support/diskPlatform';

const open: ClaimdeskDB[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

describe('undoing one given step (the Undo button of a deletion notice)', () => {
  it('undoes it while it is the newest step, and leaves it once another window changed something since', async () => {
    const name = `undo-step-${crypto.randomUUID()}`;
    const here = createDatabase(name);
    const there = createDatabase(name); // a second window on the same store
    open.push(here, there);
    await runFirstLaunch(here, diskPlatform());
    const [deleted, other] = await here.claims.orderBy('id').limit(2).primaryKeys();

    const step = await deleteClaim(here, deleted!);
    await setClaimStatus(there, other!, 'disputed', 'Disputed');

    // Plain undo would take back the other window's change: the button does nothing instead.
    expect(await undoStep(here, step)).toBeNull();
    expect(await here.claims.get(deleted!)).toBeUndefined();
    expect((await here.claims.get(other!))?.status).toBe('disputed');

    // Once that change is undone, the deletion is the newest step again and the button works.
    await undo(there);
    expect(await undoStep(here, step)).toBe('Deleted a claim');
    expect(await here.claims.get(deleted!)).toBeDefined();
    expect((await there.claims.get(other!))?.status).toBe('unverified');
    expect(await undoStep(here, step)).toBeNull();
  });
});
