import { BarChart } from '@mantine/charts';
import { Anchor, Box, ColorSwatch, Group, ScrollArea, Table, Text } from '@mantine/core';
import { useInViewport } from '@mantine/hooks';
import { useState } from 'react';
import type { StatusDefinition } from '@shared/statuses';
import { chartColor, chartColorVar } from './colors';
import type { EntityTally } from './useOverviewStats';
import { formatCount } from '../../lib/numbers';

const rowHeight = 30;
const chunkSize = 100;
const nameWidth = 230;

/** The statuses to chart: the vocabulary's, then any others that claims still carry. */
export function chartStatuses(
  list: StatusDefinition[],
  describe: (id: string) => StatusDefinition,
  present: Iterable<string>,
): StatusDefinition[] {
  const known = new Set(list.map((s) => s.id));
  const extra = [...new Set(present)].filter((id) => !known.has(id)).map(describe);
  return [...list, ...extra];
}

const truncate = (text: string, length = 30) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

function chartData(tallies: EntityTally[], statuses: StatusDefinition[]) {
  return tallies.map((t) => {
    const row: Record<string, string | number> = {
      id: t.id,
      label: `${truncate(t.name)} · ${formatCount(t.total)}`,
    };
    statuses.forEach((s, i) => (row[`s${i}`] = t.byStatus.get(s.id) ?? 0));
    return row;
  });
}

/** The statuses' colours and labels, once above a set of charts. */
export function StatusLegend({ statuses }: { statuses: StatusDefinition[] }) {
  return (
    <Group gap="md" wrap="wrap" aria-label="Status colours">
      {statuses.map((s) => (
        <Group key={s.id} gap={6} wrap="nowrap">
          <ColorSwatch color={chartColorVar(s.color)} size={12} withShadow={false} />
          <Text size="xs">{s.label}</Text>
        </Group>
      ))}
    </Group>
  );
}

/**
 * Horizontal stacked bars, one per speaker or outlet, split by status in the status colours.
 * Clicking a bar opens that entry's claims.
 */
export function StatusBars({
  tallies,
  statuses,
  max,
  onSelect,
  withXAxis = true,
}: {
  tallies: EntityTally[];
  statuses: StatusDefinition[];
  /** The longest bar, so that charts drawn in pieces share one scale. */
  max: number;
  onSelect: (id: string) => void;
  withXAxis?: boolean;
}) {
  const series = statuses.map((s, i) => ({
    name: `s${i}`,
    label: s.label,
    color: chartColor(s.color),
  }));
  return (
    <BarChart
      h={tallies.length * rowHeight + (withXAxis ? 30 : 4)}
      data={chartData(tallies, statuses)}
      dataKey="label"
      type="stacked"
      orientation="vertical"
      series={series}
      gridAxis="none"
      withXAxis={withXAxis}
      xAxisProps={{ domain: [0, max], allowDecimals: false }}
      yAxisProps={{
        width: nameWidth,
        interval: 0,
        // Labels are truncated already; a wide tick keeps recharts from wrapping them.
        tick: { transform: 'translate(-10, 0)', fontSize: 12, fill: 'currentColor', width: 1000 },
      }}
      maxBarWidth={20}
      tooltipAnimationDuration={0}
      valueFormatter={(value) => formatCount(value)}
      tooltipProps={{ wrapperStyle: { zIndex: 10 } }}
      barProps={{
        cursor: 'pointer',
        isAnimationActive: false,
        onClick: (data: { payload?: { id?: string } }) => {
          if (data.payload?.id) onSelect(data.payload.id);
        },
      }}
    />
  );
}

/** A long list drawn in pieces: each piece is charted only once it scrolls into view. */
export function ChunkedStatusBars(props: {
  tallies: EntityTally[];
  statuses: StatusDefinition[];
  max: number;
  onSelect: (id: string) => void;
}) {
  const chunks: EntityTally[][] = [];
  for (let i = 0; i < props.tallies.length; i += chunkSize) {
    chunks.push(props.tallies.slice(i, i + chunkSize));
  }
  return (
    <>
      {chunks.map((chunk, i) => (
        <LazyChunk key={i} {...props} tallies={chunk} last={i === chunks.length - 1} />
      ))}
    </>
  );
}

function LazyChunk({
  last,
  ...props
}: {
  tallies: EntityTally[];
  statuses: StatusDefinition[];
  max: number;
  onSelect: (id: string) => void;
  last: boolean;
}) {
  const { ref, inViewport } = useInViewport();
  const [seen, setSeen] = useState(false);
  if (inViewport && !seen) setSeen(true);
  const height = props.tallies.length * rowHeight + (last ? 30 : 4);
  return (
    <Box ref={ref} mih={height}>
      {seen && <StatusBars {...props} withXAxis={last} />}
    </Box>
  );
}

/** The same figures as a table: exact counts, and names that open the claims. */
export function StatusTable({
  tallies,
  statuses,
  onSelect,
  entityLabel,
}: {
  tallies: EntityTally[];
  statuses: StatusDefinition[];
  onSelect: (id: string) => void;
  entityLabel: string;
}) {
  return (
    <ScrollArea type="auto">
      <Table striped highlightOnHover withTableBorder fz="sm" miw={600}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{entityLabel}</Table.Th>
            {statuses.map((s) => (
              <Table.Th key={s.id} ta="right">
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <ColorSwatch color={chartColorVar(s.color)} size={10} withShadow={false} />
                  {s.label}
                </Group>
              </Table.Th>
            ))}
            <Table.Th ta="right">Total</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tallies.map((t) => (
            <Table.Tr key={t.id} data-testid="overview-row">
              <Table.Td>
                <Anchor component="button" type="button" size="sm" onClick={() => onSelect(t.id)}>
                  {t.name}
                </Anchor>
              </Table.Td>
              {statuses.map((s) => (
                <Table.Td key={s.id} ta="right" c={t.byStatus.get(s.id) ? undefined : 'dimmed'}>
                  {formatCount(t.byStatus.get(s.id) ?? 0)}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={600}>
                {formatCount(t.total)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
