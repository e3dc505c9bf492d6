import { useLiveQuery } from 'dexie-react-hooks';
import type { Reliability } from '@shared/model';
import { useDatabase } from '../../app/DatabaseContext';
import { claimField, countByIndex, type EntityKind } from '../../db/entities';

/** One speaker or outlet as its list shows it. */
export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  /** Speakers only. */
  role: string | null;
  /** Outlets only. */
  reliability: Reliability | null;
  claims: number;
  /** Outlets only: sources published by it. */
  sources: number;
  /** Name, aliases and role folded for searching. */
  haystack: string;
}

/** Lower case, no diacritics: what search compares. */
export const foldForSearch = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Every speaker or outlet with how many claims (and sources) point at it. Counts come from the
 * claims' index keys, so no claim row is loaded, even with 100,000 of them.
 */
export function useEntityRows(kind: EntityKind): EntityRow[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const entities = await (kind === 'speakers' ? db.speakers.toArray() : db.outlets.toArray());
    const ids = entities.map((e) => e.id);
    const [claimCounts, sourceCounts] = await Promise.all([
      countByIndex(db, 'claims', claimField[kind], ids),
      kind === 'outlets' ? countByIndex(db, 'sources', 'outletId', ids) : new Map<string, number>(),
    ]);
    return entities.map((e): EntityRow => {
      const role = 'role' in e ? e.role : null;
      return {
        id: e.id,
        name: e.name,
        aliases: e.aliases,
        role,
        reliability: 'reliability' in e ? e.reliability : null,
        claims: claimCounts.get(e.id) ?? 0,
        sources: sourceCounts.get(e.id) ?? 0,
        haystack: foldForSearch([e.name, ...e.aliases, role ?? ''].join(' \u0000 ')),
      };
    });
  }, [db, kind]);
}
