import {
  Button,
  CloseButton,
  Combobox,
  Group,
  Kbd,
  Paper,
  Stack,
  Text,
  TextInput,
  useCombobox,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { LinkRelation } from '@shared/model';
import { useDatabase } from '../../app/DatabaseContext';
import { useClaimArchive, type ArchiveClaim } from './claimArchive';
import { excerpt } from './Labels';
import { relationForKey, relations } from './relations';
import { useLinkActions } from './useLinkActions';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/**
 * "Link to…": find any claim by its words or its speaker's name, then pick the relation (one click
 * or one key: C, X, S) with an optional note.
 */
export function LinkClaimSearch({
  claimId,
  linkedIds,
}: {
  claimId: string;
  linkedIds: ReadonlySet<string>;
}) {
  const db = useDatabase();
  const { archive, version } = useClaimArchive(db);
  const actions = useLinkActions();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 150);
  const [target, setTarget] = useState<ArchiveClaim | null>(null);
  const [note, setNote] = useState('');
  const speakers = useLiveQuery(() => db.speakers.toArray(), [db]);
  const sources = useLiveQuery(async () => {
    const titles = new Map<string, string>();
    await db.sources.each((s) => titles.set(s.id, s.title));
    return titles;
  }, [db]);
  const speakerName = useMemo(
    () => new Map((speakers ?? []).map((s) => [s.id, s.name])),
    [speakers],
  );

  const results = useMemo(() => {
    void version;
    const q = fold(debounced.trim());
    if (q.length < 2) return [];
    const bySpeaker = new Set(
      (speakers ?? [])
        .filter((s) => [s.name, ...s.aliases].some((n) => fold(n).includes(q)))
        .map((s) => s.id),
    );
    return archive
      .search(debounced.trim(), bySpeaker, 40)
      .filter((c) => c.id !== claimId && !linkedIds.has(c.id))
      .slice(0, 20);
  }, [archive, version, debounced, speakers, claimId, linkedIds]);

  const link = async (relation: LinkRelation) => {
    if (!target) return;
    const id = await actions.link({ fromClaimId: claimId, toClaimId: target.id, relation, note });
    if (id) {
      setTarget(null);
      setNote('');
      setQuery('');
    }
  };

  if (target) {
    return (
      <Paper withBorder p="xs" radius="sm" data-testid="link-target">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              Link to {speakerName.get(target.speakerId ?? '') ?? 'an unattributed claim'}
              {sources?.get(target.sourceId) ? ` · ${sources.get(target.sourceId)}` : ''}
            </Text>
            <Text size="sm">“{excerpt(target.text, 160)}”</Text>
          </Stack>
          <CloseButton
            size="sm"
            aria-label="Choose another claim"
            onClick={() => setTarget(null)}
          />
        </Group>
        <TextInput
          size="xs"
          mt="xs"
          placeholder="Note (optional)"
          aria-label="Note for the new link"
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          onKeyDown={(event) => event.stopPropagation()}
        />
        <Group
          gap={6}
          mt="xs"
          grow
          onKeyDown={(event) => {
            const relation = relationForKey(event.key);
            if (relation && !event.ctrlKey && !event.metaKey && !event.altKey) {
              event.preventDefault();
              event.stopPropagation();
              void link(relation);
            }
          }}
        >
          {relations.map((r, i) => (
            <Button
              key={r.id}
              size="compact-xs"
              variant="light"
              color={r.color}
              autoFocus={i === 0}
              leftSection={<r.icon size={12} />}
              rightSection={<Kbd size="xs">{r.key.toUpperCase()}</Kbd>}
              onClick={() => void link(r.id)}
              title={r.description}
            >
              {r.label}
            </Button>
          ))}
        </Group>
      </Paper>
    );
  }

  return (
    <Combobox
      store={combobox}
      withinPortal
      onOptionSubmit={(id) => {
        const found = archive.claims.get(id);
        if (found) setTarget(found);
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <TextInput
          size="xs"
          leftSection={<IconSearch size={14} />}
          placeholder="Link to a claim: search words or a speaker"
          aria-label="Search a claim to link"
          data-link-search
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              (event.currentTarget as HTMLInputElement).blur();
            }
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={debounced.trim().length < 2}>
        <Combobox.Options mah={300} style={{ overflowY: 'auto' }}>
          {results.map((c) => (
            <Combobox.Option value={c.id} key={c.id}>
              <Text size="xs" lineClamp={2}>
                {excerpt(c.text, 150)}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {speakerName.get(c.speakerId ?? '') ?? 'Unattributed'}
                {sources?.get(c.sourceId) ? ` · ${sources.get(c.sourceId)}` : ''}
              </Text>
            </Combobox.Option>
          ))}
          {results.length === 0 && (
            <Combobox.Empty>
              {archive.phase === 'loading' ? 'Still reading the claims…' : 'No claim matches'}
            </Combobox.Empty>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
