/**
 * `npm run extract`: runs the extract CLI (extract-main.ts) from its bundle with plain node,
 * which starts in ~0.05 s where loading tsx first costs ~0.25 s. When there is no bundle for the
 * current sources yet (fresh clone, edited sources) or EXTRACT_BUNDLE=0, it runs extract.ts
 * under tsx, which builds the bundle for the next run.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { bundlePath } from './extract-bundle-path.mjs';

let bundle = null;
try {
  if (process.env.EXTRACT_BUNDLE !== '0') bundle = bundlePath();
} catch {
  bundle = null; // sources unreadable: let extract.ts decide
}
if (bundle && existsSync(bundle)) {
  const url = pathToFileURL(bundle).href;
  const { runCli } = await import(url);
  await runCli(process.argv.slice(2), url);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./extract.ts');
}
