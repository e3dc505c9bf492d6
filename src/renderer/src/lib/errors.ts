import { notifications } from '@mantine/notifications';

export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Shows a failure the user can read; the store is untouched by whatever failed. */
export function notifyError(title: string, error: unknown) {
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 10_000 });
}
