import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArchiveSearch, makeBatch } from '../../../src/renderer/src/lib/search';
import { seededDatabase } from '../claims-table/seed';

/** The index over two claims (and the seeded sources), built; `before` runs before it gets them. */
async function readySearch(before?: (search: ArchiveSearch) => void) {
  const search = new ArchiveSearch(await seededDatabase());
  before?.(search);
  search.attachClaims(() =>
    makeBatch(
      [
        [0, 'the plane was hit from outside'],
        [1, 'prices will fall next year'],
      ],
      [],
      true,
    ),
  );
  await waitFor(() => expect(search.progress?.ready).toBe(true));
  return search;
}

const slotsOf = (hits: { claimSlots: Int32Array } | null) => [...(hits?.claimSlots ?? [])].sort();

describe('ArchiveSearch (the page’s handle on the index)', () => {
  it('joins a search already asked for the same words, and answers again from the last one', async () => {
    const search = await readySearch();
    const [first, second] = await Promise.all([search.search('plane'), search.search('plane')]);
    expect(slotsOf(first)).toEqual([0]);
    expect(second).toBe(first);
    // The index has not changed: the same answer, without asking the index again.
    expect(await search.search('plane')).toBe(first);
    search.close();
  });

  it('asks again once the claims changed', async () => {
    const search = await readySearch();
    const before = await search.search('plane');
    search.updateClaims(makeBatch([[2, 'another plane landed']]));
    // Straight away: not the answer from before the change.
    expect(await search.search('plane')).not.toBe(before);
    await waitFor(() => expect(search.progress?.claims.pending).toBe(0));
    const after = await search.search('plane');
    expect(after).not.toBe(before);
    expect(slotsOf(after)).toEqual([0, 2]);
    search.close();
  });

  it('finds a claim re-worded again and again by its latest words only', async () => {
    const search = await readySearch();
    const wordings = ['gas flows resumed', 'oil flows resumed', 'coal flows resumed'];
    for (const wording of wordings) {
      search.updateClaims(makeBatch([[1, wording]]));
      const word = wording.split(' ')[0]!;
      // Once the index has taken the change (it is queued, then indexed between searches).
      await waitFor(async () => expect(slotsOf(await search.search(word))).toEqual([1]));
      expect(slotsOf(await search.search('flows'))).toEqual([1]);
    }
    for (const old of ['gas', 'oil', 'prices'])
      expect(slotsOf(await search.search(old))).toEqual([]);
    search.close();
  });

  it('applies claim changes made before the claims were attached over them', async () => {
    // A claim re-worded while the table was still reading its (older) snapshot.
    const search = await readySearch((s) =>
      s.updateClaims(makeBatch([[0, 'the jet was hit from outside']])),
    );
    expect(slotsOf(await search.search('jet'))).toEqual([0]);
    expect(slotsOf(await search.search('plane'))).toEqual([]);
    search.close();
  });

  it('answers the newest words: a search overtaken while it waits resolves with null', async () => {
    const search = await readySearch();
    const [older, newer] = await Promise.all([search.search('prices'), search.search('outside')]);
    expect(older).toBeNull();
    expect(slotsOf(newer)).toEqual([0]);
    search.close();
  });
});
