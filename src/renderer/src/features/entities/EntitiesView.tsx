import {
  Button,
  Center,
  CloseButton,
  Group,
  Kbd,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBuildingBroadcastTower, IconSearch, IconUsers } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { useDatabase } from '../../app/DatabaseContext';
import { deleteEntity, updateOutlet, updateSpeaker, type EntityKind } from '../../db/entities';
import { notifyError } from '../../lib/errors';
import { EntityDrawer, type EntityDraft } from './EntityDrawer';
import { deleteBlocker, EntityList, type EntityActions } from './EntityList';
import classes from './EntitiesView.module.css';
import { MergeModal, type MergeRequest } from './MergeModal';
import { MergeProposals } from './MergeProposals';
import { count, entityWords } from './nouns';
import { foldForSearch, useEntityRows, type EntityRow } from './useEntityRows';

type SortOrder = 'claims' | 'name';

/** The speakers or outlets screen: search, list, edit drawer, merges and (for speakers) proposals. */
export function EntitiesView({ kind }: { kind: EntityKind }) {
  const db = useDatabase();
  const words = entityWords[kind];
  const [, navigate] = useLocation();
  const rows = useEntityRows(kind);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [sort, setSort] = useState<SortOrder>('claims');
  const [editingId, setEditingId] = useState<string | null>(null);
  const [merge, setMerge] = useState<MergeRequest | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys([
    ['/', () => searchRef.current?.focus()],
    ['mod+f', () => searchRef.current?.focus()],
  ]);

  const visible = useMemo(() => {
    if (!rows) return [];
    const terms = foldForSearch(deferredQuery).split(/\s+/).filter(Boolean);
    const matched = terms.length
      ? rows.filter((r) => terms.every((t) => r.haystack.includes(t)))
      : [...rows];
    return matched.sort((a, b) =>
      sort === 'claims'
        ? b.claims - a.claims || a.name.localeCompare(b.name)
        : a.name.localeCompare(b.name),
    );
  }, [rows, deferredQuery, sort]);

  const editing = (editingId && rows?.find((r) => r.id === editingId)) || null;

  const save = async (row: EntityRow, draft: EntityDraft) => {
    try {
      if (kind === 'speakers') {
        await updateSpeaker(db, row.id, {
          name: draft.name,
          role: draft.role,
          aliases: draft.aliases,
        });
      } else {
        await updateOutlet(db, row.id, {
          name: draft.name,
          aliases: draft.aliases,
          reliability: draft.reliability,
        });
      }
      return true;
    } catch (error) {
      notifyError(`The ${words.one} was not saved`, error);
      return false;
    }
  };

  const actions: EntityActions = {
    onEdit: (row) => setEditingId(row.id),
    onMerge: (row) => setMerge({ keepId: row.id, removeId: null }),
    onShowClaims: (row) => {
      if (row.claims > 0) navigate(`/claims?${words.param}=${encodeURIComponent(row.id)}`);
    },
    onGrade: (row, grade) => {
      updateOutlet(db, row.id, { reliability: grade }).catch((error: unknown) =>
        notifyError('The grade was not saved', error),
      );
    },
    onDelete: async (row) => {
      const blocker = deleteBlocker(kind, row);
      if (blocker) {
        notifyError(
          `“${row.name}” was not deleted`,
          new Error(`${blocker}. Merge it into another ${words.one} instead.`),
        );
        return;
      }
      try {
        await deleteEntity(db, kind, row.id);
        notifications.show({
          title: `Deleted “${row.name}”`,
          message: 'Press Ctrl+Z to undo.',
          autoClose: 4000,
        });
      } catch (error) {
        notifyError(`“${row.name}” was not deleted`, error);
      }
    },
  };

  const claimTotal = rows?.reduce((sum, r) => sum + r.claims, 0) ?? 0;
  const Icon = kind === 'speakers' ? IconUsers : IconBuildingBroadcastTower;
  return (
    <div className={classes.root}>
      <Group className={classes.toolbar} justify="space-between" wrap="wrap" gap="sm">
        <div>
          <Title order={3}>{words.title}</Title>
          {rows && (
            <Text size="xs" c="dimmed">
              {count(rows.length, words.one, words.many)} · {count(claimTotal, 'claim')} attributed
            </Text>
          )}
        </div>
        <Group gap="sm" wrap="nowrap">
          <TextInput
            ref={searchRef}
            w={300}
            aria-label={`Search ${words.many}`}
            placeholder={`Search names, aliases${kind === 'speakers' ? ', roles' : ''}`}
            leftSection={<IconSearch size={16} />}
            rightSection={
              query ? (
                <CloseButton size="sm" aria-label="Clear search" onClick={() => setQuery('')} />
              ) : (
                <Kbd size="xs">/</Kbd>
              )
            }
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setQuery('');
              if (event.key === 'ArrowDown' || event.key === 'Enter') {
                event.preventDefault();
                document
                  .querySelector<HTMLElement>(`[data-testid="${words.one}-row"][tabindex="0"]`)
                  ?.focus();
              }
            }}
          />
          <SegmentedControl
            size="xs"
            aria-label="Sort by"
            value={sort}
            onChange={(value) => setSort(value as SortOrder)}
            data={[
              { value: 'claims', label: 'Most claims' },
              { value: 'name', label: 'A–Z' },
            ]}
          />
        </Group>
      </Group>
      <div className={classes.body}>
        {!rows ? (
          <Center style={{ flex: 1 }}>
            <Loader />
          </Center>
        ) : rows.length === 0 ? (
          <Center style={{ flex: 1 }} p="xl">
            <Stack align="center" gap="sm" maw={420}>
              <ThemeIcon variant="light" size={48} radius="xl">
                <Icon size={26} />
              </ThemeIcon>
              <Text ta="center" c="dimmed">
                {words.empty}
              </Text>
            </Stack>
          </Center>
        ) : visible.length === 0 ? (
          <Center style={{ flex: 1 }} p="xl">
            <Stack align="center" gap="xs">
              <Text c="dimmed">
                No {words.one} matches “{deferredQuery}”. Search looks at names, aliases
                {kind === 'speakers' ? ' and roles' : ''}.
              </Text>
              <Button variant="light" size="xs" onClick={() => setQuery('')}>
                Clear search
              </Button>
            </Stack>
          </Center>
        ) : (
          <EntityList kind={kind} rows={visible} actions={actions} />
        )}
        {kind === 'speakers' && rows && rows.length > 0 && (
          <aside className={classes.aside}>
            <MergeProposals
              rows={rows}
              onMerge={(keepId, removeId) => setMerge({ keepId, removeId })}
            />
          </aside>
        )}
      </div>
      <EntityDrawer
        kind={kind}
        row={editing}
        rows={rows ?? []}
        onClose={() => setEditingId(null)}
        onSave={save}
        actions={actions}
      />
      <MergeModal kind={kind} rows={rows ?? []} request={merge} onClose={() => setMerge(null)} />
    </div>
  );
}
