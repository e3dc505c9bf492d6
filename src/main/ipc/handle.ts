/**
 * The one way main answers the renderer: check who is asking, validate what they ask with zod,
 * and always answer `{ok, value}` or `{ok: false, error}`. Nothing thrown crosses IPC.
 */
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { fail, ok, type IpcResult } from '@shared/result';
import { devServerOrigin } from '../env';
import { isTrustedAppUrl } from '../trusted-url';

export type IpcHandler<S extends z.ZodType, T> = (
  input: z.output<S>,
  event: IpcMainInvokeEvent,
) => T | Promise<T>;

/** The sending frame shows the app's own page (or, in development, the dev server's). */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  trustedOrigin = devServerOrigin(),
): boolean {
  let url: string | undefined;
  try {
    url = event.senderFrame?.url;
  } catch {
    return false;
  }
  return typeof url === 'string' && isTrustedAppUrl(url, trustedOrigin);
}

/** One line per problem: `suggestedName: a file name without folders; content: Invalid input`. */
export function formatZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.map(String).join('.');
      return where ? `${where}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'Unknown error';
}

/** Wraps `fn` as an IPC listener; exported for tests, which call it with a fake event. */
export function createHandler<S extends z.ZodType, T>(
  channel: string,
  schema: S,
  fn: IpcHandler<S, T>,
) {
  return async (event: IpcMainInvokeEvent, payload?: unknown): Promise<IpcResult<T>> => {
    try {
      if (!isTrustedSender(event)) return fail(`Refused ${channel}: untrusted sender`);
      const parsed = schema.safeParse(payload);
      if (!parsed.success)
        return fail(`Invalid request for ${channel}: ${formatZodError(parsed.error)}`);
      return ok(await fn(parsed.data, event));
    } catch (error) {
      console.error(`[ipc] ${channel} failed:`, error);
      return fail(`${channel} failed: ${describe(error)}`);
    }
  };
}

/** Registers `fn` on `channel` with sender checks, payload validation and error capture. */
export function handle<S extends z.ZodType, T>(
  channel: string,
  schema: S,
  fn: IpcHandler<S, T>,
): void {
  ipcMain.handle(channel, createHandler(channel, schema, fn));
}

/** For channels called without an argument (`seeds:list`, `app:info`). */
export const noPayload = z.undefined({ error: 'this request takes no payload' });
