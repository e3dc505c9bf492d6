import { join } from 'node:path';
import { app } from 'electron';

/**
 * Where the main process finds its files. The built layout is `out/main/index.js`,
 * `out/preload/index.cjs` and `out/renderer/`; seeds ship beside the app.
 */

/** The sandboxed preload: one CommonJS bundle (see electron.vite.config.ts). */
export function preloadPath(): string {
  return join(import.meta.dirname, '../preload/index.cjs');
}

/** The built renderer served on `app://claimdesk/`. */
export function rendererDir(): string {
  return join(import.meta.dirname, '../renderer');
}

/** The bundled articles: `resources/seeds` when packaged, `<project>/seeds` in development. */
export function seedsDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'seeds') : join(app.getAppPath(), 'seeds');
}
