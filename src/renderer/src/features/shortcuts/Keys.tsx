import { Group, Kbd } from '@mantine/core';
import { hotkeyParts, type AppAction } from './actions';

/** An action's keys as keyboard caps. */
export function Keys({
  action,
  size = 'xs',
}: {
  action: Pick<AppAction, 'hotkey' | 'keysLabel'>;
  size?: 'xs' | 'sm';
}) {
  if (!action.hotkey && !action.keysLabel) return null;
  const parts = action.keysLabel ? [action.keysLabel] : hotkeyParts(action.hotkey!);
  return (
    <Group gap={3} wrap="nowrap">
      {parts.map((part, index) => (
        <Kbd key={index} size={size}>
          {part}
        </Kbd>
      ))}
    </Group>
  );
}
