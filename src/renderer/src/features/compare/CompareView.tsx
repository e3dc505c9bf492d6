import {
  Anchor,
  Center,
  Group,
  Loader,
  MultiSelect,
  Pill,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconLayoutColumns, IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import type { ClaimPair } from '@core/similarity';
import type { LinkRelation } from '@shared/model';
import { useClaimSelection } from '../../app/ClaimSelection';
import { useDatabase } from '../../app/DatabaseContext';
import { useStatuses } from '../../lib/useStatuses';
import { useClaimArchive } from '../links/claimArchive';
import { relationForKey, relationMeta } from '../links/relations';
import { useLinkActions } from '../links/useLinkActions';
import { compareHref, maxSources, parseCompareSources } from './compareUrl';
import classes from './CompareView.module.css';
import { Connectors, type Connection } from './Connectors';
import { buildPairs, counterpartsOf, suggestPairs, type ComparePair } from './pairs';
import { PairList, pairDomId, type PairOrder } from './PairList';
import { SourceColumn } from './SourceColumn';
import { useCompareData } from './useCompareData';

const escapeId = (id: string) => id.replace(/["\\]/g, '');
const relationColor = (relation: LinkRelation | 'suggested') =>
  relation === 'suggested'
    ? 'var(--mantine-color-gray-6)'
    : `var(--mantine-color-${relationMeta(relation).color}-6)`;

/** Every source, for the pickers: "Outlet — title". */
function useSourceOptions() {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const outlets = new Map((await db.outlets.toArray()).map((o) => [o.id, o.name]));
    const options: { value: string; label: string }[] = [];
    await db.sources.each((s) => {
      const outlet = s.outletId ? outlets.get(s.outletId) : undefined;
      options.push({ value: s.id, label: outlet ? `${outlet} — ${s.title}` : s.title });
    });
    return options.sort((a, b) => a.label.localeCompare(b.label));
  }, [db]);
}

/** Scrolls a claim's first highlight into the middle of its column (never the page). */
function revealClaim(root: HTMLElement | null, claimId: string, smooth = true) {
  const mark = root?.querySelector<HTMLElement>(`mark[data-claim-id="${escapeId(claimId)}"]`);
  const scroller = mark?.closest<HTMLElement>('[data-compare-text]');
  if (!mark || !scroller) return;
  const markBox = mark.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  const top = scroller.scrollTop + (markBox.top - view.top) - view.height / 3;
  scroller.scrollTo({ top: Math.max(0, top), behavior: smooth ? 'smooth' : 'auto' });
}

/**
 * Two to four sources side by side, their claims highlighted, with the pairs of claims that are
 * linked or look alike (score and matched words) in a list beside them. Hovering or selecting a
 * claim draws lines to its counterparts and scrolls them into view; the list is keyboard-driven
 * (J/K or arrows, C/X/S to confirm a pair as a link, Enter to open a claim).
 */
export function CompareView() {
  const db = useDatabase();
  const search = useSearch();
  const [, navigate] = useLocation();
  const sourceIds = useMemo(() => parseCompareSources(search), [search]);
  const setSources = useCallback(
    (ids: string[]) => navigate(compareHref(ids.slice(0, maxSources)), { replace: true }),
    [navigate],
  );
  const options = useSourceOptions();
  const data = useCompareData(sourceIds);
  const { archive } = useClaimArchive(db);
  const { list: statuses, describe } = useStatuses();
  const { selectedClaimId, selectClaim } = useClaimSelection();
  const actions = useLinkActions();

  const [speakerFilter, setSpeakerFilter] = useState<string[]>([]);
  const [statusFilter, setStatusFilter] = useState<string[]>([]);
  const [order, setOrder] = useState<PairOrder>('strength');
  const [hoveredClaim, setHoveredClaim] = useState<string | null>(null);
  const [hoveredPair, setHoveredPair] = useState<string | null>(null);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const [suggestions, setSuggestions] = useState<{ key: string; pairs: ClaimPair[] } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  // Performance marks for the benchmark: columns painted, pairs painted (since this view mounted).
  const [mountedAt] = useState(() => performance.now());
  const marked = useRef({ columns: false, pairs: false });
  const wrapRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  // What the similarity depends on: the shown claims' words (not their statuses).
  const columns = data?.columns;
  const textKey = useMemo(
    () =>
      (columns ?? [])
        .map((c) =>
          c.claims
            .map((x) => `${x.id}:${x.review === 'rejected' ? 'r' : ''}${x.text.length}`)
            .join(),
        )
        .join('|'),
    [columns],
  );
  const ready = archive.phase === 'ready';
  const indexVersion = ready ? archive.textVersion : -1;
  useEffect(() => {
    if (!columns || columns.length < 2) return;
    // After the columns are painted: the texts come first, the pairs a moment later.
    const handle = setTimeout(() => {
      setSuggestions({
        key: `${textKey}#${indexVersion}`,
        pairs: suggestPairs(ready ? archive.index : null, columns),
      });
    }, 0);
    return () => clearTimeout(handle);
    // Statuses do not change what is similar: recompute only when texts or the index change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [textKey, indexVersion, ready, archive]);

  useEffect(() => {
    const mark = (name: 'columns' | 'pairs') => {
      if (marked.current[name]) return;
      marked.current[name] = true;
      requestAnimationFrame(() => performance.mark(`compare:${name}`, { detail: { mountedAt } }));
    };
    if (columns && columns.length >= 2) mark('columns');
    if (columns && columns.length >= 2 && suggestions) mark('pairs');
  }, [columns, suggestions, mountedAt]);

  const pairs = useMemo(
    () =>
      data ? buildPairs(data.columns, data.links, suggestions?.pairs ?? []) : ([] as ComparePair[]),
    [data, suggestions],
  );
  const claimPasses = useMemo(() => {
    const speakers = new Set(speakerFilter);
    const wanted = new Set(statusFilter);
    return (claim: ComparePair['a']) =>
      (speakers.size === 0 || (claim.speakerId !== null && speakers.has(claim.speakerId))) &&
      (wanted.size === 0 || wanted.has(claim.status));
  }, [speakerFilter, statusFilter]);
  const filtering = speakerFilter.length > 0 || statusFilter.length > 0;
  const shownPairs = useMemo(() => {
    const kept = filtering ? pairs.filter((p) => claimPasses(p.a) || claimPasses(p.b)) : pairs;
    if (order === 'strength') return kept;
    return [...kept].sort(
      (x, y) => x.aCol - y.aCol || x.a.anchor.start - y.a.anchor.start || x.bCol - y.bCol,
    );
  }, [pairs, filtering, claimPasses, order]);
  const counts = useMemo(
    () => ({
      linked: pairs.filter((p) => p.kind === 'linked').length,
      suggested: pairs.filter((p) => p.kind === 'suggested').length,
    }),
    [pairs],
  );
  const counterparts = useMemo(() => counterpartsOf(pairs), [pairs]);
  const pairByKey = useMemo(() => new Map(pairs.map((p) => [p.key, p])), [pairs]);

  // The focused pair stays valid: the first one by default.
  const focusedPair =
    (focusedKey && shownPairs.find((p) => p.key === focusedKey)) || shownPairs[0] || null;

  // What is highlighted: a hovered claim with all its counterparts, else a hovered or focused
  // pair, else the open claim.
  const highlight = useMemo(() => {
    const viaClaim = (id: string | null) =>
      id && counterparts.has(id) ? { center: id, others: counterparts.get(id)! } : null;
    const pair = (hoveredPair && pairByKey.get(hoveredPair)) || null;
    const fromPair = (p: ComparePair | null) =>
      p
        ? {
            center: p.a.id,
            others: [
              {
                id: p.b.id,
                pairKey: p.key,
                relation: p.kind === 'linked' ? p.link.relation : ('suggested' as const),
              },
            ],
          }
        : null;
    return (
      viaClaim(hoveredClaim) ??
      fromPair(pair) ??
      (hoveredClaim ? null : viaClaim(selectedClaimId)) ??
      fromPair(hoveredClaim ? null : focusedPair) ?? { center: hoveredClaim, others: [] }
    );
  }, [hoveredClaim, hoveredPair, pairByKey, counterparts, selectedClaimId, focusedPair]);

  // Bring counterparts into view (after a short pause when only hovering).
  useEffect(() => {
    const center = highlight.center;
    if (!center || highlight.others.length === 0) return;
    const delay = hoveredClaim || hoveredPair ? 250 : 0;
    const handle = setTimeout(() => {
      const root = rootRef.current;
      const centerColumn = root
        ?.querySelector(`mark[data-claim-id="${escapeId(center)}"]`)
        ?.closest('[data-compare-text]');
      if (!hoveredClaim) revealClaim(root, center);
      for (const other of highlight.others) {
        const column = root
          ?.querySelector(`mark[data-claim-id="${escapeId(other.id)}"]`)
          ?.closest('[data-compare-text]');
        if (column && column !== centerColumn) revealClaim(root, other.id);
      }
    }, delay);
    return () => clearTimeout(handle);
  }, [highlight, hoveredClaim, hoveredPair]);

  // Keep the focused pair visible in the list.
  useEffect(() => {
    if (!focusedPair) return;
    document.getElementById(pairDomId(focusedPair.key))?.scrollIntoView({ block: 'nearest' });
  }, [focusedPair]);

  // Focus the list once there are pairs, so the keys work at once.
  const hasPairs = shownPairs.length > 0;
  useEffect(() => {
    if (hasPairs && (document.activeElement === document.body || !document.activeElement)) {
      listRef.current?.focus({ preventScroll: true });
    }
  }, [hasPairs]);

  const confirm = useCallback(
    async (pair: ComparePair, relation: LinkRelation) => {
      if (pair.kind === 'linked') {
        if (pair.link.relation !== relation) await actions.setRelation(pair.link.id, relation);
        return;
      }
      // Move on to the next suggestion at once, as a reviewer works down the list (a second key
      // pressed before the link is stored then acts on the next pair, not on this one again).
      const at = shownPairs.findIndex((p) => p.key === pair.key);
      const next = shownPairs.slice(at + 1).find((p) => p.kind === 'suggested');
      if (next) setFocusedKey(next.key);
      await actions.link({ fromClaimId: pair.a.id, toClaimId: pair.b.id, relation });
    },
    [actions, shownPairs],
  );
  const unlink = useCallback(
    (pair: ComparePair) => {
      if (pair.kind === 'linked') void actions.unlink(pair.link.id);
    },
    [actions],
  );

  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const at = focusedPair ? shownPairs.indexOf(focusedPair) : -1;
    const move = (step: number) => {
      const next = shownPairs[Math.min(shownPairs.length - 1, Math.max(0, at + step))];
      if (next) setFocusedKey(next.key);
    };
    const key = event.key;
    let handled = true;
    if (key === 'j' || key === 'ArrowDown') move(1);
    else if (key === 'k' || key === 'ArrowUp') move(-1);
    else if (key === 'Home') move(-shownPairs.length);
    else if (key === 'End') move(shownPairs.length);
    else if (key === 'Enter' && focusedPair)
      selectClaim(event.shiftKey ? focusedPair.b.id : focusedPair.a.id);
    else if (relationForKey(key) && focusedPair && !event.shiftKey) {
      void confirm(focusedPair, relationForKey(key)!);
    } else handled = false;
    if (handled) {
      // The app's own J/K/S act on the open claim; here they act on the pairs.
      event.preventDefault();
      event.stopPropagation();
    }
  };

  // Highlight styles for the claims in the columns, by claim id: active, counterparts, linked,
  // and filtered out.
  const css = useMemo(() => {
    if (!data) return '';
    const rules: string[] = [];
    const sel = (id: string) => `[data-compare-root] mark[data-claim-id="${escapeId(id)}"]`;
    for (const [id, list] of counterparts) {
      const linked = list.filter((c) => c.relation !== 'suggested');
      if (linked.length === 0) continue;
      const relation = linked.some((c) => c.relation === 'contradicts')
        ? 'contradicts'
        : linked[0]!.relation;
      rules.push(
        `${sel(id)}{box-shadow:inset 3px 0 0 ${relationColor(relation)};padding-left:4px}`,
      );
    }
    if (filtering) {
      for (const column of data.columns) {
        for (const claim of column.claims) {
          if (!claimPasses(claim)) rules.push(`${sel(claim.id)}{opacity:.35}`);
        }
      }
    }
    // Tints, not outlines: a long quote outlined line by line is a wall of boxes.
    if (highlight.center) {
      rules.push(
        `${sel(highlight.center)}{background:color-mix(in srgb, var(--mantine-primary-color-filled) 24%, transparent);border-bottom:3px solid var(--mantine-primary-color-filled)}`,
      );
    }
    for (const other of highlight.others) {
      const color = relationColor(other.relation);
      rules.push(
        `${sel(other.id)}{background:color-mix(in srgb, ${color} 24%, transparent);border-bottom:3px ${other.relation === 'suggested' ? 'dashed' : 'solid'} ${color}}`,
      );
    }
    return rules.join('\n');
  }, [data, counterparts, filtering, claimPasses, highlight]);

  const connections: Connection[] = useMemo(
    () =>
      highlight.center
        ? highlight.others.map((o) => ({
            from: highlight.center!,
            to: o.id,
            color: relationColor(o.relation),
            dashed: o.relation === 'suggested',
          }))
        : [],
    [highlight],
  );

  const speakerOptions = useMemo(() => {
    if (!data) return [];
    const ids = new Set(data.columns.flatMap((c) => c.claims.map((x) => x.speakerId)));
    return [...data.speakers.values()]
      .filter((s) => ids.has(s.id))
      .map((s) => ({ value: s.id, label: s.name }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [data]);

  const known = new Map((options ?? []).map((o) => [o.value, o.label]));
  const picker = (
    <Group gap={6} wrap="nowrap" style={{ flex: 3, minWidth: 260 }}>
      {sourceIds.length < 2 &&
        sourceIds.map((id) => (
          <Pill
            key={id}
            withRemoveButton
            onRemove={() => setSources(sourceIds.filter((x) => x !== id))}
            removeButtonProps={{ 'aria-label': 'Remove from the comparison' }}
            maw={260}
          >
            {known.get(id) ?? 'Deleted source'}
          </Pill>
        ))}
      <Select
        key={sourceIds.join(',')}
        size="xs"
        aria-label="Add a source to compare"
        placeholder={
          sourceIds.length >= maxSources
            ? 'Four sources shown: remove one to add another'
            : sourceIds.length < 2
              ? `Choose ${sourceIds.length === 0 ? 'two to four sources' : 'another source'} to compare`
              : `Add a source (${sourceIds.length} of ${maxSources})`
        }
        leftSection={<IconPlus size={14} />}
        data={(options ?? []).filter((o) => !sourceIds.includes(o.value))}
        value={null}
        onChange={(id) => id && setSources([...sourceIds, id])}
        disabled={sourceIds.length >= maxSources}
        searchable
        limit={60}
        nothingFoundMessage="No source matches"
        comboboxProps={{ withinPortal: true }}
        data-testid="compare-add-source"
        style={{ flex: 1 }}
      />
    </Group>
  );

  if (!data || sourceIds.length < 2 || data.columns.length < 2) {
    return (
      <div className={classes.root} data-testid="compare-view">
        <div className={classes.toolbar}>
          <Group gap="xs">{picker}</Group>
        </div>
        <Center style={{ flex: 1 }}>
          {data === undefined && sourceIds.length >= 2 ? (
            <Loader />
          ) : (
            <Stack align="center" gap="xs" maw={460}>
              <IconLayoutColumns size={36} stroke={1.4} />
              <Title order={4}>Compare sources side by side</Title>
              <Text size="sm" c="dimmed" ta="center">
                Choose two to four sources above. Their texts stand in columns with the claims
                highlighted, and the claims that are linked or assert the same thing are paired
                beside them, ready to confirm as corroborating, contradicting or the same statement.
              </Text>
              {data && data.missing.length > 0 && (
                <Text size="xs" c="red">
                  {data.missing.length === 1 ? 'A source' : `${data.missing.length} sources`} in
                  this link no longer exist.
                </Text>
              )}
            </Stack>
          )}
        </Center>
      </div>
    );
  }

  const isDimmed = (pair: ComparePair) =>
    filtering && !(claimPasses(pair.a) && claimPasses(pair.b));

  return (
    <div
      className={classes.root}
      data-testid="compare-view"
      data-compare-root
      ref={rootRef}
      onKeyDown={(event) => {
        // From anywhere in the view (a highlight, the list), J/K and C/X/S work on the pairs.
        const target = event.target as HTMLElement;
        if (target.closest('input, textarea, [role="dialog"], [role="menu"]')) return;
        if (target === listRef.current || listRef.current?.contains(target)) return;
        if (['j', 'k', 'c', 'x', 's'].includes(event.key) && !event.ctrlKey && !event.metaKey) {
          onListKey(event as unknown as KeyboardEvent<HTMLDivElement>);
        }
      }}
    >
      <style>{css}</style>
      <div className={classes.toolbar}>
        <Group gap="xs" wrap="nowrap">
          {picker}
          <MultiSelect
            size="xs"
            aria-label="Filter by speaker"
            placeholder={speakerFilter.length ? '' : 'All speakers'}
            data={speakerOptions}
            value={speakerFilter}
            onChange={setSpeakerFilter}
            searchable
            clearable
            comboboxProps={{ withinPortal: true }}
            style={{ flex: 1, minWidth: 150 }}
          />
          <MultiSelect
            size="xs"
            aria-label="Filter by status"
            placeholder={statusFilter.length ? '' : 'All statuses'}
            data={statuses.map((s) => ({ value: s.id, label: s.label }))}
            value={statusFilter}
            onChange={setStatusFilter}
            clearable
            comboboxProps={{ withinPortal: true }}
            style={{ flex: 1, minWidth: 140 }}
          />
          <Anchor component={Link} href="/evidence" size="xs" style={{ whiteSpace: 'nowrap' }}>
            Evidence overview
          </Anchor>
        </Group>
      </div>
      <div className={classes.body}>
        <PairList
          ref={listRef}
          pairs={shownPairs}
          focusedKey={focusedPair?.key ?? null}
          isDimmed={isDimmed}
          speakers={data.speakers}
          order={order}
          onOrder={setOrder}
          counts={counts}
          pending={suggestions === null}
          onFocusPair={(key) => {
            setFocusedKey(key);
            listRef.current?.focus({ preventScroll: true });
          }}
          onHoverPair={setHoveredPair}
          onConfirm={(pair, relation) => void confirm(pair, relation)}
          onUnlink={unlink}
          onKeyDown={onListKey}
        />
        <div className={classes.columnsWrap} ref={wrapRef}>
          <div className={classes.columns}>
            {data.columns.map((column, index) => (
              <SourceColumn
                key={column.source.id}
                index={index}
                data={column}
                statuses={statuses}
                describeStatus={describe}
                selectedClaimId={selectedClaimId}
                onSelectClaim={selectClaim}
                onHoverClaim={setHoveredClaim}
                onRemove={() => setSources(sourceIds.filter((id) => id !== column.source.id))}
              />
            ))}
          </div>
          <Connectors wrapRef={wrapRef} connections={connections} />
        </div>
      </div>
    </div>
  );
}
