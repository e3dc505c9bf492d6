/**
 * The sandboxed preload: exposes exactly one object, `window.claimdesk`, implementing
 * `ClaimdeskBridge`. Only `invoke` on named channels and a filtered menu subscription cross
 * the bridge; no Electron object, event or raw `ipcRenderer` reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
// Names only from @shared/channels: importing values from @shared/ipc would bundle zod here.
import { channels, menuChannel, menuCommands, type MenuCommand } from '@shared/channels';
import type { ClaimdeskBridge } from '@shared/ipc';

const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (menuCommands as readonly string[]).includes(value);

const bridge: ClaimdeskBridge = {
  seeds: {
    list: () => ipcRenderer.invoke(channels.seedsList),
    read: (file) => ipcRenderer.invoke(channels.seedsRead, { file }),
  },
  files: {
    open: (request) => ipcRenderer.invoke(channels.filesOpen, request),
    save: (request) => ipcRenderer.invoke(channels.filesSave, request),
  },
  app: {
    info: () => ipcRenderer.invoke(channels.appInfo),
  },
  onMenuCommand(listener) {
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(menuChannel, forward);
    return () => {
      ipcRenderer.removeListener(menuChannel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('claimdesk', bridge);
