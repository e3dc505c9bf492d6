import { z } from 'zod';
import { sourceKinds } from '@shared/manifest';

/**
 * The JSON backup format: every table of the store, with the format's own version and the
 * store's schema version. Rows are validated field by field; fields a later Claimdesk may add are
 * kept as they are (loose objects), so backup → restore never drops data.
 */
export const backupFormat = 'claimdesk-backup';
export const backupFormatVersion = 1;

export const backupTables = [
  'sources',
  'claims',
  'speakers',
  'outlets',
  'links',
  'events',
  'settings',
] as const;
export type BackupTable = (typeof backupTables)[number];

const isoTime = z.string().min(1);
const id = z.string().min(1);
const nullableText = z.string().nullable();

export const sourceSchema = z.looseObject({
  id,
  title: z.string(),
  outletId: id.nullable(),
  author: nullableText,
  publishedAt: nullableText,
  kind: z.enum(sourceKinds),
  rawText: z.string(),
  text: z.string(),
  contentHash: z.string().min(1),
  origin: z.looseObject({ type: z.enum(['seed', 'file', 'paste']), name: nullableText }),
  importedAt: isoTime,
  updatedAt: isoTime,
});

export const claimSchema = z.looseObject({
  id,
  sourceId: id,
  text: z.string(),
  anchor: z.looseObject({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    prefix: z.string(),
    suffix: z.string(),
  }),
  speakerId: id.nullable(),
  outletId: id.nullable(),
  kind: z.enum(['direct', 'indirect', 'interview', 'manual']),
  status: z.string().min(1),
  credibility: z.union([z.literal([1, 2, 3, 4, 5, 6]), z.null()]),
  tags: z.array(z.string()),
  note: z.string(),
  review: z.enum(['suggested', 'accepted', 'rejected']),
  confidence: z.number().nullable(),
  createdAt: isoTime,
  updatedAt: isoTime,
  updatedBy: nullableText,
});

const entity = {
  id,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  createdAt: isoTime,
  updatedAt: isoTime,
};

export const speakerSchema = z.looseObject({ ...entity, role: nullableText });
export const outletSchema = z.looseObject({
  ...entity,
  reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).nullable(),
});

export const linkSchema = z.looseObject({
  id,
  fromClaimId: id,
  toClaimId: id,
  relation: z.enum(['corroborates', 'contradicts', 'same-statement']),
  note: z.string(),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const eventSchema = z.looseObject({
  seq: z.number().int().positive().optional(),
  groupId: id,
  at: isoTime,
  actor: nullableText,
  label: z.string(),
  table: z.enum(['sources', 'claims', 'speakers', 'outlets', 'links', 'settings']),
  key: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  state: z.enum(['done', 'undone', 'discarded', 'log']),
});

export const settingSchema = z.looseObject({ key: z.string().min(1), value: z.unknown() });

export const tablesSchema = z.object({
  sources: z.array(sourceSchema),
  claims: z.array(claimSchema),
  speakers: z.array(speakerSchema),
  outlets: z.array(outletSchema),
  links: z.array(linkSchema),
  events: z.array(eventSchema),
  settings: z.array(settingSchema),
});

/** The part read first: a foreign or newer file is refused before its rows are looked at. */
export const headerSchema = z.looseObject({
  format: z.literal(backupFormat),
  formatVersion: z.number().int(),
  schemaVersion: z.number().int().positive(),
  createdAt: isoTime,
  app: z.string().optional(),
  counts: z.partialRecord(z.enum(backupTables), z.number().int().nonnegative()).optional(),
});
