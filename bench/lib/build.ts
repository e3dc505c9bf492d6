import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * Builds the app (`electron-vite build`) into a directory of the benchmark's own, so that a build
 * someone else starts in the shared `out/` meanwhile cannot change the app under measurement.
 * Returns the folder holding the built renderer (index.html and assets).
 */
export function buildApp(options: { skip?: boolean } = {}): string {
  const outDir = join(root, 'node_modules/.cache/claimdesk-bench/out');
  if (!options.skip || !existsSync(join(outDir, 'renderer/index.html'))) {
    execFileSync('npx', ['electron-vite', 'build', '--outDir', outDir, '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }
  return join(outDir, 'renderer');
}
