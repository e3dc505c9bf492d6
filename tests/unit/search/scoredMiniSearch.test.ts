import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoredMiniSearch } from '../../../src/renderer/src/lib/search/scoredMiniSearch';
import { processTerm, searchOptions } from '../../../src/renderer/src/lib/search/terms';
import { ArchiveTextIndex } from '../../../src/renderer/src/lib/search/textIndex';

const seedDir = resolve(import.meta.dirname, '../../../seeds');
const seedTexts = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(seedDir, name), 'utf8'));
// The seeds' paragraphs stand in for claims: short texts, many sharing their words.
const paragraphs = seedTexts.flatMap((text) =>
  text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0),
);
const words = [
  ...new Set(paragraphs.flatMap((p) => p.toLowerCase().match(/\p{L}{3,}/gu) ?? [])),
].sort();

function paragraphIndex() {
  const index = new ScoredMiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    processTerm,
    searchOptions,
  });
  paragraphs.forEach((text, id) => index.add({ id, text }));
  return index;
}

/** `search`'s answer as id → score, in the Float32 precision `scores` reports. */
function searched(index: ScoredMiniSearch<{ id: number; text: string }>, q: string) {
  return new Map(index.search(q).map((r) => [r.id as number, Math.fround(r.score)]));
}

function scored(index: ScoredMiniSearch<{ id: number; text: string }>, q: string) {
  const { ids, scores } = index.scores(q);
  expect(ids.length).toBe(scores.length);
  return new Map(ids.map((id, i) => [id as number, scores[i]!]));
}

describe('ScoredMiniSearch.scores: what search() finds, without its sorted result objects', () => {
  const index = paragraphIndex();

  it('finds the same paragraphs with the same scores for words, prefixes, typos and phrases', () => {
    const typo = (w: string) => `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}`;
    const queries = [
      'azerbaijan',
      'Azerbaijan Russia',
      'krylov',
      'musabekov', // a transliteration of Musabayov: found by the fuzzy match
      'aze',
      'moscow baku',
      typo('pipeline'),
      'the', // a stop word alone finds nothing
      '',
      'zzzzqqq',
    ];
    let nonEmpty = 0;
    for (const q of queries) {
      const expected = searched(index, q);
      if (expected.size > 0) nonEmpty++;
      expect(scored(index, q), q).toEqual(expected);
    }
    // The comparison means something only if most of these queries find paragraphs.
    expect(nonEmpty).toBeGreaterThanOrEqual(6);
  });

  it('agrees with search() on arbitrary queries made of the seeds’ words, cut and misspelt', () => {
    const word = fc.constantFrom(...words);
    const edited = fc.oneof(
      word,
      word.map((w) => w.slice(0, Math.max(3, w.length - 2))),
      fc.tuple(word, fc.nat()).map(([w, i]) => {
        const at = i % w.length;
        return `${w.slice(0, at)}${w.slice(at + 1)}`;
      }),
    );
    fc.assert(
      fc.property(fc.array(edited, { minLength: 1, maxLength: 3 }), (parts) => {
        const q = parts.join(' ');
        expect(scored(index, q)).toEqual(searched(index, q));
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out documents that were discarded or replaced', () => {
    // Two indexes edited alike: MiniSearch drops a discarded document's postings during the next
    // query, so a second query on the same index would compare different states.
    const [local, twin] = [paragraphIndex(), paragraphIndex()];
    const found = [...scored(paragraphIndex(), 'azerbaijan').keys()];
    expect(found.length).toBeGreaterThan(3);
    for (const index of [local, twin]) {
      index.discard(found[0]!);
      index.discard(found[1]!);
      index.replace({ id: found[2]!, text: 'nothing about the place any more' });
    }
    const after = scored(local, 'azerbaijan');
    expect(after.has(found[0]!)).toBe(false);
    expect(after.has(found[1]!)).toBe(false);
    expect(after.has(found[2]!)).toBe(false);
    expect(after).toEqual(searched(twin, 'azerbaijan'));
  });
});

describe('ArchiveTextIndex.search', () => {
  it('reports claims by slot and sources by id with their scores', () => {
    const archive = new ArchiveTextIndex();
    paragraphs.forEach((text, slot) => archive.setClaim(slot, text));
    seedTexts.forEach((text, i) => archive.setSource(`seed-${i}`, `Seed ${i}`, text));
    const hits = archive.search('Krylov', true);
    const claims = new Map([...hits.claimSlots].map((slot, i) => [slot, hits.claimScores[i]!]));
    const expected = searched(paragraphIndex(), 'Krylov');
    expect(claims.size).toBeGreaterThan(0);
    expect(claims).toEqual(expected);
    expect(hits.sourceIds.length).toBe(hits.sourceScores.length);
    // Every seed that names Krylov, and only those.
    const naming = seedTexts.flatMap((text, i) => (/krylov/i.test(text) ? [`seed-${i}`] : []));
    expect([...hits.sourceIds].sort()).toEqual(naming.sort());
    expect(hits.complete).toBe(true);
  });

  it('answers the same after its warm-up search', () => {
    const fill = (index: ArchiveTextIndex) => {
      paragraphs.forEach((text, slot) => index.setClaim(slot, text));
      seedTexts.forEach((text, i) => index.setSource(`seed-${i}`, `Seed ${i} Azerbaijan`, text));
    };
    const [warmed, cold] = [new ArchiveTextIndex(), new ArchiveTextIndex()];
    fill(warmed);
    fill(cold);
    warmed.warmUp();
    for (const q of ['azerbaijan', 'krylov said', 'musabekov']) {
      const [a, b] = [warmed.search(q, true), cold.search(q, true)];
      expect(a.claimSlots.length).toBeGreaterThan(0);
      expect([...a.claimSlots]).toEqual([...b.claimSlots]);
      expect([...a.claimScores]).toEqual([...b.claimScores]);
      expect(a.sourceIds).toEqual(b.sourceIds);
    }
  });
});
