import type { ClaimdeskBridge } from '@shared/ipc';
import type { IpcResult } from '@shared/result';
import type { Platform } from './types';

async function unwrap<T>(pending: Promise<IpcResult<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

export function createElectronPlatform(bridge: ClaimdeskBridge): Platform {
  return {
    kind: 'electron',
    listSeeds: () => unwrap(bridge.seeds.list()),
    readSeed: (file) => unwrap(bridge.seeds.read(file)),
    openFiles: async (request) => {
      const files = await unwrap(bridge.files.open(request));
      return files.map((file) =>
        'error' in file
          ? { name: file.name, error: file.error }
          : { name: file.name, bytes: file.bytes },
      );
    },
    saveFile: (request) => unwrap(bridge.files.save(request)),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}
