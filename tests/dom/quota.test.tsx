import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimInspector } from '../../src/renderer/src/features/inspector/ClaimInspector';
import { makeClaim, makeSource } from './fixtures';
import { freshDatabase, render } from './render';

const diskFull = () =>
  new Dexie.AbortError(
    'Transaction aborted',
    new DOMException(
      'The current transaction exceeded its quota limitations.',
      'QuotaExceededError',
    ),
  );

async function store() {
  const db = freshDatabase();
  await db.sources.add(makeSource());
  await db.claims.add({ ...makeClaim('c1', 'prices will fall next year,'), note: 'First check.' });
  return db;
}

afterEach(() => vi.restoreAllMocks());

describe('the claim inspector when the disk is full', () => {
  it('says the note was not saved and why, keeps the typed text marked unsaved, and stores it once there is space', async () => {
    const db = await store();
    render(<ClaimInspector claimId="c1" onClose={() => {}} />, db);
    const note = await screen.findByRole('textbox', { name: 'Note' });
    await waitFor(() => expect(note).toHaveValue('First check.'));
    const put = vi.spyOn(db.table('claims'), 'put').mockRejectedValue(diskFull());

    fireEvent.change(note, { target: { value: 'Called the ministry; no answer.' } });
    fireEvent.blur(note);

    expect(await screen.findByText('The note was not saved')).toBeInTheDocument();
    expect(
      screen.getByText(
        /The disk is full, or this app’s storage quota is used up, so this change was not saved\. Everything saved before is safe\./,
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Not saved: this text is only on screen. Leave the field to try again.',
      ),
    ).toBeInTheDocument();
    expect(note).toHaveValue('Called the ministry; no answer.');
    expect((await db.claims.get('c1'))?.note).toBe('First check.');
    expect(await db.events.count()).toBe(0);

    // Space freed: leaving the field again stores it, and the warning goes.
    put.mockRestore();
    fireEvent.focus(note);
    fireEvent.blur(note);
    await waitFor(async () =>
      expect((await db.claims.get('c1'))?.note).toBe('Called the ministry; no answer.'),
    );
    await waitFor(() =>
      expect(screen.queryByText(/Not saved: this text is only on screen/)).toBeNull(),
    );
  });

  it('keeps showing the stored status when a new one could not be saved', async () => {
    const db = await store();
    render(<ClaimInspector claimId="c1" onClose={() => {}} />, db);
    const select = await screen.findByRole('combobox', { name: 'Corroboration status' });
    await waitFor(() => expect(select).toHaveValue('Unverified'));
    vi.spyOn(db.table('claims'), 'put').mockRejectedValue(diskFull());

    await userEvent.click(select);
    await userEvent.click(await screen.findByRole('option', { name: /Refuted/ }));

    expect(await screen.findByText('The status was not saved')).toBeInTheDocument();
    expect(select).toHaveValue('Unverified');
    expect((await db.claims.get('c1'))?.status).toBe('unverified');
  });
});
