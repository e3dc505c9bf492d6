import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseBackup, type Backup } from '../../../src/core/backup';
import { createBackup, restoreReplacing } from '../../../src/renderer/src/db/backup';
import type { ClaimdeskDB } from '../../../src/renderer/src/db/db';
import { currentSchemaVersion } from '../../../src/renderer/src/db/schema';
import { freshDb, snapshot, workedStore } from './helpers';

let text = '';
let json: Record<string, unknown>;
const parse = (t: string) => parseBackup(t, { schemaVersion: currentSchemaVersion });
const problem = (t: string) => {
  const result = parse(t);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.problem;
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form edits of parsed JSON
const edited = (edit: (j: Record<string, any>) => void) => {
  const copy = structuredClone(json);
  edit(copy);
  return JSON.stringify(copy);
};

const open: ClaimdeskDB[] = [];
afterEach(() => {
  vi.restoreAllMocks();
});
beforeAll(async () => {
  const db = await workedStore(freshDb('validate'));
  open.push(db);
  text = new TextDecoder().decode((await createBackup(db)).bytes);
  json = JSON.parse(text);
});

describe('parseBackup refuses broken and foreign files with a clear reason', () => {
  it('accepts the real thing', () => {
    const result = parse(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.backup.counts!.claims).toBeGreaterThan(0);
  });

  it('truncated', () => {
    expect(problem(text.slice(0, Math.floor(text.length / 2)))).toMatch(/cut off \(truncated\)/);
  });

  it('corrupted (not JSON)', () => {
    expect(problem(text.replace('"claims": [', '"claims": [#garbage'))).toMatch(/not valid JSON/);
    expect(problem('')).toBe('The file is empty.');
  });

  it('foreign JSON', () => {
    expect(problem('{"name": "my package", "version": "1.0.0"}')).toMatch(/not a Claimdesk backup/);
    expect(problem('[1, 2, 3]')).toMatch(/not a Claimdesk backup/);
  });

  it('wrong format or schema version', () => {
    expect(problem(edited((j) => (j.formatVersion = 2)))).toMatch(
      /newer Claimdesk \(backup format 2/,
    );
    expect(problem(edited((j) => (j.formatVersion = 0)))).toMatch(/format version 0/);
    expect(problem(edited((j) => (j.schemaVersion = 99)))).toMatch(
      new RegExp(`store schema 99.*knows up to ${currentSchemaVersion}`),
    );
    expect(problem(edited((j) => delete j.schemaVersion))).toMatch(/schemaVersion: is missing/);
  });

  it('missing fields and tables, naming the table, row and field', () => {
    expect(problem(edited((j) => delete j.tables.claims[2].anchor))).toMatch(
      /claims row 3 \(anchor\): is missing/,
    );
    expect(problem(edited((j) => (j.tables.claims[0].credibility = 9)))).toMatch(
      /claims row 1 \(credibility\)/,
    );
    expect(problem(edited((j) => delete j.tables.events))).toMatch(/events: is missing/);
    expect(problem(edited((j) => delete j.tables))).toMatch(/no "tables"/);
  });

  it('rows missing against the stated counts, and duplicated ids', () => {
    expect(problem(edited((j) => j.tables.claims.pop()))).toMatch(
      /says it holds \d+ claims but has/,
    );
    expect(
      problem(
        edited((j) => {
          j.tables.speakers.push(j.tables.speakers[0]);
          j.counts.speakers++;
        }),
      ),
    ).toMatch(/two speakers rows share the id/);
  });

  it('keeps fields a later version may add', () => {
    const result = parse(edited((j) => (j.tables.sources[0].rawHtml = '<p>kept</p>')));
    expect(
      result.ok && (result.backup.tables.sources[0] as unknown as Record<string, unknown>).rawHtml,
    ).toBe('<p>kept</p>');
  });
});

describe('a restore that fails half-way', () => {
  it('leaves the store exactly as it was', async () => {
    const store = await workedStore(freshDb('half'));
    const before = await snapshot(store);
    const parsed = parse(text);
    if (!parsed.ok) throw new Error(parsed.problem);
    const backup: Backup = parsed.backup;
    const claims = store.table('claims');
    vi.spyOn(claims, 'bulkPut').mockImplementation(() => {
      throw new Error('disk full');
    });
    vi.spyOn(store, 'table').mockImplementation(((name: string) =>
      name === 'claims' ? claims : Object.getPrototypeOf(store).table.call(store, name)) as never);
    await expect(restoreReplacing(store, backup)).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await snapshot(store)).toEqual(before);
    store.close();
  });
});
