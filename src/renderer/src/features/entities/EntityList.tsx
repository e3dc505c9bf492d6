import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Kbd,
  Menu,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import {
  IconArrowMerge,
  IconDots,
  IconListDetails,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Reliability } from '@shared/model';
import type { EntityKind } from '../../db/entities';
import classes from './EntityList.module.css';
import { count, entityWords } from './nouns';
import { ReliabilitySelect } from './ReliabilitySelect';
import type { EntityRow } from './useEntityRows';
import { formatCount } from '../../lib/numbers';

const rowHeight = 60;

export interface EntityActions {
  onEdit: (row: EntityRow) => void;
  onMerge: (row: EntityRow) => void;
  onDelete: (row: EntityRow) => void;
  onShowClaims: (row: EntityRow) => void;
  onGrade: (row: EntityRow, grade: Reliability | null) => void;
}

/** Why an entry cannot be deleted, or null when it can. */
export function deleteBlocker(kind: EntityKind, row: EntityRow): string | null {
  if (row.claims > 0) return `It has ${count(row.claims, 'claim')}`;
  if (kind === 'outlets' && row.sources > 0) {
    return `It is the outlet of ${count(row.sources, 'source')}`;
  }
  return null;
}

/**
 * Speakers or outlets, one row each; only the rows on screen are in the DOM, so thousands scroll
 * smoothly. Arrow keys move between rows; Enter edits, M merges, C shows claims, Delete deletes.
 */
export function EntityList({
  kind,
  rows,
  actions,
}: {
  kind: EntityKind;
  rows: EntityRow[];
  actions: EntityActions;
}) {
  const words = entityWords[kind];
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const pendingFocus = useRef(false);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));

  useEffect(() => {
    if (!pendingFocus.current) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (element) {
      pendingFocus.current = false;
      element.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    pendingFocus.current = true;
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, row: EntityRow, index: number) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / rowHeight) - 1);
    const handlers: Record<string, () => void> = {
      ArrowDown: () => moveTo(index + 1),
      ArrowUp: () => moveTo(index - 1),
      PageDown: () => moveTo(index + page),
      PageUp: () => moveTo(index - page),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      Enter: () => actions.onEdit(row),
      m: () => actions.onMerge(row),
      c: () => actions.onShowClaims(row),
      Delete: () => actions.onDelete(row),
    };
    const handler = handlers[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (handler) {
      event.preventDefault();
      handler();
    }
  };

  const columns = kind === 'speakers' ? classes.speakers : classes.outlets;
  return (
    <div
      className={classes.list}
      role="table"
      aria-label={words.title}
      aria-rowcount={rows.length + 1}
    >
      <div className={`${classes.row} ${classes.header} ${columns}`} role="row">
        <div role="columnheader">Name · aliases</div>
        <div role="columnheader">{kind === 'speakers' ? 'Role / affiliation' : 'Reliability'}</div>
        {kind === 'outlets' && (
          <div role="columnheader" className={classes.number}>
            Sources
          </div>
        )}
        <div role="columnheader" className={classes.number}>
          Claims
        </div>
        <div role="columnheader">
          <VisuallyHidden>Actions</VisuallyHidden>
        </div>
      </div>
      <div ref={scrollRef} className={classes.scroller}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const blocker = deleteBlocker(kind, row);
            return (
              <div
                key={row.id}
                role="row"
                aria-rowindex={item.index + 2}
                aria-label={row.name}
                data-index={item.index}
                data-testid={kind === 'speakers' ? 'speaker-row' : 'outlet-row'}
                data-active={item.index === activeIndex || undefined}
                tabIndex={item.index === activeIndex ? 0 : -1}
                className={`${classes.row} ${columns}`}
                style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
                onFocus={() => setActive(item.index)}
                onKeyDown={(event) => onKeyDown(event, row, item.index)}
                onDoubleClick={() => actions.onEdit(row)}
              >
                <div role="cell" className={classes.name}>
                  <Text size="sm" fw={600} className={classes.truncate} title={row.name}>
                    {row.name}
                  </Text>
                  {row.aliases.length > 0 && (
                    <Text
                      size="xs"
                      c="dimmed"
                      className={classes.truncate}
                      title={row.aliases.join(', ')}
                    >
                      Also: {row.aliases.join(', ')}
                    </Text>
                  )}
                </div>
                {kind === 'speakers' ? (
                  <div
                    role="cell"
                    className={`${classes.truncate} ${row.role ? '' : classes.muted}`}
                    title={row.role ?? undefined}
                  >
                    {row.role ?? '—'}
                  </div>
                ) : (
                  <div role="cell">
                    <ReliabilitySelect
                      size="xs"
                      ariaLabel={`Reliability of ${row.name}`}
                      value={row.reliability}
                      onChange={(grade) => actions.onGrade(row, grade)}
                    />
                  </div>
                )}
                {kind === 'outlets' && (
                  <div role="cell" className={`${classes.number} ${classes.muted}`}>
                    {formatCount(row.sources)}
                  </div>
                )}
                <div role="cell" className={classes.number}>
                  {row.claims > 0 ? (
                    <Tooltip label={`Open the ${count(row.claims, 'claim')} of ${row.name}`}>
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        tabIndex={-1}
                        onClick={() => actions.onShowClaims(row)}
                        data-testid="claim-count"
                      >
                        {formatCount(row.claims)}
                      </Button>
                    </Tooltip>
                  ) : (
                    <Text size="sm" c="dimmed" pr={8} data-testid="claim-count">
                      0
                    </Text>
                  )}
                </div>
                <Group role="cell" gap={4} wrap="nowrap" justify="flex-end">
                  <Tooltip label="Edit (Enter)">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      tabIndex={-1}
                      aria-label={`Edit ${row.name}`}
                      onClick={() => actions.onEdit(row)}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Menu position="bottom-end" shadow="md" width={250} withinPortal>
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        tabIndex={-1}
                        aria-label={`More actions for ${row.name}`}
                      >
                        <IconDots size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item
                        leftSection={<IconPencil size={14} />}
                        rightSection={<Kbd size="xs">Enter</Kbd>}
                        onClick={() => actions.onEdit(row)}
                      >
                        Edit
                      </Menu.Item>
                      <Menu.Item
                        leftSection={<IconListDetails size={14} />}
                        rightSection={<Kbd size="xs">C</Kbd>}
                        disabled={row.claims === 0}
                        onClick={() => actions.onShowClaims(row)}
                      >
                        Show claims
                      </Menu.Item>
                      <Menu.Item
                        leftSection={<IconArrowMerge size={14} />}
                        rightSection={<Kbd size="xs">M</Kbd>}
                        onClick={() => actions.onMerge(row)}
                      >
                        Merge with another {words.one}…
                      </Menu.Item>
                      <Menu.Divider />
                      <Menu.Item
                        color="red"
                        leftSection={<IconTrash size={14} />}
                        rightSection={blocker ? null : <Kbd size="xs">Del</Kbd>}
                        disabled={blocker !== null}
                        onClick={() => actions.onDelete(row)}
                      >
                        Delete
                        {blocker && (
                          <Text size="xs" c="dimmed">
                            {blocker}: merge it instead.
                          </Text>
                        )}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Group>
              </div>
            );
          })}
        </div>
      </div>
      <Group className={classes.hint} gap="md" wrap="wrap">
        <Text size="xs" c="dimmed">
          <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> move
        </Text>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Enter</Kbd> edit
        </Text>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">M</Kbd> merge
        </Text>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">C</Kbd> claims
        </Text>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Del</Kbd> delete
        </Text>
        <Badge variant="transparent" color="gray" size="sm" ml="auto">
          {count(rows.length, words.one, words.many)}
        </Badge>
      </Group>
    </div>
  );
}
