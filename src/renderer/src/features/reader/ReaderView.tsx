import { Badge, Center, Container, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/DatabaseContext';
import { formatDate } from '../../lib/dates';
import { useStatuses } from '../../lib/useStatuses';
import { DeleteSourceButton } from './DeleteSourceButton';
import { HighlightedText } from './HighlightedText';

export function ReaderView({
  sourceId,
  selectedClaimId,
  onSelectClaim,
  onDeleted,
}: {
  sourceId: string;
  selectedClaimId: string | null;
  onSelectClaim: (id: string) => void;
  onDeleted: () => void;
}) {
  const db = useDatabase();
  const { describe } = useStatuses();
  const data = useLiveQuery(async () => {
    const source = await db.sources.get(sourceId);
    if (!source) return { source: null };
    const [claims, outlet] = await Promise.all([
      db.claims.where('sourceId').equals(sourceId).toArray(),
      source.outletId ? db.outlets.get(source.outletId) : undefined,
    ]);
    return { source, claims, outlet };
  }, [db, sourceId]);

  if (!data) {
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  }
  if (!data.source) {
    return (
      <Center h={200}>
        <Text c="dimmed">This source is no longer in the store.</Text>
      </Center>
    );
  }
  const { source, claims, outlet } = data;
  const suggested = claims.filter((c) => c.review === 'suggested').length;
  return (
    <Container size="md" py="lg" px="xl">
      <Stack gap="xs" mb="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} data-testid="reader-title">
            {source.title}
          </Title>
          <DeleteSourceButton
            sourceId={source.id}
            title={source.title}
            claims={claims.length}
            onDeleted={onDeleted}
          />
        </Group>
        <Group gap="xs">
          <Text fw={600} size="sm">
            {outlet?.name ?? 'Unknown outlet'}
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
      </Stack>
      <HighlightedText
        text={source.text}
        claims={claims}
        selectedClaimId={selectedClaimId}
        describeStatus={describe}
        onSelectClaim={onSelectClaim}
      />
    </Container>
  );
}
