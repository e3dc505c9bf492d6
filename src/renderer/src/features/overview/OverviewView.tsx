import '@mantine/charts/styles.css';
import { DonutChart } from '@mantine/charts';
import {
  Button,
  Center,
  ColorSwatch,
  Container,
  Group,
  Paper,
  Progress,
  ScrollArea,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import type { StatusDefinition } from '@shared/statuses';
import { useLocation } from 'wouter';
import { useStatuses } from '../../lib/useStatuses';
import {
  ChunkedStatusBars,
  chartStatuses,
  StatusBars,
  StatusLegend,
  StatusTable,
} from './StatusBarChart';
import { chartColor, chartColorVar } from './colors';
import { useOverviewFigures, useOverviewStats, type EntityTally } from './useOverviewStats';
import { formatCount } from '../../lib/numbers';

const topCount = 15;
const tablePage = 500;

const number = formatCount;
const percent = (part: number, whole: number) =>
  whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;

function Figure({ label, value, hint }: { label: string; value: ReactNode; hint?: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} mt={4} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {hint}
    </Paper>
  );
}

function Card({
  title,
  description,
  action,
  children,
}: {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap" gap="xs">
        <div>
          <Title order={4}>{title}</Title>
          {description && (
            <Text size="xs" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

type View = 'chart' | 'table';

function ViewToggle({
  value,
  onChange,
  label,
}: {
  value: View;
  onChange: (v: View) => void;
  label: string;
}) {
  return (
    <SegmentedControl
      size="xs"
      aria-label={label}
      value={value}
      onChange={(v) => onChange(v as View)}
      data={[
        { value: 'chart', label: 'Chart' },
        { value: 'table', label: 'Table' },
      ]}
    />
  );
}

/** Claims by status for each speaker or outlet: chart or table, the top ones or all. */
function ByStatusCard({
  title,
  entityLabel,
  tallies,
  without,
  withoutLabel,
  param,
}: {
  title: string;
  entityLabel: string;
  tallies: EntityTally[];
  without: number;
  withoutLabel: string;
  param: 'speaker' | 'outlet';
}) {
  const { list, describe } = useStatuses();
  const [, navigate] = useLocation();
  const [view, setView] = useState<View>('chart');
  const [showAll, setShowAll] = useState(false);
  const [tableRows, setTableRows] = useState(tablePage);
  const statuses = useMemo(
    () =>
      chartStatuses(
        list,
        describe,
        tallies.flatMap((t) => [...t.byStatus.keys()]),
      ),
    [list, describe, tallies],
  );
  const long = tallies.length > topCount;
  const shown = showAll || !long ? tallies : tallies.slice(0, topCount);
  const max = tallies[0]?.total ?? 0;
  const open = (id: string) => navigate(`/claims?${param}=${encodeURIComponent(id)}`);

  return (
    <Card
      title={title}
      description={
        <>
          {long && !showAll
            ? `The ${topCount} with most claims, of ${number(tallies.length)}. `
            : `${number(tallies.length)} with claims. `}
          Click a {view === 'chart' ? 'bar' : 'name'} to open its claims.
          {without > 0 &&
            ` ${number(without)} ${without === 1 ? 'claim has' : 'claims have'} ${withoutLabel}.`}
        </>
      }
      action={<ViewToggle value={view} onChange={setView} label={`${title}: show as`} />}
    >
      {tallies.length === 0 ? (
        <Text size="sm" c="dimmed">
          No claim is attributed yet.
        </Text>
      ) : view === 'table' ? (
        <>
          <StatusTable
            tallies={shown.slice(0, tableRows)}
            statuses={statuses}
            onSelect={open}
            entityLabel={entityLabel}
          />
          {shown.length > tableRows && (
            <Button
              variant="subtle"
              size="xs"
              mt="xs"
              onClick={() => setTableRows(tableRows + tablePage)}
            >
              Show {number(Math.min(tablePage, shown.length - tableRows))} more rows
            </Button>
          )}
        </>
      ) : (
        <Stack gap="xs">
          <StatusLegend statuses={statuses} />
          {showAll && long ? (
            <ChunkedStatusBars tallies={shown} statuses={statuses} max={max} onSelect={open} />
          ) : (
            <StatusBars tallies={shown} statuses={statuses} max={max} onSelect={open} />
          )}
        </Stack>
      )}
      {long && (
        <Button variant="light" size="xs" mt="sm" onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the top ${topCount} only` : `Show all ${number(tallies.length)}`}
        </Button>
      )}
    </Card>
  );
}

/** Each status's share of all claims: colour, label, a bar, the count. */
function StatusShares({
  statuses,
  counts,
  total,
}: {
  statuses: StatusDefinition[];
  counts: Map<string, number>;
  total: number;
}) {
  return (
    <Stack gap={10}>
      {statuses.map((s) => {
        const value = counts.get(s.id) ?? 0;
        return (
          <Group key={s.id} gap="sm" wrap="nowrap" data-testid="status-share">
            <Group gap={8} wrap="nowrap" w={170} style={{ flex: 'none' }}>
              <ColorSwatch color={chartColorVar(s.color)} size={12} withShadow={false} />
              <Text size="sm" truncate title={s.label}>
                {s.label}
              </Text>
            </Group>
            <Progress
              value={total ? (value / total) * 100 : 0}
              color={chartColor(s.color)}
              size="lg"
              radius="sm"
              style={{ flex: 1 }}
              aria-label={`${s.label}: ${percent(value, total)}`}
            />
            <Text
              size="sm"
              fw={600}
              w={92}
              ta="right"
              style={{ flex: 'none', fontVariantNumeric: 'tabular-nums' }}
            >
              {number(value)}{' '}
              <Text span size="xs" c="dimmed" fw={400}>
                {percent(value, total)}
              </Text>
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}

const reviewColors = { accepted: 'green', rejected: 'gray', suggested: 'yellow' } as const;
const reviewLabels = {
  accepted: 'Accepted',
  rejected: 'Rejected',
  suggested: 'Suggested',
} as const;

function ChartSkeleton({ title, claims }: { title: string; claims: number }) {
  return (
    <Card title={title} description={`Counting ${number(claims)} claims…`}>
      <Stack gap={8} aria-busy="true">
        {[92, 70, 55, 40, 28].map((w) => (
          <Skeleton key={w} h={18} w={`${w}%`} radius="sm" />
        ))}
      </Stack>
    </Card>
  );
}

/** Route `/overview`: the archive at a glance, in charts. */
export function OverviewView() {
  const figures = useOverviewFigures();
  const stats = useOverviewStats();
  const { list, describe } = useStatuses();

  if (!figures) {
    return (
      <Container size="xl" py="lg">
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
          {[0, 1, 2, 3, 4].map((i) => (
            <Skeleton key={i} h={92} radius="md" />
          ))}
        </SimpleGrid>
        <Skeleton h={300} mt="lg" radius="md" />
      </Container>
    );
  }

  const reviewed = figures.review.accepted + figures.review.rejected;
  const statuses = chartStatuses(list, describe, stats?.byStatus.keys() ?? []);
  const reviewData = (['accepted', 'rejected', 'suggested'] as const).map((r) => ({
    name: reviewLabels[r],
    value: figures.review[r],
    color: reviewColors[r],
  }));
  const donutData = reviewData.map((d) => ({ ...d, color: chartColor(d.color) }));

  return (
    <ScrollArea h="100%" type="auto">
      <Container size="xl" py="lg">
        <Stack gap="lg">
          <Title order={2}>Overview</Title>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} data-testid="overview-figures">
            <Figure label="Sources" value={number(figures.sources)} />
            <Figure label="Claims" value={number(figures.claims)} />
            <Figure label="Speakers" value={number(figures.speakers)} />
            <Figure label="Outlets" value={number(figures.outlets)} />
            <Figure
              label="Reviewed"
              value={percent(reviewed, figures.claims)}
              hint={
                <Progress
                  value={figures.claims ? (reviewed / figures.claims) * 100 : 0}
                  size="sm"
                  mt={8}
                  color="green"
                  aria-label="Share of claims reviewed"
                />
              }
            />
          </SimpleGrid>

          {figures.claims === 0 ? (
            <Paper withBorder p="xl" radius="md">
              <Center>
                <Stack align="center" gap="sm" maw={460}>
                  <ThemeIcon variant="light" size={48} radius="xl">
                    <IconChartBar size={26} />
                  </ThemeIcon>
                  <Text ta="center" c="dimmed">
                    Nothing to chart yet. Import articles on the Sources screen: their quoted claims
                    appear here by status, speaker and outlet.
                  </Text>
                </Stack>
              </Center>
            </Paper>
          ) : (
            <>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <Card
                  title="Reviewed vs suggested"
                  description="Suggested claims were found by the extractor and await a decision."
                >
                  <Group gap="xl" wrap="nowrap" align="center">
                    <DonutChart
                      data={donutData}
                      size={150}
                      thickness={22}
                      chartLabel={`${percent(reviewed, figures.claims)} reviewed`}
                      tooltipDataSource="segment"
                      withTooltip
                      strokeWidth={1}
                      aria-label="Claims by review state"
                    />
                    <Stack gap={8} style={{ flex: 1 }}>
                      {reviewData.map((d) => (
                        <Group
                          key={d.name}
                          justify="space-between"
                          wrap="nowrap"
                          data-testid="review-count"
                        >
                          <Group gap={8} wrap="nowrap">
                            <ColorSwatch
                              color={chartColorVar(d.color)}
                              size={12}
                              withShadow={false}
                            />
                            <Text size="sm">{d.name}</Text>
                          </Group>
                          <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                            {number(d.value)}{' '}
                            <Text span size="xs" c="dimmed" fw={400}>
                              {percent(d.value, figures.claims)}
                            </Text>
                          </Text>
                        </Group>
                      ))}
                    </Stack>
                  </Group>
                </Card>
                {stats ? (
                  <Card title="All claims by status" description="Across every source.">
                    <StatusShares
                      statuses={statuses}
                      counts={stats.byStatus}
                      total={stats.claims}
                    />
                  </Card>
                ) : (
                  <ChartSkeleton title="All claims by status" claims={figures.claims} />
                )}
              </SimpleGrid>

              {stats ? (
                <>
                  <ByStatusCard
                    title="Claims by status, per outlet"
                    entityLabel="Outlet"
                    tallies={stats.byOutlet}
                    without={stats.withoutOutlet}
                    withoutLabel="no outlet"
                    param="outlet"
                  />
                  <ByStatusCard
                    title="Claims by status, per speaker"
                    entityLabel="Speaker"
                    tallies={stats.bySpeaker}
                    without={stats.withoutSpeaker}
                    withoutLabel="no speaker"
                    param="speaker"
                  />
                </>
              ) : (
                <>
                  <ChartSkeleton title="Claims by status, per outlet" claims={figures.claims} />
                  <ChartSkeleton title="Claims by status, per speaker" claims={figures.claims} />
                </>
              )}
            </>
          )}
        </Stack>
      </Container>
    </ScrollArea>
  );
}
