import { z } from 'zod';
import type { IpcResult } from './result';
import type { SeedManifest } from './manifest';
import type { MenuCommand } from './channels';

/**
 * The IPC contract: channel names (from `./channels`, which the preload imports on its own so its
 * bundle stays free of zod) and, beside them, the payload schemas main validates with.
 */
export { channels, menuChannel, menuCommands } from './channels';
export type { Channel, MenuCommand } from './channels';

export const seedFileSchema = z.object({
  file: z.string().regex(/^[\w.-]+\.(txt|md|html)$/, 'a bundled seed file name'),
});

const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[\w*]{1,10}$/)).max(20),
});

export const openFilesSchema = z.object({
  title: z.string().max(200).optional(),
  filters: z.array(fileFilterSchema).max(10).optional(),
  multiple: z.boolean().optional(),
  /** Pick a folder and read every matching file inside it, recursively. */
  directory: z.boolean().optional(),
});
export type OpenFilesRequest = z.infer<typeof openFilesSchema>;

export const saveFileSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(255)
    .regex(/^[^/\\]+$/, 'a file name without folders'),
  filters: z.array(fileFilterSchema).max(10).optional(),
  content: z.union([z.string(), z.instanceof(Uint8Array)]),
});
export type SaveFileRequest = z.infer<typeof saveFileSchema>;

/** One file the user picked: its bytes (decoding is the renderer's job), or why it was not read. */
export type OpenedFile =
  { name: string; path: string; bytes: Uint8Array } | { name: string; path: string; error: string };

export type SaveResult = { saved: true; path: string } | { saved: false };

export interface AppInfo {
  version: string;
  dataDir: string;
  platform: string;
}

/** The one object the preload exposes as `window.claimdesk`. */
export interface ClaimdeskBridge {
  seeds: {
    list(): Promise<IpcResult<SeedManifest>>;
    read(file: string): Promise<IpcResult<string>>;
  };
  files: {
    open(request: OpenFilesRequest): Promise<IpcResult<OpenedFile[]>>;
    save(request: SaveFileRequest): Promise<IpcResult<SaveResult>>;
  };
  app: {
    info(): Promise<IpcResult<AppInfo>>;
  };
  /** Subscribe to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
