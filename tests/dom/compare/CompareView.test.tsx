import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { ClaimSelectionProvider } from '../../../src/renderer/src/app/ClaimSelection';
import { CompareView } from '../../../src/renderer/src/features/compare/CompareView';
import {
  parseCompareSources,
  compareHref,
} from '../../../src/renderer/src/features/compare/compareUrl';
import { freshDatabase, render } from '../render';
import { seedLinksStore } from '../links/fixtures';

async function setup(search: string) {
  const db = freshDatabase();
  await seedLinksStore(db);
  const location = memoryLocation({ path: '/compare', searchPath: search, record: true });
  const view = render(
    <Router hook={location.hook} searchHook={location.searchHook}>
      <ClaimSelectionProvider>
        <CompareView />
      </ClaimSelectionProvider>
    </Router>,
    db,
  );
  return { db, location, ...view };
}

describe('compare URL', () => {
  it('keeps two to four distinct sources in order', () => {
    expect(parseCompareSources('sources=a,b,a,c,d,e')).toEqual(['a', 'b', 'c', 'd']);
    expect(parseCompareSources('')).toEqual([]);
    expect(compareHref(['a', 'b'])).toBe('/compare?sources=a,b');
  });
});

describe('CompareView', () => {
  it('asks for sources until there are two', async () => {
    await setup('sources=s1');
    expect(await screen.findByText('Compare sources side by side')).toBeInTheDocument();
    expect(screen.queryAllByTestId('compare-column')).toHaveLength(0);
  });

  it('shows the sources in columns with outlet, grade, date and claims by status', async () => {
    await setup('sources=s1,s2,s3');
    const columns = await screen.findAllByTestId('compare-column');
    expect(columns).toHaveLength(3);
    expect(columns[0]).toHaveTextContent('Daily Ledger');
    expect(within(columns[0]!).getByLabelText('reliability B')).toBeInTheDocument();
    expect(columns[1]).toHaveTextContent('ungraded');
    expect(columns[0]).toHaveTextContent('1 Jan 2025');
    expect(within(columns[0]!).getByTestId('column-status-counts')).toHaveTextContent(
      '2 claims:2 unverified',
    );
    expect(columns[2]!.querySelectorAll('mark[data-claim-id]')).toHaveLength(1);
  });

  it('pairs similar claims across columns and confirms the focused pair with one key', async () => {
    const { db } = await setup('sources=s1,s2');
    const pair = await screen.findByTestId('compare-pair', {}, { timeout: 10_000 });
    expect(pair).toHaveAttribute('data-kind', 'suggested');
    expect(pair).toHaveAttribute('data-pair-key', 'c1|c3');
    expect(pair).toHaveTextContent('A · Anna Berg');
    expect(pair).toHaveTextContent('B · Rasim Ali');
    expect(within(pair).getByTestId('matched-words')).toHaveTextContent('airliner ≈ aircraft');

    screen.getByTestId('compare-pairs').focus();
    await userEvent.keyboard('x');
    await waitFor(async () => expect((await db.links.toArray())[0]?.relation).toBe('contradicts'));
    await waitFor(() =>
      expect(screen.getByTestId('compare-pair')).toHaveAttribute('data-kind', 'linked'),
    );
    expect(screen.getByTestId('pair-counts')).toHaveTextContent('1 linked · 0 suggested');
    // Another key on the linked pair changes its relation.
    await userEvent.keyboard('c');
    await waitFor(async () => expect((await db.links.toArray())[0]?.relation).toBe('corroborates'));
    expect(await db.links.count()).toBe(1);
  });

  it('moves through pairs with J and K, and filters by speaker', async () => {
    await setup('sources=s1,s2,s3');
    await waitFor(
      () => expect(screen.getAllByTestId('compare-pair').length).toBeGreaterThanOrEqual(2),
      {
        timeout: 10_000,
      },
    );
    const list = screen.getByTestId('compare-pairs');
    list.focus();
    const focused = () => list.getAttribute('aria-activedescendant');
    const first = focused();
    await userEvent.keyboard('j');
    expect(focused()).not.toBe(first);
    await userEvent.keyboard('k');
    expect(focused()).toBe(first);

    await userEvent.click(screen.getByRole('combobox', { name: 'Filter by speaker' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Ivan Petrov' }));
    await waitFor(() =>
      expect(
        screen.getAllByTestId('compare-pair').every((p) => p.textContent?.includes('Ivan Petrov')),
      ).toBe(true),
    );
  });

  it('removes a column and keeps the choice in the URL', async () => {
    const { location } = await setup('sources=s1,s2,s3');
    const columns = await screen.findAllByTestId('compare-column');
    await userEvent.click(within(columns[2]!).getByRole('button', { name: /Remove State Herald/ }));
    await waitFor(() => expect(screen.getAllByTestId('compare-column')).toHaveLength(2));
    expect(location.history.at(-1)).toBe('/compare?sources=s1,s2');
  });
});
