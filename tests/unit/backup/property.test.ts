/**
 * Property tests of the JSON backup: for arbitrary stores, backup → restore gives back the same
 * tables; a damaged or foreign file is refused with a clear reason and never throws; a restore
 * that fails at any row leaves the store exactly as it was.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupTables, parseBackup, type Backup, type StoreTables } from '../../../src/core/backup';
import { decodeText } from '../../../src/core/decode';
import { sourceKinds } from '../../../src/shared/manifest';
import type {
  ChangeEvent,
  Claim,
  ClaimLink,
  Outlet,
  Setting,
  Source,
  Speaker,
} from '../../../src/shared/model';
import { createBackup, restoreReplacing } from '../../../src/renderer/src/db/backup';
import type { ClaimdeskDB } from '../../../src/renderer/src/db/db';
import { currentSchemaVersion } from '../../../src/renderer/src/db/schema';
import { freshDb, snapshot } from './helpers';

/** Any text, lone surrogates, Cyrillic and quotes included. */
const text = (maxLength = 12) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: fc.constantFrom('"', '\\', '\n', 'ж', '«', '}', ']', ','), maxLength }),
  );
const time = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
/** JSON values as a store holds them (no -0, which JSON cannot keep apart from 0). */
const json = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

/** An arbitrary store that satisfies the backup schema; references may dangle, as in real stores. */
const storeTables: fc.Arbitrary<StoreTables> = fc
  .record({
    sourceCount: fc.integer({ min: 0, max: 4 }),
    speakerIds: fc.uniqueArray(fc.uuid(), { maxLength: 3 }),
    outletIds: fc.uniqueArray(fc.uuid(), { maxLength: 3 }),
  })
  .chain(({ sourceCount, speakerIds, outletIds }) => {
    const outletRef = nullable(fc.constantFrom(...outletIds, 'gone-outlet'));
    const sources = fc
      .uniqueArray(
        fc.record<Source>({
          id: fc.uuid(),
          title: text(),
          outletId: outletRef,
          author: nullable(text()),
          publishedAt: nullable(fc.constantFrom('2025-07-03', '2024-02-29')),
          kind: fc.constantFrom(...sourceKinds),
          rawText: text(40),
          text: text(40),
          contentHash: fc.string({
            unit: fc.constantFrom(...'0123456789abcdef'),
            minLength: 8,
            maxLength: 8,
          }),
          origin: fc.record({
            type: fc.constantFrom('seed' as const, 'file' as const, 'paste' as const),
            name: nullable(text()),
          }),
          importedAt: time,
          updatedAt: time,
        }),
        { minLength: sourceCount, maxLength: sourceCount, selector: (s) => s.id },
      )
      .filter((list) => new Set(list.map((s) => s.contentHash)).size === list.length);
    return sources.chain((sourceRows) => {
      const sourceRef = fc.constantFrom(...sourceRows.map((s) => s.id), 'gone-source');
      const claims = fc.uniqueArray(
        fc.record<Claim>({
          id: fc.uuid(),
          sourceId: sourceRef,
          text: text(),
          anchor: fc.record({
            start: fc.nat(500),
            end: fc.nat(500),
            prefix: text(),
            suffix: text(),
          }),
          speakerId: nullable(fc.constantFrom(...speakerIds, 'gone-speaker')),
          outletId: outletRef,
          kind: fc.constantFrom(
            'direct' as const,
            'indirect' as const,
            'interview' as const,
            'manual' as const,
          ),
          status: fc.constantFrom('unverified', 'disputed', 'custom-status'),
          credibility: nullable(fc.constantFrom(1 as const, 2 as const, 6 as const)),
          tags: fc.array(text(6), { maxLength: 3 }),
          note: text(),
          review: fc.constantFrom('suggested' as const, 'accepted' as const, 'rejected' as const),
          confidence: nullable(fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true })),
          createdAt: time,
          updatedAt: time,
          updatedBy: nullable(text()),
        }),
        { maxLength: 8, selector: (c) => c.id },
      );
      return claims.chain((claimRows) => {
        const claimRef = fc.constantFrom(...claimRows.map((c) => c.id), 'gone-claim');
        return fc.record<StoreTables>({
          sources: fc.constant(sourceRows),
          claims: fc.constant(claimRows),
          speakers: fc.tuple(
            ...speakerIds.map((id) =>
              fc.record<Speaker>({
                id: fc.constant(id),
                name: text().filter((n) => n.length > 0),
                aliases: fc.array(text(), { maxLength: 2 }),
                role: nullable(text()),
                createdAt: time,
                updatedAt: time,
              }),
            ),
          ),
          outlets: fc.tuple(
            ...outletIds.map((id) =>
              fc.record<Outlet>({
                id: fc.constant(id),
                name: text().filter((n) => n.length > 0),
                aliases: fc.array(text(), { maxLength: 2 }),
                reliability: nullable(fc.constantFrom('A' as const, 'C' as const, 'F' as const)),
                createdAt: time,
                updatedAt: time,
              }),
            ),
          ),
          links: fc.uniqueArray(
            fc.record<ClaimLink>({
              id: fc.uuid(),
              fromClaimId: claimRef,
              toClaimId: claimRef,
              relation: fc.constantFrom(
                'corroborates' as const,
                'contradicts' as const,
                'same-statement' as const,
              ),
              note: text(),
              createdAt: time,
              updatedAt: time,
            }),
            { maxLength: 3, selector: (l) => l.id },
          ),
          events: fc
            .uniqueArray(fc.integer({ min: 1, max: 10_000 }), { maxLength: 5 })
            .chain((seqs) =>
              fc.tuple(
                ...seqs.map((seq) =>
                  fc.record<ChangeEvent>({
                    seq: fc.constant(seq),
                    groupId: fc.uuid(),
                    at: time,
                    actor: nullable(text()),
                    label: text(),
                    table: fc.constantFrom(
                      'sources' as const,
                      'claims' as const,
                      'settings' as const,
                    ),
                    key: text(),
                    before: json,
                    after: json,
                    state: fc.constantFrom('done' as const, 'undone' as const, 'log' as const),
                  }),
                ),
              ),
            ),
          settings: fc.uniqueArray(
            fc.record<Setting>({ key: text().filter((k) => k.length > 0), value: json }),
            { maxLength: 3, selector: (s) => s.key },
          ),
        });
      });
    });
  });

async function storeWith(tables: StoreTables): Promise<ClaimdeskDB> {
  const db = freshDb('property');
  await db.transaction(
    'rw',
    backupTables.map((t) => db.table(t)),
    async () => {
      for (const table of backupTables) await db.table(table).bulkPut(tables[table] as unknown[]);
    },
  );
  return db;
}

const parse = (t: string) => parseBackup(t, { schemaVersion: currentSchemaVersion });

/** How the Data screen reads a picked file: decode the bytes, then validate. */
function readPicked(bytes: Uint8Array) {
  const decoded = decodeText(bytes, { noun: 'backup' });
  return decoded.ok ? parse(decoded.text) : { ok: false as const, problem: decoded.problem };
}

const sorted = (tables: StoreTables) =>
  Object.fromEntries(
    backupTables.map((t) => [
      t,
      [...(tables[t] as unknown as Record<string, unknown>[])].sort((a, b) => {
        const key = t === 'settings' ? 'key' : t === 'events' ? 'seq' : 'id';
        return String(a[key]) < String(b[key]) ? -1 : String(a[key]) > String(b[key]) ? 1 : 0;
      }),
    ]),
  );

describe('property: JSON backup and restore', { timeout: 60_000 }, () => {
  it('backup → restore over any other store gives back exactly the backed-up tables', async () => {
    await fc.assert(
      fc.asyncProperty(storeTables, storeTables, async (original, other) => {
        const source = await storeWith(original);
        const target = await storeWith(other);
        try {
          const stored = await snapshot(source);
          // Every field written is kept (the store may add derived ones, e.g. a link's pair).
          expect(sorted(stored)).toMatchObject(sorted(original));
          const { bytes } = await createBackup(source);
          const parsed = readPicked(bytes);
          if (!parsed.ok) throw new Error(parsed.problem);
          expect(sorted(parsed.backup.tables)).toEqual(sorted(stored));
          await restoreReplacing(target, parsed.backup);
          expect(await snapshot(target)).toEqual(stored);
        } finally {
          source.close();
          target.close();
        }
      }),
      { numRuns: 12 },
    );
  });

  it('truncated, bit-flipped or foreign files are refused with a reason, never with a throw', async () => {
    // One real backup file, damaged in arbitrary ways.
    const db = await storeWith(fc.sample(storeTables, { numRuns: 1, seed: 7 })[0]!);
    const { bytes } = await createBackup(db);
    db.close();
    const file = new TextDecoder().decode(bytes);
    const end = new TextEncoder().encode(file.trimEnd()).length;

    fc.assert(
      fc.property(fc.integer({ min: 0, max: end - 1 }), (cut) => {
        const result = readPicked(bytes.slice(0, cut));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problem).toMatch(/.{12,}/);
      }),
      { numRuns: 150 },
    );

    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 7 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (flips) => {
          const damaged = bytes.slice();
          for (const [at, bit] of flips) damaged[at]! ^= 1 << bit;
          const result = readPicked(damaged);
          // A flip inside a string can leave a valid backup; anything else is refused with a reason.
          if (!result.ok) expect(result.problem).toMatch(/.{12,}/);
          else expect(Object.keys(result.backup.tables).sort()).toEqual([...backupTables].sort());
        },
      ),
      { numRuns: 300 },
    );

    const foreign = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.string(), fc.jsonValue()),
      fc.dictionary(fc.string(), fc.jsonValue()).map((extra) => ({
        ...JSON.parse(file),
        ...extra,
        tables: extra,
      })),
      fc.constantFrom(...backupTables).chain((table) =>
        fc
          .jsonValue()
          .filter((rows) => !(Array.isArray(rows) && rows.length === 0))
          .map((rows) => {
            const copy = JSON.parse(file);
            copy.tables[table] = rows;
            return copy;
          }),
      ),
    );
    fc.assert(
      fc.property(foreign, (value) => {
        const result = parse(JSON.stringify(value));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problem).toMatch(/.{12,}/);
      }),
      { numRuns: 200 },
    );
  });

  it('a restore that fails at any row of any table leaves the store exactly as it was', async () => {
    const poisoned = fc
      .tuple(storeTables, fc.constantFrom(...backupTables), fc.nat())
      .filter(([tables, table]) => tables[table].length > 0);
    await fc.assert(
      fc.asyncProperty(storeTables, poisoned, async (current, [incoming, table, at]) => {
        const db = await storeWith(current);
        try {
          const before = await snapshot(db);
          // A row IndexedDB refuses (its key is not a valid key), as a damaged disk or a bug
          // might produce after validation: the write fails part-way through the restore.
          const tables = structuredClone(incoming);
          const rows = tables[table] as unknown as Record<string, unknown>[];
          const key = table === 'settings' ? 'key' : table === 'events' ? 'seq' : 'id';
          rows[at % rows.length] = { ...rows[at % rows.length], [key]: { not: 'a key' } };
          const backup: Backup = {
            format: 'claimdesk-backup',
            formatVersion: 1,
            schemaVersion: currentSchemaVersion,
            createdAt: new Date().toISOString(),
            tables,
          };
          await expect(restoreReplacing(db, backup)).rejects.toThrow();
          expect(await snapshot(db)).toEqual(before);
        } finally {
          db.close();
        }
      }),
      { numRuns: 15 },
    );
  });
});
