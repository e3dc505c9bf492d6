import { app } from 'electron';
import { parseDevServerOrigin } from './trusted-url';

/**
 * electron-vite dev serves the renderer from a local dev server and names it in
 * `ELECTRON_RENDERER_URL`. A packaged app never trusts that variable.
 */
export function devServerUrl(): string | undefined {
  if (app.isPackaged) return undefined;
  const raw = process.env['ELECTRON_RENDERER_URL'];
  return parseDevServerOrigin(raw) ? raw : undefined;
}

/** The dev server's origin (for trust decisions), or `undefined` outside development. */
export function devServerOrigin(): string | undefined {
  return parseDevServerOrigin(devServerUrl());
}
