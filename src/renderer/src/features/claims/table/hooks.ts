import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useLocation, useSearch } from 'wouter';
import {
  activeFilterCount,
  ClaimQueryEngine,
  claimsHref,
  defaultSort,
  emptyClaimQuery,
  hasSearch,
  parseClaimQuery,
  queryFields,
  type ClaimQuery,
  type QueryResult,
} from '@core/query';
import { useDatabase } from '../../../app/DatabaseContext';
import type { SearchHits } from '../../../lib/search';
import { getClaimStore, type ClaimStore } from './claimStore';
import { mark } from './marks';
import { scoreSlots } from './scores';

/** The claims table's data for the current store; re-renders on every change to it. */
export function useClaimStore(): ClaimStore {
  const db = useDatabase();
  const store = getClaimStore(db);
  useSyncExternalStore(store.subscribe, store.getVersion);
  return store;
}

/** The query the claims table showed last, for screens elsewhere in the app. */
let lastTableQuery: ClaimQuery = emptyClaimQuery;

/**
 * The claims table's query (filters, sort and search) as its URL states it, for the table and for
 * anything that must act on exactly the claims it shows (the CSV export). Away from `/claims`,
 * it is the query the table showed last.
 */
export function useClaimQuery(): ClaimQuery {
  const [location] = useLocation();
  const search = useSearch();
  return useMemo(
    () => (location === '/claims' ? parseClaimQuery(search) : lastTableQuery),
    [location, search],
  );
}

/** The table's query with a setter that writes it to the URL (`/claims?status=disputed…`). */
export function useClaimQueryState(): [
  ClaimQuery,
  (next: ClaimQuery, options?: { replace?: boolean }) => void,
] {
  const search = useSearch();
  const [, navigate] = useLocation();
  const query = useMemo(() => parseClaimQuery(search), [search]);
  useEffect(() => {
    lastTableQuery = query;
  }, [query]);
  const setQuery = useCallback(
    (next: ClaimQuery, options: { replace?: boolean } = {}) =>
      navigate(claimsHref(next), { replace: options.replace ?? false }),
    [navigate],
  );
  return [query, setQuery];
}

/**
 * The search index's answer for `q`: the latest hits (possibly for an earlier `q` while the new
 * one is on its way; `pending` says so), and how far the index is built. Searches again as the
 * index grows, while the answer it has is incomplete, and whenever what it holds changes.
 */
export function useSearchHits(store: ClaimStore, q: string) {
  const search = store.search;
  const progress = useSyncExternalStore(search.subscribe, () => search.progress);
  // A claim edited, added or removed, or a source imported, while an answer is shown: ask again,
  // or the rows would go on showing what matched before.
  const content = useSyncExternalStore(search.subscribe, () => search.contentVersion);
  const [hits, setHits] = useState<SearchHits | null>(null);
  const wanted = q.trim();
  const incomplete = hits !== null && !hits.complete;
  // While an incomplete answer is shown, search again at each tenth of the index built.
  const built = progress
    ? (progress.claims.indexed + progress.sources.indexed) /
      Math.max(
        1,
        progress.claims.indexed +
          progress.claims.pending +
          progress.sources.indexed +
          progress.sources.pending,
      )
    : 0;
  const refresh = incomplete ? `${Math.floor(built * 10)}:${progress?.ready}` : '';
  const ready = store.phase === 'ready';

  useEffect(() => {
    if (!wanted || !ready) return;
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const ask = (tries: number) =>
      void search.search(wanted).then((answer) => {
        if (!live) return;
        if (!answer) {
          // Overtaken by a search for other words (this effect is then replaced), or the index
          // restarted: ask again, or the rows would wait for an answer that never comes.
          if (tries < 5) retry = setTimeout(() => ask(tries + 1), 50);
          return;
        }
        mark('claims:search-hits', {
          q: answer.q,
          tookMs: answer.tookMs,
          claims: answer.claimSlots.length,
          sources: answer.sourceIds.length,
        });
        setHits(answer);
      });
    ask(0);
    return () => {
      live = false;
      clearTimeout(retry);
    };
  }, [search, wanted, refresh, ready, content]);

  const current = wanted ? hits : null;
  return {
    hits: current,
    pending: wanted !== '' && current?.q !== wanted,
    progress,
    built,
  };
}

/** What a query selects from the table's data (null while it loads). */
export function useQueryResult(
  store: ClaimStore,
  query: ClaimQuery,
  hits: SearchHits | null,
  /** True while a search's first answer is on its way: the previous result stays meanwhile. */
  waiting = false,
): QueryResult | null {
  const { engine } = store;
  const version = engine.version;
  const structure = engine.structureVersion;
  const scores = useMemo(
    // While the answer for new words is on its way, the previous result stays: scoring the
    // previous answer again would only hold up the page (100,000 slots at a keystroke).
    () => (hits && !waiting && hasSearch(query) ? scoreSlots(hits, engine) : null),
    // Scores are laid out by slot: they change with the rows' coming and going, not their edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [hits, waiting, engine, structure, query.q],
  );
  const ready = store.phase === 'ready';
  const previous = useRef<{
    result: QueryResult;
    version: number;
    query: ClaimQuery;
    scores: Float64Array | null;
  } | null>(null);
  const result = useMemo(() => {
    if (!ready) return null;
    const last = previous.current;
    if (waiting && last) return last.result;
    // An edit of fields this query neither filters nor sorts by (a status change in the default
    // view, say) leaves its rows and their order as they were: no need to run it again.
    if (last && last.query === query && last.scores === scores) {
      const changed = engine.changedSince(last.version);
      const used = queryFields(query);
      if (changed !== 'all' && ![...changed].some((field) => used.has(field))) return last.result;
    }
    return engine.run(query, scores);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, waiting, engine, version, query, scores]);
  useEffect(() => {
    // While waiting, the result shown is the previous query's: not to be kept as this one's.
    if (result && !waiting) previous.current = { result, version, query, scores };
  }, [result, version, query, scores, waiting]);
  return result ?? (ready ? (previous.current?.result ?? null) : null);
}

/** The view a snapshot's head was taken in: no filter, no search, the default order. */
const isDefaultView = (query: ClaimQuery): boolean =>
  activeFilterCount(query) === 0 &&
  !hasSearch(query) &&
  (query.sort === null ||
    (query.sort.key === defaultSort.key && query.sort.dir === defaultSort.dir));

/**
 * The table's first rows from its snapshot's head while the snapshot loads (ClaimStore.preview),
 * as an engine of their own and its result; null once the rows are loaded, or when the query is
 * not the default view the head was taken in. Tells the store whether a preview would be shown,
 * so that its loading waits for one only when it is.
 */
export function usePreview(store: ClaimStore, query: ClaimQuery) {
  const head = store.preview;
  const defaultView = isDefaultView(query);
  useLayoutEffect(() => {
    store.wantPreview(defaultView);
    return () => store.wantPreview(false);
  }, [store, defaultView]);
  return useMemo(() => {
    if (!head || !defaultView) return null;
    // The rows come in the default order already: no sorting.
    const engine = new ClaimQueryEngine();
    engine.replaceAll(head.rows, defaultSort);
    return { engine, result: engine.run(emptyClaimQuery), total: head.total };
  }, [head, defaultView]);
}
