import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { ClaimdeskDB } from '../../../src/renderer/src/db/db';
import { undo } from '../../../src/renderer/src/db/changes';
import { deleteClaim, setClaimStatus } from '../../../src/renderer/src/db/claims';
import { createDatabase } from '../../../src/renderer/src/db/db';
import { getClaimStore } from '../../../src/renderer/src/features/claims/table/claimStore';
import {
  readSnapshot,
  readSnapshotHead,
} from '../../../src/renderer/src/features/claims/table/snapshot';
import { ClaimsView } from '../../../src/renderer/src/features/claims/table/ClaimsView';
import { render } from '../render';
import { withLayoutSize } from '../layout';
import { seededDatabase } from './seed';

function renderView(db: ClaimdeskDB, path = '/claims', onSelectClaim = vi.fn()) {
  const location = memoryLocation({ path, record: true });
  const view = render(
    <Router hook={location.hook} searchHook={location.searchHook}>
      <ClaimsView selectedClaimId={null} onSelectClaim={onSelectClaim} />
    </Router>,
    db,
  );
  return { ...view, location, onSelectClaim };
}

const rowIds = () =>
  screen.queryAllByTestId('claim-row').map((r) => r.getAttribute('data-claim-id'));

/** A seeded store whose table was shown once and wrote its snapshot and head, then closed. */
async function storeWithSnapshot() {
  const db = await seededDatabase();
  const first = renderView(db);
  await waitFor(() => expect(rowIds()).toHaveLength(4));
  await waitFor(async () => expect(await readSnapshotHead(db.name)).not.toBeNull());
  first.unmount();
  return db;
}

/** The same store opened anew (a relaunch), recording the preview at every change of its table. */
function relaunched(db: ClaimdeskDB) {
  const again = createDatabase(db.name);
  const store = getClaimStore(again);
  const previews: (string[] | null)[] = [];
  store.subscribe(() => previews.push(store.preview?.rows.map((r) => r.id) ?? null));
  return { again, previews };
}

// Mantine inputs driven by user-event are slow in jsdom, and the machine is shared.
describe('ClaimsView', { timeout: 30_000 }, () => {
  withLayoutSize();

  it('shows every claim with its speaker, source and review state, newest source first', async () => {
    renderView(await seededDatabase());
    await waitFor(() => expect(rowIds()).toHaveLength(4));
    expect(rowIds()).toEqual(['c-plane', 'c-apology', 'c-prices', 'c-wages']);
    expect(screen.getByTestId('claims-count')).toHaveTextContent('4 claims');
    const plane = screen.getAllByTestId('claim-row')[0]!;
    expect(within(plane).getByText('the plane was hit from outside')).toBeInTheDocument();
    expect(within(plane).getByText('Ilham Aliyev')).toBeInTheDocument();
    expect(within(plane).getByText('The crisis chain')).toBeInTheDocument();
    expect(within(plane).getByText('3 Jul 2025')).toBeInTheDocument();
    expect(within(plane).getByText('Suggested')).toBeInTheDocument();
    expect(
      within(screen.getAllByTestId('claim-row')[1]!).getByText('Unattributed'),
    ).toBeInTheDocument();
  });

  it('narrows to a status chosen in the filter, and writes it to the URL', async () => {
    const { location } = renderView(await seededDatabase());
    await waitFor(() => expect(rowIds()).toHaveLength(4));
    await userEvent.click(screen.getByRole('button', { name: 'Filter by status' }));
    await userEvent.click(await screen.findByRole('option', { name: /Disputed/ }));
    await waitFor(() => expect(rowIds()).toEqual(['c-prices']));
    expect(screen.getByTestId('claims-count')).toHaveTextContent('1 of 4 claims');
    expect(location.history.at(-1)).toBe('/claims?status=disputed');
    expect(screen.getByRole('button', { name: 'Filter by status' })).toHaveTextContent('Disputed');
    await userEvent.click(screen.getByRole('button', { name: 'Clear the status filter' }));
    await waitFor(() => expect(rowIds()).toHaveLength(4));
  });

  it('reads its filters from the URL other screens link to', async () => {
    renderView(await seededDatabase(), '/claims?speaker=sp-2');
    await waitFor(() => expect(rowIds()).toEqual(['c-wages']));
  });

  it('finds a claim by words of its source text, not only its own', async () => {
    const { location } = renderView(await seededDatabase());
    await waitFor(() => expect(rowIds()).toHaveLength(4));
    // “wreckage” and “Aktau” are in the crash article, in none of its claims.
    const user = userEvent.setup();
    await user.click(screen.getByTestId('claims-search'));
    await user.paste('wreckage aktau');
    await waitFor(() => expect(rowIds().sort()).toEqual(['c-apology', 'c-plane']));
    // The URL follows once typing pauses, so the search survives a reload.
    await waitFor(() => expect(location.history.at(-1)).toBe('/claims?q=wreckage+aktau'));
    // Claim words rank the claim that says them first; a typo still finds it.
    await user.clear(screen.getByTestId('claims-search'));
    await user.paste('apologie');
    await waitFor(() => expect(rowIds()[0]).toBe('c-apology'));
  });

  it('keeps a search’s rows true to edits made while it is shown', async () => {
    const db = await seededDatabase();
    renderView(db, '/claims?q=soar');
    expect(await screen.findByText('No claims match this filter')).toBeInTheDocument();
    // Words a claim is given after the answer came: the search is asked again.
    await db.claims.update('c-wages', { text: 'wages will soar' });
    await waitFor(() => expect(rowIds()).toEqual(['c-wages']));
    await db.claims.update('c-wages', { text: 'wages will rise' });
    expect(await screen.findByText('No claims match this filter')).toBeInTheDocument();
  });

  it('keeps a search’s rows true to a source re-worded while it is shown', async () => {
    const db = await seededDatabase();
    const { search } = getClaimStore(db);
    // As from the index's workers: each of its messages arrives in a task of its own.
    const host = search as unknown as { receive: (message: unknown) => void };
    const receive = host.receive.bind(search);
    host.receive = (message) => setTimeout(() => receive(message), 0);
    const { location } = renderView(db, '/claims');
    await waitFor(() => expect(rowIds()).toHaveLength(4));
    await waitFor(() => expect(search.progress?.ready).toBe(true));
    // The index quiet, its last progress reported (at most every 250 ms).
    await new Promise((done) => setTimeout(done, 1000));
    // Words typed once the index is built: a complete answer, kept.
    location.navigate('/claims?q=zebra');
    expect(await screen.findByText('No claims match this filter')).toBeInTheDocument();
    // Quiet again: only the change of the source's text can make the table ask again.
    await new Promise((done) => setTimeout(done, 600));
    const budget = await db.sources.get('src-budget');
    await db.sources.update('src-budget', { text: `${budget!.text} A zebra escaped.` });
    await waitFor(() => expect(rowIds().sort()).toEqual(['c-prices', 'c-wages']));
  });

  it('shows how to get out of an empty result', async () => {
    renderView(await seededDatabase(), '/claims?status=corroborated');
    expect(await screen.findByText('No claims match this filter')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(rowIds()).toHaveLength(4));
  });

  it('checks rows (Shift-click for a range) and sets their status in one undoable step', async () => {
    const db = await seededDatabase();
    renderView(db);
    await waitFor(() => expect(rowIds()).toHaveLength(4));
    const user = userEvent.setup();
    const boxes = screen.getAllByRole('checkbox', { name: 'Select this claim' });
    await user.click(boxes[0]!);
    await user.keyboard('{Shift>}');
    await user.click(boxes[2]!);
    await user.keyboard('{/Shift}');
    const bar = await screen.findByTestId('bulk-bar');
    expect(bar).toHaveTextContent('3 claims checked');

    await userEvent.click(within(bar).getByRole('button', { name: 'Set status' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Corroborated' }));
    await waitFor(async () => {
      const claims = await db.claims.bulkGet(['c-plane', 'c-apology', 'c-prices', 'c-wages']);
      expect(claims.map((c) => c!.status)).toEqual([
        'corroborated',
        'corroborated',
        'corroborated',
        'unverified',
      ]);
    });
    // The table follows the store.
    await waitFor(() =>
      expect(
        screen
          .getAllByTestId('claim-row')
          .slice(0, 3)
          .map((r) => r.getAttribute('data-status')),
      ).toEqual(['corroborated', 'corroborated', 'corroborated']),
    );
    expect(new Set((await db.events.toArray()).map((e) => e.groupId)).size).toBe(1);
    await undo(db);
    expect((await db.claims.get('c-prices'))!.status).toBe('disputed');
    await waitFor(() =>
      expect(screen.getAllByTestId('claim-row')[2]!.getAttribute('data-status')).toBe('disputed'),
    );
  });

  it('changes one claim’s status inline, stored before the row shows it', async () => {
    const db = await seededDatabase();
    renderView(db);
    await waitFor(() => expect(rowIds()).toHaveLength(4));
    const plane = screen.getAllByTestId('claim-row')[0]!;
    await userEvent.click(within(plane).getByTestId('status-cell'));
    await userEvent.click(await screen.findByRole('option', { name: /Partly corroborated/ }));
    await waitFor(() =>
      expect(screen.getAllByTestId('claim-row')[0]!.getAttribute('data-status')).toBe(
        'partly-corroborated',
      ),
    );
    expect((await db.claims.get('c-plane'))!.status).toBe('partly-corroborated');
    expect((await db.events.toArray()).map((e) => e.label)).toEqual([
      'Set status to Partly corroborated',
    ]);
  });

  // Rows are keyed by their place, and refilled when the result changes.
  it('keeps an open status menu on its claim when the rows move under it', async () => {
    const db = await seededDatabase();
    renderView(db);
    await waitFor(() => expect(rowIds()).toEqual(['c-plane', 'c-apology', 'c-prices', 'c-wages']));
    const apology = () => document.querySelector<HTMLElement>('[data-claim-id="c-apology"]')!;
    await userEvent.click(within(apology()).getByTestId('status-cell'));
    await screen.findByRole('option', { name: /Partly corroborated/ });
    // The claim above it goes (another window, say): c-apology moves up one place.
    await deleteClaim(db, 'c-plane');
    await waitFor(() => expect(rowIds()).toEqual(['c-apology', 'c-prices', 'c-wages']));
    // Its menu is still open, in its own row; the row now in its old place shows a plain status.
    expect(within(apology()).queryByTestId('status-cell')).toBeNull();
    const prices = document.querySelector<HTMLElement>('[data-claim-id="c-prices"]')!;
    expect(within(prices).getByTestId('status-cell')).toBeTruthy();
    await userEvent.click(await screen.findByRole('option', { name: /Partly corroborated/ }));
    await waitFor(async () =>
      expect((await db.claims.get('c-apology'))!.status).toBe('partly-corroborated'),
    );
    expect((await db.claims.get('c-prices'))!.status).not.toBe('partly-corroborated');
  });

  it('takes focus off a row that is refilled with another claim', async () => {
    const db = await seededDatabase();
    renderView(db);
    await waitFor(() => expect(rowIds()).toHaveLength(4));
    const first = screen.getAllByTestId('claim-row')[0]!;
    const checkbox = within(first).getByRole('checkbox');
    checkbox.focus();
    expect(document.activeElement).toBe(checkbox);
    await deleteClaim(db, 'c-plane');
    await waitFor(() => expect(rowIds()[0]).toBe('c-apology'));
    // Space on the focused checkbox would now check c-apology, which nobody chose.
    expect(document.activeElement).toBe(screen.getByRole('grid'));
  });

  it('after a relaunch, opens from its snapshot with the changes made since', async () => {
    const db = await seededDatabase();
    const first = renderView(db);
    await waitFor(() => expect(rowIds()).toHaveLength(4));
    await waitFor(async () => expect(await readSnapshot(db.name)).not.toBeNull());
    await setClaimStatus(db, 'c-plane', 'corroborated');
    await waitFor(() =>
      expect(screen.getAllByTestId('claim-row')[0]!.getAttribute('data-status')).toBe(
        'corroborated',
      ),
    );
    first.unmount();

    // The same store opened anew (a new Dexie instance, hence a new table): snapshot + journal.
    // A claim changed since the snapshot: no preview of rows that may be stale.
    const again = createDatabase(db.name);
    const store = getClaimStore(again);
    const previews: unknown[] = [];
    store.subscribe(() => previews.push(store.preview));
    renderView(again);
    await waitFor(() => expect(rowIds()).toHaveLength(4));
    await waitFor(() =>
      expect(screen.getAllByTestId('claim-row')[0]!.getAttribute('data-status')).toBe(
        'corroborated',
      ),
    );
    // The search index took its claim texts from the snapshot's bytes: claim words rank first.
    const user = userEvent.setup();
    await user.click(screen.getByTestId('claims-search'));
    await user.paste('wages rise');
    await waitFor(() => expect(rowIds()[0]).toBe('c-wages'));
    expect(previews.length).toBeGreaterThan(0);
    expect(previews.every((p) => p === null)).toBe(true);
  });

  it('after a relaunch, finds a claim by words it was given since the snapshot', async () => {
    const db = await storeWithSnapshot();
    await db.claims.update('c-wages', { text: 'wages will soar' });

    renderView(createDatabase(db.name), '/claims?q=soar');
    await waitFor(() => expect(rowIds()).toEqual(['c-wages']));
  });

  it('shows no preview in a filtered view, and loads it as usual', async () => {
    const { again, previews } = relaunched(await storeWithSnapshot());
    renderView(again, '/claims?status=disputed');
    await waitFor(() => expect(rowIds()).toEqual(['c-prices']));
    expect(previews.every((p) => p === null)).toBe(true);
  });

  it('at a relaunch, shows the snapshot’s first rows at once, then every row', async () => {
    const { again, previews } = relaunched(await storeWithSnapshot());
    const counts: string[] = [];
    let previewStatusDisabled: boolean | null = null;
    const observer = new MutationObserver(() => {
      const count = document.querySelector('[data-testid="claims-count"]')?.textContent;
      if (count && counts.at(-1) !== count) counts.push(count);
      const cell = document.querySelector<HTMLButtonElement>('[data-testid="status-cell"]');
      if (count?.startsWith('Loading') && cell) previewStatusDisabled = cell.disabled;
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    renderView(again);
    await waitFor(() => expect(screen.getByTestId('claims-count')).toHaveTextContent(/^4 claims$/));
    observer.disconnect();
    // First the head's rows, in the table's order, while the count says it is loading; then all.
    expect(previews).toContainEqual(['c-plane', 'c-apology', 'c-prices', 'c-wages']);
    expect(previews.at(-1)).toBeNull();
    expect(counts[0]).toBe('Loading 4 claims…');
    // It was the table's first render, with its statuses waiting for every row.
    expect(previewStatusDisabled).toBe(true);
    expect(screen.getAllByTestId('status-cell')[0]).toBeEnabled();
    expect(
      performance
        .getEntriesByName('claims:first-render')
        .some((m) => (m as PerformanceMark).detail?.preview === true),
    ).toBe(true);
    expect(counts.at(-1)).toBe('4 claims');
    expect(rowIds()).toEqual(['c-plane', 'c-apology', 'c-prices', 'c-wages']);
  });

  it('moves through rows by keyboard: arrows, Enter opens, Space checks', async () => {
    const { onSelectClaim } = renderView(await seededDatabase());
    await waitFor(() => expect(rowIds()).toHaveLength(4));
    const grid = screen.getByTestId('claims-grid');
    grid.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onSelectClaim).toHaveBeenCalledWith('c-prices');
    await userEvent.keyboard(' ');
    expect(await screen.findByTestId('bulk-bar')).toHaveTextContent('1 claim checked');
    await userEvent.keyboard('{Control>}a{/Control}');
    expect(screen.getByTestId('bulk-bar')).toHaveTextContent('4 claims checked');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByTestId('bulk-bar')).not.toBeInTheDocument();
  });

  it('adds and removes tags on checked claims', async () => {
    const db = await seededDatabase();
    renderView(db);
    await waitFor(() => expect(rowIds()).toHaveLength(4));
    await userEvent.click(screen.getByTestId('select-all'));
    const bar = await screen.findByTestId('bulk-bar');
    await userEvent.click(within(bar).getByRole('button', { name: 'Add tags' }));
    await userEvent.type(
      await screen.findByPlaceholderText('Type a tag, Enter to add it'),
      'aviation{Enter}',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(async () =>
      expect((await db.claims.toArray()).every((c) => c.tags.includes('aviation'))).toBe(true),
    );
    await userEvent.click(within(bar).getByRole('button', { name: 'Remove tags' }));
    await userEvent.click(await screen.findByPlaceholderText('Pick tags'));
    await userEvent.click(await screen.findByRole('option', { name: 'economy' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(async () =>
      expect((await db.claims.get('c-prices'))!.tags).toEqual(['aviation']),
    );
  });
});
