import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seedManifestSchema, type SeedManifest } from '../../src/shared/manifest';

/** The real bundled articles and their curated manifest, read from the repository's seeds/. */
export const seedsDir = resolve(import.meta.dirname, '../../seeds');

export function loadManifest(): SeedManifest {
  return seedManifestSchema.parse(JSON.parse(readFileSync(join(seedsDir, 'manifest.json'), 'utf8')));
}

export function readSeedText(file: string): string {
  return readFileSync(join(seedsDir, file), 'utf8');
}

export function seedFiles(): string[] {
  return readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
}
