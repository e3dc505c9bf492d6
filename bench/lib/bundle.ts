import { resolve } from 'node:path';
import { build, type Rollup } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/**
 * Bundles a page-side entry (and what it imports from the app, e.g. the Dexie schema) into one
 * script for `page.evaluate`. The DevTools protocol evaluates it whatever the page's CSP says, so
 * benchmark code never has to ship inside the app's own bundle.
 */
export async function bundleForPage(entry: string): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: {
      alias: { '@core': resolve(root, 'src/core'), '@shared': resolve(root, 'src/shared') },
    },
    build: {
      write: false,
      emptyOutDir: false,
      minify: false,
      lib: { entry: resolve(root, entry), formats: ['iife'], name: '__claimdeskBenchEntry' },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const first = Array.isArray(output) ? output[0]! : output;
  const chunk = first.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error(`Bundling ${entry} produced no script`);
  return chunk.code;
}
