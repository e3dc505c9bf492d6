/** CSV in and out at the store: export rows (all claims or chosen ones) and re-import of an edited file. */
import {
  claimCells,
  countChanges,
  csvCellsChunk,
  csvChunk,
  csvHeader,
  planCsvImport,
  readCsv,
  type CsvClaimInput,
  type CsvImportPlan,
} from '@core/csv';
import { decodeText } from '@core/decode';
import type { Claim, ClaimLink, Credibility, Review, Source, Speaker } from '@shared/model';
import { storedStatuses, statusesKey } from './settings';
import { applyPlannedEdits, rowEdit, type RowEdit } from './changes';
import { readAllCsvRows } from './csvExport';
import type { ClaimdeskDB } from './db';

type SourceFields = Pick<Source, 'id' | 'title' | 'author' | 'publishedAt' | 'origin'>;

export interface CsvLoadProgress {
  phase: string;
  done: number;
  total: number;
}

/**
 * Newest sources first, each source's claims in reading order (as the claims table lists them).
 * Sources are ranked once, so sorting 100,000 claims compares numbers, not strings.
 */
function sortInputs(inputs: CsvClaimInput[]): CsvClaimInput[] {
  const sources = new Map<string, { date: string; title: string }>();
  for (const input of inputs) {
    if (!sources.has(input.claim.sourceId)) {
      sources.set(input.claim.sourceId, {
        date: input.source?.publishedAt ?? '',
        title: input.source?.title ?? '',
      });
    }
  }
  const ranked = [...sources].sort(
    ([ia, a], [ib, b]) =>
      (a.date === b.date ? 0 : a.date < b.date ? 1 : -1) ||
      (a.title === b.title ? 0 : a.title < b.title ? -1 : 1) ||
      (ia < ib ? -1 : ia > ib ? 1 : 0),
  );
  const rank = new Map(ranked.map(([id], i) => [id, i]));
  return inputs.sort(
    (a, b) =>
      rank.get(a.claim.sourceId)! - rank.get(b.claim.sourceId)! ||
      a.claim.anchor.start - b.claim.anchor.start ||
      a.claim.anchor.end - b.claim.anchor.end,
  );
}

/**
 * The claims to export (all of them, or `ids` in the order given) with their source, speaker,
 * outlet and links: everything a CSV row needs, read in one transaction.
 */
export async function loadCsvInputs(
  db: ClaimdeskDB,
  ids: readonly string[] | null,
  onProgress: (progress: CsvLoadProgress) => void = () => {},
): Promise<CsvClaimInput[]> {
  return db.transaction(
    'r',
    [db.claims, db.sources, db.speakers, db.outlets, db.links],
    async () => {
      onProgress({ phase: 'Reading claims and sources', done: 0, total: 2 });
      // Every read at once: IndexedDB reads the next table while the page decodes the last one.
      const chosen = ids
        ? db.claims
            .bulkGet([...ids])
            .then((list) => list.filter((c): c is Claim => c !== undefined))
        : db.claims.toArray();
      const [claims, sourceRows, speakerRows, outletRows, linkRows] = await Promise.all([
        chosen,
        ids
          ? chosen.then((list) => db.sources.bulkGet([...new Set(list.map((c) => c.sourceId))]))
          : db.sources.toArray(),
        db.speakers.toArray(),
        db.outlets.toArray(),
        db.links.toArray(),
      ]);
      onProgress({ phase: 'Building rows', done: 1, total: 2 });
      const sources = new Map<string, SourceFields>();
      for (const source of sourceRows) {
        if (source) {
          const { id, title, author, publishedAt, origin } = source;
          sources.set(id, { id, title, author, publishedAt, origin });
        }
      }
      const speakers = new Map(speakerRows.map((s) => [s.id, s]));
      const outlets = new Map(outletRows.map((o) => [o.id, o]));
      const links = new Map<string, { id: string; relation: ClaimLink['relation'] }[]>();
      const add = (claimId: string, other: string, relation: ClaimLink['relation']) => {
        const list = links.get(claimId);
        if (list) list.push({ id: other, relation });
        else links.set(claimId, [{ id: other, relation }]);
      };
      for (const link of linkRows) {
        add(link.fromClaimId, link.toClaimId, link.relation);
        add(link.toClaimId, link.fromClaimId, link.relation);
      }
      const inputs = claims.map((claim): CsvClaimInput => ({
        claim,
        source: sources.get(claim.sourceId) ?? null,
        speaker: claim.speakerId ? (speakers.get(claim.speakerId) ?? null) : null,
        outlet: claim.outletId ? (outlets.get(claim.outletId) ?? null) : null,
        links: links.get(claim.id) ?? [],
      }));
      if (!ids) sortInputs(inputs);
      return inputs;
    },
  );
}

const exportChunk = 5_000;
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The claims as one CSV text (UTF-8 BOM, header, RFC 4180 rows): all of them, or `ids` in the
 * order given. Rows are written in chunks, with progress and a breath for the page between them.
 */
export async function buildClaimsCsv(
  db: ClaimdeskDB,
  ids: readonly string[] | null,
  onProgress: (progress: CsvLoadProgress) => void = () => {},
): Promise<{ csv: string; rows: number }> {
  if (ids === null) return buildAllClaimsCsv(db, onProgress);
  const inputs = await loadCsvInputs(db, ids, (p) =>
    onProgress({ phase: p.phase, done: 0, total: ids?.length ?? 0 }),
  );
  const parts = [csvHeader()];
  for (let i = 0; i < inputs.length; i += exportChunk) {
    onProgress({ phase: 'Writing rows', done: i, total: inputs.length });
    parts.push(csvChunk(inputs.slice(i, i + exportChunk)));
    if (inputs.length > exportChunk) await yieldToPage();
  }
  onProgress({ phase: 'Saving', done: inputs.length, total: inputs.length });
  return { csv: parts.join(''), rows: inputs.length };
}

/** Every claim: read in key ranges, cells made while the next range is read (csvExport.ts). */
async function buildAllClaimsCsv(
  db: ClaimdeskDB,
  onProgress: (progress: CsvLoadProgress) => void,
): Promise<{ csv: string; rows: number }> {
  onProgress({ phase: 'Reading claims and sources', done: 0, total: 0 });
  const rows = await readAllCsvRows(db, (done, total) =>
    onProgress({ phase: 'Reading claims and sources', done, total }),
  );
  const parts = [csvHeader()];
  for (let i = 0; i < rows.length; i += exportChunk) {
    onProgress({ phase: 'Writing rows', done: i, total: rows.length });
    parts.push(csvCellsChunk(rows.slice(i, i + exportChunk).map((row) => row.cells)));
    if (rows.length > exportChunk) await yieldToPage();
  }
  onProgress({ phase: 'Saving', done: rows.length, total: rows.length });
  return { csv: parts.join(''), rows: rows.length };
}

export type CsvPreview =
  | { ok: true; plan: CsvImportPlan; fileName: string; changes: number }
  | { ok: false; problem: string };

/**
 * Reads an edited CSV and works out what it would change, without writing anything: the
 * preview the user confirms before applying.
 */
export async function previewCsvImport(
  db: ClaimdeskDB,
  fileName: string,
  bytes: Uint8Array,
): Promise<CsvPreview> {
  const decoded = decodeText(bytes, { maxBytes: 500_000_000, noun: 'CSV file' });
  if (!decoded.ok) return { ok: false, problem: decoded.problem };
  const read = readCsv(decoded.text);
  if (!read.ok) return { ok: false, problem: read.problem };
  const idColumn = read.table.columns.claim_id!;
  const ids = [
    ...new Set(read.table.rows.map((row) => (row[idColumn] ?? '').trim()).filter(Boolean)),
  ];
  const inputs = await loadCsvInputs(db, ids);
  const current = new Map(inputs.map((input) => [input.claim.id, claimCells(input)]));
  const statuses = storedStatuses((await db.settings.get(statusesKey))?.value);
  const knownSpeakerNames = new Set<string>();
  for (const speaker of await db.speakers.toArray()) {
    for (const name of [speaker.name, ...speaker.aliases])
      knownSpeakerNames.add(name.toLowerCase());
  }
  const plan = planCsvImport(read.table, { current, statuses, knownSpeakerNames });
  return { ok: true, plan, fileName, changes: countChanges(plan) };
}

/**
 * Applies a previewed CSV as one undoable step, recorded in the history. Speakers named in the
 * file are matched by name or alias (ignoring case) or created in the same step. Returns the
 * step's group id, or null when there was nothing to change.
 */
export async function applyCsvImport(
  db: ClaimdeskDB,
  plan: CsvImportPlan,
  fileName: string,
): Promise<string | null> {
  const changes = countChanges(plan);
  if (changes === 0) return null;
  const label = `Imported ${changes} change${changes === 1 ? '' : 's'} to ${plan.changed.length} claim${plan.changed.length === 1 ? '' : 's'} from ${fileName}`;
  return applyPlannedEdits(db, label, ['claims', 'speakers'], async () => {
    const edits: RowEdit[] = [];
    const speakerIds = new Map<string, string | null>();
    const resolveSpeaker = async (name: string): Promise<string> => {
      const key = name.toLowerCase();
      const known = speakerIds.get(key);
      if (known) return known;
      const existing =
        (await db.speakers.where('name').equalsIgnoreCase(name).first()) ??
        (await db.speakers.where('aliases').equalsIgnoreCase(name).first());
      if (existing) {
        speakerIds.set(key, existing.id);
        return existing.id;
      }
      const id = crypto.randomUUID();
      speakerIds.set(key, id);
      edits.push(
        rowEdit<Speaker>('speakers', id, (_current, { at }) => ({
          id,
          name,
          aliases: [],
          role: null,
          createdAt: at,
          updatedAt: at,
        })),
      );
      return id;
    };
    for (const row of plan.changed) {
      const patch: Partial<Claim> = {};
      for (const { next } of row.changes) {
        switch (next.field) {
          case 'status':
            patch.status = next.value;
            break;
          case 'credibility':
            patch.credibility = next.value as Credibility | null;
            break;
          case 'tags':
            patch.tags = next.value;
            break;
          case 'note':
            patch.note = next.value;
            break;
          case 'review':
            patch.review = next.value as Review;
            break;
          case 'speaker':
            patch.speakerId = next.value ? await resolveSpeaker(next.value) : null;
            break;
        }
      }
      edits.push(
        rowEdit<Claim>('claims', row.claimId, (current, { actor, at }) => {
          if (!current)
            throw new Error(
              `Claim ${row.claimId} (row ${row.row}) was deleted since the preview; nothing was changed.`,
            );
          return { ...current, ...patch, updatedAt: at, updatedBy: actor };
        }),
      );
    }
    return edits;
  });
}
