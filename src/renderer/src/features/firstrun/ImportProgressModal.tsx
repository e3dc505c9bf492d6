import { Modal, Progress, Stack, Text } from '@mantine/core';
import type { ImportProgress } from '../../db/import/seeds';

/** Progress of a seed import; it cannot be dismissed while the import runs. */
export function ImportProgressModal({ progress }: { progress: ImportProgress | null }) {
  const percent = progress && progress.total > 0 ? (progress.done / progress.total) * 100 : 0;
  return (
    <Modal
      opened={progress !== null}
      onClose={() => {}}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      centered
      title="Importing the bundled articles"
    >
      <Stack gap="xs" data-testid="import-progress">
        <Progress value={percent} animated aria-label="Import progress" />
        <Text size="sm" c="dimmed">
          {progress ? `${progress.done} of ${progress.total}` : ''}
          {progress?.current ? ` · ${progress.current}` : ''}
        </Text>
      </Stack>
    </Modal>
  );
}
