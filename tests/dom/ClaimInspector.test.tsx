import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { undo } from '../../src/renderer/src/db/changes';
import { ClaimInspector } from '../../src/renderer/src/features/inspector/ClaimInspector';
import { makeClaim, makeSource } from './fixtures';
import { freshDatabase, render } from './render';

async function seededDatabase() {
  const db = freshDatabase();
  const at = '2025-07-03T12:00:00.000Z';
  await db.sources.add(makeSource());
  await db.outlets.add({
    id: 'out-1',
    name: 'Daily Ledger',
    aliases: [],
    reliability: null,
    createdAt: at,
    updatedAt: at,
  });
  await db.speakers.add({
    id: 'sp-1',
    name: 'Ana Ruiz',
    aliases: [],
    role: 'finance minister',
    createdAt: at,
    updatedAt: at,
  });
  await db.claims.add(makeClaim('c1', 'prices will fall next year,'));
  return db;
}

describe('ClaimInspector', () => {
  it('shows the claim with its speaker, role and outlet', async () => {
    render(<ClaimInspector claimId="c1" onClose={() => {}} />, await seededDatabase());
    expect(await screen.findByTestId('claim-text')).toHaveTextContent(
      'prices will fall next year,',
    );
    expect(screen.getByRole('textbox', { name: 'Speaker' })).toHaveValue('Ana Ruiz');
    expect(screen.getByRole('textbox', { name: 'Speaker' })).toHaveAccessibleDescription(
      'finance minister',
    );
    expect(screen.getByRole('combobox', { name: 'Outlet' })).toHaveValue('Daily Ledger');
  });

  it('stores a new status before showing it, with an audit row', async () => {
    const db = await seededDatabase();
    render(<ClaimInspector claimId="c1" onClose={() => {}} />, db);
    const select = await screen.findByRole('combobox', { name: 'Corroboration status' });
    await userEvent.click(select);
    await userEvent.click(await screen.findByRole('option', { name: /Refuted/ }));
    await waitFor(async () => expect((await db.claims.get('c1'))?.status).toBe('refuted'));
    await waitFor(() => expect(select).toHaveValue('Refuted'));
    const events = await db.events.toArray();
    expect(events.map((e) => e.label)).toEqual(['Set status to Refuted']);
  });

  it('marks an orphaned claim instead of moving it', async () => {
    const db = await seededDatabase();
    await db.sources.update('src-1', { text: 'The text was edited and the quote is gone.' });
    render(<ClaimInspector claimId="c1" onClose={() => {}} />, db);
    expect(await screen.findByText(/Orphaned/)).toBeInTheDocument();
  });

  it('accepts a suggested claim and shows the step in its history', async () => {
    const db = await seededDatabase();
    render(<ClaimInspector claimId="c1" onClose={() => {}} />, db);
    await userEvent.click(await screen.findByRole('button', { name: /Accept/ }));
    await waitFor(async () => expect((await db.claims.get('c1'))?.review).toBe('accepted'));
    await waitFor(() => expect(screen.getByTestId('claim-review')).toHaveTextContent('accepted'));
    expect(await screen.findByText('Accepted a claim')).toBeInTheDocument();
  });

  it('creates a new speaker inline and attributes the claim to it, in one undoable step', async () => {
    const db = await seededDatabase();
    render(<ClaimInspector claimId="c1" onClose={() => {}} />, db);
    const field = await screen.findByRole('textbox', { name: 'Speaker' });
    await userEvent.clear(field);
    await userEvent.type(field, 'Maria Gomez');
    await userEvent.click(
      await screen.findByRole('option', { name: /Create speaker “Maria Gomez”/ }),
    );
    await waitFor(async () => {
      const claim = await db.claims.get('c1');
      expect((await db.speakers.get(claim!.speakerId!))?.name).toBe('Maria Gomez');
    });
    await undo(db);
    expect((await db.claims.get('c1'))?.speakerId).toBe('sp-1');
    expect(await db.speakers.where('name').equals('Maria Gomez').count()).toBe(0);
  });

  it('adds tags and saves the note once the field is left', async () => {
    const db = await seededDatabase();
    render(<ClaimInspector claimId="c1" onClose={() => {}} />, db);
    const tags = await screen.findByTestId('claim-tags');
    await userEvent.type(tags, 'economy{Enter}');
    await waitFor(async () => expect((await db.claims.get('c1'))?.tags).toEqual(['economy']));
    const note = screen.getByRole('textbox', { name: 'Note' });
    await userEvent.type(note, 'Checked against the budget');
    await userEvent.tab();
    await waitFor(async () =>
      expect((await db.claims.get('c1'))?.note).toBe('Checked against the budget'),
    );
    const labels = (await db.events.toArray()).map((e) => e.label);
    expect(labels).toEqual(['Set tags: economy', 'Edited the note']);
  });

  it('deletes the claim, and undo brings it back', async () => {
    const db = await seededDatabase();
    render(<ClaimInspector claimId="c1" onClose={() => {}} />, db);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete claim' }));
    await waitFor(async () => expect(await db.claims.get('c1')).toBeUndefined());
    expect(await screen.findByText(/This claim was deleted/)).toBeInTheDocument();
    await undo(db);
    expect(await screen.findByTestId('claim-text')).toHaveTextContent(
      'prices will fall next year,',
    );
  });
});
