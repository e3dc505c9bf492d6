import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataView } from '../../../src/renderer/src/features/data/DataView';
import { fakePlatform, fileOf, renderWith } from './harness';

const article = [
  'Baku and Moscow trade words over flight crash',
  '',
  'By Anna Ivanova',
  '',
  '“We expect a full and honest investigation,” said Jeyhun Bayramov, the foreign minister.',
  '',
  'Kremlin spokesman Dmitry Peskov told reporters that “all the facts will be established”.',
].join('\n');
const hostile = readFileSync(resolve(import.meta.dirname, '../../fixtures/bad-input/hostile.html'));

declare global {
  interface Window {
    __claimdeskPwned?: string;
  }
}

describe('Import dialog', { timeout: 60_000 }, () => {
  it('reads files and pasted text, lets the details be corrected, imports, and reports each file', async () => {
    const user = userEvent.setup();
    const files = fakePlatform();
    const { database } = renderWith(<DataView />, files.platform);
    files.pick(
      fileOf('crash.txt', article),
      fileOf('hostile.html', new Uint8Array(hostile)),
      fileOf('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2])),
      fileOf('crash-copy.txt', article.replace(/\n/g, '\r\n')),
    );
    await user.click(await screen.findByTestId('data-import-open'));
    const dialog = await screen.findByRole('dialog', { name: 'Import articles' });
    await user.click(within(dialog).getByRole('button', { name: 'Choose files…' }));

    const rows = await within(dialog).findAllByTestId('import-row');
    expect(rows.map((r) => r.getAttribute('data-state'))).toEqual([
      'ready',
      'ready',
      'failed',
      'duplicate',
    ]);
    expect(within(rows[2]!).getByTestId('import-problem')).toHaveTextContent(
      'Cannot import: This is a PNG image, not a text article.',
    );
    expect(within(rows[3]!).getByTestId('import-duplicate')).toHaveTextContent(
      'The same article as crash.txt above',
    );
    expect(within(rows[1]!).getByRole('textbox', { name: 'Title of hostile.html' })).toHaveValue(
      'Ministers trade accusations over pipeline',
    );
    expect(within(rows[1]!).getByText(/4 scripts?|3 scripts/)).toBeInTheDocument();
    expect(window.__claimdeskPwned).toBeUndefined();

    // Paste a third article.
    await user.click(within(dialog).getByRole('button', { name: 'Paste text' }));
    await user.click(within(dialog).getByTestId('paste-text'));
    await user.paste(
      'Aliyev praises talks with Putin\n\n“It was a good meeting,” said Ilham Aliyev on Tuesday.',
    );
    await user.click(within(dialog).getByTestId('paste-add'));
    await waitFor(() => expect(within(dialog).getAllByTestId('import-row')).toHaveLength(5));

    // Correct the first article's details.
    const title = within(dialog).getByRole('textbox', { name: 'Title of crash.txt' });
    await user.clear(title);
    await user.type(title, 'Corrected crash title');
    const date = within(dialog).getByRole('textbox', { name: 'Published of crash.txt' });
    await user.type(date, '2025-13-40');
    expect(within(dialog).getByTestId('import-run')).toBeDisabled();
    await user.clear(date);
    await user.type(date, '2025-07-03');

    await user.click(within(dialog).getByTestId('import-run'));
    const results = await within(dialog).findByTestId('import-results', {}, { timeout: 10_000 });
    const statuses = within(results)
      .getAllByTestId('import-result')
      .map((r) => r.getAttribute('data-status'));
    expect(statuses).toEqual(['imported', 'imported', 'failed', 'same-as', 'imported']);
    expect(results).toHaveTextContent('3 imported with');

    const sources = await database.sources.toArray();
    expect(sources.map((s) => s.title).sort()).toEqual(
      [
        'Corrected crash title',
        'Ministers trade accusations over pipeline',
        'Aliyev praises talks with Putin',
      ].sort(),
    );
    const crash = sources.find((s) => s.title === 'Corrected crash title')!;
    expect(crash.publishedAt).toBe('2025-07-03');
    const page = sources.find((s) => s.origin.name === 'hostile.html')!;
    expect(page.text).not.toMatch(/script|javascript|evil\.example|__claimdesk/i);
    expect(await database.claims.where('sourceId').equals(page.id).count()).toBeGreaterThanOrEqual(
      3,
    );
    expect(window.__claimdeskPwned).toBeUndefined();
  });
});
