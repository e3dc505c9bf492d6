/** Worker thread of the extract CLI: analyses batches of files sent by the main thread. */
import { parentPort } from 'node:worker_threads';
import { runJob } from './extract-job';

parentPort?.on('message', (batch: { ids: number[]; files: string[] }) => {
  // One reply per batch: per-message costs dominate for small files.
  const results = batch.files.map((file, i) => ({ id: batch.ids[i] as number, ...runJob(file) }));
  parentPort?.postMessage(results);
});
