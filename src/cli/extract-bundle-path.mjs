/**
 * Where the extract CLI's bundle for the current sources lives (built by extract-bundle.ts).
 * Plain JavaScript, so that the launcher (extract.mjs) can find the bundle without loading
 * TypeScript support first.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped when the way the bundle is built changes. */
const FORMAT = 'extract-bundle-2';
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The bundle's entry module. */
export const ENTRY = join(ROOT, 'src/cli/extract-worker.ts');
export const CACHE = join(ROOT, 'node_modules/.cache/claimdesk-extract');

/** Every source file the bundle is made of, in a stable order. */
export function bundleSources() {
  const dir = join(ROOT, 'src/core/extract');
  const core = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => join(dir, f));
  const cli = ['extract-job.ts', 'extract-main.ts', 'extract-worker.ts'].map((f) => join(ROOT, 'src/cli', f));
  return [...core, ...cli];
}

/** The bundle's path for the current sources and Node version (it may not exist yet). */
export function bundlePath() {
  const h = createHash('sha256');
  h.update(`${FORMAT}\0${process.version}\0`);
  for (const f of bundleSources()) h.update(`${f}\0`).update(readFileSync(f)).update('\0');
  return join(CACHE, `extract-${h.digest('hex').slice(0, 20)}.mjs`);
}
