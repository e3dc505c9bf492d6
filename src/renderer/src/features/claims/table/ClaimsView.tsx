import {
  Alert,
  Button,
  Center,
  CloseButton,
  Group,
  Kbd,
  Loader,
  Progress,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useDebouncedCallback } from '@mantine/hooks';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import {
  activeFilterCount,
  clearFilters,
  effectiveSort,
  hasSearch,
  serialiseClaimQuery,
  type SortKey,
} from '@core/query';
import { databaseName } from '../../../db/schema';
import { ExportCsvButton } from '../../data/ExportCsvButton';
import { useStatuses } from '../../../lib/useStatuses';
import { useClaimActions } from '../useClaimActions';
import { BulkBar } from './BulkBar';
import { journalFor } from './journal';
import { ClaimsGrid } from './ClaimsGrid';
import classes from './ClaimsView.module.css';
import { columns } from './columns';
import { Filters } from './Filters';
import { afterNextPaint } from './frames';
import {
  useClaimQueryState,
  useClaimStore,
  usePreview,
  useQueryResult,
  useSearchHits,
} from './hooks';
import { mark } from './marks';
import { useSelection } from './useSelection';
import { formatCount } from '../../../lib/numbers';

// From the app's start, note which claims change (see journal.ts). (The snapshot's read starts
// even earlier, in main.tsx's first import: startEarly.ts.)
if (typeof location !== 'undefined' && location.protocol !== 'about:') journalFor(databaseName);

export interface ClaimsViewProps {
  selectedClaimId: string | null;
  onSelectClaim: (id: string) => void;
}

const n = formatCount;

function SearchBox({
  value,
  onChange,
  pending,
  inputRef,
  onLeave,
}: {
  value: string;
  onChange: (q: string) => void;
  pending: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
  onLeave: () => void;
}) {
  // Typing stays in the box; the URL follows (and a URL changed elsewhere refills the box).
  const [text, setText] = useState(value);
  const sent = useRef(value);
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);
  const change = (next: string) => {
    setText(next);
    sent.current = next;
    onChange(next);
  };
  return (
    <TextInput
      ref={inputRef}
      size="sm"
      w={340}
      placeholder="Search claims and source texts"
      aria-label="Search claims and source texts"
      data-claims-search
      data-testid="claims-search"
      value={text}
      onChange={(event) => change(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          if (text) change('');
          else event.currentTarget.blur();
          event.stopPropagation();
        } else if (event.key === 'ArrowDown' || event.key === 'Enter') {
          event.preventDefault();
          onLeave();
        }
      }}
      leftSection={pending ? <Loader size={14} /> : <IconSearch size={16} />}
      rightSection={
        text ? (
          <CloseButton size="sm" aria-label="Clear the search" onClick={() => change('')} />
        ) : (
          <Kbd size="xs">/</Kbd>
        )
      }
    />
  );
}

/**
 * Every claim of every source in one table: sortable by each column, filtered by speaker, outlet,
 * status, tag, source, date and review state, searched in claim and source texts; rows checked
 * for bulk status and tag edits. Filters, search and order live in the URL
 * (`#/claims?speaker=…&status=disputed&q=plane&sort=date:desc` — with wouter's hash location the
 * query string sits before the `#`), so they survive a reload and can be linked to.
 */
export function ClaimsView({ selectedClaimId, onSelectClaim }: ClaimsViewProps) {
  const store = useClaimStore();
  const [urlQuery, setQuery] = useClaimQueryState();
  // Search words apply as they are typed; the URL follows once typing pauses (the address bar
  // and the app shell need not update on every key, and browsers throttle history updates).
  const [draftQ, setDraftQ] = useState<string | null>(null);
  const query = useMemo(
    () => (draftQ === null || draftQ === urlQuery.q ? urlQuery : { ...urlQuery, q: draftQ }),
    [urlQuery, draftQ],
  );
  const latestUrlQuery = useRef(urlQuery);
  latestUrlQuery.current = urlQuery;
  const writeQ = useDebouncedCallback((q: string) => {
    setQuery({ ...latestUrlQuery.current, q }, { replace: true });
    setDraftQ(null);
  }, 400);
  const { list: statuses, describe } = useStatuses();
  const { changeStatus } = useClaimActions();
  const { hits, pending, progress, built } = useSearchHits(store, query.q);
  // Until the new words' answer comes, the rows shown stay as they are (an answer for the
  // previous words would only be ranked again for nothing).
  const waiting = hasSearch(query) && (hits === null || pending) && store.search.error === null;
  const loaded = useQueryResult(store, query, hits, waiting);
  // Until the rows are loaded, the snapshot's first rows (at launch, in the default view).
  const preview = usePreview(store, query);
  const engine = loaded || !preview ? store.engine : preview.engine;
  const result = loaded ?? preview?.result ?? null;
  const selection = useSelection(engine, result);
  // Rows checked in the preview (Ctrl+A there means all of them, not its first screen) are
  // unchecked once every row is in.
  const previewing = !loaded && preview !== null;
  const { clear: clearSelection } = selection;
  useLayoutEffect(() => {
    if (!previewing) clearSelection();
  }, [previewing, clearSelection]);
  const gridRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => store.setStatusOrder(statuses.map((s) => s.id)), [store, statuses]);

  // `/` focuses the search box (unless typing somewhere).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const firstMarked = useRef(false);
  const loadedMarked = useRef(false);
  useLayoutEffect(() => {
    if (!result) return;
    const detail = {
      key: serialiseClaimQuery(query),
      q: hits?.q ?? '',
      count: result.slots.length,
      total: loaded ? result.total : (preview?.total ?? 0),
    };
    if (loaded) mark('claims:rendered', detail, true);
    if (!loaded) store.previewDrawn();
    if (!firstMarked.current) {
      firstMarked.current = true;
      const first = { ...detail, fromSnapshot: store.fromSnapshot || !loaded, preview: !loaded };
      mark('claims:first-render', first);
      void afterNextPaint().then(() => mark('claims:first-paint', first));
    }
    if (loaded && !loadedMarked.current) {
      loadedMarked.current = true;
      mark('claims:all-rows-rendered', detail);
    }
    // Marks follow a new result, nothing else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result]);
  useEffect(() => {
    if (progress?.ready) mark('claims:search-ready', { claims: progress.claims.indexed });
  }, [progress?.ready, progress?.claims.indexed]);

  const onSort = useCallback(
    (key: SortKey) => {
      const current = effectiveSort(query, hits !== null);
      const column = columns.find((c) => c.key === key)!;
      const dir =
        current !== 'relevance' && current.key === key
          ? current.dir === 'asc'
            ? 'desc'
            : 'asc'
          : column.firstDir;
      setQuery({ ...query, sort: { key, dir } });
    },
    [query, hits, setQuery],
  );

  const onStatus = useCallback(
    (claimId: string, status: string) => {
      mark('claims:status-change', { claimId, status });
      void changeStatus(claimId, status);
    },
    [changeStatus],
  );

  if (store.phase === 'error') {
    return (
      <Alert color="red" m="md" title="The claims could not be loaded">
        {store.error}
      </Alert>
    );
  }
  const { loaded: read, total: toRead } = store.progress;
  const loading = (
    <Center h={240} data-testid="claims-loading">
      <Stack align="center" gap="xs" w={320}>
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {toRead > 0 ? `Loading claims… ${n(read)} of ${n(toRead)}` : 'Loading claims…'}
        </Text>
        {toRead > 0 && <Progress value={(100 * read) / toRead} w="100%" size="xs" />}
      </Stack>
    </Center>
  );
  // During the launch preview the toolbar stays, even for a query the preview cannot show.
  if (!result && !store.preview) return loading;

  const filters = activeFilterCount(query);
  const shown = result?.slots.length ?? 0;
  const clear = () => setQuery(clearFilters(query));
  const indexing = progress !== null && !progress.ready;

  const empty =
    result?.total === 0 ? (
      <Stack className={classes.empty} align="center" gap={4} data-testid="claims-empty">
        <Text fw={600}>No claims yet</Text>
        <Text size="sm" c="dimmed" ta="center">
          Claims appear here once articles are imported: open Sources and import an article.
        </Text>
      </Stack>
    ) : (
      <Stack className={classes.empty} align="center" gap="xs" data-testid="claims-empty">
        <Text fw={600}>No claims match {filters === 1 ? 'this filter' : 'these filters'}</Text>
        <Text size="sm" c="dimmed" ta="center" maw={460}>
          {hasSearch(query)
            ? 'Try other words (the search also finds words in the claims’ source texts), '
            : 'Try '}
          removing a filter with its ×, or clear them all to see every claim.
          {indexing && hasSearch(query) ? ' The search index is still being built.' : ''}
        </Text>
        <Button size="xs" variant="light" onClick={clear}>
          Clear all filters
        </Button>
      </Stack>
    );

  return (
    <div className={classes.view} data-testid="claims-view">
      <div className={classes.toolbar}>
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
            <SearchBox
              value={query.q}
              onChange={(q) => {
                // Ask the index at once: it searches in its worker while the page re-renders.
                if (store.phase === 'ready' && q.trim()) void store.search.search(q.trim());
                setDraftQ(q);
                writeQ(q);
              }}
              pending={pending}
              inputRef={searchRef}
              onLeave={() => gridRef.current?.focus()}
            />
            <Text size="sm" fw={500} data-testid="claims-count" style={{ whiteSpace: 'nowrap' }}>
              {!loaded || !result
                ? `Loading ${n(store.preview?.total ?? 0)} claims…`
                : filters > 0
                  ? `${n(shown)} of ${n(result.total)} claims`
                  : `${n(result.total)} claims`}
              {hits !== null && !query.sort && (
                <Text span size="xs" c="dimmed" fw={400}>
                  {' '}
                  · most relevant first
                </Text>
              )}
            </Text>
            {indexing && (
              <Group gap={6} wrap="nowrap" data-testid="index-progress">
                <Loader size={12} />
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {hasSearch(query)
                    ? `Results so far: ${Math.floor(built * 100)}% of the texts indexed`
                    : `Indexing texts for search… ${Math.floor(built * 100)}%`}
                </Text>
              </Group>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            {filters > 0 && (
              <Button size="compact-sm" variant="subtle" onClick={clear}>
                Clear filters
              </Button>
            )}
            <ExportCsvButton
              disabled={!loaded}
              size="xs"
              shownCount={shown}
              filtered={filters > 0}
              selectedIds={selection.selected}
              getShownIds={() => {
                const ids: string[] = [];
                for (const slot of result?.slots ?? []) {
                  const id = store.engine.row(slot)?.id;
                  if (id !== undefined) ids.push(id);
                }
                return ids;
              }}
            />
          </Group>
        </Group>
        <Filters
          store={store}
          lookups={store.lookupVersion}
          tagsVersion={store.tagsVersion}
          query={query}
          statuses={statuses}
          onChange={setQuery}
        />
      </div>
      {loaded && selection.count > 0 && (
        <BulkBar store={store} selection={selection} statuses={statuses} />
      )}
      {result ? (
        <ClaimsGrid
          readOnly={!loaded}
          engine={engine}
          result={result}
          query={query}
          searching={hits !== null}
          onSort={onSort}
          selection={selection}
          selectedClaimId={selectedClaimId}
          onSelectClaim={onSelectClaim}
          statuses={statuses}
          describe={describe}
          onStatus={onStatus}
          gridRef={gridRef}
          empty={empty}
        />
      ) : (
        loading
      )}
    </div>
  );
}
