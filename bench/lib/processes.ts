import { readFileSync, readdirSync } from 'node:fs';

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Memory of the Chromium renderer processes of the browser started with `profileDir` (Linux,
 * from /proc): proportional set size, which counts everything the page costs — JS heaps of the
 * page and its workers, DOM, layout, IndexedDB client buffers — not just the JS heap.
 */
export function rendererMemory(profileDir: string): { pid: number; pssMB: number }[] {
  const parent = new Map<number, number>();
  const args = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = read(`/proc/${pid}/stat`);
    const cmdline = read(`/proc/${pid}/cmdline`);
    if (!stat || cmdline === null) continue;
    // "pid (comm) state ppid …": comm may hold spaces and parentheses.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    parent.set(pid, ppid);
    args.set(pid, cmdline.replace(/\0/g, ' '));
  }
  const browser = [...args].find(
    ([, a]) => a.includes(`--user-data-dir=${profileDir}`) && !a.includes('--type='),
  )?.[0];
  if (browser === undefined) return [];
  const descends = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p === browser) return true;
    }
    return false;
  };
  const out: { pid: number; pssMB: number }[] = [];
  for (const [pid, a] of args) {
    if (!a.includes('--type=renderer') || !descends(pid)) continue;
    const rollup = read(`/proc/${pid}/smaps_rollup`) ?? '';
    const kb = Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? NaN);
    if (!Number.isNaN(kb)) out.push({ pid, pssMB: Math.round(kb / 102.4) / 10 });
  }
  return out.sort((a, b) => b.pssMB - a.pssMB);
}
