import { databaseName } from './db/schema';
import { prefetchSnapshot } from './features/claims/table/snapshotPrefetch';

/**
 * Imported first by main.tsx, so this runs before React, Mantine and the screens are evaluated:
 * when the app opens on the claims screen, the table's snapshot file is read meanwhile
 * (snapshotPrefetch.ts), ready when the table asks for it.
 */
if (location.hash.startsWith('#/claims')) void prefetchSnapshot(databaseName);
