import type { ChangeEvent, TableName } from '@shared/model';
import type { ClaimdeskDB } from './db';

/** One row to change: `update` gets the stored row (or undefined) and returns the new row, or null to delete it. */
export interface RowEdit {
  table: TableName;
  key: string;
  update: (current: unknown, context: EditContext) => unknown;
}

/** A typed RowEdit: the row type is checked where the edit is written. */
export function rowEdit<T>(
  table: TableName,
  key: string,
  update: (current: T | undefined, context: EditContext) => T | null,
): RowEdit {
  return { table, key, update: update as RowEdit['update'] };
}

/** Who makes the change and when, so rows and their audit trail agree. */
export interface EditContext {
  actor: string | null;
  at: string;
}

export const editorNameKey = 'editor.name';

const now = () => new Date().toISOString();

function writeRow(db: ClaimdeskDB, table: TableName, key: string, row: unknown) {
  const store = db.table(table);
  return row === null || row === undefined ? store.delete(key) : store.put(row);
}

/**
 * Applies edits as one undoable step in one transaction, together with their audit rows, so the
 * store never holds a change without its history (or the reverse). Returns the step's group id.
 */
export function applyEdits(db: ClaimdeskDB, label: string, edits: RowEdit[]): Promise<string> {
  const tables = [...new Set(edits.map((e) => e.table))];
  return applyPlannedEdits(db, label, tables, async () => edits);
}

/**
 * Like applyEdits, for steps whose rows are found inside the transaction (deleting a source and
 * all its claims): `plan` may only await IndexedDB reads on `tables`.
 */
export async function applyPlannedEdits(
  db: ClaimdeskDB,
  label: string,
  tables: TableName[],
  plan: () => Promise<RowEdit[]>,
): Promise<string> {
  const groupId = crypto.randomUUID();
  await db.transaction('rw', [...new Set([...tables, 'events', 'settings'])], async () => {
    const actor = ((await db.settings.get(editorNameKey))?.value as string | undefined) ?? null;
    const at = now();
    const edits = await plan();
    if (edits.length === 0) return;
    // A new change ends the redo branch.
    await db.events.where('state').equals('undone').modify({ state: 'discarded' });
    for (const edit of edits) {
      const before = await db.table(edit.table).get(edit.key);
      const after = edit.update(before, { actor, at });
      await writeRow(db, edit.table, edit.key, after);
      const event: ChangeEvent = {
        groupId,
        at,
        actor,
        label,
        table: edit.table,
        key: edit.key,
        before: before ?? null,
        after: after ?? null,
        state: 'done',
      };
      await db.events.add(event);
    }
  });
  return groupId;
}

const undoableTables = (db: ClaimdeskDB) => [
  db.sources,
  db.claims,
  db.speakers,
  db.outlets,
  db.links,
  db.settings,
  db.events,
];

/** Steps that can be undone or redone right now, newest first for undo and oldest first for redo. */
async function groupRows(db: ClaimdeskDB, groupId: string): Promise<ChangeEvent[]> {
  return db.events.where('groupId').equals(groupId).sortBy('seq');
}

/** Writes back what a step's rows held before it and marks them undone (inside a transaction). */
async function revert(db: ClaimdeskDB, step: ChangeEvent): Promise<string> {
  const rows = await groupRows(db, step.groupId);
  for (const row of rows.reverse()) {
    await writeRow(db, row.table, row.key, row.before);
    await db.events.update(row.seq!, { state: 'undone' });
  }
  return step.label;
}

/** Reverts the newest done step; returns its label, or null when there is nothing to undo. */
export async function undo(db: ClaimdeskDB): Promise<string | null> {
  return db.transaction('rw', undoableTables(db), async () => {
    const last = await db.events.where('state').equals('done').last();
    return last ? revert(db, last) : null;
  });
}

/**
 * Reverts one given step (the Undo button of its notice) only while it is still the newest: once
 * another change was made since (in this window or another), plain undo would take back that
 * other change instead. Returns the label, or null when the step is no longer the newest.
 */
export async function undoStep(db: ClaimdeskDB, groupId: string): Promise<string | null> {
  return db.transaction('rw', undoableTables(db), async () => {
    const last = await db.events.where('state').equals('done').last();
    return last?.groupId === groupId ? revert(db, last) : null;
  });
}

/** Re-applies the oldest undone step; returns its label, or null when there is nothing to redo. */
export async function redo(db: ClaimdeskDB): Promise<string | null> {
  return db.transaction('rw', undoableTables(db), async () => {
    const next = await db.events.where('state').equals('undone').first();
    if (!next) return null;
    const rows = await groupRows(db, next.groupId);
    for (const row of rows) {
      await writeRow(db, row.table, row.key, row.after);
      await db.events.update(row.seq!, { state: 'done' });
    }
    return next.label;
  });
}
