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

/** What to tell the user when a change hit the quota: what happened, what is safe, what to do. */
export const quotaMessage =
  'The disk is full, or this app’s storage quota is used up, so this change was not saved. Everything saved before is safe. Free some space (or back up and remove old sources) and try again.';

/** An error's message, or the quota explanation when that is what it is. */
export const describeError = (error: unknown): string =>
  isQuotaError(error) ? quotaMessage : error instanceof Error ? error.message : String(error);
