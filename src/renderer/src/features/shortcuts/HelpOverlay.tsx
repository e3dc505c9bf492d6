import { Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { AppAction } from './actions';
import { Keys } from './Keys';

const groupOrder: AppAction['group'][] = [
  'Review',
  'Claim',
  'Reader',
  'Navigate',
  'History',
  'App',
];

/** Every keyboard shortcut, grouped; opened with “?”. */
export function HelpOverlay({
  opened,
  onClose,
  actions,
}: {
  opened: boolean;
  onClose: () => void;
  actions: AppAction[];
}) {
  const withKeys = actions.filter((a) => a.hotkey && !a.id.startsWith('status-'));
  const statusActions = actions.filter((a) => a.id.startsWith('status-'));
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Title order={3}>Keyboard shortcuts</Title>}
      size="xl"
      centered
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl" data-testid="help-overlay">
        {groupOrder.map((group) => {
          const items = withKeys.filter((a) => a.group === group);
          if (items.length === 0 && !(group === 'Claim' && statusActions.length)) return null;
          return (
            <Stack key={group} gap={6}>
              <Text fw={700} size="sm" c="dimmed" tt="uppercase">
                {group}
              </Text>
              {items.map((action) => (
                <Group key={action.id} justify="space-between" wrap="nowrap" gap="md">
                  <Text size="sm">{action.label}</Text>
                  <Keys action={action} />
                </Group>
              ))}
              {group === 'Claim' && statusActions.length > 0 && (
                <Group justify="space-between" wrap="nowrap" gap="md">
                  <Text size="sm">
                    Set status (
                    {statusActions.map((a) => a.label.replace('Set status: ', '')).join(', ')})
                  </Text>
                  <Keys action={{ keysLabel: `1–${statusActions.length}` }} />
                </Group>
              )}
            </Stack>
          );
        })}
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="lg">
        Shortcuts work when no text field has focus. Every action is also in the command palette
        (Ctrl+K).
      </Text>
    </Modal>
  );
}
