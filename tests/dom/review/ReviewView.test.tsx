import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ClaimSelectionProvider } from '../../../src/renderer/src/app/ClaimSelection';
import { undo } from '../../../src/renderer/src/db/changes';
import { ReviewView } from '../../../src/renderer/src/features/review/ReviewView';
import { makeClaim, makeSource } from '../fixtures';
import { withLayoutSize } from '../layout';
import { freshDatabase, render } from '../render';

const at = '2025-07-03T12:00:00.000Z';

async function queueDatabase() {
  const db = freshDatabase();
  await db.sources.add(makeSource());
  await db.outlets.add({
    id: 'out-1',
    name: 'Daily Ledger',
    aliases: [],
    reliability: null,
    createdAt: at,
    updatedAt: at,
  });
  await db.speakers.bulkAdd([
    {
      id: 'sp-1',
      name: 'Ana Ruiz',
      aliases: [],
      role: 'finance minister',
      createdAt: at,
      updatedAt: at,
    },
    { id: 'sp-2', name: 'Ben Okafor', aliases: [], role: null, createdAt: at, updatedAt: at },
  ]);
  await db.claims.bulkAdd([
    makeClaim('c1', 'prices will fall next year,'),
    makeClaim('c2', 'wages will rise.', { speakerId: 'sp-2' }),
    makeClaim('c3', 'Nothing else.', { review: 'accepted' }),
  ]);
  return db;
}

const renderQueue = async () => {
  const db = await queueDatabase();
  render(
    <ClaimSelectionProvider>
      <ReviewView />
    </ClaimSelectionProvider>,
    db,
  );
  return db;
};

describe('ReviewView', () => {
  withLayoutSize();

  it('shows the suggested claims only, with progress, and the first one in its context', async () => {
    await renderQueue();
    expect(await screen.findByTestId('review-progress')).toHaveTextContent(
      '1 reviewed · 2 to review',
    );
    expect(screen.getAllByTestId('queue-item')).toHaveLength(2);
    const card = await screen.findByTestId('review-card');
    expect(within(card).getByText('Ana Ruiz')).toBeInTheDocument();
    expect(card.querySelector('mark')).toHaveTextContent('prices will fall next year,');
  });

  it('accepting stores the decision and moves on to the next claim', async () => {
    const db = await renderQueue();
    const card = await screen.findByTestId('review-card');
    await userEvent.click(within(card).getByRole('button', { name: /Accept/ }));
    await waitFor(async () => expect((await db.claims.get('c1'))?.review).toBe('accepted'));
    await waitFor(() =>
      expect(screen.getByTestId('review-progress')).toHaveTextContent('2 reviewed · 1 to review'),
    );
    await waitFor(() =>
      expect(screen.getByTestId('review-card').querySelector('mark')).toHaveTextContent(
        'wages will rise.',
      ),
    );
  });

  it('rejects every suggestion of a source in one undoable step', async () => {
    const db = await renderQueue();
    await screen.findByTestId('review-card');
    await userEvent.click(screen.getByRole('button', { name: 'Decide in bulk' }));
    await userEvent.click(
      await screen.findByRole('menuitem', { name: 'Reject all 2 of this source' }),
    );
    await waitFor(async () =>
      expect(await db.claims.where('review').equals('rejected').count()).toBe(2),
    );
    expect(await screen.findByText('Nothing left to review')).toBeInTheDocument();
    await undo(db);
    expect(await db.claims.where('review').equals('suggested').count()).toBe(2);
    expect(await screen.findByTestId('review-card')).toBeInTheDocument();
  });

  it('in list mode, accepts only the ticked claims', async () => {
    const db = await renderQueue();
    await screen.findByTestId('review-card');
    await userEvent.click(screen.getByText('List'));
    const boxes = await screen.findAllByRole('checkbox', { name: 'Select claim' });
    await userEvent.click(boxes[1]!);
    await userEvent.click(screen.getByRole('button', { name: /Accept 1/ }));
    await waitFor(async () => expect((await db.claims.get('c2'))?.review).toBe('accepted'));
    expect((await db.claims.get('c1'))?.review).toBe('suggested');
  });
});
