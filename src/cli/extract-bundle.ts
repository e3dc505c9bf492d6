/**
 * The extract CLI's analysis code as one plain-JavaScript bundle, built on demand with esbuild
 * (which ships with tsx) into node_modules/.cache/claimdesk-extract/. Worker threads load it
 * directly instead of registering the TypeScript loader and transforming every module again,
 * and the main thread imports one file instead of ~25. A fresh clone needs no build step: the
 * first run builds it (~0.1 s); any change to the sources gives a new file name. When it
 * cannot be built (no esbuild, read-only tree), the CLI runs the TypeScript sources as before.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildOptions } from 'esbuild';
import { bundlePath, CACHE, ENTRY, ROOT } from './extract-bundle-path.mjs';

/** How the bundle is built (also by bench/extract-stages.bench.ts, with the analysis cut short). */
export const BUNDLE_OPTIONS = {
  entryPoints: [ENTRY],
  bundle: true,
  platform: 'node',
  format: 'esm',
  // esnext keeps \p{…} regex literals as literals (a node20 target turns each into a
  // `new RegExp` call evaluated every time the expression runs).
  target: 'esnext',
  write: false,
  logLevel: 'silent',
  alias: { '@shared': join(ROOT, 'src/shared'), '@core': join(ROOT, 'src/core') },
} satisfies BuildOptions;

/** Bundles of older sources are removed once they are this old (a running CLI may still use one). */
const STALE_MS = 60 * 60 * 1000;

function removeStale(keep: string): void {
  const now = Date.now();
  for (const f of readdirSync(CACHE)) {
    const full = join(CACHE, f);
    if (full === keep || !/^extract-[0-9a-f]+\.mjs$/.test(f)) continue;
    try {
      if (now - statSync(full).mtimeMs > STALE_MS) rmSync(full, { force: true });
    } catch {
      // removed by another run
    }
  }
}

/**
 * A file URL of the bundle for the current sources (building it if needed), or null when it
 * cannot be had. Concurrent runs each write a temporary file and rename it into place.
 */
export async function extractBundle(): Promise<string | null> {
  if (process.env.EXTRACT_BUNDLE === '0') return null;
  try {
    const target = bundlePath();
    if (!existsSync(target)) {
      const esbuild = await import('esbuild');
      const out = await esbuild.build(BUNDLE_OPTIONS);
      const code = out.outputFiles[0]?.contents;
      if (!code) return null;
      mkdirSync(CACHE, { recursive: true });
      const tmp = `${target}.${process.pid}.tmp`;
      writeFileSync(tmp, code);
      renameSync(tmp, target);
      removeStale(target);
    }
    return pathToFileURL(target).href;
  } catch {
    return null;
  }
}
