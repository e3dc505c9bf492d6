import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { resolveDataDir } = await import('../../../src/main/data-dir');

/** Runs the main entry afresh, as a launch would. */
async function launch(): Promise<void> {
  vi.resetModules();
  await import('../../../src/main/index');
}

beforeEach(() => {
  fake.reset();
  vi.unstubAllEnvs();
  vi.stubEnv('CLAIMDESK_DATA_DIR', '');
});

describe('data folder', () => {
  it('CLAIMDESK_DATA_DIR sets userData before ready', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimdesk-data-'));
    vi.stubEnv('CLAIMDESK_DATA_DIR', dir);
    await launch();
    expect(fake.module.app.setName).toHaveBeenCalledWith('Claimdesk');
    expect(fake.module.app.setPath).toHaveBeenCalledWith('userData', dir);
    expect(fake.module.app.isReady()).toBe(false);
  });

  it('defaults to <appData>/Claimdesk', async () => {
    await launch();
    expect(fake.module.app.setPath).toHaveBeenCalledWith(
      'userData',
      join(fake.paths['appData']!, 'Claimdesk'),
    );
  });

  it('resolves a relative override against the working directory', () => {
    expect(resolveDataDir({ CLAIMDESK_DATA_DIR: 'tmp/data' }, '/appdata')).toBe(
      join(process.cwd(), 'tmp/data'),
    );
    expect(resolveDataDir({ CLAIMDESK_DATA_DIR: '  ' }, '/appdata')).toBe(
      join('/appdata', 'Claimdesk'),
    );
  });
});

describe('startup', () => {
  it('installs security, the sandbox and the app:// scheme before ready', async () => {
    await launch();
    expect(fake.module.app.listenerCount('web-contents-created')).toBe(1);
    expect(fake.module.app.enableSandbox).toHaveBeenCalled();
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(fake.module.BrowserWindow.instances).toHaveLength(0);
  });

  it('once ready: hardens the session, serves app://, registers IPC and the menu, opens one window', async () => {
    await launch();
    await fake.ready();
    expect(fake.module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.ipcHandlers.size).toBeGreaterThanOrEqual(5);
    expect(fake.module.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(fake.module.BrowserWindow.instances).toHaveLength(1);
  });

  it('quits when the single-instance lock is held by another instance', async () => {
    fake.module.app.requestSingleInstanceLock.mockReturnValue(false);
    await launch();
    await fake.ready();
    expect(fake.module.app.quit).toHaveBeenCalled();
    expect(fake.module.BrowserWindow.instances).toHaveLength(0);
    expect(fake.module.app.listenerCount('second-instance')).toBe(0);
  });

  it('focuses the existing window on a second launch', async () => {
    await launch();
    await fake.ready();
    const win = fake.module.BrowserWindow.instances[0]!;
    win.isMinimized.mockReturnValue(true);
    fake.module.app.emit('second-instance', {}, [], process.cwd(), {});
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(fake.module.BrowserWindow.instances).toHaveLength(1);
  });
});
