import { Checkbox, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { Claim, Speaker } from '@shared/model';
import classes from './QueueList.module.css';
import type { QueueSource } from './useReviewQueue';

type Row = { type: 'source'; source: QueueSource } | { type: 'claim'; claim: Claim };

/** The queue, grouped by source; only the visible rows are rendered, so it stays quick at any size. */
export function QueueList({
  groups,
  speakers,
  selectedId,
  onSelect,
  checked,
  onToggle,
}: {
  groups: QueueSource[];
  speakers: Map<string, Speaker>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** In list mode, the ticked claims; null in one-at-a-time mode. */
  checked: Set<string> | null;
  onToggle: (id: string) => void;
}) {
  const rows = useMemo<Row[]>(
    () =>
      groups.flatMap((source) => [
        { type: 'source' as const, source },
        ...source.claims.map((claim) => ({ type: 'claim' as const, claim })),
      ]),
    [groups],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]!.type === 'source' ? 44 : 62),
    overscan: 12,
  });
  const selectedIndex = rows.findIndex((r) => r.type === 'claim' && r.claim.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  return (
    <div ref={scrollRef} className={classes.scroller} data-testid="review-queue">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          const style = { transform: `translateY(${item.start}px)`, height: item.size };
          if (row.type === 'source') {
            return (
              <div key={`s-${row.source.id}`} className={classes.sourceRow} style={style}>
                <Text size="xs" fw={700} lineClamp={1}>
                  {row.source.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {row.source.outlet ?? 'Unknown outlet'} · {row.source.claims.length} to review
                </Text>
              </div>
            );
          }
          const { claim } = row;
          return (
            <div
              key={claim.id}
              className={classes.claimRow}
              style={style}
              data-selected={claim.id === selectedId || undefined}
            >
              {checked && (
                <Checkbox
                  size="xs"
                  checked={checked.has(claim.id)}
                  onChange={() => onToggle(claim.id)}
                  aria-label="Select claim"
                />
              )}
              <UnstyledButton
                className={classes.claimButton}
                onClick={() => onSelect(claim.id)}
                data-testid="queue-item"
              >
                <Text size="sm" lineClamp={2}>
                  {claim.text}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {claim.speakerId ? (speakers.get(claim.speakerId)?.name ?? '—') : 'Unattributed'}
                </Text>
              </UnstyledButton>
            </div>
          );
        })}
      </div>
    </div>
  );
}
