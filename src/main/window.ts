/** The one main window: sandboxed, context-isolated, showing only the app's own page. */
import { BrowserWindow, nativeTheme } from 'electron';
import { devServerUrl } from './env';
import { preloadPath } from './paths';
import { APP_INDEX_URL } from './trusted-url';

/** Mantine's page background in dark and light schemes, so the first frame does not flash. */
export const BACKGROUND = { dark: '#242424', light: '#ffffff' } as const;

/** `app://claimdesk/index.html`, or electron-vite's dev server during `electron-vite dev`. */
export function startUrl(): string {
  return devServerUrl() ?? APP_INDEX_URL;
}

export function createMainWindow(): BrowserWindow {
  // Middle-click on a link asks for a new window, which setWindowOpenHandler denies (security.ts);
  // Electronegativity's remedy, disableBlinkFeatures: 'Auxclick', names no Blink feature today.
  // The eng-disable comment must stay on the `new BrowserWindow` line, hence prettier-ignore.
  // prettier-ignore
  const win = new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Claimdesk',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    // Spelled out here, not built elsewhere, so that Electronegativity (npm run security) sees them.
    webPreferences: {
      // Reviewed (docs/security.md): it exposes named ipcRenderer.invoke calls, nothing raw.
      preload: preloadPath(), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Chromium's spellchecker downloads dictionaries on Windows and Linux; Claimdesk stays offline.
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(startUrl()).catch((error: unknown) => {
    console.error('[window] could not load the renderer:', error);
  });
  return win;
}

/** Brings a window to the front (second launch, dock click). */
export function focusWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}
