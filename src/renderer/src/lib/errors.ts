import { notifications } from '@mantine/notifications';
import { isQuotaError } from './quota';

export const errorMessage = (error: unknown): string => {
  if (isQuotaError(error)) {
    return 'The disk is full, or this app’s storage quota is used up, so this change was not saved. Everything saved before is safe. Free some space (or back up and remove old sources) and try again.';
  }
  return error instanceof Error ? error.message : String(error);
};

/** Shows a failure the user can read; the store is untouched by whatever failed. */
export function notifyError(title: string, error: unknown) {
  notifications.show({
    color: 'red',
    title,
    message: errorMessage(error),
    // A full disk needs the user to act: the notice stays until they close it.
    autoClose: isQuotaError(error) ? false : 10_000,
  });
}
