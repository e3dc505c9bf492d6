import { useCallback } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { setClaimStatus } from '../../db/claims';
import { notifyError } from '../../lib/errors';
import { useStatuses } from '../../lib/useStatuses';

/** Claim edits as the UI performs them: saved first, shown by the live queries once stored. */
export function useClaimActions() {
  const db = useDatabase();
  const { describe } = useStatuses();
  const changeStatus = useCallback(
    async (claimId: string, status: string) => {
      try {
        await setClaimStatus(db, claimId, status, describe(status).label);
      } catch (error) {
        notifyError('The status was not saved', error);
      }
    },
    [db, describe],
  );
  return { changeStatus };
}
