import {
  Alert,
  Button,
  Collapse,
  Group,
  Modal,
  Progress,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { IconClipboardText, IconFiles, IconFolder, IconInfoCircle } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { detailsInvalid } from './DetailsFields';
import { ImportResults } from './ImportResults';
import { PreviewTable } from './PreviewTable';
import { importable, type ArticleImport } from './useArticleImport';

function Counted({
  label,
  done,
  total,
  current,
}: {
  label: string;
  done: number;
  total: number;
  current: string | null;
}) {
  return (
    <Stack gap={6} data-testid="import-progress">
      <Progress value={total ? (done / total) * 100 : 0} aria-label={label} />
      <Text size="sm" c="dimmed">
        {label} {Math.min(done + 1, total)} of {total}
        {current ? ` · ${current}` : ''}
      </Text>
    </Stack>
  );
}

/**
 * Import articles: add files, a folder, dropped files or pasted text; check and correct what
 * Claimdesk found (title, outlet, author, date, type) and see duplicates and unreadable files;
 * import with progress; then a result for every file.
 */
export function ImportDialog({
  opened,
  onClose,
  state,
  onPickFiles,
  onPickFolder,
  onOpenSource,
}: {
  opened: boolean;
  onClose: () => void;
  state: ArticleImport;
  onPickFiles: () => void;
  onPickFolder: () => void;
  onOpenSource: (sourceId: string) => void;
}) {
  const db = useDatabase();
  const [pasteOpen, setPasteOpen] = useState(false);
  const [pasteText, setPasteText] = useState('');
  const outlets = useLiveQuery(
    async () => (await db.outlets.orderBy('name').toArray()).map((o) => o.name),
    [db],
    [],
  );
  const { inputs, details, phase, notice } = state;
  const ready = inputs.filter(importable);
  const invalid = ready.some((i) => detailsInvalid(details[i.key]));
  const working = phase.kind === 'reading' || phase.kind === 'importing';
  const failed = inputs.filter((i) => i.state === 'failed').length;
  const repeats = inputs.length - ready.length - failed;

  const addPaste = () => {
    const text = pasteText;
    if (!text.trim()) return;
    setPasteText('');
    setPasteOpen(false);
    void state.addPaste(text);
  };

  return (
    <Modal
      opened={opened}
      onClose={working ? () => {} : onClose}
      closeOnEscape={!working}
      closeOnClickOutside={false}
      withCloseButton={!working}
      size="min(1240px, 96vw)"
      title={<Text fw={700}>Import articles</Text>}
      data-testid="import-dialog"
    >
      {phase.kind === 'done' ? (
        <Stack>
          <ImportResults results={phase.results} onOpen={onOpenSource} />
          <Group justify="flex-end">
            <Button variant="default" onClick={state.reset}>
              Import more
            </Button>
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Group gap="xs">
            <Button leftSection={<IconFiles size={16} />} onClick={onPickFiles} disabled={working}>
              Choose files…
            </Button>
            <Button
              variant="default"
              leftSection={<IconFolder size={16} />}
              onClick={onPickFolder}
              disabled={working}
            >
              Choose a folder…
            </Button>
            <Button
              variant={pasteOpen ? 'light' : 'default'}
              leftSection={<IconClipboardText size={16} />}
              onClick={() => setPasteOpen((o) => !o)}
              disabled={working}
              aria-expanded={pasteOpen}
            >
              Paste text
            </Button>
            <Text size="sm" c="dimmed" ml="xs">
              .txt, .md and .html files · or drop files and folders anywhere on the window
            </Text>
          </Group>
          <Collapse expanded={pasteOpen}>
            <Stack gap="xs">
              <Textarea
                label="Article text"
                description="Paste the article as it appears, headline and byline included: Claimdesk finds the title, outlet, author and date, and you can correct them below before importing."
                autosize
                minRows={6}
                maxRows={14}
                value={pasteText}
                onChange={(e) => setPasteText(e.currentTarget.value)}
                data-testid="paste-text"
              />
              <Group justify="flex-end">
                <Button onClick={addPaste} disabled={!pasteText.trim()} data-testid="paste-add">
                  Add pasted text
                </Button>
              </Group>
            </Stack>
          </Collapse>
          {notice && (
            <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />}>
              {notice}
            </Alert>
          )}
          {phase.kind === 'reading' && (
            <Counted
              label="Reading"
              done={phase.done}
              total={phase.total}
              current={phase.current}
            />
          )}
          {phase.kind === 'importing' && (
            <Counted
              label="Importing"
              done={phase.done}
              total={phase.total}
              current={phase.current}
            />
          )}
          {inputs.length > 0 ? (
            <>
              <Text size="sm" data-testid="import-summary">
                <b>{ready.length}</b> to import
                {repeats > 0 && ` · ${repeats} already in your store or repeated`}
                {failed > 0 && ` · ${failed} cannot be imported`}. Check the details Claimdesk found
                and correct them where needed; you can also edit them later from the reader.
              </Text>
              <PreviewTable
                inputs={inputs}
                details={details}
                outlets={outlets}
                onEdit={state.edit}
                onRemove={state.remove}
              />
            </>
          ) : (
            phase.kind === 'collect' && (
              <Text size="sm" c="dimmed" py="xl" ta="center">
                Nothing added yet. Each article is read here first, so you can check its details
                before anything is stored.
              </Text>
            )
          )}
          <Group
            justify="flex-end"
            pt="sm"
            pb="xs"
            style={{
              position: 'sticky',
              bottom: 0,
              zIndex: 2,
              background: 'var(--mantine-color-body)',
              borderTop: '1px solid var(--mantine-color-default-border)',
            }}
          >
            <Button variant="default" onClick={onClose} disabled={working}>
              Cancel
            </Button>
            <Button
              onClick={() => void state.run()}
              disabled={working || ready.length === 0 || invalid}
              loading={phase.kind === 'importing'}
              data-testid="import-run"
            >
              {ready.length === 1 ? 'Import 1 article' : `Import ${ready.length} articles`}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
