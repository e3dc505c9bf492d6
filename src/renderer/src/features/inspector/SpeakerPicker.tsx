import { Combobox, Group, InputBase, Text, useCombobox } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { forwardRef, useMemo, useState } from 'react';
import type { Speaker } from '@shared/model';

const createValue = '$create';
const clearValue = '$clear';
const maxOptions = 50;

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/**
 * A searchable speaker field: type to find a speaker by name, alias or role; pick “Create …” to
 * add a new one inline. Options show the role so namesakes can be told apart.
 */
export const SpeakerPicker = forwardRef<
  HTMLInputElement,
  {
    speakers: Speaker[];
    value: Speaker | null;
    onPick: (
      choice: { id: string; name: string } | { create: { name: string; role: null } } | null,
    ) => void;
  }
>(function SpeakerPicker({ speakers, value, onPick }, ref) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState<string | null>(null);
  const query = (search ?? '').trim();

  const matches = useMemo(() => {
    const q = fold(query);
    const hits = q
      ? speakers.filter((s) =>
          [s.name, s.role ?? '', ...s.aliases].some((field) => fold(field).includes(q)),
        )
      : speakers;
    return [...hits].sort((a, b) => a.name.localeCompare(b.name)).slice(0, maxOptions);
  }, [speakers, query]);
  const exact = speakers.some((s) => fold(s.name) === fold(query));

  const submit = (optionValue: string) => {
    if (optionValue === createValue) onPick({ create: { name: query, role: null } });
    else if (optionValue === clearValue) onPick(null);
    else {
      const speaker = speakers.find((s) => s.id === optionValue);
      if (speaker) onPick({ id: speaker.id, name: speaker.name });
    }
    setSearch(null);
    combobox.closeDropdown();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={submit} withinPortal>
      <Combobox.Target>
        <InputBase
          ref={ref}
          label="Speaker"
          aria-label="Speaker"
          data-testid="speaker-picker"
          placeholder="Unattributed — type to search"
          rightSection={<Combobox.Chevron />}
          rightSectionPointerEvents="none"
          value={search ?? value?.name ?? ''}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => {
            combobox.closeDropdown();
            setSearch(null);
          }}
          description={value?.role ?? undefined}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={280} style={{ overflowY: 'auto' }}>
          {matches.map((speaker) => (
            <Combobox.Option value={speaker.id} key={speaker.id} active={speaker.id === value?.id}>
              <Text size="sm">{speaker.name}</Text>
              {speaker.role && (
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {speaker.role}
                </Text>
              )}
            </Combobox.Option>
          ))}
          {query && !exact && (
            <Combobox.Option value={createValue}>
              <Group gap={6}>
                <IconPlus size={14} />
                <Text size="sm">Create speaker “{query}”</Text>
              </Group>
            </Combobox.Option>
          )}
          {value && !query && (
            <Combobox.Option value={clearValue}>
              <Text size="sm" c="dimmed">
                Remove the speaker
              </Text>
            </Combobox.Option>
          )}
          {matches.length === 0 && !query && <Combobox.Empty>No speakers yet</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
});
