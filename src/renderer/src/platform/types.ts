import type { MenuCommand, OpenFilesRequest, SaveFileRequest, SaveResult } from '@shared/ipc';
import type { SeedManifest } from '@shared/manifest';

/** A file the user picked: its bytes, or why it could not be read. */
export type PickedFile = { name: string; bytes: Uint8Array } | { name: string; error: string };

/**
 * What the renderer needs from its host. Two implementations: the Electron bridge and a plain
 * browser fallback, so one build runs in the desktop app, in end-to-end tests and in `npm run web`.
 * Every method throws an Error with a readable message on failure.
 */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  listSeeds(): Promise<SeedManifest>;
  readSeed(file: string): Promise<string>;
  openFiles(request: OpenFilesRequest): Promise<PickedFile[]>;
  saveFile(request: SaveFileRequest): Promise<SaveResult>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
