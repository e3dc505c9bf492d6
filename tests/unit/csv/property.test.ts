/**
 * Property tests of the CSV round trip: export → read back → plan finds nothing to change, for
 * claims whose text is full of quotes, commas, line breaks, Cyrillic and formula-looking starts;
 * edits to editable cells are planned as exactly those changes; garbage never throws.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  claimCells,
  claimsToCsv,
  columnIndex,
  csvColumns,
  csvLines,
  editableColumns,
  formulaPattern,
  joinList,
  planCsvImport,
  readCsv,
  type CsvClaimInput,
  type EditableColumn,
  type FieldValue,
} from '../../../src/core/csv';
import type { Credibility, Review } from '../../../src/shared/model';
import { claim, input, statuses } from './fixtures';

/** Characters that break naive CSV writers and readers, and ones spreadsheets run as formulas. */
const awkward = fc.constantFrom(
  '"',
  ',',
  ';',
  '\n',
  '\r\n',
  '\r',
  '\t',
  "'",
  '=',
  '+',
  '-',
  '@',
  ' ',
  '\\',
  'a',
  'Z',
  '1',
  'ж',
  'Б',
  'ё',
  '«',
  '»',
  '“',
  '—',
  'é',
  '\u00a0',
  '😀',
);
const cellText = (maxLength = 24) => fc.string({ unit: awkward, maxLength });
/** Tags as the app stores them: trimmed, non-empty, no duplicates. */
const tag = cellText(10)
  .map((t) => t.trim())
  .filter((t) => t.length > 0);
const tags = fc.uniqueArray(tag, { maxLength: 4 });
const nullable = (arb: fc.Arbitrary<string>) => fc.option(arb, { nil: null });
const credibility = fc.option(fc.integer({ min: 1, max: 6 }) as fc.Arbitrary<Credibility>, {
  nil: null,
});
const review = fc.constantFrom<Review>('suggested', 'accepted', 'rejected');
const status = fc.constantFrom(...statuses.map((s) => s.id));

const claimInput = (id: string) =>
  fc
    .record({
      text: cellText(40),
      note: cellText(),
      tags,
      status,
      credibility,
      review,
      speaker: nullable(cellText(16).filter((n) => n.trim().length > 0)),
      role: nullable(cellText(12)),
      outlet: nullable(cellText(12)),
      title: cellText(20),
      author: nullable(cellText(12)),
      confidence: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    })
    .map((r): CsvClaimInput => {
      const base = input(
        claim(id, {
          text: r.text,
          note: r.note,
          tags: r.tags,
          status: r.status,
          credibility: r.credibility,
          review: r.review,
          confidence: r.confidence,
        }),
      );
      return {
        ...base,
        source: { ...base.source!, title: r.title, author: r.author },
        speaker: r.speaker === null ? null : { name: r.speaker, role: r.role },
        outlet: r.outlet === null ? null : { name: r.outlet },
      };
    });

const store = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => claimInput(`claim-${i + 1}`))));

function contextFor(inputs: readonly CsvClaimInput[]) {
  return {
    current: new Map(inputs.map((i) => [i.claim.id, claimCells(i)])),
    statuses,
    knownSpeakerNames: new Set(
      inputs.flatMap((i) => (i.speaker ? [i.speaker.name.trim().toLowerCase()] : [])),
    ),
  };
}

function planOf(text: string, inputs: readonly CsvClaimInput[]) {
  const read = readCsv(text);
  if (!read.ok) throw new Error(read.problem);
  return planCsvImport(read.table, contextFor(inputs));
}

/** An edit of one editable field to a value it may or may not already have. */
const fieldEdit: fc.Arbitrary<FieldValue> = fc.oneof(
  status.map((value) => ({ field: 'status' as const, value })),
  credibility.map((value) => ({ field: 'credibility' as const, value })),
  tags.map((value) => ({ field: 'tags' as const, value })),
  cellText().map((value) => ({ field: 'note' as const, value })),
  review.map((value) => ({ field: 'review' as const, value })),
  nullable(cellText(16).map((n) => n.trim())).map((value) => ({
    field: 'speaker' as const,
    value: value || null,
  })),
);

/** The cell a user would type for a value (statuses by label or id, reviews in any case). */
function cellFor(edit: FieldValue, style: number): string {
  switch (edit.field) {
    case 'status':
      return style % 2 ? statuses.find((s) => s.id === edit.value)!.label : edit.value;
    case 'credibility':
      return edit.value === null ? '' : String(edit.value);
    case 'tags':
      return joinList(edit.value);
    case 'note':
      return edit.value;
    case 'review':
      return style % 2 ? edit.value.toUpperCase() : edit.value;
    case 'speaker':
      return edit.value ?? '';
  }
}

/** The stored value of a field, in the same terms as an edit. */
function storedValue(i: CsvClaimInput, field: EditableColumn): FieldValue {
  const c = i.claim;
  switch (field) {
    case 'status':
      return { field, value: c.status };
    case 'credibility':
      return { field, value: c.credibility };
    case 'tags':
      return { field, value: c.tags };
    case 'note':
      return { field, value: c.note };
    case 'review':
      return { field, value: c.review };
    case 'speaker':
      return { field, value: i.speaker?.name.trim() || null };
  }
}

/** Whether an edit changes the stored value (tags as a set, line endings of notes ignored). */
function differs(a: FieldValue, b: FieldValue): boolean {
  if (a.field === 'tags' && b.field === 'tags') {
    return a.value.length !== b.value.length || a.value.some((t) => !b.value.includes(t));
  }
  if (a.field === 'note' && b.field === 'note') {
    return a.value.replace(/\r\n?/g, '\n') !== b.value.replace(/\r\n?/g, '\n');
  }
  return a.value !== b.value;
}

describe('property: CSV export and re-import', { timeout: 30_000 }, () => {
  it('export → read back → the plan finds no change, whatever the cells hold', () => {
    fc.assert(
      fc.property(store, (inputs) => {
        const plan = planOf(claimsToCsv(inputs), inputs);
        expect(plan.changed).toEqual([]);
        expect(plan.problems).toEqual([]);
        expect(plan.ignored).toEqual([]);
        expect(plan.unmatched).toEqual([]);
        expect(plan.missingColumns).toEqual([]);
        expect(plan.unchanged).toBe(inputs.length);
        // The cells read back are exactly the cells written, apostrophes of export removed.
        const read = readCsv(claimsToCsv(inputs));
        expect(read.ok && read.table.rows).toEqual(inputs.map((i) => claimCells(i)));
      }),
      { numRuns: 150 },
    );
  });

  it('edits to editable cells are planned as exactly those changes, with the values typed', () => {
    const edits = fc.array(fc.tuple(fc.nat(), fieldEdit, fc.nat()), { maxLength: 8 });
    fc.assert(
      fc.property(store, edits, fc.constantFrom(',', ';'), (inputs, picked, delimiter) => {
        const rows = inputs.map((i) => claimCells(i));
        // The last edit of a cell wins, as in a spreadsheet.
        const expected = new Map<string, Map<EditableColumn, FieldValue>>();
        for (const [at, edit, style] of picked) {
          const index = at % inputs.length;
          rows[index]![columnIndex[edit.field]] = cellFor(edit, style);
          const id = inputs[index]!.claim.id;
          const fields = expected.get(id) ?? new Map<EditableColumn, FieldValue>();
          fields.set(edit.field, edit);
          expected.set(id, fields);
        }
        // Saved again by a spreadsheet (with formulas kept as text, maybe with semicolons).
        const file =
          delimiter === ','
            ? `${csvLines([[...csvColumns], ...rows])}\r\n`
            : Papa.unparse([[...csvColumns], ...rows], {
                delimiter,
                escapeFormulae: formulaPattern,
              });
        const plan = planOf(file, inputs);
        expect(plan.problems).toEqual([]);
        expect(plan.ignored).toEqual([]);
        expect(plan.unmatched).toEqual([]);

        const planned = new Map(
          plan.changed.map((row) => [
            row.claimId,
            new Map(row.changes.map((c) => [c.field, c.next])),
          ]),
        );
        for (const i of inputs) {
          const want = [...(expected.get(i.claim.id) ?? new Map<EditableColumn, FieldValue>())]
            .filter(([field, edit]) => differs(edit, storedValue(i, field)))
            .sort(([a], [b]) => editableColumns.indexOf(a) - editableColumns.indexOf(b));
          const got = [...(planned.get(i.claim.id) ?? new Map<EditableColumn, FieldValue>())];
          expect(got.map(([field]) => field)).toEqual(want.map(([field]) => field));
          for (const [field, next] of got) {
            const edit = want.find(([f]) => f === field)![1];
            if (next.field === 'tags' && edit.field === 'tags') {
              expect([...next.value].sort()).toEqual([...edit.value].sort());
            } else if (next.field === 'note' && edit.field === 'note') {
              expect(next.value).toBe(edit.value.replace(/\r\n?/g, '\n'));
            } else expect(next).toEqual(edit);
          }
        }
        expect(plan.unchanged + plan.changed.length).toBe(inputs.length);
      }),
      { numRuns: 150 },
    );
  });

  it('garbage input gives a clear problem or a plan, and never throws', () => {
    const csvish = fc.string({
      unit: fc.oneof(
        awkward,
        fc.constantFrom('claim_id', 'status', 'tags', 'note', 'claim-1', '""', '\ufeff', '\u0000'),
        fc.string({ unit: 'binary', maxLength: 3 }),
      ),
      maxLength: 60,
    });
    const inputs = [input(claim('claim-1'))];
    fc.assert(
      fc.property(
        fc.oneof(
          csvish,
          csvish.map((s) => `claim_id,status,tags,note,review\r\n${s}`),
        ),
        (text) => {
          const read = readCsv(text);
          if (!read.ok) {
            expect(read.problem).toMatch(/^The file .{10,}/);
            return;
          }
          const plan = planCsvImport(read.table, contextFor(inputs));
          expect(plan.rows).toBe(read.table.rows.length);
          for (const problem of plan.problems) expect(problem.message.length).toBeGreaterThan(5);
          expect(
            plan.unchanged + plan.changed.length + plan.unmatched.length + plan.problems.length,
          ).toBeGreaterThanOrEqual(plan.rows);
        },
      ),
      { numRuns: 100 },
    );
  });
});
