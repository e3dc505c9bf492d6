import { activeFilterCount, hasSearch } from '@core/query';
import { useCallback } from 'react';
import { useClaimQuery, useClaimStore, useQueryResult, useSearchHits } from '../claims/table';

/** The claims table's current filter (as it was last shown) and the claims it selects. */
export function useTableFilter() {
  const store = useClaimStore();
  const query = useClaimQuery();
  const { hits, pending } = useSearchHits(store, query.q);
  const result = useQueryResult(store, query, hits, pending);
  const active = activeFilterCount(query) > 0 || hasSearch(query);
  const ids = useCallback((): string[] => {
    if (!result) return [];
    const out: string[] = [];
    for (const slot of result.slots) {
      const row = store.engine.row(slot);
      if (row) out.push(row.id);
    }
    return out;
  }, [result, store]);
  return { active, count: result ? result.slots.length : null, ids, query };
}
