import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { undo } from '../../../src/renderer/src/db/changes';
import { OutletsView } from '../../../src/renderer/src/features/entities/OutletsView';
import { render } from '../render';
import { withLayoutSize } from '../layout';
import { seededDatabase } from './seed';

const rowOf = async (name: string) => {
  const rows = await screen.findAllByTestId('outlet-row');
  const row = rows.find((r) => r.getAttribute('aria-label') === name);
  if (!row) throw new Error(`No row for ${name}`);
  return row;
};

// Typing through userEvent is slow on a busy machine; give interactions room.
describe('OutletsView', { timeout: 20_000 }, () => {
  withLayoutSize();

  it('lists outlets with their grade, sources and claims', async () => {
    render(<OutletsView />, await seededDatabase());
    const rows = await screen.findAllByTestId('outlet-row');
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual([
      'Caliber.Az',
      'Caliber',
      'Unused Gazette',
    ]);
    expect(within(rows[0]!).getByTestId('claim-count')).toHaveTextContent('3');
    expect(within(rows[1]!).getByTestId('claim-count')).toHaveTextContent('1');
    expect(
      within(rows[0]!).getByRole('combobox', { name: 'Reliability of Caliber.Az' }),
    ).toHaveValue('Usually reliable');
    expect(screen.queryByText('Proposed merges')).toBeNull();
  });

  it('grades an outlet with the Admiralty scale, undoably', async () => {
    const db = await seededDatabase();
    render(<OutletsView />, db);
    const select = within(await rowOf('Caliber')).getByRole('combobox', {
      name: 'Reliability of Caliber',
    });
    await userEvent.click(select);
    await userEvent.click(
      await screen.findByRole('option', { name: /Reliability cannot be judged/ }),
    );
    await waitFor(async () => expect((await db.outlets.get('out-2'))?.reliability).toBe('F'));
    await waitFor(() => expect(select).toHaveValue('Reliability cannot be judged'));
    await undo(db);
    await waitFor(() => expect(select).toHaveValue(''));
  });

  it('merges two outlets: claims and sources re-pointed, the name kept as an alias', async () => {
    const db = await seededDatabase();
    render(<OutletsView />, db);
    (await rowOf('Caliber.Az')).focus();
    await userEvent.keyboard('m');
    const dialog = await screen.findByRole('dialog', { name: 'Merge two outlets' });
    await userEvent.click(
      within(dialog).getByRole('combobox', { name: 'Merge into it and remove' }),
    );
    await userEvent.click(await screen.findByRole('option', { name: /^Caliber\s*1 claim/ }));
    expect(within(dialog).getByText(/its 1 source will name “Caliber.Az”/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Merge' }));
    await waitFor(async () => expect(await db.outlets.get('out-2')).toBeUndefined());
    expect((await db.claims.get('c3'))?.outletId).toBe('out-1');
    expect((await db.sources.get('src-2'))?.outletId).toBe('out-1');
    expect(await within(await rowOf('Caliber.Az')).findByText('Also: Caliber')).toBeInTheDocument();
  });

  it('deletes an unused outlet from its menu, but not one that sources name', async () => {
    const db = await seededDatabase();
    await db.claims.where('outletId').equals('out-2').delete();
    render(<OutletsView />, db);
    await userEvent.click(
      within(await rowOf('Caliber')).getByLabelText('More actions for Caliber'),
    );
    const blocked = await screen.findByRole('menuitem', { name: /Delete/ });
    expect(blocked).toBeDisabled();
    expect(blocked).toHaveTextContent('It is the outlet of 1 source');
    await userEvent.keyboard('{Escape}');

    await userEvent.click(
      within(await rowOf('Unused Gazette')).getByLabelText('More actions for Unused Gazette'),
    );
    await userEvent.click(await screen.findByRole('menuitem', { name: /Delete/ }));
    await waitFor(async () => expect(await db.outlets.get('out-3')).toBeUndefined());
    expect(await db.outlets.get('out-2')).toBeDefined();
  });

  it('says what to do when there are no outlets', async () => {
    render(<OutletsView />);
    expect(await screen.findByText(/No outlets yet/)).toBeInTheDocument();
  });
});
