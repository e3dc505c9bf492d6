import type { LinkRelation, SourceOrigin, SourceOriginType } from '@shared/model';

/**
 * Cells a spreadsheet would run as a formula start with =, +, -, @, tab or carriage return
 * (OWASP "CSV injection"). Export prefixes them with an apostrophe, which spreadsheets show as
 * text. Cells that already start with apostrophes before such a character get one more, so that
 * the re-import can always remove exactly one: neutralise and restore are exact inverses.
 */
export const formulaPattern = /^'*[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return formulaPattern.test(cell) ? `'${cell}` : cell;
}

/** The inverse of neutraliseFormula: drops the apostrophe export added. */
export function restoreFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * A list in one cell: items joined by "; ". A ";" or "\" inside an item is escaped with a
 * backslash, so any tag survives the trip.
 */
export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\;]/g, (c) => `\\${c}`)).join('; ');
}

/** The inverse of joinList; empty items and surrounding spaces are dropped. */
export function splitList(cell: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '\\' && i + 1 < cell.length) {
      current += cell[++i];
    } else if (c === ';') {
      items.push(current);
      current = '';
    } else current += c;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

export interface LinkedClaim {
  id: string;
  relation: LinkRelation;
}

/** "id:relation;id:relation". */
export function formatLinks(links: readonly LinkedClaim[]): string {
  return links.map((link) => `${link.id}:${link.relation}`).join(';');
}

export function parseLinks(cell: string): LinkedClaim[] {
  if (!cell.trim()) return [];
  return cell.split(';').map((part) => {
    const at = part.lastIndexOf(':');
    return { id: part.slice(0, at).trim(), relation: part.slice(at + 1).trim() as LinkRelation };
  });
}

/** "seed:000_x.txt", "file:story.html", "paste". */
export function formatOrigin(origin: SourceOrigin): string {
  return origin.name === null ? origin.type : `${origin.type}:${origin.name}`;
}

export function parseOrigin(cell: string): SourceOrigin {
  const at = cell.indexOf(':');
  if (at < 0) return { type: cell as SourceOriginType, name: null };
  return { type: cell.slice(0, at) as SourceOriginType, name: cell.slice(at + 1) };
}
