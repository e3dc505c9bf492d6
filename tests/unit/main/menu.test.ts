import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { menuChannel } from '@shared/ipc';
import { fake, FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { buildMenuTemplate, installMenu, sendMenuCommand } = await import('../../../src/main/menu');

type Item = MenuItemConstructorOptions;
const submenu = (template: Item[], label: string): Item[] =>
  (template.find((item) => item.label === label || item.role === label)?.submenu as Item[]) ?? [];
const click = (item: Item | undefined) => (item?.click as unknown as () => void)();

function build(options: { isMac?: boolean; isPackaged?: boolean } = {}) {
  const send = vi.fn();
  const showAbout = vi.fn();
  const template = buildMenuTemplate({
    isMac: false,
    isPackaged: false,
    send,
    showAbout,
    ...options,
  });
  return { template, send, showAbout };
}

beforeEach(() => fake.reset());

describe('application menu', () => {
  it('File sends import commands and quits', () => {
    const { template, send } = build();
    const file = submenu(template, 'File');
    click(file.find((item) => item.label === 'Import articles…'));
    click(file.find((item) => item.label === 'Re-import bundled articles'));
    expect(send.mock.calls).toEqual([['files:import'], ['seeds:reimport']]);
    expect(file.some((item) => item.role === 'quit')).toBe(true);
  });

  it('Edit has the standard roles', () => {
    const roles = submenu(build().template, 'Edit').map((item) => item.role);
    expect(roles).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('View toggles the theme, reloads and zooms; DevTools only when not packaged', () => {
    const { template, send } = build();
    const view = submenu(template, 'View');
    click(view.find((item) => item.label?.includes('theme')));
    expect(send).toHaveBeenCalledWith('theme:toggle');
    expect(view.map((item) => item.role)).toEqual(
      expect.arrayContaining(['reload', 'zoomIn', 'zoomOut', 'resetZoom', 'toggleDevTools']),
    );
    const packaged = submenu(build({ isPackaged: true }).template, 'View');
    expect(packaged.some((item) => item.role === 'toggleDevTools')).toBe(false);
  });

  it('Help shows the about panel', () => {
    const { template, showAbout } = build();
    click(submenu(template, 'help')[0]);
    expect(showAbout).toHaveBeenCalled();
  });

  it('adds the app menu on macOS', () => {
    expect(build({ isMac: true }).template[0]?.role).toBe('appMenu');
  });

  it('sends commands over the menu channel to the focused window', () => {
    const focused = new FakeBrowserWindow({});
    const other = new FakeBrowserWindow({});
    fake.module.BrowserWindow.getFocusedWindow.mockReturnValue(focused);
    sendMenuCommand('theme:toggle');
    expect(focused.webContents.send).toHaveBeenCalledWith(menuChannel, 'theme:toggle');
    expect(other.webContents.send).not.toHaveBeenCalled();
  });

  it('falls back to the first window when none is focused', () => {
    const only = new FakeBrowserWindow({});
    sendMenuCommand('files:import');
    expect(only.webContents.send).toHaveBeenCalledWith(menuChannel, 'files:import');
  });

  it('installs itself as the application menu', () => {
    installMenu();
    expect(fake.module.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(fake.module.app.setAboutPanelOptions).toHaveBeenCalledWith(
      expect.objectContaining({ applicationName: 'Claimdesk' }),
    );
  });
});
