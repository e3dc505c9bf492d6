import { notifications } from '@mantine/notifications';
import { describeError, isQuotaError } from './quota';

export const errorMessage = describeError;

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
