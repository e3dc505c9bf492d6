import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { defaultStatuses, type StatusDefinition } from '@shared/statuses';
import { useDatabase } from '../app/DatabaseContext';

export const statusesKey = 'statuses';

/** The status vocabulary in force (the editor's own, or the defaults), with a lookup by id. */
export function useStatuses() {
  const db = useDatabase();
  const stored = useLiveQuery(() => db.settings.get(statusesKey), [db]);
  return useMemo(() => {
    const list = (stored?.value as StatusDefinition[] | undefined) ?? defaultStatuses;
    const byId = new Map(list.map((s) => [s.id, s]));
    const describe = (id: string): StatusDefinition =>
      byId.get(id) ?? {
        id,
        label: id,
        color: 'gray',
        description: 'A status no longer in the vocabulary.',
      };
    return { list, describe };
  }, [stored]);
}
