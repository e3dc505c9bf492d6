import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { Edge, Step } from '@core/anchors';

/** Widen or narrow the claim by a word at either end ([ ] move the start, { } the end… see help). */
export function BoundaryControls({ onStep }: { onStep: (edge: Edge, step: Step) => void }) {
  const button = (edge: Edge, step: Step, label: string, icon: 'left' | 'right', keys: string) => (
    <Tooltip label={`${label} (${keys})`} withArrow>
      <ActionIcon variant="default" size="sm" aria-label={label} onClick={() => onStep(edge, step)}>
        {icon === 'left' ? <IconChevronLeft size={14} /> : <IconChevronRight size={14} />}
      </ActionIcon>
    </Tooltip>
  );
  return (
    <Group gap={6} justify="space-between" wrap="nowrap">
      <Group gap={4} wrap="nowrap">
        <Text size="xs" c="dimmed" mr={2}>
          Start
        </Text>
        {button('start', 'widen', 'Widen the start by a word', 'left', 'Alt+←')}
        {button('start', 'narrow', 'Narrow the start by a word', 'right', 'Alt+→')}
      </Group>
      <Group gap={4} wrap="nowrap">
        <Text size="xs" c="dimmed" mr={2}>
          End
        </Text>
        {button('end', 'narrow', 'Narrow the end by a word', 'left', 'Alt+Shift+←')}
        {button('end', 'widen', 'Widen the end by a word', 'right', 'Alt+Shift+→')}
      </Group>
    </Group>
  );
}
