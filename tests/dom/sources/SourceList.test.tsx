import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ClaimdeskDB } from '../../../src/renderer/src/db/db';
import { SourceList } from '../../../src/renderer/src/features/sources/SourceList';
import { freshDatabase, render } from '../render';
import { withLayoutSize } from '../layout';

const at = '2025-06-01T00:00:00.000Z';

/** `count` sources, one a day back from 2025-06-30, each with `i % 4` claims. */
async function archive(count: number): Promise<ClaimdeskDB> {
  const db = freshDatabase();
  await db.outlets.add({
    id: 'o-1',
    name: 'Report.az',
    aliases: [],
    reliability: null,
    createdAt: at,
    updatedAt: at,
  });
  await db.sources.bulkAdd(
    Array.from({ length: count }, (_, i) => ({
      id: `s-${i}`,
      title: `Article number ${i}`,
      outletId: i % 2 === 0 ? 'o-1' : null,
      author: null,
      publishedAt: new Date(Date.UTC(2025, 5, 30 - i)).toISOString().slice(0, 10),
      kind: 'news' as const,
      rawText: `Text ${i}`,
      text: `Text ${i}`,
      contentHash: `hash-${i}`,
      origin: { type: 'file' as const, name: `a-${i}.txt` },
      importedAt: at,
      updatedAt: at,
    })),
  );
  const claims = [];
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < i % 4; k++) {
      claims.push({
        id: `c-${i}-${k}`,
        sourceId: `s-${i}`,
        text: 'words',
        anchor: { start: 0, end: 5, prefix: '', suffix: '' },
        speakerId: null,
        outletId: null,
        kind: 'direct' as const,
        status: 'unverified',
        credibility: null,
        tags: [],
        note: '',
        review: 'suggested' as const,
        confidence: 0.9,
        createdAt: at,
        updatedAt: at,
        updatedBy: null,
      });
    }
  }
  await db.claims.bulkAdd(claims);
  return db;
}

describe('SourceList', { timeout: 20_000 }, () => {
  withLayoutSize(320, 640);

  it('holds a whole archive but puts only the items in view in the page, newest first', async () => {
    render(<SourceList selectedId={null} onSelect={() => {}} />, await archive(3000));
    expect(await screen.findByTestId('source-count')).toHaveTextContent('3,000 sources');
    const items = await screen.findAllByTestId('source-item');
    // 640 px of 72 px items and a few either side: tens, not thousands.
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(40);
    expect(within(items[0]!).getByTestId('source-title')).toHaveTextContent('Article number 0');
    expect(within(items[1]!).getByTestId('source-title')).toHaveTextContent('Article number 1');
    expect(within(items[0]!).getByTestId('source-outlet')).toHaveTextContent('Report.az');
    expect(within(items[1]!).getByTestId('source-outlet')).toHaveTextContent('Unknown outlet');
    expect(within(items[3]!).getByTitle('3 claims')).toHaveTextContent('3');
    // Each item is a link a keyboard reaches, and says where it stands in the whole list.
    expect(items[1]).toHaveAttribute('href', '#/sources/s-1');
    expect(items[1]!.closest('li')).toHaveAttribute('aria-setsize', '3000');
    expect(items[1]!.closest('li')).toHaveAttribute('aria-posinset', '2');
  });

  it('follows the store: a new source, a renamed one and a deleted claim show at once', async () => {
    const db = await archive(4);
    const onSelect = vi.fn();
    render(<SourceList selectedId="s-1" onSelect={onSelect} />, db);
    expect(await screen.findByTestId('source-count')).toHaveTextContent('4 sources');

    await db.sources.update('s-2', { title: 'Renamed article' });
    await db.claims.delete('c-3-0');
    await db.sources.add({
      ...(await db.sources.get('s-0'))!,
      id: 's-new',
      title: 'Breaking article',
      publishedAt: '2025-07-01',
      contentHash: 'hash-new',
    });
    await waitFor(() => expect(screen.getByTestId('source-count')).toHaveTextContent('5 sources'));
    const titles = () => screen.getAllByTestId('source-title').map((t) => t.textContent);
    await waitFor(() =>
      expect(titles()).toEqual([
        'Breaking article',
        'Article number 0',
        'Article number 1',
        'Renamed article',
        'Article number 3',
      ]),
    );
    const items = screen.getAllByTestId('source-item');
    await waitFor(() => expect(within(items[4]!).getByTitle('2 claims')).toBeInTheDocument());
    expect(items[2]).toHaveAttribute('data-active', 'true');

    await userEvent.click(items[3]!);
    expect(onSelect).toHaveBeenCalledWith('s-2');
  });
});
