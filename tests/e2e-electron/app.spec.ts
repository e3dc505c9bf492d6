/**
 * The real desktop app, built by `electron-vite build`, driven by Playwright's Electron launcher.
 * Where the Electron binary is not installed (this development machine) every test here reports
 * itself SKIPPED with the reason; it never counts as passed.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { loadManifest } from '../support/seeds';
import { findElectronBinary } from './electron-binary';

const root = resolve(import.meta.dirname, '../..');
const manifest = loadManifest();
const binary = findElectronBinary();
const built = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

test.beforeEach(() => {
  test.skip(
    !binary.found,
    `Electron binary not installed on this machine: ${binary.found ? '' : binary.reason}`,
  );
  const missing = built.filter((file) => !existsSync(join(root, file)));
  expect(missing, 'run `electron-vite build` first (npm run test:e2e does)').toEqual([]);
});

async function launch(dataDir: string): Promise<{ app: ElectronApplication; page: Page }> {
  if (!binary.found) throw new Error(binary.reason);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
  }
  env['CLAIMDESK_DATA_DIR'] = dataDir;
  const app = await _electron.launch({
    executablePath: binary.path,
    // The project folder: Electron runs package.json's `main` (out/main/index.js) and
    // app.getAppPath() finds seeds/ beside it. Root in a container needs Chromium's --no-sandbox.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
    cwd: root,
    env,
  });
  const page = await app.firstWindow();
  return { app, page };
}

type Globals = Record<string, unknown> & { open(url: string): unknown };

test('launches sandboxed on app://claimdesk, lists the five seeds, denies window.open, keeps data across a relaunch', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-electron-'));
  try {
    const first = await launch(dataDir);
    await expect(first.page.getByTestId('source-item')).toHaveCount(manifest.seeds.length, {
      timeout: 30_000,
    });
    expect(manifest.seeds).toHaveLength(5);

    const url = new URL(first.page.url());
    expect(`${url.protocol}//${url.host}`).toBe('app://claimdesk');
    expect(await first.app.evaluate(({ app }) => app.getPath('userData'))).toBe(dataDir);

    const globals = await first.page.evaluate(() => {
      const w = globalThis as unknown as Record<string, unknown>;
      const bridge = w['claimdesk'] as Record<string, unknown> | undefined;
      return {
        bridge: typeof bridge,
        bridgeKeys: Object.keys(bridge ?? {}).sort(),
        require: typeof w['require'],
        process: typeof w['process'],
        module: typeof w['module'],
      };
    });
    expect(globals).toEqual({
      bridge: 'object',
      bridgeKeys: ['app', 'files', 'onMenuCommand', 'seeds'],
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });

    const opened = await first.page.evaluate(() =>
      (globalThis as unknown as Globals).open('https://example.com'),
    );
    expect(opened).toBeNull();
    await first.page.waitForTimeout(500);
    expect(first.app.windows()).toHaveLength(1);

    // No network: the CSP and the session both stop a fetch off the machine.
    const fetched = await first.page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'fetched',
        () => 'blocked',
      ),
    );
    expect(fetched).toBe('blocked');

    // Navigation away is denied: the page stays on the app.
    await first.page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href =
        'https://example.com/';
    });
    await first.page.waitForTimeout(500);
    expect(new URL(first.page.url()).host).toBe('claimdesk');
    await first.app.close();

    const second = await launch(dataDir);
    await expect(second.page.getByTestId('source-item')).toHaveCount(manifest.seeds.length, {
      timeout: 30_000,
    });
    await second.page.waitForTimeout(1_000);
    await expect(second.page.getByTestId('source-item')).toHaveCount(manifest.seeds.length);
    await second.app.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('refuses every way out: window.open, location, a target=_blank link, a middle-click and a form', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-electron-'));
  try {
    const { app, page } = await launch(dataDir);
    await expect(page.getByTestId('source-item')).toHaveCount(manifest.seeds.length, {
      timeout: 30_000,
    });
    const leftTheApp: string[] = [];
    page.on('framenavigated', (frame) => {
      if (new URL(frame.url()).host !== 'claimdesk') leftTheApp.push(frame.url());
    });
    app.on('window', (opened) => leftTheApp.push(`new window ${opened.url()}`));

    // Script asking directly: a new window is refused (null), navigation is cancelled.
    const opened = await page.evaluate(() => ({
      outside: (globalThis as unknown as Globals).open('https://example.com') === null,
      own: (globalThis as unknown as Globals).open('app://claimdesk/index.html') === null,
    }));
    expect(opened).toEqual({ outside: true, own: true });
    for (const how of ['href', 'assign', 'replace'] as const) {
      await page.evaluate((method) => {
        const location = (globalThis as unknown as { location: Location }).location;
        if (method === 'href') location.href = 'https://example.com/';
        else location[method]('https://example.com/');
      }, how);
      await page.waitForTimeout(300);
      expect(new URL(page.url()).host, `location.${how}`).toBe('claimdesk');
    }

    // Links and a form an imported page might have carried, clicked as a user would.
    await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: Document }).document;
      const box = doc.createElement('div');
      box.id = 'way-out';
      // Above the app's fixed header and panels, so the clicks land on these elements.
      box.style.cssText = 'position:fixed;left:8px;bottom:8px;z-index:2147483647;background:#fff';
      box.innerHTML =
        '<a id="blank" href="https://example.com/" target="_blank">blank</a> ' +
        '<a id="plain" href="https://example.com/">plain</a> ' +
        '<form id="form" action="https://example.com/" method="get"><button id="submit">go</button></form>';
      doc.body.prepend(box);
    });
    await page.locator('#blank').click();
    await page.locator('#plain').click({ button: 'middle' });
    await page.locator('#plain').click({ modifiers: ['Shift'] });
    await page.locator('#plain').click();
    await page.locator('#submit').click();
    await page.waitForTimeout(1_000);

    expect(app.windows()).toHaveLength(1);
    expect(new URL(page.url()).host).toBe('claimdesk');
    expect(leftTheApp).toEqual([]);
    await app.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
