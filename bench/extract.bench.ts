/**
 * Whole-process throughput of the extract CLI (`npm run bench:extract`).
 *
 * Builds a corpus of at least 20 MB from the seeds and the test fixtures (each article repeated
 * across thousands of files, with a unique first line), then spawns the CLI as a separate process
 * on 1×, 4× and 16× that corpus and reports MB/s (MB = 10^6 bytes of input, wall-clock time
 * including process start-up, median of several runs). Results are printed and written to
 * bench-results/extract.json. Target: ≥ 20 MB/s on the 2-core reference machine.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'src/cli/extract.ts');
const TARGET_MB_S = 20;
const BASE_BYTES = Number(process.env.BENCH_BASE_MB ?? 20) * 1e6;
const SCALES = (process.env.BENCH_SCALES ?? '1,4,16').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function sources(): string[] {
  const texts: string[] = [];
  for (const dir of [join(ROOT, 'seeds'), join(ROOT, 'tests/fixtures/extract')]) {
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(join(dir, f), 'utf8'));
  }
  return texts;
}

/** Writes `bytes` worth of articles into dir (up to 1000 files per sub-folder); returns the byte count. */
function buildCorpus(dir: string, bytes: number, texts: string[]): { bytes: number; files: number } {
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

function runCli(dir: string): Promise<{ seconds: number; cpuSeconds: number; outBytes: number }> {
  return new Promise((resolvePromise, reject) => {
    const t0 = process.hrtime.bigint();
    const cpu0 = childCpuSeconds();
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let outBytes = 0;
    let tail = '';
    child.stdout.on('data', (d: Buffer) => {
      outBytes += d.length;
      tail = (tail + d.toString('utf8')).slice(-10);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const cpuSeconds = childCpuSeconds() - cpu0;
      if (code !== 0 || !tail.trimEnd().endsWith(']')) reject(new Error(`CLI failed (exit ${code})`));
      else resolvePromise({ seconds, cpuSeconds, outBytes });
    });
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

async function main(): Promise<void> {
  const texts = sources();
  const work = mkdtempSync(join(tmpdir(), 'claimdesk-bench-'));
  const results: Array<{
    scale: number;
    files: number;
    mb: number;
    seconds: number[];
    medianSeconds: number;
    mbPerSecond: number;
    cpuSeconds: number;
    mbPerCpuSecond: number;
    loadAverage: number;
    outputMb: number;
  }> = [];
  try {
    for (const scale of SCALES) {
      const dir = join(work, `x${scale}`);
      mkdirSync(dir);
      const { bytes, files } = buildCorpus(dir, BASE_BYTES * scale, texts);
      const seconds: number[] = [];
      const cpu: number[] = [];
      let outBytes = 0;
      const load = loadavg()[0] ?? 0;
      for (let r = 0; r < RUNS; r++) {
        const res = await runCli(dir);
        seconds.push(res.seconds);
        cpu.push(res.cpuSeconds);
        outBytes = res.outBytes;
      }
      const med = median(seconds);
      const medCpu = median(cpu);
      const mb = bytes / 1e6;
      const row = {
        scale,
        files,
        mb: round(mb),
        seconds: seconds.map(round),
        medianSeconds: round(med),
        mbPerSecond: round(mb / med),
        cpuSeconds: round(medCpu),
        mbPerCpuSecond: round(mb / medCpu),
        loadAverage: round(load),
        outputMb: round(outBytes / 1e6),
      };
      results.push(row);
      console.log(
        `${String(scale).padStart(2)}× corpus: ${row.mb} MB in ${files} files → median ${row.medianSeconds} s wall → ${row.mbPerSecond} MB/s ` +
          `(runs: ${row.seconds.join(', ')} s; CPU ${row.cpuSeconds} s = ${row.mbPerCpuSecond} MB per CPU-second; load average before: ${row.loadAverage})`,
      );
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const worst = Math.min(...results.map((r) => r.mbPerSecond));
  console.log(`slowest: ${worst} MB/s (target ≥ ${TARGET_MB_S} MB/s): ${worst >= TARGET_MB_S ? 'OK' : 'BELOW TARGET'}`);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const report = {
    benchmark: 'extract CLI whole-process throughput',
    unit: 'MB/s = 10^6 bytes of input per wall-clock second, including process start-up',
    note: 'cpuSeconds/mbPerCpuSecond: user+system time of the CLI process (all threads); loadAverage shows other load on the machine',
    target: TARGET_MB_S,
    runsPerScale: RUNS,
    node: process.version,
    cpus: cpus().length,
    date: new Date().toISOString(),
    results,
  };
  writeFileSync(join(ROOT, 'bench-results/extract.json'), `${JSON.stringify(report, null, 2)}\n`);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
