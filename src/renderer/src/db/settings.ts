import { z } from 'zod';
import type { Setting } from '@shared/model';
import { defaultStatuses, defaultStatusId, type StatusDefinition } from '@shared/statuses';
import { applyEdits, applyPlannedEdits, editorNameKey, rowEdit } from './changes';
import type { ClaimdeskDB } from './db';

/** Settings keys (the status vocabulary's key lives beside its hook: lib/useStatuses.ts). */
export const statusesKey = 'statuses';
export const dismissedMergesKey = 'merges.dismissed';
export { editorNameKey };

/** Mantine's palette: colours that have readable light and dark shades in both themes. */
export const statusColors = [
  'gray',
  'red',
  'pink',
  'grape',
  'violet',
  'indigo',
  'blue',
  'cyan',
  'teal',
  'green',
  'lime',
  'yellow',
  'orange',
  'dark',
] as const;

const statusSchema = z.object({
  id: z
    .string()
    .min(1)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'A status id is lower-case letters, digits and hyphens.'),
  label: z
    .string()
    .trim()
    .min(1, 'Every status needs a label.')
    .max(60, 'Keep a status label under 60 characters.'),
  color: z.enum(statusColors, { error: 'Pick a colour from the palette.' }),
  description: z.string().trim().max(300, 'Keep a description under 300 characters.'),
});

/** A vocabulary the app can use: at least one status, ids and labels unique, the default kept. */
export const statusVocabularySchema = z
  .array(statusSchema)
  .min(1, 'Keep at least one status.')
  .superRefine((list, ctx) => {
    const ids = new Set<string>();
    const labels = new Map<string, string>();
    for (const [i, status] of list.entries()) {
      if (ids.has(status.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `Two statuses share the id “${status.id}”.`,
        });
      }
      const label = status.label.trim().toLocaleLowerCase();
      const existing = labels.get(label);
      if (existing !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'label'],
          message: `Another status is already called “${existing}”.`,
        });
      }
      ids.add(status.id);
      if (existing === undefined) labels.set(label, status.label.trim());
    }
    if (!ids.has(defaultStatusId)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `New claims start as “${defaultStatusId}”: that status can be renamed but not removed.`,
      });
    }
  });

/** The first readable problem with a vocabulary, or null when it is valid. */
export function vocabularyProblem(list: unknown): string | null {
  const result = statusVocabularySchema.safeParse(list);
  return result.success
    ? null
    : (result.error.issues[0]?.message ?? 'This vocabulary is not valid.');
}

/** A fresh id for a new status, derived from its label and unique in the list. */
export function newStatusId(label: string, list: readonly StatusDefinition[]): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'status';
  const taken = new Set(list.map((s) => s.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The vocabulary in force: the stored one when it is valid, else the defaults. */
export function storedStatuses(value: unknown): StatusDefinition[] {
  return statusVocabularySchema.safeParse(value).success
    ? (value as StatusDefinition[])
    : defaultStatuses;
}

const settingEdit = (key: string, value: unknown) =>
  rowEdit<Setting>('settings', key, () => (value === null ? null : { key, value }));

/** Saves the editor's name, recorded as the actor of every later change; empty clears it. */
export function setEditorName(db: ClaimdeskDB, name: string) {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (trimmed.length > 80)
    return Promise.reject(new Error('Keep the editor name under 80 characters.'));
  return applyEdits(db, trimmed ? `Set editor name to ${trimmed}` : 'Cleared editor name', [
    settingEdit(editorNameKey, trimmed || null),
  ]);
}

/** Statuses some claim still uses, with how many claims use each. */
async function statusesInUse(
  db: ClaimdeskDB,
  ids: readonly string[],
): Promise<Map<string, number>> {
  const used = new Map<string, number>();
  for (const id of ids) {
    const count = await db.claims.where('status').equals(id).count();
    if (count > 0) used.set(id, count);
  }
  return used;
}

/**
 * Saves a new status vocabulary as one undoable step, after checking it (zod) and that no claim
 * uses a status it drops: such claims would lose their meaning.
 */
export function saveStatuses(db: ClaimdeskDB, next: StatusDefinition[], label: string) {
  const problem = vocabularyProblem(next);
  if (problem) return Promise.reject(new Error(problem));
  const parsed = statusVocabularySchema.parse(next);
  return applyPlannedEdits(db, label, ['settings', 'claims'], async () => {
    const current = storedStatuses((await db.settings.get(statusesKey))?.value);
    const kept = new Set(parsed.map((s) => s.id));
    const dropped = current.filter((s) => !kept.has(s.id));
    const used = await statusesInUse(
      db,
      dropped.map((s) => s.id),
    );
    const [firstId, count] = [...used][0] ?? [];
    if (firstId) {
      const status = current.find((s) => s.id === firstId)!;
      throw new Error(
        `${count} claim${count === 1 ? '' : 's'} still ${count === 1 ? 'has' : 'have'} the status “${status.label}”. Give ${count === 1 ? 'it' : 'them'} another status first, then remove it.`,
      );
    }
    return [settingEdit(statusesKey, parsed)];
  });
}

/**
 * Restores the default vocabulary as one undoable step. Statuses of the editor's own that claims
 * still use are kept after the defaults, so no claim loses its status; returns their labels.
 */
export async function resetStatuses(db: ClaimdeskDB): Promise<string[]> {
  let keptLabels: string[] = [];
  await applyPlannedEdits(
    db,
    'Reset statuses to the defaults',
    ['settings', 'claims'],
    async () => {
      const current = storedStatuses((await db.settings.get(statusesKey))?.value);
      const defaults = new Set(defaultStatuses.map((s) => s.id));
      const custom = current.filter((s) => !defaults.has(s.id));
      const used = await statusesInUse(
        db,
        custom.map((s) => s.id),
      );
      const keep = custom.filter((s) => used.has(s.id));
      keptLabels = keep.map((s) => s.label);
      const defaultLabels = new Set(defaultStatuses.map((s) => s.label.toLocaleLowerCase()));
      const renamed = keep.map((s) =>
        defaultLabels.has(s.label.toLocaleLowerCase()) ? { ...s, label: `${s.label} (own)` } : s,
      );
      return [settingEdit(statusesKey, keep.length ? [...defaultStatuses, ...renamed] : null)];
    },
  );
  return keptLabels;
}

/** The order-free key of a pair of ids, as stored among dismissed merge proposals. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export const dismissedPairs = (value: unknown): Set<string> =>
  new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Remembers that two entries are not the same person, so the proposal does not come back. */
export function dismissMergeProposal(db: ClaimdeskDB, a: string, b: string, label: string) {
  return applyEdits(db, label, [
    rowEdit<Setting>('settings', dismissedMergesKey, (current) => {
      const pairs = dismissedPairs(current?.value);
      pairs.add(pairKey(a, b));
      return { key: dismissedMergesKey, value: [...pairs].sort() };
    }),
  ]);
}

/** Brings every dismissed merge proposal back. */
export function restoreMergeProposals(db: ClaimdeskDB) {
  return applyEdits(db, 'Restored dismissed merge proposals', [
    settingEdit(dismissedMergesKey, null),
  ]);
}
