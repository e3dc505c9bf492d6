/**
 * Whole-process throughput of the extract CLI (`npm run bench:extract`).
 *
 * Builds a corpus of at least 20 MB from the seeds and the test fixtures (each article repeated
 * across thousands of files, with a unique first line), then spawns the CLI as a separate process
 * on 1×, 4× and 16× that corpus and reports MB/s (MB = 10^6 bytes of input, wall-clock time
 * including process start-up, median of several runs) and MB per CPU-second (user + system time
 * of the CLI process, all threads: the figure that stays meaningful on a machine shared with
 * other work). Also times proposeSameSpeakers on 5,000 generated speakers, in one call and pair
 * by pair as the Speakers screen calls it. Results are printed and written to
 * bench-results/extract.json. Target: ≥ 20 MB/s on the 2-core reference machine.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { proposeSameSpeakers, type SpeakerRecord } from '../src/core/extract/index';
import { buildCorpus, corpusTexts, median, ROOT, round, runExtractCli } from './lib/extractCli';

/** What `npm run extract` runs (minus npm itself). */
const CLI = join(ROOT, 'src/cli/extract.mjs');
const TARGET_MB_S = 20;
const BASE_BYTES = Number(process.env.BENCH_BASE_MB ?? 20) * 1e6;
const SCALES = (process.env.BENCH_SCALES ?? '1,4,16').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** CPU seconds (user + system) of this process so far. */
function ownCpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/**
 * `n` speaker records like an archive's: surnames built from syllables (so most are distinct),
 * common first names with transliteration pairs, some short forms, reversed orders, spelling
 * variants, aliases and roles. Deterministic.
 */
function speakers(n: number): SpeakerRecord[] {
  let seed = 20251121;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const firsts = ['Rasim', 'Alexander', 'Aleksandr', 'Sergei', 'Sergey', 'Vladimir', 'V.', 'Olga', 'Ilham', 'Heydar', 'Maria', 'Mariya', 'Jean-Luc', 'José', 'Jose', 'Mohammed', 'Muhammad', 'Yuri', 'Iurii', 'Anna', 'John', 'Peter', 'Pyotr', 'Dmitry', 'Dmitri', 'Mikhail', 'Michael', 'Elena', 'Yelena', 'Khalid', 'Zhanna'];
  const syllables = ['ka', 'ri', 'mo', 'va', 'lov', 'sky', 'ev', 'ov', 'in', 'shen', 'kov', 'ba', 'yev', 'zh', 'ch', 'kh', 'ts', 'ar', 'el', 'yan', 'dze', 'shvili', 'ova', 'enko', 'uk', 'son', 'man', 'berg', 'ley'];
  const surname = (): string => {
    let s = '';
    for (let i = 0, k = 2 + Math.floor(rnd() * 3); i < k; i++) s += pick(syllables);
    return (s[0] as string).toUpperCase() + s.slice(1);
  };
  const variant = (s: string): string => {
    const r = rnd();
    if (r < 0.3) return s.replace(/y/g, 'i');
    if (r < 0.5) return s.replace(/kh/g, 'h').replace(/ev$/, 'yev');
    if (r < 0.7) {
      const i = Math.floor(rnd() * s.length);
      return s.slice(0, i) + s.slice(i + 1);
    }
    return `${s}s`;
  };
  const roles = [null, undefined, 'political analyst', 'Azerbaijani MP', 'President of Russia', 'Foreign Minister', 'Russian foreign minister', 'editor'];
  const surnames = Array.from({ length: Math.ceil(n * 0.7) }, surname);
  return Array.from({ length: n }, (_, i) => {
    const sn = rnd() < 0.15 ? variant(pick(surnames)) : pick(surnames);
    const r = rnd();
    const name = r < 0.1 ? sn : r < 0.13 ? `${sn} ${pick(firsts)}` : r < 0.18 ? `${pick(firsts)} ${pick(firsts)} ${sn}` : `${pick(firsts)} ${sn}`;
    const rec: SpeakerRecord = { id: `s${i}`, name };
    const role = pick(roles);
    if (role !== undefined) rec.role = role;
    if (rnd() < 0.1) rec.aliases = [rnd() < 0.5 ? sn : `${pick(firsts)} ${variant(sn)}`];
    return rec;
  });
}

/** proposeSameSpeakers on 5,000 speakers: one call (median of runs) and pair by pair (sampled). */
function benchSameSpeakers(): { speakers: number; proposals: number; seconds: number[]; medianSeconds: number; cpuSeconds: number; pairByPairMicroseconds: number; pairByPairAllPairsSeconds: number } {
  const list = speakers(5000);
  const seconds: number[] = [];
  const cpu: number[] = [];
  let proposals = 0;
  for (let r = 0; r < RUNS; r++) {
    const c0 = ownCpuSeconds();
    const t0 = process.hrtime.bigint();
    proposals = proposeSameSpeakers(list).length;
    seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
    cpu.push(ownCpuSeconds() - c0);
  }
  // Pair by pair (src/renderer/src/features/entities/proposals/job.ts): 200 × 1,000 pairs.
  const c0 = ownCpuSeconds();
  let pairs = 0;
  for (const a of list.slice(0, 200)) {
    for (const b of list.slice(1000, 2000)) {
      proposeSameSpeakers([a, b]);
      pairs++;
    }
  }
  const perPair = (ownCpuSeconds() - c0) / pairs;
  const allPairs = (list.length * (list.length - 1)) / 2;
  return {
    speakers: list.length,
    proposals,
    seconds: seconds.map(round3),
    medianSeconds: round3(median(seconds)),
    cpuSeconds: round3(median(cpu)),
    pairByPairMicroseconds: round3(perPair * 1e6),
    pairByPairAllPairsSeconds: round(perPair * allPairs),
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

async function main(): Promise<void> {
  const texts = corpusTexts();
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
    workerThreads: number[];
  }> = [];
  // One untimed run: builds the CLI's bundle if the sources changed (see src/cli/extract-bundle.ts).
  await runExtractCli([CLI, join(ROOT, 'seeds')]);
  try {
    for (const scale of SCALES) {
      const dir = join(work, `x${scale}`);
      mkdirSync(dir);
      const { bytes, files } = buildCorpus(dir, BASE_BYTES * scale, texts);
      const seconds: number[] = [];
      const cpu: number[] = [];
      const threads: number[] = [];
      let outBytes = 0;
      const load = loadavg()[0] ?? 0;
      for (let r = 0; r < RUNS; r++) {
        const res = await runExtractCli([CLI, dir]);
        seconds.push(res.seconds);
        cpu.push(res.cpuSeconds);
        threads.push(res.threads);
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
        workerThreads: threads,
      };
      results.push(row);
      console.log(
        `${String(scale).padStart(2)}× corpus: ${row.mb} MB in ${files} files → median ${row.medianSeconds} s wall → ${row.mbPerSecond} MB/s ` +
          `(runs: ${row.seconds.join(', ')} s; CPU ${row.cpuSeconds} s = ${row.mbPerCpuSecond} MB per CPU-second; worker threads: ${threads.join(', ')}; load average before: ${row.loadAverage})`,
      );
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const worst = Math.min(...results.map((r) => r.mbPerSecond));
  console.log(`slowest: ${worst} MB/s (target ≥ ${TARGET_MB_S} MB/s): ${worst >= TARGET_MB_S ? 'OK' : 'BELOW TARGET'}`);
  const same = benchSameSpeakers();
  console.log(
    `proposeSameSpeakers: ${same.speakers} speakers → ${same.proposals} proposals in median ${same.medianSeconds} s (CPU ${same.cpuSeconds} s); ` +
      `pair by pair ${same.pairByPairMicroseconds} µs per pair → all ${(same.speakers * (same.speakers - 1)) / 2} pairs ≈ ${same.pairByPairAllPairsSeconds} s`,
  );
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
    sameSpeaker: same,
  };
  writeFileSync(join(ROOT, 'bench-results/extract.json'), `${JSON.stringify(report, null, 2)}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
