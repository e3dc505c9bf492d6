/**
 * Where the extract CLI's whole-process time goes, stage by stage (`npm run bench -- extract-stages`).
 *
 * Builds the CLI's bundle (with src/cli/extract-bundle.ts's options) several times, each with the
 * analysis cut short after one more stage of the pipeline in src/core/extract/analyze.ts: the
 * cut returns an empty analysis, so the CLI still reads every file, decodes it and writes one
 * JSON element per file. Each variant runs on the same 1× corpus as `bench:extract` (20 MB in
 * ~7,700 files). The first row is the floor of reading, decoding, worker threads and JSON alone;
 * each next row adds one stage; the last is the real CLI. That shows what the 20 MB/s target
 * leaves for the analysis itself. Prints a table and writes bench-results/extract-stages.json.
 *
 * The cuts are found by the statements they go before; when analyze.ts changes so that one is
 * no longer there, this stops with an error naming it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { BUNDLE_OPTIONS } from '../src/cli/extract-bundle';
import { buildCorpus, corpusTexts, median, ROOT, round, runExtractCli } from './lib/extractCli';
import { machine, printTable, writeJson, type Row } from './lib/report';

const TARGET_MB_S = 20;
const BASE_BYTES = Number(process.env.BENCH_BASE_MB ?? 20) * 1e6;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ANALYZE = join(ROOT, 'src/core/extract/analyze.ts');

/** Each stage's name, and the statement in analyze.ts before which the analysis stops (null: none). */
const STAGES: [string, string | null][] = [
  ['read, decode, threads and JSON only', 'const norm = buildNormalized(source);'],
  ['+ clean: normalise, blocks, boilerplate, body', 'const quotes = findQuotes('],
  ['+ quote marks and tokens', 'const topRanges = newRanges();'],
  ['+ names and their mentions', 'const resolver = new Resolver(entities);'],
  ['+ interviews and direct quotes with speakers', 'const covered = newRanges();'],
  ['+ reported speech', 'const quotedChars ='],
  ['+ metadata, offsets and the claims in the JSON: the real CLI', null],
];

const EMPTY_ANALYSIS = `{ body: '', claims: [], speakers: [], metadata: { title: { value: null, confidence: 0 }, outlet: { value: null, confidence: 0 }, author: { value: null, confidence: 0 }, publishedAt: { value: null, confidence: 0 }, kind: { value: 'news', confidence: 0 } } }`;

/** analyze.ts with `return <empty analysis>` put before the statement `cut`. */
function cutAnalyze(cut: string): Plugin {
  return {
    name: 'cut-analyze',
    setup(b) {
      b.onLoad({ filter: /[\\/]core[\\/]extract[\\/]analyze\.ts$/ }, () => {
        const source = readFileSync(ANALYZE, 'utf8');
        const at = source.indexOf(`  ${cut}`);
        if (at < 0 || source.indexOf(`  ${cut}`, at + 1) >= 0) {
          throw new Error(`bench/extract-stages.bench.ts: "${cut}" is not (or not once) in analyze.ts; update STAGES`);
        }
        return { contents: `${source.slice(0, at)}  return ${EMPTY_ANALYSIS} as never;\n${source.slice(at)}`, loader: 'ts' };
      });
    },
  };
}

/** The CLI's bundle with the analysis cut before `cut` (the real one for null), as a file. */
async function bundle(cut: string | null, dir: string, n: number): Promise<string> {
  const out = await build({ ...BUNDLE_OPTIONS, plugins: cut ? [cutAnalyze(cut)] : [] });
  const file = join(dir, `extract-stage-${n}.mjs`);
  writeFileSync(file, out.outputFiles[0]?.contents ?? '');
  return pathToFileURL(file).href;
}

/**
 * A script that runs a bundle's CLI the way src/cli/extract.mjs does (a file, not `node -e`:
 * worker threads inherit the process's flags, and `--input-type` fails in them).
 */
const RUNNER = `const [url, ...args] = process.argv.slice(2);
const { runCli } = await import(url);
await runCli(args, url);
`;

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'claimdesk-stages-'));
  try {
    const corpus = join(work, 'corpus');
    const { bytes, files } = buildCorpus(corpus, BASE_BYTES, corpusTexts());
    const mb = bytes / 1e6;
    const load = loadavg()[0] ?? 0;
    const runner = join(work, 'run-cli.mjs');
    writeFileSync(runner, RUNNER);
    const rows: Row[] = [];
    let previous = 0;
    for (const [n, [name, cut]] of STAGES.entries()) {
      const url = await bundle(cut, work, n);
      await runExtractCli([runner, url, join(ROOT, 'seeds')]); // untimed: the disk cache, the bundle's first load
      const seconds: number[] = [];
      const cpu: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const res = await runExtractCli([runner, url, corpus]);
        seconds.push(res.seconds);
        cpu.push(res.cpuSeconds);
      }
      const wall = median(seconds);
      rows.push({
        metric: `1× corpus (${mb.toFixed(0)} MB), ${name}`,
        median: round(mb / wall),
        p95: null,
        unit: 'MB/s',
        runs: RUNS,
        note: `${round(wall)} s wall (${n ? `+${round(wall - previous)} s` : 'floor'}), ${round(median(cpu))} CPU-s`,
      });
      previous = wall;
      console.log(`${name}: median ${round(wall)} s wall, ${round(median(cpu))} CPU-s → ${round(mb / wall)} MB/s`);
    }
    printTable(`Extract CLI by stage: ${mb.toFixed(1)} MB in ${files} files, target ≥ ${TARGET_MB_S} MB/s for the whole`, rows);
    writeJson('bench-results/extract-stages.json', {
      benchmark: 'extract CLI whole-process throughput with the analysis cut after each stage',
      date: new Date().toISOString(),
      machine: machine(),
      loadAverageBefore: round(load),
      corpus: { mb: round(mb), files },
      rows,
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
