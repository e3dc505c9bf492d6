/** One input file → one JSON element of the extract CLI's output (shared by the CLI and its workers). */
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../core/extract/index';
import { toCliRecord } from '../core/extract/record';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The file as text: UTF-8 with a leading BOM removed; binary or invalid files are refused.
 * Read synchronously: jobs are CPU-bound and run on worker threads, and a small synchronous read
 * is much cheaper than a round trip through the I/O thread pool. One file is open at a time.
 */
export function readText(file: string): string {
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new Error('binary file (contains NUL bytes)');
  try {
    return decoder.decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text');
  }
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
