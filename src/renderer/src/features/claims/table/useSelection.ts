import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimQueryEngine, QueryResult } from '@core/query';

const empty: ReadonlySet<string> = new Set();

/**
 * The rows checked for bulk edits, by claim id. It never reaches beyond the rows shown: when a
 * filter hides checked rows, they are unchecked, so a bulk edit only ever touches rows in view.
 */
export function useSelection(engine: ClaimQueryEngine, result: QueryResult | null) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(empty);
  const anchor = useRef<number | null>(null);
  const slots = result?.slots;

  const idAt = useCallback(
    (index: number) => {
      const slot = slots?.[index];
      return slot === undefined ? undefined : engine.row(slot)?.id;
    },
    [engine, slots],
  );

  useEffect(() => {
    if (!slots) return;
    setSelected((current) => {
      if (current.size === 0) return current;
      const shown = new Uint8Array(engine.capacity);
      for (const slot of slots) shown[slot] = 1;
      const kept = [...current].filter((id) => {
        const slot = engine.slotOf(id);
        return slot !== undefined && shown[slot] === 1;
      });
      return kept.length === current.size ? current : new Set(kept);
    });
  }, [engine, slots]);

  /** Checks or unchecks one row; with `range`, checks every row from the last one toggled. */
  const toggle = useCallback(
    (index: number, range = false) => {
      const id = idAt(index);
      if (id === undefined) return;
      const from = anchor.current;
      setSelected((current) => {
        const next = new Set(current);
        if (range && from !== null) {
          const [lo, hi] = from < index ? [from, index] : [index, from];
          for (let i = lo; i <= hi; i++) {
            const other = idAt(i);
            if (other !== undefined) next.add(other);
          }
        } else if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      anchor.current = index;
    },
    [idAt],
  );

  /** Adds rows `from`…`to` (inclusive), e.g. while Shift+arrow keys move through the grid. */
  const extend = useCallback(
    (from: number, to: number) => {
      setSelected((current) => {
        const next = new Set(current);
        const [lo, hi] = from < to ? [from, to] : [to, from];
        for (let i = lo; i <= hi; i++) {
          const id = idAt(i);
          if (id !== undefined) next.add(id);
        }
        return next;
      });
      anchor.current = to;
    },
    [idAt],
  );

  const selectAll = useCallback(() => {
    if (!slots) return;
    const next = new Set<string>();
    for (const slot of slots) {
      const row = engine.row(slot);
      if (row) next.add(row.id);
    }
    setSelected(next);
  }, [engine, slots]);

  const clear = useCallback(() => {
    setSelected(empty);
    anchor.current = null;
  }, []);

  const total = slots?.length ?? 0;
  return useMemo(
    () => ({
      selected,
      count: selected.size,
      all: total > 0 && selected.size >= total,
      toggle,
      extend,
      selectAll,
      clear,
    }),
    [selected, total, toggle, extend, selectAll, clear],
  );
}

export type Selection = ReturnType<typeof useSelection>;
