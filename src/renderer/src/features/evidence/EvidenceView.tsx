import {
  ActionIcon,
  Badge,
  Center,
  Group,
  HoverCard,
  Loader,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconLayoutColumns } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import type { StatusDefinition } from '@shared/statuses';
import { useClaimSelection } from '../../app/ClaimSelection';
import { useDatabase } from '../../app/DatabaseContext';
import { useLookups } from '../../lib/useLookups';
import { useStatuses } from '../../lib/useStatuses';
import { compareHref, maxSources } from '../compare/compareUrl';
import { useClaimArchive, type ArchiveClaim } from '../links/claimArchive';
import { OutletName, StatusBadge, excerpt } from '../links/Labels';
import { relationMeta } from '../links/relations';
import classes from './EvidenceView.module.css';
import {
  buildMatrix,
  type CellMark,
  type MatrixCell,
  type MatrixClaim,
  type MatrixRow,
  type SuggestedEdge,
} from './matrix';
import { formatCount } from '../../lib/numbers';

type ColumnMode = 'outlets' | 'sources';

/** Suggestions are looked for among the claims of this many most recently imported sources. */
const suggestionSources = 40;
const suggestionMinScore = 0.15;
const unknownOutlet = '∅';

const glyphs: Record<CellMark, string> = {
  anchor: '●',
  corroborates: '✓',
  contradicts: '✕',
  'same-statement': '=',
  member: '•',
  suggested: '≈',
};

const markWords: Record<CellMark, string> = {
  anchor: 'the claim the row is named by',
  corroborates: 'corroborates',
  contradicts: 'contradicts',
  'same-statement': 'same statement',
  member: 'linked',
  suggested: 'suggested match (not confirmed)',
};

/** Strong similar pairs among recent sources' claims, worked out in slices. */
function useSuggestedEdges(enabled: boolean) {
  const db = useDatabase();
  const { archive } = useClaimArchive(db);
  const ready = archive.phase === 'ready';
  const textVersion = archive.textVersion;
  const recent = useLiveQuery(
    async () =>
      (await db.sources.orderBy('importedAt').reverse().limit(suggestionSources).primaryKeys()).map(
        String,
      ),
    [db],
  );
  const [result, setResult] = useState<{ key: string; edges: SuggestedEdge[] } | null>(null);
  const key = `${textVersion}|${(recent ?? []).join(',')}`;
  useEffect(() => {
    if (!enabled || !ready || !recent) return;
    let cancelled = false;
    const ids = recent.flatMap((s) => archive.index.claimsOf(s));
    const edges = new Map<string, SuggestedEdge>();
    let i = 0;
    const slice = () => {
      if (cancelled) return;
      const end = Math.min(ids.length, i + 40);
      for (; i < end; i++) {
        for (const m of archive.index.similarTo(ids[i]!, {
          limit: 4,
          minScore: suggestionMinScore,
        })) {
          const a = ids[i]!;
          const k = a < m.id ? `${a}|${m.id}` : `${m.id}|${a}`;
          if (!edges.has(k)) edges.set(k, { a, b: m.id, score: m.score });
        }
      }
      if (i < ids.length) setTimeout(slice, 0);
      else setResult({ key, edges: [...edges.values()] });
    };
    setTimeout(slice, 0);
    return () => {
      cancelled = true;
    };
  }, [enabled, ready, recent, archive, key]);
  if (!enabled) return { edges: [] as SuggestedEdge[], pending: false };
  return {
    edges: result?.edges ?? [],
    pending: !ready || result === null || result.key !== key,
  };
}

function cellColors(status: StatusDefinition, suggested: boolean) {
  return suggested
    ? {
        ['--cell-bg' as string]: `var(--mantine-color-${status.color}-light)`,
        ['--cell-fg' as string]: `var(--mantine-color-${status.color}-light-color)`,
      }
    : {
        ['--cell-bg' as string]: `var(--mantine-color-${status.color}-6)`,
        ['--cell-fg' as string]: 'var(--mantine-color-white)',
      };
}

function CellDetails({
  cell,
  row,
  speakerName,
}: {
  cell: MatrixCell;
  row: MatrixRow;
  speakerName: (id: string | null) => string;
}) {
  return (
    <Stack gap={8} maw={360}>
      {cell.claims.map((claim) => {
        const mark = row.relations.get(claim.id) ?? 'member';
        return (
          <div key={claim.id}>
            <Group gap={6} wrap="wrap">
              <Text size="xs" fw={700}>
                {speakerName(claim.speakerId)}
              </Text>
              <StatusBadge status={claim.status} />
            </Group>
            <Text
              size="xs"
              c={
                mark === 'contradicts' || mark === 'corroborates' || mark === 'same-statement'
                  ? relationMeta(mark).color
                  : 'dimmed'
              }
            >
              {glyphs[mark]} {markWords[mark]}
            </Text>
            <Text size="xs" mt={2}>
              “{excerpt(claim.text, 220)}”
            </Text>
          </div>
        );
      })}
      <Text size="xs" c="dimmed">
        Click to open {cell.claims.length > 1 ? 'the first claim' : 'the claim'}.
      </Text>
    </Stack>
  );
}

/**
 * Which outlets (or sources) carry which claims, and where they contradict: one row per group of
 * linked claims (and, optionally, per strong suggestion), one column per outlet, each cell in the
 * claim's status colour with its relation marked. Hover for the words; click to open the claim.
 */
export function EvidenceView() {
  const db = useDatabase();
  const { archive, version } = useClaimArchive(db);
  const lookups = useLookups();
  const { describe, list: statuses } = useStatuses();
  const { selectClaim } = useClaimSelection();
  const [, navigate] = useLocation();
  const [mode, setMode] = useState<ColumnMode>('outlets');
  const [withSuggestions, setWithSuggestions] = useState(true);
  const [hot, setHot] = useState<{ row: string | null; column: string | null }>({
    row: null,
    column: null,
  });
  const links = useLiveQuery(() => db.links.toArray(), [db]);
  const { edges, pending } = useSuggestedEdges(withSuggestions);

  const matrix = useMemo(() => {
    void version;
    if (!links) return null;
    const claims = new Map<string, ArchiveClaim>();
    for (const l of links) {
      for (const id of [l.fromClaimId, l.toClaimId]) {
        const c = archive.claims.get(id);
        if (c && c.review !== 'rejected') claims.set(id, c);
      }
    }
    for (const e of edges) {
      for (const id of [e.a, e.b]) {
        const c = archive.claims.get(id);
        if (c && c.review !== 'rejected') claims.set(id, c);
      }
    }
    return buildMatrix(claims, links, edges, (c) =>
      mode === 'outlets' ? (c.outletId ?? unknownOutlet) : c.sourceId,
    );
  }, [links, edges, archive, version, mode]);

  const speakerName = (id: string | null) =>
    (id && lookups.speakers.get(id)?.name) || 'Unattributed';

  if (!matrix || !lookups.ready || (archive.phase === 'loading' && matrix.rows.length === 0)) {
    return (
      <Center h={300}>
        <Stack align="center" gap="xs">
          <Loader />
          <Text size="xs" c="dimmed">
            Reading claims… {formatCount(archive.progress.loaded)} of{' '}
            {formatCount(archive.progress.total)}
          </Text>
        </Stack>
      </Center>
    );
  }

  const confirmed = matrix.rows.filter((r) => r.confirmed).length;
  const contradicted = matrix.rows.filter((r) => r.contradictions > 0).length;
  const columnTitle = (key: string) => {
    if (mode === 'sources') return lookups.sources.get(key)?.title ?? 'Deleted source';
    return key === unknownOutlet ? 'Unknown outlet' : (lookups.outlets.get(key)?.name ?? '?');
  };
  const rowSources = (row: MatrixRow) => {
    const order = new Map(matrix.columns.map((c, i) => [c, i]));
    const column = (c: MatrixClaim) =>
      mode === 'outlets' ? (c.outletId ?? unknownOutlet) : c.sourceId;
    return [
      ...new Set(
        [...row.claims]
          .sort((x, y) => (order.get(column(x)) ?? 0) - (order.get(column(y)) ?? 0))
          .map((c) => c.sourceId),
      ),
    ].slice(0, maxSources);
  };

  return (
    <div className={classes.root} data-testid="evidence-view">
      <div className={classes.toolbar}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={3}>Evidence overview</Title>
            <Text size="sm" c="dimmed" data-testid="evidence-summary">
              {matrix.rows.length} {matrix.rows.length === 1 ? 'claim' : 'claims'} carried by more
              than one {mode === 'outlets' ? 'outlet' : 'source'} · {confirmed} confirmed by links
              {withSuggestions ? `, ${matrix.rows.length - confirmed} suggested` : ''} ·{' '}
              <Text
                span
                c={contradicted > 0 ? 'red' : undefined}
                fw={contradicted > 0 ? 600 : undefined}
              >
                {contradicted} contradicted
              </Text>
              {pending && withSuggestions ? ' · looking for more…' : ''}
            </Text>
          </div>
          <Group gap="md" wrap="nowrap">
            <Switch
              size="xs"
              label="Likely matches"
              checked={withSuggestions}
              onChange={(event) => setWithSuggestions(event.currentTarget.checked)}
              title="Also show claims that look alike but are not linked yet (dashed, paler)"
            />
            <SegmentedControl
              size="xs"
              value={mode}
              onChange={(value) => setMode(value as ColumnMode)}
              data={[
                { value: 'outlets', label: 'By outlet' },
                { value: 'sources', label: 'By source' },
              ]}
            />
          </Group>
        </Group>
        <div className={classes.legend} style={{ marginTop: 8 }}>
          {(['anchor', 'corroborates', 'contradicts', 'same-statement', 'suggested'] as const).map(
            (mark) => (
              <Group key={mark} gap={4} wrap="nowrap">
                <span
                  className={classes.legendCell}
                  style={{
                    ...cellColors(describe('unverified'), mark === 'suggested'),
                    background: 'var(--cell-bg)',
                    color: 'var(--cell-fg)',
                    borderColor:
                      mark === 'contradicts'
                        ? 'var(--mantine-color-red-6)'
                        : mark === 'suggested'
                          ? 'var(--mantine-color-gray-5)'
                          : 'transparent',
                    borderStyle: mark === 'suggested' ? 'dashed' : 'solid',
                  }}
                >
                  {glyphs[mark]}
                </span>
                <Text size="xs">{markWords[mark]}</Text>
              </Group>
            ),
          )}
          <Text size="xs" c="dimmed">
            Colour = the claim’s status:
          </Text>
          {statuses.map((s) => (
            <Group key={s.id} gap={4} wrap="nowrap">
              <span
                className={classes.legendCell}
                style={{ background: `var(--mantine-color-${s.color}-6)` }}
              />
              <Text size="xs">{s.label}</Text>
            </Group>
          ))}
        </div>
      </div>

      {matrix.rows.length === 0 ? (
        <Center style={{ flex: 1 }}>
          <Stack align="center" maw={420} gap="xs">
            <Text fw={600}>
              {pending ? 'Looking for claims carried by several outlets…' : 'Nothing to show yet'}
            </Text>
            <Text size="sm" c="dimmed" ta="center">
              Link claims that corroborate or contradict each other (in the compare view or the
              claim inspector); each group of linked claims becomes a row here.
            </Text>
          </Stack>
        </Center>
      ) : (
        <div className={classes.scroll}>
          <div
            className={classes.grid}
            style={{
              gridTemplateColumns: `minmax(300px, 380px) repeat(${matrix.columns.length}, 92px)`,
            }}
            role="table"
            aria-label="Claims against outlets"
            data-testid="evidence-matrix"
          >
            <div className={classes.corner} role="columnheader">
              <Text size="xs" c="dimmed">
                Claim (rows) · {mode === 'outlets' ? 'outlet' : 'source'} (columns)
              </Text>
            </div>
            {matrix.columns.map((column) => (
              <div
                key={column}
                className={classes.colHead}
                role="columnheader"
                data-hot={hot.column === column || undefined}
              >
                {mode === 'outlets' ? (
                  column === unknownOutlet ? (
                    <Text size="xs" c="dimmed">
                      Unknown outlet
                    </Text>
                  ) : (
                    <Tooltip label={columnTitle(column)}>
                      <div style={{ maxWidth: 88 }}>
                        <OutletName outlet={lookups.outlets.get(column) ?? null} />
                      </div>
                    </Tooltip>
                  )
                ) : (
                  <Tooltip label={columnTitle(column)} multiline w={260}>
                    <Text size="xs" fw={500} lineClamp={3}>
                      {columnTitle(column)}
                    </Text>
                  </Tooltip>
                )}
                <Text size="xs" c="dimmed">
                  {matrix.coverage.get(column)} {matrix.coverage.get(column) === 1 ? 'row' : 'rows'}
                </Text>
              </div>
            ))}
            {matrix.rows.map((row) => (
              <Fragment key={row.key}>
                <div
                  className={classes.rowHead}
                  role="rowheader"
                  data-hot={hot.row === row.key || undefined}
                  data-testid="evidence-row"
                  data-confirmed={row.confirmed || undefined}
                  onClick={() => selectClaim(row.anchor.id)}
                  onMouseEnter={() => setHot({ row: row.key, column: null })}
                  onMouseLeave={() => setHot({ row: null, column: null })}
                >
                  <Group gap={6} wrap="nowrap" justify="space-between">
                    <Text size="xs" lineClamp={2} title={row.anchor.text}>
                      <Text span size="xs" fw={700}>
                        {speakerName(row.anchor.speakerId)}:
                      </Text>{' '}
                      “{excerpt(row.anchor.text, 130)}”
                    </Text>
                    <Tooltip label="Compare these sources side by side">
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        aria-label="Compare these sources"
                        onClick={(event) => {
                          event.stopPropagation();
                          navigate(compareHref(rowSources(row)));
                        }}
                      >
                        <IconLayoutColumns size={14} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                  <Group gap={4} mt={2}>
                    <Badge
                      size="xs"
                      variant={row.confirmed ? 'light' : 'outline'}
                      color={row.confirmed ? 'blue' : 'gray'}
                    >
                      {row.confirmed ? 'linked' : 'suggested'}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {row.cells.size} {mode === 'outlets' ? 'outlets' : 'sources'} ·{' '}
                      {new Set(row.claims.map((c) => c.speakerId ?? '?')).size} speakers
                    </Text>
                    {row.contradictions > 0 && (
                      <Badge size="xs" color="red" variant="light">
                        contradicted
                      </Badge>
                    )}
                  </Group>
                </div>
                {matrix.columns.map((column) => {
                  const cell = row.cells.get(column);
                  const hotCell = hot.row === row.key || hot.column === column;
                  if (!cell) {
                    return (
                      <div
                        key={column}
                        className={classes.cellWrap}
                        role="cell"
                        data-hot={hotCell || undefined}
                      />
                    );
                  }
                  const first = cell.claims[0]!;
                  const status = describe(first.status);
                  return (
                    <div
                      key={column}
                      className={classes.cellWrap}
                      role="cell"
                      data-hot={hotCell || undefined}
                    >
                      <HoverCard
                        openDelay={120}
                        closeDelay={60}
                        withinPortal
                        shadow="md"
                        position="right"
                      >
                        <HoverCard.Target>
                          <button
                            type="button"
                            className={classes.cell}
                            data-mark={cell.mark}
                            data-suggested={cell.suggested || undefined}
                            data-testid="evidence-cell"
                            style={cellColors(status, cell.suggested)}
                            aria-label={`${columnTitle(column)}: ${cell.claims.length} claim${cell.claims.length > 1 ? 's' : ''}, ${status.label}, ${markWords[cell.mark]}`}
                            onClick={() => selectClaim(first.id)}
                            onMouseEnter={() => setHot({ row: row.key, column })}
                            onMouseLeave={() => setHot({ row: null, column: null })}
                          >
                            {glyphs[cell.mark]}
                            {cell.claims.length > 1 && (
                              <span className={classes.count}>{cell.claims.length}</span>
                            )}
                          </button>
                        </HoverCard.Target>
                        <HoverCard.Dropdown>
                          <Text size="xs" fw={600} mb={6}>
                            {columnTitle(column)}
                          </Text>
                          <CellDetails cell={cell} row={row} speakerName={speakerName} />
                        </HoverCard.Dropdown>
                      </HoverCard>
                    </div>
                  );
                })}
              </Fragment>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
