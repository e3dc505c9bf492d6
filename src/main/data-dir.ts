import { mkdirSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { app } from 'electron';

export const APP_NAME = 'Claimdesk';
/** Overrides the data folder (tests, keeping development data apart). */
export const DATA_DIR_ENV = 'CLAIMDESK_DATA_DIR';

/** The data folder: the override when set, otherwise `<appData>/Claimdesk`. */
export function resolveDataDir(env: NodeJS.ProcessEnv, appDataDir: string): string {
  const override = env[DATA_DIR_ENV]?.trim();
  if (override) return isAbsolute(override) ? override : resolve(override);
  return join(appDataDir, APP_NAME);
}

/**
 * Names the app and points `userData` (IndexedDB, preferences, the single-instance lock) at the
 * data folder. Must run before `ready`: Chromium opens the profile there at startup.
 */
export function applyAppIdentity(env: NodeJS.ProcessEnv = process.env): string {
  app.setName(APP_NAME);
  const dir = resolveDataDir(env, app.getPath('appData'));
  mkdirSync(dir, { recursive: true });
  app.setPath('userData', dir);
  return dir;
}
