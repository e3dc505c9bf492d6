import { Badge, Blockquote, CloseButton, Group, Spoiler, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { anchorMatches } from '@core/anchors';
import { useDatabase } from '../../app/DatabaseContext';
import { useStatuses } from '../../lib/useStatuses';
import { StatusSelect } from './StatusSelect';
import { useClaimActions } from './useClaimActions';

const kindLabels: Record<string, string> = {
  direct: 'Direct quote',
  indirect: 'Reported speech',
  interview: 'Interview answer',
  manual: 'Marked by hand',
};

/** The open claim: its words, who said them where, and its status. */
export function ClaimPanel({ claimId, onClose }: { claimId: string; onClose: () => void }) {
  const db = useDatabase();
  const { list, describe } = useStatuses();
  const { changeStatus } = useClaimActions();
  const data = useLiveQuery(async () => {
    const claim = await db.claims.get(claimId);
    if (!claim) return { claim: null };
    const [speaker, outlet, source] = await Promise.all([
      claim.speakerId ? db.speakers.get(claim.speakerId) : undefined,
      claim.outletId ? db.outlets.get(claim.outletId) : undefined,
      db.sources.get(claim.sourceId),
    ]);
    return { claim, speaker, outlet, source };
  }, [db, claimId]);

  if (!data) return null;
  if (!data.claim) {
    return (
      <Stack p="md">
        <Group justify="space-between">
          <Text c="dimmed">This claim was deleted.</Text>
          <CloseButton onClick={onClose} aria-label="Close claim" />
        </Group>
      </Stack>
    );
  }
  const { claim, speaker, outlet, source } = data;
  const orphaned = source ? !anchorMatches(source.text, claim.anchor, claim.text) : true;
  const status = describe(claim.status);
  return (
    <Stack p="md" gap="md" data-testid="claim-panel">
      <Group justify="space-between" wrap="nowrap">
        <Title order={4}>Claim</Title>
        <CloseButton onClick={onClose} aria-label="Close claim" />
      </Group>
      <StatusSelect
        label="Corroboration status"
        statuses={list}
        value={claim.status}
        onChange={(next) => void changeStatus(claim.id, next)}
      />
      <Text size="xs" c="dimmed">
        {status.description}
      </Text>
      <Spoiler maxHeight={140} showLabel="Show the whole claim" hideLabel="Show less">
        <Blockquote
          color={status.color}
          p="sm"
          data-testid="claim-text"
          style={{ fontSize: 'var(--mantine-font-size-sm)' }}
        >
          {claim.text}
        </Blockquote>
      </Spoiler>
      {orphaned && (
        <Badge color="red" variant="light">
          Orphaned: the source text no longer matches
        </Badge>
      )}
      <Stack gap={2}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          Speaker
        </Text>
        <Text size="sm" fw={500} data-testid="claim-speaker">
          {speaker?.name ?? 'Unattributed'}
        </Text>
        {speaker?.role && (
          <Text size="xs" c="dimmed">
            {speaker.role}
          </Text>
        )}
      </Stack>
      <Stack gap={2}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          Outlet · source
        </Text>
        <Text size="sm">{outlet?.name ?? 'Unknown outlet'}</Text>
        <Text size="xs" c="dimmed" lineClamp={2}>
          {source?.title}
        </Text>
      </Stack>
      <Group gap="xs">
        <Badge variant="outline" size="sm">
          {kindLabels[claim.kind] ?? claim.kind}
        </Badge>
        <Badge
          variant="light"
          color={
            claim.review === 'suggested' ? 'yellow' : claim.review === 'accepted' ? 'green' : 'gray'
          }
          size="sm"
        >
          {claim.review}
        </Badge>
        {claim.confidence !== null && (
          <Badge variant="default" size="sm" title="Extractor confidence">
            {Math.round(claim.confidence * 100)}% sure
          </Badge>
        )}
      </Group>
    </Stack>
  );
}
