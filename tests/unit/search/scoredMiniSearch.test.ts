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
      'krylov Krylov', // a word twice: scored twice, counted once as a word matched
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

  it('gives a boosted field its weight, as the sources’ index (title and text) is searched', () => {
    const sources = new ScoredMiniSearch<{ id: string; title: string; text: string }>({
      fields: ['title', 'text'],
      processTerm,
      searchOptions: { ...searchOptions, boost: { title: 2 } },
    });
    // Titles made of the first words of each paragraph: some query words are in both fields.
    paragraphs.forEach((text, i) =>
      sources.add({ id: `p-${i}`, title: text.split(/\s+/).slice(0, 6).join(' '), text }),
    );
    let found = 0;
    for (const q of ['azerbaijan', 'russia baku', 'krylov', 'musabekov', 'aze']) {
      const expected = new Map(sources.search(q).map((r) => [r.id, Math.fround(r.score)]));
      found += expected.size;
      const { ids, scores } = sources.scores(q);
      expect(new Map(ids.map((id, i) => [id, scores[i]!])), q).toEqual(expected);
    }
    expect(found).toBeGreaterThan(20);
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

  it('stays right while documents are added, replaced and discarded between searches', () => {
    // A pool of 30 paragraphs, so that edits meet documents searched before.
    const pool = paragraphs.slice(0, 30);
    const poolWords = [...new Set(pool.flatMap((p) => p.toLowerCase().match(/\p{L}{4,}/gu) ?? []))];
    const step = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), with: fc.nat() }),
      fc.record({ kind: fc.constant('discard' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('search' as const), q: fc.constantFrom(...poolWords) }),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        const empty = () =>
          new ScoredMiniSearch<{ id: number; text: string }>({
            fields: ['text'],
            processTerm,
            searchOptions,
          });
        // The same edits on both: `scores` on one, `search` on its twin.
        const [local, twin] = [empty(), empty()];
        const held: number[] = [];
        for (const s of steps) {
          if (s.kind === 'add') {
            const id = s.at % pool.length;
            if (held.includes(id)) continue;
            for (const index of [local, twin]) index.add({ id, text: pool[id]! });
            held.push(id);
          } else if (s.kind === 'search') {
            expect(scored(local, s.q)).toEqual(searched(twin, s.q));
          } else if (held.length > 0) {
            const id = held[s.at % held.length]!;
            if (s.kind === 'replace') {
              const text = pool[s.with % pool.length]!;
              for (const index of [local, twin]) index.replace({ id, text });
            } else {
              for (const index of [local, twin]) index.discard(id);
              held.splice(held.indexOf(id), 1);
            }
          }
        }
        for (const q of poolWords.slice(0, 10)) expect(scored(local, q)).toEqual(searched(twin, q));
      }),
      { numRuns: 150 },
    );
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
