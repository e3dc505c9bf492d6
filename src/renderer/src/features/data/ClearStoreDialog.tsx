import { Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { TableCounts } from '@core/backup';
import { n } from './tables';

const word = 'clear';

/** Confirms emptying the store: what goes, what stays, a backup offered first, the word typed. */
export function ClearStoreDialog({
  opened,
  counts,
  busy,
  onClose,
  onBackupFirst,
  onConfirm,
}: {
  opened: boolean;
  counts: TableCounts | null;
  busy: boolean;
  onClose: () => void;
  onBackupFirst: () => void;
  onConfirm: () => void;
}) {
  const [typed, setTyped] = useState('');
  const close = () => {
    setTyped('');
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={<Text fw={700}>Clear the store?</Text>}
      centered
      size="lg"
    >
      <Stack gap="sm" data-testid="clear-dialog">
        <Text size="sm">This removes all your work from this computer:</Text>
        {counts && (
          <List size="sm">
            <List.Item>
              {n(counts.sources)} sources and {n(counts.claims)} claims with their statuses, tags
              and notes
            </List.Item>
            <List.Item>
              {n(counts.speakers)} speakers, {n(counts.outlets)} outlets and {n(counts.links)} links
            </List.Item>
            <List.Item>the history of {n(counts.events)} changes (undo starts afresh)</List.Item>
          </List>
        )}
        <Text size="sm">
          Your settings (status vocabulary, editor name) stay. Clearing cannot be undone; only a
          backup brings the work back.
        </Text>
        <Group>
          <Button variant="default" onClick={onBackupFirst}>
            Back up first
          </Button>
        </Group>
        <TextInput
          label={`Type “${word}” to confirm`}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          data-testid="clear-confirm-input"
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            color="red"
            disabled={typed.trim().toLowerCase() !== word}
            loading={busy}
            onClick={() => {
              setTyped('');
              onConfirm();
            }}
            data-testid="clear-confirm"
          >
            Clear the store
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
