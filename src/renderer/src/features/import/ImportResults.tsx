import { Anchor, Badge, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { FileResult } from './useArticleImport';

const badges = {
  imported: { color: 'green', label: 'Imported' },
  duplicate: { color: 'gray', label: 'Already in store' },
  'same-as': { color: 'gray', label: 'Repeated' },
  failed: { color: 'red', label: 'Not imported' },
} as const;

/** One line per file: imported (with its suggested claims), already there, or why it failed. */
export function ImportResults({
  results,
  onOpen,
}: {
  results: FileResult[];
  onOpen: (sourceId: string) => void;
}) {
  const count = (status: FileResult['status']) => results.filter((r) => r.status === status).length;
  const imported = results.filter((r) => r.status === 'imported');
  const claims = imported.reduce((sum, r) => sum + r.claims, 0);
  const summary = [
    `${count('imported')} imported with ${claims} suggested claim${claims === 1 ? '' : 's'} to review`,
    count('duplicate') + count('same-as') > 0 &&
      `${count('duplicate') + count('same-as')} already there`,
    count('failed') > 0 && `${count('failed')} could not be imported`,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Stack gap="sm" data-testid="import-results">
      <Text fw={600}>{summary}.</Text>
      <ScrollArea.Autosize mah="55vh" type="auto">
        <Table verticalSpacing={6}>
          <Table.Tbody>
            {results.map((result) => {
              const badge = badges[result.status];
              return (
                <Table.Tr key={result.key} data-testid="import-result" data-status={result.status}>
                  <Table.Td w={150}>
                    <Badge color={badge.color} variant="light">
                      {badge.label}
                    </Badge>
                  </Table.Td>
                  <Table.Td w={240}>
                    <Text size="sm" fw={500} truncate="end" maw={240} title={result.name}>
                      {result.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {result.status === 'imported' && (
                      <Group gap="xs">
                        <Anchor
                          component="button"
                          size="sm"
                          onClick={() => onOpen(result.sourceId)}
                        >
                          {result.title}
                        </Anchor>
                        <Text size="sm" c="dimmed">
                          {result.claims} suggested claims
                        </Text>
                      </Group>
                    )}
                    {result.status === 'duplicate' && (
                      <Text size="sm" c="dimmed">
                        Same content as{' '}
                        <Anchor
                          component="button"
                          size="sm"
                          onClick={() => onOpen(result.sourceId)}
                        >
                          {result.title}
                        </Anchor>
                        ; not imported again.
                      </Text>
                    )}
                    {result.status === 'same-as' && (
                      <Text size="sm" c="dimmed">
                        The same article as {result.sameAs}; imported once.
                      </Text>
                    )}
                    {result.status === 'failed' && (
                      <Text size="sm" c="red">
                        {result.problem}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
