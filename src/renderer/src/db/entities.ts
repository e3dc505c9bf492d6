import type { Claim, Outlet, Reliability, Source, Speaker, TableName } from '@shared/model';
import { applyEdits, applyPlannedEdits, rowEdit, type RowEdit } from './changes';
import type { ClaimdeskDB } from './db';
import { formatCount } from '../lib/numbers';

/** Speakers and outlets share their list, edit, merge and delete logic. */
export type EntityKind = 'speakers' | 'outlets';

/** The claim field that points at an entity of each kind. */
export const claimField = { speakers: 'speakerId', outlets: 'outletId' } as const;

const nouns = { speakers: 'speaker', outlets: 'outlet' } as const;

/** What a user may change on a speaker. */
export interface SpeakerPatch {
  name?: string;
  role?: string | null;
  aliases?: string[];
}

/** What a user may change on an outlet. */
export interface OutletPatch {
  name?: string;
  aliases?: string[];
  reliability?: Reliability | null;
}

/** Admiralty (NATO) source reliability grades, with their standard meanings. */
export const reliabilityGrades: { value: Reliability; label: string; description: string }[] = [
  {
    value: 'A',
    label: 'Completely reliable',
    description:
      'No doubt about authenticity, trustworthiness or competence; a history of complete reliability.',
  },
  {
    value: 'B',
    label: 'Usually reliable',
    description: 'Minor doubts; a history of mostly valid information.',
  },
  {
    value: 'C',
    label: 'Fairly reliable',
    description: 'Doubts; has provided valid information in the past.',
  },
  {
    value: 'D',
    label: 'Not usually reliable',
    description: 'Significant doubts; has provided valid information in the past.',
  },
  {
    value: 'E',
    label: 'Unreliable',
    description:
      'Lacks authenticity, trustworthiness and competence; a history of invalid information.',
  },
  {
    value: 'F',
    label: 'Reliability cannot be judged',
    description: 'No basis exists for evaluating its reliability.',
  },
];

const fold = (text: string) => text.normalize('NFKC').trim().toLocaleLowerCase();

/** Trimmed, de-duplicated aliases (ignoring case), never repeating the entity's own name. */
export function cleanAliases(aliases: readonly string[], name: string): string[] {
  const seen = new Set([fold(name)]);
  const out: string[] = [];
  for (const alias of aliases) {
    const trimmed = alias.replace(/\s+/g, ' ').trim();
    const key = fold(trimmed);
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
  }
  return out;
}

function cleanName(name: string, kind: EntityKind): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (!trimmed) throw new Error(`A ${nouns[kind]} needs a name.`);
  return trimmed;
}

/** Saves changes to a speaker as one undoable step. */
export async function updateSpeaker(
  db: ClaimdeskDB,
  id: string,
  patch: SpeakerPatch,
): Promise<string> {
  const name = patch.name === undefined ? undefined : cleanName(patch.name, 'speakers');
  return applyEdits(db, `Edited speaker ${name ?? ''}`.trim(), [
    rowEdit<Speaker>('speakers', id, (current, { at }) => {
      if (!current) throw new Error('This speaker no longer exists.');
      const nextName = name ?? current.name;
      const role = patch.role === undefined ? current.role : patch.role?.trim() || null;
      return {
        ...current,
        name: nextName,
        role,
        aliases: cleanAliases(patch.aliases ?? current.aliases, nextName),
        updatedAt: at,
      };
    }),
  ]);
}

/** Saves changes to an outlet as one undoable step. */
export async function updateOutlet(
  db: ClaimdeskDB,
  id: string,
  patch: OutletPatch,
): Promise<string> {
  const name = patch.name === undefined ? undefined : cleanName(patch.name, 'outlets');
  const label =
    patch.reliability !== undefined && patch.name === undefined && patch.aliases === undefined
      ? patch.reliability
        ? `Graded outlet ${patch.reliability}`
        : 'Cleared outlet grade'
      : `Edited outlet ${name ?? ''}`.trim();
  return applyEdits(db, label, [
    rowEdit<Outlet>('outlets', id, (current, { at }) => {
      if (!current) throw new Error('This outlet no longer exists.');
      const nextName = name ?? current.name;
      return {
        ...current,
        name: nextName,
        reliability: patch.reliability === undefined ? current.reliability : patch.reliability,
        aliases: cleanAliases(patch.aliases ?? current.aliases, nextName),
        updatedAt: at,
      };
    }),
  ]);
}

type Entity = Speaker | Outlet;

/**
 * Merges `removeId` into `keepId` as one undoable step: every claim (and, for outlets, every
 * source) that pointed at the removed entry points at the kept one, the removed entry's name and
 * aliases become aliases of the kept one, and the removed entry is deleted. Links between claims
 * are untouched: they refer to claims, which keep their ids.
 */
export async function mergeEntities(
  db: ClaimdeskDB,
  kind: EntityKind,
  keepId: string,
  removeId: string,
): Promise<string> {
  if (keepId === removeId) throw new Error(`Pick two different ${kind} to merge.`);
  const table = db.table<Entity, string>(kind);
  // Names for the step's label; the rows themselves are read again inside the transaction.
  const [keepName, removeName] = await Promise.all([
    table.get(keepId).then((e) => e?.name),
    table.get(removeId).then((e) => e?.name),
  ]);
  if (!keepName || !removeName) throw new Error(`One of these ${kind} no longer exists.`);
  const field = claimField[kind];
  const tables: TableName[] =
    kind === 'outlets' ? ['outlets', 'claims', 'sources'] : ['speakers', 'claims'];
  const label = `Merged ${nouns[kind]} “${removeName}” into “${keepName}”`;
  return applyPlannedEdits(db, label, tables, async () => {
    const [keep, remove] = await Promise.all([table.get(keepId), table.get(removeId)]);
    if (!keep || !remove) throw new Error(`One of these ${kind} no longer exists.`);
    const claimIds = (await db.claims.where(field).equals(removeId).primaryKeys()) as string[];
    const sourceIds =
      kind === 'outlets'
        ? ((await db.sources.where('outletId').equals(removeId).primaryKeys()) as string[])
        : [];
    const edits: RowEdit[] = claimIds.map((id) =>
      rowEdit<Claim>('claims', id, (current, { actor, at }) => {
        if (!current) throw new Error('A claim disappeared during the merge.');
        return { ...current, [field]: keepId, updatedAt: at, updatedBy: actor };
      }),
    );
    for (const id of sourceIds) {
      edits.push(
        rowEdit<Source>('sources', id, (current, { at }) => {
          if (!current) throw new Error('A source disappeared during the merge.');
          return { ...current, outletId: keepId, updatedAt: at };
        }),
      );
    }
    edits.push(
      rowEdit<Entity>(kind, keepId, (current, { at }) => {
        const kept = current ?? keep;
        const merged = {
          ...kept,
          aliases: cleanAliases([...kept.aliases, remove.name, ...remove.aliases], kept.name),
          updatedAt: at,
        };
        if ('role' in merged && 'role' in remove) merged.role = merged.role ?? remove.role;
        if ('reliability' in merged && 'reliability' in remove) {
          merged.reliability = merged.reliability ?? remove.reliability;
        }
        return merged;
      }),
      rowEdit<Entity>(kind, removeId, () => null),
    );
    return edits;
  });
}

/**
 * Deletes a speaker or outlet that nothing points at, as one undoable step. One still named by a
 * claim (or, for an outlet, a source) is refused: merge it into another entry instead.
 */
export async function deleteEntity(db: ClaimdeskDB, kind: EntityKind, id: string): Promise<string> {
  const name = (await db.table<Entity, string>(kind).get(id))?.name;
  if (!name) throw new Error(`This ${nouns[kind]} was already deleted.`);
  const tables: TableName[] =
    kind === 'outlets' ? ['outlets', 'claims', 'sources'] : ['speakers', 'claims'];
  return applyPlannedEdits(db, `Deleted ${nouns[kind]} “${name}”`, tables, async () => {
    const claims = await db.claims.where(claimField[kind]).equals(id).count();
    if (claims > 0) {
      throw new Error(
        `“${name}” still has ${plural(claims, 'claim')}. Merge it into another ${nouns[kind]} instead.`,
      );
    }
    if (kind === 'outlets') {
      const sources = await db.sources.where('outletId').equals(id).count();
      if (sources > 0) {
        throw new Error(
          `“${name}” is the outlet of ${plural(sources, 'source')}. Merge it into another outlet instead.`,
        );
      }
    }
    return [
      rowEdit<Entity>(kind, id, (current) => {
        if (!current) throw new Error(`This ${nouns[kind]} was already deleted.`);
        return null;
      }),
    ];
  });
}

export const plural = (count: number, noun: string) =>
  `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;

/**
 * How many rows of `table` have each value of `index`, without loading a row: one count per key,
 * in one read transaction (far faster in IndexedDB than walking every key with a cursor: about
 * 0.8 s instead of 2 s for 100,000 claims by 5,000 speakers). The keys are `knownKeys` (the ids of
 * the speakers or outlets, which saves walking the index for its distinct keys) when every indexed
 * row has one of them, else the index's own distinct keys.
 */
export function countByIndex(
  db: ClaimdeskDB,
  table: 'claims' | 'sources',
  index: string,
  knownKeys?: readonly string[],
): Promise<Map<string, number>> {
  const store = db.table(table);
  const countEach = async (keys: readonly unknown[]) => {
    const counts = await Promise.all(
      keys.map((key) =>
        store
          .where(index)
          .equals(key as string)
          .count(),
      ),
    );
    return new Map(keys.map((key, i) => [String(key), counts[i]!]));
  };
  return db.transaction('r', store, async () => {
    if (knownKeys) {
      const [indexed, counts] = await Promise.all([
        store.orderBy(index).count(),
        countEach(knownKeys),
      ]);
      let total = 0;
      for (const n of counts.values()) total += n;
      if (total === indexed) return counts;
    }
    return countEach(await store.orderBy(index).uniqueKeys());
  });
}
