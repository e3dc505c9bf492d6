/**
 * A write refused because the disk is full or the origin's storage quota is used up. IndexedDB
 * raises QuotaExceededError; Dexie passes it on as is, or wraps it (an aborted transaction's
 * AbortError, a bulk write's error) with the original in `inner`.
 */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const named = current as { name?: string; inner?: unknown };
    if (named.name === 'QuotaExceededError') return true;
    current = named.inner;
  }
  return false;
}
