/**
 * Worker thread of the extract CLI: analyses batches of files sent by the main thread. Also the
 * entry of the CLI's bundle (extract-bundle.ts): the main thread imports `runCli` and `runJob`
 * from the same file, where there is no parent port and nothing is listened to.
 */
import { parentPort } from 'node:worker_threads';
import { formatBatch, runJob, type BatchResult } from './extract-job';

export { runJob, formatBatch };
export { runCli } from './extract-main';

parentPort?.on('message', (batch: { first: number; files: string[] }) => {
  // One reply per batch, already in the output's bytes: the main thread only writes it out
  // (encoding and copying ~300 MB of JSON on one thread was a bottleneck of its own).
  const result: BatchResult = formatBatch(batch.first, batch.files);
  parentPort?.postMessage(result, [result.bytes.buffer as ArrayBuffer]);
});
