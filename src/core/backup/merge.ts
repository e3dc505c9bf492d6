import type {
  ChangeEvent,
  Claim,
  ClaimLink,
  Outlet,
  Setting,
  Source,
  Speaker,
  TableName,
} from '@shared/model';
import { deepEqual, differingFields } from './equal';
import type { StoreTables } from './types';

type MergedTable = Exclude<TableName, 'settings'>;
type Row = Source | Claim | Speaker | Outlet | ClaimLink;

/** One row a merge writes, with what the store held before (null: a new row). */
export interface MergePut<T> {
  row: T;
  before: T | null;
}

export interface MergeConflict {
  table: TableName;
  id: string;
  /** What the user recognises the row by: a title, a name, the claim's words. */
  label: string;
  /** Which side's version the store keeps. */
  winner: 'backup' | 'local';
  localUpdatedAt: string | null;
  backupUpdatedAt: string | null;
  fields: string[];
}

type Counts = Record<TableName, number>;

export interface MergeReport {
  added: Counts;
  updated: Counts;
  unchanged: Counts;
  /** Rows where the store's own version was newer and was kept. */
  kept: Counts;
  conflicts: MergeConflict[];
  /** Rows found under another id: the same article (content hash), person or outlet (name), claim (same words at the same place) or link. */
  matchedElsewhere: Record<'sources' | 'claims' | 'speakers' | 'outlets' | 'links', number>;
  events: { added: number; alreadyPresent: number; notDone: number };
  warnings: string[];
}

export interface MergePlan {
  puts: {
    sources: MergePut<Source>[];
    claims: MergePut<Claim>[];
    speakers: MergePut<Speaker>[];
    outlets: MergePut<Outlet>[];
    links: MergePut<ClaimLink>[];
    settings: MergePut<Setting>[];
  };
  /** The backup's history, added to the store's as read-only (log) rows. */
  events: ChangeEvent[];
  report: MergeReport;
}

export interface MergeOptions {
  /** Settings whose values are lists to combine rather than choose between: key → how items are identified. */
  listSettings?: Record<string, 'id' | 'value'>;
}

const zero = (): Counts => ({
  sources: 0,
  claims: 0,
  speakers: 0,
  outlets: 0,
  links: 0,
  settings: 0,
});

const lower = (s: string) => s.trim().toLocaleLowerCase();
const spanKey = (c: Pick<Claim, 'sourceId' | 'anchor' | 'text'>) =>
  `${c.sourceId}|${c.anchor.start}|${c.anchor.end}|${c.text}`;
const linkKey = (l: Pick<ClaimLink, 'fromClaimId' | 'toClaimId' | 'relation'>) =>
  `${l.fromClaimId}|${l.toClaimId}|${l.relation}`;
function withoutPair(link: ClaimLink): ClaimLink {
  if (link.pair === undefined) return link;
  const { pair: _derived, ...rest } = link;
  return rest;
}
export const eventFingerprint = (e: Pick<ChangeEvent, 'groupId' | 'table' | 'key' | 'at'>) =>
  `${e.groupId}|${e.table}|${e.key}|${e.at}`;

function labelOf(table: MergedTable, row: Row): string {
  switch (table) {
    case 'sources':
      return (row as Source).title;
    case 'claims': {
      const text = (row as Claim).text;
      return text.length > 80 ? `${text.slice(0, 77)}…` : text;
    }
    case 'speakers':
    case 'outlets':
      return (row as Speaker).name;
    case 'links':
      return `${(row as ClaimLink).relation} link`;
  }
}

function unionAliases<T extends Speaker | Outlet>(kept: T, local: T, incoming: T): T {
  const names = new Map<string, string>();
  for (const name of [local.name, ...local.aliases, incoming.name, ...incoming.aliases]) {
    if (lower(name) !== lower(kept.name) && !names.has(lower(name))) names.set(lower(name), name);
  }
  const aliases = [...names.values()];
  return deepEqual(aliases, kept.aliases) ? kept : { ...kept, aliases };
}

/**
 * How a backup merges into a store, worked out before anything is written. Rows are matched by
 * id, and otherwise by what they are: a source by its content hash, a speaker or outlet by name
 * or alias, a claim by its words at the same place of the same source, a link by its two claims
 * and relation. References are re-pointed to the rows they matched, so nothing is duplicated.
 * Where both sides changed a row the newer update wins and the conflict is reported; nothing is
 * deleted. The backup's history joins the store's as read-only entries (undo never walks them).
 */
export function planMerge(
  backup: StoreTables,
  local: StoreTables,
  options: MergeOptions = {},
): MergePlan {
  const report: MergeReport = {
    added: zero(),
    updated: zero(),
    unchanged: zero(),
    kept: zero(),
    conflicts: [],
    matchedElsewhere: { sources: 0, claims: 0, speakers: 0, outlets: 0, links: 0 },
    events: { added: 0, alreadyPresent: 0, notDone: 0 },
    warnings: [],
  };
  const puts: MergePlan['puts'] = {
    sources: [],
    claims: [],
    speakers: [],
    outlets: [],
    links: [],
    settings: [],
  };
  const idMaps: Record<MergedTable, Map<string, string>> = {
    sources: new Map(),
    claims: new Map(),
    speakers: new Map(),
    outlets: new Map(),
    links: new Map(),
  };
  const mapId = (table: MergedTable, id: string) => idMaps[table].get(id) ?? id;
  const mapNullable = (table: MergedTable, id: string | null) =>
    id === null ? null : mapId(table, id);

  /** Decides one matched (or new) row; `incoming` already carries the local id and references. */
  function settle<T extends Row>(
    table: MergedTable,
    incoming: T,
    match: T | undefined,
    list: MergePut<T>[],
    combine?: (kept: T, local: T, incoming: T) => T,
  ) {
    if (!match) {
      report.added[table]++;
      list.push({ row: incoming, before: null });
      return;
    }
    if (deepEqual(incoming, match)) {
      report.unchanged[table]++;
      return;
    }
    const winner = incoming.updatedAt > match.updatedAt ? 'backup' : 'local';
    let result = winner === 'backup' ? incoming : match;
    if (combine) result = combine(result, match, incoming);
    report.conflicts.push({
      table,
      id: match.id,
      label: labelOf(table, match),
      winner,
      localUpdatedAt: match.updatedAt,
      backupUpdatedAt: incoming.updatedAt,
      fields: differingFields(match, incoming),
    });
    if (deepEqual(result, match)) {
      report.kept[table]++;
      return;
    }
    report.updated[table]++;
    list.push({ row: result, before: match });
  }

  function mergeEntities<T extends Speaker | Outlet>(
    table: 'speakers' | 'outlets',
    incoming: T[],
    existing: T[],
    list: MergePut<T>[],
  ) {
    const byId = new Map(existing.map((row) => [row.id, row]));
    const byName = new Map<string, T>();
    for (const row of existing) {
      for (const name of [row.name, ...row.aliases]) {
        if (!byName.has(lower(name))) byName.set(lower(name), row);
      }
    }
    for (const row of incoming) {
      let match = byId.get(row.id);
      if (!match) {
        match = [row.name, ...row.aliases].map((n) => byName.get(lower(n))).find(Boolean);
        if (match) {
          idMaps[table].set(row.id, match.id);
          report.matchedElsewhere[table]++;
        }
      }
      const mapped = match ? { ...row, id: match.id } : row;
      settle(table, mapped, match, list, unionAliases);
      if (!match) {
        // Later rows of the backup with the same name join this one.
        for (const name of [row.name, ...row.aliases]) {
          if (!byName.has(lower(name))) byName.set(lower(name), row);
        }
      }
    }
  }

  mergeEntities('outlets', backup.outlets, local.outlets, puts.outlets);
  mergeEntities('speakers', backup.speakers, local.speakers, puts.speakers);

  // Sources: by id, else by content hash.
  {
    const byId = new Map(local.sources.map((s) => [s.id, s]));
    const byHash = new Map(local.sources.map((s) => [s.contentHash, s]));
    for (const source of backup.sources) {
      let match = byId.get(source.id);
      if (match && match.contentHash !== source.contentHash && byHash.has(source.contentHash)) {
        report.warnings.push(
          `“${source.title}” was left out: its id belongs to another article in your store, and its text is already there under another entry.`,
        );
        continue;
      }
      if (!match) {
        match = byHash.get(source.contentHash);
        if (match) {
          idMaps.sources.set(source.id, match.id);
          report.matchedElsewhere.sources++;
        }
      }
      const mapped: Source = {
        ...source,
        id: match?.id ?? source.id,
        outletId: mapNullable('outlets', source.outletId),
      };
      if (match && match.text !== source.text) {
        report.warnings.push(
          `“${match.title}” has a different cleaned text in the two stores (read by different versions of Claimdesk); the ${mapped.updatedAt > match.updatedAt ? 'backup’s' : 'store’s'} text is kept, and claims that no longer fit show as orphaned in the reader.`,
        );
      }
      settle('sources', mapped, match, puts.sources);
    }
  }

  // Claims: by id, else by the same words at the same place of the same source.
  {
    const byId = new Map(local.claims.map((c) => [c.id, c]));
    const bySpan = new Map(local.claims.map((c) => [spanKey(c), c]));
    for (const claim of backup.claims) {
      const remapped: Claim = {
        ...claim,
        sourceId: mapId('sources', claim.sourceId),
        speakerId: mapNullable('speakers', claim.speakerId),
        outletId: mapNullable('outlets', claim.outletId),
      };
      let match = byId.get(claim.id);
      if (!match) {
        match = bySpan.get(spanKey(remapped));
        if (match) {
          idMaps.claims.set(claim.id, match.id);
          report.matchedElsewhere.claims++;
        }
      }
      settle('claims', match ? { ...remapped, id: match.id } : remapped, match, puts.claims);
    }
  }

  // Links: by id, else by their two claims and relation. Their derived `pair` is left out of the
  // comparison (older backups lack it, and remapped ends change it); the store sets it on write.
  {
    const localLinks = local.links.map(withoutPair);
    const byId = new Map(localLinks.map((l) => [l.id, l]));
    const byEnds = new Map(localLinks.map((l) => [linkKey(l), l]));
    for (const link of backup.links.map(withoutPair)) {
      const remapped: ClaimLink = {
        ...link,
        fromClaimId: mapId('claims', link.fromClaimId),
        toClaimId: mapId('claims', link.toClaimId),
      };
      let match = byId.get(link.id);
      if (!match) {
        match = byEnds.get(linkKey(remapped));
        if (match) {
          idMaps.links.set(link.id, match.id);
          report.matchedElsewhere.links++;
        }
      }
      settle('links', match ? { ...remapped, id: match.id } : remapped, match, puts.links);
    }
  }

  // Settings: the store's values stay; missing keys are added, list settings are combined.
  {
    const byKey = new Map(local.settings.map((s) => [s.key, s]));
    for (const setting of backup.settings) {
      const match = byKey.get(setting.key);
      if (!match) {
        report.added.settings++;
        puts.settings.push({ row: setting, before: null });
        continue;
      }
      if (deepEqual(match.value, setting.value)) {
        report.unchanged.settings++;
        continue;
      }
      const how = options.listSettings?.[setting.key];
      if (how && Array.isArray(match.value) && Array.isArray(setting.value)) {
        const identity = (item: unknown) =>
          how === 'id' && item && typeof item === 'object' && 'id' in item
            ? String((item as { id: unknown }).id)
            : JSON.stringify(item);
        const have = new Set(match.value.map(identity));
        const extra = setting.value.filter((item) => !have.has(identity(item)));
        if (extra.length > 0) {
          report.updated.settings++;
          puts.settings.push({
            row: { ...match, value: [...match.value, ...extra] },
            before: match,
          });
        } else report.unchanged.settings++;
        continue;
      }
      report.kept.settings++;
      report.conflicts.push({
        table: 'settings',
        id: setting.key,
        label: `Setting “${setting.key}”`,
        winner: 'local',
        localUpdatedAt: null,
        backupUpdatedAt: null,
        fields: ['value'],
      });
    }
  }

  // History: the backup's done steps become read-only entries; ones already here are skipped.
  const events: ChangeEvent[] = [];
  {
    const have = new Set(local.events.map(eventFingerprint));
    for (const event of backup.events) {
      if (event.state !== 'done' && event.state !== 'log') {
        report.events.notDone++;
        continue;
      }
      const key = event.table === 'settings' ? event.key : mapId(event.table, event.key);
      const copy: ChangeEvent = { ...event, key, state: 'log' };
      delete copy.seq;
      const fingerprint = eventFingerprint(copy);
      if (have.has(fingerprint)) {
        report.events.alreadyPresent++;
        continue;
      }
      have.add(fingerprint);
      events.push(copy);
      report.events.added++;
    }
  }

  return { puts, events, report };
}

/** Rows a merge writes, over all tables. */
export function mergeWrites(plan: MergePlan): number {
  return Object.values(plan.puts).reduce((sum, list) => sum + list.length, 0);
}
