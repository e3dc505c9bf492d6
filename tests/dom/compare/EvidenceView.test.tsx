import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { ClaimLink } from '../../../src/shared/model';
import {
  ClaimSelectionProvider,
  useClaimSelection,
} from '../../../src/renderer/src/app/ClaimSelection';
import { createLink } from '../../../src/renderer/src/db/links';
import { EvidenceView } from '../../../src/renderer/src/features/evidence/EvidenceView';
import { buildMatrix, type MatrixClaim } from '../../../src/renderer/src/features/evidence/matrix';
import { freshDatabase, render } from '../render';
import { seedLinksStore } from '../links/fixtures';

const claim = (id: string, outletId: string): MatrixClaim => ({
  id,
  sourceId: `src-${outletId}`,
  text: id,
  speakerId: `sp-${id}`,
  outletId,
  status: 'unverified',
});
const link = (from: string, to: string, relation: ClaimLink['relation']): ClaimLink => ({
  id: `${from}-${to}`,
  fromClaimId: from,
  toClaimId: to,
  relation,
  note: '',
  createdAt: '',
  updatedAt: '',
});

describe('buildMatrix', () => {
  const claims = new Map(
    [
      claim('a', 'o1'),
      claim('b', 'o2'),
      claim('c', 'o3'),
      claim('d', 'o3'),
      claim('e', 'o4'),
      claim('f', 'o1'),
      claim('g', 'o2'),
    ].map((c) => [c.id, c]),
  );
  const outlet = (c: MatrixClaim) => c.outletId;

  it('makes a row of each group of linked claims, with the strongest relation per cell', () => {
    const m = buildMatrix(
      claims,
      [link('a', 'b', 'corroborates'), link('b', 'c', 'contradicts')],
      [],
      outlet,
    );
    expect(m.rows).toHaveLength(1);
    const row = m.rows[0]!;
    expect(row.confirmed).toBe(true);
    expect(row.contradictions).toBe(2);
    expect([...row.cells.keys()].sort()).toEqual(['o1', 'o2', 'o3']);
    expect(row.cells.get('o3')!.mark).toBe('contradicts');
    expect(m.columns).toHaveLength(3);
  });

  it('adds suggestions to rows, one claim per column, and opens rows for free pairs', () => {
    const m = buildMatrix(
      claims,
      [link('a', 'b', 'corroborates')],
      [
        { a: 'b', b: 'c', score: 0.4 }, // joins the linked row (column o3)
        { a: 'a', b: 'd', score: 0.3 }, // o3 is taken in that row: left out
        { a: 'f', b: 'g', score: 0.2 }, // a new suggested row
        { a: 'g', b: 'e', score: 0.15 }, // joins it
        { a: 'f', b: 'a', score: 0.5 }, // both already placed
      ],
      outlet,
    );
    expect(m.rows.map((r) => [r.confirmed, r.claims.map((c) => c.id).sort()])).toEqual([
      [true, ['a', 'b', 'c']],
      [false, ['e', 'f', 'g']],
    ]);
    expect(m.rows[0]!.cells.get('o3')).toMatchObject({ mark: 'suggested', suggested: true });
  });
});

function Selected() {
  return <output data-testid="selected">{useClaimSelection().selectedClaimId}</output>;
}

describe('EvidenceView', () => {
  it('draws claims against outlets, marks the contradiction and opens a claim on click', async () => {
    const db = freshDatabase();
    await seedLinksStore(db);
    await createLink(db, { fromClaimId: 'c1', toClaimId: 'c4', relation: 'contradicts' });
    const location = memoryLocation({ path: '/evidence' });
    render(
      <Router hook={location.hook} searchHook={location.searchHook}>
        <ClaimSelectionProvider>
          <EvidenceView />
          <Selected />
        </ClaimSelectionProvider>
      </Router>,
      db,
    );
    const row = await screen.findByTestId('evidence-row', {}, { timeout: 10_000 });
    expect(row).toHaveTextContent('contradicted');
    // The suggested Caspian Wire claim joins the row (likely matches are on by default).
    await waitFor(() => expect(screen.getAllByTestId('evidence-cell')).toHaveLength(3), {
      timeout: 10_000,
    });
    const cells = screen.getAllByTestId('evidence-cell');
    expect(cells.map((c) => c.dataset.mark).sort()).toEqual([
      'contradicts',
      'contradicts',
      'suggested',
    ]);
    expect(screen.getByTestId('evidence-summary')).toHaveTextContent('1 contradicted');
    await userEvent.click(cells.find((c) => c.dataset.mark === 'suggested')!);
    expect(screen.getByTestId('selected')).toHaveTextContent('c3');

    await userEvent.click(screen.getByRole('switch', { name: 'Likely matches' }));
    await waitFor(() => expect(screen.getAllByTestId('evidence-cell')).toHaveLength(2));
    expect(
      within(screen.getByTestId('evidence-matrix')).getByText('State Herald'),
    ).toBeInTheDocument();
  });
});
