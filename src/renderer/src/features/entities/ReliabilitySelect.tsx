import { Badge, Group, Select, Text, Tooltip } from '@mantine/core';
import type { Reliability } from '@shared/model';
import { reliabilityGrades } from '../../db/entities';

const gradeColors: Record<Reliability, string> = {
  A: 'green',
  B: 'teal',
  C: 'yellow',
  D: 'orange',
  E: 'red',
  F: 'gray',
};

// The letter shows as a badge beside the label, so the label is the meaning alone.
const data = reliabilityGrades.map((g) => ({ value: g.value, label: g.label }));

/** The outlet's Admiralty reliability grade (A–F), or none. */
export function ReliabilitySelect({
  value,
  onChange,
  label,
  size = 'sm',
  ariaLabel,
}: {
  value: Reliability | null;
  onChange: (grade: Reliability | null) => void;
  label?: string;
  size?: 'xs' | 'sm';
  ariaLabel?: string;
}) {
  return (
    <Select
      label={label}
      aria-label={ariaLabel ?? label ?? 'Reliability'}
      description={label ? 'Admiralty grade of the outlet as a source.' : undefined}
      size={size}
      data={data}
      value={value}
      placeholder="Not graded"
      clearable
      onChange={(next) => {
        const grade = (next as Reliability | null) ?? null;
        if (grade !== value) onChange(grade);
      }}
      leftSection={value ? <GradeBadge grade={value} /> : null}
      leftSectionWidth={value ? 34 : undefined}
      renderOption={({ option }) => {
        const grade = reliabilityGrades.find((g) => g.value === option.value)!;
        return (
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <GradeBadge grade={grade.value} />
            <div>
              <Text size="sm">{grade.label}</Text>
              <Text size="xs" c="dimmed">
                {grade.description}
              </Text>
            </div>
          </Group>
        );
      }}
      comboboxProps={{ withinPortal: true, width: 340, position: 'bottom-start' }}
    />
  );
}

/** A grade letter in its colour, with its meaning on hover. */
export function GradeBadge({ grade }: { grade: Reliability }) {
  const meaning = reliabilityGrades.find((g) => g.value === grade);
  return (
    <Tooltip label={meaning?.label} withinPortal>
      <Badge
        color={gradeColors[grade]}
        variant="light"
        size="sm"
        radius="sm"
        px={6}
        style={{ flex: 'none' }}
        aria-label={`Grade ${grade}`}
      >
        {grade}
      </Badge>
    </Tooltip>
  );
}
