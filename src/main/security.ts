/**
 * Imported first by the main entry: every web contents and the default session are locked down
 * before any window exists. Claimdesk shows only its own pages and makes no network request.
 */
import { app, session } from 'electron';
import type { Event, Session, WebContents } from 'electron';
import { devServerOrigin } from './env';
import { isAllowedRequestUrl, isTrustedAppUrl } from './trusted-url';

type NavigationEvent = Event<{ url: string }>;

/** Denies navigation, redirects, new windows and webviews that leave the app's own origin. */
export function hardenWebContents(contents: WebContents, trustedOrigin = devServerOrigin()): void {
  const guardNavigation = (event: NavigationEvent, legacyUrl?: string): void => {
    const url = event.url ?? legacyUrl ?? '';
    if (!isTrustedAppUrl(url, trustedOrigin)) {
      event.preventDefault();
      console.warn(`[security] blocked navigation to ${url}`);
    }
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-frame-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);

  contents.on('will-attach-webview', (event, webPreferences) => {
    delete webPreferences.preload;
    webPreferences.nodeIntegration = false;
    webPreferences.contextIsolation = true;
    event.preventDefault();
  });

  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`[security] blocked window.open(${url})`);
    return { action: 'deny' };
  });
}

/** Denies every permission and cancels every request that is not the app's own. */
export function hardenSession(ses: Session, trustedOrigin = devServerOrigin()): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, trustedOrigin);
    if (!allowed) console.warn(`[security] blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}

let installed = false;

/** Hooks every future web contents and, once ready, the default session. Idempotent. */
export function installSecurity(): void {
  if (installed) return;
  installed = true;
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  void app.whenReady().then(() => hardenSession(session.defaultSession));
}

installSecurity();
