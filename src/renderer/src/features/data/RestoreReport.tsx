import { Badge, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { MergeReport } from '@core/backup';
import type { TableName } from '@shared/model';
import type { MergeResult, ReplaceReport } from '../../db/backup';
import { n, tableLabels } from './tables';

const mergedTables: TableName[] = ['sources', 'claims', 'speakers', 'outlets', 'links', 'settings'];

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('en-GB') : '—');

function MergeTable({ report }: { report: MergeReport }) {
  return (
    <Table verticalSpacing={4} withTableBorder data-testid="restore-counts">
      <Table.Thead>
        <Table.Tr>
          <Table.Th />
          <Table.Th ta="right">Added</Table.Th>
          <Table.Th ta="right">Updated from the backup</Table.Th>
          <Table.Th ta="right">Yours kept (newer)</Table.Th>
          <Table.Th ta="right">Already the same</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {mergedTables.map((table) => (
          <Table.Tr key={table}>
            <Table.Td>{tableLabels[table]}</Table.Td>
            <Table.Td ta="right">{n(report.added[table])}</Table.Td>
            <Table.Td ta="right">{n(report.updated[table])}</Table.Td>
            <Table.Td ta="right">{n(report.kept[table])}</Table.Td>
            <Table.Td ta="right">{n(report.unchanged[table])}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Td>{tableLabels.events}</Table.Td>
          <Table.Td ta="right">{n(report.events.added)}</Table.Td>
          <Table.Td ta="right">—</Table.Td>
          <Table.Td ta="right">—</Table.Td>
          <Table.Td ta="right">{n(report.events.alreadyPresent)}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

/** Conflicts of a merge: rows both sides changed, and which version the store now holds. */
export function ConflictList({ report }: { report: MergeReport }) {
  if (report.conflicts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No conflicts: no row was changed differently on both sides.
      </Text>
    );
  }
  const shown = report.conflicts.slice(0, 300);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {n(report.conflicts.length)} conflict{report.conflicts.length === 1 ? '' : 's'}, settled by
        the newer change
      </Text>
      <ScrollArea.Autosize mah={260} type="auto" offsetScrollbars>
        <Table verticalSpacing={4} data-testid="restore-conflicts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>Table</Table.Th>
              <Table.Th>Row</Table.Th>
              <Table.Th w={120}>Differs in</Table.Th>
              <Table.Th w={130}>Kept</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((c) => (
              <Table.Tr key={`${c.table}:${c.id}`}>
                <Table.Td>
                  <Text size="sm">{tableLabels[c.table]}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1} title={c.label}>
                    {c.label}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {c.fields.join(', ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    c={c.winner === 'backup' ? 'blue' : 'dimmed'}
                    fw={c.winner === 'backup' ? 600 : 400}
                    title={
                      c.table === 'settings'
                        ? 'Your settings are kept'
                        : `Backup: ${when(c.backupUpdatedAt)} · yours: ${when(c.localUpdatedAt)}`
                    }
                  >
                    {c.winner === 'backup'
                      ? 'Backup (newer)'
                      : c.table === 'settings'
                        ? 'Yours'
                        : 'Yours (newer)'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {report.conflicts.length > shown.length && (
        <Text size="xs" c="dimmed">
          and {n(report.conflicts.length - shown.length)} more.
        </Text>
      )}
    </Stack>
  );
}

/** What a restore did: tables restored, or a merge's counts and conflicts. */
export function RestoreReport({ result }: { result: ReplaceReport | MergeResult }) {
  if (result.mode === 'replace') {
    return (
      <Stack gap="sm" data-testid="restore-report">
        <Text size="sm">The store now holds exactly the backup:</Text>
        <Table verticalSpacing={4} withTableBorder data-testid="restore-counts">
          <Table.Tbody>
            {(Object.keys(tableLabels) as (keyof typeof tableLabels)[]).map((table) => (
              <Table.Tr key={table}>
                <Table.Td>{tableLabels[table]}</Table.Td>
                <Table.Td ta="right">{n(result.restored[table])}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    );
  }
  const { report } = result;
  return (
    <Stack gap="sm" data-testid="restore-report">
      <MergeTable report={report} />
      <Group gap="xs">
        {Object.entries(report.matchedElsewhere)
          .filter(([, count]) => count > 0)
          .map(([table, count]) => (
            <Badge key={table} variant="outline" color="gray">
              {n(count)} {tableLabels[table as TableName].toLowerCase()} matched to yours under
              another id
            </Badge>
          ))}
      </Group>
      <ConflictList report={report} />
      {report.warnings.map((warning) => (
        <Text key={warning} size="sm" c="orange">
          {warning}
        </Text>
      ))}
      <Text size="xs" c="dimmed">
        {result.groupId
          ? 'The merge is one step in your history: Ctrl+Z takes it back. The backup’s own history was added as read-only entries.'
          : 'Nothing in your store changed.'}
      </Text>
    </Stack>
  );
}
