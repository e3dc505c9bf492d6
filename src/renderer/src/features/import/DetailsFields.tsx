import { Autocomplete, Select, TextInput } from '@mantine/core';
import { isIsoDate } from '@core/query';
import { sourceKinds, type SourceKind } from '@shared/manifest';
import type { ArticleDetails } from '../../db/import/articles';

export const kindLabels: Record<SourceKind, string> = {
  news: 'News',
  interview: 'Interview',
  'op-ed': 'Op-ed',
};
export const kindOptions = sourceKinds.map((value) => ({ value, label: kindLabels[value] }));

export const dateError = (value: string | null) =>
  value && !isIsoDate(value) ? 'Use YYYY-MM-DD' : null;

type FieldProps = {
  details: ArticleDetails;
  onChange: (patch: Partial<ArticleDetails>) => void;
  outlets: string[];
  /** Compact inputs without labels (table cells); labels become aria-labels. */
  compact?: boolean;
  /** Names the row in aria-labels ("Title of story.html"). */
  of?: string;
};

/** The inputs for the five details of a source (title, outlet, author, date, type), to lay out as the caller likes. */
export function detailsFields({ details, onChange, outlets, compact = false, of }: FieldProps) {
  const label = (name: string) =>
    compact ? { 'aria-label': of ? `${name} of ${of}` : name } : { label: name };
  const size = compact ? 'xs' : 'sm';
  return {
    title: (
      <TextInput
        {...label('Title')}
        size={size}
        value={details.title}
        onChange={(e) => onChange({ title: e.currentTarget.value })}
        error={details.title.trim() ? null : 'A title is needed'}
        data-testid="details-title"
      />
    ),
    outlet: (
      <Autocomplete
        {...label('Outlet')}
        size={size}
        value={details.outlet ?? ''}
        data={outlets}
        limit={8}
        placeholder="Not found"
        onChange={(value) => onChange({ outlet: value || null })}
        data-testid="details-outlet"
      />
    ),
    author: (
      <TextInput
        {...label('Author')}
        size={size}
        value={details.author ?? ''}
        placeholder="Not found"
        onChange={(e) => onChange({ author: e.currentTarget.value || null })}
        data-testid="details-author"
      />
    ),
    date: (
      <TextInput
        {...label('Published')}
        size={size}
        value={details.publishedAt ?? ''}
        placeholder="YYYY-MM-DD"
        onChange={(e) => onChange({ publishedAt: e.currentTarget.value.trim() || null })}
        error={dateError(details.publishedAt)}
        data-testid="details-date"
      />
    ),
    kind: (
      <Select
        {...label('Type')}
        size={size}
        data={kindOptions}
        value={details.kind}
        allowDeselect={false}
        onChange={(value) => value && onChange({ kind: value as SourceKind })}
        data-testid="details-kind"
      />
    ),
  };
}

/** Why a row's details cannot be imported yet, or null. */
export function detailsInvalid(details: ArticleDetails | undefined): boolean {
  return !details || !details.title.trim() || dateError(details.publishedAt) !== null;
}
