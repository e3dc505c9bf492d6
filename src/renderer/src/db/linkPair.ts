import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { linkPair } from '@core/links/pair';

/** A link row with its `pair` set from its two ends (rows from old backups or history lack it). */
export function withLinkPair<T extends { fromClaimId: string; toClaimId: string }>(
  row: T,
): T & { pair: string } {
  const pair = linkPair(row.fromClaimId, row.toClaimId);
  return (row as { pair?: string }).pair === pair
    ? (row as T & { pair: string })
    : { ...row, pair };
}

/**
 * Sets `pair` on every link the store writes, whoever writes it: new links, undo and redo (which
 * write rows as the history kept them, possibly from before schema 2), restores and merges of
 * older backups. One place instead of every writer remembering a derived field.
 */
export const linkPairMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'linkPair',
  create: (down) => ({
    ...down,
    table: (name): DBCoreTable => {
      const table = down.table(name);
      if (name !== 'links') return table;
      return {
        ...table,
        mutate: (request) =>
          table.mutate(
            request.type === 'add' || request.type === 'put'
              ? { ...request, values: request.values.map(withLinkPair) }
              : request,
          ),
      };
    },
  }),
};
