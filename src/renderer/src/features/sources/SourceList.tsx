import { Badge, Group, NavLink, Skeleton, Stack, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef } from 'react';
import { formatDate } from '../../lib/dates';
import classes from './SourceList.module.css';
import { useSourceSummaries, type SourceSummary } from './useSourceSummaries';
import { formatCount } from '../../lib/numbers';

/**
 * Every item has the same height (room for two title lines and the outlet line): the list
 * places items by arithmetic instead of measuring each one as it scrolls into view.
 */
const itemHeight = 72;

const SourceItem = memo(function SourceItem({
  source,
  active,
  onSelect,
}: {
  source: SourceSummary;
  active: boolean;
  onSelect: (id: string) => void;
}) {
  return (
    <NavLink
      data-testid="source-item"
      // A real link, so Tab reaches it; the click is handled here (the app routes by hash).
      href={`#/sources/${source.id}`}
      active={active}
      onClick={(event) => {
        event.preventDefault();
        onSelect(source.id);
      }}
      label={
        <Text size="sm" fw={500} lineClamp={2} data-testid="source-title">
          {source.title}
        </Text>
      }
      description={
        <Group gap={6} wrap="nowrap" mt={2}>
          <Text size="xs" c="dimmed" truncate data-testid="source-outlet">
            {source.outlet ?? 'Unknown outlet'}
          </Text>
          <Text size="xs" c="dimmed">
            ·
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatDate(source.publishedAt)}
          </Text>
        </Group>
      }
      rightSection={
        <Badge size="sm" variant="light" title={`${source.claims} claims`}>
          {source.claims}
        </Badge>
      }
    />
  );
});

/**
 * Every source, newest first. Only the items in view are in the page (an archive holds
 * thousands), and an item renders again only when its own figures change.
 */
export function SourceList({
  selectedId,
  onSelect,
}: {
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const sources = useSourceSummaries();
  const scrollRef = useRef<HTMLDivElement>(null);
  // Stable between renders: the virtualiser recomputes every item's place when it changes.
  const getItemKey = useCallback((index: number) => sources?.[index]?.id ?? index, [sources]);
  const virtualizer = useVirtualizer({
    count: sources?.length ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => itemHeight,
    getItemKey,
    overscan: 6,
  });
  // The open source stays in view when it is opened from elsewhere (a link, the palette).
  const selectedIndex = sources?.findIndex((s) => s.id === selectedId) ?? -1;
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);
  // The parent passes a new function on every render; items keep one that calls the latest.
  const latestOnSelect = useRef(onSelect);
  latestOnSelect.current = onSelect;
  const select = useCallback((id: string) => latestOnSelect.current(id), []);

  if (!sources) {
    return (
      <Stack gap="xs" p="sm">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} height={52} />
        ))}
      </Stack>
    );
  }
  if (sources.length === 0) {
    return (
      <Text size="sm" c="dimmed" p="md">
        No articles yet. Use “Re-import bundled articles” in the menu to bring back the examples.
      </Text>
    );
  }
  return (
    <>
      <Text size="xs" c="dimmed" px="md" pt="xs" data-testid="source-count">
        {formatCount(sources.length)} source{sources.length === 1 ? '' : 's'}
      </Text>
      <div ref={scrollRef} className={classes.scroller}>
        <ul
          aria-label="Sources"
          className={classes.list}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const source = sources[item.index]!;
            return (
              <li
                key={item.key}
                // Only the items in view are in the page: say where each stands in the whole list.
                aria-setsize={sources.length}
                aria-posinset={item.index + 1}
                className={classes.item}
                style={{ height: itemHeight, transform: `translateY(${item.start}px)` }}
              >
                <SourceItem source={source} active={source.id === selectedId} onSelect={select} />
              </li>
            );
          })}
        </ul>
      </div>
    </>
  );
}
