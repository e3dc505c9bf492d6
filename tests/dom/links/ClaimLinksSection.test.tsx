import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ClaimSelectionProvider } from '../../../src/renderer/src/app/ClaimSelection';
import { undo } from '../../../src/renderer/src/db/changes';
import { ClaimLinksSection, ClaimSuggestedStatus } from '../../../src/renderer/src/features/links';
import { freshDatabase, render } from '../render';
import { seedLinksStore } from './fixtures';

async function setup() {
  const db = freshDatabase();
  await seedLinksStore(db);
  const view = render(
    <ClaimSelectionProvider>
      <ClaimSuggestedStatus claimId="c1" />
      <ClaimLinksSection claimId="c1" showSuggestion={false} />
    </ClaimSelectionProvider>,
    db,
  );
  return { db, ...view };
}

describe('ClaimLinksSection', () => {
  it('suggests similar claims of other sources, and one key confirms one as a link', async () => {
    const { db } = await setup();
    expect(await screen.findByTestId('suggested-status-value')).toHaveTextContent('Unverified');
    expect(screen.getByTestId('evidence-empty')).toBeInTheDocument();

    const similar = await screen.findAllByTestId('similar-claim', {}, { timeout: 10_000 });
    // The two other outlets' Grozny claims, never the same source's unrelated one.
    expect(similar.map((s) => s.getAttribute('data-similar-claim')).sort()).toEqual(['c3', 'c4']);
    const c3 = similar.find((s) => s.getAttribute('data-similar-claim') === 'c3')!;
    expect(within(c3).getByTestId('matched-words')).toHaveTextContent('airliner ≈ aircraft');

    c3.focus();
    await userEvent.keyboard('c');
    await waitFor(async () => expect(await db.links.count()).toBe(1));
    expect((await db.links.toArray())[0]).toMatchObject({
      fromClaimId: 'c1',
      toClaimId: 'c3',
      relation: 'corroborates',
    });

    // The evidence panel lists it, and the suggestion is corroborated: another outlet and speaker.
    const item = await screen.findByTestId('evidence-item');
    expect(item).toHaveTextContent('Corroborates');
    expect(item).toHaveTextContent('Rasim Ali');
    expect(item).toHaveTextContent('Caspian Wire');
    await waitFor(() =>
      expect(screen.getByTestId('suggested-status-value')).toHaveTextContent('Corroborated'),
    );
    expect(screen.getByTestId('suggested-status-reason')).toHaveTextContent(
      'Asserted independently by Anna Berg (Daily Ledger) and Rasim Ali (Caspian Wire)',
    );
    // Never written over the editor's status.
    expect((await db.claims.get('c1'))!.status).toBe('unverified');
    // The linked claim leaves the suggestions.
    await waitFor(() =>
      expect(screen.getAllByTestId('similar-claim').map((s) => s.dataset.similarClaim)).toEqual([
        'c4',
      ]),
    );
  });

  it('links a claim found by its speaker’s name, and a contradiction makes it disputed', async () => {
    const { db } = await setup();
    const search = await screen.findByRole('textbox', { name: 'Search a claim to link' });
    await userEvent.type(search, 'Ivan');
    await userEvent.click(
      await screen.findByText(/no aircraft was shot down/, {}, { timeout: 10_000 }),
    );
    const target = await screen.findByTestId('link-target');
    await userEvent.click(within(target).getByRole('button', { name: /Contradicts/ }));
    await waitFor(async () => expect((await db.links.toArray())[0]?.relation).toBe('contradicts'));
    await waitFor(() =>
      expect(screen.getByTestId('suggested-status-value')).toHaveTextContent('Disputed'),
    );
    expect(screen.getByTestId('suggested-status-reason')).toHaveTextContent(
      'Contradicted by Ivan Petrov (State Herald).',
    );
    expect(screen.getByTestId('evidence-item')).toHaveTextContent('Contradicts');
  });

  it('changes and removes a link from the evidence panel; undo brings it back', async () => {
    const { db } = await setup();
    const c3 = (await screen.findAllByTestId('similar-claim', {}, { timeout: 10_000 })).find(
      (s) => s.dataset.similarClaim === 'c3',
    )!;
    await userEvent.click(within(c3).getByRole('button', { name: /Link as same statement/ }));
    const item = await screen.findByTestId('evidence-item');
    expect(item).toHaveTextContent('Same statement');
    expect(screen.getByTestId('suggested-status-reason')).toHaveTextContent(
      'a repeat in another outlet is not independent',
    );

    await userEvent.click(within(item).getByRole('button', { name: 'Change or remove this link' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Corroborates' }));
    await waitFor(async () => expect((await db.links.toArray())[0]?.relation).toBe('corroborates'));

    await userEvent.click(
      within(screen.getByTestId('evidence-item')).getByRole('button', {
        name: 'Change or remove this link',
      }),
    );
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Remove the link' }));
    await waitFor(async () => expect(await db.links.count()).toBe(0));
    expect(await screen.findByTestId('evidence-empty')).toBeInTheDocument();

    await undo(db);
    await waitFor(() =>
      expect(screen.getByTestId('evidence-item')).toHaveTextContent('Corroborates'),
    );
  });
});
