import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  Tooltip,
  type ComboboxItem,
  type OptionsFilter,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsExchange, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { mergeEntities, type EntityKind } from '../../db/entities';
import { notifyError } from '../../lib/errors';
import { count, entityWords } from './nouns';
import { foldForSearch, type EntityRow } from './useEntityRows';

export interface MergeRequest {
  keepId: string | null;
  removeId: string | null;
}

/** Picks two entries and merges the second into the first, after showing what will happen. */
export function MergeModal({
  kind,
  rows,
  request,
  onClose,
}: {
  kind: EntityKind;
  rows: EntityRow[];
  request: MergeRequest | null;
  onClose: () => void;
}) {
  const words = entityWords[kind];
  return (
    <Modal
      opened={request !== null}
      onClose={onClose}
      title={<Text fw={650}>Merge two {words.many}</Text>}
      size="lg"
      centered
    >
      {request && <MergeForm kind={kind} rows={rows} request={request} onClose={onClose} />}
    </Modal>
  );
}

function MergeForm({
  kind,
  rows,
  request,
  onClose,
}: {
  kind: EntityKind;
  rows: EntityRow[];
  request: MergeRequest;
  onClose: () => void;
}) {
  const db = useDatabase();
  const words = entityWords[kind];
  const [keepId, setKeepId] = useState(request.keepId);
  const [removeId, setRemoveId] = useState(request.removeId);
  const [merging, setMerging] = useState(false);
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const keep = keepId ? byId.get(keepId) : undefined;
  const remove = removeId ? byId.get(removeId) : undefined;

  const data = useMemo(
    () =>
      [...rows]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((r) => ({ value: r.id, label: r.name })),
    [rows],
  );
  // Matches aliases and roles too, ignoring accents.
  const filter: OptionsFilter = ({ options, search }) => {
    const wanted = foldForSearch(search.trim());
    if (!wanted) return options;
    return (options as ComboboxItem[]).filter((o) => byId.get(o.value)?.haystack.includes(wanted));
  };
  const renderOption = ({ option }: { option: ComboboxItem }) => {
    const row = byId.get(option.value);
    return (
      <div>
        <Text size="sm">{option.label}</Text>
        <Text size="xs" c="dimmed">
          {[
            row?.role,
            row && count(row.claims, 'claim'),
            row?.aliases.length ? `also ${row.aliases.join(', ')}` : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </div>
    );
  };

  const confirm = async () => {
    if (!keep || !remove) return;
    setMerging(true);
    try {
      await mergeEntities(db, kind, keep.id, remove.id);
      notifications.show({
        color: 'green',
        title: `Merged into “${keep.name}”`,
        message: `${count(remove.claims, 'claim')} re-attributed; “${remove.name}” is now an alias. Press Ctrl+Z to undo.`,
      });
      onClose();
    } catch (error) {
      notifyError('The merge was not made', error);
    } finally {
      setMerging(false);
    }
  };

  const same = keepId !== null && keepId === removeId;
  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="nowrap" gap="xs">
        <Select
          style={{ flex: 1 }}
          label={`Keep this ${words.one}`}
          placeholder={`Search ${words.many}`}
          data={data}
          value={keepId}
          onChange={setKeepId}
          searchable
          limit={60}
          filter={filter}
          renderOption={renderOption}
          nothingFoundMessage={`No ${words.one} matches`}
          comboboxProps={{ withinPortal: true }}
          data-autofocus={keepId ? undefined : true}
        />
        <Tooltip label="Swap: keep the other one">
          <ActionIcon
            variant="default"
            size="lg"
            mb={2}
            aria-label="Swap which one is kept"
            onClick={() => {
              setKeepId(removeId);
              setRemoveId(keepId);
            }}
          >
            <IconArrowsExchange size={18} />
          </ActionIcon>
        </Tooltip>
        <Select
          style={{ flex: 1 }}
          label="Merge into it and remove"
          placeholder={`Search ${words.many}`}
          data={data}
          value={removeId}
          onChange={setRemoveId}
          searchable
          limit={60}
          filter={filter}
          renderOption={renderOption}
          nothingFoundMessage={`No ${words.one} matches`}
          comboboxProps={{ withinPortal: true }}
          data-autofocus={keepId && !removeId ? true : undefined}
        />
      </Group>
      {same && (
        <Text size="sm" c="red">
          Pick two different {words.many}.
        </Text>
      )}
      {keep && remove && !same && (
        <Paper withBorder p="md" radius="sm">
          <Stack gap={6}>
            <Text size="sm">
              <b>{count(remove.claims, 'claim')}</b> of “{remove.name}” will be attributed to “
              {keep.name}”
              {kind === 'outlets' && remove.sources > 0
                ? `, and its ${count(remove.sources, 'source')} will name “${keep.name}” as their outlet`
                : ''}
              .
            </Text>
            <Text size="sm">
              “{remove.name}”{remove.aliases.length > 0 ? ' and its aliases' : ''} will become
              {remove.aliases.length > 0 ? '' : ' an'} alias{remove.aliases.length > 0 ? 'es' : ''}{' '}
              of “{keep.name}”, which will then have {count(keep.claims + remove.claims, 'claim')}.
            </Text>
            {kind === 'speakers' && !keep.role && remove.role && (
              <Text size="sm">It takes the role “{remove.role}”.</Text>
            )}
            {kind === 'speakers' && keep.role && remove.role && keep.role !== remove.role && (
              <Text size="sm" c="dimmed">
                The role stays “{keep.role}” (“{remove.role}” is dropped).
              </Text>
            )}
          </Stack>
        </Paper>
      )}
      <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} p="xs">
        <Text size="xs">
          Links between claims are kept. The merge is one step: Ctrl+Z undoes all of it.
        </Text>
      </Alert>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          onClick={() => void confirm()}
          loading={merging}
          disabled={!keep || !remove || same}
          data-autofocus={keepId && removeId ? true : undefined}
        >
          Merge
        </Button>
      </Group>
    </Stack>
  );
}
