import { Badge, Group, NavLink, ScrollArea, Skeleton, Stack, Text } from '@mantine/core';
import { formatDate } from '../../lib/dates';
import { useSourceSummaries } from './useSourceSummaries';

export function SourceList({
  selectedId,
  onSelect,
}: {
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const sources = useSourceSummaries();
  if (!sources) {
    return (
      <Stack gap="xs" p="sm">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} height={52} />
        ))}
      </Stack>
    );
  }
  if (sources.length === 0) {
    return (
      <Text size="sm" c="dimmed" p="md">
        No articles yet. Use “Re-import bundled articles” in the menu to bring back the examples.
      </Text>
    );
  }
  return (
    <ScrollArea type="auto" style={{ flex: 1 }}>
      <Stack gap={2} p="xs" component="ul" m={0} style={{ listStyle: 'none' }} aria-label="Sources">
        {sources.map((source) => (
          <li key={source.id}>
            <NavLink
              data-testid="source-item"
              active={source.id === selectedId}
              onClick={() => onSelect(source.id)}
              label={
                <Text size="sm" fw={500} lineClamp={2} data-testid="source-title">
                  {source.title}
                </Text>
              }
              description={
                <Group gap={6} wrap="nowrap" mt={2}>
                  <Text size="xs" c="dimmed" truncate data-testid="source-outlet">
                    {source.outlet ?? 'Unknown outlet'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    ·
                  </Text>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(source.publishedAt)}
                  </Text>
                </Group>
              }
              rightSection={
                <Badge size="sm" variant="light" title={`${source.claims} claims`}>
                  {source.claims}
                </Badge>
              }
            />
          </li>
        ))}
      </Stack>
    </ScrollArea>
  );
}
