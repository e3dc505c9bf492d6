import type { z } from 'zod';
import {
  backupFormat,
  backupFormatVersion,
  backupTables,
  headerSchema,
  tablesSchema,
  type BackupTable,
} from './schema';
import type { Backup, StoreTables, TableCounts } from './types';

export type ParseBackupResult =
  { ok: true; backup: Backup; warnings: string[] } | { ok: false; problem: string };

const fail = (problem: string): ParseBackupResult => ({ ok: false, problem });

/** "claims row 1,235 (anchor.start): expected a number" from a zod issue. */
function describeIssue(issue: z.core.$ZodIssue, prefix: PropertyKey[] = []): string {
  const path = [...prefix, ...issue.path];
  let where = '';
  if (path[0] === 'tables' && typeof path[1] === 'string') {
    const table = path[1];
    const row = typeof path[2] === 'number' ? ` row ${(path[2] + 1).toLocaleString('en')}` : '';
    const field = path.slice(typeof path[2] === 'number' ? 3 : 2).join('.');
    where = `${table}${row}${field ? ` (${field})` : ''}`;
  } else where = path.join('.') || 'the file';
  const message =
    issue.code === 'invalid_type' && issue.input === undefined
      ? 'is missing'
      : issue.message.replace(/^Invalid input: /, '');
  return `${where}: ${message}`;
}

function describeIssues(issues: z.core.$ZodIssue[], prefix: PropertyKey[] = []): string {
  const shown = issues.slice(0, 4).map((issue) => `• ${describeIssue(issue, prefix)}`);
  const more = issues.length > 4 ? `\n• and ${issues.length - 4} more problems` : '';
  return `${shown.join('\n')}${more}`;
}

function jsonProblem(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (
    /end of (JSON )?input|Unterminated|Expected .* after/i.test(message) &&
    !text.trimEnd().endsWith('}')
  ) {
    return 'The file ends too early: it was cut off (truncated) while it was being saved or copied. Use a complete copy of the backup.';
  }
  return `The file is not valid JSON (${message}). It may be damaged; use another copy of the backup.`;
}

/**
 * Everything a restore relies on, checked before a single row is written: the file is JSON, it
 * is a Claimdesk backup, its versions are ones this Claimdesk reads, every row of every table has
 * its fields with the right types, ids are unique, and the counts it states match its rows.
 */
export function parseBackup(text: string, options: { schemaVersion: number }): ParseBackupResult {
  if (!text.trim()) return fail('The file is empty.');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    return fail(jsonProblem(error, text));
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return fail('This is not a Claimdesk backup: the file holds JSON, but not a backup object.');
  }
  const record = json as Record<string, unknown>;
  if (record.format !== backupFormat) {
    return fail(
      `This is not a Claimdesk backup: it has no "format": "${backupFormat}" field. Pick a file made with “Back up”.`,
    );
  }
  const header = headerSchema.safeParse(json);
  if (!header.success) {
    return fail(`The backup’s header is damaged:\n${describeIssues(header.error.issues)}`);
  }
  if (header.data.formatVersion !== backupFormatVersion) {
    return fail(
      header.data.formatVersion > backupFormatVersion
        ? `This backup was made by a newer Claimdesk (backup format ${header.data.formatVersion}; this one reads format ${backupFormatVersion}). Update Claimdesk to restore it.`
        : `This backup’s format version ${header.data.formatVersion} is not one Claimdesk can read (it reads format ${backupFormatVersion}).`,
    );
  }
  if (header.data.schemaVersion > options.schemaVersion) {
    return fail(
      `This backup comes from a newer Claimdesk (store schema ${header.data.schemaVersion}; this one knows up to ${options.schemaVersion}). Update Claimdesk to restore it.`,
    );
  }
  if (record.tables === null || typeof record.tables !== 'object') {
    return fail('The backup has no "tables": it holds no data.');
  }
  const tables = tablesSchema.safeParse(record.tables);
  if (!tables.success) {
    return fail(
      `The backup is damaged or incomplete; nothing was restored:\n${describeIssues(tables.error.issues, ['tables'])}`,
    );
  }
  const data = tables.data as unknown as StoreTables;

  const problems: string[] = [];
  const counts = countTables(data);
  for (const table of backupTables) {
    const stated = header.data.counts?.[table];
    if (stated !== undefined && stated !== counts[table]) {
      problems.push(
        `it says it holds ${stated} ${table} but has ${counts[table]} (rows are missing)`,
      );
    }
  }
  const unique = (table: BackupTable, key: string, values: Iterable<unknown>) => {
    const seen = new Set<unknown>();
    for (const value of values) {
      if (seen.has(value)) {
        problems.push(`two ${table} rows share the ${key} ${String(value)}`);
        return;
      }
      seen.add(value);
    }
  };
  unique(
    'sources',
    'id',
    data.sources.map((r) => r.id),
  );
  unique(
    'sources',
    'content hash',
    data.sources.map((r) => r.contentHash),
  );
  unique(
    'claims',
    'id',
    data.claims.map((r) => r.id),
  );
  unique(
    'speakers',
    'id',
    data.speakers.map((r) => r.id),
  );
  unique(
    'outlets',
    'id',
    data.outlets.map((r) => r.id),
  );
  unique(
    'links',
    'id',
    data.links.map((r) => r.id),
  );
  unique(
    'settings',
    'key',
    data.settings.map((r) => r.key),
  );
  unique(
    'events',
    'seq',
    data.events.filter((e) => e.seq !== undefined).map((e) => e.seq),
  );
  if (problems.length > 0) {
    return fail(
      `The backup is inconsistent; nothing was restored: ${problems.slice(0, 4).join('; ')}.`,
    );
  }

  return {
    ok: true,
    backup: {
      format: header.data.format,
      formatVersion: header.data.formatVersion,
      schemaVersion: header.data.schemaVersion,
      createdAt: header.data.createdAt,
      ...(header.data.app === undefined ? {} : { app: header.data.app }),
      counts,
      tables: data,
    },
    warnings: danglingReferences(data),
  };
}

export function countTables(tables: StoreTables): TableCounts {
  return Object.fromEntries(backupTables.map((t) => [t, tables[t].length])) as TableCounts;
}

/**
 * References to rows the backup does not hold. A store can have them (an old undo, a deleted
 * speaker); they are restored as they are and reported, never silently dropped.
 */
function danglingReferences(tables: StoreTables): string[] {
  const sources = new Set(tables.sources.map((s) => s.id));
  const speakers = new Set(tables.speakers.map((s) => s.id));
  const outlets = new Set(tables.outlets.map((o) => o.id));
  const claims = new Set(tables.claims.map((c) => c.id));
  const count = (n: number, what: string) => (n > 0 ? [`${n} ${what}`] : []);
  const missing = [
    ...count(
      tables.claims.filter((c) => !sources.has(c.sourceId)).length,
      'claims point to a source the backup does not hold',
    ),
    ...count(
      tables.claims.filter((c) => c.speakerId !== null && !speakers.has(c.speakerId)).length,
      'claims point to a missing speaker',
    ),
    ...count(
      tables.claims.filter((c) => c.outletId !== null && !outlets.has(c.outletId)).length +
        tables.sources.filter((s) => s.outletId !== null && !outlets.has(s.outletId)).length,
      'rows point to a missing outlet',
    ),
    ...count(
      tables.links.filter((l) => !claims.has(l.fromClaimId) || !claims.has(l.toClaimId)).length,
      'links point to a missing claim',
    ),
  ];
  return missing;
}
