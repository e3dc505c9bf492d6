import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import type { ClaimdeskDB } from '../../db/db';
import {
  importBundledSeeds,
  runFirstLaunch,
  type ImportProgress,
  type SeedImportReport,
} from '../../db/import/seeds';
import { notifyError } from '../../lib/errors';
import { usePlatform } from '../../platform';

// One first-launch run per store, even when React mounts effects twice.
const firstLaunchRuns = new WeakMap<ClaimdeskDB, Promise<SeedImportReport | null>>();

function announce(report: SeedImportReport, quietWhenNothingNew: boolean) {
  for (const failure of report.failed) {
    notifyError(`Could not import ${failure.file}`, failure.error);
  }
  if (report.imported.length > 0) {
    notifications.show({
      color: 'green',
      title: 'Bundled articles imported',
      message: `${report.imported.length} imported${report.alreadyPresent.length ? `, ${report.alreadyPresent.length} already in your store` : ''}.`,
    });
  } else if (!quietWhenNothingNew && report.failed.length === 0) {
    notifications.show({
      title: 'Nothing to re-import',
      message: 'Every bundled article is already in your store.',
    });
  }
}

/** Runs the first-launch seed import, and offers the menu's "Re-import bundled articles". */
export function useSeedImport() {
  const db = useDatabase();
  const platform = usePlatform();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [ready, setReady] = useState(false);
  const busy = useRef(false);

  useEffect(() => {
    let run = firstLaunchRuns.get(db);
    if (!run) {
      run = runFirstLaunch(db, platform, setProgress);
      firstLaunchRuns.set(db, run);
    }
    let live = true;
    run
      .then((report) => report && announce(report, true))
      .catch((error) => notifyError('The bundled articles could not be imported', error))
      .finally(() => {
        if (!live) return;
        setProgress(null);
        setReady(true);
      });
    return () => {
      live = false;
    };
  }, [db, platform]);

  const reimport = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      announce(await importBundledSeeds(db, platform, setProgress), false);
    } catch (error) {
      notifyError('The bundled articles could not be re-imported', error);
    } finally {
      busy.current = false;
      setProgress(null);
    }
  }, [db, platform]);

  return { ready, progress, reimport };
}
