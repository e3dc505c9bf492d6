/**
 * `files:*`: the native open and save dialogs. Main reads the bytes the user picked (decoding is
 * the renderer's job) and writes what the renderer asks to save, only where the user chose.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  channels,
  openFilesSchema,
  saveFileSchema,
  type OpenedFile,
  type OpenFilesRequest,
  type SaveFileRequest,
  type SaveResult,
} from '@shared/ipc';
import { handle } from './handle';

/** Extensions read when the user picks a folder. */
export const IMPORTABLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];
export const MAX_FILES = 5000;
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
export const TOO_LARGE = 'File is larger than 64 MB';
/** Backups and CSV exports of a large archive run to hundreds of megabytes (100,000 claims ≈ 180 MB). */
export const MAX_DATA_FILE_BYTES = 1024 * 1024 * 1024;
export const DATA_TOO_LARGE = 'File is larger than 1 GB';
const DATA_EXTENSIONS = ['.json', '.csv'];

const articleFilter = {
  name: 'Articles',
  extensions: IMPORTABLE_EXTENSIONS.map((ext) => ext.slice(1)),
};

function windowOf(event: IpcMainInvokeEvent | undefined): BrowserWindow | null {
  return event ? BrowserWindow.fromWebContents(event.sender) : null;
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
    return error.code;
  return error instanceof Error ? error.message : 'unknown error';
}

/** One picked file: its bytes, or why they were not read. */
export async function readPickedFile(path: string): Promise<OpenedFile> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (!info.isFile()) return { name, path, error: 'Not a file' };
    const isData = DATA_EXTENSIONS.includes(extname(name).toLowerCase());
    if (isData && info.size > MAX_DATA_FILE_BYTES) return { name, path, error: DATA_TOO_LARGE };
    if (!isData && info.size > MAX_FILE_BYTES) return { name, path, error: TOO_LARGE };
    const buffer = await readFile(path);
    // A fresh Uint8Array: structured clone must not carry a pooled Buffer's neighbours.
    return { name, path, bytes: new Uint8Array(buffer) };
  } catch (error) {
    return { name, path, error: `Could not read file (${errorCode(error)})` };
  }
}

function isImportable(name: string): boolean {
  return IMPORTABLE_EXTENSIONS.includes(extname(name).toLowerCase());
}

/**
 * Importable files under `root`, depth first in name order, skipping hidden entries and not
 * following symlinked folders (no cycles). Stops at `limit` and says so.
 */
export async function listFolder(
  root: string,
  limit = MAX_FILES,
): Promise<{ files: string[]; truncated: boolean }> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<boolean> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!(await walk(path))) return false;
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isImportable(entry.name)) {
        if (files.length >= limit) return false;
        files.push(path);
      }
    }
    return true;
  };
  const complete = await walk(root);
  return { files, truncated: !complete };
}

export async function openFiles(
  request: OpenFilesRequest,
  event?: IpcMainInvokeEvent,
): Promise<OpenedFile[]> {
  const properties: OpenDialogOptions['properties'] = [
    request.directory ? 'openDirectory' : 'openFile',
  ];
  if (request.multiple) properties.push('multiSelections');
  const options: OpenDialogOptions = {
    title: request.title ?? (request.directory ? 'Import a folder of articles' : 'Import articles'),
    properties,
    filters: request.directory ? undefined : (request.filters ?? [articleFilter]),
  };
  const win = windowOf(event);
  const picked = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options);
  if (picked.canceled || picked.filePaths.length === 0) return [];

  const results: OpenedFile[] = [];
  if (!request.directory) {
    for (const path of picked.filePaths.slice(0, MAX_FILES))
      results.push(await readPickedFile(path));
    return results;
  }
  let remaining = MAX_FILES;
  for (const dir of picked.filePaths) {
    let listing: { files: string[]; truncated: boolean };
    try {
      listing = await listFolder(dir, remaining);
    } catch (error) {
      results.push({
        name: basename(dir),
        path: dir,
        error: `Could not read folder (${errorCode(error)})`,
      });
      continue;
    }
    for (const path of listing.files) results.push(await readPickedFile(path));
    remaining -= listing.files.length;
    if (listing.truncated) {
      results.push({ name: basename(dir), path: dir, error: `Stopped after ${MAX_FILES} files` });
      break;
    }
  }
  return results;
}

function defaultSavePath(name: string): string {
  try {
    return join(app.getPath('documents'), name);
  } catch {
    return name;
  }
}

export async function saveFile(
  request: SaveFileRequest,
  event?: IpcMainInvokeEvent,
): Promise<SaveResult> {
  const options: SaveDialogOptions = {
    defaultPath: defaultSavePath(basename(request.suggestedName)),
    filters: request.filters,
  };
  const win = windowOf(event);
  const chosen = win
    ? await dialog.showSaveDialog(win, options)
    : await dialog.showSaveDialog(options);
  if (chosen.canceled || !chosen.filePath) return { saved: false };
  await writeFile(chosen.filePath, request.content);
  return { saved: true, path: chosen.filePath };
}

export function registerFileHandlers(): void {
  handle(channels.filesOpen, openFilesSchema, openFiles);
  handle(channels.filesSave, saveFileSchema, saveFile);
}
