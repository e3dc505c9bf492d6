/** What crosses the IPC boundary: a value or a human-readable error, never a thrown exception. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const fail = (error: string): IpcResult<never> => ({ ok: false, error });
