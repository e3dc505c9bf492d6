import { render as testingLibraryRender } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { Providers } from '../../../src/renderer/src/app/Providers';
import type { ClaimdeskDB } from '../../../src/renderer/src/db/db';
import type { PickedFile, Platform } from '../../../src/renderer/src/platform/types';
import { freshDatabase } from '../render';

/** A platform whose file dialogs answer with what a test queues, and which records saves. */
export function fakePlatform() {
  const queue: PickedFile[][] = [];
  const saved: { name: string; content: string | Uint8Array }[] = [];
  const platform: Platform = {
    kind: 'browser',
    listSeeds: () => Promise.reject(new Error('not in component tests')),
    readSeed: () => Promise.reject(new Error('not in component tests')),
    openFiles: vi.fn(async () => queue.shift() ?? []),
    saveFile: vi.fn(async (request) => {
      saved.push({ name: request.suggestedName, content: request.content });
      return { saved: true as const, path: request.suggestedName };
    }),
    onMenuCommand: () => () => {},
  };
  return {
    platform,
    saved,
    /** The files the next open dialog returns. */
    pick: (...files: PickedFile[]) => queue.push(files),
  };
}

export const fileOf = (name: string, text: string | Uint8Array): PickedFile => ({
  name,
  bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
});

/** Renders inside the app's providers with a fake platform. */
export function renderWith(
  ui: ReactElement,
  platform: Platform,
  database: ClaimdeskDB = freshDatabase(),
) {
  return {
    database,
    ...testingLibraryRender(ui, {
      wrapper: ({ children }) => (
        <Providers platform={platform} database={database} env="test">
          {children}
        </Providers>
      ),
    }),
  };
}
