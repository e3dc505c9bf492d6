import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, type FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { BACKGROUND, createMainWindow, focusWindow } = await import('../../../src/main/window');

beforeEach(() => {
  fake.reset();
  vi.unstubAllEnvs();
});

const created = () => createMainWindow() as unknown as FakeBrowserWindow;

describe('main window', () => {
  it('is created with the secure webPreferences', () => {
    const win = created();
    expect(win.options.webPreferences).toMatchObject({
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
      spellcheck: false,
    });
    expect(win.options.webPreferences?.['preload']).toMatch(/[\\/]preload[\\/]index\.cjs$/);
  });

  it('stays hidden until ready-to-show, with a title, a minimum size and the theme background', () => {
    fake.module.nativeTheme.shouldUseDarkColors = true;
    const win = created();
    expect(win.options).toMatchObject({
      show: false,
      title: 'Claimdesk',
      backgroundColor: BACKGROUND.dark,
    });
    expect(win.options['minWidth']).toBeGreaterThan(0);
    expect(win.options['minHeight']).toBeGreaterThan(0);
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledOnce();
  });

  it('loads app://claimdesk/index.html', () => {
    expect(created().loadURL).toHaveBeenCalledWith('app://claimdesk/index.html');
  });

  it('loads the dev server during electron-vite dev, never when packaged', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    expect(created().loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    fake.module.app.isPackaged = true;
    expect(created().loadURL).toHaveBeenCalledWith('app://claimdesk/index.html');
  });

  it('ignores a dev server URL that is not local', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://example.com/');
    expect(created().loadURL).toHaveBeenCalledWith('app://claimdesk/index.html');
  });

  it('restores and focuses a minimised window', () => {
    const win = created();
    win.isMinimized.mockReturnValue(true);
    focusWindow(win as never);
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });
});
