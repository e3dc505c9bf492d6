/**
 * In a plain browser, IndexedDB data can be evicted under storage pressure unless the origin is
 * granted persistent storage; ask once at start. (Electron's storage is persistent already.)
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  if (window.claimdesk || !navigator.storage?.persist) return null;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
