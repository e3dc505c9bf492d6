import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApp } from './support';

// The README's screenshots come from here, so they always show the real screen.
const outDir = resolve(import.meta.dirname, '../../docs/screenshots');

for (const scheme of ['light', 'dark'] as const) {
  test(`main screens in ${scheme} mode`, async ({ page }) => {
    mkdirSync(outDir, { recursive: true });
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page);
    await page.getByTestId('source-item').filter({ hasText: 'crisis chain' }).click();
    await page.getByTestId('reader-text').locator('mark[data-claim-id]').nth(1).click();
    await expect(page.getByTestId('claim-panel')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    await page.screenshot({ path: `${outDir}/reader-${scheme}.png` });

    await page.getByTestId('nav-claims').click();
    await expect(page.getByTestId('claim-row').first()).toBeVisible();
    await page.screenshot({ path: `${outDir}/claims-${scheme}.png` });
  });
}
