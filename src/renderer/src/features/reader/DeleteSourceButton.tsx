import { ActionIcon, Button, Group, Modal, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useDatabase } from '../../app/DatabaseContext';
import { deleteSource } from '../../db/sources';
import { notifyError } from '../../lib/errors';

/** Deletes a source after a confirmation; the step can be undone (Ctrl+Z). */
export function DeleteSourceButton({
  sourceId,
  title,
  claims,
  onDeleted,
}: {
  sourceId: string;
  title: string;
  claims: number;
  onDeleted: () => void;
}) {
  const db = useDatabase();
  const [opened, { open, close }] = useDisclosure(false);
  const confirm = async () => {
    try {
      await deleteSource(db, sourceId, title);
      close();
      onDeleted();
      notifications.show({ title: 'Source deleted', message: 'Press Ctrl+Z to undo.' });
    } catch (error) {
      notifyError('The source was not deleted', error);
    }
  };
  return (
    <>
      <Tooltip label="Delete this source (undoable)">
        <ActionIcon
          variant="subtle"
          color="red"
          onClick={open}
          aria-label="Delete"
          style={{ flexShrink: 0 }}
        >
          <IconTrash size={18} />
        </ActionIcon>
      </Tooltip>
      <Modal opened={opened} onClose={close} title="Delete this source?" centered>
        <Text size="sm">
          “{title}” and its {claims} claims will be removed from the store. You can undo this with
          Ctrl+Z, and bundled articles can be brought back with “Re-import bundled articles”.
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" onClick={() => void confirm()} data-autofocus>
            Delete source
          </Button>
        </Group>
      </Modal>
    </>
  );
}
