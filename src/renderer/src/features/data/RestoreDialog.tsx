import { Alert, Button, Group, Loader, Modal, Radio, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { countTables, type Backup, type MergeReport } from '@core/backup';
import { useDatabase } from '../../app/DatabaseContext';
import {
  previewMerge,
  restoreMerging,
  restoreReplacing,
  type DataProgress,
  type MergeResult,
  type ReplaceReport,
} from '../../db/backup';
import { errorMessage } from '../../lib/errors';
import { ProgressModal } from './ProgressModal';
import { RestoreReport } from './RestoreReport';
import { describeCounts, n, tableLabels } from './tables';

export interface PickedBackup {
  fileName: string;
  backup: Backup;
  warnings: string[];
}

type Mode = 'merge' | 'replace';

function sum(counts: Record<string, number>) {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/**
 * Restore a validated backup: into an empty store as it is, or into a store with work in it by
 * merging (default; one undoable step) or by replacing everything. Ends with a report.
 */
export function RestoreDialog({
  picked,
  storeEmpty,
  onClose,
  onBackupFirst,
}: {
  picked: PickedBackup;
  storeEmpty: boolean;
  onClose: () => void;
  onBackupFirst: () => void;
}) {
  const db = useDatabase();
  const { backup, fileName, warnings } = picked;
  const [mode, setMode] = useState<Mode>(storeEmpty ? 'replace' : 'merge');
  const [preview, setPreview] = useState<MergeReport | null>(null);
  const [progress, setProgress] = useState<DataProgress | null>(null);
  const [result, setResult] = useState<ReplaceReport | MergeResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (storeEmpty || mode !== 'merge' || preview) return;
    let live = true;
    previewMerge(db, backup).then(
      (plan) => live && setPreview(plan.report),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [db, backup, mode, storeEmpty, preview]);

  const run = async () => {
    setError(null);
    setProgress({ phase: 'Starting', done: 0, total: 1 });
    try {
      setResult(
        mode === 'replace'
          ? await restoreReplacing(db, backup, setProgress)
          : await restoreMerging(db, backup, `Merged the backup ${fileName}`, setProgress),
      );
    } catch (e) {
      setError(`Nothing was changed: ${errorMessage(e)}`);
    } finally {
      setProgress(null);
    }
  };

  const created = new Date(backup.createdAt);
  const title = result ? (result.mode === 'replace' ? 'Restored' : 'Merged') : 'Restore a backup';

  return (
    <>
      <Modal
        opened={progress === null}
        onClose={onClose}
        size="min(900px, 96vw)"
        title={<Text fw={700}>{title}</Text>}
        closeOnClickOutside={false}
      >
        {result ? (
          <Stack>
            <RestoreReport result={result} />
            <Group justify="flex-end">
              <Button onClick={onClose} data-testid="restore-done">
                Done
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap="md" data-testid="restore-dialog">
            <Text size="sm">
              <b>{fileName}</b>, made{' '}
              {Number.isNaN(created.getTime()) ? backup.createdAt : created.toLocaleString('en-GB')}
              {backup.app ? ` by ${backup.app}` : ''}: {describeCounts(countTables(backup.tables))},
              with {n(backup.tables.events.length)} history entries and{' '}
              {n(backup.tables.settings.length)} setting
              {backup.tables.settings.length === 1 ? '' : 's'}.
            </Text>
            {warnings.length > 0 && (
              <Alert variant="light" color="orange" icon={<IconAlertTriangle size={18} />} p="xs">
                The backup is complete but refers to rows it does not hold ({warnings.join('; ')}).
                They are restored as they are; the reader shows claims without a source as missing.
              </Alert>
            )}
            {storeEmpty ? (
              <Text size="sm">
                Your store is empty: everything in the backup is restored as it is, history and
                settings included.
              </Text>
            ) : (
              <Radio.Group
                value={mode}
                onChange={(v) => setMode(v as Mode)}
                label="Your store already holds work. How should the backup come in?"
              >
                <Stack gap="sm" mt="xs">
                  <Radio
                    value="merge"
                    label="Merge it into my store"
                    description="Adds what is new. The same article, person, outlet or claim is recognised even under another id, so nothing is duplicated; where both sides changed a row, the newer change wins. Nothing of yours is deleted. One step: Ctrl+Z undoes it."
                    data-testid="restore-merge"
                  />
                  <Radio
                    value="replace"
                    color="red"
                    label="Replace my store with it"
                    description="Everything in your store now is removed and the backup takes its place. This cannot be undone."
                    data-testid="restore-replace"
                  />
                </Stack>
              </Radio.Group>
            )}
            {!storeEmpty && mode === 'merge' && (
              <Stack gap={4}>
                {preview ? (
                  <MergePreview report={preview} />
                ) : (
                  !error && (
                    <Group gap="xs">
                      <Loader size="xs" />
                      <Text size="sm" c="dimmed">
                        Comparing with your store…
                      </Text>
                    </Group>
                  )
                )}
              </Stack>
            )}
            {!storeEmpty && mode === 'replace' && (
              <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} p="xs">
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm">Keep a copy of your store first, in case you need it again.</Text>
                  <Button size="xs" variant="default" onClick={onBackupFirst}>
                    Back up my store first
                  </Button>
                </Group>
              </Alert>
            )}
            {error && (
              <Alert
                color="red"
                variant="light"
                title="The backup was not restored"
                data-testid="restore-error"
              >
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button
                color={mode === 'replace' && !storeEmpty ? 'red' : undefined}
                onClick={() => void run()}
                disabled={mode === 'merge' && !storeEmpty && !preview}
                data-testid="restore-run"
              >
                {storeEmpty ? 'Restore' : mode === 'merge' ? 'Merge' : 'Replace my store'}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
      <ProgressModal title="Restoring" progress={progress} />
    </>
  );
}

function MergePreview({ report }: { report: MergeReport }) {
  const tables = ['sources', 'claims', 'speakers', 'outlets', 'links', 'settings'] as const;
  const conflicts = report.conflicts.length;
  return (
    <Stack gap={4} data-testid="merge-preview">
      <Text size="sm" fw={600}>
        What the merge will do
      </Text>
      <Table verticalSpacing={2} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th ta="right">New</Table.Th>
            <Table.Th ta="right">Updated (backup newer)</Table.Th>
            <Table.Th ta="right">Yours kept (newer)</Table.Th>
            <Table.Th ta="right">Same already</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tables.map((t) => (
            <Table.Tr key={t}>
              <Table.Td>{tableLabels[t]}</Table.Td>
              <Table.Td ta="right">{n(report.added[t])}</Table.Td>
              <Table.Td ta="right">{n(report.updated[t])}</Table.Td>
              <Table.Td ta="right">{n(report.kept[t])}</Table.Td>
              <Table.Td ta="right">{n(report.unchanged[t])}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        {conflicts > 0
          ? `${n(conflicts)} row${conflicts === 1 ? ' was' : 's were'} changed on both sides; the full list follows the merge.`
          : 'No row was changed on both sides.'}{' '}
        {sum(report.added) + sum(report.updated) === 0
          ? 'Your store already holds everything in this backup.'
          : ''}
      </Text>
    </Stack>
  );
}
