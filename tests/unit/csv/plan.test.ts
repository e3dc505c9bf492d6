import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  claimCells,
  claimsToCsv,
  countChanges,
  csvColumns,
  planCsvImport,
  readCsv,
  type CsvClaimInput,
} from '../../../src/core/csv';
import { claim, input, statuses } from './fixtures';

const inputs: CsvClaimInput[] = [
  input(claim('c1', { tags: ['energy'], note: 'first' })),
  input(claim('c2', { status: 'disputed', credibility: 2 })),
  input(claim('c3', { note: '=SUM(A1)' })),
];
const current = new Map(inputs.map((i) => [i.claim.id, claimCells(i)]));
const context = {
  current,
  statuses,
  knownSpeakerNames: new Set(['sergey lavrov', 'maria zakharova']),
};

/** The exported file as a spreadsheet would hold it, edited, then saved again as CSV. */
function edited(edit: (rows: string[][]) => void, options: { delimiter?: string } = {}) {
  const parsed = Papa.parse<string[]>(claimsToCsv(inputs).slice(1), { skipEmptyLines: true });
  const rows = parsed.data;
  edit(rows);
  return Papa.unparse(rows, { delimiter: options.delimiter ?? ',' });
}
const col = (name: (typeof csvColumns)[number]) => csvColumns.indexOf(name);

function plan(text: string) {
  const read = readCsv(text);
  if (!read.ok) throw new Error(read.problem);
  return planCsvImport(read.table, context);
}

describe('planning a CSV re-import', () => {
  it('finds nothing to change in the file as exported (formulas included)', () => {
    const result = plan(claimsToCsv(inputs));
    expect(result.changed).toEqual([]);
    expect(result.unchanged).toBe(3);
    expect(result.problems).toEqual([]);
    expect(result.ignored).toEqual([]);
  });

  it('lists every changed field with its old and new value', () => {
    const result = plan(
      edited((rows) => {
        rows[1]![col('status')] = 'Corroborated';
        rows[1]![col('tags')] = 'energy; aviation';
        rows[2]![col('note')] = 'checked with the ministry';
        rows[2]![col('credibility')] = '';
        rows[2]![col('speaker')] = 'maria zakharova';
        rows[3]![col('review')] = 'Accepted';
      }),
    );
    expect(result.changed.map((r) => [r.claimId, r.row, r.changes.map((c) => c.field)])).toEqual([
      ['c1', 2, ['status', 'tags']],
      ['c2', 3, ['credibility', 'note', 'speaker']],
      ['c3', 4, ['review']],
    ]);
    const c1 = result.changed[0]!.changes;
    expect(c1[0]).toMatchObject({
      before: 'Unverified',
      after: 'Corroborated',
      next: { value: 'corroborated' },
    });
    expect(c1[1]).toMatchObject({
      before: 'energy',
      after: 'energy, aviation',
      next: { value: ['energy', 'aviation'] },
    });
    expect(result.changed[1]!.changes[0]).toMatchObject({
      before: '2',
      after: '(none)',
      next: { value: null },
    });
    expect(countChanges(result)).toBe(6);
    expect(result.newSpeakers).toEqual([]);
  });

  it('reports rows it cannot match, bad values and edits to read-only columns', () => {
    const result = plan(
      edited((rows) => {
        rows.push([...rows[1]!]);
        rows[4]![col('claim_id')] = 'no-such-claim';
        rows[1]![col('status')] = 'corroborted';
        rows[1]![col('note')] = 'kept despite the bad status';
        rows[2]![col('credibility')] = '9';
        rows[3]![col('claim_text')] = 'Rewritten words';
        rows[3]![col('speaker')] = 'A New Person';
        rows.push([...rows[2]!]);
      }),
    );
    expect(result.unmatched).toEqual([{ row: 5, claimId: 'no-such-claim', claimText: 'Claim c1' }]);
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'status'],
      [3, 'credibility'],
      [6, 'claim_id'],
    ]);
    expect(result.problems[0]!.message).toContain('“corroborted” is not a status');
    expect(result.changed.find((r) => r.claimId === 'c1')!.changes.map((c) => c.field)).toEqual([
      'note',
    ]);
    expect(result.ignored).toEqual([
      { column: 'claim_text', rows: [4], reason: expect.stringContaining('boundaries') },
    ]);
    expect(result.newSpeakers).toEqual(['A New Person']);
  });

  it('reads files saved with semicolons, reordered columns and unknown extra columns', () => {
    const result = plan(
      edited(
        (rows) => {
          for (const row of rows) {
            row.reverse();
            row.push(row === rows[0] ? 'My column' : 'x');
          }
          rows[1]![csvColumns.length - 1 - col('status')] = 'disputed';
        },
        { delimiter: ';' },
      ),
    );
    expect(result.unknownColumns).toEqual(['My column']);
    expect(result.changed.map((r) => r.claimId)).toEqual(['c1']);
  });

  it('treats tags as a set and CRLF in notes as LF', () => {
    const result = plan(
      edited((rows) => {
        rows[1]![col('tags')] = 'energy;energy';
        rows[2]![col('note')] = '';
      }),
    );
    expect(result.changed.map((r) => r.claimId)).toEqual([]);
  });

  it('refuses files without a claim_id column or with broken quoting', () => {
    const noId = readCsv('status,note\r\ndisputed,x\r\n');
    expect(noId.ok).toBe(false);
    if (!noId.ok) expect(noId.problem).toContain('no claim_id column');
    const broken = readCsv('claim_id,note\r\nc1,"never closed\r\nc2,x\r\n');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problem).toMatch(/not valid CSV/);
    expect(readCsv('\ufeff').ok).toBe(false);
  });
});
