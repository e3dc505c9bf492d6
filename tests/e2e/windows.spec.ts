import { expect, test, type Page } from '@playwright/test';
import { manifest, openApp, watchPage } from './support';

/**
 * Two windows of the browser build on one store (two pages of one browser context share the
 * origin's IndexedDB): each sees the other's changes without a reload, undo and redo walk one
 * shared history, and a newer Claimdesk opening the store makes both let go of it.
 */

const statusOf = (page: Page) =>
  page.getByTestId('claim-panel').getByRole('combobox', { name: 'Corroboration status' });

/** Presses a shortcut with no field focused (shortcuts do not fire while a field has focus). */
async function shortcut(page: Page, keys: string) {
  await page.getByTestId('reader-title').click();
  await page.locator('body').press(keys);
}

async function openClaim(page: Page, sourceTitle: string, claimId: string) {
  await page.getByTestId('source-item').filter({ hasText: sourceTitle }).click();
  await page.locator(`mark[data-claim-id="${claimId}"]`).first().click();
  await expect(statusOf(page)).toBeVisible();
}

test('two windows stay consistent: edits, undo and redo, deletion and its undo', async ({
  page: a,
  context,
}) => {
  await context.addInitScript(() => {
    // Counts the browser build's request for persistent storage at start.
    const storage = navigator.storage;
    const persist = storage.persist.bind(storage);
    (window as unknown as { persistCalls: number }).persistCalls = 0;
    storage.persist = () => {
      (window as unknown as { persistCalls: number }).persistCalls++;
      return persist();
    };
  });
  const b = await context.newPage();
  const watches = [watchPage(a), watchPage(b)];

  // Both windows start at once on an empty store: the bundled articles arrive once.
  await Promise.all([openApp(a), openApp(b)]);
  for (const page of [a, b]) {
    await expect(page.getByTestId('source-item')).toHaveCount(manifest.seeds.length);
    expect(
      await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls),
    ).toBe(1);
  }

  const source = manifest.seeds.find((s) => s.title.includes('Krylov'))!.title;
  await a.getByTestId('source-item').filter({ hasText: source }).click();
  const claimId = (await a
    .getByTestId('reader-text')
    .locator('mark[data-claim-id]')
    .first()
    .getAttribute('data-claim-id'))!;
  await openClaim(a, source, claimId);
  await openClaim(b, source, claimId);
  await expect(statusOf(b)).toHaveValue('Unverified');

  // A change in one window shows in the other, without a reload.
  await statusOf(a).click();
  await a.getByRole('option', { name: /^Disputed/ }).click();
  await expect(statusOf(a)).toHaveValue('Disputed');
  await expect(statusOf(b)).toHaveValue('Disputed');

  // Undo in the other window takes back that change (one history for the store), in both.
  await shortcut(b, 'Control+z');
  await expect(statusOf(b)).toHaveValue('Unverified');
  await expect(statusOf(a)).toHaveValue('Unverified');
  // Redo in the first window brings it back, in both.
  await shortcut(a, 'Control+Shift+z');
  await expect(statusOf(a)).toHaveValue('Disputed');
  await expect(statusOf(b)).toHaveValue('Disputed');

  // A tag added in one window appears in the other, with the step in the claim's history.
  await a.getByTestId('claim-panel').getByTestId('claim-tags').fill('pipeline');
  await a.getByTestId('claim-panel').getByTestId('claim-tags').press('Enter');
  await expect(b.getByTestId('claim-panel').getByText('pipeline', { exact: true })).toBeVisible();
  await expect(b.getByTestId('claim-history')).toContainText('Set tags: pipeline');

  // The claims table of the other window shows the stored status.
  await b.getByTestId('nav-claims').click();
  await expect(b.locator(`[data-testid="claim-row"][data-claim-id="${claimId}"]`)).toHaveAttribute(
    'data-status',
    'disputed',
  );
  await statusOf(a).click();
  await a.getByRole('option', { name: /^Refuted/ }).click();
  await expect(b.locator(`[data-testid="claim-row"][data-claim-id="${claimId}"]`)).toHaveAttribute(
    'data-status',
    'refuted',
  );

  // Deleting a source in one window removes it from the other; undo there brings it back to both.
  const interview = manifest.seeds.find((s) => s.kind === 'interview')!;
  await a.getByTestId('source-item').filter({ hasText: interview.title }).click();
  await a.getByRole('button', { name: 'Delete' }).click();
  await a.getByRole('button', { name: 'Delete source' }).click();
  await b.getByTestId('nav-sources').click();
  for (const page of [a, b]) {
    await expect(page.getByTestId('source-item')).toHaveCount(manifest.seeds.length - 1);
  }
  await shortcut(b, 'Control+z');
  for (const page of [a, b]) {
    await expect(page.getByTestId('source-item')).toHaveCount(manifest.seeds.length);
    await expect(page.getByTestId('source-item').filter({ hasText: interview.title })).toHaveCount(
      1,
    );
  }
  // The refuted status, set before the deletion, is still the newest step in both windows' history.
  await shortcut(b, 'Control+z');
  await openClaim(a, source, claimId);
  await expect(statusOf(a)).toHaveValue('Disputed');

  for (const watch of watches) watch.assertClean();
});

test('a newer Claimdesk opening the store makes every open window let go and say so', async ({
  page: a,
  context,
}) => {
  const b = await context.newPage();
  await Promise.all([openApp(a), openApp(b)]);

  // What a newer version does on opening: upgrade the store (here from a page of the same origin
  // that is not the app).
  const newer = await context.newPage();
  await newer.goto('/seeds/manifest.json');
  const version = await newer.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('claimdesk', 990);
        request.onsuccess = () => {
          request.result.close();
          resolve(request.result.version);
        };
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('blocked: a window did not let go'));
      }),
  );
  expect(version).toBe(990);

  for (const page of [a, b]) {
    await expect(
      page.getByRole('alert', { name: 'Claimdesk was updated in another window' }),
    ).toContainText('Everything you saved is kept. Reload to continue.');
    await expect(page.getByTestId('source-item')).toHaveCount(0);
  }
  // Reloading this older version then refuses the newer store, with the reason, instead of a blank window.
  await a.getByRole('button', { name: 'Reload' }).click();
  await expect(a.getByRole('alert', { name: 'This data needs a newer Claimdesk' })).toContainText(
    'This data was written by a newer Claimdesk (schema 99); this version supports up to schema 2.',
  );
});
