/** `app:info`: what the renderer may show about the running app. */
import { app } from 'electron';
import { channels, type AppInfo } from '@shared/ipc';
import { handle, noPayload } from './handle';

export function appInfo(): AppInfo {
  return {
    version: app.getVersion(),
    dataDir: app.getPath('userData'),
    platform: process.platform,
  };
}

export function registerAppHandlers(): void {
  handle(channels.appInfo, noPayload, appInfo);
}
