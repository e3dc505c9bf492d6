import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The words of the bundled articles, most frequent first: real prose for the generated archive. */
export function seedVocabulary(seedsDir = resolve(import.meta.dirname, '../../seeds')): string[] {
  const counts = new Map<string, number>();
  for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(seedsDir, file), 'utf8');
    for (const match of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
      const word = match[0].toLowerCase();
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}
