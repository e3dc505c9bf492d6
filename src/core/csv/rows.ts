import Papa, { type UnparseConfig } from 'papaparse';
import type { Claim, LinkRelation, Outlet, Source, Speaker } from '@shared/model';
import { formatLinks, formatOrigin, formulaPattern, joinList } from './cells';
import { csvColumns } from './columns';

/** One claim with what it points to: everything a CSV row shows. */
export interface CsvClaimInput {
  claim: Claim;
  source: Pick<Source, 'id' | 'title' | 'author' | 'publishedAt' | 'origin'> | null;
  speaker: Pick<Speaker, 'name' | 'role'> | null;
  outlet: Pick<Outlet, 'name'> | null;
  /** Claims linked to this one (either direction) and how. */
  links: readonly { id: string; relation: LinkRelation }[];
}

const text = (value: string | null | undefined) => value ?? '';

/**
 * The cells of one claim, in csvColumns order, before formula neutralising (papaparse does that
 * while writing). Everything is a string: the file must mean the same in every spreadsheet.
 */
export function claimCells({ claim, source, speaker, outlet, links }: CsvClaimInput): string[] {
  return [
    claim.id,
    claim.text,
    text(speaker?.name),
    text(speaker?.role),
    text(outlet?.name),
    text(source?.title),
    text(source?.author),
    text(source?.publishedAt),
    claim.status,
    claim.credibility === null ? '' : String(claim.credibility),
    joinList(claim.tags),
    claim.note,
    claim.review,
    claim.kind,
    claim.confidence === null ? '' : String(claim.confidence),
    formatLinks(links),
    claim.sourceId,
    source ? formatOrigin(source.origin) : '',
    String(claim.anchor.start),
    String(claim.anchor.end),
    claim.createdAt,
    claim.updatedAt,
    text(claim.updatedBy),
  ];
}

/** UTF-8 byte-order mark: spreadsheets then read accents and Cyrillic right. */
export const bom = '\ufeff';
const newline = '\r\n';

const unparseConfig: UnparseConfig = {
  // RFC 4180: comma, CRLF, quotes only where needed, "" inside quotes.
  delimiter: ',',
  newline,
  quoteChar: '"',
  escapeChar: '"',
  header: false,
  escapeFormulae: formulaPattern,
};

/** Writes rows as RFC 4180 CSV with papaparse (no trailing line break). */
export function csvLines(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  return Papa.unparse(rows as string[][], unparseConfig);
}

/**
 * Builds the file in chunks so a large export can report progress and let the page breathe:
 * `header()` first, then `rows()` for each chunk; join the parts as they come.
 */
export function csvHeader(): string {
  return bom + csvLines([[...csvColumns]]) + newline;
}

export function csvChunk(inputs: readonly CsvClaimInput[]): string {
  return csvCellsChunk(inputs.map(claimCells));
}

/** Rows whose cells (claimCells) were made earlier, e.g. while the rest was still being read. */
export function csvCellsChunk(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  return csvLines(rows) + newline;
}

/** The whole file at once, for small exports and tests. */
export function claimsToCsv(inputs: readonly CsvClaimInput[]): string {
  return csvHeader() + csvChunk(inputs);
}
