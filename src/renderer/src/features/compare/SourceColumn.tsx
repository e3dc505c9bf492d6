import { Badge, CloseButton, Group, Text, Tooltip } from '@mantine/core';
import { forwardRef, memo, useMemo } from 'react';
import type { Claim } from '@shared/model';
import type { StatusDefinition } from '@shared/statuses';
import { formatDate } from '../../lib/dates';
import { OutletName } from '../links/Labels';
import { HighlightedText } from '../reader/HighlightedText';
import classes from './CompareView.module.css';
import type { CompareColumnData } from './useCompareData';

export const columnColors = ['blue', 'grape', 'orange', 'cyan'] as const;
export const columnLetter = (index: number) => String.fromCharCode(65 + index);

/** The column's claims per status, in the vocabulary's order, as a bar and counts. */
function StatusCounts({ claims, statuses }: { claims: Claim[]; statuses: StatusDefinition[] }) {
  const counts = useMemo(() => {
    const by = new Map<string, number>();
    for (const c of claims)
      if (c.review !== 'rejected') by.set(c.status, (by.get(c.status) ?? 0) + 1);
    const known = statuses
      .filter((s) => by.has(s.id))
      .map((s) => ({ status: s, n: by.get(s.id)! }));
    const others = [...by.entries()]
      .filter(([id]) => !statuses.some((s) => s.id === id))
      .map(([id, n]) => ({ status: { id, label: id, color: 'gray', description: '' }, n }));
    return [...known, ...others];
  }, [claims, statuses]);
  const total = counts.reduce((sum, c) => sum + c.n, 0);
  if (total === 0) {
    return (
      <Text size="xs" c="dimmed">
        No claims
      </Text>
    );
  }
  return (
    <div data-testid="column-status-counts">
      <Tooltip label={counts.map((c) => `${c.n} ${c.status.label}`).join(' · ')}>
        <div className={classes.statusBar} aria-hidden>
          {counts.map((c) => (
            <div
              key={c.status.id}
              style={{
                width: `${(c.n / total) * 100}%`,
                background: `var(--mantine-color-${c.status.color}-5)`,
              }}
            />
          ))}
        </div>
      </Tooltip>
      <Group gap={4} mt={4}>
        <Text size="xs" fw={600}>
          {total} claims:
        </Text>
        {counts.map((c) => (
          <Badge key={c.status.id} size="xs" variant="light" color={c.status.color} tt="none">
            {c.n} {c.status.label.toLowerCase()}
          </Badge>
        ))}
      </Group>
    </div>
  );
}

interface Props {
  index: number;
  data: CompareColumnData;
  statuses: StatusDefinition[];
  describeStatus: (id: string) => StatusDefinition;
  selectedClaimId: string | null;
  onSelectClaim: (id: string) => void;
  onHoverClaim: (id: string | null) => void;
  onRemove: () => void;
}

/** One source of the comparison: who published it and when, its claims by status, its text. */
export const SourceColumn = memo(
  forwardRef<HTMLDivElement, Props>(function SourceColumn(
    {
      index,
      data,
      statuses,
      describeStatus,
      selectedClaimId,
      onSelectClaim,
      onHoverClaim,
      onRemove,
    },
    textRef,
  ) {
    const { source, outlet, claims } = data;
    const color = columnColors[index % columnColors.length]!;
    const claimAt = (target: EventTarget) =>
      target instanceof Element
        ? (target.closest<HTMLElement>('mark[data-claim-id]')?.dataset.claimId ?? null)
        : null;
    return (
      <section
        className={classes.column}
        style={{ ['--col-color' as string]: `var(--mantine-color-${color}-6)` }}
        data-testid="compare-column"
        data-source-id={source.id}
        aria-label={`Column ${columnLetter(index)}: ${source.title}`}
      >
        <header className={classes.columnHeader}>
          <Group gap={6} wrap="nowrap" justify="space-between">
            <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
              <Badge color={color} variant="filled" size="sm" circle>
                {columnLetter(index)}
              </Badge>
              <OutletName outlet={outlet} size="sm" showUngraded />
            </Group>
            <CloseButton
              size="sm"
              onClick={onRemove}
              aria-label={`Remove ${outlet?.name ?? 'this source'} from the comparison`}
              title="Remove from the comparison"
            />
          </Group>
          <Text size="sm" fw={600} lineClamp={2} mt={4} title={source.title}>
            {source.title}
          </Text>
          <Text size="xs" c="dimmed" mb={6} lineClamp={1}>
            {source.publishedAt ? formatDate(source.publishedAt) : 'Undated'} ·{' '}
            {source.author
              ? `${source.kind === 'interview' ? 'interview with' : 'by'} ${source.author}`
              : 'no author stated'}{' '}
            · {source.kind}
          </Text>
          <StatusCounts claims={claims} statuses={statuses} />
        </header>
        <div
          className={classes.columnText}
          ref={textRef}
          data-compare-text={source.id}
          onMouseOver={(event) => onHoverClaim(claimAt(event.target))}
          onMouseLeave={() => onHoverClaim(null)}
          onFocus={(event) => onHoverClaim(claimAt(event.target))}
          onBlur={() => onHoverClaim(null)}
        >
          <HighlightedText
            text={source.text}
            claims={claims}
            selectedClaimId={selectedClaimId}
            describeStatus={describeStatus}
            onSelectClaim={onSelectClaim}
          />
        </div>
      </section>
    );
  }),
);
