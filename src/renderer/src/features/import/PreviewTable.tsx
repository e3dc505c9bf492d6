import {
  ActionIcon,
  Badge,
  Group,
  Pagination,
  ScrollArea,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconCopy, IconFileText, IconX } from '@tabler/icons-react';
import { memo, useState } from 'react';
import type { ArticleDetails, PreparedInput } from '../../db/import/articles';
import { detailsFields, kindLabels } from './DetailsFields';

const pageSize = 25;

function FileCell({ input }: { input: PreparedInput }) {
  return (
    <Stack gap={2} maw={180}>
      <Group gap={6} wrap="nowrap">
        {input.state === 'failed' ? (
          <IconAlertTriangle
            size={16}
            color="var(--mantine-color-red-6)"
            style={{ flexShrink: 0 }}
          />
        ) : input.duplicateOf || input.sameAs ? (
          <IconCopy size={16} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
        ) : (
          <IconFileText size={16} style={{ flexShrink: 0 }} />
        )}
        <Text size="sm" fw={500} truncate="end" title={input.name}>
          {input.name}
        </Text>
      </Group>
      {input.state === 'ready' &&
        input.notes.map((note) => (
          <Text key={note} size="xs" c="dimmed">
            {note}
          </Text>
        ))}
    </Stack>
  );
}

/**
 * The inputs of an import, one row each: the metadata Claimdesk found, editable before import;
 * files it cannot import with the reason; articles already in the store or repeated in the batch.
 * Memoised: the dialog renders again on every progress step of an import, the table need not.
 */
export const PreviewTable = memo(function PreviewTable({
  inputs,
  details,
  outlets,
  onEdit,
  onRemove,
}: {
  inputs: PreparedInput[];
  details: Record<string, ArticleDetails>;
  outlets: string[];
  onEdit: (key: string, patch: Partial<ArticleDetails>) => void;
  onRemove: (key: string) => void;
}) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(inputs.length / pageSize));
  const shown = inputs.slice(
    (Math.min(page, pages) - 1) * pageSize,
    Math.min(page, pages) * pageSize,
  );
  const names = new Map(inputs.map((i) => [i.key, i.name]));

  return (
    <Stack gap="xs">
      <ScrollArea.Autosize mah="52vh" type="auto" offsetScrollbars>
        <Table
          verticalSpacing={6}
          horizontalSpacing="xs"
          striped={false}
          data-testid="import-preview"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={180}>File</Table.Th>
              <Table.Th miw={300}>Title</Table.Th>
              <Table.Th w={150}>Outlet</Table.Th>
              <Table.Th w={140}>Author</Table.Th>
              <Table.Th w={115}>Published</Table.Th>
              <Table.Th w={110}>Type</Table.Th>
              <Table.Th w={70} ta="right">
                Claims
              </Table.Th>
              <Table.Th w={36} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((input) => {
              const remove = (
                <Tooltip label="Leave out of this import">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    onClick={() => onRemove(input.key)}
                    aria-label={`Remove ${input.name}`}
                  >
                    <IconX size={16} />
                  </ActionIcon>
                </Tooltip>
              );
              if (input.state === 'failed') {
                return (
                  <Table.Tr key={input.key} data-testid="import-row" data-state="failed">
                    <Table.Td>
                      <FileCell input={input} />
                    </Table.Td>
                    <Table.Td colSpan={6}>
                      <Text size="sm" c="red" data-testid="import-problem">
                        Cannot import: {input.problem}
                      </Text>
                    </Table.Td>
                    <Table.Td>{remove}</Table.Td>
                  </Table.Tr>
                );
              }
              const repeat = input.duplicateOf
                ? `Already in your store as “${input.duplicateOf.title}”; it will not be imported again.`
                : input.sameAs
                  ? `The same article as ${names.get(input.sameAs) ?? 'another file'} above; imported once.`
                  : null;
              if (repeat) {
                return (
                  <Table.Tr key={input.key} data-testid="import-row" data-state="duplicate">
                    <Table.Td>
                      <FileCell input={input} />
                    </Table.Td>
                    <Table.Td colSpan={5}>
                      <Group gap="xs" wrap="nowrap">
                        <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
                          Duplicate
                        </Badge>
                        <Text size="sm" c="dimmed" data-testid="import-duplicate">
                          {repeat}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    </Table.Td>
                    <Table.Td>{remove}</Table.Td>
                  </Table.Tr>
                );
              }
              const value = details[input.key] ?? input.details;
              const fields = detailsFields({
                details: value,
                onChange: (patch) => onEdit(input.key, patch),
                outlets,
                compact: true,
                of: input.name,
              });
              return (
                <Table.Tr key={input.key} data-testid="import-row" data-state="ready">
                  <Table.Td>
                    <FileCell input={input} />
                  </Table.Td>
                  <Table.Td>{fields.title}</Table.Td>
                  <Table.Td>{fields.outlet}</Table.Td>
                  <Table.Td>{fields.author}</Table.Td>
                  <Table.Td>{fields.date}</Table.Td>
                  <Table.Td>{fields.kind}</Table.Td>
                  <Table.Td ta="right">
                    <Tooltip
                      label={`${input.article.claims.length} suggested claims to review after import (${kindLabels[value.kind].toLowerCase()})`}
                    >
                      <Text size="sm" fw={600} data-testid="import-claims">
                        {input.article.claims.length}
                      </Text>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>{remove}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {pages > 1 && (
        <Group justify="center">
          <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} size="sm" />
        </Group>
      )}
    </Stack>
  );
});
