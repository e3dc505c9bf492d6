import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/**
 * Where the Electron executable is, or why there is none. Never `require('electron')`: when the
 * binary is missing that call tries to download it (spawning install.js), which this machine
 * cannot do. This mirrors the package's own lookup (path.txt → dist/<path>) without side effects.
 */
export function findElectronBinary(): ElectronBinary {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { found: false, reason: 'the electron npm package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (!existsSync(pathFile) && !override) {
    return { found: false, reason: `${pathFile} is missing (the binary was never downloaded)` };
  }
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const executable = override ? join(override, relative) : join(packageDir, 'dist', relative);
  if (!existsSync(executable)) return { found: false, reason: `${executable} does not exist` };
  return { found: true, path: executable };
}
