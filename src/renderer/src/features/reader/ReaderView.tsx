import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Container,
  Group,
  Kbd,
  List,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconHighlight } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef } from 'react';
import { anchorMatches } from '@core/anchors';
import { useClaimSelection } from '../../app/ClaimSelection';
import { useDatabase } from '../../app/DatabaseContext';
import { formatDate } from '../../lib/dates';
import { useStatuses } from '../../lib/useStatuses';
import { EditSourceDetailsButton } from '../import';
import { DeleteSourceButton } from './DeleteSourceButton';
import { HighlightedText } from './HighlightedText';
import { useMarkSelection } from './useMarkSelection';

/** A source's cleaned text with its claims highlighted; select words and press M to mark a claim. */
export function ReaderView({ sourceId, onDeleted }: { sourceId: string; onDeleted: () => void }) {
  const db = useDatabase();
  const { describe } = useStatuses();
  const { selectedClaimId, selectClaim, setClaimOrder } = useClaimSelection();
  const textRef = useRef<HTMLDivElement>(null);
  const { pending, mark } = useMarkSelection(sourceId, textRef);
  const data = useLiveQuery(async () => {
    const source = await db.sources.get(sourceId);
    if (!source) return { source: null };
    const [claims, outlet] = await Promise.all([
      db.claims.where('sourceId').equals(sourceId).toArray(),
      source.outletId ? db.outlets.get(source.outletId) : undefined,
    ]);
    return { source, claims, outlet };
  }, [db, sourceId]);

  const source = data?.source ?? null;
  const claims = useMemo(() => data?.claims ?? [], [data]);
  const orphans = useMemo(
    () => (source ? claims.filter((c) => !anchorMatches(source.text, c.anchor, c.text)) : []),
    [claims, source],
  );
  // J / K walk the highlighted claims in reading order.
  const order = useMemo(
    () =>
      claims
        .filter((c) => c.review !== 'rejected' && !orphans.includes(c))
        .sort((a, b) => a.anchor.start - b.anchor.start)
        .map((c) => c.id),
    [claims, orphans],
  );
  useEffect(() => setClaimOrder(order), [order, setClaimOrder]);
  useEffect(() => () => setClaimOrder([]), [setClaimOrder]);
  useEffect(() => {
    if (selectedClaimId) {
      document
        .querySelector(`mark[data-claim-id="${selectedClaimId}"]`)
        ?.scrollIntoView({ block: 'nearest' });
    }
  }, [selectedClaimId]);

  if (!data) {
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  }
  if (!source) {
    return (
      <Center h={200}>
        <Text c="dimmed">This source is no longer in the store.</Text>
      </Center>
    );
  }
  const suggested = claims.filter((c) => c.review === 'suggested').length;
  return (
    <Container size="md" py="lg" px="xl">
      <Stack gap="xs" mb="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} data-testid="reader-title">
            {source.title}
          </Title>
          <Group gap={4} wrap="nowrap">
            <EditSourceDetailsButton sourceId={source.id} />
            <DeleteSourceButton
              sourceId={source.id}
              title={source.title}
              claims={claims.length}
              onDeleted={onDeleted}
            />
          </Group>
        </Group>
        <Group gap="xs">
          <Text fw={600} size="sm">
            {data.outlet?.name ?? 'Unknown outlet'}
          </Text>
          {source.author && (
            <Text size="sm" c="dimmed">
              · {source.kind === 'interview' ? 'Interview with ' : 'By '}
              {source.author}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            · {formatDate(source.publishedAt)}
          </Text>
          <Badge variant="outline" size="sm">
            {source.kind}
          </Badge>
          <Badge variant="light" size="sm">
            {claims.length} claims
          </Badge>
          {suggested > 0 && (
            <Badge variant="light" color="yellow" size="sm">
              {suggested} to review
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          Click a highlight to open its claim. Select words and press <Kbd size="xs">M</Kbd> to mark
          a claim by hand.
        </Text>
      </Stack>
      {orphans.length > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          mb="lg"
          title="Orphaned claims"
          data-testid="orphaned-claims"
        >
          <Text size="sm" mb={4}>
            These claims no longer match the text at their position. They were not moved; open one
            to fix or delete it.
          </Text>
          <List size="sm">
            {orphans.map((claim) => (
              <List.Item key={claim.id}>
                <Anchor component="button" size="sm" onClick={() => selectClaim(claim.id)}>
                  “{claim.text.length > 90 ? `${claim.text.slice(0, 87)}…` : claim.text}”
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <div ref={textRef}>
        <HighlightedText
          text={source.text}
          claims={claims}
          selectedClaimId={selectedClaimId}
          describeStatus={describe}
          onSelectClaim={selectClaim}
        />
      </div>
      {pending && (
        <Button
          size="xs"
          leftSection={<IconHighlight size={14} />}
          rightSection={<Kbd size="xs">M</Kbd>}
          style={{
            position: 'fixed',
            top: pending.top,
            left: pending.left,
            transform: 'translateX(-50%)',
            zIndex: 150,
          }}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => void mark()}
          data-testid="mark-claim"
        >
          Mark as claim
        </Button>
      )}
    </Container>
  );
}
