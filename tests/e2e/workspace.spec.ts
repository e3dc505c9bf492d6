import { expect, test, type Page } from '@playwright/test';
import { openApp, watchPage } from './support';

const marks = (page: Page) => page.getByTestId('reader-text').locator('mark[data-claim-id]');

/** Selects the first `words` words of the first plain (unhighlighted) run of text in the reader. */
async function selectWords(page: Page, words: number) {
  await page.evaluate((count) => {
    const spans = [...document.querySelectorAll<HTMLElement>('[data-testid="reader-text"] span[data-start]')];
    const span = spans.find((s) => (s.textContent ?? '').trim().split(/\s+/).length > count + 2)!;
    const node = span.firstChild!;
    const text = node.textContent!;
    const start = text.search(/\S/);
    let end = start;
    for (let i = 0; i < count; i++) end = text.indexOf(' ', end + 1);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, words);
}

test('review by keyboard, tag, mark a claim by hand, undo, and find it all after a reload', async ({ page }) => {
  const watch = watchPage(page);
  await openApp(page);
  await page.getByTestId('source-item').filter({ hasText: 'No deep crisis' }).click();
  await marks(page).first().click();
  const panel = page.getByTestId('claim-panel');

  // Accept three suggestions and give each a status, by keyboard only.
  const statuses = ['Corroborated', 'Disputed', 'Partly corroborated'];
  const keys = ['2', '4', '3'];
  const reviewed: string[] = [];
  for (let i = 0; i < 3; i++) {
    if (i > 0) await page.keyboard.press('j');
    const id = await marks(page).nth(i).getAttribute('data-claim-id');
    await expect(marks(page).nth(i)).toHaveAttribute('data-selected', 'true');
    await page.keyboard.press('a');
    await expect(panel.getByTestId('claim-review')).toHaveText('accepted');
    await page.keyboard.press(keys[i]!);
    await expect(panel.getByRole('combobox', { name: 'Corroboration status' })).toHaveValue(statuses[i]!);
    reviewed.push(id!);
  }

  // Tag the last one.
  await panel.getByTestId('claim-tags').fill('aviation');
  await panel.getByTestId('claim-tags').press('Enter');
  await expect(panel.getByText('aviation', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 300 } });

  // Mark a claim by hand from a text selection.
  const before = await marks(page).count();
  await selectWords(page, 6);
  await expect(page.getByTestId('mark-claim')).toBeVisible();
  await page.keyboard.press('m');
  await expect(marks(page)).toHaveCount(before + 1);
  await expect(panel.getByText('Marked by hand')).toBeVisible();

  // Undo the last change: the hand-made claim goes away.
  await page.locator('body').press('Control+z');
  await expect(marks(page)).toHaveCount(before);

  await page.reload();
  await expect(marks(page)).toHaveCount(before);
  for (const [i, id] of reviewed.entries()) {
    await expect(page.locator(`mark[data-claim-id="${id}"]`)).toHaveAttribute('title', `${statuses[i]} · accepted`);
  }
  await page.locator(`mark[data-claim-id="${reviewed[2]}"]`).click();
  await expect(page.getByTestId('claim-panel').getByText('aviation', { exact: true })).toBeVisible();
  await expect(page.getByTestId('claim-history')).toContainText('Set tags: aviation');

  // Redo survives the reload too.
  await page.locator('body').press('Control+Shift+z');
  await expect(marks(page)).toHaveCount(before + 1);
  watch.assertClean();
});

test('the review queue accepts and moves on, and bulk-accepts a source', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('nav-review').click();
  const progress = page.getByTestId('review-progress');
  await expect(progress).toContainText('0 reviewed');
  const remaining = Number((await progress.textContent())!.match(/(\d+) to review/)![1]);
  await expect(page.getByTestId('review-card')).toBeVisible();
  await page.keyboard.press('a');
  await expect(progress).toHaveText(`1 reviewed · ${remaining - 1} to review`);
  await page.keyboard.press('r');
  await expect(progress).toHaveText(`2 reviewed · ${remaining - 2} to review`);
  await expect(page.getByTestId('review-card')).toBeVisible();

  await page.getByRole('button', { name: 'Decide in bulk' }).click();
  await page.getByRole('menuitem', { name: /Accept all \d+ of this source/ }).click();
  await expect(progress).not.toHaveText(`2 reviewed · ${remaining - 2} to review`);
  await page.locator('body').press('Control+z');
  await expect(progress).toHaveText(`2 reviewed · ${remaining - 2} to review`);
});

test('shortcuts are listed in the help overlay and every action is in the command palette', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Shift+?');
  await expect(page.getByTestId('help-overlay')).toContainText('Accept the claim');
  await expect(page.getByTestId('help-overlay')).toContainText('Mark the selected text as a claim');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page.getByPlaceholder('Type a command…').fill('go to review');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('review-progress')).toBeVisible();
  // Keys pressed while the palette is still closing belong to it; wait until it is gone.
  await expect(page.getByPlaceholder('Type a command…')).toBeHidden();
  await page.keyboard.press('Alt+6');
  await expect(page).toHaveURL(/#\/speakers/);
});
