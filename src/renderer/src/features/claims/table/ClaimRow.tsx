import { memo, useLayoutEffect, useRef, type MouseEvent } from 'react';
import type { ClaimQueryRow } from '@core/query';
import type { StatusDefinition } from '@shared/statuses';
import { formatDate } from '../../../lib/dates';
import classes from './ClaimsView.module.css';
import { StatusCell } from './StatusCell';

const reviewLabels = {
  suggested: 'Suggested',
  accepted: 'Accepted',
  rejected: 'Rejected',
} as const;

export interface RowHandlers {
  /** A click on the row: opens the claim and makes the row the active one. */
  open: (index: number) => void;
  /** A click on the row's checkbox; with Shift, the range from the last one clicked. */
  check: (index: number, range: boolean) => void;
  setStatus: (claimId: string, status: string) => void;
  describe: (statusId: string) => StatusDefinition;
  /** A claim's status menu opened or closed, in the row at `index`. */
  editing: (claimId: string, on: boolean, index: number) => void;
}

const stop = (event: MouseEvent) => event.stopPropagation();

/**
 * One claim in the grid. Plain elements styled by the module's CSS rather than Mantine
 * components: rows mount and unmount on every scroll step and are refilled at every filter, so
 * each must be cheap.
 * Re-renders only when its row or its flags change.
 */
export const ClaimRow = memo(function ClaimRow({
  row,
  index,
  top,
  checked,
  active,
  open,
  statuses,
  handlers,
  readOnly = false,
}: {
  row: ClaimQueryRow;
  index: number;
  top: number;
  checked: boolean;
  active: boolean;
  open: boolean;
  statuses: StatusDefinition[];
  handlers: RowHandlers;
  readOnly?: boolean;
}) {
  // The grid refills its rows in place (see ClaimsGrid): when this one is given another claim,
  // focus inside it (a clicked checkbox or status) goes back to the grid, or Space and Enter
  // would act on a claim the user never chose.
  const element = useRef<HTMLDivElement>(null);
  const shownId = useRef(row.id);
  useLayoutEffect(() => {
    if (shownId.current === row.id) return;
    shownId.current = row.id;
    const here = element.current;
    if (here && here.contains(document.activeElement) && document.activeElement !== here) {
      here.closest<HTMLElement>('[role="grid"]')?.focus({ preventScroll: true });
    }
  }, [row.id]);
  return (
    <div
      ref={element}
      role="row"
      id={`claim-row-${row.id}`}
      aria-rowindex={index + 2}
      aria-selected={checked}
      data-testid="claim-row"
      data-claim-id={row.id}
      data-status={row.status}
      data-checked={checked || undefined}
      data-active={active || undefined}
      data-open={open || undefined}
      className={classes.row}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => handlers.open(index)}
    >
      <div role="gridcell" className={classes.check} onClick={stop}>
        <input
          type="checkbox"
          className={classes.checkbox}
          checked={checked}
          onChange={() => {}}
          onClick={(event) => handlers.check(index, event.shiftKey)}
          aria-label="Select this claim"
          tabIndex={-1}
        />
      </div>
      <div role="gridcell" className={classes.text} title={row.text}>
        {row.text}
      </div>
      <div role="gridcell" className={classes.cell} title={row.speakerName ?? undefined}>
        {row.speakerName ?? <span className={classes.none}>Unattributed</span>}
      </div>
      <div role="gridcell" className={`${classes.cell} ${classes.muted} ${classes.outlet}`}>
        {row.outletName ?? <span className={classes.none}>None</span>}
      </div>
      <div role="gridcell" className={classes.source} title={row.sourceTitle}>
        {row.sourceTitle || <span className={classes.none}>Untitled</span>}
      </div>
      <div role="gridcell" className={`${classes.cell} ${classes.muted}`}>
        {formatDate(row.date)}
      </div>
      <div role="gridcell" onClick={stop} onKeyDown={(event) => event.stopPropagation()}>
        <StatusCell
          // One claim's open menu never passes to another claim's row.
          key={row.id}
          onEditing={(on) => handlers.editing(row.id, on, index)}
          disabled={readOnly}
          status={handlers.describe(row.status)}
          statuses={statuses}
          onChange={(status) => handlers.setStatus(row.id, status)}
        />
      </div>
      <div role="gridcell" className={classes.tags} title={row.tags.join(', ') || undefined}>
        {row.tags.slice(0, 2).map((tag) => (
          <span key={tag} className={classes.chip}>
            {tag}
          </span>
        ))}
        {row.tags.length > 2 && <span className={classes.more}>+{row.tags.length - 2}</span>}
      </div>
      <div role="gridcell">
        <span className={classes.review} data-review={row.review}>
          {reviewLabels[row.review]}
        </span>
      </div>
    </div>
  );
});
