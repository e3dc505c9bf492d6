import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  claimCells,
  claimsToCsv,
  csvChunk,
  csvColumns,
  csvHeader,
  readCsv,
} from '../../../src/core/csv';
import { claim, input } from './fixtures';

const hostile = [
  claim('c1', {
    text: 'He said, "we will win"\nand left',
    note: '=HYPERLINK("http://evil.example","click")',
    tags: ['+danger', '@me', 'plain', 'semi;colon'],
  }),
  claim('c2', { text: '-5 percent', note: '\tindented', credibility: 3, updatedBy: 'Leyla' }),
  claim('c3', {
    text: 'Россия и Азербайджан — «партнёры»',
    note: "'=already quoted",
    review: 'accepted',
  }),
  claim('c4', { text: 'Çağdaş ümid', note: '\rcarriage', confidence: null, kind: 'manual' }),
];

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark and the header, and uses CRLF', () => {
    const csv = claimsToCsv(hostile.map((c) => input(c)));
    expect(csv.startsWith('\ufeffclaim_id,claim_text,speaker,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every record ends with CRLF; the line break inside a quoted cell is kept as it is.
    expect(csv.split('\r\n').length).toBe(hostile.length + 2);
  });

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    const csv = claimsToCsv(hostile.map((c) => input(c)));
    const cells = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain(`"'-5 percent"`);
  });

  it('reads back to exactly the cells it wrote (quotes, line breaks, Cyrillic, formulas)', () => {
    const inputs = hostile.map((c, i) =>
      input(c, i === 0 ? { links: [{ id: 'c2', relation: 'contradicts' }] } : {}),
    );
    const read = readCsv(csvHeader() + csvChunk(inputs.slice(0, 2)) + csvChunk(inputs.slice(2)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(Object.keys(read.table.columns)).toEqual([...csvColumns]);
    expect(read.table.rows).toEqual(inputs.map(claimCells));
  });

  it('writes an empty claim list as just the header', () => {
    expect(claimsToCsv([])).toBe(`\ufeff${csvColumns.join(',')}\r\n`);
  });
});
