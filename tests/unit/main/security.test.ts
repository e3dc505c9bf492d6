import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { createFakeSession, fake, FakeWebContents } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { hardenSession, hardenWebContents, installSecurity } =
  await import('../../../src/main/security');

function navigate(contents: FakeWebContents, event: string, url: string): boolean {
  const preventDefault = vi.fn();
  contents.emit(event, { url, preventDefault });
  return preventDefault.mock.calls.length > 0;
}

describe('web contents hardening', () => {
  let contents: FakeWebContents;

  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents, undefined);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: denies https://example.com',
    (event) => {
      expect(navigate(contents, event, 'https://example.com')).toBe(true);
    },
  );

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://claimdesk.evil.com/',
    'http://localhost:5173/',
  ])('denies navigation to %s', (url) =>
    expect(navigate(contents, 'will-navigate', url)).toBe(true),
  );

  it("allows navigation to the app's own pages", () => {
    expect(navigate(contents, 'will-navigate', 'app://claimdesk/index.html')).toBe(false);
    expect(navigate(contents, 'will-redirect', 'app://claimdesk/sources/1')).toBe(false);
  });

  it('reads the legacy url argument when the event carries none', () => {
    const preventDefault = vi.fn();
    contents.emit('will-navigate', { preventDefault }, 'https://example.com');
    expect(preventDefault).toHaveBeenCalled();
  });

  it('allows the dev server only when it is trusted', () => {
    const dev = new FakeWebContents();
    hardenWebContents(dev as unknown as WebContents, 'http://localhost:5173');
    expect(navigate(dev, 'will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(navigate(dev, 'will-navigate', 'https://example.com/')).toBe(true);
  });

  it('denies window.open', () => {
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: {
      url: string;
    }) => unknown;
    expect(handler({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://claimdesk/index.html' })).toEqual({ action: 'deny' });
  });

  it('denies every way a page asks for a new window: window.open, target=_blank, middle- and shift-click', () => {
    // Electronegativity's AUXCLICK check is about middle-click opening a window: it lands here.
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: {
      url: string;
      disposition: string;
      frameName: string;
      features: string;
    }) => unknown;
    for (const disposition of [
      'new-window',
      'foreground-tab',
      'background-tab',
      'default',
      'other',
    ])
      for (const url of [
        'https://example.com/',
        'javascript:alert(1)',
        'file:///etc/passwd',
        'about:blank',
      ])
        expect(handler({ url, disposition, frameName: '', features: '' })).toEqual({
          action: 'deny',
        });
  });

  it.each([
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'app://claimdesk:8080/index.html',
    'https://claimdesk/index.html',
  ])('denies navigation to look-alikes and inline pages: %s', (url) => {
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect'])
      expect(navigate(contents, event, url)).toBe(true);
  });

  it('denies attaching a webview and strips its preload', () => {
    const preventDefault = vi.fn();
    const webPreferences: Record<string, unknown> = {
      preload: '/tmp/evil.js',
      nodeIntegration: true,
    };
    contents.emit('will-attach-webview', { preventDefault }, webPreferences, {
      src: 'https://example.com',
    });
    expect(preventDefault).toHaveBeenCalled();
    expect(webPreferences).toEqual({ nodeIntegration: false, contextIsolation: true });
  });
});

describe('session hardening', () => {
  let ses: ReturnType<typeof createFakeSession>;

  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    ses = createFakeSession();
    hardenSession(ses as unknown as Session, undefined);
  });

  it("denies permissions even to the app's own page", () => {
    const handler = ses.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => void;
    for (const permission of ['media', 'fullscreen', 'pointerLock', 'clipboard-sanitized-write']) {
      const callback = vi.fn();
      handler({}, permission, callback, {
        requestingUrl: 'app://claimdesk/index.html',
        isMainFrame: true,
      });
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('denies every permission request', () => {
    const handler = ses.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => void;
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      handler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check and device request with false', () => {
    const check = ses.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => boolean;
    expect(check(null, 'media', 'app://claimdesk', {})).toBe(false);
    const device = ses.setDevicePermissionHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => boolean;
    expect(device({ deviceType: 'usb', origin: 'app://claimdesk' })).toBe(false);
  });

  function request(url: string): unknown {
    const listener = ses.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (
      details: { url: string },
      callback: (response: unknown) => void,
    ) => void;
    const callback = vi.fn();
    listener({ url }, callback);
    return callback.mock.calls[0]?.[0];
  }

  it('cancels network requests', () => {
    expect(request('https://example.com/tracker.js')).toEqual({ cancel: true });
    expect(request('http://127.0.0.1:8080/')).toEqual({ cancel: true });
    expect(request('wss://example.com/socket')).toEqual({ cancel: true });
    expect(request('file:///etc/passwd')).toEqual({ cancel: true });
  });

  it("lets the app's own requests through", () => {
    expect(request('app://claimdesk/assets/index.js')).toEqual({ cancel: false });
    expect(request('devtools://devtools/bundled/inspector.html')).toEqual({ cancel: false });
  });
});

describe('installSecurity', () => {
  it('hooks every new web contents and the default session once ready', async () => {
    // The module installed itself on import; a second call is a no-op.
    installSecurity();
    expect(fake.module.app.listenerCount('web-contents-created')).toBe(1);

    const contents = new FakeWebContents();
    fake.module.app.emit('web-contents-created', {}, contents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();

    await fake.ready();
    const ses = fake.module.session.defaultSession;
    expect(ses.setPermissionRequestHandler).toHaveBeenCalled();
    expect(ses.webRequest.onBeforeRequest).toHaveBeenCalled();
  });
});
