import { Text, Timeline } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/DatabaseContext';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Who changed what on this claim, and when, newest first (undone steps struck through). */
export function ClaimHistory({ claimId }: { claimId: string }) {
  const db = useDatabase();
  const events = useLiveQuery(
    () => db.events.where('[table+key]').equals(['claims', claimId]).reverse().sortBy('seq'),
    [db, claimId],
  );
  if (!events) return null;
  const shown = events.filter((e) => e.state !== 'discarded');
  if (shown.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        No changes yet.
      </Text>
    );
  }
  return (
    <Timeline bulletSize={10} lineWidth={2} data-testid="claim-history">
      {shown.map((event) => (
        <Timeline.Item
          key={event.seq}
          title={
            <Text size="xs" fw={500} td={event.state === 'undone' ? 'line-through' : undefined}>
              {event.label}
            </Text>
          }
        >
          <Text size="xs" c="dimmed">
            {event.actor ?? 'Unnamed editor'} · {timeFormat.format(new Date(event.at))}
            {event.state === 'undone' ? ' · undone' : ''}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
