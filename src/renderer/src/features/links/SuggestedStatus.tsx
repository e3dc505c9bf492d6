import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import type { SuggestedStatus as Suggestion } from '@core/corroboration';
import { useStatuses } from '../../lib/useStatuses';
import { useClaimActions } from '../claims/useClaimActions';

/**
 * The status the links suggest, with the reason, next to the editor's own status: a suggestion
 * only. "Use it" sets it as one undoable step; nothing changes the status without the editor.
 */
export function SuggestedStatus({
  claimId,
  current,
  suggestion,
}: {
  claimId: string;
  current: string;
  suggestion: Suggestion;
}) {
  const { describe } = useStatuses();
  const actions = useClaimActions();
  const suggested = describe(suggestion.status);
  const agrees = suggestion.status === current;
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="suggested-status">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap={6} wrap="nowrap">
          <IconSparkles size={16} color={`var(--mantine-color-${suggested.color}-6)`} />
          <Text size="xs" c="dimmed">
            Links suggest
          </Text>
          <Badge color={suggested.color} variant="light" data-testid="suggested-status-value">
            {suggested.label}
          </Badge>
        </Group>
        {agrees ? (
          <Text size="xs" c="dimmed">
            as you set it
          </Text>
        ) : (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => void actions.changeStatus(claimId, suggestion.status)}
            title={`Set the status to ${suggested.label} (undoable); your status stays until you do`}
          >
            Use it
          </Button>
        )}
      </Group>
      <Text size="xs" mt={4} data-testid="suggested-status-reason">
        {suggestion.reason}
      </Text>
      {!agrees && (
        <Text size="xs" c="dimmed" mt={2}>
          Your status stays {describe(current).label} until you change it.
        </Text>
      )}
    </Paper>
  );
}
