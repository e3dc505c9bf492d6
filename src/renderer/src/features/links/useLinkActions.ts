import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import type { LinkRelation } from '@shared/model';
import { useDatabase } from '../../app/DatabaseContext';
import { createLink, deleteLink, updateLink, type NewLink } from '../../db/links';
import { notifyError } from '../../lib/errors';
import { relationMeta } from './relations';

/**
 * Link edits as the UI performs them: each is one undoable step, stored before the live queries
 * show it; a failure is reported and changes nothing.
 */
export function useLinkActions() {
  const db = useDatabase();
  return useMemo(() => {
    const attempt =
      <A extends unknown[], R>(what: string, action: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R | undefined> => {
        try {
          return await action(...args);
        } catch (error) {
          notifyError(what, error);
          return undefined;
        }
      };
    return {
      link: attempt('The link was not saved', async (link: NewLink) => {
        const id = await createLink(db, link);
        notifications.show({
          color: relationMeta(link.relation).color,
          message: `Linked: ${relationMeta(link.relation).label.toLowerCase()}. Ctrl+Z undoes it.`,
          autoClose: 2500,
        });
        return id;
      }),
      setRelation: attempt('The link was not changed', (linkId: string, relation: LinkRelation) =>
        updateLink(db, linkId, { relation }),
      ),
      setNote: attempt('The note was not saved', (linkId: string, note: string) =>
        updateLink(db, linkId, { note }),
      ),
      unlink: attempt('The link was not removed', (linkId: string) => deleteLink(db, linkId)),
    };
  }, [db]);
}
