/**
 * One table for the whole `npm run bench`: every benchmark writes its own JSON in its own shape
 * (rows of a table, or per-scale results for the extractor); this reads them back, lines them up
 * as rows, prints them together, writes bench-results/summary.json and puts the same table in the
 * README between its bench markers, so the README always shows the latest complete figures.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeTarget, machine, printTable, verdict, writeJson, type Row } from './report';

interface BenchFile {
  date?: string;
  machine?: { loadAverage?: number[] };
  rows?: Row[];
  summary?: Row[];
  target?: number;
  results?: {
    scale: number;
    mb: number;
    mbPerSecond: number;
    mbPerCpuSecond?: number;
    seconds?: number[];
  }[];
}

/** The rows one benchmark's JSON holds, each metric prefixed with the benchmark's name. */
export function rowsOf(name: string, file: BenchFile): Row[] {
  const rows = file.rows ?? file.summary;
  if (rows) return rows.map((row) => ({ ...row, metric: `${name}: ${row.metric}` }));
  // The extractor's file: MB/s at each corpus scale (higher is better, so the target is a floor).
  return (file.results ?? []).map((r) => ({
    metric: `${name}: ${r.mb.toFixed(0)} MB corpus (×${r.scale}), MB/s`,
    median: r.mbPerSecond,
    p95: null,
    unit: 'MB/s',
    runs: r.seconds?.length,
    target: null,
    note: `${(r.mbPerCpuSecond ?? NaN).toFixed(1)} MB per CPU-second; target ≥ ${file.target ?? 20} MB/s: ${r.mbPerSecond >= (file.target ?? 20) ? 'pass' : 'FAIL'}`,
  }));
}

/** A floor target (≥) is not expressible in Row; the extractor's verdict travels in its note. */
const verdictOf = (row: Row) => {
  const v = verdict(row);
  if (v || !row.note) return v;
  return /: (pass|FAIL)$/.exec(row.note)?.[1] ?? '';
};

const fmt = (v: number | null | undefined) =>
  v === null || v === undefined || Number.isNaN(v)
    ? ''
    : v >= 100
      ? Math.round(v).toLocaleString('en')
      : v.toFixed(1);

/** The rows as a Markdown table, for the README. */
export function markdownTable(rows: Row[]): string {
  const lines = [
    '| benchmark | median | p95 | unit | target | |',
    '| --- | ---: | ---: | --- | --- | --- |',
    ...rows.map((r) => {
      const floor = /target (≥ [\d.]+ MB\/s)/.exec(r.note ?? '')?.[1];
      const target = r.target ? describeTarget(r.target) : (floor ?? '');
      const v = verdictOf(r);
      return `| ${r.metric} | ${fmt(r.median)} | ${fmt(r.p95)} | ${r.unit} | ${target} | ${v === 'pass' ? '✓' : v === 'FAIL' ? '✗' : ''} |`;
    }),
  ];
  return lines.join('\n');
}

export function summarise(root: string, names: string[]) {
  const rows: Row[] = [];
  const sources: { name: string; date: string | null; loadAverage: number[] | null }[] = [];
  for (const name of names) {
    const path = join(root, 'bench-results', `${name}.json`);
    if (!existsSync(path)) continue;
    const file = JSON.parse(readFileSync(path, 'utf8')) as BenchFile;
    rows.push(...rowsOf(name, file));
    const load =
      file.machine?.loadAverage ?? file.results?.map((r) => r.loadAverage ?? NaN) ?? null;
    sources.push({ name, date: file.date ?? null, loadAverage: load });
  }
  printTable('All benchmarks', rows);
  writeJson('bench-results/summary.json', {
    date: new Date().toISOString(),
    machine: machine(),
    benchmarks: sources,
    rows: rows.map((r) => ({ ...r, verdict: verdictOf(r) })),
  });
  return { rows, sources };
}

/** Replaces the README's table between `<!-- bench:start -->` and `<!-- bench:end -->`. */
export function updateReadme(
  root: string,
  rows: Row[],
  sources: { name: string; date: string | null; loadAverage: number[] | null }[],
) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return false;
  const loads = sources
    .map(
      (s) =>
        `${s.name} ${s.date?.slice(0, 16).replace('T', ' ') ?? '?'} UTC, load ${s.loadAverage?.[0] ?? '?'}`,
    )
    .join('; ');
  const block = [
    start,
    `Figures of the latest \`npm run bench\` (${loads}; ${machine().cpus} cores). Written by the`,
    'command itself; the JSON behind each row is in `bench-results/`.',
    '',
    markdownTable(rows),
    '',
  ].join('\n');
  writeFileSync(readme, text.slice(0, from) + block + text.slice(to));
  return true;
}
