import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../src/renderer/src/app/persistStorage';

const storage = Object.getOwnPropertyDescriptor(navigator, 'storage');

function fakeStorage(persisted: boolean, grant: boolean) {
  const fake = {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => grant),
  };
  Object.defineProperty(navigator, 'storage', { value: fake, configurable: true });
  return fake;
}

afterEach(() => {
  if (storage) Object.defineProperty(navigator, 'storage', storage);
  else delete (navigator as { storage?: unknown }).storage;
  delete (window as { claimdesk?: unknown }).claimdesk;
});

describe('persistent storage in the browser build', () => {
  it('asks the browser once when the data is not yet persistent, and reports its answer', async () => {
    const fake = fakeStorage(false, true);
    expect(await requestPersistentStorage()).toBe(true);
    expect(fake.persist).toHaveBeenCalledOnce();

    const refused = fakeStorage(false, false);
    expect(await requestPersistentStorage()).toBe(false);
    expect(refused.persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when it is already persistent', async () => {
    const fake = fakeStorage(true, true);
    expect(await requestPersistentStorage()).toBe(true);
    expect(fake.persist).not.toHaveBeenCalled();
  });

  it('does not ask in the desktop app (its storage is persistent) or where the API is missing', async () => {
    const fake = fakeStorage(false, true);
    (window as { claimdesk?: unknown }).claimdesk = {};
    expect(await requestPersistentStorage()).toBeNull();
    expect(fake.persisted).not.toHaveBeenCalled();
    expect(fake.persist).not.toHaveBeenCalled();

    delete (window as { claimdesk?: unknown }).claimdesk;
    Object.defineProperty(navigator, 'storage', { value: undefined, configurable: true });
    expect(await requestPersistentStorage()).toBeNull();
  });
});
