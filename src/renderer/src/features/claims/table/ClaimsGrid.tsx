import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import {
  effectiveSort,
  type ClaimQuery,
  type ClaimQueryEngine,
  type QueryResult,
  type SortKey,
} from '@core/query';
import type { StatusDefinition } from '@shared/statuses';
import { ClaimRow, type RowHandlers } from './ClaimRow';
import classes from './ClaimsView.module.css';
import { columns, headerHeight, rowHeight } from './columns';
import type { Selection } from './useSelection';
import { formatCount } from '../../../lib/numbers';

const sortLabel = (dir: 'asc' | 'desc') => (dir === 'asc' ? 'ascending' : 'descending');

/**
 * The claims as a virtualised grid: only the rows in view (and a few around them) are in the
 * DOM, so 100,000 rows scroll like 100. Keyboard: arrows, Page Up/Down, Home/End move the active
 * row (with Shift they also check rows), Enter opens it, Space checks it, Ctrl+A checks all rows
 * shown, Escape unchecks all.
 */
export function ClaimsGrid({
  engine,
  result,
  query,
  searching,
  onSort,
  selection,
  selectedClaimId,
  onSelectClaim,
  statuses,
  describe,
  onStatus,
  gridRef,
  empty,
  readOnly = false,
}: {
  engine: ClaimQueryEngine;
  result: QueryResult;
  query: ClaimQuery;
  /** Whether rows are in relevance order (a search without a chosen sort). */
  searching: boolean;
  onSort: (key: SortKey) => void;
  selection: Selection;
  selectedClaimId: string | null;
  onSelectClaim: (id: string) => void;
  statuses: StatusDefinition[];
  describe: (statusId: string) => StatusDefinition;
  onStatus: (claimId: string, status: string) => void;
  gridRef: RefObject<HTMLDivElement | null>;
  empty: ReactNode;
  /** Rows shown before every row is loaded (the launch preview): their statuses wait. */
  readOnly?: boolean;
}) {
  const { slots } = result;
  const count = slots.length;
  const [activeId, setActiveId] = useState<string | null>(null);
  // The claim whose status menu is open, and the key its row had then: the row keeps that key
  // wherever the claim moves, so the menu stays open on it.
  const [editing, setEditing] = useState<{ id: string; key: number } | null>(null);
  const rowKey = (rowId: string, index: number): string | number => {
    if (editing?.id === rowId) return editing.key;
    // Another claim now at the open menu's place: a key of its own.
    if (editing?.key === index) return rowId;
    return index;
  };
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => gridRef.current,
    estimateSize: () => rowHeight,
    // Rows beyond the screen kept ready for scrolling (224 px each way): every row in the DOM is
    // laid out again at each filter and search, ~0.3 ms a row on the reference machine.
    overscan: 4,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
    // Component tests have no layout: render a screenful as if there were one.
    initialRect: { width: 1200, height: 800 },
  });

  const activeIndex = useMemo(() => {
    if (activeId === null) return -1;
    const slot = engine.slotOf(activeId);
    return slot === undefined ? -1 : slots.indexOf(slot);
  }, [activeId, engine, slots]);

  const idAt = (index: number) => {
    const slot = slots[index];
    return slot === undefined ? undefined : engine.row(slot)?.id;
  };

  // A new query starts at the top. Only when the grid is not there already, as the virtualizer
  // knows from the scroll events: writing scrollTop makes the browser lay out the page at once,
  // at every keystroke of a search.
  const queryKey = JSON.stringify(query);
  useEffect(() => {
    if ((virtualizer.scrollOffset ?? 0) > 0 && gridRef.current) gridRef.current.scrollTop = 0;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryKey, gridRef]);

  // The open claim (also moved by the app's next/previous keys) stays in view.
  useEffect(() => {
    if (!selectedClaimId) return;
    const slot = engine.slotOf(selectedClaimId);
    const index = slot === undefined ? -1 : slots.indexOf(slot);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    // Only when the open claim changes, not on every change of the rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedClaimId]);

  const latest = useRef({ idAt, selection, onSelectClaim, onStatus, describe });
  latest.current = { idAt, selection, onSelectClaim, onStatus, describe };
  const handlers = useMemo<RowHandlers>(
    () => ({
      open: (index) => {
        const id = latest.current.idAt(index);
        if (id === undefined) return;
        setActiveId(id);
        latest.current.onSelectClaim(id);
        gridRef.current?.focus({ preventScroll: true });
      },
      check: (index, range) => latest.current.selection.toggle(index, range),
      setStatus: (claimId, status) => latest.current.onStatus(claimId, status),
      editing: (claimId, on, index) =>
        setEditing((current) =>
          on ? { id: claimId, key: index } : current?.id === claimId ? null : current,
        ),
      describe: (statusId) => latest.current.describe(statusId),
    }),
    [gridRef],
  );

  const moveTo = (index: number, extend: boolean) => {
    if (count === 0) return;
    const next = Math.max(0, Math.min(count - 1, index));
    const id = idAt(next);
    if (id === undefined) return;
    if (extend) selection.extend(activeIndex < 0 ? next : activeIndex, next);
    setActiveId(id);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const page = Math.max(
      1,
      Math.floor(((gridRef.current?.clientHeight ?? 560) - headerHeight) / rowHeight) - 1,
    );
    const at = activeIndex;
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case 'ArrowDown':
        handled();
        return moveTo(at + 1, event.shiftKey);
      case 'ArrowUp':
        handled();
        return moveTo(at < 0 ? 0 : at - 1, event.shiftKey);
      case 'PageDown':
        handled();
        return moveTo(at + page, event.shiftKey);
      case 'PageUp':
        handled();
        return moveTo(at - page, event.shiftKey);
      case 'Home':
        handled();
        return moveTo(0, event.shiftKey);
      case 'End':
        handled();
        return moveTo(count - 1, event.shiftKey);
      case 'Enter': {
        const id = at >= 0 ? idAt(at) : undefined;
        if (id === undefined) return;
        handled();
        return onSelectClaim(id);
      }
      case ' ':
        if (at < 0) return;
        handled();
        return selection.toggle(at, event.shiftKey);
      case 'a':
      case 'A':
        if (!(event.ctrlKey || event.metaKey)) return;
        handled();
        return selection.selectAll();
      case 'Escape':
        if (selection.count === 0) return;
        handled();
        return selection.clear();
    }
  };

  const sort = effectiveSort(query, searching);
  const items = virtualizer.getVirtualItems();
  const activeRowId = activeIndex >= 0 ? idAt(activeIndex) : undefined;

  return (
    <div
      ref={gridRef}
      className={classes.grid}
      role="grid"
      aria-label="Claims"
      aria-rowcount={count + 1}
      aria-colcount={columns.length + 1}
      aria-multiselectable
      aria-activedescendant={activeRowId ? `claim-row-${activeRowId}` : undefined}
      tabIndex={0}
      data-testid="claims-grid"
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && activeIndex < 0 && count > 0) {
          setActiveId(idAt(0) ?? null);
        }
      }}
    >
      <div className={classes.canvas}>
        <div className={classes.header} role="row" aria-rowindex={1}>
          <div role="columnheader" className={classes.check}>
            <input
              type="checkbox"
              className={classes.checkbox}
              ref={(box) => {
                if (box) box.indeterminate = selection.count > 0 && !selection.all;
              }}
              checked={selection.all}
              disabled={count === 0}
              onChange={() => (selection.all ? selection.clear() : selection.selectAll())}
              aria-label={
                selection.all
                  ? 'Uncheck all claims'
                  : `Check all ${formatCount(count)} claims shown`
              }
              title="Check all claims shown (Ctrl+A)"
              data-testid="select-all"
            />
          </div>
          {columns.map((column) => {
            const sorted = sort !== 'relevance' && sort.key === column.key ? sort.dir : null;
            return (
              <div
                key={column.key}
                role="columnheader"
                aria-sort={sorted ? sortLabel(sorted) : undefined}
                className={column.key === 'outlet' ? classes.outlet : undefined}
              >
                <button
                  type="button"
                  className={classes.sortButton}
                  data-sorted={sorted ?? undefined}
                  onClick={() => onSort(column.key)}
                  title={`Sort by ${column.label.toLowerCase()}`}
                >
                  {column.label}
                  {sorted === 'asc' ? (
                    <IconArrowUp size={12} aria-hidden />
                  ) : sorted === 'desc' ? (
                    <IconArrowDown size={12} aria-hidden />
                  ) : (
                    <IconSelector size={12} aria-hidden opacity={0.5} />
                  )}
                </button>
              </div>
            );
          })}
        </div>
        {count === 0 ? (
          empty
        ) : (
          <div className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const slot = slots[item.index]!;
              const row = engine.row(slot);
              if (!row) return null;
              // Rows are keyed by their place on screen: a new result (each search answer, each
              // filter) refills the rows in place instead of replacing them all, which costs the
              // browser a fraction of the layout (at 100,000 claims this halved the search
              // answers over 100 ms). The row with an open status menu keeps its key, so the menu
              // follows its claim; ClaimRow moves focus off a row given to another claim.
              return (
                <ClaimRow
                  key={rowKey(row.id, item.index)}
                  row={row}
                  index={item.index}
                  top={item.start - headerHeight}
                  checked={selection.selected.has(row.id)}
                  active={item.index === activeIndex}
                  open={row.id === selectedClaimId}
                  statuses={statuses}
                  handlers={handlers}
                  readOnly={readOnly}
                />
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
