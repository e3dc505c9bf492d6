import { notifications } from '@mantine/notifications';
import { useCallback, useMemo } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { redo, undo } from '../../db/changes';
import { notifyError } from '../../lib/errors';

/** Undo and redo over the stored history (it survives reloads), announcing what was undone. */
export function useUndoRedo() {
  const db = useDatabase();
  const run = useCallback(
    async (direction: 'undo' | 'redo') => {
      try {
        const label = await (direction === 'undo' ? undo(db) : redo(db));
        notifications.show({
          id: 'undo-redo',
          message: label
            ? `${direction === 'undo' ? 'Undone' : 'Redone'}: ${label}`
            : `Nothing to ${direction}`,
          autoClose: 2500,
        });
      } catch (error) {
        notifyError(`Could not ${direction}`, error);
      }
    },
    [db],
  );
  return useMemo(() => ({ undo: () => void run('undo'), redo: () => void run('redo') }), [run]);
}
