import { z } from 'zod';

export const sourceKinds = ['news', 'interview', 'op-ed'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** Curated metadata of one bundled article; `null` where the text does not state a value. */
export const seedEntrySchema = z.object({
  file: z.string().regex(/^[\w.-]+\.(txt|md|html)$/),
  title: z.string().min(1),
  /** false when the text carries no headline and the title was written by the curator. */
  titleStated: z.boolean(),
  outlet: z.string().min(1),
  author: z.string().min(1).nullable(),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  kind: z.enum(sourceKinds),
});
export type SeedEntry = z.infer<typeof seedEntrySchema>;

export const seedManifestSchema = z.object({
  version: z.literal(1),
  seeds: z.array(seedEntrySchema).min(1),
});
export type SeedManifest = z.infer<typeof seedManifestSchema>;
