import { Center, Loader, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useStatuses } from '../../lib/useStatuses';
import classes from './ClaimsTable.module.css';
import { StatusSelect } from './StatusSelect';
import { useClaimActions } from './useClaimActions';
import { useClaimRows } from './useClaimRows';

const rowHeight = 64;

/** All claims across sources; only the rows on screen are in the DOM. */
export function ClaimsTable({
  selectedClaimId,
  onSelectClaim,
}: {
  selectedClaimId: string | null;
  onSelectClaim: (id: string) => void;
}) {
  const rows = useClaimRows();
  const { list } = useStatuses();
  const { changeStatus } = useClaimActions();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows?.length ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });

  if (!rows) {
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  }
  return (
    <div className={classes.table} role="table" aria-label="Claims" aria-rowcount={rows.length + 1}>
      <div className={`${classes.row} ${classes.header}`} role="row">
        <div role="columnheader">Claim</div>
        <div role="columnheader">Speaker</div>
        <div role="columnheader">Outlet</div>
        <div role="columnheader">Source</div>
        <div role="columnheader">Status</div>
      </div>
      {rows.length === 0 && (
        <Text c="dimmed" p="md">
          No claims yet.
        </Text>
      )}
      <div ref={scrollRef} className={classes.scroller}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={row.claim.id}
                role="row"
                aria-rowindex={item.index + 2}
                data-testid="claim-row"
                data-selected={row.claim.id === selectedClaimId || undefined}
                className={classes.row}
                style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
                onClick={() => onSelectClaim(row.claim.id)}
              >
                <div role="cell" className={classes.text} title={row.claim.text}>
                  {row.claim.text}
                </div>
                <div role="cell" className={classes.muted}>
                  {row.speaker ?? '—'}
                </div>
                <div role="cell" className={classes.muted}>
                  {row.outlet ?? '—'}
                </div>
                <div role="cell" className={classes.muted} title={row.source}>
                  {row.source}
                </div>
                <div role="cell" onClick={(event) => event.stopPropagation()}>
                  <StatusSelect
                    size="xs"
                    statuses={list}
                    value={row.claim.status}
                    onChange={(status) => void changeStatus(row.claim.id, status)}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
