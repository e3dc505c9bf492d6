import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { Claim } from '../../../src/shared/model';
import { setClaimStatus } from '../../../src/renderer/src/db/claims';
import { statusesKey } from '../../../src/renderer/src/db/settings';
import { OverviewView } from '../../../src/renderer/src/features/overview/OverviewView';
import { computeOverview } from '../../../src/renderer/src/features/overview/useOverviewStats';
import { defaultStatuses } from '../../../src/shared/statuses';
import { outlet, speaker } from '../entities/seed';
import { makeClaim, makeSource } from '../fixtures';
import { freshDatabase, render } from '../render';

const words = ['prices will fall next year,', 'wages will rise.', 'Nothing else.'];

/** 2 sources, 2 outlets, 20 speakers; 23 claims with known statuses and review states. */
async function seededDatabase() {
  const db = freshDatabase();
  await db.sources.bulkAdd([
    makeSource(),
    makeSource({ id: 'src-2', contentHash: 'h2', outletId: 'out-2' }),
  ]);
  await db.outlets.bulkAdd([outlet('out-1', 'Daily Ledger'), outlet('out-2', 'Evening Post')]);
  await db.speakers.bulkAdd(
    Array.from({ length: 20 }, (_, i) =>
      speaker(`sp-${i}`, `Speaker ${String(i).padStart(2, '0')}`),
    ),
  );
  const claims: Claim[] = [];
  // Speaker 00 has 4 claims: 2 disputed, 1 refuted, 1 unverified; the others one each.
  const plan: Array<[string, string, Claim['review']]> = [
    ['sp-0', 'disputed', 'accepted'],
    ['sp-0', 'disputed', 'accepted'],
    ['sp-0', 'refuted', 'rejected'],
    ['sp-0', 'unverified', 'suggested'],
  ];
  for (let i = 1; i < 20; i++) plan.push([`sp-${i}`, 'unverified', 'suggested']);
  plan.forEach(([speakerId, status, review], i) => {
    claims.push(
      makeClaim(`c${i}`, words[i % 3]!, {
        speakerId,
        status,
        review,
        outletId: i < 3 ? 'out-2' : 'out-1',
      }),
    );
  });
  claims.push(makeClaim('c-anon', 'Nothing else.', { speakerId: null, outletId: null }));
  await db.claims.bulkAdd(claims);
  return db;
}

/** The charts arrive after the figures: wait for them. */
const chartsReady = () => screen.findAllByTestId('status-share');

const figure = (label: string) =>
  within(screen.getByTestId('overview-figures')).getByText(label).parentElement!;

// Typing through userEvent is slow on a busy machine; give interactions room.
describe('OverviewView', { timeout: 20_000 }, () => {
  it('shows the top numbers and the review counts', async () => {
    render(<OverviewView />, await seededDatabase());
    await screen.findByTestId('overview-figures');
    expect(figure('Sources')).toHaveTextContent('2');
    expect(figure('Claims')).toHaveTextContent('24');
    expect(figure('Speakers')).toHaveTextContent('20');
    expect(figure('Outlets')).toHaveTextContent('2');
    expect(figure('Reviewed')).toHaveTextContent('13%'); // 3 of 24
    const review = screen.getAllByTestId('review-count').map((r) => r.textContent);
    await chartsReady();
    expect(review).toEqual(['Accepted2 8%', 'Rejected1 4%', 'Suggested21 88%']);
    const shares = screen.getAllByTestId('status-share').map((r) => r.textContent);
    expect(shares).toEqual([
      'Unverified21 88%',
      'Corroborated0 0%',
      'Partly corroborated0 0%',
      'Disputed2 8%',
      'Refuted1 4%',
      'Not checkable (opinion)0 0%',
    ]);
  });

  it('tabulates claims by status for each outlet and the top speakers, with show all', async () => {
    render(<OverviewView />, await seededDatabase());
    await chartsReady();
    const outlets = screen.getByRole('region', { name: 'Claims by status, per outlet' });
    await userEvent.click(within(outlets).getByText('Table'));
    const rows = within(outlets).getAllByTestId('overview-row');
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    // Columns: name, then the six default statuses in order, then the total.
    expect(cells(rows[0]!)).toEqual(['Daily Ledger', '20', '0', '0', '0', '0', '0', '20']);
    expect(cells(rows[1]!)).toEqual(['Evening Post', '0', '0', '0', '2', '1', '0', '3']);
    expect(within(outlets).getByText(/1 claim has no outlet/)).toBeInTheDocument();

    const speakers = screen.getByRole('region', { name: 'Claims by status, per speaker' });
    await userEvent.click(within(speakers).getByText('Table'));
    expect(within(speakers).getAllByTestId('overview-row')).toHaveLength(15);
    expect(cells(within(speakers).getAllByTestId('overview-row')[0]!)).toEqual([
      'Speaker 00',
      '1',
      '0',
      '0',
      '2',
      '1',
      '0',
      '4',
    ]);
    await userEvent.click(within(speakers).getByRole('button', { name: 'Show all 20' }));
    expect(within(speakers).getAllByTestId('overview-row')).toHaveLength(20);
  });

  it('follows changes and renamed statuses live', async () => {
    const db = await seededDatabase();
    render(<OverviewView />, db);
    await chartsReady();
    const outlets = screen.getByRole('region', { name: 'Claims by status, per outlet' });
    await userEvent.click(within(outlets).getByText('Table'));
    await setClaimStatus(db, 'c5', 'corroborated');
    await db.settings.put({
      key: statusesKey,
      value: defaultStatuses.map((s) =>
        s.id === 'corroborated' ? { ...s, label: 'Confirmed' } : s,
      ),
    });
    await waitFor(() =>
      expect(
        within(within(outlets).getAllByTestId('overview-row')[0]!)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual(['Daily Ledger', '19', '1', '0', '0', '0', '0', '20']),
    );
    expect(within(outlets).getByRole('columnheader', { name: 'Confirmed' })).toBeInTheDocument();
  });

  it('opens the claims of an outlet', async () => {
    const location = memoryLocation({ path: '/overview', record: true });
    render(
      <Router hook={location.hook}>
        <OverviewView />
      </Router>,
      await seededDatabase(),
    );
    await chartsReady();
    const outlets = screen.getByRole('region', { name: 'Claims by status, per outlet' });
    await userEvent.click(within(outlets).getByText('Table'));
    await userEvent.click(within(outlets).getByRole('button', { name: 'Evening Post' }));
    expect(location.history.at(-1)).toBe('/claims?outlet=out-2');
  });

  it('says what to do when there is nothing to chart', async () => {
    render(<OverviewView />);
    expect(await screen.findByText(/Nothing to chart yet/)).toBeInTheDocument();
  });

  it('aggregates statuses per speaker and unattributed claims in one pass', async () => {
    const stats = await computeOverview(await seededDatabase());
    expect(stats.claims).toBe(24);
    expect(stats.withoutSpeaker).toBe(1);
    expect(stats.bySpeaker[0]).toMatchObject({ id: 'sp-0', total: 4 });
    expect(Object.fromEntries(stats.bySpeaker[0]!.byStatus)).toEqual({
      disputed: 2,
      refuted: 1,
      unverified: 1,
    });
    expect(Object.fromEntries(stats.byStatus)).toEqual({ disputed: 2, refuted: 1, unverified: 21 });
  });

  it.each([
    ['every speaker is stored', 40],
    ['some claims name deleted speakers', 35],
  ])('matches a count over the rows, speaker by speaker, when %s', async (_, stored) => {
    const db = freshDatabase();
    await db.speakers.bulkAdd(
      Array.from({ length: stored }, (_, i) => speaker(`sp-${i}`, `Speaker ${i}`)),
    );
    const statuses = ['unverified', 'disputed', 'refuted', 'corroborated'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const claims = Array.from({ length: 3000 }, (_, i) =>
      makeClaim(`c-${random(1_000_000)}-${i}`, 'Nothing else.', {
        speakerId: random(10) === 0 ? null : `sp-${random(40)}`,
        outletId: `out-${random(3)}`,
        status: statuses[random(statuses.length)]!,
      }),
    );
    await db.claims.bulkAdd(claims);
    const stats = await computeOverview(db);

    const expected = new Map<string, Map<string, number>>();
    for (const c of claims) {
      if (!c.speakerId) continue;
      const row = expected.get(c.speakerId) ?? new Map<string, number>();
      row.set(c.status, (row.get(c.status) ?? 0) + 1);
      expected.set(c.speakerId, row);
    }
    expect(stats.claims).toBe(3000);
    expect(stats.withoutSpeaker).toBe(claims.filter((c) => !c.speakerId).length);
    expect(stats.bySpeaker).toHaveLength(expected.size);
    for (const tally of stats.bySpeaker) {
      expect(Object.fromEntries(tally.byStatus), tally.id).toEqual(
        Object.fromEntries(expected.get(tally.id)!),
      );
      expect(tally.name).toBe(
        Number(tally.id.slice(3)) < stored ? `Speaker ${tally.id.slice(3)}` : 'Unknown (deleted)',
      );
    }
    // Most claims first.
    const totals = stats.bySpeaker.map((t) => t.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(stats.byOutlet.reduce((sum, t) => sum + t.total, 0)).toBe(3000);
  });
});
