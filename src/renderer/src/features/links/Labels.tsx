import { Badge, Group, Text, Tooltip } from '@mantine/core';
import type { LinkRelation, Outlet, Reliability } from '@shared/model';
import { reliabilityGrades } from '../../db/entities';
import { useStatuses } from '../../lib/useStatuses';
import { relationMeta } from './relations';

export const gradeColors: Record<Reliability, string> = {
  A: 'green',
  B: 'teal',
  C: 'yellow',
  D: 'orange',
  E: 'red',
  F: 'gray',
};

/** An outlet's name with its Admiralty reliability grade (A–F) as a small badge. */
export function OutletName({
  outlet,
  size = 'xs',
  showUngraded = false,
}: {
  outlet: Outlet | null;
  size?: 'xs' | 'sm';
  /** Say "ungraded" when the outlet has no grade (else nothing is shown for it). */
  showUngraded?: boolean;
}) {
  if (!outlet) {
    return (
      <Text size={size} c="dimmed" span>
        Unknown outlet
      </Text>
    );
  }
  const grade = outlet.reliability
    ? reliabilityGrades.find((g) => g.value === outlet.reliability)
    : undefined;
  return (
    <Group gap={4} wrap="nowrap" display="inline-flex" style={{ verticalAlign: 'middle' }}>
      <Text size={size} fw={500} span>
        {outlet.name}
      </Text>
      {grade ? (
        <Tooltip label={`Reliability ${grade.value}: ${grade.label}`}>
          <Badge
            size="xs"
            variant="light"
            color={gradeColors[grade.value]}
            px={4}
            aria-label={`reliability ${grade.value}`}
          >
            {grade.value}
          </Badge>
        </Tooltip>
      ) : (
        showUngraded && (
          <Tooltip label="No Admiralty reliability grade yet (set it on the Outlets screen)">
            <Text span size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              ungraded
            </Text>
          </Tooltip>
        )
      )}
    </Group>
  );
}

/** A claim's status in its colour. */
export function StatusBadge({ status, size = 'xs' }: { status: string; size?: 'xs' | 'sm' }) {
  const { describe } = useStatuses();
  const s = describe(status);
  return (
    <Badge size={size} variant="light" color={s.color} title={s.description}>
      {s.label}
    </Badge>
  );
}

/** A link's relation, with its icon and colour. */
export function RelationBadge({
  relation,
  size = 'sm',
  suggested = false,
}: {
  relation: LinkRelation;
  size?: 'xs' | 'sm';
  suggested?: boolean;
}) {
  const meta = relationMeta(relation);
  const Icon = meta.icon;
  return (
    <Badge
      size={size}
      color={meta.color}
      variant={suggested ? 'outline' : 'light'}
      leftSection={<Icon size={12} />}
      data-relation={relation}
    >
      {meta.label}
    </Badge>
  );
}

/** The first `max` characters of a claim, on a word boundary. */
export function excerpt(text: string, max = 140): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf(' ', max);
  return `${clean.slice(0, cut > max * 0.6 ? cut : max)}…`;
}
