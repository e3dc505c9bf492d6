import { notifications } from '@mantine/notifications';

/** Dexie wraps IndexedDB errors; the storage-full case hides in `inner`. */
function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const named = current as { name?: string; inner?: unknown };
    if (named.name === 'QuotaExceededError') return true;
    current = named.inner;
  }
  return false;
}

export const errorMessage = (error: unknown): string => {
  if (isQuotaError(error)) {
    return 'The disk is full, or this app’s storage quota is used up, so this change was not saved. Everything saved before is safe. Free some space (or back up and remove old sources) and try again.';
  }
  return error instanceof Error ? error.message : String(error);
};

/** Shows a failure the user can read; the store is untouched by whatever failed. */
export function notifyError(title: string, error: unknown) {
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 10_000 });
}
