import {
  Alert,
  Anchor,
  Button,
  Container,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconDatabaseExport,
  IconDatabaseImport,
  IconFileImport,
  IconFileSpreadsheet,
  IconTableImport,
  IconTrash,
} from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { parseBackup } from '@core/backup';
import { decodeText } from '@core/decode';
import { activeFilterCount, claimsHref, hasSearch } from '@core/query';
import { useDatabase } from '../../app/DatabaseContext';
import { clearStore, createBackup, isStoreEmpty, storeCounts } from '../../db/backup';
import { applyCsvImport, previewCsvImport, type CsvPreview } from '../../db/csvImport';
import { currentSchemaVersion } from '../../db/schema';
import { errorMessage, notifyError } from '../../lib/errors';
import { usePlatform } from '../../platform';
import { useClaimQuery } from '../claims/table';
import { ImportDialogProvider, useOptionalImportDialog } from '../import';
import { ClearStoreDialog } from './ClearStoreDialog';
import { CsvImportPreview } from './CsvImportPreview';
import { ProgressModal, type TaskProgress } from './ProgressModal';
import { RestoreDialog, type PickedBackup } from './RestoreDialog';
import { describeCounts, n } from './tables';
import { useCsvExport } from './useCsvExport';
import { useTableFilter } from './useTableFilter';

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

function Section({
  icon,
  title,
  color = 'blue',
  danger = false,
  children,
  testId,
}: {
  icon: ReactNode;
  title: string;
  color?: string;
  danger?: boolean;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid={testId}
      style={danger ? { borderColor: 'var(--mantine-color-red-light-color)' } : undefined}
    >
      <Stack gap="sm" h="100%">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" color={danger ? 'red' : color} size="lg" radius="md">
            {icon}
          </ThemeIcon>
          <Title order={4}>{title}</Title>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** A file-level failure: which file, and what is wrong with it. Nothing was changed. */
function FileProblem({
  file,
  problem,
  testId,
  onClose,
}: {
  file: string;
  problem: string;
  testId: string;
  onClose: () => void;
}) {
  return (
    <Alert
      color="red"
      variant="light"
      title={`${file} was not read`}
      data-testid={testId}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onClose}
    >
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {problem}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        Your store was not changed.
      </Text>
    </Alert>
  );
}

function FilterScopeLabel({ count }: { count: number | null }) {
  return <>Claims table filter ({count === null ? '…' : n(count)})</>;
}

function ExportSection() {
  const [, navigate] = useLocation();
  const query = useClaimQuery();
  const filterActive = activeFilterCount(query) > 0 || hasSearch(query);
  const [scope, setScope] = useState<'all' | 'filter'>('all');
  const { run, progress } = useCsvExport();
  return (
    <>
      {filterActive ? (
        <FilteredExport scope={scope} setScope={setScope} run={run} />
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            Every claim with its speaker, outlet, source, status, credibility, tags, note, review
            state and links, one row per claim, for spreadsheets and colleagues. To export only some
            claims,{' '}
            <Anchor component="button" size="sm" onClick={() => navigate('/claims')}>
              filter them in the claims table
            </Anchor>{' '}
            first.
          </Text>
          <Group>
            <Button
              leftSection={<IconFileSpreadsheet size={16} />}
              onClick={() => void run(null, 'claims')}
              data-testid="data-export-csv"
            >
              Export all claims
            </Button>
          </Group>
        </Stack>
      )}
      <ProgressModal title="Exporting claims" progress={progress} />
    </>
  );
}

function FilteredExport({
  scope,
  setScope,
  run,
}: {
  scope: 'all' | 'filter';
  setScope: (scope: 'all' | 'filter') => void;
  run: (ids: readonly string[] | null, scope: string) => Promise<void>;
}) {
  const filter = useTableFilter();
  const [, navigate] = useLocation();
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        One row per claim with its speaker, outlet, source, status, credibility, tags, note, review
        state and links. The claims table is filtered; export those claims or all of them.
      </Text>
      <SegmentedControl
        value={scope}
        onChange={(v) => setScope(v as 'all' | 'filter')}
        data={[
          { value: 'filter', label: <FilterScopeLabel count={filter.count} /> },
          { value: 'all', label: 'All claims' },
        ]}
        data-testid="export-scope"
      />
      <Group>
        <Button
          leftSection={<IconFileSpreadsheet size={16} />}
          onClick={() =>
            void run(
              scope === 'filter' ? filter.ids() : null,
              scope === 'filter' ? 'filtered-claims' : 'claims',
            )
          }
          disabled={scope === 'filter' && !filter.count}
          data-testid="data-export-csv"
        >
          {scope === 'filter'
            ? `Export ${filter.count === null ? '' : n(filter.count)} filtered claims`
            : 'Export all claims'}
        </Button>
        <Anchor component="button" size="sm" onClick={() => navigate(claimsHref(filter.query))}>
          Show the filter in the table
        </Anchor>
      </Group>
    </Stack>
  );
}

function DataScreen() {
  const db = useDatabase();
  const platform = usePlatform();
  const importer = useOptionalImportDialog();
  const counts = useLiveQuery(() => storeCounts(db), [db]);
  const [progress, setProgress] = useState<{ title: string; progress: TaskProgress } | null>(null);
  const [csvPreview, setCsvPreview] = useState<Extract<CsvPreview, { ok: true }> | null>(null);
  const [csvProblem, setCsvProblem] = useState<{ file: string; problem: string } | null>(null);
  const [applying, setApplying] = useState(false);
  const [restore, setRestore] = useState<{ picked: PickedBackup; empty: boolean } | null>(null);
  const [restoreProblem, setRestoreProblem] = useState<{ file: string; problem: string } | null>(
    null,
  );
  const [clearOpen, setClearOpen] = useState(false);
  const [clearing, setClearing] = useState(false);

  const track = (title: string) => (p: TaskProgress) => setProgress({ title, progress: p });

  const backUp = async () => {
    track('Backing up')({ phase: 'Reading the store', done: 0, total: 7 });
    try {
      const file = await createBackup(db, track('Backing up'));
      const saved = await platform.saveFile({
        suggestedName: file.fileName,
        filters: [{ name: 'Claimdesk backup', extensions: ['json'] }],
        content: file.bytes,
      });
      if (saved.saved) {
        notifications.show({
          color: 'green',
          title: 'Backup saved',
          message: `${describeCounts(file.counts)}, with ${n(file.counts.events)} history entries and your settings: ${saved.path}.`,
        });
      }
    } catch (error) {
      notifyError('The backup could not be made', error);
    } finally {
      setProgress(null);
    }
  };

  const pickOne = async (filter: { name: string; extensions: string[] }) => {
    const [file] = await platform.openFiles({
      title: `Choose a ${filter.name}`,
      multiple: false,
      filters: [filter],
    });
    return file ?? null;
  };

  const chooseCsv = async () => {
    setCsvProblem(null);
    try {
      const file = await pickOne({ name: 'CSV file', extensions: ['csv', 'txt'] });
      if (!file) return;
      if ('error' in file) {
        setCsvProblem({ file: file.name, problem: file.error });
        return;
      }
      track('Reading the CSV')({
        phase: `Comparing ${file.name} with your store`,
        done: 0,
        total: 1,
      });
      await yieldToPage();
      const preview = await previewCsvImport(db, file.name, file.bytes);
      if (preview.ok) setCsvPreview(preview);
      else setCsvProblem({ file: file.name, problem: preview.problem });
    } catch (error) {
      notifyError('The CSV file could not be read', error);
    } finally {
      setProgress(null);
    }
  };

  const applyCsv = async () => {
    if (!csvPreview) return;
    setApplying(true);
    try {
      const group = await applyCsvImport(db, csvPreview.plan, csvPreview.fileName);
      setCsvPreview(null);
      notifications.show({
        color: 'green',
        title: group
          ? `Applied ${n(csvPreview.changes)} changes from ${csvPreview.fileName}`
          : 'Nothing changed',
        message: group ? 'One step in the history: Ctrl+Z undoes the whole import.' : '',
      });
    } catch (error) {
      notifyError('The changes were not applied; nothing was changed', error);
    } finally {
      setApplying(false);
    }
  };

  const chooseBackup = async () => {
    setRestoreProblem(null);
    try {
      const file = await pickOne({ name: 'Claimdesk backup', extensions: ['json'] });
      if (!file) return;
      if ('error' in file) {
        setRestoreProblem({ file: file.name, problem: file.error });
        return;
      }
      track('Checking the backup')({ phase: `Checking ${file.name}`, done: 0, total: 1 });
      await yieldToPage();
      const decoded = decodeText(file.bytes, { noun: 'backup' });
      const parsed = decoded.ok
        ? parseBackup(decoded.text, { schemaVersion: currentSchemaVersion })
        : { ok: false as const, problem: decoded.problem };
      if (!parsed.ok) {
        setRestoreProblem({ file: file.name, problem: parsed.problem });
        return;
      }
      setRestore({
        picked: { fileName: file.name, backup: parsed.backup, warnings: parsed.warnings },
        empty: await isStoreEmpty(db),
      });
    } catch (error) {
      setRestoreProblem({ file: 'The backup', problem: errorMessage(error) });
    } finally {
      setProgress(null);
    }
  };

  const clear = async () => {
    setClearing(true);
    try {
      const cleared = await clearStore(db);
      setClearOpen(false);
      notifications.show({
        title: 'Store cleared',
        message: `Removed ${describeCounts(cleared)} and ${n(cleared.events)} history entries. Settings were kept.`,
      });
    } catch (error) {
      notifyError('The store was not cleared', error);
    } finally {
      setClearing(false);
    }
  };

  const hasWork = counts
    ? counts.sources +
        counts.claims +
        counts.speakers +
        counts.outlets +
        counts.links +
        counts.events >
      0
    : false;

  return (
    <Container size="lg" py="lg" px="xl" data-testid="data-view">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={2}>Data</Title>
          <Text c="dimmed" size="sm" data-testid="store-summary">
            {counts
              ? `Your store: ${describeCounts(counts)}; ${n(counts.events)} history entries. Everything stays on this computer.`
              : 'Counting…'}
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Section icon={<IconFileImport size={20} />} title="Import articles" testId="data-import">
            <Text size="sm" c="dimmed">
              Plain text, Markdown and web pages (.txt, .md, .html): several files, a whole folder,
              or pasted text. You can also drop files and folders anywhere on the window. Claimdesk
              finds each article’s title, outlet, author and date for you to check, and suggests its
              claims. Web pages are reduced to their article; nothing in them runs.
            </Text>
            <Group>
              <Button
                leftSection={<IconFileImport size={16} />}
                onClick={() => importer?.open()}
                disabled={!importer}
                data-testid="data-import-open"
              >
                Import articles…
              </Button>
            </Group>
          </Section>

          <Section
            icon={<IconFileSpreadsheet size={20} />}
            title="Export claims to CSV"
            testId="data-export"
            color="teal"
          >
            <ExportSection />
          </Section>

          <Section
            icon={<IconTableImport size={20} />}
            title="Re-import an edited CSV"
            testId="data-csv-import"
            color="teal"
          >
            <Text size="sm" c="dimmed">
              Changed statuses, credibility, tags, notes, review states or speakers in an exported
              CSV? Claimdesk matches the rows by claim id and shows every change before applying
              them as one undoable step.
            </Text>
            <Group>
              <Button
                variant="default"
                leftSection={<IconTableImport size={16} />}
                onClick={() => void chooseCsv()}
                data-testid="data-csv-choose"
              >
                Choose an edited CSV…
              </Button>
            </Group>
            {csvProblem && (
              <FileProblem
                file={csvProblem.file}
                problem={csvProblem.problem}
                testId="csv-error"
                onClose={() => setCsvProblem(null)}
              />
            )}
          </Section>

          <Section
            icon={<IconDatabaseExport size={20} />}
            title="Back up"
            testId="data-backup"
            color="grape"
          >
            <Text size="sm" c="dimmed">
              Your whole store in one JSON file: sources, claims, speakers, outlets, links, the
              history of changes and your settings. Keep it somewhere safe, or give it to a
              colleague to merge into theirs.
            </Text>
            <Group>
              <Button
                leftSection={<IconDatabaseExport size={16} />}
                color="grape"
                onClick={() => void backUp()}
                data-testid="data-backup-run"
              >
                Back up…
              </Button>
            </Group>
          </Section>

          <Section
            icon={<IconDatabaseImport size={20} />}
            title="Restore or merge a backup"
            testId="data-restore"
            color="grape"
          >
            <Text size="sm" c="dimmed">
              The file is checked completely before anything is written. Into an empty store it is
              restored as it was; into a store with work it is merged (nothing duplicated, newer
              changes win, conflicts listed) or replaces it, as you choose.
            </Text>
            <Group>
              <Button
                variant="default"
                leftSection={<IconDatabaseImport size={16} />}
                onClick={() => void chooseBackup()}
                data-testid="data-restore-choose"
              >
                Choose a backup…
              </Button>
            </Group>
            {restoreProblem && (
              <FileProblem
                file={restoreProblem.file}
                problem={restoreProblem.problem}
                testId="restore-problem"
                onClose={() => setRestoreProblem(null)}
              />
            )}
          </Section>

          <Section
            icon={<IconTrash size={20} />}
            title="Clear the store"
            testId="data-clear"
            danger
          >
            <Text size="sm" c="dimmed">
              Removes every source, claim, speaker, outlet, link and the history from this computer;
              settings stay. Cannot be undone: back up first.
            </Text>
            <Group>
              <Button
                color="red"
                variant="light"
                leftSection={<IconTrash size={16} />}
                onClick={() => setClearOpen(true)}
                disabled={!hasWork}
                data-testid="data-clear-open"
              >
                Clear the store…
              </Button>
            </Group>
          </Section>
        </SimpleGrid>
      </Stack>

      <ProgressModal title={progress?.title ?? ''} progress={progress?.progress ?? null} />
      {csvPreview && (
        <CsvImportPreview
          fileName={csvPreview.fileName}
          plan={csvPreview.plan}
          changes={csvPreview.changes}
          applying={applying}
          onApply={() => void applyCsv()}
          onClose={() => setCsvPreview(null)}
        />
      )}
      {restore && (
        <RestoreDialog
          picked={restore.picked}
          storeEmpty={restore.empty}
          onClose={() => setRestore(null)}
          onBackupFirst={() => void backUp()}
        />
      )}
      <ClearStoreDialog
        opened={clearOpen}
        counts={counts ?? null}
        busy={clearing}
        onClose={() => setClearOpen(false)}
        onBackupFirst={() => void backUp()}
        onConfirm={() => void clear()}
      />
    </Container>
  );
}

/**
 * The Data screen (route `/data`): import articles, export claims to CSV, re-import an edited
 * CSV, back up, restore or merge, clear the store.
 */
export function DataView() {
  const importer = useOptionalImportDialog();
  return importer ? (
    <DataScreen />
  ) : (
    <ImportDialogProvider>
      <DataScreen />
    </ImportDialogProvider>
  );
}
