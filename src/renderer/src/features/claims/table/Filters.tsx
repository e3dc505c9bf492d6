import '@mantine/dates/styles.css';
import {
  CheckIcon,
  CloseButton,
  ColorSwatch,
  Combobox,
  Group,
  Input,
  InputBase,
  Text,
  useCombobox,
  type ComboboxItem,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { memo, useMemo, useState } from 'react';
import { noneId, reviewStates, type ClaimQuery } from '@core/query';
import type { StatusDefinition } from '@shared/statuses';
import type { ClaimStore } from './claimStore';
import classes from './ClaimsView.module.css';
import { formatCount } from '../../../lib/numbers';

const reviewLabels = { suggested: 'Suggested', accepted: 'Accepted', rejected: 'Rejected' };

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byLabel = (a: ComboboxItem, b: ComboboxItem) => collator.compare(a.label, b.label);

/** Computes once, on first call: the options of a filter nobody opened are never built. */
function lazy<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

function Filter({
  label,
  options,
  value,
  onChange,
  width,
  searchable = false,
  renderSwatch,
}: {
  label: string;
  options: () => ComboboxItem[];
  value: string[];
  onChange: (value: string[]) => void;
  width: number;
  searchable?: boolean;
  renderSwatch?: (value: string) => string | undefined;
}) {
  const [search, setSearch] = useState('');
  const combobox = useCombobox({
    onDropdownClose: () => {
      combobox.resetSelectedOption();
      setSearch('');
    },
    onDropdownOpen: () => {
      if (searchable) combobox.focusSearchInput();
    },
  });
  // Thousands of sources or speakers: the list is built when it is first needed, and only the
  // options matching the search (at most 100) are rendered, only while the dropdown is open.
  const needed = combobox.dropdownOpened || value.length > 0;
  const data = useMemo(() => (needed ? options() : []), [needed, options]);
  const labels = useMemo(() => new Map(data.map((o) => [o.value, o.label])), [data]);
  const shown = useMemo(() => {
    if (!combobox.dropdownOpened) return [];
    const words = fold(search).split(/\s+/).filter(Boolean);
    const matching = words.length
      ? data.filter((o) => {
          const text = fold(o.label);
          return words.every((w) => text.includes(w));
        })
      : data;
    return matching.slice(0, 100);
  }, [combobox.dropdownOpened, data, search]);
  const summary = value.map((v) => labels.get(v) ?? v);
  const toggle = (v: string) =>
    onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={toggle}
      width={Math.max(width, 280)}
      position="bottom-start"
      withinPortal
    >
      <Combobox.Target>
        <InputBase
          component="button"
          type="button"
          pointer
          size="xs"
          w={width}
          aria-label={`Filter by ${label.toLowerCase()}`}
          data-testid={`filter-${label.toLowerCase()}`}
          data-active={value.length > 0 || undefined}
          classNames={{ input: classes.filterInput }}
          leftSection={<span className={classes.filterLabel}>{label}</span>}
          leftSectionWidth={label.length * 6.5 + 14}
          leftSectionPointerEvents="none"
          rightSection={
            value.length ? (
              <CloseButton
                size="xs"
                aria-label={`Clear the ${label.toLowerCase()} filter`}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onChange([])}
              />
            ) : (
              <Combobox.Chevron />
            )
          }
          rightSectionPointerEvents={value.length ? 'all' : 'none'}
          onClick={() => combobox.toggleDropdown()}
          title={summary.join(', ') || undefined}
        >
          {summary.length ? (
            <span className={classes.filterValue}>
              {summary[0]}
              {summary.length > 1 && (
                <span className={classes.filterMore}> +{summary.length - 1}</span>
              )}
            </span>
          ) : (
            <Input.Placeholder>Any</Input.Placeholder>
          )}
        </InputBase>
      </Combobox.Target>
      <Combobox.Dropdown>
        {searchable && (
          <Combobox.Search
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            placeholder={`Find a ${label.toLowerCase()}`}
            aria-label={`Find a ${label.toLowerCase()}`}
          />
        )}
        <Combobox.Options mah={320} style={{ overflowY: 'auto' }}>
          {shown.length === 0 ? (
            <Combobox.Empty>Nothing matches</Combobox.Empty>
          ) : (
            shown.map((option) => {
              const checked = value.includes(option.value);
              const color = renderSwatch?.(option.value);
              return (
                <Combobox.Option
                  key={option.value}
                  value={option.value}
                  active={checked}
                  aria-selected={checked}
                >
                  <Group gap="xs" wrap="nowrap">
                    <CheckIcon
                      size={10}
                      style={{ visibility: checked ? 'visible' : 'hidden', flex: 'none' }}
                    />
                    {color && <ColorSwatch color={`var(--mantine-color-${color}-5)`} size={10} />}
                    <Text size="xs">{option.label}</Text>
                  </Group>
                </Combobox.Option>
              );
            })
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

/**
 * The filters of the claims table; each writes the URL query. Re-renders only when the query or
 * the options change (Mantine checks thousands of options on every render of a select).
 */
export const Filters = memo(function Filters({
  store,
  lookups,
  tagsVersion,
  query,
  statuses,
  onChange,
}: {
  store: ClaimStore;
  /** store.lookupVersion and store.tagsVersion: the options' versions. */
  lookups: number;
  tagsVersion: number;
  query: ClaimQuery;
  statuses: StatusDefinition[];
  onChange: (next: ClaimQuery) => void;
}) {
  const speakers = useMemo(
    () =>
      lazy(() => [
        { value: noneId, label: 'Unattributed' },
        ...[...store.speakers.values()]
          .map((s) => ({ value: s.id, label: s.role ? `${s.name} (${s.role})` : s.name }))
          .sort(byLabel),
      ]),
    // The lookups change in place; their version says when.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, lookups],
  );
  const outlets = useMemo(
    () =>
      lazy(() => [
        { value: noneId, label: 'No outlet' },
        ...[...store.outlets.values()].map((o) => ({ value: o.id, label: o.name })).sort(byLabel),
      ]),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, lookups],
  );
  const sources = useMemo(
    () =>
      lazy(() =>
        [...store.sources.values()]
          .map((s) => ({ value: s.id, label: s.title || 'Untitled' }))
          .sort(byLabel),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, lookups],
  );
  const tags = useMemo(
    () =>
      lazy(() =>
        store
          .tagCounts()
          .map(([tag, n]) => ({ value: tag, label: `${tag} (${formatCount(n)})` })),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, tagsVersion],
  );
  const statusOptions = useMemo(
    () => lazy(() => statuses.map((s) => ({ value: s.id, label: s.label }))),
    [statuses],
  );
  const reviewOptions = useMemo(
    () => lazy(() => reviewStates.map((r) => ({ value: r, label: reviewLabels[r] }))),
    [],
  );
  const statusColor = useMemo(() => new Map(statuses.map((s) => [s.id, s.color])), [statuses]);

  const set = <K extends keyof ClaimQuery>(key: K, value: ClaimQuery[K]) =>
    onChange({ ...query, [key]: value });

  return (
    <Group gap="xs" wrap="wrap" data-testid="claims-filters">
      <Filter
        label="Status"
        width={190}
        options={statusOptions}
        value={query.statuses}
        onChange={(v) => set('statuses', v)}
        renderSwatch={(id) => statusColor.get(id)}
      />
      <Filter
        label="Review"
        width={170}
        options={reviewOptions}
        value={query.reviews}
        onChange={(v) => set('reviews', v as ClaimQuery['reviews'])}
      />
      <Filter
        label="Speaker"
        width={200}
        searchable
        options={speakers}
        value={query.speakers}
        onChange={(v) => set('speakers', v)}
      />
      <Filter
        label="Outlet"
        width={180}
        searchable
        options={outlets}
        value={query.outlets}
        onChange={(v) => set('outlets', v)}
      />
      <Filter
        label="Source"
        width={200}
        searchable
        options={sources}
        value={query.sources}
        onChange={(v) => set('sources', v)}
      />
      <Filter
        label="Tag"
        width={160}
        searchable
        options={tags}
        value={query.tags}
        onChange={(v) => set('tags', v)}
      />
      <DatePickerInput
        type="range"
        size="xs"
        w={230}
        aria-label="Filter by publication date"
        data-testid="filter-date"
        leftSection={<span className={classes.filterLabel}>Published</span>}
        leftSectionWidth={72}
        leftSectionPointerEvents="none"
        placeholder="Any date"
        valueFormat="D MMM YYYY"
        clearable
        allowSingleDateInRange
        value={[query.from, query.to]}
        onChange={([from, to]) => onChange({ ...query, from: from ?? null, to: to ?? null })}
        popoverProps={{ withinPortal: true }}
      />
    </Group>
  );
});
