import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Pagination,
  ScrollArea,
  Stack,
  Table,
  Tabs,
  Text,
} from '@mantine/core';
import { IconArrowRight, IconInfoCircle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { CsvImportPlan } from '@core/csv';
import { formatCount } from '../../lib/numbers';

const pageSize = 100;
const n = formatCount;
const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function Paged<T>({ items, children }: { items: T[]; children: (page: T[]) => ReactNode }) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(page, pages);
  return (
    <Stack gap="xs">
      <ScrollArea.Autosize mah="48vh" type="auto" offsetScrollbars>
        {children(items.slice((current - 1) * pageSize, current * pageSize))}
      </ScrollArea.Autosize>
      {pages > 1 && (
        <Group justify="center">
          <Pagination total={pages} value={current} onChange={setPage} size="sm" />
        </Group>
      )}
    </Stack>
  );
}

/**
 * Everything a re-imported CSV would change, before anything is written: each changed field
 * with its old and new value, rows that match no claim, values that cannot be applied, and edits
 * in columns a CSV cannot change.
 */
export function CsvImportPreview({
  fileName,
  plan,
  changes,
  applying,
  onApply,
  onClose,
}: {
  fileName: string;
  plan: CsvImportPlan;
  changes: number;
  applying: boolean;
  onApply: () => void;
  onClose: () => void;
}) {
  const fieldRows = plan.changed.flatMap((row) =>
    row.changes.map((change) => ({ row, change, key: `${row.claimId}:${change.field}` })),
  );
  const ignoredRows = plan.ignored.reduce((sum, i) => sum + i.rows.length, 0);
  const summary = [
    `${n(changes)} change${changes === 1 ? '' : 's'} to ${n(plan.changed.length)} claim${plan.changed.length === 1 ? '' : 's'}`,
    `${n(plan.unchanged)} unchanged`,
    plan.unmatched.length > 0 && `${n(plan.unmatched.length)} not matched`,
    plan.problems.length > 0 && `${n(plan.problems.length)} with problems`,
    ignoredRows > 0 && `${n(ignoredRows)} edit${ignoredRows === 1 ? '' : 's'} not applied`,
  ].filter(Boolean);

  return (
    <Modal
      opened
      onClose={applying ? () => {} : onClose}
      size="min(1100px, 96vw)"
      title={<Text fw={700}>Re-import {fileName}</Text>}
      closeOnClickOutside={false}
    >
      <Stack gap="sm" data-testid="csv-preview">
        <Text size="sm" data-testid="csv-summary">
          {n(plan.rows)} rows read: {summary.join(' · ')}. Nothing is changed until you apply.
        </Text>
        {plan.newSpeakers.length > 0 && (
          <Alert variant="light" icon={<IconInfoCircle size={18} />} p="xs">
            New speaker{plan.newSpeakers.length === 1 ? '' : 's'} will be added:{' '}
            {plan.newSpeakers.join(', ')}.
          </Alert>
        )}
        {plan.missingColumns.length > 0 && (
          <Text size="xs" c="dimmed">
            The file has no {plan.missingColumns.join(', ')} column
            {plan.missingColumns.length === 1 ? '' : 's'}: those fields stay as they are.
          </Text>
        )}
        <Tabs defaultValue="changes" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab
              value="changes"
              rightSection={
                <Badge size="xs" variant="light">
                  {n(changes)}
                </Badge>
              }
            >
              Changes
            </Tabs.Tab>
            <Tabs.Tab
              value="unmatched"
              disabled={plan.unmatched.length === 0}
              rightSection={
                <Badge size="xs" variant="light" color="orange">
                  {n(plan.unmatched.length)}
                </Badge>
              }
            >
              Not matched
            </Tabs.Tab>
            <Tabs.Tab
              value="problems"
              disabled={plan.problems.length === 0}
              rightSection={
                <Badge size="xs" variant="light" color="red">
                  {n(plan.problems.length)}
                </Badge>
              }
            >
              Problems
            </Tabs.Tab>
            <Tabs.Tab
              value="ignored"
              disabled={ignoredRows === 0}
              rightSection={
                <Badge size="xs" variant="light" color="gray">
                  {n(ignoredRows)}
                </Badge>
              }
            >
              Not applied
            </Tabs.Tab>
          </Tabs.List>

          <Tabs.Panel value="changes" pt="sm">
            {fieldRows.length === 0 ? (
              <Text size="sm" c="dimmed" py="md">
                No differences from your store: every matched row holds the values the store has.
              </Text>
            ) : (
              <Paged items={fieldRows}>
                {(page) => (
                  <Table verticalSpacing={4} data-testid="csv-changes">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w={60}>Row</Table.Th>
                        <Table.Th>Claim</Table.Th>
                        <Table.Th w={100}>Field</Table.Th>
                        <Table.Th>Change</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {page.map(({ row, change, key }) => (
                        <Table.Tr key={key} data-testid="csv-change">
                          <Table.Td>
                            <Text size="sm" c="dimmed">
                              {row.row}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" lineClamp={2} title={row.claimText}>
                              “{clip(row.claimText)}”
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" fw={500}>
                              {change.field}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Group gap={6} wrap="nowrap" align="flex-start">
                              <Text
                                size="sm"
                                c="dimmed"
                                td={change.before === '(none)' ? undefined : 'line-through'}
                                style={{ whiteSpace: 'pre-wrap' }}
                              >
                                {clip(change.before, 120)}
                              </Text>
                              <IconArrowRight size={14} style={{ flexShrink: 0, marginTop: 4 }} />
                              <Text size="sm" fw={500} style={{ whiteSpace: 'pre-wrap' }}>
                                {clip(change.after, 120)}
                              </Text>
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
              </Paged>
            )}
          </Tabs.Panel>

          <Tabs.Panel value="unmatched" pt="sm">
            <Text size="sm" c="dimmed" mb="xs">
              These rows name no claim in your store (deleted since the export, from another store,
              or an empty claim_id). They are left out.
            </Text>
            <Paged items={plan.unmatched}>
              {(page) => (
                <Table verticalSpacing={4} data-testid="csv-unmatched">
                  <Table.Tbody>
                    {page.map((row) => (
                      <Table.Tr key={row.row}>
                        <Table.Td w={60}>
                          <Text size="sm" c="dimmed">
                            {row.row}
                          </Text>
                        </Table.Td>
                        <Table.Td w={300}>
                          <Text size="sm" ff="monospace">
                            {row.claimId || '(empty claim_id)'}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" lineClamp={1}>
                            {row.claimText ? `“${clip(row.claimText)}”` : ''}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Paged>
          </Tabs.Panel>

          <Tabs.Panel value="problems" pt="sm">
            <Text size="sm" c="dimmed" mb="xs">
              These values cannot be applied; the rest of each row is.
            </Text>
            <Paged items={plan.problems}>
              {(page) => (
                <Table verticalSpacing={4} data-testid="csv-problems">
                  <Table.Tbody>
                    {page.map((problem) => (
                      <Table.Tr key={`${problem.row}:${problem.column}`}>
                        <Table.Td w={60}>
                          <Text size="sm" c="dimmed">
                            {problem.row}
                          </Text>
                        </Table.Td>
                        <Table.Td w={110}>
                          <Text size="sm" fw={500}>
                            {problem.column}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" c="red">
                            {problem.message}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Paged>
          </Tabs.Panel>

          <Tabs.Panel value="ignored" pt="sm">
            <Stack gap="xs">
              {plan.ignored.map((item) => (
                <Text size="sm" key={item.column}>
                  <b>{item.column}</b> edited on {item.rows.length === 1 ? 'row' : 'rows'}{' '}
                  {item.rows.slice(0, 12).join(', ')}
                  {item.rows.length > 12 ? ` and ${item.rows.length - 12} more` : ''}: not applied,
                  because {item.reason}.
                </Text>
              ))}
            </Stack>
          </Tabs.Panel>
        </Tabs>
        <Group justify="space-between" mt="xs">
          <Text size="xs" c="dimmed">
            Applied as one step: Ctrl+Z undoes the whole import, and each claim’s history records
            it.
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={onClose} disabled={applying}>
              Cancel
            </Button>
            <Button
              onClick={onApply}
              disabled={changes === 0}
              loading={applying}
              data-testid="csv-apply"
            >
              {changes === 0
                ? 'Nothing to apply'
                : `Apply ${n(changes)} change${changes === 1 ? '' : 's'}`}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
