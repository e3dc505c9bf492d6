import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { ShortTextIndex } from '../../../src/core/search/shortTextIndex';
import { processTerm, searchOptions } from '../../../src/core/search/terms';
import { readSeedText, seedFiles } from '../../support/seeds';

/** Every sentence or line of the bundled articles long enough to be a claim: short real texts. */
const lines = seedFiles()
  .flatMap((file) => readSeedText(file).split(/\n+|(?<=[.!?])\s+/))
  .map((line) => line.trim())
  .filter((line) => line.length > 20);

/** The index the claims used before: MiniSearch with the same terms and options. */
function reference(texts: Map<number, string>) {
  const index = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    processTerm,
    searchOptions,
  });
  for (const [id, text] of texts) index.add({ id, text });
  return index;
}

function build(texts: Map<number, string>) {
  const index = new ShortTextIndex({ processTerm, ...searchOptions });
  for (const [id, text] of texts) index.set(id, text);
  return index;
}

/** Both indexes' answers as id → score, to compare regardless of order. */
function answers(mini: MiniSearch<{ id: number; text: string }>, short: ShortTextIndex, q: string) {
  const expected = new Map(mini.search(q).map((r) => [r.id as number, r.score]));
  const hits = short.search(q);
  const actual = new Map(Array.from(hits.ids, (id, i) => [id, hits.scores[i]!]));
  return { expected, actual };
}

function expectSameAnswers(mini: MiniSearch<{ id: number; text: string }>, short: ShortTextIndex, q: string) {
  const { expected, actual } = answers(mini, short, q);
  expect([...actual.keys()].sort((a, b) => a - b), q).toEqual(
    [...expected.keys()].sort((a, b) => a - b),
  );
  for (const [id, score] of expected) expect(actual.get(id)! / score, `${q} #${id}`).toBeCloseTo(1, 5);
}

const queries = [
  'Azerbaijan',
  'azerbaijani',
  'azer',
  'Russia Azerbaijan',
  'Musabekov', // a transliteration: fuzzy finds Musabayov
  'plane crash',
  'Kremlin',
  'Aliyev said',
  'the', // a stop word alone finds nothing
  'pipelne', // one typo
  'sanctions',
  '2025',
  'Lavrov Baku',
  'zzzzqqq',
];

describe('ShortTextIndex', () => {
  it('has real lines of the seeds to work on', () => {
    expect(lines.length).toBeGreaterThan(200);
  });

  it('finds the same claims as MiniSearch did, with the same scores', () => {
    const texts = new Map(lines.map((line, id) => [id, line]));
    const mini = reference(texts);
    const short = build(texts);
    expect(short.documentCount).toBe(texts.size);
    let matched = 0;
    for (const q of queries) {
      expectSameAnswers(mini, short, q);
      matched += short.search(q).ids.length;
    }
    // The queries are about these articles: most of them match something.
    expect(matched).toBeGreaterThan(100);
    expect(short.search('azer').ids.length).toBeGreaterThan(20);
    expect(short.search('the').ids.length).toBe(0);
  });

  it('after removals and re-worded claims, answers as a fresh index of the texts left would', () => {
    const texts = new Map(lines.map((line, id) => [id, line]));
    const short = build(texts);
    // Remove most of the claims (which compacts the postings lists), then re-word some.
    for (let id = 0; id < lines.length; id += 1) {
      if (id % 5 === 0) continue;
      short.remove(id);
      texts.delete(id);
    }
    for (let id = 0; id < lines.length; id += 10) {
      const text = lines[(id * 7 + 3) % lines.length]!;
      short.set(id, text);
      texts.set(id, text);
    }
    expect(short.documentCount).toBe(texts.size);
    expect(short.has(1)).toBe(false);
    // MiniSearch itself is compared fresh: its lazy removal scores the first search after a
    // removal with the old document counts.
    const mini = reference(texts);
    for (const q of queries) expectSameAnswers(mini, short, q);
  });

  it('finds a re-worded claim by its new words only', () => {
    const short = build(new Map([[4, 'The Kremlin denied the report']]));
    expect(Array.from(short.search('kremlin').ids)).toEqual([4]);
    short.set(4, 'Baku summoned the ambassador');
    expect(short.search('kremlin').ids.length).toBe(0);
    expect(Array.from(short.search('ambassador').ids)).toEqual([4]);
    short.remove(4);
    expect(short.search('ambassador').ids.length).toBe(0);
    expect(short.documentCount).toBe(0);
  });

  it('requires every word, in whatever order they are typed', () => {
    const short = build(
      new Map([
        [0, 'Moscow and Baku agreed on gas'],
        [1, 'Moscow denied it'],
        [2, 'Baku denied it'],
      ]),
    );
    expect(Array.from(short.search('moscow baku').ids)).toEqual([0]);
    expect(Array.from(short.search('baku moscow').ids)).toEqual([0]);
    expect(Array.from(short.search('denied').ids).sort()).toEqual([1, 2]);
  });

  it('answers like MiniSearch for arbitrary texts, edits and queries', () => {
    const word = fc.constantFrom(
      'baku',
      'moscow',
      'Bakü',
      'gas',
      'gases',
      'pipeline',
      'pipelines',
      'the',
      'a',
      'Aliyev',
      'aliyeva',
      '7',
      'denied',
      'deny',
    );
    const text = fc.array(word, { minLength: 0, maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.option(text)), { maxLength: 60 }),
        fc.array(word, { minLength: 1, maxLength: 3 }),
        (edits, queryWords) => {
          const texts = new Map<number, string>();
          const short = build(texts);
          for (const [id, edit] of edits) {
            if (edit === null) {
              short.remove(id);
              texts.delete(id);
            } else {
              short.set(id, edit);
              texts.set(id, edit);
            }
          }
          const mini = reference(texts);
          const { expected, actual } = answers(mini, short, queryWords.join(' '));
          expect(new Set(actual.keys())).toEqual(new Set(expected.keys()));
          for (const [id, score] of expected) expect(actual.get(id)! / score).toBeCloseTo(1, 4);
        },
      ),
      { numRuns: 300 },
    );
  });
});
