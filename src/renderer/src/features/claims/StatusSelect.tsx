import { ColorSwatch, Group, Select, Text } from '@mantine/core';
import type { StatusDefinition } from '@shared/statuses';

/** Picks a corroboration status; each option shows its colour and what it means. */
export function StatusSelect({
  statuses,
  value,
  onChange,
  label,
  size = 'sm',
}: {
  statuses: StatusDefinition[];
  value: string;
  onChange: (status: string) => void;
  label?: string;
  size?: 'xs' | 'sm';
}) {
  const byId = new Map(statuses.map((s) => [s.id, s]));
  const current = byId.get(value);
  return (
    <Select
      label={label}
      aria-label={label ?? 'Status'}
      size={size}
      data-testid="status-select"
      data={statuses.map((s) => ({ value: s.id, label: s.label }))}
      value={value}
      allowDeselect={false}
      onChange={(next) => next && next !== value && onChange(next)}
      leftSection={
        current ? (
          <ColorSwatch color={`var(--mantine-color-${current.color}-5)`} size={12} />
        ) : null
      }
      renderOption={({ option }) => {
        const status = byId.get(option.value);
        return (
          <Group gap="xs" wrap="nowrap">
            <ColorSwatch
              color={`var(--mantine-color-${status?.color ?? 'gray'}-5)`}
              size={12}
            />
            <div>
              <Text size="sm">{option.label}</Text>
              {status && (
                <Text size="xs" c="dimmed">
                  {status.description}
                </Text>
              )}
            </div>
          </Group>
        );
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
