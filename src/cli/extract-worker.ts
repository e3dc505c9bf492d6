/** Worker thread of the extract CLI: analyses the files the main thread sends, in any order. */
import { parentPort } from 'node:worker_threads';
import { runJob } from './extract-job';

parentPort?.on('message', (msg: { id: number; file: string }) => {
  parentPort?.postMessage({ id: msg.id, ...runJob(msg.file) });
});
