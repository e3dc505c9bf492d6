/**
 * The extract CLI under tsx (what extract.mjs falls back to when there is no bundle for the
 * current sources yet): builds the bundle and runs the CLI from it, or from the TypeScript
 * sources when it cannot be built. See extract-main.ts for what the CLI does.
 */
import { extractBundle } from './extract-bundle';
import type { runCli as RunCli } from './extract-main';

const bundle = await extractBundle();
const { runCli } = (bundle ? await import(bundle) : await import('./extract-main')) as { runCli: typeof RunCli };
await runCli(process.argv.slice(2), bundle);
