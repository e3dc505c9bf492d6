/**
 * The extract CLI (`npm run --silent extract -- <file-or-directory>...`), started by extract.mjs
 * from the bundle or by extract.ts under tsx.
 *
 * Prints one JSON array to stdout, one element per input text file, in order:
 * {"file", "source": {...}, "claims": [...]} or {"file", "error"}. Offsets index the file's
 * UTF-8-decoded text with a leading BOM removed (TextDecoder's default). Directories are read
 * recursively for .txt, .md and .html files, sorted by name. Exit code 1 only when no input
 * could be read. Large inputs are spread over worker threads; each file is read, analysed and
 * written out on its own (one open file per worker, output streamed in input order).
 * EXTRACT_WORKERS=n forces n worker threads (0 = none); EXTRACT_VERBOSE=1 reports the choice on
 * stderr.
 */
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BatchResult, runJob as RunJob } from './extract-job';

/** The analysis code as one plain-JS file (see extract-bundle.ts), or null to run the sources. */
let bundle: string | null = null;

/** The analysis code, loaded only on the thread that runs jobs. */
const loadJob = async (): Promise<{ runJob: typeof RunJob }> =>
  bundle ? ((await import(bundle)) as { runJob: typeof RunJob }) : import('./extract-job');

const TEXT_EXT = /\.(?:txt|md|html)$/i;
/** Below this many files, start-up of worker threads costs more than it saves. */
const PARALLEL_FROM = Number(process.env.EXTRACT_PARALLEL_FROM ?? 24);
/** Files per message to a worker, batches queued per worker, and how far ahead of the output to run. */
const BATCH = 16;
const BATCHES_PER_WORKER = 2;
const WINDOW = 1024;

async function collect(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && TEXT_EXT.test(e.name)) files.push(full);
    }
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      // reported as unreadable by the job
    }
    if (isDir) await walk(p);
    else files.push(p);
  }
  return files;
}

/**
 * One worker thread per core (at most 4) for runs of PARALLEL_FROM files or more. Each worker
 * pays V8's warm-up again (~1 CPU-second), which a run of thousands of files earns back even
 * on a busy machine: with other work competing for the cores, two threads get about twice the
 * CPU share of one. EXTRACT_WORKERS overrides the choice.
 */
function workerCount(): number {
  const forced = Number(process.env.EXTRACT_WORKERS);
  if (Number.isInteger(forced) && forced >= 0) return Math.min(forced, 8);
  return Math.min(availableParallelism(), 4);
}

function write(chunk: string | Uint8Array): Promise<void> | void {
  if (process.stdout.write(chunk)) return;
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

/**
 * A worker running extract-worker.ts: its bundle when there is one (plain JavaScript, quick to
 * start). Otherwise the TypeScript source: worker threads do not inherit the loader the CLI runs
 * under (tsx), so the worker registers it before importing the entry module.
 */
function startWorker(): Worker {
  if (bundle) return new Worker(new URL(bundle));
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

/** Output of a run of consecutive files: their elements with separators, as text or bytes. */
interface Chunk {
  data: string | Uint8Array;
  count: number;
  readOk: number;
}

/** Runs the files on worker threads in batches; yields the batches' output in input order. */
async function* parallel(files: string[], workers: number): AsyncGenerator<Chunk> {
  const pool = Array.from({ length: workers }, () => startWorker());
  /** Finished batches by their first file's index. */
  const done = new Map<number, BatchResult>();
  const inFlight = new Array<number>(workers).fill(0);
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  let sent = 0;
  let next = 0;
  /** Keep every worker busy, but never run more than WINDOW files ahead of the output. */
  const feed = (w: number): void => {
    while ((inFlight[w] as number) < BATCHES_PER_WORKER && sent < files.length && sent - next < WINDOW) {
      const first = sent;
      sent = Math.min(files.length, sent + BATCH);
      pool[w]?.postMessage({ first, files: files.slice(first, sent) });
      inFlight[w] = (inFlight[w] as number) + 1;
    }
  };
  pool.forEach((worker, w) => {
    worker.on('message', (r: BatchResult) => {
      done.set(r.first, r);
      inFlight[w] = (inFlight[w] as number) - 1;
      feed(w);
      wake?.();
    });
    worker.on('error', (err) => {
      failure = err;
      wake?.();
    });
  });
  try {
    pool.forEach((_w, i) => feed(i));
    while (next < files.length) {
      while (!done.has(next) && !failure) await new Promise<void>((resolve) => (wake = resolve));
      const r = done.get(next);
      if (!r) {
        // A worker could not start or crashed: finish the rest on this thread.
        process.stderr.write(`extract: worker failed (${String(failure)}); continuing without workers\n`);
        yield* sequential(files, next);
        return;
      }
      done.delete(next);
      next += r.count;
      yield { data: r.bytes, count: r.count, readOk: r.readOk };
      pool.forEach((_w, i) => feed(i));
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/** Runs files[from…] on this thread, one chunk per file. */
async function* sequential(files: string[], from = 0): AsyncGenerator<Chunk> {
  const { runJob } = await loadJob();
  for (let i = from; i < files.length; i++) {
    const r = runJob(files[i] as string);
    yield { data: `${i === 0 ? '\n' : ',\n'}${r.json}`, count: 1, readOk: r.read ? 1 : 0 };
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0) {
    process.stderr.write('usage: extract <file-or-directory>...\n');
    return 2;
  }
  const files = await collect(argv);
  const threads = files.length >= PARALLEL_FROM ? workerCount() : 0;
  if (process.env.EXTRACT_VERBOSE) process.stderr.write(`extract: ${files.length} file${files.length === 1 ? '' : 's'} on ${threads > 1 ? threads : 0} worker threads${bundle ? '' : ' (no bundle)'}\n`);
  const chunks = threads > 1 ? parallel(files, threads) : sequential(files);
  let readOk = 0;
  let count = 0;
  // Text is gathered into ~64 KB writes; byte chunks from workers are written as they are.
  let buf = '[';
  for await (const c of chunks) {
    readOk += c.readOk;
    count += c.count;
    if (typeof c.data === 'string') {
      buf += c.data;
      if (buf.length > 1 << 16) {
        await write(buf);
        buf = '';
      }
    } else {
      if (buf) await write(buf);
      buf = '';
      await write(c.data);
    }
  }
  await write(`${buf}${count === 0 ? ']\n' : '\n]\n'}`);
  return readOk > 0 ? 0 : 1;
}

/**
 * Runs the CLI on `argv` and sets the exit code. `bundleUrl` is the file URL of the bundle this
 * code runs from (worker threads load it), or null when running the TypeScript sources.
 */
export async function runCli(argv: string[], bundleUrl: string | null): Promise<void> {
  bundle = bundleUrl;
  try {
    process.exitCode = await main(argv);
  } catch (err) {
    process.stderr.write(`extract: ${String(err)}\n`);
    process.exitCode = 1;
  }
}
