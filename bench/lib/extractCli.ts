/**
 * Shared by the extractor's benchmarks: the corpus (seeds and fixtures repeated across thousands
 * of files) and one timed run of the extract CLI as a separate process.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The texts the corpus is made of: the seeds and the extractor's fixtures. */
export function corpusTexts(): string[] {
  const texts: string[] = [];
  for (const dir of [join(ROOT, 'seeds'), join(ROOT, 'tests/fixtures/extract')]) {
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(join(dir, f), 'utf8'));
  }
  return texts;
}

/**
 * Writes `bytes` worth of articles into dir (up to 1000 files per sub-folder), each with a unique
 * first line; returns the byte and file counts.
 */
export function buildCorpus(dir: string, bytes: number, texts: string[]): { bytes: number; files: number } {
  let total = 0;
  let n = 0;
  while (total < bytes) {
    const sub = join(dir, `part${String(Math.floor(n / 1000)).padStart(3, '0')}`);
    if (n % 1000 === 0) mkdirSync(sub, { recursive: true });
    const text = `Item ${n}\n\n${texts[n % texts.length] as string}`;
    writeFileSync(join(sub, `a${String(n).padStart(6, '0')}.txt`), text);
    total += Buffer.byteLength(text);
    n++;
  }
  return { bytes: total, files: n };
}

/**
 * CPU seconds (user + system) used so far by this process's finished children, from
 * /proc/self/stat (Linux; clock ticks of 1/100 s). NaN elsewhere.
 */
function childCpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

export interface CliRun {
  seconds: number;
  cpuSeconds: number;
  outBytes: number;
  /** Worker threads the CLI chose (0 = the main thread). */
  threads: number;
}

/** Runs `node <args>` (the extract CLI, whose last argument is the corpus) and times it. */
export function runExtractCli(args: string[]): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const t0 = process.hrtime.bigint();
    const cpu0 = childCpuSeconds();
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, EXTRACT_VERBOSE: '1' },
    });
    let outBytes = 0;
    let tail = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      outBytes += d.length;
      // Only the end is checked: decoding all of it (~300 MB at 16×) would take CPU from the CLI.
      tail = (tail + d.subarray(-16).toString('latin1')).slice(-10);
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const cpuSeconds = childCpuSeconds() - cpu0;
      // "extract: N files on W worker threads" (0 = the main thread).
      const threads = Number(/on (\d+) worker thread/.exec(err)?.[1] ?? Number.NaN);
      const other = err.replace(/^extract: \d+ files? on \d+ worker threads?[^\n]*\n?/m, '');
      if (other) process.stderr.write(other);
      if (code !== 0 || !tail.trimEnd().endsWith(']')) reject(new Error(`CLI failed (exit ${code})`));
      else resolvePromise({ seconds, cpuSeconds, outBytes, threads });
    });
  });
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
