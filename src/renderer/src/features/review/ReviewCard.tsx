import { Badge, Button, Card, Group, Kbd, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconPlayerTrackNext, IconX } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/DatabaseContext';
import { kindLabels } from '../inspector/ClaimInspector';
import classes from './ReviewCard.module.css';

const contextChars = 320;

/** The claim under review in its surrounding text, with the decision buttons. */
export function ReviewCard({
  claimId,
  onAccept,
  onReject,
  onSkip,
}: {
  claimId: string;
  onAccept: () => void;
  onReject: () => void;
  onSkip: () => void;
}) {
  const db = useDatabase();
  const data = useLiveQuery(async () => {
    const claim = await db.claims.get(claimId);
    if (!claim) return null;
    const [source, speaker] = await Promise.all([
      db.sources.get(claim.sourceId),
      claim.speakerId ? db.speakers.get(claim.speakerId) : undefined,
    ]);
    const outlet = source?.outletId ? await db.outlets.get(source.outletId) : undefined;
    return { claim, source, speaker, outlet };
  }, [db, claimId]);
  if (!data) return null;
  const { claim, source, speaker, outlet } = data;
  const text = source?.text ?? '';
  const before = text.slice(Math.max(0, claim.anchor.start - contextChars), claim.anchor.start);
  const after = text.slice(claim.anchor.end, claim.anchor.end + contextChars);

  return (
    <Card withBorder radius="md" padding="lg" data-testid="review-card">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={4}>{speaker?.name ?? 'Unattributed'}</Title>
            {speaker?.role && (
              <Text size="sm" c="dimmed">
                {speaker.role}
              </Text>
            )}
          </div>
          <Group gap={6}>
            <Badge variant="outline">{kindLabels[claim.kind] ?? claim.kind}</Badge>
            {claim.confidence !== null && (
              <Badge
                variant="light"
                color={
                  claim.confidence >= 0.7 ? 'green' : claim.confidence >= 0.45 ? 'yellow' : 'red'
                }
              >
                {Math.round(claim.confidence * 100)}% sure
              </Badge>
            )}
          </Group>
        </Group>
        <div className={classes.context}>
          {before.length === contextChars && '… '}
          {before}
          <mark className={classes.claim}>{claim.text}</mark>
          {after}
          {after.length === contextChars && ' …'}
        </div>
        <Text size="xs" c="dimmed">
          {outlet?.name ?? 'Unknown outlet'} · {source?.title}
        </Text>
        <Group gap="sm">
          <Button
            color="green"
            leftSection={<IconCheck size={16} />}
            rightSection={<Kbd size="xs">A</Kbd>}
            onClick={onAccept}
          >
            Accept
          </Button>
          <Button
            color="red"
            variant="light"
            leftSection={<IconX size={16} />}
            rightSection={<Kbd size="xs">R</Kbd>}
            onClick={onReject}
          >
            Reject
          </Button>
          <Button
            variant="default"
            leftSection={<IconPlayerTrackNext size={16} />}
            rightSection={<Kbd size="xs">J</Kbd>}
            onClick={onSkip}
          >
            Skip
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
