import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels, menuChannel, type ClaimdeskBridge, type MenuCommand } from '@shared/ipc';
import { fake } from '../main/fake-electron';

vi.mock('electron', async () => (await import('../main/fake-electron')).electronModule);

let exposed: ClaimdeskBridge;

beforeAll(async () => {
  await import('../../../src/preload/index');
  const calls = fake.module.contextBridge.exposeInMainWorld.mock.calls;
  expect(calls).toHaveLength(1);
  expect(calls[0]?.[0]).toBe('claimdesk');
  exposed = calls[0]?.[1] as ClaimdeskBridge;
});

const invoke = fake.module.ipcRenderer.invoke;

describe('window.claimdesk', () => {
  it('exposes exactly the ClaimdeskBridge shape, nothing from Electron', () => {
    expect(Object.keys(exposed).sort()).toEqual(['app', 'files', 'onMenuCommand', 'seeds']);
    expect(Object.keys(exposed.seeds).sort()).toEqual(['list', 'read']);
    expect(Object.keys(exposed.files).sort()).toEqual(['open', 'save']);
    expect(Object.keys(exposed.app)).toEqual(['info']);
    const values = JSON.stringify(exposed, (_key, value: unknown) =>
      typeof value === 'function' ? 'fn' : value,
    );
    expect(values).not.toMatch(/ipcRenderer|invoke|contextBridge/);
    for (const leaf of [
      exposed.seeds.list,
      exposed.seeds.read,
      exposed.files.open,
      exposed.files.save,
      exposed.app.info,
    ]) {
      expect(typeof leaf).toBe('function');
    }
    expect(exposed).not.toHaveProperty('ipcRenderer');
    expect(exposed).not.toHaveProperty('send');
  });

  it('invokes the named channels with the documented payloads', async () => {
    invoke.mockClear();
    invoke.mockResolvedValue({ ok: true, value: 'text' });
    await expect(exposed.seeds.read('000_x.txt')).resolves.toEqual({ ok: true, value: 'text' });
    await exposed.seeds.list();
    await exposed.files.open({ multiple: true, directory: false });
    await exposed.files.save({ suggestedName: 'claims.csv', content: 'a,b' });
    await exposed.app.info();
    expect(invoke.mock.calls).toEqual([
      [channels.seedsRead, { file: '000_x.txt' }],
      [channels.seedsList],
      [channels.filesOpen, { multiple: true, directory: false }],
      [channels.filesSave, { suggestedName: 'claims.csv', content: 'a,b' }],
      [channels.appInfo],
    ]);
  });

  it('forwards only known menu commands, without the IPC event, and unsubscribes', () => {
    const received: MenuCommand[] = [];
    const listener = vi.fn((command: MenuCommand) => received.push(command));
    const unsubscribe = exposed.onMenuCommand(listener);
    expect(fake.rendererListenerCount(menuChannel)).toBe(1);

    fake.sendToRenderer(menuChannel, 'theme:toggle');
    fake.sendToRenderer(menuChannel, 'seeds:reimport');
    fake.sendToRenderer(menuChannel, 'files:import');
    fake.sendToRenderer(menuChannel, 'shell:openExternal');
    fake.sendToRenderer(menuChannel, { command: 'theme:toggle' });
    expect(received).toEqual(['theme:toggle', 'seeds:reimport', 'files:import']);
    for (const call of listener.mock.calls) expect(call).toHaveLength(1);

    unsubscribe();
    expect(fake.rendererListenerCount(menuChannel)).toBe(0);
    fake.sendToRenderer(menuChannel, 'theme:toggle');
    expect(received).toHaveLength(3);
  });

  it('keeps subscriptions independent', () => {
    const first = vi.fn();
    const second = vi.fn();
    const offFirst = exposed.onMenuCommand(first);
    const offSecond = exposed.onMenuCommand(second);
    offFirst();
    fake.sendToRenderer(menuChannel, 'files:import');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('files:import');
    offSecond();
  });
});
