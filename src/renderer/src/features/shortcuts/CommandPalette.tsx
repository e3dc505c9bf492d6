import '@mantine/spotlight/styles.css';
import { Spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import type { AppAction } from './actions';
import { Keys } from './Keys';

/** Mantine Spotlight over every enabled action (Ctrl+K). */
export function CommandPalette({ actions }: { actions: AppAction[] }) {
  const data: SpotlightActionData[] = actions
    .filter((a) => a.enabled)
    .map((action) => ({
      id: action.id,
      label: action.label,
      description: action.description,
      group: action.group,
      keywords: [action.group, action.id],
      rightSection: <Keys action={action} />,
      onClick: action.run,
    }));
  return (
    <Spotlight
      actions={data}
      shortcut="mod+k"
      nothingFound="No action matches"
      highlightQuery
      limit={60}
      scrollable
      maxHeight={460}
      searchProps={{ leftSection: <IconSearch size={18} />, placeholder: 'Type a command…' }}
      styles={{
        action: { padding: '8px 12px', borderRadius: 'var(--mantine-radius-sm)' },
        actionsGroup: { padding: '4px 8px' },
      }}
    />
  );
}
