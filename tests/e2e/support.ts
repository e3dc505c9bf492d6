import { expect, type Page } from '@playwright/test';
import { loadManifest } from '../support/seeds';

export const manifest = loadManifest();

/**
 * Records what the page does that it must never do: requests off this machine, CSP violations,
 * uncaught errors. Call `assertClean()` at the end of a test.
 */
export function watchPage(page: Page) {
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      !['127.0.0.1', 'localhost'].includes(url.hostname) &&
      !['data:', 'blob:'].includes(url.protocol)
    ) {
      problems.push(`network request to ${request.url()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return {
    problems,
    assertClean: () => expect(problems, problems.join('\n')).toEqual([]),
  };
}

/** Opens the app and waits until the first-run import has listed every bundled article. */
export async function openApp(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('source-item')).toHaveCount(manifest.seeds.length);
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
}

/** Clicks `trigger`, which opens the browser's file chooser, and picks `files`. */
export async function chooseFiles(
  page: Page,
  trigger: () => Promise<void>,
  files: { name: string; mimeType: string; buffer: Buffer }[] | string,
) {
  const chooser = page.waitForEvent('filechooser');
  await trigger();
  await (await chooser).setFiles(files);
}
