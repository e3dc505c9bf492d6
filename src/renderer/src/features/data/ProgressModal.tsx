import { Modal, Progress, Stack, Text } from '@mantine/core';
import { formatCount } from '../../lib/numbers';

export interface TaskProgress {
  phase: string;
  done: number;
  total: number;
}

/** Progress of a long task (export, backup, restore); it cannot be dismissed while it runs. */
export function ProgressModal({
  title,
  progress,
}: {
  title: string;
  progress: TaskProgress | null;
}) {
  const percent =
    progress && progress.total > 0 ? Math.min(100, (progress.done / progress.total) * 100) : 0;
  const counted = progress && progress.total > 1;
  return (
    <Modal
      opened={progress !== null}
      onClose={() => {}}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      centered
      title={title}
    >
      <Stack gap="xs" data-testid="data-progress">
        <Progress value={counted ? percent : 100} animated aria-label={`${title} progress`} />
        <Text size="sm" c="dimmed">
          {progress?.phase}
          {counted
            ? ` · ${formatCount(progress.done)} of ${formatCount(progress.total)}`
            : ''}
        </Text>
      </Stack>
    </Modal>
  );
}
