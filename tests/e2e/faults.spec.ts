/**
 * Power-cut tests: the browser is killed (SIGKILL on its whole process group) in the middle of a
 * large import and of a large restore, relaunched on the same on-disk profile, and the store is
 * read back with the raw IndexedDB API: every source complete (its claims exactly those a full
 * import of its text gives) or absent, nothing pointing at a missing row, and every edit saved
 * before the kill still there.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/core/extract/index';
import { readSeedText } from '../support/seeds';
import { launchCrashable, groupAlive, type CrashableBrowser } from './crashable';
import { danglingReferences, readStore, type StoreSnapshot } from './storeSnapshot';
import { chooseFiles, manifest, watchPage } from './support';

const editTag = 'kept-after-crash';

function appUrl(): string {
  const base = test.info().project.use.baseURL;
  if (!base) throw new Error('The chromium project has no baseURL.');
  return base;
}

async function openApp(page: Page) {
  await page.goto(appUrl());
  await expect(page.getByTestId('source-item')).toHaveCount(manifest.seeds.length, {
    timeout: 30_000,
  });
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
}

async function openData(page: Page) {
  await page.getByTestId('nav-data').click();
  await expect(page.getByTestId('data-view')).toBeVisible();
}

/** Opens the import dialog with `files` picked and waits until they are read. */
async function importFiles(page: Page, files: { name: string; text: string }[], summary: string) {
  await openData(page);
  await page.getByTestId('data-import-open').click();
  const dialog = page.getByRole('dialog', { name: 'Import articles' });
  await chooseFiles(
    page,
    () => dialog.getByRole('button', { name: 'Choose files…' }).click(),
    files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) })),
  );
  await expect(dialog.getByTestId('import-summary')).toContainText(summary, { timeout: 60_000 });
}

/** Accepts a suggested claim, marks it Disputed and tags it, through the UI; returns its id. */
async function editAClaim(page: Page): Promise<string> {
  await page.getByTestId('source-item').filter({ hasText: 'No deep crisis' }).click();
  const marks = page.getByTestId('reader-text').locator('mark[data-claim-id]');
  await marks.first().click();
  const id = (await marks.first().getAttribute('data-claim-id'))!;
  const panel = page.getByTestId('claim-panel');
  await page.keyboard.press('a');
  await expect(panel.getByTestId('claim-review')).toHaveText('accepted');
  await page.keyboard.press('4');
  await expect(panel.getByRole('combobox', { name: 'Corroboration status' })).toHaveValue(
    'Disputed',
  );
  await panel.getByTestId('claim-tags').fill(editTag);
  await panel.getByTestId('claim-tags').press('Enter');
  await expect(panel.getByText(editTag, { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  return id;
}

/** The store once the edits are committed (read back from IndexedDB, not from the UI). */
async function storeWithEdit(page: Page, claimId: string): Promise<StoreSnapshot> {
  let store: StoreSnapshot | null = null;
  await expect
    .poll(async () => {
      store = await readStore(page);
      const claim = store.tables.claims!.find((c) => c.id === claimId);
      return claim && { review: claim.review, tags: claim.tags };
    })
    .toEqual({ review: 'accepted', tags: [editTag] });
  return store!;
}

/**
 * Kills the browser the moment the text of the element `testId` satisfies `ready`. A mutation
 * observer in the page reports every change of that text through a binding, so no progress step
 * is missed between two polls while the page is busy writing. `start` begins the operation once
 * the observer is in place. Returns the text seen.
 */
async function killWhen(
  crashable: CrashableBrowser,
  testId: string,
  ready: (text: string) => boolean,
  start: () => Promise<void>,
  timeoutMs = 180_000,
): Promise<string> {
  const { page } = crashable;
  let fire: (text: string) => void = () => {};
  const fired = new Promise<string>((resolve) => (fire = resolve));
  let done = false;
  await page.exposeFunction('__faultProgress', async (text: string) => {
    if (done || !ready(text)) return;
    done = true;
    await crashable.kill();
    fire(text);
  });
  await page.evaluate((id) => {
    let last = '';
    const report = () => {
      const text = document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
      if (text && text !== last) {
        last = text;
        void (window as unknown as { __faultProgress: (t: string) => void }).__faultProgress(text);
      }
    };
    new MutationObserver(report).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  }, testId);
  await start();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new Error(`${testId} never reached the point where the browser was to be killed.`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([fired, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Rows of `before` that must be in `after` unchanged (edits saved before the kill). */
function expectKept(before: StoreSnapshot, after: StoreSnapshot, tables: string[]) {
  for (const table of tables) {
    const key = table === 'settings' ? 'key' : table === 'events' ? 'seq' : 'id';
    const now = new Map(after.tables[table]!.map((row) => [row[key], row]));
    for (const row of before.tables[table]!) {
      expect(now.get(row[key]), `${table} ${String(row[key])} kept as it was`).toEqual(row);
    }
  }
}

/**
 * Every source is complete: exactly the claims a full import of its text gives, its import logged
 * once; each generated file is in at most once; nothing points at a missing row.
 */
function expectComplete(store: StoreSnapshot, fileTexts: Set<string>) {
  const claimsBySource = new Map<string, Record<string, unknown>[]>();
  for (const claim of store.tables.claims!) {
    const id = claim.sourceId as string;
    claimsBySource.set(id, [...(claimsBySource.get(id) ?? []), claim]);
  }
  const events = store.tables.events!;
  for (const source of store.tables.sources!) {
    const origin = source.origin as { type: string; name: string };
    if (origin.type === 'file') expect(fileTexts.has(source.rawText as string)).toBe(true);
    const analysis = analyzeArticle(source.rawText as string, {
      fileName: origin.type === 'seed' ? origin.name : 'article.txt',
    });
    expect(source.text).toBe(analysis.body);
    const expected = analysis.claims.map((c) => ({
      text: analysis.body.slice(c.bodyStart, c.bodyEnd),
      start: c.bodyStart,
      end: c.bodyEnd,
    }));
    const stored = (claimsBySource.get(source.id as string) ?? [])
      .filter((c) => c.kind !== 'manual')
      .map((c) => {
        const anchor = c.anchor as { start: number; end: number };
        return { text: c.text, start: anchor.start, end: anchor.end };
      })
      .sort((a, b) => a.start - b.start || a.end - b.end);
    expect(stored, `claims of ${String(source.title)}`).toEqual(expected);
    expect(
      events.filter((e) => e.table === 'sources' && e.key === source.id && e.state === 'log'),
    ).toHaveLength(1);
  }
  const files = store.tables.sources!.filter((s) => (s.origin as { type: string }).type === 'file');
  expect(new Set(files.map((s) => s.rawText)).size).toBe(files.length);
  expect(danglingReferences(store)).toEqual([]);
}

test.describe.configure({ mode: 'serial' });

// Profiles and files live outside test-results/, which another Playwright run may clear while
// this one is still using them.
const scratchDirs: string[] = [];
function scratch(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `claimdesk-faults-${name}-`));
  scratchDirs.push(dir);
  return dir;
}
// Every browser a test started is closed after it, also when the test failed before its kill.
const browsers: CrashableBrowser[] = [];
async function launch(profile: string): Promise<CrashableBrowser> {
  const crashable = await launchCrashable(profile);
  browsers.push(crashable);
  return crashable;
}
test.afterEach(async () => {
  for (const crashable of browsers.splice(0)) await crashable.close();
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('killing the browser in the middle of a 220-article import leaves every source complete or absent', async () => {
  test.setTimeout(480_000);
  const testInfo = test.info();
  const profile = scratch('profile');

  // 220 articles built from the real seed texts, each a distinct article (its own last line).
  const seeds = manifest.seeds.map((s) => readSeedText(s.file));
  const files = Array.from({ length: 220 }, (_, i) => {
    const text = `${seeds[i % seeds.length]!.trimEnd()}\n\nWire copy ${i + 1} of the crash test.\n`;
    return { name: `wire-${String(i + 1).padStart(3, '0')}.txt`, text };
  });
  const fileTexts = new Set(files.map((f) => f.text));

  let crashable = await launch(profile);
  let page = crashable.page;
  await openApp(page);
  const claimId = await editAClaim(page);
  const before = await storeWithEdit(page, claimId);

  await importFiles(page, files, `${files.length} to import`);
  const dialog = page.getByRole('dialog', { name: 'Import articles' });
  const seen = await killWhen(
    crashable,
    'import-progress',
    (text) => Number(/Importing (\d+) of/.exec(text)?.[1] ?? 0) >= 40,
    () => dialog.getByTestId('import-run').click(),
  );
  // SIGKILL is final, but the kernel takes a moment to tear a large process down.
  await expect
    .poll(() => groupAlive(crashable.pid), { message: 'every Chromium process is gone' })
    .toBe(false);
  testInfo.annotations.push({ type: 'killed at', description: seen });

  crashable = await launch(profile);
  page = crashable.page;
  const watch = watchPage(page);
  await page.goto(appUrl());
  await expect(page.getByTestId('source-item').first()).toBeVisible({ timeout: 30_000 });
  const after = await readStore(page);

  // Killed mid-operation: some of the batch is in, not all of it.
  const imported = after.tables.sources!.filter(
    (s) => (s.origin as { type: string }).type === 'file',
  );
  expect(imported.length).toBeGreaterThan(0);
  expect(imported.length).toBeLessThan(files.length);
  // The list is virtualised: it says how many sources it holds.
  await expect(page.getByTestId('source-count')).toHaveText(
    `${manifest.seeds.length + imported.length} sources`,
  );

  expectComplete(after, fileTexts);

  // Everything saved before the import started is still there, unchanged.
  expectKept(before, after, ['sources', 'claims', 'outlets', 'links', 'events', 'settings']);
  const edited = after.tables.claims!.find((c) => c.id === claimId)!;
  expect(edited).toMatchObject({ review: 'accepted', status: 'disputed', tags: [editTag] });

  // Picking the same batch again finishes the job: what is in is recognised, the rest imported.
  const rest = files.length - imported.length;
  await importFiles(page, files, `${rest} to import`);
  await page.getByRole('dialog', { name: 'Import articles' }).getByTestId('import-run').click();
  await expect(
    page.getByRole('dialog', { name: 'Import articles' }).getByTestId('import-results'),
  ).toContainText(`${rest} imported with`, { timeout: 120_000 });
  const resumed = await readStore(page);
  expectComplete(resumed, fileTexts);
  expect(
    resumed.tables.sources!.filter((s) => (s.origin as { type: string }).type === 'file'),
  ).toHaveLength(files.length);
  expectKept(after, resumed, ['sources', 'claims', 'outlets', 'links', 'settings']);
  watch.assertClean();
});

/** A backup many times the size of `store`: each source copied `copies` times, with links. */
function largeBackup(store: StoreSnapshot, copies: number) {
  const t = store.tables;
  const sources: Record<string, unknown>[] = [];
  const claims: Record<string, unknown>[] = [];
  const links: Record<string, unknown>[] = [];
  for (let k = 0; k < copies; k++) {
    for (const source of t.sources!) {
      const sourceId = `${source.id as string}-copy-${k}`;
      sources.push({
        ...source,
        id: sourceId,
        contentHash: `${source.contentHash as string}-copy-${k}`,
        title: `${source.title as string} (copy ${k + 1})`,
      });
      const own = t.claims!.filter((c) => c.sourceId === source.id);
      own.forEach((claim, i) => {
        const id = `${claim.id as string}-copy-${k}`;
        claims.push({ ...claim, id, sourceId });
        if (i > 0) {
          links.push({
            id: `link-${id}`,
            fromClaimId: `${own[i - 1]!.id as string}-copy-${k}`,
            toClaimId: id,
            relation: 'corroborates',
            note: '',
            createdAt: claim.createdAt,
            updatedAt: claim.updatedAt,
          });
        }
      });
    }
  }
  const tables = {
    sources,
    claims,
    speakers: t.speakers!,
    outlets: t.outlets!,
    links,
    events: t.events!,
    settings: t.settings!,
  };
  return {
    format: 'claimdesk-backup',
    formatVersion: 1,
    schemaVersion: Math.max(1, Math.floor(store.version / 10)),
    createdAt: new Date().toISOString(),
    app: 'Claimdesk',
    counts: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])),
    tables,
  };
}

test('killing the browser in the middle of restoring a large backup leaves the store as it was', async () => {
  // A real browser writing a backup of over 20,000 rows on a shared 2-core machine: 4.2–4.7 min
  // in CI runs here, once 5.1 min, past the 5 min this had. Why it is this slow is not known yet.
  test.setTimeout(600_000);
  const testInfo = test.info();
  const profile = scratch('profile');
  const dir = scratch('files');

  let crashable = await launch(profile);
  let page = crashable.page;
  await openApp(page);
  const claimId = await editAClaim(page);
  const before = await storeWithEdit(page, claimId);

  const backup = largeBackup(before, 300);
  const rows = backup.tables.claims.length + backup.tables.links.length;
  expect(rows).toBeGreaterThan(20_000);
  const backupPath = join(dir, 'large-backup.json');
  writeFileSync(backupPath, JSON.stringify(backup));

  await openData(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('data-restore-choose').click();
  await (await chooser).setFiles(backupPath);
  const restore = page.getByTestId('restore-dialog');
  await expect(restore).toBeVisible({ timeout: 120_000 });
  await restore.getByTestId('restore-replace').click();

  // Kill once rows are being written but well before the last chunk is.
  const seen = await killWhen(
    crashable,
    'data-progress',
    (text) => {
      const m = /Writing \w+ · ([\d,]+) of ([\d,]+)/.exec(text);
      if (!m) return false;
      const [done, total] = [Number(m[1]!.replace(/,/g, '')), Number(m[2]!.replace(/,/g, ''))];
      return done > 0 && done <= total * 0.6;
    },
    () => restore.getByTestId('restore-run').click(),
  );
  // SIGKILL is final, but the kernel takes a moment to tear a large process down.
  await expect
    .poll(() => groupAlive(crashable.pid), { message: 'every Chromium process is gone' })
    .toBe(false);
  testInfo.annotations.push({ type: 'killed at', description: seen });

  crashable = await launch(profile);
  page = crashable.page;
  const watch = watchPage(page);
  await openApp(page);
  const after = await readStore(page);
  // The restore is one transaction: killed before it committed, the store is exactly what it
  // was, edit included; no table cleared, no half of the backup.
  expect(after.tables).toEqual(before.tables);
  expect(danglingReferences(after)).toEqual([]);
  expect(after.tables.claims!.find((c) => c.id === claimId)).toMatchObject({
    status: 'disputed',
    tags: [editTag],
  });
  watch.assertClean();
});
