import { Badge, Checkbox } from '@mantine/core';
import { memo, type MouseEvent } from 'react';
import type { ClaimQueryRow } from '@core/query';
import type { StatusDefinition } from '@shared/statuses';
import { formatDate } from '../../../lib/dates';
import { StatusSelect } from '../StatusSelect';
import classes from './ClaimsView.module.css';

const reviewBadges = {
  suggested: { label: 'Suggested', color: 'yellow' },
  accepted: { label: 'Accepted', color: 'green' },
  rejected: { label: 'Rejected', color: 'gray' },
} as const;

export interface RowHandlers {
  /** A click on the row: opens the claim and makes the row the active one. */
  open: (index: number) => void;
  /** A click on the row's checkbox; with Shift, the range from the last one clicked. */
  check: (index: number, range: boolean) => void;
  setStatus: (claimId: string, status: string) => void;
}

const stop = (event: MouseEvent) => event.stopPropagation();

/** One claim in the grid; re-renders only when its row or its flags change. */
export const ClaimRow = memo(function ClaimRow({
  row,
  index,
  top,
  checked,
  active,
  open,
  statuses,
  handlers,
}: {
  row: ClaimQueryRow;
  index: number;
  top: number;
  checked: boolean;
  active: boolean;
  open: boolean;
  statuses: StatusDefinition[];
  handlers: RowHandlers;
}) {
  const review = reviewBadges[row.review];
  return (
    <div
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
        <Checkbox
          size="xs"
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
      <div role="gridcell" className={`${classes.cell} ${classes.muted}`}>
        {row.outletName ?? <span className={classes.none}>None</span>}
      </div>
      <div role="gridcell" className={classes.source} title={row.sourceTitle}>
        {row.sourceTitle || <span className={classes.none}>Untitled</span>}
      </div>
      <div role="gridcell" className={`${classes.cell} ${classes.muted}`}>
        {formatDate(row.date)}
      </div>
      <div
        role="gridcell"
        onClick={stop}
        onKeyDown={(event) => event.stopPropagation()}
        data-testid="row-status"
      >
        <StatusSelect
          size="xs"
          statuses={statuses}
          value={row.status}
          onChange={(status) => handlers.setStatus(row.id, status)}
        />
      </div>
      <div role="gridcell" className={classes.tags} title={row.tags.join(', ') || undefined}>
        {row.tags.slice(0, 2).map((tag) => (
          <Badge key={tag} size="xs" variant="light" color="gray" tt="none" maw="100%">
            {tag}
          </Badge>
        ))}
        {row.tags.length > 2 && (
          <Badge size="xs" variant="outline" color="gray" tt="none">
            +{row.tags.length - 2}
          </Badge>
        )}
      </div>
      <div role="gridcell">
        <Badge size="xs" variant="light" color={review.color} tt="none">
          {review.label}
        </Badge>
      </div>
    </div>
  );
});
