// Security first: every web contents and the session are hardened before anything else runs.
import './security';
import { app, BrowserWindow } from 'electron';
import { applyAppIdentity } from './data-dir';
import { registerIpcHandlers } from './ipc';
import { installMenu } from './menu';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { createMainWindow, focusWindow } from './window';

// Before `ready`: the profile folder, the sandbox for every renderer, the app:// privileges.
applyAppIdentity();
app.enableSandbox();
registerAppScheme();

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// The lock lives in the data folder: one instance per data folder.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) focusWindow(mainWindow);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  void app
    .whenReady()
    .then(() => {
      registerAppProtocol();
      registerIpcHandlers();
      installMenu();
      openMainWindow();
    })
    .catch((error: unknown) => {
      console.error('[main] startup failed:', error);
      app.exit(1);
    });
}
