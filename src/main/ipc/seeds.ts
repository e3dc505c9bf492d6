/** `seeds:*`: the bundled articles and their curated manifest, read-only. */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { channels, seedFileSchema } from '@shared/ipc';
import { seedManifestSchema, type SeedManifest } from '@shared/manifest';
import { seedsDir } from '../paths';
import { formatZodError, handle, noPayload } from './handle';

export async function readManifest(dir: string = seedsDir()): Promise<SeedManifest> {
  const raw = await readFile(join(dir, 'manifest.json'), 'utf8');
  const parsed = seedManifestSchema.safeParse(JSON.parse(raw));
  if (!parsed.success)
    throw new Error(`seeds/manifest.json is invalid: ${formatZodError(parsed.error)}`);
  return parsed.data;
}

/** The UTF-8 text of a seed. Only names listed in the manifest are read, so no path can escape. */
export async function readSeed(file: string, dir: string = seedsDir()): Promise<string> {
  const manifest = await readManifest(dir);
  const listed = manifest.seeds.some((seed) => seed.file === file);
  if (!listed || basename(file) !== file) throw new Error(`"${file}" is not a bundled seed`);
  return readFile(join(dir, file), 'utf8');
}

export function registerSeedHandlers(): void {
  handle(channels.seedsList, noPayload, () => readManifest());
  handle(channels.seedsRead, seedFileSchema, ({ file }) => readSeed(file));
}
