/**
 * Worker thread of the extract CLI: analyses batches of files sent by the main thread. Also the
 * entry of the CLI's bundle (extract-bundle.ts): the main thread imports `runJob` from the same
 * file, where there is no parent port and nothing is listened to.
 */
import { parentPort } from 'node:worker_threads';
import { runJob } from './extract-job';

export { runJob };

parentPort?.on('message', (batch: { ids: number[]; files: string[] }) => {
  // One reply per batch: per-message costs dominate for small files.
  const results = batch.files.map((file, i) => ({ id: batch.ids[i] as number, ...runJob(file) }));
  parentPort?.postMessage(results);
});
