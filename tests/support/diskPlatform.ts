import type { Platform } from '../../src/renderer/src/platform/types';
import { loadManifest, readSeedText } from './seeds';

/** A Platform whose seeds come from the repository, for store tests without a browser. */
export function diskPlatform(overrides: Partial<Platform> = {}): Platform {
  return {
    kind: 'browser',
    listSeeds: async () => loadManifest(),
    readSeed: async (file) => readSeedText(file),
    openFiles: async () => [],
    saveFile: async () => ({ saved: false }),
    onMenuCommand: () => () => {},
    ...overrides,
  };
}
