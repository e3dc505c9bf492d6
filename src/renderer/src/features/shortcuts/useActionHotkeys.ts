import { useHotkeys } from '@mantine/hooks';
import type { AppAction } from './actions';

/** Binds each action's hotkey; disabled actions swallow nothing. Text fields keep their keys. */
export function useActionHotkeys(actions: AppAction[]) {
  useHotkeys(
    actions
      .filter((a) => a.hotkey && !a.boundElsewhere && a.enabled)
      .map((action) => [action.hotkey!, () => action.run()] as [string, () => void]),
  );
}
