import {
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Progress,
  ScrollArea,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowMerge, IconX } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { SameSpeakerProposal } from '@core/extract';
import { useDatabase } from '../../app/DatabaseContext';
import {
  dismissedMergesKey,
  dismissedPairs,
  dismissMergeProposal,
  pairKey,
} from '../../db/settings';
import { notifyError } from '../../lib/errors';
import { count } from './nouns';
import { useMergeProposals } from './proposals/useMergeProposals';
import type { EntityRow } from './useEntityRows';
import { formatCount } from '../../lib/numbers';

const pageSize = 30;

/**
 * Speakers the core's same-speaker check takes for one person, best first: merge them (after a
 * look at what will happen) or dismiss the proposal, which is remembered.
 */
export function MergeProposals({
  rows,
  onMerge,
}: {
  rows: EntityRow[];
  onMerge: (keepId: string, removeId: string) => void;
}) {
  const db = useDatabase();
  // Read from the speakers table alone, so claim edits do not restart the check.
  const records = useLiveQuery(
    async () =>
      (await db.speakers.toArray()).map((s) => ({
        id: s.id,
        name: s.name,
        role: s.role,
        aliases: s.aliases,
      })),
    [db],
  );
  const state = useMergeProposals(db, records);
  const dismissedSetting = useLiveQuery(() => db.settings.get(dismissedMergesKey), [db]);
  const [shown, setShown] = useState(pageSize);
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);

  const proposals = useMemo(() => {
    const dismissed = dismissedPairs(dismissedSetting?.value);
    return state.proposals.filter(
      (p) => byId.has(p.a) && byId.has(p.b) && !dismissed.has(pairKey(p.a, p.b)),
    );
  }, [state.proposals, dismissedSetting, byId]);

  const dismiss = async (a: EntityRow, b: EntityRow) => {
    try {
      await dismissMergeProposal(db, a.id, b.id, `Kept “${a.name}” and “${b.name}” apart`);
      notifications.show({
        message: `“${a.name}” and “${b.name}” will not be proposed again. Press Ctrl+Z to undo.`,
        autoClose: 4000,
      });
    } catch (error) {
      notifyError('The proposal was not dismissed', error);
    }
  };

  return (
    <Stack gap={0} h="100%" component="section" aria-labelledby="merge-proposals-title">
      <Stack gap={4} p="md" pb="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={5} id="merge-proposals-title">
            Proposed merges
          </Title>
          {state.status === 'checking' ? (
            <Loader size="xs" aria-label="Checking" />
          ) : (
            <Badge variant="light" color={proposals.length ? 'indigo' : 'gray'}>
              {formatCount(proposals.length)}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          Speakers whose names look like one person’s: spelling variants, short forms, initials.
        </Text>
        {state.status === 'checking' && state.total > 0 && (
          <Stack gap={4} mt={4}>
            <Progress
              value={(state.done / state.total) * 100}
              size="sm"
              aria-label="Check progress"
            />
            <Text size="xs" c="dimmed">
              Checking {formatCount(state.done)} of {count(state.total, 'speaker')}…
            </Text>
          </Stack>
        )}
        {state.status === 'failed' && (
          <Text size="xs" c="red">
            The check stopped: {state.error}
          </Text>
        )}
      </Stack>
      <ScrollArea style={{ flex: 1 }} type="auto" offsetScrollbars>
        <Stack gap="xs" px="md" pb="md">
          {proposals.length === 0 && state.status === 'ready' && (
            <Text size="sm" c="dimmed">
              No likely duplicates. When two speakers’ names look like the same person’s, they are
              proposed here.
            </Text>
          )}
          {proposals.slice(0, shown).map((p) => (
            <ProposalCard
              key={pairKey(p.a, p.b)}
              proposal={p}
              a={byId.get(p.a)!}
              b={byId.get(p.b)!}
              onMerge={onMerge}
              onDismiss={(a, b) => void dismiss(a, b)}
            />
          ))}
          {proposals.length > shown && (
            <Button variant="subtle" size="xs" onClick={() => setShown(shown + pageSize)}>
              Show {Math.min(pageSize, proposals.length - shown)} more of{' '}
              {formatCount(proposals.length - shown)}
            </Button>
          )}
        </Stack>
      </ScrollArea>
    </Stack>
  );
}

function ProposalCard({
  proposal,
  a,
  b,
  onMerge,
  onDismiss,
}: {
  proposal: SameSpeakerProposal;
  a: EntityRow;
  b: EntityRow;
  onMerge: (keepId: string, removeId: string) => void;
  onDismiss: (a: EntityRow, b: EntityRow) => void;
}) {
  // The entry with more claims is the likelier name to keep; the merge dialog can swap them.
  const [keep, remove] = b.claims > a.claims ? [b, a] : [a, b];
  const score = Math.round(proposal.score * 100);
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="merge-proposal">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={6} style={{ minWidth: 0 }}>
          {[a, b].map((row) => (
            <div key={row.id} style={{ minWidth: 0 }}>
              <Text size="sm" fw={600} truncate title={row.name}>
                {row.name}
              </Text>
              <Text size="xs" c="dimmed" truncate title={row.role ?? undefined}>
                {[count(row.claims, 'claim'), row.role].filter(Boolean).join(' · ')}
              </Text>
            </div>
          ))}
        </Stack>
        <Tooltip label="How alike the two names are, by the same-speaker check">
          <Badge
            variant="light"
            color={score >= 85 ? 'green' : score >= 70 ? 'yellow' : 'gray'}
            style={{ flex: 'none' }}
          >
            {score}%
          </Badge>
        </Tooltip>
      </Group>
      <Text size="xs" mt={6} c="dimmed" fs="italic">
        {proposal.reason.charAt(0).toUpperCase() + proposal.reason.slice(1)}
      </Text>
      <Group gap="xs" mt="xs">
        <Button
          size="compact-sm"
          leftSection={<IconArrowMerge size={14} />}
          onClick={() => onMerge(keep.id, remove.id)}
          aria-label={`Merge ${a.name} and ${b.name}`}
        >
          Merge…
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconX size={14} />}
          onClick={() => onDismiss(a, b)}
          aria-label={`Not the same: ${a.name} and ${b.name}`}
        >
          Not the same
        </Button>
      </Group>
    </Paper>
  );
}
