import {
  Alert,
  Button,
  Divider,
  Drawer,
  Group,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowMerge, IconListDetails, IconTrash } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import type { Reliability } from '@shared/model';
import { cleanAliases, type EntityKind } from '../../db/entities';
import { deleteBlocker, type EntityActions } from './EntityList';
import { count, entityWords } from './nouns';
import { ReliabilitySelect } from './ReliabilitySelect';
import { foldForSearch, type EntityRow } from './useEntityRows';

export interface EntityDraft {
  name: string;
  role: string;
  aliases: string[];
  reliability: Reliability | null;
}

const draftOf = (row: EntityRow): EntityDraft => ({
  name: row.name,
  role: row.role ?? '',
  aliases: row.aliases,
  reliability: row.reliability,
});

function sameDraft(a: EntityDraft, b: EntityDraft) {
  return (
    a.name.trim() === b.name.trim() &&
    a.role.trim() === b.role.trim() &&
    a.reliability === b.reliability &&
    cleanAliases(a.aliases, a.name).join('\u0000') ===
      cleanAliases(b.aliases, b.name).join('\u0000')
  );
}

/** Edits one speaker or outlet: name, role or grade, aliases; links to its claims, merge, delete. */
export function EntityDrawer({
  kind,
  row,
  rows,
  onClose,
  onSave,
  actions,
}: {
  kind: EntityKind;
  row: EntityRow | null;
  rows: EntityRow[];
  onClose: () => void;
  onSave: (row: EntityRow, draft: EntityDraft) => Promise<boolean>;
  actions: Pick<EntityActions, 'onMerge' | 'onDelete' | 'onShowClaims'>;
}) {
  const words = entityWords[kind];
  // The draft belongs to one entry; opening another starts from that entry's stored values.
  const [edit, setEdit] = useState<{ id: string; draft: EntityDraft } | null>(null);
  const [confirmingClose, setConfirmingClose] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const draft = row ? (edit?.id === row.id ? edit.draft : draftOf(row)) : null;
  const setDraft = (next: EntityDraft) => row && setEdit({ id: row.id, draft: next });
  const dirty = row !== null && draft !== null && !sameDraft(draft, draftOf(row));

  const close = () => {
    setEdit(null);
    setConfirmingClose(null);
    onClose();
  };
  const requestClose = () => (dirty && row ? setConfirmingClose(row.id) : close());

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!row || !draft || !draft.name.trim() || saving) return;
    if (!dirty) return close();
    setSaving(true);
    const saved = await onSave(row, draft);
    setSaving(false);
    if (saved) close();
  };

  return (
    <Drawer
      opened={row !== null}
      onClose={requestClose}
      position="right"
      size={420}
      title={<Text fw={650}>Edit {words.one}</Text>}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {row && draft && (
        <EntityForm
          kind={kind}
          row={row}
          rows={rows}
          draft={draft}
          setDraft={setDraft}
          dirty={dirty}
          saving={saving}
          confirmingClose={confirmingClose === row.id}
          onKeepEditing={() => setConfirmingClose(null)}
          onSave={save}
          onCancel={requestClose}
          onDiscard={close}
          actions={actions}
        />
      )}
    </Drawer>
  );
}

function EntityForm({
  kind,
  row,
  rows,
  draft,
  setDraft,
  dirty,
  saving,
  confirmingClose,
  onKeepEditing,
  onSave,
  onCancel,
  onDiscard,
  actions,
}: {
  kind: EntityKind;
  row: EntityRow;
  rows: EntityRow[];
  draft: EntityDraft;
  setDraft: (draft: EntityDraft) => void;
  dirty: boolean;
  saving: boolean;
  confirmingClose: boolean;
  onKeepEditing: () => void;
  onSave: (event?: FormEvent) => Promise<void>;
  onCancel: () => void;
  onDiscard: () => void;
  actions: Pick<EntityActions, 'onMerge' | 'onDelete' | 'onShowClaims'>;
}) {
  const words = entityWords[kind];
  const nameError = draft.name.trim() ? null : `A ${words.one} needs a name.`;

  // Another entry already known by the typed name or one of the aliases: a merge is likely meant.
  const clash = useMemo(() => {
    const wanted = new Set(
      [draft.name, ...draft.aliases].map((n) => foldForSearch(n.trim())).filter(Boolean),
    );
    return rows.find(
      (other) =>
        other.id !== row.id &&
        [other.name, ...other.aliases].some((n) => wanted.has(foldForSearch(n.trim()))),
    );
  }, [draft.name, draft.aliases, rows, row.id]);

  const blocker = deleteBlocker(kind, row);

  return (
    <form
      onSubmit={(event) => void onSave(event)}
      onKeyDown={getHotkeyHandler([['mod+Enter', () => void onSave()]])}
    >
      <Stack gap="md">
        <TextInput
          label="Name"
          required
          data-autofocus
          value={draft.name}
          error={nameError}
          onChange={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
        />
        {kind === 'speakers' ? (
          <TextInput
            label="Role / affiliation"
            placeholder="e.g. Azerbaijani MP, political analyst"
            value={draft.role}
            onChange={(event) => setDraft({ ...draft, role: event.currentTarget.value })}
          />
        ) : (
          <ReliabilitySelect
            label="Reliability"
            value={draft.reliability}
            onChange={(reliability) => setDraft({ ...draft, reliability })}
          />
        )}
        <TagsInput
          label="Aliases"
          description="Other spellings or names it appears under. Press Enter after each one."
          placeholder={draft.aliases.length ? '' : 'Add an alias'}
          value={draft.aliases}
          onChange={(aliases) => setDraft({ ...draft, aliases })}
          splitChars={[',', ';']}
          clearable
        />
        {clash && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={`Another ${words.one} goes by this name`}
          >
            “{clash.name}” is also known by this name. If they are the same {words.one}, merge them
            instead, so their claims come together.
          </Alert>
        )}
        {confirmingClose ? (
          <Alert color="orange" variant="light" title="Unsaved changes">
            <Text size="sm" mb="sm">
              Save your changes to “{row.name}” before closing?
            </Text>
            <Group gap="xs">
              <Button size="xs" type="submit" loading={saving} disabled={nameError !== null}>
                Save
              </Button>
              <Button size="xs" variant="default" onClick={onDiscard}>
                Discard changes
              </Button>
              <Button size="xs" variant="subtle" onClick={onKeepEditing}>
                Keep editing
              </Button>
            </Group>
          </Alert>
        ) : (
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              Ctrl+Enter saves
            </Text>
            <Group gap="xs">
              <Button variant="default" onClick={onCancel}>
                Cancel
              </Button>
              <Button type="submit" loading={saving} disabled={nameError !== null || !dirty}>
                Save
              </Button>
            </Group>
          </Group>
        )}
        <Divider />
        <Stack gap="xs">
          <Text size="sm">
            {count(row.claims, 'claim')}
            {kind === 'outlets' && ` · ${count(row.sources, 'source')}`}
          </Text>
          <Group gap="xs">
            <Button
              variant="light"
              size="xs"
              leftSection={<IconListDetails size={14} />}
              disabled={row.claims === 0}
              onClick={() => actions.onShowClaims(row)}
            >
              Show claims
            </Button>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconArrowMerge size={14} />}
              disabled={dirty}
              onClick={() => actions.onMerge(row)}
            >
              Merge…
            </Button>
            <Button
              variant="light"
              color="red"
              size="xs"
              leftSection={<IconTrash size={14} />}
              disabled={blocker !== null || dirty}
              onClick={() => actions.onDelete(row)}
            >
              Delete
            </Button>
          </Group>
          {dirty && (
            <Text size="xs" c="dimmed">
              Save or cancel your changes before merging or deleting.
            </Text>
          )}
          {blocker && (
            <Text size="xs" c="dimmed">
              Only a {words.one} with no claims{kind === 'outlets' ? ' or sources' : ''} can be
              deleted. {blocker}: merge it into another {words.one} instead.
            </Text>
          )}
        </Stack>
      </Stack>
    </form>
  );
}
