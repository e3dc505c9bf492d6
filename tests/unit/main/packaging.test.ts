/**
 * Packaging without packaging (that needs network): electron-builder.yml as electron-builder itself
 * reads and validates it, the afterPack hook's fuses against a mocked @electron/fuses, and the
 * seeds and data folder the main process finds in development and when packaged.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Configuration } from 'electron-builder';
import type * as FusesModule from '@electron/fuses';
import { fake, repoRoot } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);
vi.mock('@electron/fuses', async (importOriginal) => ({
  ...(await importOriginal<typeof FusesModule>()),
  flipFuses: vi.fn(async () => 0),
}));

const fuses = await import('@electron/fuses');
const { FuseV1Options, FuseVersion } = fuses;
const flipFuses = vi.mocked(fuses.flipFuses);
const { APP_NAME } = await import('../../../src/main/data-dir');
const { seedsDir } = await import('../../../src/main/paths');

interface AfterPackModule {
  default: (context: unknown) => Promise<void>;
}
// A plain .mjs file, as electron-builder loads it; imported by URL so TypeScript leaves it alone.
const hookUrl = pathToFileURL(join(repoRoot, 'scripts/after-pack.mjs')).href;
const { default: afterPack } = (await import(/* @vite-ignore */ hookUrl)) as AfterPackModule;

/** The configuration as `electron-builder` loads it, checked against its JSON schema. */
async function loadBuilderConfig(): Promise<Configuration> {
  const { getConfig, validateConfiguration } =
    await import('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = await import('builder-util');
  const config = await getConfig(repoRoot, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

function targetNames(platform: unknown): string[] {
  const target = (platform as { target?: unknown } | undefined)?.target;
  const list = Array.isArray(target) ? target : [target];
  return list.map((entry) =>
    typeof entry === 'string' ? entry : (entry as { target: string }).target,
  );
}

describe('electron-builder configuration', () => {
  let config: Configuration;
  // electron-builder's library takes a few seconds to load on a busy machine.
  beforeAll(async () => {
    config = await loadBuilderConfig();
  }, 60_000);

  it('is valid for electron-builder and names the app Claimdesk', () => {
    expect(config.productName).toBe('Claimdesk');
    // The packaged app's name is the one main gives itself, so both use <appData>/Claimdesk.
    expect(config.productName).toBe(APP_NAME);
    expect(config.appId).toMatch(/^[a-z][\w-]*(\.[a-z][\w-]*)+$/);
    expect(config.asar).toBe(true);
  });

  it('packs only the built app and package.json', async () => {
    // electron-builder folds the patterns into one file set.
    const [fileSet] = config.files as { filter: string[] }[];
    const included = fileSet!.filter.filter((pattern) => !pattern.startsWith('!'));
    expect(included).toEqual(['out/**', 'package.json']);
    // No node_modules: main and preload carry their dependencies in their bundles.
    expect(fileSet!.filter).toContain('!node_modules/**');
    const vite = (await import('../../../electron.vite.config')).default as {
      main: { build?: { externalizeDeps?: unknown } };
      preload: { build?: { externalizeDeps?: unknown } };
    };
    expect(vite.main.build?.externalizeDeps).toBe(false);
    expect(vite.preload.build?.externalizeDeps).toBe(false);
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      main: string;
    };
    expect(pkg.main).toMatch(/^\.\/out\//);
  });

  it('ships the seeds folder as resources/seeds, where main looks when packaged', () => {
    expect(config.extraResources).toEqual([
      expect.objectContaining({ from: 'seeds', to: 'seeds' }),
    ]);
    expect(existsSync(join(repoRoot, 'seeds', 'manifest.json'))).toBe(true);
  });

  it('builds AppImage and deb on Linux, an NSIS installer on Windows, a dmg on macOS', () => {
    expect(targetNames(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.win)).toEqual(['nsis']);
    expect(targetNames(config.mac)).toEqual(['dmg']);
  });

  it('runs the fuse hook after packing', () => {
    expect(config.afterPack).toBe('./scripts/after-pack.mjs');
    expect(existsSync(join(repoRoot, 'scripts/after-pack.mjs'))).toBe(true);
  });

  it('a misspelt option fails the schema check', async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = await import('builder-util');
    const broken = { ...config, linux: { ...config.linux, tagret: ['deb'] } } as Configuration;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(
      /does not match the API schema/,
    );
  });
});

describe('afterPack fuses', () => {
  beforeEach(() => flipFuses.mockClear());

  const expectedFuses = {
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };

  const context = (electronPlatformName: string) => ({
    appOutDir: '/build/app',
    electronPlatformName,
    packager: { executableName: 'claimdesk', appInfo: { productFilename: 'Claimdesk' } },
  });

  it.each([
    ['linux', 'claimdesk', false],
    ['win32', 'Claimdesk.exe', false],
    ['darwin', 'Claimdesk.app', true],
  ] as const)('%s: flips exactly the hardening fuses on %s', async (platform, binary, isMac) => {
    await afterPack(context(platform));
    expect(flipFuses).toHaveBeenCalledOnce();
    const [path, config] = flipFuses.mock.calls[0]!;
    expect(path).toBe(join('/build/app', binary));
    expect(config).toStrictEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: isMac,
      ...expectedFuses,
    });
  });

  it('leaves the V8 snapshot fuse at its default', async () => {
    await afterPack(context('linux'));
    const config = flipFuses.mock.calls[0]![1] as Record<number, unknown>;
    expect(config).not.toHaveProperty(String(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot));
  });

  it('refuses a platform it does not know', async () => {
    await expect(afterPack(context('aix'))).rejects.toThrow(/unknown platform aix/);
    expect(flipFuses).not.toHaveBeenCalled();
  });
});

describe('seeds and data folder, development and packaged', () => {
  const originalResources = process.resourcesPath;

  beforeEach(() => {
    fake.reset();
    vi.unstubAllEnvs();
    vi.stubEnv('CLAIMDESK_DATA_DIR', '');
  });

  afterEach(() => {
    Object.defineProperty(process, 'resourcesPath', {
      value: originalResources,
      configurable: true,
    });
  });

  it('finds the seeds in the project in development', () => {
    expect(seedsDir()).toBe(join(repoRoot, 'seeds'));
    expect(existsSync(join(seedsDir(), 'manifest.json'))).toBe(true);
  });

  it('finds the seeds in resources/seeds when packaged', () => {
    const resources = mkdtempSync(join(tmpdir(), 'claimdesk-resources-'));
    mkdirSync(join(resources, 'seeds'));
    writeFileSync(join(resources, 'seeds', 'manifest.json'), '{}');
    Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true });
    fake.module.app.isPackaged = true;
    // What extraResources { from: seeds, to: seeds } puts there.
    expect(seedsDir()).toBe(join(resources, 'seeds'));
  });

  /** Runs the main entry afresh, as a launch would, and returns the userData folder it set. */
  async function launchUserData(isPackaged: boolean): Promise<string | undefined> {
    fake.reset();
    fake.module.app.isPackaged = isPackaged;
    vi.resetModules();
    await import('../../../src/main/index');
    const call = fake.module.app.setPath.mock.calls.find(([name]) => name === 'userData');
    return call?.[1];
  }

  it('uses the same data folder in development and packaged', async () => {
    const development = await launchUserData(false);
    const packaged = await launchUserData(true);
    expect(development).toBe(join(fake.paths['appData']!, 'Claimdesk'));
    expect(packaged).toBe(development);
  });

  it('honours CLAIMDESK_DATA_DIR in both', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimdesk-data-'));
    vi.stubEnv('CLAIMDESK_DATA_DIR', dir);
    expect(await launchUserData(false)).toBe(dir);
    expect(await launchUserData(true)).toBe(dir);
  });
});
