import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { StatusDefinition } from '../../../src/shared/statuses';
import { defaultStatuses } from '../../../src/shared/statuses';
import { setClaimStatus } from '../../../src/renderer/src/db/claims';
import { editorNameKey, undo } from '../../../src/renderer/src/db/changes';
import { dismissedMergesKey, statusesKey } from '../../../src/renderer/src/db/settings';
import { SettingsView } from '../../../src/renderer/src/features/settings/SettingsView';
import { statusesKey as vocabularyKey } from '../../../src/renderer/src/lib/useStatuses';
import { makeClaim, makeSource } from '../fixtures';
import { freshDatabase, render } from '../render';

async function seededDatabase() {
  const db = freshDatabase();
  await db.sources.add(makeSource());
  await db.claims.bulkAdd([
    makeClaim('c1', 'prices will fall next year,', { status: 'disputed' }),
    makeClaim('c2', 'wages will rise.', { status: 'disputed' }),
    makeClaim('c3', 'Nothing else.'),
  ]);
  return db;
}

const stored = async (db: Awaited<ReturnType<typeof seededDatabase>>) =>
  (await db.settings.get(statusesKey))?.value as StatusDefinition[] | undefined;

const statusRow = async (label: string) => screen.findByRole('listitem', { name: label });

// Typing through userEvent is slow on a busy machine; give interactions room.
describe('SettingsView', { timeout: 20_000 }, () => {
  it('uses the same settings key as the app’s status hook', () => {
    expect(statusesKey).toBe(vocabularyKey);
  });

  it('saves the editor name, which then signs every change', async () => {
    const db = await seededDatabase();
    render(<SettingsView />, db);
    const name = await screen.findByRole('textbox', { name: 'Your name' });
    await userEvent.type(name, '  Dana Ortiz {Enter}');
    await waitFor(async () =>
      expect((await db.settings.get(editorNameKey))?.value).toBe('Dana Ortiz'),
    );
    await setClaimStatus(db, 'c3', 'refuted');
    expect((await db.claims.get('c3'))?.updatedBy).toBe('Dana Ortiz');
    await waitFor(() => expect(name).toHaveValue('Dana Ortiz'));
  });

  it('lists the statuses with how many claims use each', async () => {
    render(<SettingsView />, await seededDatabase());
    const rows = await screen.findAllByTestId('status-row');
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual(
      defaultStatuses.map((s) => s.label),
    );
    expect(
      await within(await statusRow('Disputed')).findByTitle('2 claims with this status'),
    ).toHaveTextContent('2');
    expect(
      within(await statusRow('Unverified')).getByTitle('1 claim with this status'),
    ).toHaveTextContent('1');
    expect(
      within(await statusRow('Refuted')).getByTitle('No claim has this status'),
    ).toHaveTextContent('0');
  });

  it('refuses to remove a status that claims use, and says why', async () => {
    const db = await seededDatabase();
    render(<SettingsView />, db);
    await within(await statusRow('Disputed')).findByTitle('2 claims with this status');
    await userEvent.click(screen.getByRole('button', { name: 'Remove status Disputed' }));
    expect(await screen.findByText('“Disputed” is still in use')).toBeInTheDocument();
    expect(
      screen.getByText(/2 claims have this status\. Give them another status first/),
    ).toBeInTheDocument();
    expect(await stored(db)).toBeUndefined();
    expect(screen.getAllByTestId('status-row')).toHaveLength(6);

    await userEvent.click(screen.getByRole('button', { name: 'Remove status Unverified' }));
    expect(await screen.findByText('“Unverified” cannot be removed')).toBeInTheDocument();
    expect(await db.events.count()).toBe(0);
  });

  it('removes an unused status, undoably', async () => {
    const db = await seededDatabase();
    render(<SettingsView />, db);
    await within(await statusRow('Refuted')).findByTitle('No claim has this status');
    await userEvent.click(screen.getByRole('button', { name: 'Remove status Refuted' }));
    await waitFor(() => expect(screen.getAllByTestId('status-row')).toHaveLength(5));
    expect((await stored(db))?.map((s) => s.id)).not.toContain('refuted');
    await undo(db);
    await waitFor(() => expect(screen.getAllByTestId('status-row')).toHaveLength(6));
  });

  it('renames a status on Enter and rejects an empty or duplicate label', async () => {
    const db = await seededDatabase();
    render(<SettingsView />, db);
    const label = await screen.findByRole('textbox', { name: 'Label of Refuted' });
    await userEvent.clear(label);
    await userEvent.type(label, '{Enter}');
    expect(await screen.findByText('A status needs a label.')).toBeInTheDocument();
    await userEvent.type(label, 'disputed{Enter}');
    expect(
      await screen.findByText('Another status is already called “Disputed”.'),
    ).toBeInTheDocument();
    expect(await stored(db)).toBeUndefined();
    await userEvent.clear(label);
    await userEvent.type(label, 'False{Enter}');
    await waitFor(async () =>
      expect((await stored(db))?.find((s) => s.id === 'refuted')?.label).toBe('False'),
    );
    expect(await statusRow('False')).toBeInTheDocument();
    expect((await db.events.toArray()).map((e) => e.label)).toEqual([
      'Renamed status Refuted to False',
    ]);
  });

  it('recolours, describes, reorders and adds statuses', async () => {
    const db = await seededDatabase();
    render(<SettingsView />, db);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Colour of Disputed: orange' }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'violet' }));
    await waitFor(async () =>
      expect((await stored(db))?.find((s) => s.id === 'disputed')?.color).toBe('violet'),
    );

    const description = screen.getByRole('textbox', { name: 'Description of Refuted' });
    await userEvent.clear(description);
    await userEvent.type(description, 'Shown false by primary evidence.');
    await userEvent.tab();
    await waitFor(async () =>
      expect((await stored(db))?.find((s) => s.id === 'refuted')?.description).toBe(
        'Shown false by primary evidence.',
      ),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Move Refuted up' }));
    await waitFor(async () =>
      expect((await stored(db))?.map((s) => s.id).slice(3, 5)).toEqual(['refuted', 'disputed']),
    );

    await userEvent.type(
      screen.getByRole('textbox', { name: 'New status label' }),
      'Misleading{Enter}',
    );
    await waitFor(async () =>
      expect((await stored(db))?.at(-1)).toMatchObject({ id: 'misleading', label: 'Misleading' }),
    );
    expect(await statusRow('Misleading')).toBeInTheDocument();
  });

  it('resets to the defaults after asking', async () => {
    const db = await seededDatabase();
    await db.settings.put({
      key: statusesKey,
      value: defaultStatuses.map((s) => (s.id === 'refuted' ? { ...s, label: 'False' } : s)),
    });
    render(<SettingsView />, db);
    expect(await statusRow('False')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Reset statuses' }));
    expect(await statusRow('Refuted')).toBeInTheDocument();
    expect(await db.settings.get(statusesKey)).toBeUndefined();
  });

  it('switches the theme', async () => {
    render(<SettingsView />, await seededDatabase());
    await userEvent.click(await screen.findByText('Dark'));
    await waitFor(() =>
      expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark'),
    );
    await userEvent.click(screen.getByText('Light'));
    await waitFor(() =>
      expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'light'),
    );
  });

  it('brings dismissed merge proposals back', async () => {
    const db = await seededDatabase();
    await db.settings.put({ key: dismissedMergesKey, value: ['a|b', 'c|d'] });
    render(<SettingsView />, db);
    expect(await screen.findByText('2 dismissed proposals.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show them again' }));
    expect(await screen.findByText('No dismissed proposals.')).toBeInTheDocument();
  });
});
