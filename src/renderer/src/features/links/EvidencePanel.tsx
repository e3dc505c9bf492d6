import { ActionIcon, Anchor, Group, Menu, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconDots, IconNote, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useClaimSelection } from '../../app/ClaimSelection';
import { OutletName, RelationBadge, StatusBadge, excerpt } from './Labels';
import { relations } from './relations';
import type { EvidenceEntry } from './useClaimEvidence';
import { useLinkActions } from './useLinkActions';

function NoteField({
  initial,
  onSave,
  onDone,
}: {
  initial: string;
  onSave: (note: string) => void;
  onDone: () => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <TextInput
      size="xs"
      mt={4}
      autoFocus
      aria-label="Link note"
      placeholder="Why these claims are linked (Enter saves)"
      value={value}
      onChange={(event) => setValue(event.currentTarget.value)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') {
          onSave(value);
          onDone();
        }
        if (event.key === 'Escape') onDone();
      }}
      onBlur={() => {
        if (value !== initial) onSave(value);
        onDone();
      }}
    />
  );
}

function EvidenceItem({ entry }: { entry: EvidenceEntry }) {
  const { selectClaim } = useClaimSelection();
  const actions = useLinkActions();
  const [editing, setEditing] = useState(false);
  const { link, other, speaker, outlet, source } = entry;
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="evidence-item" data-relation={link.relation}>
      <Group justify="space-between" wrap="nowrap" gap={4}>
        <RelationBadge relation={link.relation} size="xs" />
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label="Change or remove this link"
            >
              <IconDots size={14} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>Relation</Menu.Label>
            {relations.map((r) => (
              <Menu.Item
                key={r.id}
                leftSection={<r.icon size={14} />}
                color={r.id === link.relation ? r.color : undefined}
                disabled={r.id === link.relation}
                onClick={() => void actions.setRelation(link.id, r.id)}
              >
                {r.label}
              </Menu.Item>
            ))}
            <Menu.Divider />
            <Menu.Item leftSection={<IconNote size={14} />} onClick={() => setEditing(true)}>
              {link.note ? 'Edit the note' : 'Add a note'}
            </Menu.Item>
            <Menu.Item
              color="red"
              leftSection={<IconTrash size={14} />}
              onClick={() => void actions.unlink(link.id)}
            >
              Remove the link
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Anchor
        component="button"
        type="button"
        size="sm"
        c="inherit"
        ta="left"
        mt={4}
        display="block"
        onClick={() => selectClaim(other.id)}
        title="Open this claim"
      >
        “{excerpt(other.text, 160)}”
      </Anchor>
      <Group gap={6} mt={4} wrap="wrap">
        <Text size="xs" fw={500}>
          {speaker?.name ?? 'Unattributed'}
        </Text>
        <Text size="xs" c="dimmed">
          in
        </Text>
        <OutletName outlet={outlet} />
        <StatusBadge status={other.status} />
      </Group>
      {source && (
        <Text size="xs" c="dimmed" lineClamp={1} mt={2}>
          {source.title}
        </Text>
      )}
      {editing ? (
        <NoteField
          initial={link.note}
          onSave={(note) => void actions.setNote(link.id, note)}
          onDone={() => setEditing(false)}
        />
      ) : (
        link.note && (
          <Text size="xs" fs="italic" mt={4}>
            {link.note}
          </Text>
        )
      )}
    </Paper>
  );
}

/** Every claim linked to this one: relation, words, speaker, outlet (with grade) and status. */
export function EvidencePanel({ entries }: { entries: EvidenceEntry[] }) {
  if (entries.length === 0) {
    return (
      <Text size="xs" c="dimmed" data-testid="evidence-empty">
        No linked claims. Confirm a similar claim below, or search for one to link.
      </Text>
    );
  }
  const order = { contradicts: 0, corroborates: 1, 'same-statement': 2 } as const;
  const sorted = [...entries].sort(
    (a, b) =>
      order[a.link.relation] - order[b.link.relation] ||
      a.link.createdAt.localeCompare(b.link.createdAt),
  );
  return (
    <Stack gap={6} data-testid="evidence-panel">
      {sorted.map((entry) => (
        <EvidenceItem key={entry.link.id} entry={entry} />
      ))}
    </Stack>
  );
}
