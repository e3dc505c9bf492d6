import type { Transaction } from 'dexie';
import { linkPair } from '@core/links/pair';

/**
 * What each schema version does to the records written before it, keyed by version. Append
 * only, like the schema: a shipped upgrade is never changed. Each runs inside Dexie's upgrade
 * transaction (the one it is given), so it completes or the store stays as it was.
 */
export const upgrades: Partial<Record<number, (tx: Transaction) => Promise<unknown>>> = {
  2: (tx) =>
    tx
      .table('links')
      .toCollection()
      .modify((link: { fromClaimId: string; toClaimId: string; pair?: string }) => {
        link.pair = linkPair(link.fromClaimId, link.toClaimId);
      }),
};
