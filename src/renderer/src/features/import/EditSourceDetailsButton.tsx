import { ActionIcon, Button, Group, Modal, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import type { ArticleDetails } from '../../db/import/articles';
import { detailsProblem, updateSourceDetails } from '../../db/import/details';
import { notifyError } from '../../lib/errors';
import { detailsFields } from './DetailsFields';

/**
 * "Edit details" of a source after import: title, outlet, author, publication date and type,
 * saved as one undoable step (Ctrl+Z). Mount it in the reader's header beside the delete button.
 */
export function EditSourceDetailsButton({ sourceId }: { sourceId: string }) {
  const db = useDatabase();
  const [opened, { open, close }] = useDisclosure(false);
  const [draft, setDraft] = useState<ArticleDetails | null>(null);
  const [saving, setSaving] = useState(false);
  const outlets = useLiveQuery(
    async () => (await db.outlets.orderBy('name').toArray()).map((o) => o.name),
    [db],
    [],
  );

  const start = async () => {
    const source = await db.sources.get(sourceId);
    if (!source) return;
    const outlet = source.outletId ? await db.outlets.get(source.outletId) : undefined;
    setDraft({
      title: source.title,
      outlet: outlet?.name ?? null,
      author: source.author,
      publishedAt: source.publishedAt,
      kind: source.kind,
    });
    open();
  };

  const save = async () => {
    if (!draft) return;
    setSaving(true);
    try {
      await updateSourceDetails(db, sourceId, draft);
      close();
      notifications.show({ title: 'Details saved', message: 'Press Ctrl+Z to undo.' });
    } catch (error) {
      notifyError('The details were not saved', error);
    } finally {
      setSaving(false);
    }
  };

  const fields = draft
    ? detailsFields({
        details: draft,
        onChange: (patch) => setDraft((d) => (d ? { ...d, ...patch } : d)),
        outlets,
      })
    : null;
  const problem = draft ? detailsProblem(draft) : null;

  return (
    <>
      <Tooltip label="Edit details: title, outlet, author, date, type">
        <ActionIcon
          variant="subtle"
          color="gray"
          onClick={() => void start()}
          aria-label="Edit details"
          data-testid="edit-source-details"
          style={{ flexShrink: 0 }}
        >
          <IconPencil size={18} />
        </ActionIcon>
      </Tooltip>
      <Modal opened={opened} onClose={close} title="Edit details" centered size="lg">
        {fields && (
          <Stack>
            {fields.title}
            <SimpleGrid cols={2}>
              {fields.outlet}
              {fields.author}
              {fields.date}
              {fields.kind}
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              A new outlet name is matched to an outlet you have (by name or alias) or added; the
              source’s claims move with it. One undoable step.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button
                onClick={() => void save()}
                loading={saving}
                disabled={problem !== null}
                data-testid="details-save"
              >
                Save details
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
