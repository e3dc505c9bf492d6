import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { chromiumArgs } from '../../playwright.config';

const executablePath =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/**
 * A Chromium on an on-disk profile that a test can kill like a power cut. Playwright's persistent
 * context hides the browser's process, so the browser is spawned here, in its own process group,
 * and driven over CDP; `kill()` sends SIGKILL to the whole group at once (browser, renderer and
 * the storage service that writes IndexedDB), so nothing gets to flush or shut down cleanly.
 */
export interface CrashableBrowser {
  browser: Browser;
  page: Page;
  pid: number;
  kill: () => Promise<void>;
  close: () => Promise<void>;
}

export async function launchCrashable(profileDir: string): Promise<CrashableBrowser> {
  if (!executablePath) throw new Error('No Chromium found (set CHROMIUM_PATH).');
  const child: ChildProcess = spawn(
    executablePath,
    [
      ...chromiumArgs,
      '--headless',
      `--user-data-dir=${profileDir}`,
      '--remote-debugging-port=0',
      '--window-size=1440,900',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('Chromium did not start.');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium gave no DevTools endpoint:\n${seen}`)),
      30_000,
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before it listened:\n${seen}`));
    });
  });
  // Keep draining stderr so Chromium never blocks on a full pipe.
  child.stderr!.resume();
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  };
  return {
    browser,
    page,
    pid,
    kill: async () => {
      killGroup('SIGKILL');
      await exited;
    },
    close: async () => {
      await browser.close().catch(() => {});
      killGroup('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      killGroup('SIGKILL');
    },
  };
}

/**
 * Whether any process of the group still runs. Zombies do not count: in a container whose init
 * does not reap orphans, the killed Chromium's children stay as zombies (state Z) though dead.
 */
export function groupAlive(pgid: number): boolean {
  if (!existsSync('/proc/self/stat')) {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  }
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .some((pid) => {
      try {
        // "pid (comm) state ppid pgrp ...": comm may hold spaces, so read after its ")".
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(pgrp) === pgid && state !== 'Z';
      } catch {
        return false;
      }
    });
}
