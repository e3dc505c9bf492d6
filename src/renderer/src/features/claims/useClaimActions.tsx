import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import type { Edge, Step } from '@core/anchors';
import type { Credibility, Review } from '@shared/model';
import { useDatabase } from '../../app/DatabaseContext';
import { undoStep } from '../../db/changes';
import {
  createManualClaim,
  deleteClaim,
  setClaimSpeaker,
  setClaimStatus,
  setCredibility,
  setReview,
  stepClaimBoundary,
  updateClaim,
} from '../../db/claims';
import { notifyError } from '../../lib/errors';
import { useStatuses } from '../../lib/useStatuses';

type SpeakerChoice = Parameters<typeof setClaimSpeaker>[2];

/**
 * Claim edits as the UI performs them: each is stored (with its history row) before the live
 * queries show it; a failure is reported and changes nothing.
 */
export function useClaimActions() {
  const db = useDatabase();
  const { describe } = useStatuses();
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
      changeStatus: attempt('The status was not saved', (claimId: string, status: string) =>
        setClaimStatus(db, claimId, status, describe(status).label),
      ),
      review: attempt('The review was not saved', (claimIds: string[], review: Review) =>
        setReview(db, claimIds, review),
      ),
      setSpeaker: attempt('The speaker was not saved', (claimId: string, choice: SpeakerChoice) =>
        setClaimSpeaker(db, claimId, choice),
      ),
      setOutlet: attempt(
        'The outlet was not saved',
        (claimId: string, outletId: string | null, name: string) =>
          updateClaim(
            db,
            claimId,
            { outletId },
            outletId ? `Set outlet to ${name}` : 'Removed the outlet',
          ),
      ),
      setCredibility: attempt(
        'The credibility was not saved',
        (claimId: string, value: Credibility | null) => setCredibility(db, claimId, value),
      ),
      setTags: attempt('The tags were not saved', (claimId: string, tags: string[]) =>
        updateClaim(
          db,
          claimId,
          { tags },
          tags.length ? `Set tags: ${tags.join(', ')}` : 'Removed all tags',
        ),
      ),
      setNote: attempt('The note was not saved', (claimId: string, note: string) =>
        updateClaim(db, claimId, { note }, note ? 'Edited the note' : 'Cleared the note'),
      ),
      stepBoundary: attempt(
        'The claim was not resized',
        (claimId: string, edge: Edge, step: Step) => stepClaimBoundary(db, claimId, edge, step),
      ),
      createManual: attempt(
        'The claim was not created',
        (sourceId: string, span: { start: number; end: number }) =>
          createManualClaim(db, sourceId, span),
      ),
      remove: attempt('The claim was not deleted', async (claimId: string) => {
        const step = await deleteClaim(db, claimId);
        const id = `deleted-${claimId}`;
        notifications.show({
          id,
          title: 'Claim deleted',
          message: (
            <Button
              size="compact-xs"
              variant="light"
              mt={4}
              onClick={() => {
                notifications.hide(id);
                void undoStep(db, step).then(
                  (label) =>
                    label ??
                    notifications.show({
                      message:
                        'Not undone: the deletion is no longer the latest change (something was changed since, here or in another window). Press Ctrl+Z to step back through the changes one by one.',
                      autoClose: 8000,
                    }),
                  (error: unknown) => notifyError('Could not undo', error),
                );
              }}
            >
              Undo (Ctrl+Z)
            </Button>
          ),
        });
      }),
    };
  }, [db, describe]);
}
