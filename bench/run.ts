/**
 * `npm run bench [-- <name>…]`: runs the benchmarks in bench/, each `bench/<name>.bench.ts` in
 * its own process — through the npm script `bench:<name>` when package.json has one (the way its
 * owner runs it), else with tsx — one after the other, so they never compete for the machine.
 * Names on the command line pick some (`npm run bench -- workspace`). Each benchmark prints its
 * own table and writes bench-results/<name>.json; this ends with one line per benchmark, then one
 * table of every benchmark's figures (the latest JSON of each; bench/lib/summary.ts), which it also
 * writes to bench-results/summary.json and into the README, and exits non-zero when any failed or
 * missed a target.
 *
 * To add a benchmark: create bench/<name>.bench.ts (a script that measures, prints, writes its
 * JSON and sets a non-zero exit code on failure). bench/lib has the shared pieces: building the
 * app, serving it, launching Chromium, bundling code for the page, statistics and reporting.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { summarise, updateReadme } from './lib/summary';

const root = resolve(import.meta.dirname, '..');
const scripts =
  (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts?: Record<string, string>;
    }
  ).scripts ?? {};

const all = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .sort();
// `--table`: run nothing, only print (and write) the table of the latest results.
const tableOnly = process.argv.includes('--table');
const wanted = process.argv.slice(2).filter((arg) => arg !== '--table');
const unknown = wanted.filter((name) => !all.includes(name));
if (unknown.length) {
  console.error(`No benchmark named ${unknown.join(', ')}; there are: ${all.join(', ')}`);
  process.exit(2);
}
const chosen = tableOnly ? [] : wanted.length ? all.filter((name) => wanted.includes(name)) : all;

const outcomes: [string, number | null, number][] = [];
for (const name of chosen) {
  const script = `bench:${name}`;
  const [command, args] = scripts[script]
    ? ['npm', ['run', '--silent', script]]
    : ['npx', ['tsx', join('bench', `${name}.bench.ts`)]];
  console.log(`\n=== ${name} (${[command, ...args].join(' ')}) ===`);
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  outcomes.push([name, run.status, Math.round((Date.now() - started) / 1000)]);
}

console.log('\n=== benchmarks ===');
for (const [name, status, seconds] of outcomes) {
  console.log(
    `${status === 0 ? 'ok  ' : 'FAIL'}  ${name.padEnd(12)} ${seconds} s  bench-results/${name}.json`,
  );
}
const { rows, sources } = summarise(root, all);
if (updateReadme(root, rows, sources)) console.log('Updated the figures in README.md');
process.exitCode = outcomes.every(([, status]) => status === 0) ? 0 : 1;
