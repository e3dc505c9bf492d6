import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { chooseFiles, manifest, openApp, watchPage } from './support';

const fixtures = resolve(import.meta.dirname, '../fixtures');
const hostile = readFileSync(join(fixtures, 'bad-input/hostile.html'));
const ledger = readFileSync(join(fixtures, 'extract/html-article.html'));
const pasted = [
  'Aliyev and Pashinyan meet in Abu Dhabi',
  '',
  'By Leyla Mammadova',
  '',
  '“We have never been closer to peace,” said Ilham Aliyev after the meeting on Thursday.',
  '',
  'Nikol Pashinyan told reporters that “the text of the agreement is ready”.',
].join('\n');

declare global {
  interface Window {
    __claimdeskPwned?: string;
  }
}

async function openData(page: Page) {
  await page.getByTestId('nav-data').click();
  await expect(page.getByTestId('data-view')).toBeVisible();
}

async function download(page: Page, trigger: () => Promise<void>, dir: string) {
  const pending = page.waitForEvent('download');
  await trigger();
  const file = await pending;
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

test('import two web pages and a pasted text, export filtered claims, re-import an edited CSV, back up, clear and restore', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const watch = watchPage(page);
  const dir = testInfo.outputPath('files');
  mkdirSync(dir, { recursive: true });
  await openApp(page);
  await openData(page);

  // ---- Import two HTML articles and a pasted text ----------------------------------------------
  await page.getByTestId('data-import-open').click();
  const dialog = page.getByRole('dialog', { name: 'Import articles' });
  await chooseFiles(page, () => dialog.getByRole('button', { name: 'Choose files…' }).click(), [
    { name: 'pipeline.html', mimeType: 'text/html', buffer: hostile },
    { name: 'rates.html', mimeType: 'text/html', buffer: ledger },
  ]);
  await expect(dialog.getByTestId('import-row')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Paste text' }).click();
  await dialog.getByTestId('paste-text').fill(pasted);
  await dialog.getByTestId('paste-add').click();
  await expect(dialog.getByTestId('import-row')).toHaveCount(3);
  // Metadata found in the pages, correctable before import.
  await expect(dialog.getByRole('textbox', { name: 'Title of pipeline.html' })).toHaveValue(
    'Ministers trade accusations over pipeline',
  );
  await expect(dialog.getByLabel('Outlet of pipeline.html')).toHaveValue('Caspian Wire');
  await dialog.getByLabel('Outlet of Pasted text 1').fill('Report.az');
  await dialog.getByRole('textbox', { name: 'Published of Pasted text 1' }).fill('2025-08-08');
  await dialog.getByTestId('import-run').click();
  await expect(dialog.getByTestId('import-results')).toContainText('3 imported with');
  await expect(dialog.getByTestId('import-result')).toHaveCount(3);
  // Nothing in the pages ran.
  expect(await page.evaluate(() => window.__claimdeskPwned)).toBeUndefined();
  await dialog.getByRole('button', { name: 'Ministers trade accusations over pipeline' }).click();
  await expect(page.getByTestId('reader-title')).toHaveText(
    'Ministers trade accusations over pipeline',
  );
  const pipelineId = /#\/sources\/([^/?]+)/.exec(page.url())![1]!;
  await expect(page.getByTestId('reader-text')).not.toContainText('Login');
  await expect(page.getByTestId('source-item')).toHaveCount(manifest.seeds.length + 3);

  // ---- Export the claims of the table's current filter (this source) ---------------------------
  await page.goto(`/?source=${pipelineId}#/claims`);
  await expect(page.getByTestId('claim-row').first()).toBeVisible();
  const shown = await page.getByTestId('claim-row').count();
  await openData(page);
  await page
    .getByTestId('export-scope')
    .getByText(/Claims table filter/)
    .click();
  const csv = await download(page, () => page.getByTestId('data-export-csv').click(), dir);
  expect(csv.name).toMatch(/^claimdesk-filtered-claims-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(csv.path, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  const header = rows[0]!;
  const col = (name: string) => header.indexOf(name);
  expect(rows.length - 1).toBe(shown);
  for (const row of rows.slice(1)) expect(row[col('source_id')]).toBe(pipelineId);

  // ---- Edit a status in the file, re-import it, see the preview, apply ---------------------------
  const edited = rows.map((row) => [...row]);
  const claimId = edited[1]![col('claim_id')]!;
  edited[1]![col('status')] = 'refuted';
  const editedPath = join(dir, 'edited.csv');
  writeFileSync(editedPath, `\ufeff${Papa.unparse(edited)}`);
  await chooseFiles(page, () => page.getByTestId('data-csv-choose').click(), editedPath);
  const preview = page.getByTestId('csv-preview');
  await expect(preview.getByTestId('csv-summary')).toContainText('1 change to 1 claim');
  await expect(preview.getByTestId('csv-change')).toHaveCount(1);
  await expect(preview.getByTestId('csv-change')).toContainText('Unverified');
  await expect(preview.getByTestId('csv-change')).toContainText('Refuted');
  await preview.getByTestId('csv-apply').click();
  await expect(preview).toHaveCount(0);
  await page.goto(`/#/sources/${pipelineId}`);
  await expect(page.locator(`mark[data-claim-id="${claimId}"]`)).toHaveAttribute(
    'title',
    /^Refuted/,
  );
  await page.locator(`mark[data-claim-id="${claimId}"]`).click();
  await expect(page.getByTestId('claim-history')).toContainText('from edited.csv');

  // ---- Back up, clear the store, restore, and find everything as it was ------------------------
  await openData(page);
  const summary = await page.getByTestId('store-summary').textContent();
  const backup = await download(page, () => page.getByTestId('data-backup-run').click(), dir);
  expect(backup.name).toMatch(/^claimdesk-backup-.*\.json$/);
  expect(JSON.parse(readFileSync(backup.path, 'utf8'))).toMatchObject({
    format: 'claimdesk-backup',
    formatVersion: 1,
  });
  await page.getByTestId('data-clear-open').click();
  await page.getByTestId('clear-confirm-input').fill('clear');
  await page.getByTestId('clear-confirm').click();
  await expect(page.getByTestId('store-summary')).toContainText(
    'Your store: nothing; 0 history entries',
  );
  await page.getByTestId('nav-sources').click();
  await expect(page.getByText(/^No articles yet\./)).toBeVisible();
  await expect(page.getByTestId('source-item')).toHaveCount(0);
  await page.getByTestId('nav-data').click();

  await chooseFiles(page, () => page.getByTestId('data-restore-choose').click(), backup.path);
  await expect(page.getByTestId('restore-dialog')).toContainText('Your store is empty');
  await page.getByTestId('restore-run').click();
  await expect(page.getByTestId('restore-report')).toContainText(
    'The store now holds exactly the backup',
  );
  await page.getByTestId('restore-done').click();
  await expect(page.getByTestId('store-summary')).toHaveText(summary!);

  await page.reload();
  await page.getByTestId('nav-sources').click();
  await expect(page.getByTestId('source-item')).toHaveCount(manifest.seeds.length + 3);
  await page.goto(`/#/sources/${pipelineId}`);
  await expect(page.locator(`mark[data-claim-id="${claimId}"]`)).toHaveAttribute(
    'title',
    /^Refuted/,
  );
  expect(await page.evaluate(() => window.__claimdeskPwned)).toBeUndefined();
  watch.assertClean();
});

test('bad files get a clear error naming the file and the problem, and the store is untouched', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const watch = watchPage(page);
  const dir = testInfo.outputPath('files');
  mkdirSync(dir, { recursive: true });
  await openApp(page);
  await openData(page);
  const summary = await page.getByTestId('store-summary').textContent();

  // Articles: empty, an image, binary, oversized; a Windows-1251 Cyrillic article is read right.
  const cp1251 = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(cp1251.decode(new Uint8Array([b])), b);
  const russian =
    'Москва и Баку обменялись заявлениями\n\n«Мы ожидаем полного и честного расследования», — заявил министр иностранных дел Джейхун Байрамов.';
  const big = Buffer.alloc(21 * 1024 * 1024, 0x61);
  await page.getByTestId('data-import-open').click();
  const dialog = page.getByRole('dialog', { name: 'Import articles' });
  await chooseFiles(page, () => dialog.getByRole('button', { name: 'Choose files…' }).click(), [
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    {
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    },
    { name: 'huge.html', mimeType: 'text/html', buffer: big },
    {
      name: 'novosti.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([...russian].map((c) => table.get(c) ?? 0x3f)),
    },
  ]);
  const rows = dialog.getByTestId('import-row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('Cannot import: The file is empty (0 bytes).');
  await expect(rows.nth(1)).toContainText(
    'Cannot import: This is a PNG image, not a text article.',
  );
  await expect(rows.nth(2)).toContainText(
    'The file is too large (22.0 MB); a web page can be at most 20.0 MB.',
  );
  await expect(rows.nth(3)).toHaveAttribute('data-state', 'ready');
  await expect(dialog.getByRole('textbox', { name: 'Title of novosti.txt' })).toHaveValue(
    'Москва и Баку обменялись заявлениями',
  );
  await expect(rows.nth(3)).toContainText('windows-1251');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('store-summary')).toHaveText(summary!);

  // Backups: a wrong version and missing fields.
  const good = await download(page, () => page.getByTestId('data-backup-run').click(), dir);
  const json = JSON.parse(readFileSync(good.path, 'utf8'));
  const newer = join(dir, 'newer.json');
  writeFileSync(newer, JSON.stringify({ ...json, formatVersion: 9 }));
  await chooseFiles(page, () => page.getByTestId('data-restore-choose').click(), newer);
  await expect(page.getByTestId('restore-problem')).toContainText('newer.json was not read');
  await expect(page.getByTestId('restore-problem')).toContainText('made by a newer Claimdesk');
  const missing = join(dir, 'missing.json');
  delete json.tables.claims[0].anchor;
  writeFileSync(missing, JSON.stringify(json));
  await chooseFiles(page, () => page.getByTestId('data-restore-choose').click(), missing);
  await expect(page.getByTestId('restore-problem')).toContainText('missing.json was not read');
  await expect(page.getByTestId('restore-problem')).toContainText(
    'claims row 1 (anchor): is missing',
  );

  // A CSV with formulas and no claim_id column.
  const formulas = join(dir, 'formulas.csv');
  writeFileSync(formulas, 'name,total\r\n=HYPERLINK("http://evil.example"),=1+1\r\n');
  await chooseFiles(page, () => page.getByTestId('data-csv-choose').click(), formulas);
  await expect(page.getByTestId('csv-error')).toContainText('formulas.csv was not read');
  await expect(page.getByTestId('csv-error')).toContainText('no claim_id column');

  await expect(page.getByTestId('store-summary')).toHaveText(summary!);
  watch.assertClean();
});

test('files dropped anywhere on the window open the import dialog with them', async ({ page }) => {
  const watch = watchPage(page);
  await openApp(page);
  const hostileText = hostile.toString('utf8');
  await page.evaluate(
    ([html, text]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([html], 'dropped.html', { type: 'text/html' }));
      transfer.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
      const target = document.querySelector('[data-testid="reader-text"]') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
        );
      }
    },
    [hostileText, pasted] as const,
  );
  const dialog = page.getByRole('dialog', { name: 'Import articles' });
  await expect(dialog.getByTestId('import-row')).toHaveCount(2);
  await expect(dialog.getByRole('textbox', { name: 'Title of dropped.html' })).toHaveValue(
    'Ministers trade accusations over pipeline',
  );
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
  await dialog.getByTestId('import-run').click();
  await expect(dialog.getByTestId('import-results')).toContainText('2 imported with');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('source-item')).toHaveCount(manifest.seeds.length + 2);
  expect(await page.evaluate(() => window.__claimdeskPwned)).toBeUndefined();
  watch.assertClean();
});
