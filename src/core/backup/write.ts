import { backupFormat, backupFormatVersion, backupTables } from './schema';
import type { StoreTables } from './types';
import { countTables } from './validate';

/**
 * The backup as JSON text in parts (join them, or hand them to a Blob): a header, then each table
 * with one row per line, so the file stays readable and no single giant string is needed.
 * `onTable` reports progress between tables.
 */
export function serialiseBackup(
  tables: StoreTables,
  meta: { schemaVersion: number; createdAt: string; app?: string },
  onTable: (table: string, index: number) => void = () => {},
): string[] {
  const header = {
    format: backupFormat,
    formatVersion: backupFormatVersion,
    schemaVersion: meta.schemaVersion,
    createdAt: meta.createdAt,
    ...(meta.app ? { app: meta.app } : {}),
    counts: countTables(tables),
  };
  const head = JSON.stringify(header, null, 1);
  const parts: string[] = [`${head.slice(0, head.lastIndexOf('}')).trimEnd()},\n"tables": {\n`];
  backupTables.forEach((table, index) => {
    onTable(table, index);
    const rows = tables[table] as unknown[];
    parts.push(`${JSON.stringify(table)}: [`);
    const chunk: string[] = [];
    for (let i = 0; i < rows.length; i++) {
      chunk.push(JSON.stringify(rows[i]));
      if (chunk.length === 2000 || i === rows.length - 1) {
        parts.push(`\n${chunk.join(',\n')}${i === rows.length - 1 ? '\n' : ','}`);
        chunk.length = 0;
      }
    }
    parts.push(index === backupTables.length - 1 ? ']\n' : '],\n');
  });
  parts.push('}\n}\n');
  return parts;
}
