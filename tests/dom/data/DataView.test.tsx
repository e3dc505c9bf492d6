import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { setClaimStatus } from '../../../src/renderer/src/db/claims';
import { readAllTables } from '../../../src/renderer/src/db/backup';
import { commitArticle } from '../../../src/renderer/src/db/import/commit';
import { prepareArticle } from '../../../src/renderer/src/db/import/prepare';
import type { ClaimdeskDB } from '../../../src/renderer/src/db/db';
import { DataView } from '../../../src/renderer/src/features/data/DataView';
import { freshDatabase } from '../render';
import { fakePlatform, fileOf, renderWith } from './harness';

const article = [
  'Baku and Moscow trade words over flight crash',
  '',
  'By Anna Ivanova',
  '',
  '“We expect a full and honest investigation,” said Jeyhun Bayramov, the foreign minister.',
  '',
  'Kremlin spokesman Dmitry Peskov told reporters that “all the facts will be established”.',
  '',
  '“Russia has offered every help,” Peskov added.',
].join('\n');

async function storeWithWork(): Promise<ClaimdeskDB> {
  const db = freshDatabase();
  await commitArticle(
    db,
    await prepareArticle(article, { type: 'file', name: 'crash.txt' }, { outlet: 'Report.az' }),
  );
  const [first] = (await db.claims.toArray()).sort((a, b) => a.anchor.start - b.anchor.start);
  await setClaimStatus(db, first!.id, 'disputed');
  return db;
}

const text = (content: string | Uint8Array) =>
  typeof content === 'string' ? content : new TextDecoder().decode(content);

describe('DataView', { timeout: 60_000 }, () => {
  it('exports every claim to CSV, and re-imports an edited copy after showing each change', async () => {
    const user = userEvent.setup();
    const files = fakePlatform();
    const { database } = renderWith(<DataView />, files.platform, await storeWithWork());
    await user.click(await screen.findByTestId('data-export-csv'));
    await waitFor(() => expect(files.saved).toHaveLength(1));
    const saved = files.saved[0]!;
    expect(saved.name).toMatch(/^claimdesk-claims-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = text(saved.content);
    expect(csv.startsWith('\ufeffclaim_id,')).toBe(true);

    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const status = rows[0]!.indexOf('status');
    const tags = rows[0]!.indexOf('tags');
    rows[1]![status] = 'corroborated';
    rows[2]![tags] = 'aviation; =formula';
    rows.push(['not-a-claim', ...rows[1]!.slice(1)]);
    files.pick(fileOf('edited.csv', Papa.unparse(rows)));
    await user.click(screen.getByTestId('data-csv-choose'));

    const preview = await screen.findByTestId('csv-preview');
    expect(within(preview).getByTestId('csv-summary')).toHaveTextContent(
      '4 rows read: 2 changes to 2 claims · 1 unchanged · 1 not matched',
    );
    const changes = within(preview).getAllByTestId('csv-change');
    expect(changes.map((c) => c.textContent)).toEqual([
      expect.stringMatching(/^2.*status.*Disputed.*Corroborated$/),
      expect.stringMatching(/^3.*tags.*\(none\).*aviation, =formula$/),
    ]);
    await user.click(within(preview).getByRole('tab', { name: /Not matched/ }));
    expect(within(preview).getByTestId('csv-unmatched')).toHaveTextContent('not-a-claim');
    await user.click(within(preview).getByTestId('csv-apply'));
    await waitFor(() => expect(screen.queryByTestId('csv-preview')).not.toBeInTheDocument());
    expect((await database.claims.get(rows[1]![0]!))!.status).toBe('corroborated');
    expect((await database.claims.get(rows[2]![0]!))!.tags).toEqual(['aviation', '=formula']);
  });

  it('names the file and the problem for a CSV it cannot use, and changes nothing', async () => {
    const user = userEvent.setup();
    const files = fakePlatform();
    const { database } = renderWith(<DataView />, files.platform, await storeWithWork());
    const before = await readAllTables(database);
    files.pick(fileOf('budget.csv', 'item,amount\r\nfuel,=1+2\r\n'));
    await user.click(await screen.findByTestId('data-csv-choose'));
    const alert = await screen.findByTestId('csv-error');
    expect(alert).toHaveTextContent('budget.csv was not read');
    expect(alert).toHaveTextContent('no claim_id column');
    expect(alert).toHaveTextContent('Your store was not changed.');
    expect(await readAllTables(database)).toEqual(before);
  });

  it('backs up, refuses a damaged backup, clears the store and restores it exactly', async () => {
    const user = userEvent.setup();
    const files = fakePlatform();
    const { database } = renderWith(<DataView />, files.platform, await storeWithWork());
    const before = await readAllTables(database);
    await user.click(await screen.findByTestId('data-backup-run'));
    await waitFor(() => expect(files.saved).toHaveLength(1));
    const backup = files.saved[0]!;
    expect(backup.name).toMatch(/^claimdesk-backup-.*\.json$/);
    const json = text(backup.content);

    // Damaged copies are refused with the file's name and what is wrong; nothing changes.
    for (const [name, content, problem] of [
      ['cut.json', json.slice(0, json.length / 2), /cut off \(truncated\)/],
      ['newer.json', json.replace('"formatVersion": 1', '"formatVersion": 7'), /newer Claimdesk/],
      ['other.json', '{"hello": "world"}', /not a Claimdesk backup/],
      [
        'image.json',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
        /PNG image/,
      ],
    ] as const) {
      files.pick(fileOf(name, content));
      await user.click(screen.getByTestId('data-restore-choose'));
      const alert = await screen.findByTestId('restore-problem');
      await waitFor(() => expect(alert).toHaveTextContent(`${name} was not read`));
      expect(alert).toHaveTextContent(problem);
    }
    expect(await readAllTables(database)).toEqual(before);

    // Merging the store's own backup changes nothing.
    files.pick(fileOf('backup.json', json));
    await user.click(screen.getByTestId('data-restore-choose'));
    await screen.findByTestId('merge-preview');
    await user.click(screen.getByTestId('restore-run'));
    expect(await screen.findByTestId('restore-report')).toHaveTextContent(
      'Nothing in your store changed.',
    );
    await user.click(screen.getByTestId('restore-done'));

    // Clear, then restore into the empty store.
    await user.click(screen.getByTestId('data-clear-open'));
    const clear = await screen.findByTestId('clear-dialog');
    expect(within(clear).getByTestId('clear-confirm')).toBeDisabled();
    await user.type(within(clear).getByTestId('clear-confirm-input'), 'clear');
    await user.click(within(clear).getByTestId('clear-confirm'));
    await waitFor(async () => expect(await database.claims.count()).toBe(0));
    expect(await database.settings.count()).toBe(before.settings.length);

    files.pick(fileOf('backup.json', json));
    await user.click(screen.getByTestId('data-restore-choose'));
    const dialog = await screen.findByTestId('restore-dialog');
    expect(dialog).toHaveTextContent('Your store is empty');
    await user.click(within(dialog).getByTestId('restore-run'));
    expect(await screen.findByTestId('restore-report')).toHaveTextContent(
      'The store now holds exactly the backup',
    );
    expect(await readAllTables(database)).toEqual(before);
  });
});
