import { useHotkeys } from '@mantine/hooks';
import type { AppAction } from './actions';

/** True when the key was pressed inside a modal, the palette or a menu: those own their keys. */
const inDialog = (event: KeyboardEvent) =>
  event.target instanceof Element &&
  event.target.closest('[role="dialog"], [role="menu"]') !== null;

/**
 * Binds each enabled action's hotkey. Text fields keep their keys (Mantine's default), and so do
 * dialogs: Escape closing a modal must not also close the open claim.
 */
export function useActionHotkeys(actions: AppAction[]) {
  useHotkeys(
    actions
      .filter((a) => a.hotkey && !a.boundElsewhere && a.enabled)
      .map(
        (action) =>
          [
            action.hotkey!,
            (event: KeyboardEvent) => {
              if (!inDialog(event)) action.run();
            },
          ] as [string, (event: KeyboardEvent) => void],
      ),
  );
}
