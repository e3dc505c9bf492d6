import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { notifyError } from '../../lib/errors';
import { usePlatform } from '../../platform';
import { exportClaimsCsv } from './exportCsv';
import type { TaskProgress } from './ProgressModal';
import { formatCount } from '../../lib/numbers';

/** Runs a CSV export with progress, and says where the file went. */
export function useCsvExport() {
  const db = useDatabase();
  const platform = usePlatform();
  const [progress, setProgress] = useState<TaskProgress | null>(null);

  const run = useCallback(
    async (ids: readonly string[] | null, scope: string) => {
      setProgress({ phase: 'Reading claims', done: 0, total: ids?.length ?? 0 });
      try {
        const { saved, rows } = await exportClaimsCsv(db, platform, { ids, scope }, setProgress);
        if (saved.saved) {
          notifications.show({
            color: 'green',
            title: `Exported ${formatCount(rows)} claim${rows === 1 ? '' : 's'}`,
            message:
              platform.kind === 'browser'
                ? `Downloaded as ${saved.path}.`
                : `Saved to ${saved.path}.`,
          });
        }
      } catch (error) {
        notifyError('The claims could not be exported', error);
      } finally {
        setProgress(null);
      }
    },
    [db, platform],
  );
  return { run, progress };
}
