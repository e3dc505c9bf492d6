/**
 * A hand-rolled stand-in for the `electron` module (Electron cannot launch on this machine).
 * Use it with `vi.mock('electron', () => import('./fake-electron').then((m) => m.electronModule))`.
 * One instance lives on `globalThis`, so tests and code share it even across `vi.resetModules()`.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { vi } from 'vitest';

export const repoRoot = resolve(import.meta.dirname, '../../..');

export class FakeWebContents extends EventEmitter {
  setWindowOpenHandler = vi.fn();
  send = vi.fn();
}

export function createFakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
}
export type FakeSession = ReturnType<typeof createFakeSession>;

export interface FakeWindowOptions {
  webPreferences?: Record<string, unknown>;
  [key: string]: unknown;
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getFocusedWindow = vi.fn((): FakeBrowserWindow | null => null);
  static getAllWindows = vi.fn(() => FakeBrowserWindow.instances);
  static fromWebContents = vi.fn((): FakeBrowserWindow | null => null);

  readonly webContents = new FakeWebContents();
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isVisible = vi.fn(() => true);
  isDestroyed = vi.fn(() => false);

  constructor(readonly options: FakeWindowOptions) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

type IpcListener = (event: unknown, ...args: unknown[]) => unknown;

function createFake() {
  const appDataDir = mkdtempSync(join(tmpdir(), 'claimdesk-appdata-'));
  let resolveReady: () => void = () => undefined;
  let readyPromise = new Promise<void>((done) => (resolveReady = done));
  const paths: Record<string, string> = { appData: appDataDir, documents: appDataDir };

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setName: vi.fn(),
    getName: vi.fn(() => 'Claimdesk'),
    getPath: vi.fn((name: string) => paths[name] ?? join(appDataDir, name)),
    setPath: vi.fn((name: string, value: string) => {
      paths[name] = value;
    }),
    getVersion: vi.fn(() => '0.1.0'),
    getAppPath: vi.fn(() => repoRoot),
    whenReady: vi.fn(() => readyPromise),
    isReady: vi.fn(() => false),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    setAboutPanelOptions: vi.fn(),
    showAboutPanel: vi.fn(),
  });

  const ipcHandlers = new Map<string, IpcListener>();
  const rendererListeners = new EventEmitter();

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession: createFakeSession() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: {
      handle: vi.fn((channel: string, listener: IpcListener) => {
        ipcHandlers.set(channel, listener);
      }),
    },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => template),
      setApplicationMenu: vi.fn(),
    },
    nativeTheme: { shouldUseDarkColors: false },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        rendererListeners.on(channel, listener);
      }),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        rendererListeners.removeListener(channel, listener);
      }),
    },
  };

  return {
    paths,
    ipcHandlers,
    /** Resolves `app.whenReady()` and lets queued `then` callbacks run. */
    async ready(): Promise<void> {
      app.isReady.mockReturnValue(true);
      resolveReady();
      await new Promise((done) => setTimeout(done, 0));
    },
    reset(): void {
      app.removeAllListeners();
      vi.clearAllMocks();
      app.isPackaged = false;
      app.isReady.mockReturnValue(false);
      app.requestSingleInstanceLock.mockReturnValue(true);
      for (const key of Object.keys(paths)) delete paths[key];
      Object.assign(paths, { appData: appDataDir, documents: appDataDir });
      readyPromise = new Promise<void>((done) => (resolveReady = done));
      app.whenReady.mockImplementation(() => readyPromise);
      ipcHandlers.clear();
      rendererListeners.removeAllListeners();
      FakeBrowserWindow.instances = [];
      FakeBrowserWindow.getFocusedWindow.mockReturnValue(null);
      FakeBrowserWindow.fromWebContents.mockReturnValue(null);
      electron.session.defaultSession = createFakeSession();
      electron.nativeTheme.shouldUseDarkColors = false;
    },
    module: electron,
    /** Delivers a message from main to the preload's `ipcRenderer.on` listeners. */
    sendToRenderer: (channel: string, ...args: unknown[]) =>
      rendererListeners.emit(channel, {}, ...args),
    rendererListenerCount: (channel: string) => rendererListeners.listenerCount(channel),
  };
}

export type FakeElectron = ReturnType<typeof createFake>;

const store = globalThis as typeof globalThis & { __claimdeskFakeElectron?: FakeElectron };
export const fake: FakeElectron = (store.__claimdeskFakeElectron ??= createFake());
export const electronModule = { ...fake.module, default: fake.module };
