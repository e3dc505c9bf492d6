import Papa from 'papaparse';
import { restoreFormula } from './cells';
import { csvColumns, normaliseHeader, type CsvColumn } from './columns';

/** A CSV file read back: its columns by name and its data rows (apostrophes export added, removed). */
export interface CsvTable {
  /** Where each known column is in the file; columns the file lacks are absent. */
  columns: Partial<Record<CsvColumn, number>>;
  /** Header cells Claimdesk does not know (kept by spreadsheets, ignored on import). */
  unknownColumns: string[];
  /** Data rows; `rows[i]` is spreadsheet row i + 2 (the header is row 1). */
  rows: string[][];
  delimiter: string;
}

export type ReadCsvResult = { ok: true; table: CsvTable } | { ok: false; problem: string };

const known = new Set<string>(csvColumns);
const aliases: Record<string, CsvColumn> = {
  id: 'claim_id',
  claim: 'claim_text',
  text: 'claim_text',
};

/**
 * Parses CSV text (RFC 4180; the delimiter is detected, since spreadsheets in some locales save
 * with semicolons). Refuses files whose quoting is broken rather than guessing what they meant.
 */
export function readCsv(input: string): ReadCsvResult {
  const text = input.replace(/^\ufeff/, '');
  if (!text.trim()) return { ok: false, problem: 'The file has no rows.' };
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) {
    const row = broken.row === undefined ? '' : ` near row ${broken.row + 1}`;
    return {
      ok: false,
      problem: `The file is not valid CSV${row}: ${broken.message.replace(/\.$/, '')}. Nothing was changed.`,
    };
  }
  const [header, ...rows] = parsed.data;
  if (!header) return { ok: false, problem: 'The file has no header row.' };
  const columns: Partial<Record<CsvColumn, number>> = {};
  const unknownColumns: string[] = [];
  header.forEach((cell, index) => {
    const name = normaliseHeader(cell);
    const column = (known.has(name) ? name : aliases[name]) as CsvColumn | undefined;
    if (column && columns[column] === undefined) columns[column] = index;
    else if (name) unknownColumns.push(cell.trim());
  });
  if (columns.claim_id === undefined) {
    return {
      ok: false,
      problem:
        'The file has no claim_id column, so its rows cannot be matched to claims. Re-import works with a CSV exported from Claimdesk (keep its header row and the claim_id column).',
    };
  }
  return {
    ok: true,
    table: {
      columns,
      unknownColumns,
      rows: rows.map((row) => row.map(restoreFormula)),
      delimiter: parsed.meta.delimiter,
    },
  };
}
