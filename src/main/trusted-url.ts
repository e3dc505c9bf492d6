/**
 * Which URLs belong to Claimdesk. Every decision parses the URL and compares its parts;
 * nothing here compares strings by prefix (`app://claimdesk.evil.com` is not the app).
 * Pure functions without Electron imports, so they are trivially testable.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'claimdesk';
/** The renderer's origin. It names the IndexedDB database's origin: never change it. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** `app://claimdesk/…` with no port and no credentials. */
export function isAppUrl(value: string): boolean {
  const url = parse(value);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname.toLowerCase() === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * The origin of electron-vite's dev server from `ELECTRON_RENDERER_URL`, accepted only when it is
 * an http(s) URL on the loopback interface; `undefined` otherwise.
 */
export function parseDevServerOrigin(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const url = parse(raw);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  if (!loopbackHosts.has(url.hostname.toLowerCase())) return undefined;
  return url.origin;
}

/** Same scheme, host and port as the dev server (an http origin, so `URL.origin` is meaningful). */
export function isDevServerUrl(value: string, devServerOrigin: string | undefined): boolean {
  if (!devServerOrigin) return false;
  const url = parse(value);
  return (
    url !== null && url.username === '' && url.password === '' && url.origin === devServerOrigin
  );
}

/** A page the app's windows may show and whose frames may call IPC. */
export function isTrustedAppUrl(value: string, devServerOrigin?: string): boolean {
  return isAppUrl(value) || isDevServerUrl(value, devServerOrigin);
}

/**
 * A request the renderer's session may make. Claimdesk is offline: only its own scheme, the
 * DevTools front end, in-memory `data:`/`blob:` URLs and (in development) the dev server with
 * its hot-reload WebSocket. Everything else, including `file:`, is cancelled.
 */
export function isAllowedRequestUrl(value: string, devServerOrigin?: string): boolean {
  const url = parse(value);
  if (!url) return false;
  switch (url.protocol) {
    case `${APP_SCHEME}:`:
      return isAppUrl(value);
    case 'devtools:':
    case 'data:':
    case 'blob:':
      return true;
    case 'http:':
    case 'https:':
      return isDevServerUrl(value, devServerOrigin);
    case 'ws:':
    case 'wss:': {
      if (!devServerOrigin) return false;
      const dev = new URL(devServerOrigin);
      return url.hostname === dev.hostname && url.port === dev.port;
    }
    default:
      return false;
  }
}
