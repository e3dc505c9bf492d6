import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { undo } from '../../../src/renderer/src/db/changes';
import { dismissedMergesKey } from '../../../src/renderer/src/db/settings';
import { SpeakersView } from '../../../src/renderer/src/features/entities/SpeakersView';
import { render } from '../render';
import { withLayoutSize } from '../layout';
import { seededDatabase, speaker } from './seed';

const rowOf = async (name: string) => {
  const rows = await screen.findAllByTestId('speaker-row');
  const row = rows.find((r) => within(r).queryByText(name, { exact: true }));
  if (!row) throw new Error(`No row for ${name}`);
  return row;
};

const countIn = (row: HTMLElement) => within(row).getByTestId('claim-count').textContent;

// Typing through userEvent is slow on a busy machine; give interactions room.
describe('SpeakersView', { timeout: 20_000 }, () => {
  withLayoutSize();

  it('lists speakers with role and claim count, most claims first', async () => {
    render(<SpeakersView />, await seededDatabase());
    const rows = await screen.findAllByTestId('speaker-row');
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual([
      'Rasim Musabayov',
      'Alexander Krylov',
      'Rasim Musabekov',
      'Nobody Quoted',
    ]);
    expect(countIn(rows[0]!)).toBe('2');
    expect(countIn(rows[1]!)).toBe('1');
    expect(countIn(rows[3]!)).toBe('0');
    expect(within(rows[1]!).getByText('political scientist')).toBeInTheDocument();
    expect(screen.getByText(/4 speakers · 4 claims attributed/)).toBeInTheDocument();
  });

  it('searches names, aliases and roles, ignoring accents', async () => {
    const db = await seededDatabase();
    await db.speakers.update('sp-3', { aliases: ['Krýlov'] });
    render(<SpeakersView />, db);
    const search = await screen.findByRole('textbox', { name: 'Search speakers' });
    await userEvent.type(search, 'krylov');
    await waitFor(() => expect(screen.getAllByTestId('speaker-row')).toHaveLength(1));
    await userEvent.clear(search);
    await userEvent.type(search, 'mp rasim');
    await waitFor(() => expect(screen.getAllByTestId('speaker-row')).toHaveLength(2));
    await userEvent.type(search, 'zzz');
    expect(await screen.findByText(/No speaker matches/)).toBeInTheDocument();
  });

  it('edits name, role and aliases in a drawer, as one undoable step', async () => {
    const db = await seededDatabase();
    render(<SpeakersView />, db);
    await userEvent.click(
      within(await rowOf('Alexander Krylov')).getByLabelText('Edit Alexander Krylov'),
    );
    const role = await screen.findByRole('textbox', { name: 'Role / affiliation' });
    await userEvent.clear(role);
    await userEvent.type(role, 'Russian political scientist');
    await userEvent.type(
      screen.getByPlaceholderText('Add an alias'),
      'A. Krylov{Enter}Krylov{Enter}',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await db.speakers.get('sp-3')).toMatchObject({
        role: 'Russian political scientist',
        aliases: ['A. Krylov', 'Krylov'],
      }),
    );
    expect(
      await within(await rowOf('Alexander Krylov')).findByText('Also: A. Krylov, Krylov'),
    ).toBeInTheDocument();
    expect((await db.events.toArray()).map((e) => e.label)).toEqual([
      'Edited speaker Alexander Krylov',
    ]);
    await undo(db);
    expect((await db.speakers.get('sp-3'))?.aliases).toEqual([]);
  });

  it('asks before closing the drawer with unsaved changes', async () => {
    const db = await seededDatabase();
    render(<SpeakersView />, db);
    await userEvent.click(
      within(await rowOf('Nobody Quoted')).getByLabelText('Edit Nobody Quoted'),
    );
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Role / affiliation' }),
      'editor',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Unsaved changes')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.speakers.get('sp-4'))?.role).toBe('editor'));
  });

  it('proposes Musabayov / Musabekov and merges them as one undoable step', async () => {
    const db = await seededDatabase();
    render(<SpeakersView />, db);
    const proposal = await screen.findByTestId('merge-proposal', {}, { timeout: 5000 });
    expect(within(proposal).getByText('Rasim Musabayov')).toBeInTheDocument();
    expect(within(proposal).getByText('Rasim Musabekov')).toBeInTheDocument();
    expect(within(proposal).getByText(/%$/)).toBeInTheDocument();
    expect(screen.getAllByTestId('merge-proposal')).toHaveLength(1);

    await userEvent.click(within(proposal).getByRole('button', { name: /^Merge/ }));
    // The one with more claims is kept by default.
    const dialog = await screen.findByRole('dialog', { name: 'Merge two speakers' });
    expect(within(dialog).getByRole('combobox', { name: 'Keep this speaker' })).toHaveValue(
      'Rasim Musabayov',
    );
    expect(
      within(dialog).getByText(/of “Rasim Musabekov” will be attributed to/),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Merge' }));

    await waitFor(async () => expect(await db.speakers.get('sp-2')).toBeUndefined());
    expect((await db.claims.get('c3'))?.speakerId).toBe('sp-1');
    expect((await db.speakers.get('sp-1'))?.aliases).toEqual(['Rasim Musabekov']);
    await waitFor(() => expect(screen.getAllByTestId('speaker-row')).toHaveLength(3));
    expect(countIn(await rowOf('Rasim Musabayov'))).toBe('3');
    await waitFor(() => expect(screen.queryByTestId('merge-proposal')).toBeNull());

    await undo(db);
    await waitFor(() => expect(screen.getAllByTestId('speaker-row')).toHaveLength(4));
    expect((await db.claims.get('c3'))?.speakerId).toBe('sp-2');
  });

  it('remembers a dismissed proposal', async () => {
    const db = await seededDatabase();
    const { unmount } = render(<SpeakersView />, db);
    const proposal = await screen.findByTestId('merge-proposal', {}, { timeout: 5000 });
    await userEvent.click(within(proposal).getByRole('button', { name: /^Not the same/ }));
    await waitFor(() => expect(screen.queryByTestId('merge-proposal')).toBeNull());
    expect((await db.settings.get(dismissedMergesKey))?.value).toEqual(['sp-1|sp-2']);
    unmount();
    render(<SpeakersView />, db);
    expect(
      await screen.findByText(/No likely duplicates/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it('deletes a speaker without claims with the keyboard, and refuses one with claims', async () => {
    const db = await seededDatabase();
    render(<SpeakersView />, db);
    const used = await rowOf('Alexander Krylov');
    used.focus();
    await userEvent.keyboard('{Delete}');
    expect(
      await screen.findByText(/It has 1 claim\. Merge it into another speaker instead/),
    ).toBeInTheDocument();
    expect(await db.speakers.get('sp-3')).toBeDefined();

    const unused = await rowOf('Nobody Quoted');
    unused.focus();
    await userEvent.keyboard('{Delete}');
    await waitFor(async () => expect(await db.speakers.get('sp-4')).toBeUndefined());
    await undo(db);
    expect(await db.speakers.get('sp-4')).toBeDefined();
  });

  it('opens the claims of a speaker', async () => {
    const location = memoryLocation({ path: '/speakers', record: true });
    render(
      <Router hook={location.hook}>
        <SpeakersView />
      </Router>,
      await seededDatabase(),
    );
    await userEvent.click(within(await rowOf('Rasim Musabayov')).getByTestId('claim-count'));
    expect(location.history.at(-1)).toBe('/claims?speaker=sp-1');
  });

  it('says what to do when there are no speakers', async () => {
    render(<SpeakersView />);
    expect(await screen.findByText(/No speakers yet/)).toBeInTheDocument();
  });

  it('keeps working with thousands of speakers: only visible rows are rendered', async () => {
    const db = await seededDatabase();
    await db.speakers.bulkAdd(
      Array.from({ length: 3000 }, (_, i) => speaker(`bulk-${i}`, `Person ${i}`)),
    );
    render(<SpeakersView />, db);
    expect(await screen.findByText(/3,004 speakers · 4 claims/)).toBeInTheDocument();
    expect(screen.getAllByTestId('speaker-row').length).toBeLessThan(60);
  });
});
