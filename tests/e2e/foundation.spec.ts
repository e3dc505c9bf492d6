import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifest, openApp, watchPage } from './support';

test('first run lists the five bundled articles with their titles and outlets', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openApp(page);
  const titles = await page.getByTestId('source-title').allTextContents();
  const outlets = await page.getByTestId('source-outlet').allTextContents();
  expect([...titles].sort()).toEqual(manifest.seeds.map((s) => s.title).sort());
  expect([...outlets].sort()).toEqual(manifest.seeds.map((s) => s.outlet).sort());
  for (const item of await page.getByTestId('source-item').all()) {
    // Each seed has quotes, so each shows a non-zero claim count.
    await expect(item.locator('.mantine-Badge-root')).not.toHaveText('0');
  }
  watch.assertClean();
});

test('each article opens with its text and without the site menus around it', async ({ page }) => {
  const watch = watchPage(page);
  await openApp(page);
  const boilerplate = [
    'WHAT ARE YOU LOOKING FOR',
    'Follow us on Instagram',
    'Leave a Reply',
    'Sign Up for Our Newsletters',
    'share-line',
    'night_theme',
    'You May Also Like',
    'Views: 165',
  ];
  for (const seed of manifest.seeds) {
    await page.getByTestId('source-item').filter({ hasText: seed.title }).click();
    await expect(page.getByTestId('reader-title')).toHaveText(seed.title);
    const text = (await page.getByTestId('reader-text').textContent()) ?? '';
    expect(text.length).toBeGreaterThan(1500);
    for (const phrase of boilerplate)
      expect(text, `${seed.file} still shows “${phrase}”`).not.toContain(phrase);
    // Claims are highlighted in the text.
    expect(
      await page.getByTestId('reader-text').locator('mark[data-claim-id]').count(),
    ).toBeGreaterThan(0);
  }
  watch.assertClean();
});

test('a status change is saved at once and survives a reload', async ({ page }) => {
  const watch = watchPage(page);
  await openApp(page);
  await page.getByTestId('source-item').filter({ hasText: 'Alexander Krylov' }).click();
  const firstClaim = page.getByTestId('reader-text').locator('mark[data-claim-id]').first();
  const claimId = await firstClaim.getAttribute('data-claim-id');
  await firstClaim.click();
  const panel = page.getByTestId('claim-panel');
  await expect(panel.getByRole('textbox', { name: 'Speaker' })).toHaveValue('Alexander Krylov');
  await panel.getByRole('combobox', { name: 'Corroboration status' }).click();
  await page.getByRole('option', { name: /^Disputed/ }).click();
  await expect(panel.getByRole('combobox', { name: 'Corroboration status' })).toHaveValue(
    'Disputed',
  );

  await page.reload();
  await expect(page.getByTestId('source-item')).toHaveCount(manifest.seeds.length);
  await page.locator(`mark[data-claim-id="${claimId}"]`).first().click();
  await expect(
    page.getByTestId('claim-panel').getByRole('combobox', { name: 'Corroboration status' }),
  ).toHaveValue('Disputed');

  // The claims table shows the same stored status.
  await page.getByTestId('nav-claims').click();
  await expect(page.getByTestId('claim-row').first()).toBeVisible();
  watch.assertClean();
});

test('deleting a source and re-importing the bundled articles restores it and keeps other edits', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openApp(page);
  // An edit on one seed...
  await page.getByTestId('source-item').filter({ hasText: 'Alexander Krylov' }).click();
  const mark = page.getByTestId('reader-text').locator('mark[data-claim-id]').first();
  const editedId = await mark.getAttribute('data-claim-id');
  await mark.click();
  await page
    .getByTestId('claim-panel')
    .getByRole('combobox', { name: 'Corroboration status' })
    .click();
  await page.getByRole('option', { name: /^Refuted/ }).click();
  await expect(
    page.getByTestId('claim-panel').getByRole('combobox', { name: 'Corroboration status' }),
  ).toHaveValue('Refuted');

  // ...and another seed deleted.
  const interview = manifest.seeds.find((s) => s.kind === 'interview')!;
  await page.getByTestId('source-item').filter({ hasText: interview.title }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Delete source' }).click();
  await expect(page.getByTestId('source-item')).toHaveCount(manifest.seeds.length - 1);

  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Re-import bundled articles' }).click();
  await expect(page.getByTestId('source-item')).toHaveCount(manifest.seeds.length);
  await expect(page.getByTestId('source-item').filter({ hasText: interview.title })).toHaveCount(1);

  await page.getByTestId('source-item').filter({ hasText: 'Alexander Krylov' }).click();
  await page.locator(`mark[data-claim-id="${editedId}"]`).first().click();
  await expect(
    page.getByTestId('claim-panel').getByRole('combobox', { name: 'Corroboration status' }),
  ).toHaveValue('Refuted');
  watch.assertClean();
});

test('undo reverts the last change, and the history survives a reload', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('source-item').first().click();
  const mark = page.getByTestId('reader-text').locator('mark[data-claim-id]').first();
  await mark.click();
  const status = page
    .getByTestId('claim-panel')
    .getByRole('combobox', { name: 'Corroboration status' });
  await status.click();
  await page.getByRole('option', { name: /^Corroborated/ }).click();
  await expect(status).toHaveValue('Corroborated');
  await page.reload();
  await expect(page.getByTestId('source-item')).toHaveCount(manifest.seeds.length);
  await page.locator('body').press('Control+z');
  await page.getByTestId('reader-text').locator('mark[data-claim-id]').first().click();
  await expect(
    page.getByTestId('claim-panel').getByRole('combobox', { name: 'Corroboration status' }),
  ).toHaveValue('Unverified');
});

test('a second launch on the same profile never duplicates the bundled articles', async ({
  baseURL,
}, testInfo) => {
  const profile = mkdtempSync(join(tmpdir(), 'claimdesk-profile-'));
  const launchOptions = testInfo.project.use.launchOptions ?? {};
  try {
    for (let launch = 1; launch <= 2; launch++) {
      const context = await chromium.launchPersistentContext(profile, {
        ...launchOptions,
        baseURL,
      });
      const page = context.pages()[0] ?? (await context.newPage());
      await openApp(page);
      await page.waitForTimeout(500);
      await expect(page.getByTestId('source-item')).toHaveCount(manifest.seeds.length);
      await context.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
