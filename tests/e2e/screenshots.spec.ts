import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApp } from './support';

// Every screen in both themes, to look at; the README's main screenshot comes from here too, so it
// always shows the real screen.
const docsDir = resolve(import.meta.dirname, '../../docs/screenshots');
const shotsDir = resolve(import.meta.dirname, '../../test-results/screenshots');

const screens: { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'reader',
    open: async (page) => {
      await page.getByTestId('source-item').filter({ hasText: 'crisis chain' }).click();
      await page.getByTestId('reader-text').locator('mark[data-claim-id]').nth(1).click();
      await expect(page.getByTestId('claim-panel')).toBeVisible();
    },
  },
  {
    name: 'review',
    open: async (page) => {
      await page.getByTestId('nav-review').click();
      await expect(page.getByTestId('review-card')).toBeVisible();
    },
  },
  {
    name: 'claims',
    open: async (page) => {
      await page.getByTestId('nav-claims').click();
      await expect(page.getByTestId('claim-row').first()).toBeVisible();
    },
  },
  { name: 'compare', open: (page) => page.getByTestId('nav-compare').click() },
  { name: 'evidence', open: (page) => page.getByTestId('nav-evidence').click() },
  { name: 'speakers', open: (page) => page.getByTestId('nav-speakers').click() },
  { name: 'outlets', open: (page) => page.getByTestId('nav-outlets').click() },
  { name: 'overview', open: (page) => page.getByTestId('nav-overview').click() },
  { name: 'data', open: (page) => page.getByTestId('nav-data').click() },
  { name: 'settings', open: (page) => page.getByTestId('nav-settings').click() },
  {
    name: 'help',
    open: async (page) => {
      await page.keyboard.press('Shift+?');
      await expect(page.getByTestId('help-overlay')).toBeVisible();
    },
  },
  {
    name: 'palette',
    open: async (page) => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+k');
      await page.getByPlaceholder('Type a command…').fill('status');
    },
  },
];

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen in ${scheme} mode`, async ({ page }) => {
    mkdirSync(docsDir, { recursive: true });
    mkdirSync(shotsDir, { recursive: true });
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    for (const screen of screens) {
      await screen.open(page);
      await page.waitForTimeout(400); // let transitions settle
      await page.screenshot({ path: `${shotsDir}/${screen.name}-${scheme}.png` });
      if (screen.name === 'reader') await page.screenshot({ path: `${docsDir}/reader-${scheme}.png` });
    }
  });
}
