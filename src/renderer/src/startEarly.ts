import { databaseName } from './db/schema';
import { prefetchSnapshot } from './features/claims/table/snapshotPrefetch';

/**
 * Imported first by main.tsx, so this runs before React, Mantine and the screens are evaluated:
 * when the page loads on the claims screen (a reload there, a link to it; the desktop app itself
 * starts on Sources), the table's snapshot files are read meanwhile (snapshotPrefetch.ts), ready
 * when the table asks for them.
 */
if (location.hash.startsWith('#/claims')) void prefetchSnapshot(databaseName);
