import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';

/** Changed primary keys of one table, or 'all' when Dexie could only say "this range changed". */
export type TableChange = string[] | 'all';

function collect(tree: IntervalTree, keys: string[]): boolean {
  if (!('from' in tree)) return true;
  if (tree.from !== tree.to || typeof tree.from !== 'string') return false;
  keys.push(tree.from);
  return (!tree.l || collect(tree.l, keys)) && (!tree.r || collect(tree.r, keys));
}

/**
 * Calls back after every committed write to the named tables of one database, in this window or
 * any other (a worker, a second window: Dexie relays its `storagemutated` event between them),
 * with the primary keys written. Writes of one key at a time (every applyEdits step, undo, redo)
 * arrive as keys; bulk writes of 50 rows or more arrive as 'all'.
 */
export function watchTables(
  dbName: string,
  tables: readonly string[],
  onChange: (changes: Map<string, TableChange>) => void,
): () => void {
  const prefix = `idb://${dbName}/`;
  const listener = (parts: ObservabilitySet) => {
    const changes = new Map<string, TableChange>();
    if ('all' in parts) {
      for (const table of tables) changes.set(table, 'all');
    } else {
      for (const table of tables) {
        const tree = parts[`${prefix}${table}/`];
        if (!tree) continue;
        const keys: string[] = [];
        changes.set(table, collect(tree, keys) ? keys : 'all');
      }
    }
    if (changes.size > 0) onChange(changes);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
