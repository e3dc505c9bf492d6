import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export type Target =
  | { max: number; min?: undefined; on: 'median' | 'p95' }
  | { min: number; max?: undefined; on: 'median' | 'p95' };

/** "median < 3000" or "median ≥ 120". */
export const describeTarget = (t: Target) =>
  t.max !== undefined
    ? `${t.on} < ${t.max.toLocaleString('en')}`
    : `${t.on} ≥ ${t.min.toLocaleString('en')}`;

export interface Row {
  metric: string;
  median: number | null;
  p95: number | null;
  unit: string;
  /** The target the figure is held to: below `max` (times) or at least `min` (throughputs). */
  target?: Target | null;
  runs?: number;
  note?: string;
}

const fmt = (v: number | null) =>
  v === null || Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1);

export const verdict = (row: Row): 'pass' | 'FAIL' | '' => {
  if (!row.target) return '';
  const value = row.target.on === 'median' ? row.median : row.p95;
  if (value === null || Number.isNaN(value)) return 'FAIL';
  const met = row.target.max !== undefined ? value < row.target.max : value >= row.target.min;
  return met ? 'pass' : 'FAIL';
};

/** Prints rows as an aligned table: metric, median, p95, unit, target and verdict. */
export function printTable(title: string, rows: Row[]) {
  const lines = [
    ['metric', 'median', 'p95', 'unit', 'runs', 'target', ''],
    ...rows.map((r) => [
      r.metric,
      fmt(r.median),
      fmt(r.p95),
      r.unit,
      r.runs === undefined ? '' : String(r.runs),
      r.target ? describeTarget(r.target) : '',
      verdict(r),
    ]),
  ];
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  console.log(`\n${title}`);
  for (const [n, line] of lines.entries()) {
    console.log(
      line
        .map((cell, i) => (i === 0 || i >= 3 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
        .join('  '),
    );
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  for (const row of rows.filter((r) => r.note)) console.log(`  · ${row.metric}: ${row.note}`);
}

/** The machine the figures were taken on (a shared, noisy machine makes them vary). */
export function machine() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    node: process.version,
  };
}

export function writeJson(relativePath: string, data: unknown) {
  const file = resolve(root, relativePath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`\nWrote ${relativePath}`);
}
