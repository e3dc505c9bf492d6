import {
  Button,
  ColorSwatch,
  Group,
  Loader,
  Menu,
  Modal,
  MultiSelect,
  Popover,
  Stack,
  TagsInput,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconTag, IconTagOff } from '@tabler/icons-react';
import { useState } from 'react';
import type { StatusDefinition } from '@shared/statuses';
import { useDatabase } from '../../../app/DatabaseContext';
import {
  bulkAddTags,
  bulkRemoveTags,
  bulkSetStatus,
  type BulkResult,
} from '../../../db/claimsBulk';
import { notifyError } from '../../../lib/errors';
import type { ClaimStore } from './claimStore';
import classes from './ClaimsView.module.css';
import type { Selection } from './useSelection';
import { formatCount } from '../../../lib/numbers';

/** Above this many claims, a bulk edit asks first: it is one step, but a long one to write. */
const confirmAbove = 2_000;

const claims = (n: number) => `${formatCount(n)} ${n === 1 ? 'claim' : 'claims'}`;

function TagEditor({
  mode,
  options,
  disabled,
  onApply,
}: {
  mode: 'add' | 'remove';
  options: () => string[];
  disabled: boolean;
  onApply: (tags: string[]) => void;
}) {
  const [opened, setOpened] = useState(false);
  const [tags, setTags] = useState<string[]>([]);
  const [data, setData] = useState<string[]>([]);
  const apply = () => {
    setOpened(false);
    if (tags.length > 0) onApply(tags);
    setTags([]);
  };
  const Input = mode === 'add' ? TagsInput : MultiSelect;
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-start"
      shadow="md"
      trapFocus
      withinPortal
    >
      <Popover.Target>
        <Button
          size="compact-sm"
          variant="default"
          disabled={disabled}
          leftSection={mode === 'add' ? <IconTag size={14} /> : <IconTagOff size={14} />}
          onClick={() => {
            setData(options());
            setOpened((o) => !o);
          }}
        >
          {mode === 'add' ? 'Add tags' : 'Remove tags'}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={280}>
          <Input
            size="xs"
            label={mode === 'add' ? 'Tags to add' : 'Tags to remove'}
            placeholder={
              mode === 'add'
                ? 'Type a tag, Enter to add it'
                : data.length
                  ? 'Pick tags'
                  : 'The checked claims have no tags'
            }
            data={data}
            value={tags}
            onChange={setTags}
            comboboxProps={{ withinPortal: false }}
            data-autofocus
          />
          <Group justify="flex-end" gap="xs">
            <Button size="compact-sm" variant="subtle" onClick={() => setOpened(false)}>
              Cancel
            </Button>
            <Button size="compact-sm" disabled={tags.length === 0} onClick={apply}>
              {mode === 'add' ? 'Add' : 'Remove'}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** Bulk edits of the checked claims; each is one undoable step in the history. */
export function BulkBar({
  store,
  selection,
  statuses,
}: {
  store: ClaimStore;
  selection: Selection;
  statuses: StatusDefinition[];
}) {
  const db = useDatabase();
  const [busy, setBusy] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<{ label: string; go: () => void } | null>(null);
  const count = selection.count;

  const run = (label: string, action: (ids: string[]) => Promise<BulkResult>) => {
    const ids = [...selection.selected];
    const go = async () => {
      setBusy(`${label}: saving ${claims(ids.length)}…`);
      try {
        const { changed } = await action(ids);
        notifications.show({
          message:
            changed === 0
              ? `${label}: nothing to change, the checked claims were already so.`
              : `${label}: ${claims(changed)} changed. Ctrl+Z undoes it.`,
        });
      } catch (error) {
        notifyError('The change was not saved', error);
      } finally {
        setBusy(null);
      }
    };
    if (ids.length > confirmAbove) setConfirm({ label, go: () => void go() });
    else void go();
  };

  const tagsOfChecked = () => {
    const found = new Set<string>();
    for (const id of selection.selected)
      for (const tag of store.engine.get(id)?.tags ?? []) found.add(tag);
    return [...found].sort((a, b) => a.localeCompare(b));
  };

  return (
    <div className={classes.bulkBar} data-testid="bulk-bar">
      <Text size="sm" fw={600} mr="xs">
        {claims(count)} checked
      </Text>
      <Menu position="bottom-start" shadow="md" withinPortal>
        <Menu.Target>
          <Button
            size="compact-sm"
            variant="default"
            disabled={busy !== null}
            rightSection={<IconChevronDown size={14} />}
          >
            Set status
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {statuses.map((status) => (
            <Menu.Item
              key={status.id}
              leftSection={
                <ColorSwatch color={`var(--mantine-color-${status.color}-filled)`} size={10} />
              }
              onClick={() =>
                run(`Set status to ${status.label}`, (ids) =>
                  bulkSetStatus(db, ids, status.id, status.label),
                )
              }
            >
              {status.label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <TagEditor
        mode="add"
        disabled={busy !== null}
        options={() => store.tagCounts().map(([tag]) => tag)}
        onApply={(tags) => run(`Tagged ${tags.join(', ')}`, (ids) => bulkAddTags(db, ids, tags))}
      />
      <TagEditor
        mode="remove"
        disabled={busy !== null}
        options={tagsOfChecked}
        onApply={(tags) =>
          run(`Removed ${tags.join(', ')}`, (ids) => bulkRemoveTags(db, ids, tags))
        }
      />
      <Button size="compact-sm" variant="subtle" onClick={selection.clear}>
        Uncheck all
      </Button>
      {busy && (
        <Group gap={6} wrap="nowrap">
          <Loader size={14} />
          <Text size="xs">{busy}</Text>
        </Group>
      )}
      <Modal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm?.label}
        centered
      >
        <Stack>
          <Text size="sm">
            This changes up to {claims(count)} in one step. Writing them (with their history) takes
            a while; Ctrl+Z undoes the whole step.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(null)}>
              Cancel
            </Button>
            <Button
              onClick={() => {
                confirm?.go();
                setConfirm(null);
              }}
            >
              Change {claims(count)}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </div>
  );
}
