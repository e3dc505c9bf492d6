/** The application menu. Items that belong to the renderer travel as `menuChannel` commands. */
import { app, BrowserWindow, Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { menuChannel, type MenuCommand } from '@shared/ipc';

export interface MenuOptions {
  isMac: boolean;
  isPackaged: boolean;
  send(command: MenuCommand): void;
  showAbout(): void;
}

export function buildMenuTemplate({
  isMac,
  isPackaged,
  send,
  showAbout,
}: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    {
      label: 'Toggle light/dark theme',
      accelerator: 'CmdOrCtrl+Shift+L',
      click: () => send('theme:toggle'),
    },
    { type: 'separator' },
    { role: 'reload' },
    { role: 'forceReload' },
    ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'File',
      submenu: [
        {
          label: 'Import articles…',
          accelerator: 'CmdOrCtrl+O',
          click: () => send('files:import'),
        },
        { label: 'Re-import bundled articles', click: () => send('seeds:reimport') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'delete' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: 'About Claimdesk', click: showAbout }],
    },
  ];
}

/** Sends a command to the focused window, or to the first window when none has focus. */
export function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (target && !target.isDestroyed()) target.webContents.send(menuChannel, command);
}

export function installMenu(): void {
  app.setAboutPanelOptions({ applicationName: 'Claimdesk', applicationVersion: app.getVersion() });
  const template = buildMenuTemplate({
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    send: sendMenuCommand,
    showAbout: () => app.showAboutPanel(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
