/** One input file → one JSON element of the extract CLI's output (shared by the CLI and its workers). */
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { analyzeArticle } from '../core/extract/index';
import { toCliRecord } from '../core/extract/record';

/** One read buffer per thread, grown for large files (no allocation and no stat per file). */
let pool = Buffer.allocUnsafe(1 << 16);

function readBytes(file: string): Buffer {
  const fd = openSync(file, 'r');
  let n = 0;
  try {
    for (;;) {
      if (n === pool.length) {
        const bigger = Buffer.allocUnsafe(pool.length * 2);
        pool.copy(bigger, 0, 0, n);
        pool = bigger;
      }
      const got = readSync(fd, pool, n, pool.length - n, null);
      if (got === 0) break;
      n += got;
    }
  } finally {
    closeSync(fd);
  }
  return pool.subarray(0, n);
}

/**
 * The file as text: UTF-8 with a leading BOM removed; binary or invalid files are refused.
 * The same result as `new TextDecoder('utf-8', { fatal: true }).decode(bytes)`: strict
 * validation first (overlong forms, surrogates and truncated sequences are refused), then a
 * plain decode, which for valid UTF-8 gives the same string, and the BOM removed by hand.
 * Read synchronously: jobs are CPU-bound and run on worker threads, and a small synchronous read
 * is much cheaper than a round trip through the I/O thread pool. One file is open at a time.
 */
export function readText(file: string): string {
  const bytes = readBytes(file);
  if (bytes.includes(0)) throw new Error('binary file (contains NUL bytes)');
  if (!isUtf8(bytes)) throw new Error('not valid UTF-8 text');
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export interface JobResult {
  json: string;
  /** The file could be read as text. */
  read: boolean;
}

export function runJob(file: string): JobResult {
  let text: string;
  try {
    text = readText(file);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { json: JSON.stringify({ file, error: e.code ? `cannot read: ${e.code}` : e.message }), read: false };
  }
  try {
    return { json: JSON.stringify(toCliRecord(file, analyzeArticle(text, { fileName: file }))), read: true };
  } catch (err) {
    return { json: JSON.stringify({ file, error: `extraction failed: ${(err as Error).message}` }), read: true };
  }
}

/** A run of consecutive files' elements as UTF-8 bytes, each preceded by its separator. */
export interface BatchResult {
  first: number;
  count: number;
  readOk: number;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();

/**
 * Files `first`, `first + 1`, … as the output's bytes: `\n` before element 0, `,\n` before every
 * other (the array's brackets are the main thread's). Encoded here so that worker threads, not
 * the main thread, pay for turning strings into bytes; the buffer is transferred, not copied.
 */
export function formatBatch(first: number, files: string[]): BatchResult {
  let text = '';
  let readOk = 0;
  for (let i = 0; i < files.length; i++) {
    const r = runJob(files[i] as string);
    if (r.read) readOk++;
    text += first + i === 0 ? '\n' : ',\n';
    text += r.json;
  }
  return { first, count: files.length, readOk, bytes: encoder.encode(text) };
}
