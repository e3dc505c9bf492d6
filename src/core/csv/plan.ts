import type { Credibility, Review } from '@shared/model';
import { splitList } from './cells';
import {
  columnIndex,
  csvColumns,
  editableColumns,
  readOnlyReason,
  type CsvColumn,
  type EditableColumn,
} from './columns';
import type { CsvTable } from './parse';

/** The new value of one editable field, typed. */
export type FieldValue =
  | { field: 'status'; value: string }
  | { field: 'credibility'; value: Credibility | null }
  | { field: 'tags'; value: string[] }
  | { field: 'note'; value: string }
  | { field: 'review'; value: Review }
  | { field: 'speaker'; value: string | null };

export interface FieldChange {
  field: EditableColumn;
  /** As the user sees them: "Disputed", "aviation; energy", "(none)". */
  before: string;
  after: string;
  next: FieldValue;
}

export interface RowChange {
  claimId: string;
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  claimText: string;
  changes: FieldChange[];
}

export interface CsvProblem {
  row: number;
  column: CsvColumn | null;
  message: string;
}

export interface CsvImportPlan {
  /** Data rows in the file. */
  rows: number;
  changed: RowChange[];
  /** Rows that match a claim and change nothing. */
  unchanged: number;
  /** Rows whose claim id is not in the store (or is empty). */
  unmatched: { row: number; claimId: string; claimText: string }[];
  /** Values that cannot be applied (an unknown status, a credibility of 9, …); the rest of the row is. */
  problems: CsvProblem[];
  /** Edits in read-only columns: not applied, reported per column. */
  ignored: { column: CsvColumn; rows: number[]; reason: string }[];
  /** Editable columns the file does not have: those fields stay as they are. */
  missingColumns: EditableColumn[];
  unknownColumns: string[];
  /** Speaker names that match no speaker yet: the import creates them. */
  newSpeakers: string[];
}

export interface PlanContext {
  /** The store's claims as export cells (csvColumns order), by claim id. */
  current: ReadonlyMap<string, readonly string[]>;
  statuses: readonly { id: string; label: string }[];
  /** Lower-cased names and aliases of speakers in the store. */
  knownSpeakerNames: ReadonlySet<string>;
}

const reviews: readonly Review[] = ['suggested', 'accepted', 'rejected'];
const none = '(none)';

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(a);
  return a.length === b.length && b.every((x) => set.has(x)) && new Set(b).size === set.size;
};

const uniqueTags = (tags: string[]) => [...new Set(tags)];

/** Compares and reads one editable cell; throws a message for values that cannot be applied. */
function readField(
  field: EditableColumn,
  cell: string,
  statuses: PlanContext['statuses'],
): FieldValue {
  const value = cell.trim();
  switch (field) {
    case 'status': {
      const lower = value.toLowerCase();
      const status =
        statuses.find((s) => s.id === lower) ??
        statuses.find((s) => s.label.toLowerCase() === lower);
      if (!status) {
        throw new Error(
          value
            ? `“${value}” is not a status; use one of ${statuses.map((s) => s.id).join(', ')}`
            : 'the status is empty',
        );
      }
      return { field, value: status.id };
    }
    case 'credibility': {
      if (!value) return { field, value: null };
      const n = Number(value.replace(',', '.'));
      if (!Number.isInteger(n) || n < 1 || n > 6) {
        throw new Error(`credibility “${value}” must be a whole number from 1 to 6, or empty`);
      }
      return { field, value: n as Credibility };
    }
    case 'tags':
      return { field, value: uniqueTags(splitList(cell)) };
    case 'note':
      return { field, value: cell.replace(/\r\n?/g, '\n') };
    case 'review': {
      const lower = value.toLowerCase() as Review;
      if (!reviews.includes(lower)) {
        throw new Error(`review “${value}” must be one of ${reviews.join(', ')}`);
      }
      return { field, value: lower };
    }
    case 'speaker':
      return { field, value: value || null };
  }
}

function equal(a: FieldValue, b: FieldValue): boolean {
  if (a.field === 'tags' && b.field === 'tags') return sameSet(a.value, b.value);
  return a.value === b.value;
}

function display(value: FieldValue, statuses: PlanContext['statuses']): string {
  switch (value.field) {
    case 'status':
      return statuses.find((s) => s.id === value.value)?.label ?? value.value;
    case 'tags':
      return value.value.length ? value.value.join(', ') : none;
    case 'credibility':
    case 'speaker':
      return value.value === null ? none : String(value.value);
    case 'note':
      return value.value || none;
    case 'review':
      return value.value;
  }
}

/**
 * What re-importing an edited CSV would change, row by row, before anything is written: changed
 * fields with their old and new values, rows that match no claim, values that cannot be applied,
 * and edits to columns that a CSV cannot change.
 */
export function planCsvImport(table: CsvTable, context: PlanContext): CsvImportPlan {
  const plan: CsvImportPlan = {
    rows: table.rows.length,
    changed: [],
    unchanged: 0,
    unmatched: [],
    problems: [],
    ignored: [],
    missingColumns: editableColumns.filter((c) => table.columns[c] === undefined),
    unknownColumns: table.unknownColumns,
    newSpeakers: [],
  };
  const ignored = new Map<CsvColumn, number[]>();
  const seen = new Map<string, number>();
  const newSpeakers = new Map<string, string>();
  const idColumn = table.columns.claim_id!;
  const textColumn = table.columns.claim_text;

  table.rows.forEach((cells, index) => {
    const row = index + 2;
    const claimId = (cells[idColumn] ?? '').trim();
    const current = claimId ? context.current.get(claimId) : undefined;
    if (!current) {
      plan.unmatched.push({
        row,
        claimId,
        claimText: textColumn === undefined ? '' : (cells[textColumn] ?? ''),
      });
      return;
    }
    const first = seen.get(claimId);
    if (first !== undefined) {
      plan.problems.push({
        row,
        column: 'claim_id',
        message: `claim ${claimId} is also on row ${first}; only row ${first} is used`,
      });
      return;
    }
    seen.set(claimId, row);

    const changes: FieldChange[] = [];
    for (const field of editableColumns) {
      const at = table.columns[field];
      if (at === undefined) continue;
      const cell = cells[at] ?? '';
      const before = current[columnIndex[field]] ?? '';
      if (cell === before) continue;
      let next: FieldValue;
      let previous: FieldValue;
      try {
        next = readField(field, cell, context.statuses);
      } catch (error) {
        plan.problems.push({ row, column: field, message: (error as Error).message });
        continue;
      }
      try {
        previous = readField(field, before, context.statuses);
      } catch {
        // The stored value is outside today's vocabulary (a removed status): any valid value differs.
        previous = { field: 'status', value: before } as FieldValue;
      }
      if (equal(previous, next)) continue;
      if (next.field === 'speaker' && next.value) {
        const key = next.value.toLowerCase();
        if (!context.knownSpeakerNames.has(key) && !newSpeakers.has(key)) {
          newSpeakers.set(key, next.value);
        }
      }
      changes.push({
        field,
        before: display(previous, context.statuses),
        after: display(next, context.statuses),
        next,
      });
    }

    for (const column of csvColumns) {
      const reason = readOnlyReason(column);
      const at = table.columns[column];
      if (!reason || at === undefined) continue;
      const cell = (cells[at] ?? '').replace(/\r\n?/g, '\n');
      const before = (current[columnIndex[column]] ?? '').replace(/\r\n?/g, '\n');
      if (cell.trim() !== before.trim()) {
        const list = ignored.get(column) ?? [];
        list.push(row);
        ignored.set(column, list);
      }
    }

    if (changes.length > 0) {
      plan.changed.push({
        claimId,
        row,
        claimText: current[columnIndex.claim_text] ?? '',
        changes,
      });
    } else plan.unchanged++;
  });

  plan.ignored = [...ignored].map(([column, rows]) => ({
    column,
    rows,
    reason: readOnlyReason(column)!,
  }));
  plan.newSpeakers = [...newSpeakers.values()];
  return plan;
}

/** How many field changes a plan holds. */
export function countChanges(plan: CsvImportPlan): number {
  return plan.changed.reduce((sum, row) => sum + row.changes.length, 0);
}
