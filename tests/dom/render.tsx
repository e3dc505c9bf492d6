import { render as testingLibraryRender } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Providers } from '../../src/renderer/src/app/Providers';
import { createDatabase, type ClaimdeskDB } from '../../src/renderer/src/db/db';
import type { Platform } from '../../src/renderer/src/platform/types';

/** A platform that must not be reached: component tests work on the store only. */
const inertPlatform: Platform = {
  kind: 'browser',
  listSeeds: () => Promise.reject(new Error('not in component tests')),
  readSeed: () => Promise.reject(new Error('not in component tests')),
  openFiles: async () => [],
  saveFile: async () => ({ saved: false }),
  onMenuCommand: () => () => {},
};

export function freshDatabase(): ClaimdeskDB {
  return createDatabase(`dom-${crypto.randomUUID()}`);
}

/** Renders inside the app's providers (Mantine theme, platform, store), as Mantine's template does. */
export function render(ui: ReactElement, database: ClaimdeskDB = freshDatabase()) {
  return {
    database,
    ...testingLibraryRender(ui, {
      wrapper: ({ children }) => (
        <Providers platform={inertPlatform} database={database} env="test">
          {children}
        </Providers>
      ),
    }),
  };
}
