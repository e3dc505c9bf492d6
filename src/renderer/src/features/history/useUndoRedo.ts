import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { redo, undo } from '../../db/changes';
import { notifyError } from '../../lib/errors';

/** Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) walk the stored history; it survives reloads. */
export function useUndoShortcuts() {
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
  useHotkeys([
    ['mod+z', () => void run('undo')],
    ['mod+shift+z', () => void run('redo')],
    ['mod+y', () => void run('redo')],
  ]);
  return run;
}
