import {
  ActionIcon,
  Button,
  CheckIcon,
  ColorSwatch,
  Group,
  Modal,
  Popover,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconChevronDown,
  IconChevronUp,
  IconLock,
  IconPlus,
  IconRestore,
  IconTrash,
} from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { defaultStatusId, type StatusDefinition } from '@shared/statuses';
import { useDatabase } from '../../app/DatabaseContext';
import { countByIndex } from '../../db/entities';
import {
  newStatusId,
  resetStatuses,
  saveStatuses,
  statusColors,
  vocabularyProblem,
} from '../../db/settings';
import { notifyError } from '../../lib/errors';
import { useStatuses } from '../../lib/useStatuses';
import { chartColorVar } from '../overview/colors';
import { CommitTextInput } from './CommitTextInput';
import classes from './StatusVocabularyEditor.module.css';
import { formatCount } from '../../lib/numbers';

const swatch = chartColorVar;
const claimsText = (n: number) => `${formatCount(n)} claim${n === 1 ? '' : 's'}`;

/**
 * The corroboration statuses: labels, colours, descriptions and order; add, remove (only when no
 * claim uses the status), reset. Each change is saved at once, as one undoable step.
 */
export function StatusVocabularyEditor() {
  const db = useDatabase();
  const { list } = useStatuses();
  const usage = useLiveQuery(() => countByIndex(db, 'claims', 'status'), [db]);
  const [resetOpened, reset] = useDisclosure(false);

  const save = async (next: StatusDefinition[], label: string) => {
    try {
      await saveStatuses(db, next, label);
      return true;
    } catch (error) {
      notifyError('The statuses were not changed', error);
      return false;
    }
  };

  const replace = (index: number, patch: Partial<StatusDefinition>) =>
    list.map((s, i) => (i === index ? { ...s, ...patch } : s));

  const labelProblem = (index: number, label: string) => {
    const trimmed = label.trim();
    if (!trimmed) return 'A status needs a label.';
    return vocabularyProblem(replace(index, { label: trimmed }));
  };

  const move = (index: number, by: -1 | 1) => {
    const next = [...list];
    const [status] = next.splice(index, 1);
    next.splice(index + by, 0, status!);
    void save(next, `Moved status ${status!.label} ${by < 0 ? 'up' : 'down'}`);
  };

  const remove = (status: StatusDefinition) => {
    const used = usage?.get(status.id) ?? 0;
    if (status.id === defaultStatusId) {
      notifyError(
        `“${status.label}” cannot be removed`,
        new Error(
          'New claims start with this status. You can rename it, recolour it or describe it.',
        ),
      );
      return;
    }
    if (used > 0) {
      notifyError(
        `“${status.label}” is still in use`,
        new Error(
          `${claimsText(used)} ${used === 1 ? 'has' : 'have'} this status. Give ${used === 1 ? 'it' : 'them'} another status first (in the claims table, filter by this status and change them together), then remove it.`,
        ),
      );
      return;
    }
    void save(
      list.filter((s) => s.id !== status.id),
      `Removed status ${status.label}`,
    ).then((saved) => {
      if (saved) {
        notifications.show({ message: `Removed “${status.label}”. Press Ctrl+Z to undo.` });
      }
    });
  };

  const confirmReset = async () => {
    try {
      const kept = await resetStatuses(db);
      reset.close();
      notifications.show({
        title: 'Statuses reset to the defaults',
        message: kept.length
          ? `Kept ${kept.map((l) => `“${l}”`).join(', ')}, which claims still use. Press Ctrl+Z to undo.`
          : 'Press Ctrl+Z to undo.',
      });
    } catch (error) {
      notifyError('The statuses were not reset', error);
    }
  };

  return (
    <Stack gap="sm">
      <div className={classes.list}>
        <div className={`${classes.row} ${classes.header}`} aria-hidden>
          <span />
          <span />
          <span>Label</span>
          <span>Description</span>
          <span className={classes.count}>Claims</span>
          <span />
        </div>
        <div role="list" aria-label="Statuses">
          {list.map((status, index) => {
            const used = usage?.get(status.id) ?? 0;
            const isDefault = status.id === defaultStatusId;
            return (
              <div
                key={status.id}
                role="listitem"
                aria-label={status.label}
                data-testid="status-row"
                className={classes.row}
              >
                <div className={classes.arrows}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="xs"
                    disabled={index === 0}
                    aria-label={`Move ${status.label} up`}
                    onClick={() => move(index, -1)}
                  >
                    <IconChevronUp size={14} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="xs"
                    disabled={index === list.length - 1}
                    aria-label={`Move ${status.label} down`}
                    onClick={() => move(index, 1)}
                  >
                    <IconChevronDown size={14} />
                  </ActionIcon>
                </div>
                <ColorPicker
                  label={status.label}
                  value={status.color}
                  onChange={(color) =>
                    void save(replace(index, { color }), `Coloured status ${status.label} ${color}`)
                  }
                />
                <CommitTextInput
                  size="sm"
                  aria-label={`Label of ${status.label}`}
                  value={status.label}
                  validate={(next) => labelProblem(index, next)}
                  onCommit={(next) =>
                    save(
                      replace(index, { label: next.trim() }),
                      `Renamed status ${status.label} to ${next.trim()}`,
                    )
                  }
                />
                <CommitTextInput
                  size="sm"
                  aria-label={`Description of ${status.label}`}
                  placeholder="What this status means"
                  title={status.description || undefined}
                  value={status.description}
                  validate={(next) => vocabularyProblem(replace(index, { description: next }))}
                  onCommit={(next) =>
                    save(
                      replace(index, { description: next.trim() }),
                      `Described status ${status.label}`,
                    )
                  }
                />
                <Text
                  size="sm"
                  className={classes.count}
                  c={used ? undefined : 'dimmed'}
                  title={used ? `${claimsText(used)} with this status` : 'No claim has this status'}
                >
                  {usage ? formatCount(used) : '…'}
                </Text>
                <Tooltip
                  label={
                    isDefault
                      ? 'New claims start with this status: it can be renamed, not removed'
                      : used
                        ? `In use by ${claimsText(used)}: cannot be removed`
                        : 'Remove this status'
                  }
                >
                  <ActionIcon
                    variant="subtle"
                    color={used || isDefault ? 'gray' : 'red'}
                    aria-label={`Remove status ${status.label}`}
                    aria-disabled={used > 0 || isDefault || undefined}
                    onClick={() => remove(status)}
                  >
                    {isDefault ? <IconLock size={16} /> : <IconTrash size={16} />}
                  </ActionIcon>
                </Tooltip>
              </div>
            );
          })}
        </div>
      </div>
      <AddStatusForm list={list} onAdd={save} />
      <Group justify="space-between" mt="xs">
        <Text size="xs" c="dimmed">
          Each change is saved at once; Ctrl+Z undoes it.
        </Text>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconRestore size={14} />}
          onClick={reset.open}
        >
          Reset to defaults
        </Button>
      </Group>
      <Modal opened={resetOpened} onClose={reset.close} title="Reset the statuses?" centered>
        <Text size="sm">
          The six default statuses come back with their labels, colours and descriptions. Statuses
          you added are removed, unless claims still use them: those are kept at the end of the
          list. You can undo this with Ctrl+Z.
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={reset.close}>
            Cancel
          </Button>
          <Button onClick={() => void confirmReset()} data-autofocus>
            Reset statuses
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}

/** A status colour, picked from Mantine's palette so both themes get a readable shade. */
function ColorPicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (color: string) => void;
}) {
  const [opened, { close, toggle }] = useDisclosure(false);
  return (
    <Popover
      opened={opened}
      onChange={(open) => !open && close()}
      position="bottom-start"
      withArrow
      trapFocus
      shadow="md"
    >
      <Popover.Target>
        <Tooltip label="Change colour" disabled={opened}>
          <ColorSwatch
            component="button"
            type="button"
            color={swatch(value)}
            size={24}
            aria-label={`Colour of ${label}: ${value}`}
            onClick={toggle}
            style={{ cursor: 'pointer', flex: 'none' }}
          />
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="xs" c="dimmed" mb={6}>
          Colour of “{label}”
        </Text>
        <SimpleGrid cols={7} spacing={6}>
          {statusColors.map((color) => (
            <Tooltip key={color} label={color}>
              <ColorSwatch
                component="button"
                type="button"
                color={swatch(color)}
                size={26}
                aria-label={color}
                aria-pressed={color === value}
                onClick={() => {
                  close();
                  if (color !== value) onChange(color);
                }}
                style={{ cursor: 'pointer', color: 'var(--mantine-color-white)' }}
              >
                {color === value && <CheckIcon size={12} />}
              </ColorSwatch>
            </Tooltip>
          ))}
        </SimpleGrid>
      </Popover.Dropdown>
    </Popover>
  );
}

/** Adds a status at the end of the list, with the next colour not yet used. */
function AddStatusForm({
  list,
  onAdd,
}: {
  list: StatusDefinition[];
  onAdd: (next: StatusDefinition[], label: string) => Promise<boolean>;
}) {
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = label.replace(/\s+/g, ' ').trim();
    if (!trimmed) return setError('Type the new status’s label first.');
    const used = new Set(list.map((s) => s.color));
    const status: StatusDefinition = {
      id: newStatusId(trimmed, list),
      label: trimmed,
      color: statusColors.find((c) => !used.has(c)) ?? 'gray',
      description: '',
    };
    const next = [...list, status];
    const problem = vocabularyProblem(next);
    if (problem) return setError(problem);
    if (await onAdd(next, `Added status ${trimmed}`)) {
      setLabel('');
      setError(null);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)}>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          aria-label="New status label"
          placeholder="New status, e.g. Misleading"
          value={label}
          error={error}
          onChange={(event) => {
            setLabel(event.currentTarget.value);
            setError(null);
          }}
        />
        <Button type="submit" variant="light" leftSection={<IconPlus size={16} />}>
          Add status
        </Button>
      </Group>
    </form>
  );
}
