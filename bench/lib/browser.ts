import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';

/** Debian's Chromium unless CHROMIUM_PATH says otherwise (as the end-to-end tests do). */
export const chromiumPath =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export const benchChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // performance.memory with exact figures, and gc() so heap is measured after collection.
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

/**
 * A Chromium with an on-disk profile: IndexedDB behaves as it does for a user (an incognito
 * context would keep it in memory). The profile is deleted on close unless `keep` is set.
 */
export async function launchProfile(options: { profileDir?: string; keep?: boolean } = {}) {
  if (!chromiumPath) {
    throw new Error('No Chromium: install Debian’s chromium or set CHROMIUM_PATH.');
  }
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'claimdesk-bench-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    args: benchChromiumArgs,
    viewport: { width: 1440, height: 900 },
    headless: true,
  });
  // tsx compiles with esbuild's keepNames, which wraps functions in a `__name` helper that
  // functions sent to page.evaluate then call in the page: give the page a harmless one.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return {
    context,
    profileDir,
    close: async () => {
      await context.close();
      if (!options.keep) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
