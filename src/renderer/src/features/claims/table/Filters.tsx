import '@mantine/dates/styles.css';
import { ColorSwatch, Group, MultiSelect, Text, type ComboboxItem } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { memo, useMemo, useState } from 'react';
import { noneId, reviewStates, type ClaimQuery } from '@core/query';
import type { StatusDefinition } from '@shared/statuses';
import type { ClaimStore } from './claimStore';
import classes from './ClaimsView.module.css';

const reviewLabels = { suggested: 'Suggested', accepted: 'Accepted', rejected: 'Rejected' };

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
  // Thousands of sources or speakers: build the list when it is first needed.
  const [opened, setOpened] = useState(false);
  const needed = opened || value.length > 0;
  const data = useMemo(() => (needed ? options() : []), [needed, options]);
  return (
    <MultiSelect
      onDropdownOpen={() => setOpened(true)}
      size="xs"
      w={width}
      aria-label={`Filter by ${label.toLowerCase()}`}
      data-testid={`filter-${label.toLowerCase()}`}
      leftSection={<span className={classes.filterLabel}>{label}</span>}
      leftSectionWidth={label.length * 6.5 + 14}
      leftSectionPointerEvents="none"
      placeholder={value.length ? undefined : 'Any'}
      data={data}
      value={value}
      onChange={onChange}
      searchable={searchable}
      limit={searchable ? 100 : undefined}
      nothingFoundMessage="Nothing matches"
      clearable
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true, width: Math.max(width, 260), position: 'bottom-start' }}
      renderOption={
        renderSwatch
          ? ({ option }) => (
              <Group gap="xs" wrap="nowrap">
                <ColorSwatch
                  color={`var(--mantine-color-${renderSwatch(option.value) ?? 'gray'}-filled)`}
                  size={10}
                />
                <Text size="xs">{option.label}</Text>
              </Group>
            )
          : undefined
      }
    />
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
          .map(([tag, n]) => ({ value: tag, label: `${tag} (${n.toLocaleString('en')})` })),
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
