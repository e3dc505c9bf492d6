/**
 * The columns of Claimdesk's claims CSV, in file order. The header row uses these names; the
 * re-import finds columns by name (in any order, case and spacing ignored), so a spreadsheet may
 * reorder or drop columns.
 */
export const csvColumns = [
  'claim_id',
  'claim_text',
  'speaker',
  'speaker_role',
  'outlet',
  'source_title',
  'source_author',
  'published_at',
  'status',
  'credibility',
  'tags',
  'note',
  'review',
  'kind',
  'confidence',
  'linked_claims',
  'source_id',
  'source_origin',
  'start',
  'end',
  'created_at',
  'updated_at',
  'updated_by',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

/** Columns whose edits a re-import applies; edits anywhere else are reported and left alone. */
export const editableColumns = [
  'status',
  'credibility',
  'tags',
  'note',
  'review',
  'speaker',
] as const;
export type EditableColumn = (typeof editableColumns)[number];

export const columnIndex = Object.fromEntries(csvColumns.map((c, i) => [c, i])) as Record<
  CsvColumn,
  number
>;

/** Why an edit in a read-only column is not applied, in words the user can act on. */
const readOnlyReasons: Partial<Record<CsvColumn, string>> = {
  claim_text:
    'the claim text is the source’s own words; change the claim’s boundaries in the reader',
  speaker_role: 'a role belongs to the speaker, not to one claim; edit it under Speakers',
  outlet: 'the outlet comes from the source; change it with “Edit details” on the source',
  source_title: 'edit the source’s details in the reader instead',
  source_author: 'edit the source’s details in the reader instead',
  published_at: 'edit the source’s details in the reader instead',
  linked_claims: 'links are edited in the claim panel',
};

/** Why edits in a column are not applied, or null for editable columns and claim_id. */
export function readOnlyReason(column: CsvColumn): string | null {
  if (column === 'claim_id' || (editableColumns as readonly string[]).includes(column)) return null;
  return readOnlyReasons[column] ?? 'Claimdesk writes this column for reference only';
}

/** "Claim Text", "claim-text" and " claim_text " all name claim_text. */
export function normaliseHeader(name: string): string {
  return name
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
