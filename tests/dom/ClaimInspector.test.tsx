import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ClaimPanel } from '../../src/renderer/src/features/claims/ClaimPanel';
import { makeClaim, makeSource } from './fixtures';
import { freshDatabase, render } from './render';

async function seededDatabase() {
  const db = freshDatabase();
  const at = '2025-07-03T12:00:00.000Z';
  await db.sources.add(makeSource());
  await db.outlets.add({ id: 'out-1', name: 'Daily Ledger', aliases: [], reliability: null, createdAt: at, updatedAt: at });
  await db.speakers.add({ id: 'sp-1', name: 'Ana Ruiz', aliases: [], role: 'finance minister', createdAt: at, updatedAt: at });
  await db.claims.add(makeClaim('c1', 'prices will fall next year,'));
  return db;
}

describe('ClaimPanel', () => {
  it('shows the claim with its speaker, role and outlet', async () => {
    render(<ClaimPanel claimId="c1" onClose={() => {}} />, await seededDatabase());
    expect(await screen.findByTestId('claim-text')).toHaveTextContent('prices will fall next year,');
    expect(screen.getByTestId('claim-speaker')).toHaveTextContent('Ana Ruiz');
    expect(screen.getByText('finance minister')).toBeInTheDocument();
    expect(screen.getByText('Daily Ledger')).toBeInTheDocument();
  });

  it('stores a new status before showing it, with an audit row', async () => {
    const db = await seededDatabase();
    render(<ClaimPanel claimId="c1" onClose={() => {}} />, db);
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
    render(<ClaimPanel claimId="c1" onClose={() => {}} />, db);
    expect(await screen.findByText(/Orphaned/)).toBeInTheDocument();
  });
});
